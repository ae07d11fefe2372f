import CairnState
import Foundation

/// Why the blob store refused or failed.
public enum BlobStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The content is larger than the store takes in one `put`.
    case tooLarge(size: Int, limit: Int)
    /// A manifest names chunks the store does not hold, or bytes that do not match their CID.
    case corrupt(String)
    /// SQLite failed (disk full, I/O error); nothing was acknowledged.
    case storage(String)
    /// A block sent under a CID its bytes do not hash to.
    case mismatch(CID)
    /// A manifest whose chunks are neither stored nor sent with it.
    case missingChunks(manifest: CID, missing: Int)

    public var description: String {
        switch self {
        case let .tooLarge(size, limit): "blob of \(size) bytes is over the limit of \(limit)"
        case let .corrupt(detail): "blob store: \(detail)"
        case let .storage(detail): "blob store: \(detail)"
        case let .mismatch(cid): "the bytes sent as \(cid) do not hash to it"
        case let .missingChunks(manifest, missing): "manifest \(manifest) names \(missing) chunk(s) that are neither stored nor sent with it"
        }
    }
}

/// Content-addressed blobs in SQLite: put, get, has, delete, anchoring marks and retention.
///
/// A `put` returns only after SQLite's commit has synced the write-ahead log (WAL, `synchronous=FULL`), so
/// an acknowledged blob survives a crash or power loss. Content above `chunkSize` is split into raw chunks
/// under a `BlobManifest` whose CID names the whole; every block is stored once, however often it is put.
///
/// Retention: a blob never marked anchored is removed by `sweep` once `unanchoredTTL` seconds have passed
/// since its last put; an anchored one `anchoredRetention` seconds after it was anchored. Marking a
/// manifest anchored marks its chunks. Times are Unix seconds passed in, so tests and nodes control the clock.
public final class BlobStore: @unchecked Sendable {
    /// Limits and retention.
    public struct Configuration: Sendable {
        /// The largest block: bigger content is chunked (1 MiB, the limit for one message).
        public var chunkSize: Int
        /// The most content one `put` takes, chunks included.
        public var maxContentSize: Int
        public var unanchoredTTL: UInt64
        public var anchoredRetention: UInt64

        public init(chunkSize: Int = 1 << 20, maxContentSize: Int = 16 << 20, unanchoredTTL: UInt64 = 86_400,
                    anchoredRetention: UInt64 = 30 * 86_400) {
            self.chunkSize = chunkSize
            self.maxContentSize = maxContentSize
            self.unanchoredTTL = unanchoredTTL
            self.anchoredRetention = anchoredRetention
        }
    }

    /// How much the store holds.
    public struct Statistics: Equatable, Sendable {
        public let blobs: Int
        public let bytes: Int

        public init(blobs: Int, bytes: Int) {
            self.blobs = blobs
            self.bytes = bytes
        }
    }

    public let configuration: Configuration
    private let connection: SQLiteConnection
    private let lock = NSLock()
    /// Shared with the bulk put (BlobStore+Bulk.swift).
    let group: GroupCommit

    public init(path: String, configuration: Configuration = Configuration()) throws(BlobStoreError) {
        precondition(configuration.chunkSize > 0 && configuration.maxContentSize >= configuration.chunkSize)
        self.configuration = configuration
        do {
            connection = try SQLiteConnection(path: path)
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA synchronous = FULL")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS blobs (
                    cid BLOB PRIMARY KEY, data BLOB NOT NULL, touched INTEGER NOT NULL, anchored INTEGER
                );
                CREATE INDEX IF NOT EXISTS blobs_touched ON blobs (touched) WHERE anchored IS NULL;
                CREATE INDEX IF NOT EXISTS blobs_anchored ON blobs (anchored) WHERE anchored IS NOT NULL;
                """)
        } catch {
            throw .storage("\(error)")
        }
        group = GroupCommit(connection: connection, lock: lock)
    }

    public func close() {
        group.stop()
        lock.withLock { connection.close() }
    }

    /// Stores `content` durably and returns its CID: a raw CID, or for content above `chunkSize` the CID of
    /// its manifest. Putting content again refreshes its unanchored lifetime.
    @discardableResult
    public func put(_ content: [UInt8], now: UInt64) throws(BlobStoreError) -> CID {
        let (root, blocks) = try split(content)
        try transaction { () throws(StateDatabaseError) in try Self.insert(blocks, now: now, into: connection) }
        return root
    }

    /// `put` for concurrent callers (the gateway): puts that arrive together share one commit, and so
    /// one fsync, and each returns once its blocks are durable.
    @discardableResult
    public func putConcurrently(_ content: [UInt8], now: UInt64) async throws(BlobStoreError) -> CID {
        let (root, blocks) = try split(content)
        do {
            try await group.perform { connection throws(StateDatabaseError) in try Self.insert(blocks, now: now, into: connection) }
        } catch {
            throw .storage("\(error)")
        }
        return root
    }

    /// The CID and the blocks to store for `content`.
    private func split(_ content: [UInt8]) throws(BlobStoreError) -> (CID, [(CID, [UInt8])]) {
        guard content.count <= configuration.maxContentSize else {
            throw .tooLarge(size: content.count, limit: configuration.maxContentSize)
        }
        if content.count <= configuration.chunkSize {
            let root = CID(content: content)
            return (root, [(root, content)])
        }
        var blocks: [(CID, [UInt8])] = []
        var chunks: [CID] = []
        var start = 0
        while start < content.count {
            let chunk = Array(content[start..<min(start + configuration.chunkSize, content.count)])
            let cid = CID(content: chunk)
            chunks.append(cid)
            blocks.append((cid, chunk))
            start += configuration.chunkSize
        }
        let manifest = BlobManifest(chunks: chunks, size: UInt64(content.count)).bytes
        let root = CID(content: manifest, codec: .dagJSON)
        blocks.append((root, manifest))
        return (root, blocks)
    }

    static func insert(_ blocks: [(CID, [UInt8])], now: UInt64, into connection: SQLiteConnection) throws(StateDatabaseError) {
        for (cid, bytes) in blocks {
            try connection.run(
                """
                INSERT INTO blobs (cid, data, touched) VALUES (?, ?, ?)
                ON CONFLICT (cid) DO UPDATE SET touched = max(touched, excluded.touched)
                """,
                [.blob(cid.bytes), .blob(bytes), .integer(Int64(clamping: now))])
        }
    }

    /// The stored block: for a manifest, the manifest's own bytes (what `?format=raw` serves).
    public func block(_ cid: CID) throws(BlobStoreError) -> [UInt8]? {
        var found: [UInt8]?
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT data FROM blobs WHERE cid = ?", [.blob(cid.bytes)]) { row in found = row.blob(0) ?? [] }
        }
        if let found, !cid.matches(found) { throw .corrupt("the block stored under \(cid) does not hash to it") }
        return found
    }

    /// The content `cid` names: the block itself, or a manifest's chunks joined (each checked).
    public func content(_ cid: CID) throws(BlobStoreError) -> [UInt8]? {
        guard let block = try block(cid) else { return nil }
        guard cid.codec == .dagJSON else { return block }
        let manifest: BlobManifest
        do { manifest = try BlobManifest(bytes: block) } catch { throw .corrupt("\(cid): \(error)") }
        var content: [UInt8] = []
        content.reserveCapacity(min(Int(clamping: manifest.size), configuration.maxContentSize))  // the size is only a claim
        for chunk in manifest.chunks {
            guard let bytes = try self.block(chunk) else { throw .corrupt("\(cid) names chunk \(chunk), which is missing") }
            content += bytes
        }
        guard content.count == manifest.size else { throw .corrupt("\(cid) says \(manifest.size) bytes, its chunks hold \(content.count)") }
        return content
    }

    public func has(_ cid: CID) throws(BlobStoreError) -> Bool {
        var found = false
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT 1 FROM blobs WHERE cid = ?", [.blob(cid.bytes)]) { _ in found = true }
        }
        return found
    }

    /// Which of `cids` are stored, looked up under one lock (the anchoring bulk route asks for thousands).
    public func has(_ cids: [CID]) throws(BlobStoreError) -> [Bool] {
        var found = [Bool](repeating: false, count: cids.count)
        try locked { () throws(StateDatabaseError) in
            for (index, cid) in cids.enumerated() {
                try connection.run("SELECT 1 FROM blobs WHERE cid = ?", [.blob(cid.bytes)]) { _ in found[index] = true }
            }
        }
        return found
    }

    /// Removes one block (a manifest's chunks stay until retention removes them); false if it was absent.
    @discardableResult
    public func delete(_ cid: CID) throws(BlobStoreError) -> Bool {
        let present = try has(cid)
        try transaction { () throws(StateDatabaseError) in
            try connection.run("DELETE FROM blobs WHERE cid = ?", [.blob(cid.bytes)])
        }
        return present
    }

    /// Marks `cid` (and a manifest's chunks) anchored at `time`, which starts its retention period.
    public func markAnchored(_ cid: CID, at time: UInt64) throws(BlobStoreError) {
        try markAnchored([cid], at: time)
    }

    /// Marks every CID in `cids` (and manifests' chunks) anchored at `time`, in one transaction: a batch's
    /// thousand CIDs cost one commit, not a thousand.
    public func markAnchored(_ cids: [CID], at time: UInt64) throws(BlobStoreError) {
        var all = cids
        for cid in cids where cid.codec == .dagJSON {
            if let block = try block(cid), let manifest = try? BlobManifest(bytes: block) { all += manifest.chunks }
        }
        try transaction { () throws(StateDatabaseError) in
            for cid in all {
                try connection.run(
                    "UPDATE blobs SET anchored = max(coalesce(anchored, 0), ?) WHERE cid = ?",
                    [.integer(Int64(clamping: time)), .blob(cid.bytes)])
            }
        }
    }

    /// Removes what retention no longer keeps at `now`; returns how many blocks and bytes went.
    @discardableResult
    public func sweep(now: UInt64) throws(BlobStoreError) -> Statistics {
        let now = Int64(clamping: now)
        let unanchoredBefore = now - Int64(clamping: configuration.unanchoredTTL)
        let anchoredBefore = now - Int64(clamping: configuration.anchoredRetention)
        var blobs = 0, bytes = 0
        try transaction { () throws(StateDatabaseError) in
            let condition = "(anchored IS NULL AND touched < ?) OR (anchored IS NOT NULL AND anchored < ?)"
            let bindings: [SQLiteValue] = [.integer(unanchoredBefore), .integer(anchoredBefore)]
            try connection.run("SELECT count(*), coalesce(sum(length(data)), 0) FROM blobs WHERE \(condition)", bindings) { row in
                blobs = Int(row.integer(0))
                bytes = Int(row.integer(1))
            }
            try connection.run("DELETE FROM blobs WHERE \(condition)", bindings)
        }
        return Statistics(blobs: blobs, bytes: bytes)
    }

    public func statistics() throws(BlobStoreError) -> Statistics {
        var blobs = 0, bytes = 0
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT count(*), coalesce(sum(length(data)), 0) FROM blobs", []) { row in
                blobs = Int(row.integer(0))
                bytes = Int(row.integer(1))
            }
        }
        return Statistics(blobs: blobs, bytes: bytes)
    }

    // MARK: SQLite

    private func locked(_ body: () throws(StateDatabaseError) -> Void) throws(BlobStoreError) {
        lock.lock()
        defer { lock.unlock() }
        do { try body() } catch { throw .storage("\(error)") }
    }

    /// `body` in one SQLite transaction: all of it is durable when this returns, or none of it.
    private func transaction(_ body: () throws(StateDatabaseError) -> Void) throws(BlobStoreError) {
        try locked { () throws(StateDatabaseError) in try connection.transaction(body) }
    }
}
