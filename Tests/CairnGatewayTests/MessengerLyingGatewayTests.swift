import CairnClient
import CairnCrypto
import Foundation
import Testing

/// `Messenger` behind a gateway that lies (a `LyingGateway` between it and the real anchoring gateway):
/// every lie is caught, nothing is stored or sent on its word, and the truth still gets through afterwards.
@Suite("Messenger behind a lying gateway", .serialized, .timeLimit(.minutes(3)))
struct MessengerLyingGatewayTests {
    /// Runs `body` with `alice` and `bob` registered and published, the one named by `liar` going through
    /// a lying gateway whose lie the test sets.
    static func withLiar(
        _ liar: String, _ body: (MessengerNetwork, Lie, MessengerNetwork.Person, MessengerNetwork.Person) async throws -> Void
    ) async throws {
        try await MessengerNetwork.with { network in
            let lie = Lie(network: network)
            try await LyingGateway.with(upstream: network.gatewayURL, rewrite: { path, answer in lie.rewrite(path, &answer) }) { lying in
                let alice = try await network.person("alice", account: 1, gateway: liar == "alice" ? lying : nil)
                let bob = try await network.person("bob", account: 3, gateway: liar == "bob" ? lying : nil)
                try await network.settle()
                try await body(network, lie, alice, bob)
            }
        }
    }

    /// The detail of the `MessengerError.verification` that `body` throws (nil, recorded, for anything else).
    static func verificationFailure<T>(_ body: () async throws -> T) async -> String? {
        do {
            _ = try await body()
            Issue.record("the lie was not caught")
        } catch let MessengerError.verification(detail) {
            return detail
        } catch {
            Issue.record("not a verification error: \(error)")
        }
        return nil
    }

    @Test func aSubstitutedKeyBundleFailsTheSendAndNothingLeaves() async throws {
        try await Self.withLiar("alice") { _, lie, alice, bob in
            let attackerKey = X25519.PrivateKey().publicKey.rawRepresentation
            lie.mode = .substituteBundle(owner: bob.address, device: bob.messenger.deviceKey, key: attackerKey)
            lie.clearWrites()
            let detail = await Self.verificationFailure {
                try await alice.messenger.send(Array("for bob only".utf8), to: bob.address, account: alice.key)
            }
            #expect(detail?.contains("proof") == true, "\(detail ?? "")")
            // No blob was put, no anchor asked for, nothing stored, no session started.
            #expect(lie.writes.isEmpty, "\(lie.writes)")
            #expect(try alice.messenger.messages().isEmpty)
            #expect(try alice.messenger.store.list("session").isEmpty)

            // The same gateway telling the truth: the message goes, and bob reads it.
            lie.mode = .none
            _ = try await alice.messenger.send(Array("for bob only".utf8), to: bob.address, account: alice.key)
            #expect(lie.writes == ["/v1/blobs", "/v1/anchors"])
            #expect(try await bob.messenger.sync().received.map(\.text) == ["for bob only"])
        }
    }

    /// A blob's bytes are checked against the CID the chain anchored, so a flipped byte is the gateway's lie,
    /// not the sender's: the entry is reported in `rejected`, nothing is stored, and it is not marked as
    /// read, so a later sync through an honest gateway delivers it.
    @Test func aTamperedEnvelopeIsReportedNotStoredAndDeliveredByALaterHonestSync() async throws {
        try await Self.withLiar("bob") { _, lie, alice, bob in
            let sent = try await alice.messenger.send(Array("intact, please".utf8), to: bob.address, account: alice.key)
            lie.mode = .flipBlobs
            let report = try await bob.messenger.sync()
            #expect(report.received.isEmpty)
            let rejected = try #require(report.rejected.first, "the tampered entry was not reported")
            #expect(report.rejected.count == 1)
            #expect(rejected.cid == Messenger.cidText(sent.copies[0].cid.bytes))
            #expect(rejected.reason.contains("not \(sent.copies[0].cid)"), "\(rejected.reason)")
            #expect(try bob.messenger.messages().isEmpty)
            // Still lying: still reported, still not stored.
            #expect(try await bob.messenger.sync().rejected.count == 1)

            lie.mode = .none
            let honest = try await bob.messenger.sync()
            #expect(honest.rejected.isEmpty)
            #expect(honest.received.map(\.text) == ["intact, please"])
            #expect(try bob.messenger.messages().map(\.text) == ["intact, please"])
        }
    }

    @Test func aHiddenInboxEntryFailsTheSyncNamingTheEntry() async throws {
        try await Self.withLiar("bob") { _, lie, alice, bob in
            let sent = try await alice.messenger.send(Array("you can't hide this".utf8), to: bob.address, account: alice.key)
            lie.mode = .hideEntries
            let detail = await Self.verificationFailure { try await bob.messenger.sync() }
            let tag = "0x" + Hex.encode(sent.copies[0].tag)
            #expect(detail?.contains("entry 0 of the tag is left out") == true, "\(detail ?? "")")
            #expect(detail?.contains(tag) == true, "\(detail ?? "")")
            #expect(try bob.messenger.messages().isEmpty)

            lie.mode = .none
            #expect(try await bob.messenger.sync().received.map(\.text) == ["you can't hide this"])
        }
    }
}
