import CairnChain
import CairnCrypto
import CairnRPC

/// Where a reading of one inbox tag starts: single entries by the tag's own sequence (`after` is the
/// first seq wanted), batches by the Inbox's global batch sequence (`afterBatch`, the first batch wanted).
public struct InboxCursor: Hashable, Sendable {
    /// The largest cursor value: JSON carries it as an integer (a chain never gets near it).
    public static let maximum = UInt64(Int64.max)

    public var after: UInt64
    public var afterBatch: UInt64

    public init(after: UInt64 = 0, afterBatch: UInt64 = 0) {
        self.after = after
        self.afterBatch = afterBatch
    }

    public var json: JSONValue { ["after": WireFormat.number(after), "afterBatch": WireFormat.number(afterBatch)] }

    public init(json: JSONValue) throws(WireFormatError) {
        self.init(after: try WireFormat.uint64(json["after"], "after"), afterBatch: try WireFormat.uint64(json["afterBatch"], "afterBatch"))
    }
}

/// One request for a tag's entries: `GET /v1/inbox/{tag}?after=&afterBatch=&limit=`.
public struct InboxQuery: Hashable, Sendable {
    /// The most single entries in one page.
    public static let maximumSingles = 256
    /// The most batches in one page: each costs the gateway a manifest and a tree.
    public static let maximumBatches = 64

    public let tag: [UInt8]
    public let cursor: InboxCursor
    /// 1 to `maximumSingles`; the page holds up to `limit` singles and `min(limit, maximumBatches)` batches.
    public let limit: Int

    public init(tag: [UInt8], cursor: InboxCursor = InboxCursor(), limit: Int = maximumSingles) {
        precondition(tag.count == 32, "tags are 32 bytes")
        self.tag = tag
        self.cursor = cursor
        self.limit = min(max(limit, 1), Self.maximumSingles)
    }

    public var batchLimit: Int { min(limit, Self.maximumBatches) }

    /// The request's path and query.
    public var path: String {
        "/v1/inbox/0x\(Hex.encode(tag))?after=\(cursor.after)&afterBatch=\(cursor.afterBatch)&limit=\(limit)"
    }

    /// The seqs a complete page holds, given a tag head (or batch count) of `count`: from `first`,
    /// at most `limit`, none past `count`.
    public static func range(from first: UInt64, count: UInt64, limit: Int) -> Range<UInt64> {
        guard first < count else { return first..<first }
        return first..<(first + min(count - first, UInt64(limit)))
    }
}

/// What a gateway has for one batch of a page: the proof of what the batch holds for the tag, or why it
/// cannot give one (it does not hold the batch's manifest, or the manifest does not match the root).
public enum BatchTagProof: Hashable, Sendable {
    case proof(InboxBatch.TagProof)
    case unavailable(String)
}

/// The gateway's answer for one inbox tag, proved at one block: the attestation holds the tag's head,
/// its single entries in the page's range, the batch count and the batches in the page's range; each of
/// those batches comes with its `BatchTagProof`. `head`, `batchCount` and `next` are the gateway's claims:
/// `InboxVerifier` checks them against the proofs.
///
/// JSON: `{"tag", "after", "afterBatch", "head", "batchCount", "attestation": StateAttestation,
/// "batches": [{"seq": n, "proof": TagProof} | {"seq": n, "unavailable": "why"}], "next": {"after", "afterBatch"}}`.
public struct InboxPage: Hashable, Sendable {
    /// One batch's tag proof, by the batch's seq.
    public struct Batch: Hashable, Sendable {
        public var seq: UInt64
        public var proof: BatchTagProof

        public init(seq: UInt64, proof: BatchTagProof) {
            self.seq = seq
            self.proof = proof
        }
    }

    public var tag: [UInt8]
    public var cursor: InboxCursor
    public var head: UInt64
    public var batchCount: UInt64
    public var attestation: StateAttestation
    public var batches: [Batch]
    public var next: InboxCursor

    public init(tag: [UInt8], cursor: InboxCursor, head: UInt64, batchCount: UInt64, attestation: StateAttestation, batches: [Batch],
                next: InboxCursor) {
        self.tag = tag
        self.cursor = cursor
        self.head = head
        self.batchCount = batchCount
        self.attestation = attestation
        self.batches = batches
        self.next = next
    }

    public var json: JSONValue {
        [
            "tag": WireFormat.hex(tag), "after": WireFormat.number(cursor.after), "afterBatch": WireFormat.number(cursor.afterBatch),
            "head": WireFormat.number(head), "batchCount": WireFormat.number(batchCount), "attestation": attestation.json,
            "batches": .array(batches.map { batch -> JSONValue in
                switch batch.proof {
                case let .proof(proof): ["seq": WireFormat.number(batch.seq), "proof": proof.json]
                case let .unavailable(reason): ["seq": WireFormat.number(batch.seq), "unavailable": .string(reason)]
                }
            }),
            "next": next.json,
        ]
    }

    public init(json: JSONValue) throws(WireFormatError) {
        guard case .object = json else { throw .malformed("an inbox page is a JSON object") }
        let batches = try WireFormat.array(json["batches"], "batches", maximum: InboxQuery.maximumBatches).map {
            (item: JSONValue) throws(WireFormatError) -> Batch in
            let seq = try WireFormat.uint64(item["seq"], "seq")
            if let proof = item["proof"], !proof.isNull { return Batch(seq: seq, proof: .proof(try InboxBatch.TagProof(json: proof))) }
            guard let reason = item["unavailable"]?.string else { throw .malformed("a batch has neither 'proof' nor 'unavailable'") }
            return Batch(seq: seq, proof: .unavailable(String(reason.prefix(200))))
        }
        guard let attestation = json["attestation"], let next = json["next"] else { throw .malformed("'attestation' or 'next' is missing") }
        self.init(
            tag: try WireFormat.bytes(json["tag"], "tag", count: 32), cursor: try InboxCursor(json: json),
            head: try WireFormat.uint64(json["head"], "head"), batchCount: try WireFormat.uint64(json["batchCount"], "batchCount"),
            attestation: try StateAttestation(json: attestation), batches: batches, next: try InboxCursor(json: next))
    }
}
