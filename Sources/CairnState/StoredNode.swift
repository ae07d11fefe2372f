/// Where one stored copy of a tree node lives: the height whose block wrote this copy, and the node's hash.
///
/// The same node (same hash) can be written again by a later block, for instance when a value comes back;
/// each write is its own copy with its own life span, so pruning one never removes a node a newer tree needs.
struct NodeKey: Hashable {
    let version: UInt64
    let hash: MerkleHash
}

/// A tree node as the database stores it: the node, plus the version of the copy each child pointer names.
struct StoredNode {
    let node: MerkleNode
    /// The version of the left child's copy; 0 for a leaf and for an empty child.
    let leftVersion: UInt64
    let rightVersion: UInt64

    /// A leaf, or a branch whose children are copies at the given versions.
    init(_ node: MerkleNode, leftVersion: UInt64 = 0, rightVersion: UInt64 = 0) {
        self.node = node
        self.leftVersion = leftVersion
        self.rightVersion = rightVersion
    }

    /// The node's 65-byte form (what its hash covers), then for a branch the two child versions, big-endian.
    var encoded: [UInt8] {
        var out = node.encoded
        guard !node.isLeaf else { return out }
        out.reserveCapacity(81)
        withUnsafeBytes(of: leftVersion.bigEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: rightVersion.bigEndian) { out.append(contentsOf: $0) }
        return out
    }

    /// Reads the stored form back and checks it hashes to `hash`; nil for anything else.
    init?(encoded bytes: [UInt8], hash: MerkleHash) {
        guard bytes.count >= 65, let node = MerkleNode(encoded: Array(bytes[0..<65])), node.hash == hash else { return nil }
        switch node {
        case .leaf:
            guard bytes.count == 65 else { return nil }
            self.init(node)
        case .branch:
            guard bytes.count == 81 else { return nil }
            self.init(node, leftVersion: Self.word(bytes, at: 65), rightVersion: Self.word(bytes, at: 73))
        }
    }

    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
    }
}

/// A bounded cache of stored nodes, kept across blocks so that the upper levels of the tree, which every
/// block walks through, are read from SQLite once rather than once per block.
///
/// Two generations instead of a true LRU: lookups hit the young dictionary, or promote from the old one;
/// when the young one is full, the old one is dropped and the young one takes its place. That costs no
/// per-entry bookkeeping and keeps anything used within the last `generationSize` insertions.
/// Entries never go stale: a copy `(version, hash)` never changes, and a pruned copy is only reachable
/// from a pruned root, which the database refuses before any node is read.
final class NodeCache {
    private var young: [NodeKey: StoredNode] = [:]
    private var old: [NodeKey: StoredNode] = [:]
    let generationSize: Int

    init(generationSize: Int) {
        precondition(generationSize > 0, "a cache holds at least one node")
        self.generationSize = generationSize
        young.reserveCapacity(generationSize)
    }

    subscript(key: NodeKey) -> StoredNode? {
        if let node = young[key] { return node }
        guard let node = old[key] else { return nil }
        insert(node, at: key)
        return node
    }

    func insert(_ node: StoredNode, at key: NodeKey) {
        if young.count >= generationSize {
            old = young
            young = [:]
            young.reserveCapacity(generationSize)
        }
        young[key] = node
    }

    /// The number of nodes held (both generations; a promoted node may be counted twice).
    var count: Int { young.count + old.count }
}

/// Reads one version of the tree from the `nodes` table (through the cache), following the versions the
/// parents name. It learns each node's version from the parent it was reached through, starting at the root.
final class StoredNodeReader: MerkleNodeReader {
    private let connection: SQLiteConnection
    private let cache: NodeCache
    /// The version of every node reached so far in this tree (each hash occurs once in a tree).
    private(set) var versions: [MerkleHash: UInt64]

    init(connection: SQLiteConnection, cache: NodeCache, root: MerkleHash, rootVersion: UInt64) {
        self.connection = connection
        self.cache = cache
        versions = [root: rootVersion]
    }

    func node(_ hash: MerkleHash) throws -> MerkleNode {
        guard let version = versions[hash] else {
            // The tree algorithms only ask for the root and for children of nodes they have read.
            throw StateDatabaseError.corrupt("tree node \(hash) was reached without its parent")
        }
        let key = NodeKey(version: version, hash: hash)
        let stored: StoredNode
        if let cached = cache[key] {
            stored = cached
        } else {
            var bytes: [UInt8]?
            try connection.run("SELECT node FROM nodes WHERE version = ? AND hash = ?",
                               [.integer(Int64(bitPattern: version)), .blob(hash.bytes)]) { row in bytes = row.blob(0) }
            guard let bytes else { throw StateTreeError.missingNode(hash) }
            guard let decoded = StoredNode(encoded: bytes, hash: hash) else {
                throw StateDatabaseError.corrupt("tree node \(hash) at version \(version) does not hash to its key")
            }
            stored = decoded
            cache.insert(stored, at: key)
        }
        if case let .branch(left, right) = stored.node {
            if !left.isEmpty { versions[left] = stored.leftVersion }
            if !right.isEmpty { versions[right] = stored.rightVersion }
        }
        return stored.node
    }
}
