import CairnCrypto
import Testing

@testable import CairnNet

/// Seeds are redialled with backoff for as long as the network runs.
@Suite struct ReconnectTests {
    typealias Support = NetworkTestSupport

    @Test func seedThatRestartsOnTheSamePortIsRedialled() async throws {
        let keyB = Ed25519.PrivateKey()
        var portB = 0
        // First life of B.
        let firstB = try PeerNetwork(configuration: Support.configuration(key: keyB))
        do {
            portB = try await firstB.start()
        } catch {
            await firstB.stop()
            throw error
        }
        let peerB = firstB.localPeer
        try await Support.withNetworks([Support.configuration(seeds: [Support.seed(portB, expecting: peerB)])]) { networks, _ in
            let a = networks[0]
            let inboxA = Inbox(a)
            #expect(await Support.eventually { a.peers.count == 1 })
            await firstB.stop()
            #expect(await Support.eventually { a.peers.isEmpty })

            // Second life: same key, same port. A's redials (failing meanwhile) must find it.
            let secondB = try PeerNetwork(configuration: Support.configuration(key: keyB, port: portB))
            do {
                #expect(try await secondB.start() == portB)
                let inboxB = Inbox(secondB)
                #expect(await Support.eventually { a.peers.map(\.id) == [peerB] && secondB.peers.count == 1 })
                try a.send(to: peerB, kind: 1, payload: Array("welcome back".utf8))
                try secondB.send(to: a.localPeer, kind: 2, payload: Array("thanks".utf8))
                #expect(await Support.eventually { inboxB.all.count == 1 && inboxA.all.count == 1 })
            } catch {
                await secondB.stop()
                throw error
            }
            await secondB.stop()
        }
    }
}
