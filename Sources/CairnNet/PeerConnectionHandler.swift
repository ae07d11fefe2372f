import Foundation
import NIOCore

/// What a connection tells the network it belongs to. Every call happens on the connection's event loop.
protocol PeerConnectionDelegate: AnyObject {
    /// The socket is up; a non-nil reason refuses it (peer limit, shutting down).
    func connectionActive(_ connection: PeerConnectionHandler) -> DisconnectReason?
    /// The handshake succeeded and `connection.peer` is set; a non-nil reason refuses the peer.
    func connectionEstablished(_ connection: PeerConnectionHandler) -> DisconnectReason?
    /// One application message arrived on an established connection.
    func connection(_ connection: PeerConnectionHandler, received message: ApplicationMessage)
    /// The socket closed, for `reason`.
    func connectionClosed(_ connection: PeerConnectionHandler, reason: DisconnectReason)
    /// Wire bytes moved, for the counters.
    func connection(_ connection: PeerConnectionHandler, didRead bytesIn: Int, didWrite bytesOut: Int)
    /// A one-line event for the log.
    func log(_ line: String)
}

/// One TCP connection to a peer: Noise framing, the handshake, then encrypted application messages.
///
/// Anything hostile (a frame or message length out of bounds, a failed decryption, a bad handshake, a handshake
/// that takes too long, a peer that stops reading) closes this connection with a logged reason; nothing a peer
/// sends can throw past this handler. Confined to its channel's event loop, like every NIO handler.
final class PeerConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Bounds a connection enforces.
    struct Limits {
        var maxMessageSize: Int
        var handshakeTimeout: TimeAmount
        var maxOutboundQueueBytes: Int
    }

    let direction: PeerInfo.Direction
    private let limits: Limits
    private let delegate: PeerConnectionDelegate

    private var context: ChannelHandlerContext?
    private(set) var channel: Channel?
    private var frames = NoiseFrameReader()
    private var handshake: PeerHandshake?
    private var transport: NoiseTransport?
    private var messages: ApplicationMessageReader
    private var handshakeTimer: Scheduled<Void>?
    private var pendingOutboundBytes = 0
    private var started = false
    /// Set once we decide to close (or learn the socket closed); nothing is read or written after.
    private(set) var isClosing = false
    private var closeReason: DisconnectReason?

    /// The authenticated peer, once the handshake completed.
    private(set) var peer: PeerID?
    /// What the peer said about itself in the handshake.
    private(set) var remotePayload: HandshakePayload?
    /// When the handshake completed, on the monotonic clock (for backoff decisions).
    private(set) var establishedAt: NIODeadline?
    /// When the handshake completed, on the wall clock (for display).
    private(set) var connectedSince: Date?
    private(set) var remoteAddress: SocketAddress?

    init(direction: PeerInfo.Direction, handshake: PeerHandshake, limits: Limits, delegate: PeerConnectionDelegate) {
        self.direction = direction
        self.handshake = handshake
        self.limits = limits
        self.delegate = delegate
        messages = ApplicationMessageReader(maxMessageSize: limits.maxMessageSize)
    }

    /// A short label for log lines.
    var label: String {
        let address = remoteAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "?"
        return "\(peer.map { "\($0)" } ?? "unauthenticated") \(direction.rawValue) \(address)"
    }

    /// The peer as `PeerNetwork.peers` shows it; nil before the handshake completes.
    var info: PeerInfo? {
        guard let peer, let connectedSince else { return nil }
        return PeerInfo(
            id: peer, remoteHost: remoteAddress?.ipAddress ?? "?", remotePort: remoteAddress?.port ?? 0,
            direction: direction, connectedSince: connectedSince, listenPort: remotePayload?.listenPort ?? 0)
    }

    // MARK: - Channel events

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        channel = context.channel
        // Accepted channels may already be active when the handler is added.
        if context.channel.isActive { start(context: context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context: context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        guard !isClosing else { return }
        delegate.connection(self, didRead: bytes.readableBytes, didWrite: 0)
        frames.append(&bytes)
        do throws(NetError) {
            while !isClosing {
                let limit = handshake != nil ? PeerHandshake.maxMessageLength : NoiseConstants.maxMessageLength
                guard let frame = try frames.next(maxLength: limit) else { break }
                try process(frame)
            }
        } catch {
            fail(error)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        handshakeTimer?.cancel()
        handshakeTimer = nil
        let reason = closeReason ?? .remoteClosed
        if !isClosing {
            isClosing = true
            delegate.log("net: \(label) closed by the peer")
        }
        delegate.connectionClosed(self, reason: reason)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        close(.remoteClosed, "socket error: \(error)")
    }

    // MARK: - Sending

    /// Encrypts and queues one application message; drops the peer if its queue grows past the bound.
    func send(kind: UInt8, payload: [UInt8]) {
        guard !isClosing, let context, var session = transport else { return }
        var out = context.channel.allocator.buffer(capacity: payload.count + 64)
        do throws(NetError) {
            try ApplicationMessageWriter.write(kind: kind, payload: payload, transport: &session, into: &out)
            transport = session
        } catch {
            transport = session
            fail(error)
            return
        }
        let size = out.readableBytes
        guard pendingOutboundBytes + size <= limits.maxOutboundQueueBytes else {
            close(.slowReader, "\(pendingOutboundBytes) bytes unread, queue bound \(limits.maxOutboundQueueBytes)")
            return
        }
        write(out, context: context)
    }

    /// Closes the connection, recording why (the first reason wins).
    func close(_ reason: DisconnectReason, _ detail: String) {
        guard !isClosing else { return }
        isClosing = true
        closeReason = reason
        handshakeTimer?.cancel()
        handshakeTimer = nil
        delegate.log("net: dropping \(label): \(reason) (\(detail))")
        context?.close(promise: nil)
    }

    // MARK: - Internals

    private func start(context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        remoteAddress = context.channel.remoteAddress
        if let refusal = delegate.connectionActive(self) {
            close(refusal, "refused before the handshake")
            return
        }
        handshakeTimer = context.eventLoop.assumeIsolated().scheduleTask(in: limits.handshakeTimeout) { [self] in
            if handshake != nil { close(.handshakeTimeout, "no handshake within \(limits.handshakeTimeout)") }
        }
        guard var pending = handshake else { return }
        do throws(NetError) {
            let first = try pending.start()
            handshake = pending
            if let first { writeFrame(first, context: context) }
        } catch {
            fail(error)
        }
    }

    private func process(_ frame: [UInt8]) throws(NetError) {
        if var pending = handshake {
            let step = try pending.read(frame)
            handshake = pending
            if let reply = step.reply, let context { writeFrame(reply, context: context) }
            if let outcome = step.outcome { established(outcome) }
            return
        }
        guard var session = transport else { return }
        let plaintext: [UInt8]
        do throws(NoiseError) {
            plaintext = try session.decrypt(frame)
            transport = session
        } catch {
            transport = session
            throw .noise(error)
        }
        messages.append(plaintext)
        while !isClosing, let message = try messages.next() {
            delegate.connection(self, received: message)
        }
    }

    private func established(_ outcome: PeerHandshake.Outcome) {
        handshake = nil
        handshakeTimer?.cancel()
        handshakeTimer = nil
        transport = outcome.transport
        peer = outcome.peer
        remotePayload = outcome.payload
        establishedAt = .now()
        connectedSince = Date()
        if let refusal = delegate.connectionEstablished(self) {
            close(refusal, "refused after the handshake")
        } else {
            delegate.log("net: connected \(label)")
        }
    }

    private func fail(_ error: NetError) {
        close(error.disconnectReason, error.description)
    }

    private func writeFrame(_ message: [UInt8], context: ChannelHandlerContext) {
        var out = context.channel.allocator.buffer(capacity: message.count + 2)
        out.writeInteger(UInt16(message.count), endianness: .big)
        out.writeBytes(message)
        write(out, context: context)
    }

    /// Writes and tracks bytes not yet handed to the kernel: NIO buffers without limit for a peer that stops
    /// reading, so this count is what bounds the memory one slow peer can hold.
    private func write(_ buffer: ByteBuffer, context: ChannelHandlerContext) {
        let size = buffer.readableBytes
        pendingOutboundBytes += size
        let promise = context.eventLoop.makePromise(of: Void.self)
        promise.futureResult.assumeIsolated().whenComplete { [self] _ in pendingOutboundBytes -= size }
        delegate.connection(self, didRead: 0, didWrite: size)
        context.writeAndFlush(wrapOutboundOut(buffer), promise: promise)
    }
}
