import CairnCrypto
import NIOCore
import NIOEmbedded
import Testing

@testable import CairnNet

/// The connection handler without sockets: an `EmbeddedChannel` and a recording delegate, so the handshake
/// timeout runs on a virtual clock and every closing reason is observed directly.
@Suite struct PeerConnectionHandlerTests {
    @Test func completesAHandshakeAndDeliversMessages() throws {
        let (channel, delegate, handler) = try Self.responderChannel()
        var transport = try Self.handshake(channel)
        #expect(delegate.established == [handler.peer].compactMap { $0 })
        try channel.writeInbound(try Self.frames(kind: 5, payload: [1, 2, 3], transport: &transport))
        #expect(delegate.messages == [ApplicationMessage(kind: 5, payload: [1, 2, 3])])
        // And the other way: what the handler sends, the peer's transport opens.
        handler.send(kind: 6, payload: [9])
        var wire = try #require(try channel.readOutbound(as: ByteBuffer.self))
        let received = try FramingTests.receive(wire: &wire, transport: &transport, limit: 100)
        #expect(received == [ApplicationMessage(kind: 6, payload: [9])])
        #expect(channel.isActive)
        _ = try? channel.finish()
    }

    @Test func handshakeTimesOutOnTheVirtualClock() throws {
        let (channel, delegate, _) = try Self.responderChannel()
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(999))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(1))
        #expect(!channel.isActive)
        #expect(delegate.closed == [.handshakeTimeout])
    }

    @Test func forgedFrameClosesWithDecryptFailed() throws {
        let (channel, delegate, _) = try Self.responderChannel()
        _ = try Self.handshake(channel)
        var forged = ByteBuffer()
        forged.writeInteger(UInt16(40))
        forged.writeBytes([UInt8](repeating: 0xee, count: 40))
        try channel.writeInbound(forged)
        #expect(!channel.isActive)
        #expect(delegate.closed == [.decryptFailed])
        #expect(delegate.messages.isEmpty)
    }

    @Test func bytesAfterTheFailureAreIgnored() throws {
        let (channel, delegate, _) = try Self.responderChannel()
        // An oversized handshake frame and, in the same read, more bytes: one close, nothing else processed.
        try channel.writeInbound(ByteBuffer(bytes: [0xff, 0xff] + [UInt8](repeating: 1, count: 100)))
        #expect(!channel.isActive)
        #expect(delegate.closed == [.protocolViolation])
        #expect(delegate.established.isEmpty)
    }

    @Test func messageSplitAcrossReadsAndFramesIsReassembled() throws {
        let (channel, delegate, _) = try Self.responderChannel()
        var transport = try Self.handshake(channel)
        let payload = (0..<150_000).map { UInt8(truncatingIfNeeded: $0) }
        var wire = try Self.frames(kind: 1, payload: payload, transport: &transport)
        // Dribble the three frames in uneven pieces.
        while wire.readableBytes > 0 {
            let piece = wire.readSlice(length: min(7_919, wire.readableBytes)) ?? ByteBuffer()
            try channel.writeInbound(piece)
        }
        #expect(delegate.messages == [ApplicationMessage(kind: 1, payload: payload)])
    }

    // MARK: - Helpers

    static let chainId: UInt64 = 77

    /// A responder handler on an active embedded channel.
    static func responderChannel() throws -> (EmbeddedChannel, RecordingDelegate, PeerConnectionHandler) {
        let delegate = RecordingDelegate()
        let identity = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: chainId, listenPort: 9)
        let handler = PeerConnectionHandler(
            direction: .inbound, handshake: PeerHandshake(role: .responder, identity: identity),
            limits: .init(maxMessageSize: 1 << 20, handshakeTimeout: .seconds(1), maxOutboundQueueBytes: 4 << 20),
            delegate: delegate)
        let channel = EmbeddedChannel(handler: handler)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 4000)).wait()
        return (channel, delegate, handler)
    }

    /// Plays the initiator through the channel; returns its transport.
    static func handshake(_ channel: EmbeddedChannel) throws -> NoiseTransport {
        let identity = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: chainId, listenPort: 0)
        var initiator = PeerHandshake(role: .initiator, identity: identity)
        try channel.writeInbound(frame(try #require(try initiator.start())))
        var reply = try #require(try channel.readOutbound(as: ByteBuffer.self))
        _ = reply.readInteger(as: UInt16.self)
        let step = try initiator.read(reply.readBytes(length: reply.readableBytes) ?? [])
        try channel.writeInbound(frame(try #require(step.reply)))
        return try #require(step.outcome).transport
    }

    static func frame(_ message: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt16(message.count))
        buffer.writeBytes(message)
        return buffer
    }

    static func frames(kind: UInt8, payload: [UInt8], transport: inout NoiseTransport) throws -> ByteBuffer {
        var out = ByteBuffer()
        try ApplicationMessageWriter.write(kind: kind, payload: payload, transport: &transport, into: &out)
        return out
    }
}

/// Records what a connection reports.
final class RecordingDelegate: PeerConnectionDelegate {
    var established: [PeerID] = []
    var messages: [ApplicationMessage] = []
    var closed: [DisconnectReason] = []

    func connectionActive(_ connection: PeerConnectionHandler) -> DisconnectReason? { nil }

    func connectionEstablished(_ connection: PeerConnectionHandler) -> DisconnectReason? {
        if let peer = connection.peer { established.append(peer) }
        return nil
    }

    func connection(_ connection: PeerConnectionHandler, received message: ApplicationMessage) {
        messages.append(message)
    }

    func connectionClosed(_ connection: PeerConnectionHandler, reason: DisconnectReason) {
        closed.append(reason)
    }

    func connection(_ connection: PeerConnectionHandler, didRead bytesIn: Int, didWrite bytesOut: Int) {}

    func log(_ line: String) {}
}
