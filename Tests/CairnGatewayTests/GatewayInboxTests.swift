import CairnBlobs
import CairnChain
import CairnClient
import CairnCrypto
import CairnRPC
import Testing

/// `GET /v1/inbox/{tag}` over HTTP from a real gateway on a real chain, checked by the client.
@Suite("Gateway inbox pages")
struct GatewayInboxTests {
    static let tagA = SHA256.hash(Array("gateway tag A".utf8))
    static let tagB = SHA256.hash(Array("gateway tag B".utf8))
    static let tagC = SHA256.hash(Array("gateway tag C".utf8))
    static func cid(_ label: String) -> [UInt8] { CID(content: Array(label.utf8)).bytes }
    static let singles = (0..<3).map { cid("single \($0)") }
    /// Batch 0's manifest is in the gateway's store; batch 1's is not.
    static let batches = [
        InboxBatch([
            InboxBatchEntry(tag: tagA, cid: cid("batched 1")), InboxBatchEntry(tag: tagB, cid: cid("b")),
            InboxBatchEntry(tag: tagA, cid: cid("batched 2")),
        ]),
        InboxBatch([InboxBatchEntry(tag: tagA, cid: cid("batched 3")), InboxBatchEntry(tag: tagC, cid: cid("c"))]),
    ]

    /// Three singles under tag A (one block), one under B, then the two batches (the next block).
    static func anchorHistory(_ gateway: ChainGateway) throws {
        for cid in singles { try gateway.anchor(tagA, cid) }
        try gateway.anchor(tagB, cid("single of B"), from: 1)
        try gateway.produce()
        try gateway.anchor(batches[0], stored: true)
        try gateway.anchor(batches[1], stored: false)
        try gateway.produce()
    }

    static func verify(_ json: JSONValue, _ query: InboxQuery, on gateway: ChainGateway) throws -> InboxListing {
        try InboxVerifier.verify(try InboxPage(json: json), query: query, chainID: gateway.chainID, inbox: gateway.contracts.inbox.address)
    }

    @Test("a tag's page verifies: the singles, the batched entries, and the batch whose manifest the gateway lacks")
    func honestPage() async throws {
        try await ChainGateway.with { gateway in
            try Self.anchorHistory(gateway)
            let query = InboxQuery(tag: Self.tagA)
            let (status, json) = try await gateway.get(query.path)
            #expect(status == 200)
            let listing = try Self.verify(json, query, on: gateway)
            #expect(listing.height == 2)
            #expect(listing.singles.map(\.cid) == Self.singles)
            #expect(listing.singles.map(\.height) == [1, 1, 1])
            #expect(Set(listing.batchEntries.map(\.cid)) == [Self.cid("batched 1"), Self.cid("batched 2")])
            #expect(listing.batchEntries.allSatisfy { $0.batchSeq == 0 && $0.height == 2 })
            #expect(listing.unverified.map(\.record.seq) == [1])
            #expect(listing.unverified.first?.reason.contains("does not hold the manifest") == true)
            #expect(listing.isComplete)
            // Tag C has no single, and its only entry is in the batch the gateway cannot prove.
            let tagC = InboxQuery(tag: Self.tagC)
            let other = try Self.verify(try await gateway.get(tagC.path).json, tagC, on: gateway)
            #expect(other.singles.isEmpty && other.batchEntries.isEmpty && other.unverified.count == 1)
        }
    }

    @Test("paging with after, afterBatch and limit reaches every entry once")
    func paging() async throws {
        try await ChainGateway.with { gateway in
            try Self.anchorHistory(gateway)
            var cursor = InboxCursor()
            var singles: [[UInt8]] = []
            var batched: [[UInt8]] = []
            var pages = 0
            while pages < 10 {
                let query = InboxQuery(tag: Self.tagA, cursor: cursor, limit: 1)
                let listing = try Self.verify(try await gateway.get(query.path).json, query, on: gateway)
                #expect(listing.singles.count <= 1)
                singles += listing.singles.map(\.cid)
                batched += listing.batchEntries.map(\.cid)
                cursor = listing.next
                pages += 1
                if listing.isComplete { break }
            }
            #expect(pages == 3)
            #expect(singles == Self.singles)
            #expect(batched.count == 2)
            // A cursor at the very end of the range is answered, empty, not refused.
            let end = InboxQuery(tag: Self.tagA, cursor: InboxCursor(after: InboxCursor.maximum, afterBatch: InboxCursor.maximum))
            let past = try Self.verify(try await gateway.get(end.path).json, end, on: gateway)
            #expect(past.singles.isEmpty && past.next == end.cursor)
        }
    }

    @Test("a lying gateway that drops an entry, a batch member or a batch is caught by the client")
    func lyingGateway() async throws {
        try await ChainGateway.with { gateway in
            try Self.anchorHistory(gateway)
            let query = InboxQuery(tag: Self.tagA)
            let honest = try await gateway.get(query.path).json
            _ = try Self.verify(honest, query, on: gateway)
            let inbox = InboxLayout(contract: gateway.contracts.inbox.address)
            func failure(_ json: JSONValue) -> InboxVerificationError? {
                do {
                    _ = try Self.verify(json, query, on: gateway)
                    return nil
                } catch let error as InboxVerificationError {
                    return error
                } catch {
                    Issue.record("not a verification error: \(error)")
                    return nil
                }
            }

            // The proof of entry 1 left out.
            let entryKey = WireFormat.hex(inbox.entry(Self.tagA, 1).bytes)
            let withoutEntry = edit(honest, "attestation") { attestation in
                attestation["proofs"] = .array(attestation["proofs"]!.array!.filter { $0["key"] != entryKey })
            }
            #expect(failure(withoutEntry) == .missingEntry(seq: 1))

            // One member of batch 0's tag proof left out.
            var batches = honest["batches"]!.array!
            batches[0] = edit(batches[0], "proof") { proof in proof["members"] = .array(Array(proof["members"]!.array!.dropFirst())) }
            guard case .badBatchProof(seq: 0, _) = failure(edit(honest) { $0["batches"] = .array(batches) }) else {
                Issue.record("a dropped batch member was not caught")
                return
            }

            // Batch 1 left out of the list, or its record left out of the attestation.
            let firstBatchOnly = Array(try #require(honest["batches"]?.array).prefix(1))
            let withoutBatchProof = edit(honest) { $0["batches"] = .array(firstBatchOnly) }
            #expect(failure(withoutBatchProof) == .missingBatchProof(seq: 1))
            let batchKey = WireFormat.hex(inbox.batch(1).bytes)
            let withoutBatch = edit(honest, "attestation") { attestation in
                attestation["proofs"] = .array(attestation["proofs"]!.array!.filter { $0["key"] != batchKey })
            }
            #expect(failure(withoutBatch) == .missingBatch(seq: 1))

            // A batch the gateway can prove, claimed unavailable, is allowed but shows as unverified.
            var hidden = honest["batches"]!.array!
            hidden[0] = ["seq": 0, "unavailable": "no manifest"]
            let listing = try Self.verify(edit(honest) { $0["batches"] = .array(hidden) }, query, on: gateway)
            #expect(listing.batchEntries.isEmpty && listing.unverified.count == 2)
        }
    }

    /// `json` with its object (or the object under `key`) edited.
    func edit(_ json: JSONValue, _ key: String? = nil, _ change: (inout [String: JSONValue]) -> Void) -> JSONValue {
        var object = json.object ?? [:]
        if let key {
            var inner = object[key]?.object ?? [:]
            change(&inner)
            object[key] = .object(inner)
        } else {
            change(&object)
        }
        return .object(object)
    }
}
