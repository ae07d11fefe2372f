import CairnCodec
import CairnCrypto
import CairnState

/// One anchoring in a batch: a CID under an inbox tag.
public struct InboxBatchEntry: Hashable, Sendable, Comparable {
    public let tag: [UInt8]
    public let cid: [UInt8]

    public init(tag: [UInt8], cid: [UInt8]) {
        precondition(tag.count == 32, "tags are 32 bytes")
        self.tag = tag
        self.cid = cid
    }

    /// The leaf's bytes: `tag 32 ‖ cid` as canonical bytes (length-prefixed).
    public var leaf: [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(tag)
        writer.writeBytes(cid)
        return writer.bytes
    }

    /// By tag, then CID: all the entries of one tag are neighbours in a batch.
    public static func < (lhs: InboxBatchEntry, rhs: InboxBatchEntry) -> Bool {
        lhs.tag != rhs.tag ? lhs.tag.lexicographicallyPrecedes(rhs.tag) : lhs.cid.lexicographicallyPrecedes(rhs.cid)
    }
}

/// A batch of anchorings committed by one `Inbox.anchorBatch` root: an RFC 6962 Merkle tree
/// (`ListMerkleTree`) over the entries sorted by tag and CID, without duplicates.
///
/// Because entries are sorted, those of one tag sit side by side, and a `TagProof` (them, plus the entry
/// on each side) shows a client not only that its entries are in the batch but that the batch holds no
/// other entry for its tag: a gateway cannot leave one out.
public struct InboxBatch: Sendable {
    public let entries: [InboxBatchEntry]
    public let root: [UInt8]

    public init(_ entries: [InboxBatchEntry]) {
        self.entries = Array(Set(entries)).sorted()
        root = ListMerkleTree.root(self.entries.map(\.leaf))
    }

    /// An entry at its place in the batch, with its path to the root.
    public struct Member: Hashable, Sendable {
        public let entry: InboxBatchEntry
        public let index: Int
        public let path: [[UInt8]]

        public init(entry: InboxBatchEntry, index: Int, path: [[UInt8]]) {
            self.entry = entry
            self.index = index
            self.path = path
        }

        public func verifies(root: [UInt8], count: Int) -> Bool {
            ListMerkleTree.verify(item: entry.leaf, index: index, count: count, proof: path, root: root)
        }
    }

    /// Every entry of one tag in a batch, and the entries just before and after them.
    public struct TagProof: Hashable, Sendable {
        public let tag: [UInt8]
        public let count: Int
        public let members: [Member]
        /// The last entry of a smaller tag; nil when the tag's entries start the batch.
        public let before: Member?
        /// The first entry of a larger tag; nil when they end it.
        public let after: Member?

        /// A proof as received (from a gateway): nothing is trusted until `InboxBatch.verify`.
        public init(tag: [UInt8], count: Int, members: [Member], before: Member?, after: Member?) {
            self.tag = tag
            self.count = count
            self.members = members
            self.before = before
            self.after = after
        }
    }

    /// The proof of what the batch holds for `tag` (possibly nothing).
    public func proof(tag: [UInt8]) -> TagProof {
        let start = entries.firstIndex { !($0.tag.lexicographicallyPrecedes(tag)) } ?? entries.count
        var end = start
        while end < entries.count && entries[end].tag == tag { end += 1 }
        // One pass over the tree for all the paths: a tag may hold every entry of a large batch.
        let indices = Array(start..<end) + (start > 0 ? [start - 1] : []) + (end < entries.count ? [end] : [])
        let paths = Dictionary(uniqueKeysWithValues: zip(indices, ListMerkleTree.proofs(entries.map(\.leaf), indices: indices)))
        func member(_ index: Int) -> Member { Member(entry: entries[index], index: index, path: paths[index] ?? []) }
        return TagProof(
            tag: tag, count: entries.count, members: (start..<end).map(member),
            before: start > 0 ? member(start - 1) : nil, after: end < entries.count ? member(end) : nil)
    }

    /// The CIDs `proof` shows the batch with `root` holds for its tag, all of them; nil if the proof does
    /// not hold (a member or neighbour that does not verify, a gap, a neighbour of the same tag, a tag that
    /// could sit outside the neighbours).
    public static func verify(_ proof: TagProof, root: [UInt8]) -> [[UInt8]]? {
        let count = proof.count
        guard count >= 0, proof.tag.count == 32 else { return nil }
        // The members are the indices first..<next, in order, all of the tag.
        let first = proof.members.first?.index ?? (proof.before.map { $0.index + 1 } ?? 0)
        for (offset, member) in proof.members.enumerated() {
            guard member.index == first + offset, member.entry.tag == proof.tag, member.verifies(root: root, count: count) else { return nil }
            if offset > 0, !(proof.members[offset - 1].entry < member.entry) { return nil }
        }
        let next = first + proof.members.count
        // Left edge: the batch's start, or an entry of a smaller tag right before.
        if let before = proof.before {
            guard before.index == first - 1, before.entry.tag.lexicographicallyPrecedes(proof.tag), before.verifies(root: root, count: count)
            else { return nil }
        } else {
            guard first == 0 else { return nil }
        }
        // Right edge: the batch's end, or an entry of a larger tag right after.
        if let after = proof.after {
            guard after.index == next, proof.tag.lexicographicallyPrecedes(after.entry.tag), after.verifies(root: root, count: count)
            else { return nil }
        } else {
            guard next == count else { return nil }
        }
        // An empty batch has the root of an empty list; anything else needs an entry to tie it to the root.
        if proof.members.isEmpty && proof.before == nil && proof.after == nil {
            guard count == 0, root == ListMerkleTree.root([]) else { return nil }
        }
        return proof.members.map(\.entry.cid)
    }
}

extension InboxBatch {
    /// The most entries a manifest may list, so that a hostile manifest cannot make a reader allocate
    /// without bound (a batch of this size is about 1.3 MB of manifest).
    public static let maximumEntries = 10_000

    /// The batch's manifest, the blob whose CID `anchorBatch` records: the magic `cairn-batch-v1`, then
    /// `count u32` and each entry as `tag 32 ‖ cid bytes` in batch order. Anyone holding it can rebuild the
    /// tree and so prove, for any tag, what the batch holds.
    public var manifest: [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(Self.manifestMagic)
        writer.writeUInt32(UInt32(entries.count))
        for entry in entries {
            writer.writeFixed(entry.tag)
            writer.writeBytes(entry.cid)
        }
        return writer.bytes
    }

    /// Rebuilds a batch from its manifest. Only the canonical form is accepted (entries strictly in
    /// order, no trailing bytes), so one batch has one manifest; the caller still compares `root` with
    /// the root anchored on-chain.
    public init(manifest bytes: [UInt8]) throws(CodecError) {
        var reader = CanonicalReader(bytes)
        guard try reader.readFixed(count: Self.manifestMagic.count) == Self.manifestMagic else {
            throw .invalidValue("not a Cairn batch manifest")
        }
        let count = Int(try reader.readUInt32())
        guard count <= Self.maximumEntries else { throw .invalidValue("a batch manifest lists at most \(Self.maximumEntries) entries") }
        var entries: [InboxBatchEntry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let tag = try reader.readFixed(count: 32)
            let cid = try reader.readBytes(maxLength: 64)
            let entry = InboxBatchEntry(tag: tag, cid: cid)
            if let last = entries.last, !(last < entry) { throw .invalidValue("batch manifest entries are not in strict order") }
            entries.append(entry)
        }
        try reader.finish()
        self.init(entries)
    }

    static let manifestMagic = Array("cairn-batch-v1".utf8)
}
