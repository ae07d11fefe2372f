import CairnCodec
import CairnCrypto

/// A proof that a key holds a value, or holds none, under a state root; checked with nothing but the root.
///
/// The proof is the list of sibling hashes on the key's path from the root down to where the path ends:
/// at the key's own leaf (inclusion), at an empty subtree, or at another key's leaf (both non-inclusion;
/// the other leaf is then carried so the verifier can hash it).
///
/// Canonical encoding: varint depth (at most 256), a bitmap of `ceil(depth / 8)` bytes with bit i
/// (most significant first) set when the sibling at depth i is non-empty (padding bits zero), the
/// non-empty siblings raw, top-down, then an optional other leaf (0x00, or 0x01 + path + value hash).
/// At 1M keys a proof is about 21 siblings: ~700 bytes; empty siblings cost one bit.
public struct StateProof: CanonicalCodable, Hashable, Sendable {
    /// Another key's leaf found where the proven key's path ends.
    public struct Leaf: Hashable, Sendable {
        /// That key's path.
        public let path: MerkleHash
        /// SHA-256 of that key's value.
        public let valueHash: MerkleHash

        /// A leaf as found in the tree.
        public init(path: MerkleHash, valueHash: MerkleHash) {
            self.path = path
            self.valueHash = valueHash
        }
    }

    /// The deepest a path can go: one level per bit.
    public static let maxDepth = 256

    /// Sibling hashes from the root down, one per level; `MerkleHash.empty` for an empty sibling.
    public var siblings: [MerkleHash]
    /// For non-inclusion, the other key's leaf where the path ends, if the path ends at a leaf.
    public var leaf: Leaf?

    /// A proof from its parts; `verify` checks everything, so any parts may be given.
    public init(siblings: [MerkleHash], leaf: Leaf?) {
        self.siblings = siblings
        self.leaf = leaf
    }

    /// Whether this proves that `key` holds `value` (or, for nil, holds nothing) under `root`.
    public func verify(root: MerkleHash, key: StateKey, value: [UInt8]?) -> Bool {
        guard siblings.count <= Self.maxDepth else { return false }
        let path = MerkleHash.path(of: key)
        var hash: MerkleHash
        if let value {
            guard leaf == nil else { return false }
            hash = MerkleNode.leaf(path: path, valueHash: .digest(value)).hash
        } else if let leaf {
            // The other leaf must be another key in the same subtree, or it proves nothing about this path.
            guard leaf.path != path, (0..<siblings.count).allSatisfy({ leaf.path.bit($0) == path.bit($0) }) else {
                return false
            }
            hash = MerkleNode.leaf(path: leaf.path, valueHash: leaf.valueHash).hash
        } else {
            hash = .empty
        }
        for depth in siblings.indices.reversed() {
            let sibling = siblings[depth]
            hash = path.bit(depth)
                ? MerkleNode.branch(left: sibling, right: hash).hash
                : MerkleNode.branch(left: hash, right: sibling).hash
        }
        return hash == root
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeVarint(UInt64(siblings.count))
        var bitmap = [UInt8](repeating: 0, count: (siblings.count + 7) / 8)
        for (depth, sibling) in siblings.enumerated() where !sibling.isEmpty {
            bitmap[depth / 8] |= 0x80 >> UInt8(depth % 8)
        }
        writer.writeFixed(bitmap)
        for sibling in siblings where !sibling.isEmpty {
            writer.writeFixed(sibling.bytes)
        }
        writer.writeOptional(leaf) { writer, leaf in
            writer.writeFixed(leaf.path.bytes)
            writer.writeFixed(leaf.valueHash.bytes)
        }
    }

    public init(from reader: inout CanonicalReader) throws {
        let depth = try reader.readLength(limit: Self.maxDepth)
        let bitmap = try reader.readFixed(count: (depth + 7) / 8)
        // Padding bits must be zero, and a marked sibling must not be the empty hash: one proof, one encoding.
        if depth % 8 != 0, let last = bitmap.last, last & (0xff >> UInt8(depth % 8)) != 0 {
            throw CodecError.invalidValue("state proof bitmap has padding bits set")
        }
        var siblings: [MerkleHash] = []
        siblings.reserveCapacity(depth)
        for index in 0..<depth {
            guard bitmap[index / 8] & (0x80 >> UInt8(index % 8)) != 0 else {
                siblings.append(.empty)
                continue
            }
            let sibling = try Self.readHash(&reader)
            guard !sibling.isEmpty else { throw CodecError.invalidValue("state proof marks an empty sibling as present") }
            siblings.append(sibling)
        }
        let leaf = try reader.readOptional { reader in
            Leaf(path: try Self.readHash(&reader), valueHash: try Self.readHash(&reader))
        }
        self.init(siblings: siblings, leaf: leaf)
    }

    private static func readHash(_ reader: inout CanonicalReader) throws -> MerkleHash {
        let bytes = try reader.readFixed(count: MerkleHash.byteCount)
        return MerkleHash.fromDigest(bytes)
    }
}
