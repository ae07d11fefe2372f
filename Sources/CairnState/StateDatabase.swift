import CSQLite

/// Why the state database failed; any of these means the node must stop, not carry on with a guess.
public enum StateDatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// SQLite reported an error (disk full, I/O error, locked, …).
    case sqlite(code: Int32, message: String)
    /// The database was used after `close()`.
    case closed
    /// No block was committed at this height (never, or not yet).
    case unknownHeight(UInt64)
    /// Blocks commit in order: the next height must be `expected`.
    case heightOutOfOrder(expected: UInt64, got: UInt64)
    /// This block's writer already committed (or was prepared, which freezes its writes); start a new block.
    case writerFinished
    /// Stored bytes are not what this code wrote: the file is damaged or from another program.
    case corrupt(String)

    public var description: String {
        switch self {
        case let .sqlite(code, message): "state database: SQLite error \(code): \(message)"
        case .closed: "state database: used after close"
        case let .unknownHeight(height): "state database: no state at height \(height)"
        case let .heightOutOfOrder(expected, got): "state database: committing height \(got), expected \(expected)"
        case .writerFinished: "state database: this block's writer has already committed"
        case let .corrupt(detail): "state database is corrupt: \(detail)"
        }
    }
}

/// Chain state in SQLite under the sparse Merkle tree: a root per block height, values and tree nodes kept
/// per height, and proofs for any key at any retained height.
///
/// Layout: `roots(height, root)`; `nodes(hash, node)` content-addressed, so a height's tree is just its
/// root and heights share unchanged subtrees; `kv(key, height, value)` with one row per key per height
/// that changed it (NULL = deleted), read as "the latest row at or below the height". One block is one
/// SQLite transaction in WAL mode with synchronous=FULL: a crash leaves the previous height intact.
/// Every height is retained for now; pruning old heights is future work (see README).
///
/// Beside the state, `records(key, value)` holds the chain's own data (blocks, receipts, indexes) under keys
/// the chain chooses. Records are written by the same transaction as the block's state, so after a crash the
/// state and the blocks that produced it are always at the same height.
public final class StateDatabase {
    private let connection: SQLiteConnection
    /// The highest committed height, or nil before the first block.
    public private(set) var latestHeight: UInt64?

    /// Opens (or creates) the state database at `path`.
    public init(path: String) throws(StateDatabaseError) {
        connection = try SQLiteConnection(path: path)
        try connection.execute("PRAGMA journal_mode = WAL")
        // FULL: the WAL is synced at every commit, so a committed block survives power loss, not just a crash.
        try connection.execute("PRAGMA synchronous = FULL")
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS roots (height INTEGER PRIMARY KEY, root BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS nodes (hash BLOB PRIMARY KEY, node BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS kv (
                key BLOB NOT NULL, height INTEGER NOT NULL, value BLOB, PRIMARY KEY (key, height)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS records (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
            """)
        var latest: UInt64?
        try connection.run("SELECT max(height) FROM roots", []) { row throws(StateDatabaseError) in
            if sqlite3_column_type(row.statement, 0) != SQLITE_NULL { latest = try Self.height(row.integer(0)) }
        }
        latestHeight = latest
    }

    /// Closes the file; later calls throw `closed`.
    public func close() { connection.close() }

    /// The state root committed at `height`.
    public func root(at height: UInt64) throws(StateDatabaseError) -> MerkleHash {
        var root: MerkleHash?
        var stored: [UInt8]?
        try connection.run("SELECT root FROM roots WHERE height = ?", [.integer(Int64(bitPattern: height))]) { row in
            stored = row.blob(0)
        }
        guard let stored else { throw .unknownHeight(height) }
        root = MerkleHash(bytes: stored)
        guard let root else { throw .corrupt("root at height \(height) is \(stored.count) bytes") }
        return root
    }

    /// The value of `key` at `height`, or nil if absent there.
    public func value(_ key: StateKey, at height: UInt64) throws(StateDatabaseError) -> [UInt8]? {
        guard let latestHeight, height <= latestHeight else { throw .unknownHeight(height) }
        var value: [UInt8]?
        try connection.run(
            "SELECT value FROM kv WHERE key = ? AND height <= ? ORDER BY height DESC LIMIT 1",
            [.blob(key.bytes), .integer(Int64(bitPattern: height))]
        ) { row in value = row.blob(0) }
        return value
    }

    /// The proof for `key` (present or absent) under the root at `height`.
    public func proof(_ key: StateKey, at height: UInt64) throws(StateDatabaseError) -> StateProof {
        let root = try root(at: height)
        do {
            return try NodeReader(connection: connection).proof(path: .path(of: key), root: root)
        } catch {
            throw Self.databaseError(error)
        }
    }

    /// The record stored under `key`, or nil.
    public func record(_ key: [UInt8]) throws(StateDatabaseError) -> [UInt8]? {
        var value: [UInt8]?
        try connection.run("SELECT value FROM records WHERE key = ?", [.blob(key)]) { row in value = row.blob(0) }
        return value
    }

    /// Records with `lower <= key < upper` in key order (or reverse order when `descending`), at most `limit`.
    public func records(from lower: [UInt8], to upper: [UInt8], limit: Int, descending: Bool = false)
        throws(StateDatabaseError) -> [(key: [UInt8], value: [UInt8])]
    {
        var found: [(key: [UInt8], value: [UInt8])] = []
        let sql = descending
            ? "SELECT key, value FROM records WHERE key >= ? AND key < ? ORDER BY key DESC LIMIT ?"
            : "SELECT key, value FROM records WHERE key >= ? AND key < ? ORDER BY key ASC LIMIT ?"
        try connection.run(sql, [.blob(lower), .blob(upper), .integer(Int64(max(0, limit)))]) { row in
            found.append((row.blob(0) ?? [], row.blob(1) ?? []))
        }
        return found
    }

    /// A writer for the next block, reading the latest committed state under its own pending writes.
    public func beginBlock() -> BlockWriter { BlockWriter(database: self) }

    /// One block's writes, buffered until `commit(height:)` applies them and the tree in one transaction.
    public final class BlockWriter: StateStore {
        private let database: StateDatabase
        /// Pending writes: a value, or nil for a deletion.
        public private(set) var writes: [StateKey: [UInt8]?] = [:]
        private var finished = false

        init(database: StateDatabase) {
            self.database = database
        }

        public func get(_ key: StateKey) throws -> [UInt8]? {
            if let pending = writes[key] { return pending }
            guard let latest = database.latestHeight else { return nil }
            return try database.value(key, at: latest)
        }

        public func set(_ key: StateKey, _ value: [UInt8]) throws {
            guard !finished, prepared == nil else { throw StateDatabaseError.writerFinished }
            writes[key] = .some(value)
        }

        public func delete(_ key: StateKey) throws {
            guard !finished, prepared == nil else { throw StateDatabaseError.writerFinished }
            writes[key] = .some(nil)
        }

        /// The root this block's writes give, computed without storing anything, so that it can go into the
        /// block's header before the block is committed. The writes are frozen from here on.
        public func prepare(height: UInt64) throws(StateDatabaseError) -> MerkleHash {
            guard !finished else { throw .writerFinished }
            if let prepared, prepared.height == height { return prepared.root }
            let update = try database.prepare(writes, height: height)
            prepared = update
            return update.root
        }

        /// Applies this block's writes and the tree nodes they change, records the root at `height` and
        /// stores `records` beside it, and returns the root; all in one SQLite transaction, so either the
        /// whole block is stored or none of it.
        public func commit(height: UInt64, records: [(key: [UInt8], value: [UInt8])] = [])
            throws(StateDatabaseError) -> MerkleHash
        {
            guard !finished else { throw .writerFinished }
            let update: PreparedUpdate
            if let prepared, prepared.height == height {
                update = prepared
            } else {
                update = try database.prepare(writes, height: height)
            }
            try database.commit(writes, update, records: records)
            finished = true
            return update.root
        }

        private var prepared: PreparedUpdate?
    }

    /// A block's new root and the tree nodes it creates, computed but not yet stored.
    struct PreparedUpdate {
        let height: UInt64
        let root: MerkleHash
        let created: [MerkleHash: MerkleNode]
    }

    private func prepare(_ writes: [StateKey: [UInt8]?], height: UInt64) throws(StateDatabaseError) -> PreparedUpdate {
        let expected = latestHeight.map { $0 + 1 } ?? 0
        guard height == expected else { throw .heightOutOfOrder(expected: expected, got: height) }
        let previousRoot = try latestHeight.map { height throws(StateDatabaseError) in try root(at: height) } ?? .empty
        var update = MerkleUpdate(reader: NodeReader(connection: connection))
        do {
            let newRoot = try update.apply(SparseMerkleTree.changes(writes), to: previousRoot)
            return PreparedUpdate(height: height, root: newRoot, created: update.created)
        } catch {
            throw Self.databaseError(error)
        }
    }

    private func commit(_ writes: [StateKey: [UInt8]?], _ update: PreparedUpdate, records: [(key: [UInt8], value: [UInt8])])
        throws(StateDatabaseError)
    {
        let height = update.height
        let expected = latestHeight.map { $0 + 1 } ?? 0
        guard height == expected else { throw .heightOutOfOrder(expected: expected, got: height) }
        let newRoot = update.root
        try connection.execute("BEGIN IMMEDIATE")
        do throws(StateDatabaseError) {
            let sqlHeight = Int64(bitPattern: height)
            // Key order, so the same block writes the same rows in the same order everywhere.
            for key in writes.keys.sorted() {
                let value = writes[key].flatMap { $0 }.map(SQLiteValue.blob) ?? .null
                try connection.run("INSERT INTO kv (key, height, value) VALUES (?, ?, ?)", [.blob(key.bytes), .integer(sqlHeight), value])
            }
            // A node already stored (an unchanged or recreated subtree) has the same bytes: keep the old row.
            for (hash, node) in update.created {
                try connection.run("INSERT OR IGNORE INTO nodes (hash, node) VALUES (?, ?)", [.blob(hash.bytes), .blob(node.encoded)])
            }
            try connection.run("INSERT INTO roots (height, root) VALUES (?, ?)", [.integer(sqlHeight), .blob(newRoot.bytes)])
            for record in records {
                try connection.run("INSERT OR REPLACE INTO records (key, value) VALUES (?, ?)", [.blob(record.key), .blob(record.value)])
            }
            try connection.execute("COMMIT")
            latestHeight = height
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    private static func height(_ stored: Int64) throws(StateDatabaseError) -> UInt64 {
        guard stored >= 0 else { throw .corrupt("negative height \(stored)") }
        return UInt64(stored)
    }

    private static func databaseError(_ error: any Error) -> StateDatabaseError {
        switch error {
        case let error as StateDatabaseError: error
        case let StateTreeError.missingNode(hash): .corrupt("tree node \(hash) is missing")
        default: .corrupt("\(error)")
        }
    }
}

/// Reads tree nodes from the `nodes` table.
private struct NodeReader: MerkleNodeReader {
    let connection: SQLiteConnection

    func node(_ hash: MerkleHash) throws -> MerkleNode {
        var stored: [UInt8]?
        try connection.run("SELECT node FROM nodes WHERE hash = ?", [.blob(hash.bytes)]) { row in stored = row.blob(0) }
        guard let stored else { throw StateTreeError.missingNode(hash) }
        guard let node = MerkleNode(encoded: stored), node.hash == hash else {
            throw StateDatabaseError.corrupt("tree node \(hash) does not hash to its key")
        }
        return node
    }
}
