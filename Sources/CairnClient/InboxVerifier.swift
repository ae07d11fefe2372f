import CairnChain
import CairnConsensus
import CairnCrypto
import CairnState

/// What is wrong with an inbox page: each case names the lie or the gap, so a client can say which.
public enum InboxVerificationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The page is for another tag or starts at another cursor than asked.
    case wrongQuery(String)
    /// The header, commit, validator set or a state proof does not hold.
    case attestation(StateAttestationError)
    /// The page is proved at a height below one the client has already seen.
    case stale(height: UInt64, required: UInt64)
    /// A slot the check needs (the head, the batch count) is not proved.
    case notProven(String)
    /// The page's own `head`, `batchCount` or `next` differs from what the proofs show.
    case claimMismatch(String)
    /// A single entry in the page's range (below the proved head) is left out.
    case missingEntry(seq: UInt64)
    /// A batch in the page's range (below the proved batch count) is left out.
    case missingBatch(seq: UInt64)
    /// A proved entry or batch is not what its slot should hold (wrong seq, kind, or encoding).
    case badRecord(String)
    /// A batch in range comes with neither a tag proof nor a reason, or twice.
    case missingBatchProof(seq: UInt64)
    /// A batch's tag proof does not show, against the root anchored on-chain, everything the batch holds for the tag.
    case badBatchProof(seq: UInt64, String)

    public var description: String {
        switch self {
        case let .wrongQuery(detail): "the page does not answer the query: \(detail)"
        case let .attestation(error): "\(error)"
        case let .stale(height, required): "the page is proved at block \(height), older than block \(required) already seen"
        case let .notProven(what): "\(what) is not proved"
        case let .claimMismatch(detail): "the page's claim contradicts its proofs: \(detail)"
        case let .missingEntry(seq): "entry \(seq) of the tag is left out of the page"
        case let .missingBatch(seq): "batch \(seq) is left out of the page"
        case let .badRecord(detail): "a proved record is wrong: \(detail)"
        case let .missingBatchProof(seq): "batch \(seq) has no tag proof"
        case let .badBatchProof(seq, detail): "the tag proof of batch \(seq) does not hold: \(detail)"
        }
    }
}

/// The entries of an inbox tag that a page proves, and where the next page starts.
public struct InboxListing: Hashable, Sendable {
    /// An entry anchored with `Inbox.anchor`.
    public struct Single: Hashable, Sendable {
        public let seq: UInt64
        /// The CID in binary form.
        public let cid: [UInt8]
        /// The block that anchored it.
        public let height: UInt64
    }

    /// An entry in a batch anchored with `Inbox.anchorBatch`.
    public struct BatchEntry: Hashable, Sendable {
        public let batchSeq: UInt64
        public let cid: [UInt8]
        /// The block that anchored the batch.
        public let height: UInt64
    }

    /// A batch the gateway could not prove anything about for the tag (it lacks the manifest): the client
    /// may fetch the manifest by its CID elsewhere and check it against `root` itself.
    public struct UnverifiedBatch: Hashable, Sendable {
        public let record: InboxBatchRecord
        /// The gateway's reason.
        public let reason: String
    }

    /// The block the page is proved at.
    public let height: UInt64
    public let blockHash: [UInt8]
    /// The number of single entries under the tag at `height`.
    public let head: UInt64
    public let batchCount: UInt64
    public let singles: [Single]
    public let batchEntries: [BatchEntry]
    public let unverified: [UnverifiedBatch]
    /// The batches of `unverified` whose entries are still unknown: all of them as the verifier returns
    /// the listing; `GatewayClient.inbox` removes those it resolves from their manifests. Never dropped:
    /// a client must tell its user that messages may be missing.
    public let unresolvedBatches: [UnverifiedBatch]
    public let next: InboxCursor

    /// Whether the page reaches the head and the last batch: nothing more at `height`.
    public var isComplete: Bool { next.after >= head && next.afterBatch >= batchCount }
}

/// The client's check of an `InboxPage`: nothing in the listing is taken from the gateway's word.
public enum InboxVerifier {
    /// Checks `page` as the answer to `query` on chain `chainID` whose Inbox contract is `inbox`.
    ///
    /// The attestation is verified (see `StateAttestation.verify`; `trustedValidators` and `genesisHash`
    /// go to it); then the proved head and batch count fix which entries and batches a complete page
    /// holds, and each must be proved; each batch's tag proof must verify against the root anchored
    /// on-chain, so a gateway can neither drop nor add an entry for the tag. `notBefore` refuses a page
    /// proved at a lower height than the client already saw (a gateway replaying old state).
    public static func verify(
        _ page: InboxPage, query: InboxQuery, chainID: UInt64, inbox: Address, trustedValidators: ValidatorSet? = nil,
        genesisHash: [UInt8]? = nil, notBefore: UInt64 = 0
    ) throws(InboxVerificationError) -> InboxListing {
        guard page.tag == query.tag else { throw .wrongQuery("it is for tag 0x\(Hex.encode(page.tag))") }
        guard page.cursor == query.cursor else { throw .wrongQuery("it starts at another cursor") }
        let state: VerifiedState
        do {
            state = try page.attestation.verify(chainID: chainID, trustedValidators: trustedValidators, genesisHash: genesisHash)
        } catch {
            throw .attestation(error)
        }
        guard state.height >= notBefore else { throw .stale(height: state.height, required: notBefore) }
        let layout = InboxLayout(contract: inbox)
        let head = try counter(state, layout.head(query.tag), "the tag's head")
        let batchCount = try counter(state, layout.batchCount, "the batch count")
        guard page.head == head else { throw .claimMismatch("head \(page.head), proved \(head)") }
        guard page.batchCount == batchCount else { throw .claimMismatch("batch count \(page.batchCount), proved \(batchCount)") }

        let singleRange = InboxQuery.range(from: query.cursor.after, count: head, limit: query.limit)
        var singles: [InboxListing.Single] = []
        for seq in singleRange {
            let key = layout.entry(query.tag, seq)
            guard state.proves(key) else { throw .missingEntry(seq: seq) }
            guard let value = try? state.value(key), let record = try? InboxEntryRecord(canonical: value), record.seq == seq, record.kind == 0
            else { throw .badRecord("entry \(seq) of the tag") }
            singles.append(InboxListing.Single(seq: seq, cid: record.cid, height: record.height))
        }

        let batchRange = InboxQuery.range(from: query.cursor.afterBatch, count: batchCount, limit: query.batchLimit)
        var proofs: [UInt64: BatchTagProof] = [:]
        for item in page.batches {
            guard batchRange.contains(item.seq) else { throw .claimMismatch("a tag proof for batch \(item.seq), outside the page") }
            guard proofs.updateValue(item.proof, forKey: item.seq) == nil else { throw .missingBatchProof(seq: item.seq) }
        }
        var entries: [InboxListing.BatchEntry] = []
        var unverified: [InboxListing.UnverifiedBatch] = []
        for seq in batchRange {
            let key = layout.batch(seq)
            guard state.proves(key) else { throw .missingBatch(seq: seq) }
            guard let value = try? state.value(key), let record = try? InboxBatchRecord(canonical: value), record.seq == seq else {
                throw .badRecord("batch \(seq)")
            }
            switch proofs[seq] {
            case nil:
                throw .missingBatchProof(seq: seq)
            case let .unavailable(reason):
                unverified.append(InboxListing.UnverifiedBatch(record: record, reason: reason))
            case let .proof(proof):
                guard proof.tag == query.tag else { throw .badBatchProof(seq: seq, "it is for another tag") }
                guard proof.count == Int(record.count) else {
                    throw .badBatchProof(seq: seq, "it counts \(proof.count) entries, the batch anchored \(record.count)")
                }
                guard let cids = InboxBatch.verify(proof, root: record.root) else {
                    throw .badBatchProof(seq: seq, "it does not verify against the anchored root")
                }
                entries += cids.map { InboxListing.BatchEntry(batchSeq: seq, cid: $0, height: record.height) }
            }
        }

        let next = InboxCursor(after: singleRange.upperBound, afterBatch: batchRange.upperBound)
        guard page.next == next else { throw .claimMismatch("next (\(page.next.after), \(page.next.afterBatch)), proved (\(next.after), \(next.afterBatch))") }
        return InboxListing(
            height: state.height, blockHash: state.header.hash, head: head, batchCount: batchCount, singles: singles,
            batchEntries: entries, unverified: unverified, unresolvedBatches: unverified, next: next)
    }

    private static func counter(_ state: VerifiedState, _ key: StateKey, _ what: String) throws(InboxVerificationError) -> UInt64 {
        guard state.proves(key) else { throw .notProven(what) }
        guard let count = try? InboxLayout.counter(state.value(key)) else { throw .badRecord("\(what) is not a u64") }
        return count
    }
}
