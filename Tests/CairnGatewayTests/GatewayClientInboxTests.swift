import CairnBlobs
import CairnChain
import CairnClient
import CairnCrypto
import CairnRPC
import CairnState
import Foundation
import Testing

/// `GatewayClient.inbox` against a real chain: honest pages, batches resolved from their manifests, and
/// gateways that hide an entry, drop a batch or replay an old page.
@Suite("Gateway client inbox")
struct GatewayClientInboxTests {
    typealias Inbox = GatewayInboxTests

    /// `answer` with the attestation's proof of `key` removed and `batches` filtered by `keepBatch`.
    static func without(_ key: StateKey, keepBatch: (JSONValue) -> Bool = { _ in true }, in answer: inout LyingGateway.Answer) {
        guard case var .object(top) = answer.json, case var .object(attestation)? = top["attestation"],
            let proofs = attestation["proofs"]?.array, let batches = top["batches"]?.array
        else { return }
        attestation["proofs"] = .array(proofs.filter { $0["key"] != WireFormat.hex(key.bytes) })
        top["attestation"] = .object(attestation)
        top["batches"] = .array(batches.filter(keepBatch))
        answer.json = .object(top)
    }

    @Test func resolvesABatchFromItsManifestAndReportsOneWithout() async throws {
        try await ChainGateway.with { gateway in
            try Inbox.anchorHistory(gateway)
            let client = try GatewayClientTests.client(gateway)
            let listing = try await client.inbox(tag: Inbox.tagA)
            #expect(listing.singles.map(\.cid) == Inbox.singles)
            // Batch 0's manifest is on the gateway, batch 1's is nowhere yet.
            #expect(Set(listing.batchEntries.map(\.cid)) == [Inbox.cid("batched 1"), Inbox.cid("batched 2")])
            #expect(listing.unresolvedBatches.map(\.record.seq) == [1])
            #expect(listing.unresolvedBatches.first?.reason.contains("not available") == true)

            // Once the manifest is put (by anyone), the client resolves the batch itself.
            _ = try await client.putBlob(Inbox.batches[1].manifest)
            let later = try await client.inbox(tag: Inbox.tagA)
            #expect(later.unresolvedBatches.isEmpty)
            #expect(later.batchEntries.filter { $0.batchSeq == 1 }.map(\.cid) == [Inbox.cid("batched 3")])
            // Only the tag's own entries come out of a manifest.
            let ofC = try await client.inbox(tag: Inbox.tagC)
            #expect(ofC.batchEntries.map(\.cid) == [Inbox.cid("c")])
        }
    }

    @Test func aBatchTheGatewayClaimsUnprovableIsResolvedAnyway() async throws {
        try await ChainGateway.with { gateway in
            try Inbox.anchorHistory(gateway)
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                guard path.hasPrefix("/v1/inbox/"), case var .object(top) = answer.json else { return }
                top["batches"] = .array((top["batches"]?.array ?? []).map { batch in
                    ["seq": batch["seq"] ?? .null, "unavailable": "no manifest here"]
                })
                answer.json = .object(top)
            }) { url in
                let client = try GatewayClientTests.client(gateway, url: url)
                let listing = try await client.inbox(tag: Inbox.tagA)
                #expect(listing.unverified.count == 2)
                #expect(Set(listing.batchEntries.map(\.cid)) == [Inbox.cid("batched 1"), Inbox.cid("batched 2")])
                #expect(listing.unresolvedBatches.map(\.record.seq) == [1])
            }
        }
    }

    @Test func aHiddenEntryOrADroppedBatchIsCaught() async throws {
        try await ChainGateway.with { gateway in
            try Inbox.anchorHistory(gateway)
            let inbox = InboxLayout(contract: gateway.contracts.inbox.address)
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                if path.hasPrefix("/v1/inbox/") { Self.without(inbox.entry(Inbox.tagA, 1), in: &answer) }
            }) { url in
                let client = try GatewayClientTests.client(gateway, url: url)
                #expect(await GatewayClientTests.failure { try await client.inbox(tag: Inbox.tagA) } == .verification(.inbox(.missingEntry(seq: 1))))
            }
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                if path.hasPrefix("/v1/inbox/") { Self.without(inbox.batch(0), keepBatch: { $0["seq"] != 0 }, in: &answer) }
            }) { url in
                let client = try GatewayClientTests.client(gateway, url: url)
                #expect(await GatewayClientTests.failure { try await client.inbox(tag: Inbox.tagA) } == .verification(.inbox(.missingBatch(seq: 0))))
            }
            // A manifest served with a flipped byte is a lie, not an unavailable batch.
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                if path.hasPrefix("/v1/inbox/"), case var .object(top) = answer.json {
                    top["batches"] = [["seq": 0, "unavailable": "none"], ["seq": 1, "unavailable": "none"]]
                    answer.json = .object(top)
                }
                if path.hasPrefix("/ipfs/"), !answer.body.isEmpty { answer.body[0] ^= 0x01 }
            }) { url in
                let client = try GatewayClientTests.client(gateway, url: url)
                let manifest = CID(content: Inbox.batches[0].manifest)
                #expect(await GatewayClientTests.failure { try await client.inbox(tag: Inbox.tagA) } == .blobMismatch(manifest))
            }
        }
    }

    @Test func anOldPageReplayedIsCaught() async throws {
        try await ChainGateway.with { gateway in
            try Inbox.anchorHistory(gateway)
            let query = InboxQuery(tag: Inbox.tagA)
            let old = try await gateway.get(query.path).json
            try gateway.anchor(Inbox.tagA, Inbox.cid("single 3"))
            try gateway.produce()
            let replaying = ReplaySwitch()
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                if path.hasPrefix("/v1/inbox/"), replaying.on { answer.json = old }
            }) { url in
                let client = try GatewayClientTests.client(gateway, url: url)
                let fresh = try await client.inbox(tag: Inbox.tagA)
                #expect(fresh.head == 4)
                replaying.on = true
                let error = await GatewayClientTests.failure { try await client.inbox(tag: Inbox.tagA) }
                #expect(error == .verification(.inbox(.stale(height: fresh.height - 1, required: fresh.height))))
            }
        }
    }
}

/// A flag the test flips while the proxy reads it.
final class ReplaySwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var on: Bool {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
