import CairnCrypto

/// One node of the state tree: a leaf (a key's path and its value's hash) or a branch of two subtrees.
///
/// A node is stored under its own hash, so a tree version is nothing but its root: versions share
/// every subtree they have in common, and a node once written never changes.
public enum MerkleNode: Hashable, Sendable {
    /// One key: its 256-bit path and SHA-256 of its value.
    case leaf(path: MerkleHash, valueHash: MerkleHash)
    /// Two subtrees, either of which may be empty (but never both, and never an empty one beside a lone leaf).
    case branch(left: MerkleHash, right: MerkleHash)

    /// Domain tags: a leaf can never hash like a branch, so a proof cannot pass one off as the other.
    static let leafTag: UInt8 = 0x00
    static let branchTag: UInt8 = 0x01

    /// The node's hash: H(0x00 ‖ path ‖ valueHash) or H(0x01 ‖ left ‖ right).
    public var hash: MerkleHash {
        switch self {
        case let .leaf(path, valueHash): MerkleNode.hash(tag: MerkleNode.leafTag, path, valueHash)
        case let .branch(left, right): MerkleNode.hash(tag: MerkleNode.branchTag, left, right)
        }
    }

    /// Whether this is a leaf.
    public var isLeaf: Bool {
        if case .leaf = self { return true }
        return false
    }

    /// The 65-byte stored form: the domain tag, then the two hashes.
    public var encoded: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(65)
        switch self {
        case let .leaf(path, valueHash):
            out.append(MerkleNode.leafTag)
            path.append(to: &out)
            valueHash.append(to: &out)
        case let .branch(left, right):
            out.append(MerkleNode.branchTag)
            left.append(to: &out)
            right.append(to: &out)
        }
        return out
    }

    /// Reads the stored form back; nil for anything that is not exactly a tag and two hashes.
    public init?(encoded bytes: [UInt8]) {
        guard bytes.count == 65,
            let first = MerkleHash(bytes: bytes[1..<33]),
            let second = MerkleHash(bytes: bytes[33..<65])
        else { return nil }
        switch bytes[0] {
        case MerkleNode.leafTag: self = .leaf(path: first, valueHash: second)
        case MerkleNode.branchTag: self = .branch(left: first, right: second)
        default: return nil
        }
    }

    static func hash(tag: UInt8, _ a: MerkleHash, _ b: MerkleHash) -> MerkleHash {
        var input = [UInt8]()
        input.reserveCapacity(65)
        input.append(tag)
        a.append(to: &input)
        b.append(to: &input)
        return MerkleHash.digest(input)
    }
}

/// Where the tree algorithms read nodes from: a dictionary in memory, SQLite in a node.
protocol MerkleNodeReader {
    /// The node stored under `hash`; throws if it is missing (a store that lost a node is corrupt).
    func node(_ hash: MerkleHash) throws -> MerkleNode
}

/// One key's change in a batch: its path and its new value's hash, or nil to delete it.
struct MerkleChange {
    let path: MerkleHash
    let valueHash: MerkleHash?
}

/// A batch update of the tree: walks down only the subtrees that contain a change, rebuilds them,
/// and collects the nodes it creates so the caller can store them (in memory, or in one SQLite transaction).
///
/// Compaction rule: a subtree holding exactly one leaf *is* that leaf (its hash binds the full path, so it
/// may sit at any depth), and a subtree holding none is `MerkleHash.empty`. Depth is then about log2(n),
/// not 256, and the shape depends only on the set of keys, so any insertion order gives the same root.
struct MerkleUpdate<Reader: MerkleNodeReader> {
    let reader: Reader
    /// Nodes created by this update, by hash.
    private(set) var created: [MerkleHash: MerkleNode] = [:]
    /// Nodes of the old tree this update replaced (each walked into with a change below it), in walk order.
    /// None of them is in the new tree except as a node in `created`: a store that keeps copies per height
    /// (`StateDatabase`) records them as orphaned at this height, which is what pruning needs.
    private(set) var replaced: [MerkleHash] = []

    init(reader: Reader) {
        self.reader = reader
    }

    /// Applies `changes` (sorted by path, one per path) to the tree under `root`; returns the new root.
    mutating func apply(_ changes: [MerkleChange], to root: MerkleHash) throws -> MerkleHash {
        try update(root, depth: 0, changes[...])
    }

    private func node(_ hash: MerkleHash) throws -> MerkleNode {
        if let node = created[hash] { return node }
        return try reader.node(hash)
    }

    private mutating func update(_ hash: MerkleHash, depth: Int, _ changes: ArraySlice<MerkleChange>) throws -> MerkleHash {
        if changes.isEmpty { return hash }
        if hash.isEmpty {
            return build(changes.compactMap { change in change.valueHash.map { (change.path, $0) } }[...], depth: depth)
        }
        let old = try node(hash)
        replaced.append(hash)
        switch old {
        case let .leaf(path, valueHash):
            // The existing leaf stays unless a change names its path; then everything here is rebuilt.
            var leaves: [(MerkleHash, MerkleHash)] = []
            leaves.reserveCapacity(changes.count + 1)
            var placed = changes.contains { $0.path == path }
            for change in changes {
                if !placed, path < change.path {
                    leaves.append((path, valueHash))
                    placed = true
                }
                if let newValue = change.valueHash { leaves.append((change.path, newValue)) }
            }
            if !placed { leaves.append((path, valueHash)) }
            return build(leaves[...], depth: depth)
        case let .branch(left, right):
            // Changes here share the first `depth` bits and are sorted, so the 0s at `depth` come first.
            let split = changes.firstIndex { $0.path.bit(depth) } ?? changes.endIndex
            let newLeft = try update(left, depth: depth + 1, changes[..<split])
            let newRight = try update(right, depth: depth + 1, changes[split...])
            return try combine(newLeft, newRight)
        }
    }

    /// Joins two rebuilt subtrees, collapsing a lone leaf upwards so the compaction rule holds.
    private mutating func combine(_ left: MerkleHash, _ right: MerkleHash) throws -> MerkleHash {
        if left.isEmpty, right.isEmpty { return .empty }
        if left.isEmpty, try node(right).isLeaf { return right }
        if right.isEmpty, try node(left).isLeaf { return left }
        return record(.branch(left: left, right: right))
    }

    /// The subtree at `depth` holding exactly `leaves` (sorted by path, distinct).
    private mutating func build(_ leaves: ArraySlice<(MerkleHash, MerkleHash)>, depth: Int) -> MerkleHash {
        switch leaves.count {
        case 0:
            return .empty
        case 1:
            let leaf = leaves[leaves.startIndex]
            return record(.leaf(path: leaf.0, valueHash: leaf.1))
        default:
            // Two distinct paths differ somewhere in 256 bits, so recursion ends before depth 256.
            precondition(depth < 256, "distinct paths")
            let split = leaves.firstIndex { $0.0.bit(depth) } ?? leaves.endIndex
            let left = build(leaves[..<split], depth: depth + 1)
            let right = build(leaves[split...], depth: depth + 1)
            return record(.branch(left: left, right: right))
        }
    }

    private mutating func record(_ node: MerkleNode) -> MerkleHash {
        let hash = node.hash
        created[hash] = node
        return hash
    }
}

extension MerkleNodeReader {
    /// The proof for the key with path `path` in the tree under `root`.
    func proof(path: MerkleHash, root: MerkleHash) throws -> StateProof {
        var siblings: [MerkleHash] = []
        var hash = root
        while !hash.isEmpty {
            switch try node(hash) {
            case let .leaf(leafPath, valueHash):
                let other = leafPath == path ? nil : StateProof.Leaf(path: leafPath, valueHash: valueHash)
                return StateProof(siblings: siblings, leaf: other)
            case let .branch(left, right):
                if path.bit(siblings.count) {
                    siblings.append(left)
                    hash = right
                } else {
                    siblings.append(right)
                    hash = left
                }
            }
        }
        return StateProof(siblings: siblings, leaf: nil)
    }
}
