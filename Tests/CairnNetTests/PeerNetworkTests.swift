import Synchronization
import CairnCrypto
import Testing

@testable import CairnNet

/// Two or three live networks on 127.0.0.1: connecting, exchanging messages, refusing the wrong peers.
@Suite struct PeerNetworkTests {
    typealias Support = NetworkTestSupport

    @Test func twoNetworksConnectAndExchangeMessagesBothWays() async throws {
        let keyA = Ed25519.PrivateKey()
        let keyB = Ed25519.PrivateKey()
        let b = Support.configuration(key: keyB)
        try await Support.withNetworks([b]) { networks, ports in
            let nodeB = networks[0]
            let inboxB = Inbox(nodeB)
            let connectedOnB = ConnectedLog(nodeB)
            let a = Support.configuration(key: keyA, seeds: [Support.seed(ports[0], expecting: nodeB.localPeer)])
            try await Support.withNetworks([a]) { more, portsA in
                let nodeA = more[0]
                let inboxA = Inbox(nodeA)
                #expect(await Support.eventually { nodeA.peers.count == 1 && nodeB.peers.count == 1 })
                let onA = try #require(nodeA.peers.first)
                let onB = try #require(nodeB.peers.first)
                #expect(onA.id == PeerID(keyB.publicKey))
                #expect(onA.direction == .outbound)
                #expect(onA.remotePort == ports[0])
                #expect(onA.listenPort == UInt16(ports[0]))
                #expect(onB.id == PeerID(keyA.publicKey))
                #expect(onB.direction == .inbound)
                #expect(onB.remoteHost == "127.0.0.1")
                #expect(onB.listenPort == UInt16(portsA[0]))
                #expect(await Support.eventually { connectedOnB.peers == [nodeA.localPeer] })

                try nodeA.send(to: nodeB.localPeer, kind: 1, payload: Array("hello B".utf8))
                try nodeB.send(to: nodeA.localPeer, kind: 2, payload: Array("hello A".utf8))
                try nodeA.send(to: nodeB.localPeer, kind: 3, payload: [])
                let big = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
                try nodeB.broadcast(kind: 4, payload: big)
                #expect(await Support.eventually { inboxB.all.count == 2 && inboxA.all.count == 2 })
                #expect(inboxB.all == [
                    Inbox.Entry(from: nodeA.localPeer, kind: 1, payload: Array("hello B".utf8)),
                    Inbox.Entry(from: nodeA.localPeer, kind: 3, payload: []),
                ])
                #expect(inboxA.all == [
                    Inbox.Entry(from: nodeB.localPeer, kind: 2, payload: Array("hello A".utf8)),
                    Inbox.Entry(from: nodeB.localPeer, kind: 4, payload: big),
                ])
                // Direct messages are not deduplicated: the same bytes twice arrive twice.
                try nodeA.send(to: nodeB.localPeer, kind: 1, payload: Array("hello B".utf8))
                #expect(await Support.eventually { inboxB.count(kind: 1, payload: Array("hello B".utf8)) == 2 })

                let stats = nodeA.statistics
                #expect(stats.messagesOut == 3)
                #expect(stats.messagesIn == 2)
                #expect(stats.bytesIn > 300_000)
                #expect(stats.handshakesCompleted == 1)
            }
        }
    }

    @Test func oversizedSendIsRefusedLocally() async throws {
        var configuration = Support.configuration()
        configuration.maxMessageSize = 1000
        configuration.maxOutboundQueueBytes = 1 << 20
        let network = try PeerNetwork(configuration: configuration)
        #expect(throws: NetError.messageTooLarge(size: 1001, limit: 1000)) {
            try network.broadcast(kind: 1, payload: [UInt8](repeating: 0, count: 1001))
        }
        // Gossip of a kind the receivers would not deduplicate could circulate forever.
        #expect(throws: NetError.notAGossipKind(1)) { try network.gossip(kind: 1, payload: [1]) }
        await network.stop()
    }

    @Test func diallerExpectingAnotherKeyRefuses() async throws {
        try await Support.withNetworks([Support.configuration()]) { networks, ports in
            let nodeB = networks[0]
            let impostorExpected = PeerID(Ed25519.PrivateKey().publicKey)
            try await Support.withNetworks([Support.configuration(seeds: [Support.seed(ports[0], expecting: impostorExpected)])]) { more, _ in
                let nodeA = more[0]
                #expect(await Support.eventually { nodeA.statistics.disconnects(.unexpectedPeer) >= 2 })
                #expect(nodeA.peers.isEmpty)
                #expect(nodeB.peers.isEmpty)
                #expect(nodeB.statistics.handshakesCompleted == 0)
            }
        }
    }

    @Test func peerOnAnotherChainIsRefused() async throws {
        try await Support.withNetworks([Support.configuration(chainId: 1)]) { networks, ports in
            let nodeB = networks[0]
            try await Support.withNetworks([Support.configuration(chainId: 2, seeds: [Support.seed(ports[0])])]) { more, _ in
                let nodeA = more[0]
                #expect(await Support.eventually { nodeA.statistics.disconnects(.wrongChain) >= 1 })
                #expect(nodeA.peers.isEmpty)
                #expect(nodeB.peers.isEmpty)
                #expect(nodeB.statistics.handshakesCompleted == 0)
            }
        }
    }

    @Test func simultaneousDialsLeaveOneConnectionDialledByTheSmallerPeer() async throws {
        // Both know each other's address, so both dial; exactly one connection must survive on both sides.
        try await Support.withNetworks([Support.configuration(), Support.configuration()]) { networks, ports in
            let (a, b) = (networks[0], networks[1])
            a.connect(to: Support.seed(ports[1]))
            b.connect(to: Support.seed(ports[0]))
            let smaller = min(a.localPeer, b.localPeer)
            let agreed = await Support.eventually {
                guard a.peers.count == 1, b.peers.count == 1 else { return false }
                let dialledByA = a.peers[0].direction == .outbound
                let dialledByB = b.peers[0].direction == .outbound
                // Complementary ends of one connection, dialled by the smaller ID.
                return dialledByA != dialledByB && (dialledByA ? a.localPeer : b.localPeer) == smaller
            }
            #expect(agreed)
            let inboxB = Inbox(b)
            try a.send(to: b.localPeer, kind: 9, payload: [1])
            #expect(await Support.eventually { inboxB.all.count == 1 })
        }
    }

    @Test func peerLimitIsEnforced() async throws {
        var limited = Support.configuration()
        limited.maxPeers = 1
        try await Support.withNetworks([limited]) { networks, ports in
            let hub = networks[0]
            let seeds = [Support.seed(ports[0])]
            try await Support.withNetworks([Support.configuration(seeds: seeds), Support.configuration(seeds: seeds)]) { _, _ in
                #expect(await Support.eventually { hub.peers.count == 1 && hub.statistics.disconnects(.tooManyPeers) >= 1 })
                #expect(hub.peers.count == 1)
            }
        }
    }

    @Test func disconnectWithBanKeepsThePeerOut() async throws {
        try await Support.withNetworks([Support.configuration()]) { networks, ports in
            let nodeB = networks[0]
            try await Support.withNetworks([Support.configuration(seeds: [Support.seed(ports[0])])]) { more, _ in
                let nodeA = more[0]
                #expect(await Support.eventually { nodeB.peers.count == 1 })
                nodeB.disconnect(nodeA.localPeer, reason: "sent a block with a bad commit", banFor: .seconds(60))
                #expect(await Support.eventually { nodeB.statistics.disconnects(.application) == 1 })
                // A keeps redialling; B keeps refusing it for the ban's duration.
                #expect(await Support.eventually { nodeB.statistics.disconnects(.banned) >= 2 })
                #expect(nodeB.peers.isEmpty)
            }
        }
    }

    @Test func disconnectedCallbackReportsThePeer() async throws {
        try await Support.withNetworks([Support.configuration()]) { networks, ports in
            let nodeB = networks[0]
            let gone = ConnectedLog(nodeB)
            try await Support.withNetworks([Support.configuration(seeds: [Support.seed(ports[0])])]) { more, _ in
                #expect(await Support.eventually { nodeB.peers.count == 1 })
                _ = more
            }
            // A stopped: B learns it left.
            #expect(await Support.eventually { nodeB.peers.isEmpty && gone.disconnected.count == 1 })
        }
    }

    @Test func stopIsCleanAndIdempotent() async throws {
        let b = try PeerNetwork(configuration: Support.configuration())
        let port = try await b.start()
        let a = try PeerNetwork(configuration: Support.configuration(seeds: [Support.seed(port)]))
        _ = try await a.start()
        #expect(await Support.eventually { a.peers.count == 1 && b.peers.count == 1 })
        await a.stop()
        await a.stop()
        #expect(a.peers.isEmpty)
        #expect(a.listenPort == nil)
        await b.stop()
        await b.stop()
        // Calls after stop are harmless no-ops.
        try a.broadcast(kind: 1, payload: [1])
        a.disconnect(b.localPeer, reason: "after stop")
        // Stopping a network that never started is fine too.
        let idle = try PeerNetwork(configuration: Support.configuration())
        await idle.stop()
        await #expect(throws: NetError.alreadyStarted) { try await idle.start() }
    }
}

/// Records connect and disconnect callbacks.
final class ConnectedLog: Sendable {
    private let connected = Mutex<[PeerID]>([])
    private let gone = Mutex<[PeerID]>([])

    init(_ network: PeerNetwork) {
        network.setPeerConnectedHandler { [self] info in connected.withLock { $0.append(info.id) } }
        network.setPeerDisconnectedHandler { [self] peer, _ in gone.withLock { $0.append(peer) } }
    }

    var peers: [PeerID] { connected.withLock { $0 } }
    var disconnected: [PeerID] { gone.withLock { $0 } }
}
