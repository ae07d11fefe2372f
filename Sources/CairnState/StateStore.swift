import CairnCrypto

/// A key in the chain's single flat key space: a namespace byte, then the namespace's own key.
///
/// One flat space (rather than a table per kind) lets one authenticated tree commit to accounts,
/// code and contract storage together, so a single root proves any of them.
public struct StateKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Namespaces of the key space; the raw value is the key's first byte.
    public enum Namespace: UInt8, Sendable {
        case account = 0x01
        case code = 0x02
        case storage = 0x03
    }

    /// The full key: namespace byte first.
    public let bytes: [UInt8]

    /// Wraps raw key bytes (as read back from a store); the first byte must name a namespace.
    public init?(bytes: [UInt8]) {
        guard let first = bytes.first, Namespace(rawValue: first) != nil else { return nil }
        self.bytes = bytes
    }

    private init(_ namespace: Namespace, _ rest: [UInt8]) {
        bytes = [namespace.rawValue] + rest
    }

    /// An account's balance, nonce and code hash.
    public static func account(_ address: Address) -> StateKey { StateKey(.account, address.bytes) }

    /// Contract code, stored once per distinct code hash.
    public static func code(hash: [UInt8]) -> StateKey {
        precondition(hash.count == 32, "code hashes are 32 bytes")
        return StateKey(.code, hash)
    }

    /// One slot of a contract's storage.
    public static func storage(_ contract: Address, _ key: [UInt8]) -> StateKey {
        StateKey(.storage, contract.bytes + key)
    }

    /// The namespace this key lives in.
    public var namespace: Namespace { Namespace(rawValue: bytes[0])! }

    public static func < (a: StateKey, b: StateKey) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    public var description: String { Hex.encode(bytes) }
}

/// Where state lives: the VM and the chain read and write through this, so the same execution runs on
/// an in-memory map in tests and on the authenticated SQLite store in a node.
///
/// Errors thrown here are failures of the store itself (disk, corruption), never of a transaction:
/// the caller must stop rather than commit a block built on a failed read.
public protocol StateStore: AnyObject {
    /// The value under `key`, or nil if absent.
    func get(_ key: StateKey) throws -> [UInt8]?
    /// Writes `value` under `key` (an empty value is present, not absent).
    func set(_ key: StateKey, _ value: [UInt8]) throws
    /// Removes `key`; removing an absent key does nothing.
    func delete(_ key: StateKey) throws
}

/// A state store held in memory: for tests, simulations and scratch execution.
public final class MemoryStateStore: StateStore {
    /// Every key and value.
    public private(set) var entries: [StateKey: [UInt8]] = [:]

    public init() {}

    public func get(_ key: StateKey) throws -> [UInt8]? { entries[key] }
    public func set(_ key: StateKey, _ value: [UInt8]) throws { entries[key] = value }
    public func delete(_ key: StateKey) throws { entries[key] = nil }

    /// SHA-256 over every entry in key order: equal digests mean equal state.
    public var digest: [UInt8] {
        var hasher = SHA256()
        for key in entries.keys.sorted() {
            let value = entries[key]!
            hasher.update(lengthPrefix(key.bytes.count))
            hasher.update(key.bytes)
            hasher.update(lengthPrefix(value.count))
            hasher.update(value)
        }
        return hasher.finalize()
    }

    private func lengthPrefix(_ count: Int) -> [UInt8] {
        withUnsafeBytes(of: UInt32(count).bigEndian) { Array($0) }
    }
}

/// Writes buffered over a parent store, applied only by `commit()`.
///
/// This is how a call that fails changes nothing: each call (and each nested call) runs on its own
/// overlay, and only a successful one is committed into its parent.
public final class StateOverlay: StateStore {
    /// The store reads fall through to and commits go into.
    public let parent: StateStore
    /// Pending writes: a value, or nil for a deletion.
    public private(set) var writes: [StateKey: [UInt8]?] = [:]

    public init(parent: StateStore) {
        self.parent = parent
    }

    public func get(_ key: StateKey) throws -> [UInt8]? {
        if let pending = writes[key] { return pending }
        return try parent.get(key)
    }

    public func set(_ key: StateKey, _ value: [UInt8]) throws { writes[key] = .some(value) }
    public func delete(_ key: StateKey) throws { writes[key] = .some(nil) }

    /// Applies the pending writes to the parent in key order (so a durable parent sees the same sequence
    /// on every machine) and clears them.
    public func commit() throws {
        for key in writes.keys.sorted() {
            if let value = writes[key]! {
                try parent.set(key, value)
            } else {
                try parent.delete(key)
            }
        }
        writes.removeAll()
    }

    /// Drops the pending writes.
    public func discard() { writes.removeAll() }
}
