import CairnCrypto
import Testing

@testable import CairnNet

/// `setIsolated`: the partition a devnet puts a validator in, with its process still running.
@Suite struct IsolationTests {
    typealias Support = NetworkTestSupport

    /// A dials B; C dials A. Isolated, A drops both, refuses C's redials and does not dial B; reconnected,
    /// it is linked to both again and messages flow.
    @Test func anIsolatedNetworkDropsRefusesAndDialsNobodyUntilReconnected() async throws {
        try await Support.withNetworks([Support.configuration()]) { first, firstPorts in
            let b = first[0]
            let a = Support.configuration(seeds: [Support.seed(firstPorts[0], expecting: b.localPeer)])
            try await Support.withNetworks([a]) { second, secondPorts in
                let a = second[0]
                let c = Support.configuration(seeds: [Support.seed(secondPorts[0], expecting: a.localPeer)])
                try await Support.withNetworks([c]) { third, _ in
                    let c = third[0]
                    let inboxB = Inbox(b)
                    let inboxC = Inbox(c)
                    #expect(await Support.eventually { a.peers.count == 2 && b.peers.count == 1 && c.peers.count == 1 })

                    a.setIsolated(true)
                    #expect(a.isIsolated)
                    #expect(await Support.eventually { a.peers.isEmpty && b.peers.isEmpty && c.peers.isEmpty })
                    let handshakesOnB = b.statistics.handshakesCompleted
                    // C keeps redialling; each attempt is closed right after the accept. Two closes were the
                    // links A had; three more are refusals, which take C at least three backoff rounds.
                    #expect(await Support.eventually { a.statistics.disconnects(.isolated) >= 5 })
                    #expect(a.peers.isEmpty && c.peers.isEmpty)
                    // Meanwhile A dialled nobody: B, which refuses no one, completed no handshake.
                    #expect(b.statistics.handshakesCompleted == handshakesOnB)
                    try a.broadcast(kind: 1, payload: Array("unheard".utf8))

                    a.setIsolated(false)
                    #expect(!a.isIsolated)
                    #expect(await Support.eventually { a.peers.count == 2 && b.peers.count == 1 && c.peers.count == 1 })
                    try a.broadcast(kind: 1, payload: Array("back".utf8))
                    #expect(await Support.eventually { inboxB.all.count == 1 && inboxC.all.count == 1 })
                    #expect(inboxB.all.map(\.payload) == [Array("back".utf8)])
                    #expect(inboxC.all.map(\.payload) == [Array("back".utf8)])
                }
            }
        }
    }

    /// Setting what is already set changes nothing; a stopped network ignores the call.
    @Test func isolatingTwiceOrAfterStopIsHarmless() async throws {
        try await Support.withNetworks([Support.configuration()]) { networks, ports in
            let b = networks[0]
            let a = Support.configuration(seeds: [Support.seed(ports[0], expecting: b.localPeer)])
            try await Support.withNetworks([a]) { more, _ in
                let a = more[0]
                #expect(await Support.eventually { a.peers.count == 1 })
                a.setIsolated(false)
                #expect(!a.isIsolated && a.statistics.disconnects(.isolated) == 0)
                a.setIsolated(true)
                a.setIsolated(true)
                #expect(await Support.eventually { a.peers.isEmpty && b.peers.isEmpty && a.statistics.disconnects(.isolated) == 1 })
                await a.stop()
                a.setIsolated(false)
                #expect(a.peers.isEmpty)
            }
        }
    }
}
