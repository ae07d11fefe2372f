import CairnClient
import CairnRPC
import Foundation
import Synchronization
import Testing

/// A send that failed may have been delivered all the same: the gateway took the anchor request and its
/// answer was lost. A retry that keeps the message's id is then not a second message.
@Suite("Messenger: retried sends", .serialized, .timeLimit(.minutes(3)))
struct MessengerRetryTests {
    /// Loses the answers to `POST /v1/anchors` while set, after the gateway has taken the request; keeps the
    /// ids of the requests whose answers it lost.
    final class LostAnswers: Sendable {
        private let state = Mutex((losing: false, ids: [String]()))
        func lose(_ losing: Bool) { state.withLock { $0.losing = losing } }
        var ids: [String] { state.withLock { $0.ids } }

        func rewrite(_ path: String, _ answer: inout LyingGateway.Answer) {
            guard path == "/v1/anchors", answer.status == 202 else { return }
            let id = answer.json["id"]?.string
            let lost = state.withLock { state in
                if state.losing, let id { state.ids.append(id) }
                return state.losing
            }
            if lost {
                answer.status = 503
                answer.body = Array(#"{"error":"the answer was lost"}"#.utf8)
            }
        }
    }

    @Test func aRetryWithTheFirstAttemptsIDIsStoredOnceThoughBothAttemptsArrive() async throws {
        try await MessengerNetwork.with { network in
            let lost = LostAnswers()
            try await LyingGateway.with(upstream: network.gatewayURL, rewrite: { lost.rewrite($0, &$1) }) { lying in
                let alice = try await network.person("alice", account: 1, gateway: lying)
                let bob = try await network.person("bob", account: 3)
                try await network.settle()
                _ = try await alice.messenger.send(Array("hello".utf8), to: bob.address, account: alice.key)

                // With the id of the first attempt, the retry is the same message.
                let id = Messenger.newMessageID()
                lost.lose(true)
                await #expect(throws: MessengerError.self) {
                    try await alice.messenger.send(Array("once".utf8), to: bob.address, account: alice.key, wait: false, messageID: id)
                }
                lost.lose(false)
                let retry = try await alice.messenger.send(Array("once".utf8), to: bob.address, account: alice.key, messageID: id)
                #expect(retry.messageID == id)

                // Without it, the same loss makes two messages of one: why the id is there.
                lost.lose(true)
                await #expect(throws: MessengerError.self) {
                    try await alice.messenger.send(Array("twice".utf8), to: bob.address, account: alice.key, wait: false)
                }
                lost.lose(false)
                _ = try await alice.messenger.send(Array("twice".utf8), to: bob.address, account: alice.key)

                // Both lost answers were for requests the gateway anchored: every attempt reaches bob.
                #expect(lost.ids.count == 2)
                for lostID in lost.ids { try await Self.waitAnchored(lostID, at: network.gatewayURL) }
                let report = try await bob.messenger.sync()
                #expect(report.rejected.isEmpty)
                #expect(report.received.map(\.text) == ["hello", "once", "twice", "twice"])
                let stored = try bob.messenger.messages().filter { $0.direction == .received }
                #expect(stored.map(\.text) == ["hello", "once", "twice", "twice"])
                #expect(stored.filter { $0.messageID == id }.count == 1)
                // The sender keeps one record of the retried message too.
                #expect(try alice.messenger.messages().filter { $0.direction == .sent }.map(\.text) == ["hello", "once", "twice"])

                await #expect(throws: MessengerError.message("a message id is 16 bytes")) {
                    try await alice.messenger.send(Array("bad id".utf8), to: bob.address, account: alice.key, messageID: [1, 2, 3])
                }
            }
        }
    }

    /// Polls the gateway until anchoring request `id` is in a block.
    static func waitAnchored(_ id: String, at gateway: URL) async throws {
        let url = try #require(URL(string: gateway.absoluteString + "/v1/anchors/" + id))
        for _ in 0..<600 {
            let reply = try await GatewayBlobTests.send(url)
            if (try? JSONValue(parsing: reply.body))?["status"]?.string == "anchored" { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("anchoring request \(id) is not in a block")
    }
}
