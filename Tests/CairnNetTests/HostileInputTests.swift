import CairnCrypto
import NIOCore
import Testing

@testable import CairnNet

/// A running network against clients that break every rule. After each attack the hostile connection is closed,
/// the right reason is counted, and an honest peer still gets messages through both ways.
@Suite struct HostileInputTests {
    typealias Support = NetworkTestSupport

    @Test func randomBytesAreDropped() async throws {
        try await attack { port in
            let client = try await RawClient.connect(port: port)
            defer { client.close() }
            var generator = SystemRandomNumberGenerator()
            // A first length that is neither a valid message 1 (32 bytes) nor small enough to wait for.
            let garbage = [0x7f, 0x13] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            await client.send(garbage)
            #expect(await client.waitForClose())
        } expect: { stats in
            stats.disconnects(.protocolViolation) == 1
        }
    }

    @Test func truncatedFrameThenCloseIsJustClosed() async throws {
        try await attack { port in
            let client = try await RawClient.connect(port: port)
            await client.send([0x00, 0x20] + [UInt8](repeating: 0xab, count: 10))  // 32 declared, 10 sent
            client.close()
        } expect: { stats in
            stats.disconnects(.remoteClosed) == 1
        }
    }

    @Test func oversizedFrameLengthIsRefusedBeforeItsBytes() async throws {
        try await attack { port in
            let client = try await RawClient.connect(port: port)
            defer { client.close() }
            await client.send([0xff, 0xff])  // 65,535 declared during the handshake: refused at once
            #expect(await client.waitForClose())
        } expect: { stats in
            stats.disconnects(.protocolViolation) == 1
        }
    }

    @Test func silentClientTimesOut() async throws {
        try await attack(handshakeTimeout: .seconds(4)) { port in
            let client = try await RawClient.connect(port: port)
            defer { client.close() }
            #expect(await client.waitForClose())
        } expect: { stats in
            stats.disconnects(.handshakeTimeout) == 1
        }
    }

    @Test func forgedCiphertextAfterHandshakeIsDropped() async throws {
        let logs = LogLines()
        try await attack(logs: logs) { port in
            let (client, _) = try await Self.handshake(port: port)
            defer { client.close() }
            await client.sendFrame([UInt8](repeating: 0x5a, count: 64))
            #expect(await client.waitForClose())
        } expect: { stats in
            stats.disconnects(.decryptFailed) == 1
        }
        // The operator sees why.
        #expect(logs.all.contains { $0.contains("dropping") && $0.contains("decryptFailed") })
    }

    @Test func tamperedCiphertextAfterHandshakeIsDropped() async throws {
        try await attack { port in
            var (client, transport) = try await Self.handshake(port: port)
            defer { client.close() }
            var wire = ByteBuffer()
            try ApplicationMessageWriter.write(kind: 1, payload: Array("genuine".utf8), transport: &transport, into: &wire)
            var frame = wire.readBytes(length: wire.readableBytes) ?? []
            frame[frame.count - 3] ^= 0x01  // inside the tag
            await client.send(frame)
            #expect(await client.waitForClose())
        } expect: { stats in
            stats.disconnects(.decryptFailed) == 1
        }
    }

    @Test func applicationLengthAboveLimitIsDropped() async throws {
        try await attack { port in
            var (client, transport) = try await Self.handshake(port: port)
            defer { client.close() }
            // A genuine, correctly encrypted header that declares one byte more than the limit.
            let declared = UInt32(Self.maxMessageSize + 1)
            let header: [UInt8] = [UInt8(declared >> 24), UInt8((declared >> 16) & 0xff), UInt8((declared >> 8) & 0xff), UInt8(declared & 0xff), 7]
            await client.sendFrame(try transport.encrypt(header))
            #expect(await client.waitForClose())
        } expect: { stats in
            stats.disconnects(.messageTooLarge) == 1
        }
    }

    @Test func slowReaderIsDropped() async throws {
        // A peer that completes the handshake and then never reads: our queue to it must stay bounded.
        var configuration = Support.configuration()
        configuration.maxMessageSize = 1 << 20
        configuration.maxOutboundQueueBytes = 2 << 20
        configuration.handshakeTimeout = Self.rawHandshakeTimeout
        try await Support.withNetworks([configuration]) { networks, ports in
            let server = networks[0]
            let (client, _) = try await Self.handshake(port: ports[0])
            defer { client.close() }
            #expect(await Support.eventually { server.peers.count == 1 })
            let chunk = [UInt8](repeating: 0x42, count: 1 << 20)
            // Loopback socket buffers hold a few MiB; well before 64 MiB the bound must trip.
            for _ in 0..<64 where server.peers.count == 1 {
                try server.broadcast(kind: 3, payload: chunk)
                try await Task.sleep(for: .milliseconds(5))
            }
            #expect(await Support.eventually { server.statistics.disconnects(.slowReader) == 1 })
            #expect(server.peers.isEmpty)
        }
    }

    // MARK: - Helpers

    static let maxMessageSize = 64 << 10

    /// Starts a server and an honest peer, runs the attack against the server, checks the counted reason,
    /// then checks the honest peer still exchanges messages with the server both ways.
    /// The server's handshake timeout when a raw client does a real handshake: the client's steps are async
    /// calls, and while every parallel suite runs, resuming them once took longer than 10 s in all.
    static let rawHandshakeTimeout: Duration = .seconds(60)

    private func attack(
        handshakeTimeout: Duration = rawHandshakeTimeout, logs: LogLines = LogLines(), _ body: (Int) async throws -> Void,
        expect: @escaping @Sendable (NetworkStatistics) -> Bool
    ) async throws {
        var configuration = Support.configuration()
        configuration.log = logs.sink
        configuration.maxMessageSize = Self.maxMessageSize
        // Short only for the silent-client case, which waits for it.
        configuration.handshakeTimeout = handshakeTimeout
        try await Support.withNetworks([configuration]) { networks, ports in
            let server = networks[0]
            try await Support.withNetworks([Support.configuration(seeds: [Support.seed(ports[0])])]) { honest, _ in
                let peer = honest[0]
                #expect(await Support.eventually { server.peers.count == 1 })
                try await body(ports[0])
                #expect(await Support.eventually { expect(server.statistics) })
                #expect(server.peers.map(\.id) == [peer.localPeer])

                let serverInbox = Inbox(server)
                let peerInbox = Inbox(peer)
                try peer.send(to: server.localPeer, kind: 1, payload: [1, 2, 3])
                try server.send(to: peer.localPeer, kind: 2, payload: [4, 5, 6])
                #expect(await Support.eventually { serverInbox.all.count == 1 && peerInbox.all.count == 1 })
            }
        }
    }

    /// Completes a genuine handshake as a raw client on the same chain; returns the socket and our transport.
    static func handshake(port: Int) async throws -> (RawClient, NoiseTransport) {
        let client = try await RawClient.connect(port: port)
        let identity = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: Support.chainId, listenPort: 0)
        var handshake = PeerHandshake(role: .initiator, identity: identity)
        await client.sendFrame(try #require(try handshake.start()))
        let m2 = try #require(await client.readFrame())
        let step = try handshake.read(m2)
        await client.sendFrame(try #require(step.reply))
        return (client, try #require(step.outcome).transport)
    }
}
