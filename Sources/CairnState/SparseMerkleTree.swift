import CairnCrypto

/// Why the state tree could not answer.
public enum StateTreeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A node the tree refers to is not in its store: the store is incomplete or corrupt.
    case missingNode(MerkleHash)

    public var description: String {
        switch self {
        case let .missingNode(hash): "state tree node \(hash) is missing from the store"
        }
    }
}

/// The authenticated state tree held in memory: a compact sparse Merkle tree over `StateKey`s.
///
/// Each key sits at the 256-bit path SHA-256(key bytes). Leaf = H(0x00 ‖ path ‖ SHA-256(value)),
/// branch = H(0x01 ‖ left ‖ right), empty = 32 zero bytes, and a subtree holding one leaf is that leaf,
/// so paths are about log2(n) deep. The root depends only on the key/value set, never on the order of
/// writes. Nodes are stored by hash and never removed, so every root this tree has had stays provable
/// (`proof(for:atRoot:)`); the SQLite store (`StateDatabase`) prunes by height instead.
public struct SparseMerkleTree: Sendable {
    /// The current root; `MerkleHash.empty` for an empty tree.
    public private(set) var root: MerkleHash = .empty
    /// The current value of every key.
    public private(set) var values: [StateKey: [UInt8]] = [:]
    private var nodes = NodeTable()

    /// An empty tree.
    public init() {}

    /// The tree holding exactly `entries`.
    public init(_ entries: [StateKey: [UInt8]]) {
        apply(entries.mapValues { Optional($0) })
    }

    /// The number of keys.
    public var count: Int { values.count }

    /// The value under `key`, or nil.
    public func value(for key: StateKey) -> [UInt8]? { values[key] }

    /// Applies a batch of writes (a value) and deletes (nil) and recomputes the root once.
    @discardableResult
    public mutating func apply(_ writes: [StateKey: [UInt8]?]) -> MerkleHash {
        for (key, value) in writes { values[key] = value }
        var update = MerkleUpdate(reader: nodes)
        let changes = Self.changes(writes)
        // Every node under the current root is in `nodes`, so a missing one is a bug here, not bad input.
        guard let newRoot = try? update.apply(changes, to: root) else { preconditionFailure("in-memory tree lost a node") }
        nodes.storage.merge(update.created) { old, _ in old }
        root = newRoot
        return newRoot
    }

    /// The proof for `key` under the current root.
    public func proof(for key: StateKey) -> StateProof {
        guard let proof = try? nodes.proof(path: .path(of: key), root: root) else {
            preconditionFailure("in-memory tree lost a node")
        }
        return proof
    }

    /// The proof for `key` under an earlier root of this tree.
    public func proof(for key: StateKey, atRoot root: MerkleHash) throws(StateTreeError) -> StateProof {
        do {
            return try nodes.proof(path: .path(of: key), root: root)
        } catch let error as StateTreeError {
            throw error
        } catch {
            preconditionFailure("the node table throws only StateTreeError")
        }
    }

    /// A batch as tree changes: one per key, sorted by path.
    static func changes(_ writes: [StateKey: [UInt8]?]) -> [MerkleChange] {
        writes.map { key, value in
            MerkleChange(path: .path(of: key), valueHash: value.map { MerkleHash.digest($0) })
        }.sorted { $0.path < $1.path }
    }
}

/// Tree nodes in a dictionary.
struct NodeTable: MerkleNodeReader, Sendable {
    var storage: [MerkleHash: MerkleNode] = [:]

    func node(_ hash: MerkleHash) throws -> MerkleNode {
        guard let node = storage[hash] else { throw StateTreeError.missingNode(hash) }
        return node
    }
}
