import CairnCrypto
import Foundation
import Synchronization
import Testing

@testable import CairnNet

/// Helpers shared by the live-network tests: every network binds 127.0.0.1 on a free port, every wait is bounded,
/// and every network is stopped whatever happens in the test body.
enum NetworkTestSupport {
    static let chainId: UInt64 = 4242
    /// Short handshake timeout and fast redials so the tests stay quick; the bounds below are generous because a
    /// loaded CI machine can be slow, and no test asserts how fast anything happened.
    static func configuration(
        key: Ed25519.PrivateKey = Ed25519.PrivateKey(), chainId: UInt64 = chainId, seeds: [SeedPeer] = [],
        gossipKinds: Set<UInt8> = [], port: Int = 0
    ) -> PeerNetwork.Configuration {
        var configuration = PeerNetwork.Configuration(nodeKey: key, chainId: chainId)
        configuration.listenHost = "127.0.0.1"
        configuration.listenPort = port
        configuration.seeds = seeds
        configuration.gossipKinds = gossipKinds
        // Generous: a loaded CI machine (the consensus simulation and devnet processes run beside these tests)
        // once took over 2 s to finish a handshake; the timeout itself is tested with its own short value.
        configuration.handshakeTimeout = .seconds(10)
        configuration.reconnectBackoff = ReconnectBackoff(initial: .milliseconds(50), maximum: .milliseconds(400))
        return configuration
    }

    /// Runs `body` with started networks and stops them all afterwards, even when the body throws.
    static func withNetworks(
        _ configurations: [PeerNetwork.Configuration],
        _ body: ([PeerNetwork], [Int]) async throws -> Void
    ) async throws {
        var networks: [PeerNetwork] = []
        do {
            var ports: [Int] = []
            for configuration in configurations {
                let network = try PeerNetwork(configuration: configuration)
                networks.append(network)
                ports.append(try await network.start())
            }
            try await body(networks, ports)
        } catch {
            for network in networks { await network.stop() }
            throw error
        }
        for network in networks { await network.stop() }
    }

    /// Polls `condition` every 10 ms until it holds or `timeout` passes; returns whether it held.
    static func eventually(timeout: Duration = .seconds(60), _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition()
    }

    static func seed(_ port: Int, expecting peer: PeerID? = nil) -> SeedPeer {
        SeedPeer(host: "127.0.0.1", port: port, expectedPeer: peer)
    }
}

/// Collects a network's log lines.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    /// The closure to put in `Configuration.log`.
    var sink: @Sendable (String) -> Void {
        { [self] line in lines.withLock { $0.append(line) } }
    }

    var all: [String] { lines.withLock { $0 } }
}

/// Collects what a network delivers, from its thread, for the test to read.
final class Inbox: Sendable {
    struct Entry: Equatable, Sendable {
        let from: PeerID
        let kind: UInt8
        let payload: [UInt8]
    }

    private let entries = Mutex<[Entry]>([])

    /// Installs itself as `network`'s message handler.
    init(_ network: PeerNetwork) {
        network.setMessageHandler { [self] from, kind, payload in record(from: from, kind: kind, payload: payload) }
    }

    /// Records one message (for handlers that do more than record).
    func record(from: PeerID, kind: UInt8, payload: [UInt8]) {
        entries.withLock { $0.append(Entry(from: from, kind: kind, payload: payload)) }
    }

    var all: [Entry] { entries.withLock { $0 } }

    func count(kind: UInt8, payload: [UInt8]) -> Int {
        entries.withLock { $0.count { $0.kind == kind && $0.payload == payload } }
    }
}
