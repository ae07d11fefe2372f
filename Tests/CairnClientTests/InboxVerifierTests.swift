import CairnBlobs
import CairnChain
import CairnConsensus
import CairnClient
import CairnCrypto
import CairnRPC
import CairnState
import Testing

/// The client's check of inbox pages, on pages an honest gateway would build from a real in-process chain,
/// and on the same pages after a lying gateway changed them.
@Suite("Inbox pages: the client check")
struct InboxVerifierTests {
    /// Tag A's history: three singles, two entries in batch 0, none in batch 1, one in batch 2 (whose
    /// manifest the gateway lacks); tags B and C share the batches.
    struct Scenario {
        let chain: InboxChain
        let tagA = InboxChain.tag("A")
        let singles = (0..<3).map { InboxChain.cid("single \($0)") }
        let batches: [InboxBatch]

        init() throws {
            chain = try InboxChain()
            let tagB = InboxChain.tag("B")
            let tagC = InboxChain.tag("C")
            batches = [
                InboxBatch([
                    InboxBatchEntry(tag: tagA, cid: InboxChain.cid("batched 1")), InboxBatchEntry(tag: tagB, cid: InboxChain.cid("b")),
                    InboxBatchEntry(tag: tagA, cid: InboxChain.cid("batched 2")), InboxBatchEntry(tag: tagC, cid: InboxChain.cid("c")),
                ]),
                InboxBatch([InboxBatchEntry(tag: tagB, cid: InboxChain.cid("b1")), InboxBatchEntry(tag: tagB, cid: InboxChain.cid("b2"))]),
                InboxBatch([InboxBatchEntry(tag: tagA, cid: InboxChain.cid("batched 3")), InboxBatchEntry(tag: tagC, cid: InboxChain.cid("c2"))]),
            ]
            for cid in singles { try chain.anchor(tagA, cid) }
            try chain.anchor(tagB, InboxChain.cid("single of B"))
            for batch in batches { try chain.anchor(batch) }
            try chain.produce()
        }

        func query(_ cursor: InboxCursor = InboxCursor(), limit: Int = InboxQuery.maximumSingles) -> InboxQuery {
            InboxQuery(tag: tagA, cursor: cursor, limit: limit)
        }

        /// The honest page: the gateway holds the manifests of batches 0 and 1.
        func page(_ query: InboxQuery) throws -> InboxPage { try chain.page(query, manifests: Array(batches.prefix(2))) }

        func verify(_ page: InboxPage, _ query: InboxQuery, notBefore: UInt64 = 0) throws(InboxVerificationError) -> InboxListing {
            try InboxVerifier.verify(page, query: query, chainID: chain.chainID, inbox: chain.inbox, notBefore: notBefore)
        }

        /// The error `verify` gives, if any.
        func failure(_ page: InboxPage, _ query: InboxQuery, notBefore: UInt64 = 0) -> InboxVerificationError? {
            do {
                _ = try verify(page, query, notBefore: notBefore)
                return nil
            } catch {
                return error
            }
        }

        func removing(_ key: StateKey, from page: InboxPage) -> InboxPage {
            var page = page
            page.attestation.values.removeAll { $0.key == key }
            return page
        }
    }

    @Test("an honest page verifies: every single, every batched entry of the tag, the unverifiable batch named")
    func honestPage() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        let page = try scenario.page(query)
        // What the gateway sends is what the client reads.
        #expect(try InboxPage(json: JSONValue(parsing: page.json.encoded())) == page)
        let listing = try scenario.verify(page, query)
        #expect(listing.height == 1)
        #expect(listing.singles.map(\.seq) == [0, 1, 2])
        #expect(listing.singles.map(\.cid) == scenario.singles)
        #expect(listing.singles.allSatisfy { $0.height == 1 })
        #expect(Set(listing.batchEntries.map(\.cid)) == [InboxChain.cid("batched 1"), InboxChain.cid("batched 2")])
        #expect(listing.batchEntries.allSatisfy { $0.batchSeq == 0 && $0.height == 1 })
        #expect(listing.unverified.map(\.record.seq) == [2])
        #expect(listing.unverified.first?.record.root == scenario.batches[2].root)
        #expect(listing.next == InboxCursor(after: 3, afterBatch: 3))
        #expect(listing.isComplete)
    }

    @Test("pages follow the cursors: singles by the tag's seq, batches by the batch seq")
    func paging() throws {
        let scenario = try Scenario()
        let first = try scenario.verify(try scenario.page(scenario.query(limit: 2)), scenario.query(limit: 2))
        #expect(first.singles.map(\.seq) == [0, 1])
        #expect(first.batchEntries.count == 2)
        #expect(first.next == InboxCursor(after: 2, afterBatch: 2))
        #expect(!first.isComplete)
        let second = try scenario.verify(try scenario.page(scenario.query(first.next, limit: 2)), scenario.query(first.next, limit: 2))
        #expect(second.singles.map(\.seq) == [2])
        #expect(second.batchEntries.isEmpty)
        #expect(second.unverified.map(\.record.seq) == [2])
        #expect(second.isComplete)
        // Past the end: nothing, and the cursor stays.
        let done = scenario.query(second.next)
        let empty = try scenario.verify(try scenario.page(done), done)
        #expect(empty.singles.isEmpty && empty.batchEntries.isEmpty && empty.next == second.next)
    }

    @Test("a tampered entry fails its state proof")
    func tamperedEntry() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        var page = try scenario.page(query)
        let key = scenario.chain.layout.entry(scenario.tagA, 1)
        let index = try #require(page.attestation.values.firstIndex { $0.key == key })
        page.attestation.values[index].value = page.attestation.values[index - 1].value  // entry 0's record in entry 1's slot
        #expect(scenario.failure(page, query) == .attestation(.badProof(key: Hex.encode(key.bytes))))
    }

    @Test("a dropped single is caught by the head, whether from the middle or the end")
    func droppedSingle() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        let page = try scenario.page(query)
        let layout = scenario.chain.layout
        #expect(scenario.failure(scenario.removing(layout.entry(scenario.tagA, 1), from: page), query) == .missingEntry(seq: 1))
        var shortened = scenario.removing(layout.entry(scenario.tagA, 2), from: page)
        shortened.next.after = 2
        #expect(scenario.failure(shortened, query) == .missingEntry(seq: 2))
        // Hiding the head too leaves nothing to check against.
        #expect(scenario.failure(scenario.removing(layout.head(scenario.tagA), from: page), query) == .notProven("the tag's head"))
    }

    @Test("a page that claims a smaller head or another next cursor is refused")
    func falseClaims() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        var page = try scenario.page(query)
        page.head = 2
        #expect(scenario.failure(page, query) == .claimMismatch("head 2, proved 3"))
        page = try scenario.page(query)
        page.next = InboxCursor(after: 2, afterBatch: 3)
        guard case .claimMismatch = scenario.failure(page, query) else {
            Issue.record("a wrong next cursor was accepted")
            return
        }
    }

    @Test("a dropped batch, or a batch without its tag proof, is caught by the batch count")
    func droppedBatch() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        var page = try scenario.page(query)
        #expect(scenario.failure(scenario.removing(scenario.chain.layout.batch(1), from: page), query) == .missingBatch(seq: 1))
        page.batches.removeAll { $0.seq == 1 }
        #expect(scenario.failure(page, query) == .missingBatchProof(seq: 1))
        page = try scenario.page(query)
        page.batches.append(page.batches[0])
        #expect(scenario.failure(page, query) == .missingBatchProof(seq: 0))
        page = try scenario.page(query)
        page.batches.append(InboxPage.Batch(seq: 3, proof: .unavailable("invented")))
        #expect(scenario.failure(page, query) == .claimMismatch("a tag proof for batch 3, outside the page"))
    }

    @Test("a tag proof missing a member, with a tampered member, or from another tree fails against the anchored root")
    func badTagProofs() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        let page = try scenario.page(query)
        guard case let .proof(proof) = page.batches[0].proof else {
            Issue.record("batch 0 has no proof")
            return
        }
        #expect(proof.members.count == 2)
        func failure(_ forged: InboxBatch.TagProof) -> InboxVerificationError? {
            var lying = page
            lying.batches[0].proof = .proof(forged)
            return scenario.failure(lying, query)
        }
        func expectBadProof(_ forged: InboxBatch.TagProof, _ comment: Comment) {
            guard case .badBatchProof(seq: 0, _) = failure(forged) else {
                Issue.record("accepted: \(comment)")
                return
            }
        }
        // One member dropped: the gap to the neighbour shows.
        expectBadProof(InboxBatch.TagProof(
            tag: proof.tag, count: proof.count, members: Array(proof.members.dropLast()), before: proof.before, after: proof.after),
            "a dropped member")
        // Both dropped, the neighbours kept: still a gap.
        expectBadProof(InboxBatch.TagProof(tag: proof.tag, count: proof.count, members: [], before: proof.before, after: proof.after),
            "every member dropped")
        // A member's CID changed.
        let member = proof.members[0]
        let tampered = InboxBatch.Member(entry: InboxBatchEntry(tag: member.entry.tag, cid: InboxChain.cid("forged")), index: member.index, path: member.path)
        expectBadProof(InboxBatch.TagProof(
            tag: proof.tag, count: proof.count, members: [tampered] + proof.members.dropFirst(), before: proof.before, after: proof.after),
            "a tampered member")
        // A consistent proof of another batch of the same size (a wrong root).
        var entries = scenario.batches[0].entries
        entries[entries.firstIndex { $0.tag == scenario.tagA }!] = InboxBatchEntry(tag: scenario.tagA, cid: InboxChain.cid("other"))
        let other = InboxBatch(entries)
        #expect(InboxBatch.verify(other.proof(tag: scenario.tagA), root: other.root) != nil)
        expectBadProof(other.proof(tag: scenario.tagA), "a proof against another root")
        // A proof for another tag, or with another count.
        expectBadProof(scenario.batches[0].proof(tag: InboxChain.tag("B")), "another tag's proof")
    }

    @Test("a forged commit, a header of another chain, or a validator set the header does not name is refused")
    func forgedAttestations() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        let page = try scenario.page(query)

        var forged = page
        var commit = try #require(forged.attestation.commit)
        commit.signatures[0].signature[5] ^= 1
        forged.attestation.commit = commit
        guard case .attestation(.commit(.badSignature)) = scenario.failure(forged, query) else {
            Issue.record("a forged commit signature was accepted")
            return
        }
        var fewer = page
        fewer.attestation.commit?.signatures = []
        guard case .attestation(.commit(.noQuorum)) = scenario.failure(fewer, query) else {
            Issue.record("a commit without a quorum was accepted")
            return
        }
        var noCommit = page
        noCommit.attestation.commit = nil
        #expect(scenario.failure(noCommit, query) == .attestation(.missingCommit(height: 1)))

        var otherChain = page
        otherChain.attestation.header.chainID = 7
        #expect(scenario.failure(otherChain, query) == .attestation(.wrongChain(expected: scenario.chain.chainID, got: 7)))

        let stranger = ValidatorSet([ValidatorInfo(
            operatorAddress: try Address("0x00000000000000000000000000000000000000cc"),
            consensusKey: try Ed25519.PrivateKey(seed: [UInt8](repeating: 9, count: 32)).publicKey.rawRepresentation, power: 100)])
        var otherSet = page
        otherSet.attestation.validators = stranger
        #expect(scenario.failure(otherSet, query) == .attestation(.validatorSetMismatch(height: 1)))
        // A client that tracks the set itself checks against its own.
        #expect(throws: StateAttestationError.validatorSetMismatch(height: 1)) {
            try page.attestation.verify(chainID: scenario.chain.chainID, trustedValidators: stranger)
        }
        _ = try page.attestation.verify(chainID: scenario.chain.chainID, trustedValidators: page.attestation.validators)
    }

    @Test("a page for another tag or cursor, or older than a height already seen, is refused")
    func wrongQueryAndStale() throws {
        let scenario = try Scenario()
        let query = scenario.query()
        let page = try scenario.page(query)
        guard case .wrongQuery = scenario.failure(page, InboxQuery(tag: InboxChain.tag("B"))) else {
            Issue.record("a page for another tag was accepted")
            return
        }
        guard case .wrongQuery = scenario.failure(page, scenario.query(InboxCursor(after: 1))) else {
            Issue.record("a page for another cursor was accepted")
            return
        }
        #expect(scenario.failure(page, query, notBefore: 2) == .stale(height: 1, required: 2))
        #expect(scenario.failure(page, query, notBefore: 1) == nil)
    }

    @Test("a state attestation proves absence, refuses a key proved twice, and reports a key it does not cover")
    func attestationBasics() throws {
        let scenario = try Scenario()
        let layout = scenario.chain.layout
        let missing = layout.entry(scenario.tagA, 99)
        let attestation = try scenario.chain.attestation([layout.head(scenario.tagA), missing])
        #expect(try StateAttestation(json: JSONValue(parsing: attestation.json.encoded())) == attestation)
        let state = try attestation.verify(chainID: scenario.chain.chainID)
        #expect(try state.value(missing) == nil)
        #expect(try InboxLayout.counter(state.value(layout.head(scenario.tagA))) == 3)
        #expect(throws: StateAttestationError.notProven(key: Hex.encode(layout.batchCount.bytes))) { try state.value(layout.batchCount) }
        var twice = attestation
        twice.values.append(twice.values[0])
        #expect(throws: StateAttestationError.duplicateKey(Hex.encode(layout.head(scenario.tagA).bytes))) {
            try twice.verify(chainID: scenario.chain.chainID)
        }
        // Claiming a value for an absent key fails its proof.
        var invented = attestation
        invented.values[1].value = [1, 2, 3]
        #expect(throws: StateAttestationError.badProof(key: Hex.encode(missing.bytes))) { try invented.verify(chainID: scenario.chain.chainID) }
        // Genesis has no commit: accepted only against a trusted genesis hash.
        let genesis = try scenario.chain.attestation([layout.batchCount], at: 0)
        #expect(throws: StateAttestationError.missingCommit(height: 0)) { try genesis.verify(chainID: scenario.chain.chainID) }
        #expect(try genesis.verify(chainID: scenario.chain.chainID, genesisHash: genesis.header.hash).height == 0)
    }

    @Test("hostile JSON is refused with a typed error, never a trap")
    func hostileJSON() throws {
        let scenario = try Scenario()
        let good = try scenario.page(scenario.query()).json
        func mutated(_ edit: (inout [String: JSONValue]) -> Void) -> JSONValue {
            var object = good.object!
            edit(&object)
            return .object(object)
        }
        let member: JSONValue = ["tag": .string("0x" + String(repeating: "ab", count: 32)), "cid": "0x01", "index": 0, "path": []]
        func proofWith(_ member: JSONValue, count: JSONValue = 1) -> JSONValue {
            ["batches": [["seq": 0, "proof": ["tag": .string("0x" + String(repeating: "ab", count: 32)), "count": count, "members": [member],
                                              "before": .null, "after": .null]]]]
        }
        var badMembers: [JSONValue] = []
        for (field, value) in [("index", JSONValue.integer(-1)), ("index", .integer(Int64.max)), ("tag", "0x00"), ("cid", "0xzz"),
                               ("cid", .string("0x" + String(repeating: "00", count: 65))), ("path", .array(Array(repeating: .string("0x" + String(repeating: "00", count: 32)), count: 65))),
                               ("path", ["0x00"])] {
            var object = member.object!
            object[field] = value
            badMembers.append(.object(object))
        }
        var hostile: [JSONValue] = badMembers.map { bad in mutated { $0["batches"] = proofWith(bad)["batches"] } }
        hostile.append(mutated { $0["batches"] = proofWith(member, count: .integer(Int64.max))["batches"] })
        hostile.append(mutated { $0["head"] = -1 })
        hostile.append(mutated { $0["tag"] = "0x1234" })
        hostile.append(mutated { $0["attestation"] = ["header": "0x00", "validators": "0x", "proofs": []] })
        hostile.append(mutated { $0["batches"] = .array(Array(repeating: ["seq": 0, "unavailable": "x"], count: InboxQuery.maximumBatches + 1)) })
        hostile.append(mutated { $0["next"] = nil })
        hostile.append("not an object")
        for json in hostile {
            #expect(throws: WireFormatError.self) { try InboxPage(json: json) }
        }
    }
}
