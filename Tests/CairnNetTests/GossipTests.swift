import Testing

@testable import CairnNet

/// Flooding over a mesh: each node delivers a gossip message once and relays it once, so a flood terminates.
@Suite struct GossipTests {
    typealias Support = NetworkTestSupport
    static let vote: UInt8 = 0x20
    static let direct: UInt8 = 0x01

    @Test func gossipCrossesALineExactlyOnce() async throws {
        // A – B – C: A and C are not connected, so C hears A's gossip only through B's relay.
        try await Support.withNetworks([Support.configuration(gossipKinds: [Self.vote])]) { first, portsB in
            let b = first[0]
            let configA = Support.configuration(seeds: [Support.seed(portsB[0])], gossipKinds: [Self.vote])
            let configC = Support.configuration(seeds: [Support.seed(portsB[0])], gossipKinds: [Self.vote])
            try await Support.withNetworks([configA, configC]) { rest, _ in
                let (a, c) = (rest[0], rest[1])
                let inboxes = [a, b, c].map { Relay(network: $0, kind: Self.vote) }
                #expect(await Support.eventually { b.peers.count == 2 && a.peers.count == 1 && c.peers.count == 1 })

                let vote = Array("prevote h=7 r=0".utf8)
                try a.gossip(kind: Self.vote, payload: vote)
                #expect(await Support.eventually { inboxes[2].inbox.count(kind: Self.vote, payload: vote) == 1 })
                // A barrier along the same path: once a second gossip reached C, any copy of the first would have too.
                let barrier = Array("prevote h=7 r=1".utf8)
                try a.gossip(kind: Self.vote, payload: barrier)
                #expect(await Support.eventually { inboxes[2].inbox.count(kind: Self.vote, payload: barrier) == 1 })
                #expect(inboxes[1].inbox.count(kind: Self.vote, payload: vote) == 1)
                #expect(inboxes[2].inbox.count(kind: Self.vote, payload: vote) == 1)
                // B relayed to C only, never back to A; A's own message would be dropped anyway.
                #expect(inboxes[0].inbox.count(kind: Self.vote, payload: vote) == 0)
                #expect(a.statistics.messagesIn == 0)
            }
        }
    }

    @Test func gossipLoopInATriangleTerminates() async throws {
        try await Support.withNetworks([Support.configuration(gossipKinds: [Self.vote])]) { first, portsA in
            let a = first[0]
            try await Support.withNetworks([Support.configuration(seeds: [Support.seed(portsA[0])], gossipKinds: [Self.vote])]) { second, portsB in
                let b = second[0]
                let configC = Support.configuration(seeds: [Support.seed(portsA[0]), Support.seed(portsB[0])], gossipKinds: [Self.vote])
                try await Support.withNetworks([configC]) { third, _ in
                    let c = third[0]
                    let relays = [a, b, c].map { Relay(network: $0, kind: Self.vote) }
                    #expect(await Support.eventually { a.peers.count == 2 && b.peers.count == 2 && c.peers.count == 2 })

                    let proposal = Array("proposal h=9".utf8)
                    try a.gossip(kind: Self.vote, payload: proposal)
                    // A sends to B and C (2 messages); B and C each relay once, to everyone but the peer their first
                    // copy came from (2 more). Which copy is first depends on timing, but 4 transmissions happen in
                    // all, 2 are delivered (once at B, once at C) and 2 are dropped as duplicates; then nothing moves.
                    let dropped = { a.statistics.duplicateGossipDropped + b.statistics.duplicateGossipDropped + c.statistics.duplicateGossipDropped }
                    #expect(await Support.eventually { dropped() == 2 })
                    #expect(relays[1].inbox.count(kind: Self.vote, payload: proposal) == 1)
                    #expect(relays[2].inbox.count(kind: Self.vote, payload: proposal) == 1)
                    #expect(relays[0].inbox.count(kind: Self.vote, payload: proposal) == 0)
                    #expect(a.statistics.messagesIn + b.statistics.messagesIn + c.statistics.messagesIn == 4)

                    // Direct kinds are never deduplicated.
                    try a.broadcast(kind: Self.direct, payload: proposal)
                    try a.broadcast(kind: Self.direct, payload: proposal)
                    #expect(await Support.eventually { relays[1].inbox.count(kind: Self.direct, payload: proposal) == 2 })
                }
            }
        }
    }
}

/// A node that relays every gossip message it receives, as a validator does after checking it.
final class Relay: Sendable {
    let inbox: Inbox

    init(network: PeerNetwork, kind: UInt8) {
        inbox = Inbox(network)
        let inbox = self.inbox
        // Wrap the inbox's handler: record, then relay gossip to everyone but the sender.
        network.setMessageHandler { [weak network] from, messageKind, payload in
            inbox.record(from: from, kind: messageKind, payload: payload)
            if messageKind == kind { try? network?.gossip(kind: messageKind, payload: payload, from: from) }
        }
    }
}
