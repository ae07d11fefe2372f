import CSQLite

/// Why the state database failed; any of these means the node must stop, not carry on with a guess.
public enum StateDatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// SQLite reported an error (disk full, I/O error, locked, …).
    case sqlite(code: Int32, message: String)
    /// The database was used after `close()`.
    case closed
    /// No block was committed at this height (never, or not yet).
    case unknownHeight(UInt64)
    /// This height was committed but has since been pruned; heights from `oldestRetained` on can be read.
    case pruned(UInt64, oldestRetained: UInt64)
    /// The file was written in another layout (format `found`; this code reads only `expected`).
    case unsupportedFormat(found: Int64, expected: Int64)
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
        case let .pruned(height, oldest): "state database: height \(height) was pruned; the oldest retained height is \(oldest)"
        case let .unsupportedFormat(found, expected):
            "state database: file is in format \(found), this build reads format \(expected); move it away and resync"
        case let .heightOutOfOrder(expected, got): "state database: committing height \(got), expected \(expected)"
        case .writerFinished: "state database: this block's writer has already committed"
        case let .corrupt(detail): "state database is corrupt: \(detail)"
        }
    }
}

/// Chain state in SQLite under the sparse Merkle tree: a root per block height, values and tree nodes kept
/// per height, and proofs for any key at any retained height; heights older than a retention window are pruned.
///
/// Layout (format 1, in `PRAGMA user_version`):
/// - `roots(height, root, version)`: the root at each retained height, and the version of its stored copy.
/// - `nodes(version, hash, node)`: copies of tree nodes, keyed by the height whose block wrote the copy and
///   the node's hash. A branch row names the versions of its children's copies, so a height's tree is its
///   root row, and heights share every subtree they have in common. A block writes all its new nodes under
///   its own height, so its inserts append to the table instead of landing on random pages of a hash index.
/// - `stale(orphaned, version, hash)`: the node copies each block took out of the latest tree.
/// - `kv(key, height, value)`: one row per key per height that changed it (NULL = deleted), read as
///   "the latest row at or below the height"; `kv_height` indexes it by height for pruning.
/// One block is one SQLite transaction in WAL mode with synchronous=FULL: a crash leaves the previous
/// height intact.
///
/// **Pruning** (`retainedHeights`). This is the stale-node index of Diem/Aptos's Jellyfish Merkle tree
/// (and of IAVL): when a block replaces a node, it records (its height, the replaced copy). A copy written
/// at height v and replaced at height o belongs to the trees of heights v..<o only, so once the oldest
/// retained height is at least o, no retained tree can reach it and it is deleted. Reference counts were
/// the alternative; they cost an update of a random row for every child of every new node, on top of the
/// inserts, and need a walk down the tree to free anything. A plain content-addressed table (one row per
/// hash) cannot use a stale index at all: a node replaced at one height can be written again by a later
/// block (a value set back), and deleting it would break the newer tree. Copies keyed by version make
/// that impossible, since the later block writes its own copy.
/// Pruning runs inside each block's commit transaction (so a kill at any point leaves either the old
/// database or the new, pruned one). After committing height h it keeps heights from
/// `h + 1 - retainedHeights` on: it deletes the older root rows, the node copies orphaned at or before the
/// new oldest height, and, per key, every `kv` row older than the newest one at or below that height (and
/// that row too if it is a deletion). Records are never pruned. Reading a pruned height throws `pruned`.
///
/// Beside the state, `records(key, value)` holds the chain's own data (blocks, receipts, indexes) under keys
/// the chain chooses. Records are written by the same transaction as the block's state, so after a crash the
/// state and the blocks that produced it are always at the same height.
public final class StateDatabase {
    /// The layout this code reads and writes, stored in `PRAGMA user_version`.
    static let format: Int64 = 1
    /// Nodes per cache generation: 2 x 128Ki nodes (about 40 MB) hold the whole tree of 100k keys, and the
    /// upper levels of a much larger one.
    static let nodeCacheGeneration = 1 << 17

    private let connection: SQLiteConnection
    private let cache = NodeCache(generationSize: StateDatabase.nodeCacheGeneration)
    /// How many heights to keep, counting the latest; nil keeps every height.
    public let retainedHeights: UInt64?
    /// The highest committed height, or nil before the first block.
    public private(set) var latestHeight: UInt64?
    /// The lowest height that can still be read, or nil before the first block.
    public private(set) var oldestRetainedHeight: UInt64?

    /// Opens (or creates) the state database at `path`, keeping the latest `retainedHeights` heights (at
    /// least 1) or, for nil, every height. A database that holds more heights than the window is pruned
    /// when the next block commits.
    public init(path: String, retainedHeights: UInt64? = nil) throws(StateDatabaseError) {
        precondition(retainedHeights != 0, "the latest height is always retained")
        self.retainedHeights = retainedHeights
        connection = try SQLiteConnection(path: path)
        try connection.execute("PRAGMA journal_mode = WAL")
        // FULL: the WAL is synced at every commit, so a committed block survives power loss, not just a crash.
        try connection.execute("PRAGMA synchronous = FULL")
        // A block reads and rewrites thousands of pages of nodes; SQLite's default 2 MB cache sends most of
        // those reads to the kernel. 64 MB keeps the working set of a 100k-key tree in process.
        try connection.execute("PRAGMA cache_size = -65536")
        try createSchema()
        var latest: UInt64?, oldest: UInt64?
        try connection.run("SELECT max(height), min(height) FROM roots", []) { row throws(StateDatabaseError) in
            if sqlite3_column_type(row.statement, 0) != SQLITE_NULL {
                latest = try Self.height(row.integer(0))
                oldest = try Self.height(row.integer(1))
            }
        }
        latestHeight = latest
        oldestRetainedHeight = oldest
    }

    private func createSchema() throws(StateDatabaseError) {
        var found: Int64 = 0
        try connection.run("PRAGMA user_version", []) { row in found = row.integer(0) }
        if found == Self.format { return }
        var tables: Int64 = 0
        try connection.run("SELECT count(*) FROM sqlite_master WHERE type = 'table'", []) { row in tables = row.integer(0) }
        // Format 0 is the first layout (one node row per hash, no stale index): it cannot be pruned safely.
        guard found == 0, tables == 0 else { throw .unsupportedFormat(found: found, expected: Self.format) }
        try connection.execute("BEGIN IMMEDIATE")
        do throws(StateDatabaseError) {
            try connection.execute("""
                CREATE TABLE roots (height INTEGER PRIMARY KEY, root BLOB NOT NULL, version INTEGER NOT NULL);
                CREATE TABLE nodes (
                    version INTEGER NOT NULL, hash BLOB NOT NULL, node BLOB NOT NULL, PRIMARY KEY (version, hash)
                ) WITHOUT ROWID;
                CREATE TABLE stale (
                    orphaned INTEGER NOT NULL, version INTEGER NOT NULL, hash BLOB NOT NULL,
                    PRIMARY KEY (orphaned, version, hash)
                ) WITHOUT ROWID;
                CREATE TABLE kv (
                    key BLOB NOT NULL, height INTEGER NOT NULL, value BLOB, PRIMARY KEY (key, height)
                ) WITHOUT ROWID;
                CREATE INDEX kv_height ON kv (height);
                CREATE TABLE records (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
                PRAGMA user_version = \(Self.format);
                COMMIT;
                """)
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Closes the file; later calls throw `closed`.
    public func close() { connection.close() }

    /// The state root committed at `height`.
    public func root(at height: UInt64) throws(StateDatabaseError) -> MerkleHash {
        try rootEntry(at: height).root
    }

    /// The root at `height` and the version of its stored copy.
    private func rootEntry(at height: UInt64) throws(StateDatabaseError) -> (root: MerkleHash, version: UInt64) {
        try checkRetained(height)
        var stored: [UInt8]?
        var version: Int64 = 0
        try connection.run("SELECT root, version FROM roots WHERE height = ?", [.integer(Int64(bitPattern: height))]) { row in
            stored = row.blob(0)
            version = row.integer(1)
        }
        guard let stored else { throw .unknownHeight(height) }
        guard let root = MerkleHash(bytes: stored) else { throw .corrupt("root at height \(height) is \(stored.count) bytes") }
        return (root, try Self.height(version))
    }

    /// Throws `unknownHeight` past the latest height and `pruned` before the oldest retained one.
    private func checkRetained(_ height: UInt64) throws(StateDatabaseError) {
        guard let latestHeight, let oldestRetainedHeight, height <= latestHeight else { throw .unknownHeight(height) }
        guard height >= oldestRetainedHeight else { throw .pruned(height, oldestRetained: oldestRetainedHeight) }
    }

    /// The value of `key` at `height`, or nil if absent there.
    public func value(_ key: StateKey, at height: UInt64) throws(StateDatabaseError) -> [UInt8]? {
        try checkRetained(height)
        var value: [UInt8]?
        try connection.run(
            "SELECT value FROM kv WHERE key = ? AND height <= ? ORDER BY height DESC LIMIT 1",
            [.blob(key.bytes), .integer(Int64(bitPattern: height))]
        ) { row in value = row.blob(0) }
        return value
    }

    /// The keys under `prefix` present at `height`, in key order, starting after `after` (a full key, or
    /// nil for the first page), with their values, at most `limit` of them. Each row is the newest value at
    /// or below `height` of its key; keys deleted by then are skipped.
    public func entries(withPrefix prefix: [UInt8], after: [UInt8]? = nil, limit: Int, at height: UInt64)
        throws(StateDatabaseError) -> [(key: StateKey, value: [UInt8])]
    {
        try checkRetained(height)
        // Keys are at most 1 + 20 + 128 bytes, so prefix + 0xFF × 160 sorts after every key under the prefix.
        let upper = prefix + [UInt8](repeating: 0xFF, count: 160)
        let lower = after.map { $0 + [0] } ?? prefix
        var found: [(key: StateKey, value: [UInt8])] = []
        try connection.run(
            """
            SELECT key, value FROM kv AS a
            WHERE key >= ? AND key < ?
              AND height = (SELECT max(height) FROM kv AS b WHERE b.key = a.key AND b.height <= ?)
              AND value IS NOT NULL
            ORDER BY key LIMIT ?
            """,
            [.blob(lower), .blob(upper), .integer(Int64(bitPattern: height)), .integer(Int64(max(0, limit)))]
        ) { row in
            if let bytes = row.blob(0), let key = StateKey(bytes: bytes) { found.append((key, row.blob(1) ?? [])) }
        }
        return found
    }

    /// The proof for `key` (present or absent) under the root at `height`.
    public func proof(_ key: StateKey, at height: UInt64) throws(StateDatabaseError) -> StateProof {
        let (root, version) = try rootEntry(at: height)
        do {
            let reader = StoredNodeReader(connection: connection, cache: cache, root: root, rootVersion: version)
            return try reader.proof(path: .path(of: key), root: root)
        } catch {
            throw Self.databaseError(error)
        }
    }

    /// How many rows each state table holds: what pruning keeps bounded. Counts every table, so it costs a
    /// scan of each; for metrics and tests, not for every block.
    public struct Statistics: Equatable, Sendable {
        /// Root rows: one per retained height.
        public let heights: Int
        /// Stored copies of tree nodes, in retained trees or orphaned but still inside the window.
        public let nodes: Int
        /// Entries of the stale-node index: copies orphaned and waiting for the window to pass them.
        public let staleNodes: Int
        /// Value rows: one per key per retained height that changed it, plus at most one per key below.
        public let values: Int
    }

    /// The current row counts (see `Statistics`).
    public func statistics() throws(StateDatabaseError) -> Statistics {
        func count(_ table: String) throws(StateDatabaseError) -> Int {
            var rows: Int64 = 0
            try connection.run("SELECT count(*) FROM \(table)", []) { row in rows = row.integer(0) }
            return Int(rows)
        }
        return Statistics(heights: try count("roots"), nodes: try count("nodes"), staleNodes: try count("stale"), values: try count("kv"))
    }

    /// The record stored under `key`, or nil.
    public func record(_ key: [UInt8]) throws(StateDatabaseError) -> [UInt8]? {
        var value: [UInt8]?
        try connection.run("SELECT value FROM records WHERE key = ?", [.blob(key)]) { row in value = row.blob(0) }
        return value
    }

    /// Stores `records` in one transaction, outside any block: for indexes a newer version adds over
    /// blocks stored before it (a crash leaves all of them or none).
    public func putRecords(_ records: [(key: [UInt8], value: [UInt8])]) throws(StateDatabaseError) {
        try connection.execute("BEGIN IMMEDIATE")
        do throws(StateDatabaseError) {
            for record in records {
                try connection.run("INSERT OR REPLACE INTO records (key, value) VALUES (?, ?)", [.blob(record.key), .blob(record.value)])
            }
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
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

    /// A block's new root and the node copies it writes and orphans, computed but not yet stored.
    struct PreparedUpdate {
        let height: UInt64
        let root: MerkleHash
        /// The version of the root's copy: `height` when this block wrote it, older when the root is unchanged.
        let rootVersion: UInt64
        /// The new copies, all at `height`, sorted by hash so that the inserts append in key order.
        let nodes: [(hash: MerkleHash, node: StoredNode)]
        /// The copies of the previous tree that this block replaces, sorted by key.
        let orphaned: [NodeKey]
    }

    private func prepare(_ writes: [StateKey: [UInt8]?], height: UInt64) throws(StateDatabaseError) -> PreparedUpdate {
        let expected = latestHeight.map { $0 + 1 } ?? 0
        guard height == expected else { throw .heightOutOfOrder(expected: expected, got: height) }
        let (previousRoot, previousVersion) = try latestHeight.map { height throws(StateDatabaseError) in
            try rootEntry(at: height)
        } ?? (.empty, 0)
        let reader = StoredNodeReader(connection: connection, cache: cache, root: previousRoot, rootVersion: previousVersion)
        var update = MerkleUpdate(reader: reader)
        let newRoot: MerkleHash
        do {
            newRoot = try update.apply(SparseMerkleTree.changes(writes), to: previousRoot)
        } catch {
            throw Self.databaseError(error)
        }
        let created = update.created
        // Every child a new node points to is either new too, or an unchanged subtree the update reached
        // through a node it read, so its version is known.
        func version(of hash: MerkleHash) throws(StateDatabaseError) -> UInt64 {
            if hash.isEmpty { return 0 }
            if created[hash] != nil { return height }
            guard let version = reader.versions[hash] else { throw .corrupt("no stored copy known for tree node \(hash)") }
            return version
        }
        // Only the created nodes reachable from the new root are written, so nothing can be stored that no
        // tree refers to (it would never be orphaned, so never pruned).
        var nodes: [(hash: MerkleHash, node: StoredNode)] = []
        nodes.reserveCapacity(created.count)
        var pending = [newRoot]
        while let hash = pending.popLast() {
            guard let node = created[hash] else { continue }
            switch node {
            case .leaf:
                nodes.append((hash, StoredNode(node)))
            case let .branch(left, right):
                nodes.append((hash, StoredNode(node, leftVersion: try version(of: left), rightVersion: try version(of: right))))
                pending.append(left)
                pending.append(right)
            }
        }
        nodes.sort { $0.hash < $1.hash }
        var orphaned: [NodeKey] = []
        orphaned.reserveCapacity(update.replaced.count)
        for hash in update.replaced {
            // The old copy's version, even when this block rebuilt the same node (then both copies exist
            // until the old one is pruned): marking the new copy here would prune a node the tree needs.
            guard let version = reader.versions[hash] else { throw .corrupt("no stored copy known for tree node \(hash)") }
            orphaned.append(NodeKey(version: version, hash: hash))
        }
        orphaned.sort { ($0.version, $0.hash) < ($1.version, $1.hash) }
        return PreparedUpdate(height: height, root: newRoot, rootVersion: try version(of: newRoot), nodes: nodes, orphaned: orphaned)
    }

    private func commit(_ writes: [StateKey: [UInt8]?], _ update: PreparedUpdate, records: [(key: [UInt8], value: [UInt8])])
        throws(StateDatabaseError)
    {
        let height = update.height
        let expected = latestHeight.map { $0 + 1 } ?? 0
        guard height == expected else { throw .heightOutOfOrder(expected: expected, got: height) }
        var oldest = oldestRetainedHeight ?? height
        try connection.execute("BEGIN IMMEDIATE")
        do throws(StateDatabaseError) {
            let sqlHeight = Int64(bitPattern: height)
            // Key order, so the same block writes the same rows in the same order everywhere.
            for key in writes.keys.sorted() {
                let value = writes[key].flatMap { $0 }.map(SQLiteValue.blob) ?? .null
                try connection.run("INSERT INTO kv (key, height, value) VALUES (?, ?, ?)", [.blob(key.bytes), .integer(sqlHeight), value])
            }
            for (hash, node) in update.nodes {
                try connection.run("INSERT INTO nodes (version, hash, node) VALUES (?, ?, ?)",
                                   [.integer(sqlHeight), .blob(hash.bytes), .blob(node.encoded)])
            }
            for key in update.orphaned {
                try connection.run("INSERT INTO stale (orphaned, version, hash) VALUES (?, ?, ?)",
                                   [.integer(sqlHeight), .integer(Int64(bitPattern: key.version)), .blob(key.hash.bytes)])
            }
            try connection.run("INSERT INTO roots (height, root, version) VALUES (?, ?, ?)",
                               [.integer(sqlHeight), .blob(update.root.bytes), .integer(Int64(bitPattern: update.rootVersion))])
            for record in records {
                try connection.run("INSERT OR REPLACE INTO records (key, value) VALUES (?, ?)", [.blob(record.key), .blob(record.value)])
            }
            if let retainedHeights, height + 1 > retainedHeights, height + 1 - retainedHeights > oldest {
                let newOldest = height + 1 - retainedHeights
                try prune(from: oldest, to: newOldest)
                oldest = newOldest
            }
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
        latestHeight = height
        oldestRetainedHeight = oldest
        // Only once committed: a rolled-back block's copies must not be served from the cache.
        for (hash, node) in update.nodes {
            cache.insert(node, at: NodeKey(version: height, hash: hash))
        }
    }

    /// Moves the oldest retained height from `oldest` up to `newOldest`, inside the caller's transaction.
    private func prune(from oldest: UInt64, to newOldest: UInt64) throws(StateDatabaseError) {
        let horizon = Int64(bitPattern: newOldest)
        try connection.run("DELETE FROM roots WHERE height < ?", [.integer(horizon)])
        // A row at height q, once q is at or below the horizon, hides every older row of its key from every
        // retained height; a deletion row there hides nothing that is left, so it goes too. Rows at `oldest`
        // were dealt with by the prune that made it the oldest, unless it is still 0 (never pruned).
        let first = oldest == 0 ? 0 : oldest + 1
        for q in first...newOldest {
            let sqlQ = Int64(bitPattern: q)
            try connection.run("DELETE FROM kv WHERE key IN (SELECT key FROM kv WHERE height = ?1) AND height < ?1", [.integer(sqlQ)])
            try connection.run("DELETE FROM kv WHERE height = ? AND value IS NULL", [.integer(sqlQ)])
        }
        // A copy orphaned at height o is in the trees of heights below o only.
        try connection.run("""
            DELETE FROM nodes WHERE (version, hash) IN (SELECT version, hash FROM stale WHERE orphaned <= ?1)
            """, [.integer(horizon)])
        try connection.run("DELETE FROM stale WHERE orphaned <= ?", [.integer(horizon)])
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
