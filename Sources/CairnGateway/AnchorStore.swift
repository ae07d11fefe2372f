import CairnClient
import CairnState
import Foundation

/// Why the anchor queue refused or failed.
public enum AnchorStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A request with the same digest was accepted before: a replay.
    case replayed
    /// SQLite failed; nothing was acknowledged.
    case storage(String)

    public var description: String {
        switch self {
        case .replayed: "this anchoring request was already accepted (a replay)"
        case let .storage(detail): "anchor queue storage: \(detail)"
        }
    }
}

/// How a gateway anchors: one transaction per request, or many requests under one batch root.
public enum AnchorMode: String, Sendable, CaseIterable {
    case single, batch
}

/// The gateway's durable anchoring queue (SQLite, WAL, synchronous=FULL): accepted requests, the
/// transactions that carry them, and every signed version of each.
///
/// "None twice" rests on one rule: a request is bound to the nonce of the submission that carries it,
/// and goes back to the queue only when that nonce is spent without anchoring it (the transaction
/// reverted, or another transaction took the nonce). Re-pricing signs the same nonce again, so at most
/// one version can ever be included. Every signed version is stored before it is sent, so after a crash
/// the gateway can look each one up and resend it.
public final class AnchorStore: @unchecked Sendable {
    /// A request waiting for a submission.
    public struct Waiting: Equatable, Sendable {
        public let id: Int64
        public let tag: [UInt8]
        public let cid: [UInt8]
        public let receivedMilliseconds: Int64
    }

    /// One signed version of a submission's transaction.
    public struct Version: Equatable, Sendable {
        public let hash: [UInt8]
        public let raw: [UInt8]
        public let maxFeePerGas: UInt128

        public init(hash: [UInt8], raw: [UInt8], maxFeePerGas: UInt128) {
            self.hash = hash
            self.raw = raw
            self.maxFeePerGas = maxFeePerGas
        }
    }

    /// A transaction that carries one request (single) or a batch, not yet anchored or failed.
    public struct Pending: Equatable, Sendable {
        public let id: Int64
        public let nonce: UInt64
        public let mode: AnchorMode
        public let versions: [Version]
    }

    /// Where a request stands, for `GET /v1/anchors/{id}`.
    public enum Status: Equatable, Sendable {
        case waiting
        case submitted(nonce: UInt64, transaction: [UInt8])
        /// In block `height`; `seq` is the tag's entry number (single) or the batch's number (batch).
        case anchored(mode: AnchorMode, height: UInt64, seq: UInt64, transaction: [UInt8])
    }

    private let connection: SQLiteConnection
    private let lock = NSLock()
    /// Shared with the bulk accept (AnchorStore+Bulk.swift).
    let group: GroupCommit

    public init(path: String) throws(AnchorStoreError) {
        do {
            connection = try SQLiteConnection(path: path)
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA synchronous = FULL")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS requests (
                    id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, sender BLOB NOT NULL, tag BLOB NOT NULL,
                    cid BLOB NOT NULL, expires INTEGER NOT NULL, received INTEGER NOT NULL, submission INTEGER
                );
                CREATE INDEX IF NOT EXISTS requests_waiting ON requests (id) WHERE submission IS NULL;
                CREATE INDEX IF NOT EXISTS requests_submission ON requests (submission);
                CREATE TABLE IF NOT EXISTS submissions (
                    id INTEGER PRIMARY KEY, nonce INTEGER NOT NULL UNIQUE, mode INTEGER NOT NULL,
                    state INTEGER NOT NULL, created INTEGER NOT NULL,
                    height INTEGER, seq INTEGER, tx BLOB, reason TEXT, anchored INTEGER, manifest BLOB
                );
                CREATE INDEX IF NOT EXISTS submissions_pending ON submissions (nonce) WHERE state = 0;
                CREATE TABLE IF NOT EXISTS versions (
                    hash BLOB PRIMARY KEY, submission INTEGER NOT NULL, raw BLOB NOT NULL, max_fee BLOB NOT NULL
                );
                CREATE INDEX IF NOT EXISTS versions_submission ON versions (submission);
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

    // MARK: Metadata

    /// The chain this queue anchors on, fixed by the first node the gateway talked to: requests are
    /// signed for one chain, so a queue must never be sent to another.
    public func chainID() throws(AnchorStoreError) -> UInt64? {
        var found: UInt64?
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT value FROM meta WHERE key = 'chainId'", []) { row in
                found = row.blob(0).flatMap { UInt64(String(decoding: $0, as: UTF8.self)) }
            }
        }
        return found
    }

    public func setChainID(_ id: UInt64) throws(AnchorStoreError) {
        try transaction { () throws(StateDatabaseError) in
            try connection.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('chainId', ?)", [.blob(Array(String(id).utf8))])
        }
    }

    // MARK: Requests

    /// Queues a verified request durably; returns its queue id. A second request with the same digest is
    /// `.replayed`, whatever became of the first. Requests accepted together share one commit.
    @discardableResult
    public func accept(_ request: AnchorRequest, receivedMilliseconds: Int64) async throws(AnchorStoreError) -> Int64 {
        let inserted: Int64?
        do {
            inserted = try await group.perform { connection throws(StateDatabaseError) -> Int64? in
                var replayed = false
                try connection.run("SELECT 1 FROM requests WHERE digest = ?", [.blob(request.digest)]) { _ in replayed = true }
                if replayed { return nil }
                try connection.run(
                    "INSERT INTO requests (digest, sender, tag, cid, expires, received) VALUES (?, ?, ?, ?, ?, ?)",
                    [.blob(request.digest), .blob(request.sender.bytes), .blob(request.tag), .blob(request.cid),
                     .integer(Int64(clamping: request.expires)), .integer(receivedMilliseconds)])
                var id: Int64 = 0
                try connection.run("SELECT last_insert_rowid()", []) { id = $0.integer(0) }
                return id
            }
        } catch {
            throw .storage("\(error)")
        }
        guard let inserted else { throw .replayed }
        return inserted
    }

    /// The oldest `limit` requests no submission carries.
    public func waiting(limit: Int) throws(AnchorStoreError) -> [Waiting] {
        var found: [Waiting] = []
        try locked { () throws(StateDatabaseError) in
            try connection.run(
                "SELECT id, tag, cid, received FROM requests WHERE submission IS NULL ORDER BY id LIMIT ?", [.integer(Int64(limit))]
            ) { row in
                found.append(Waiting(id: row.integer(0), tag: row.blob(1) ?? [], cid: row.blob(2) ?? [], receivedMilliseconds: row.integer(3)))
            }
        }
        return found
    }

    /// How many requests wait, and when the oldest of them was received.
    public func waitingSummary() throws(AnchorStoreError) -> (count: Int, oldestMilliseconds: Int64?) {
        var count = 0
        var oldest: Int64?
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT count(*), min(received) FROM requests WHERE submission IS NULL", []) { row in
                count = Int(row.integer(0))
                oldest = row.isNull(1) ? nil : row.integer(1)
            }
        }
        return (count, oldest)
    }

    /// Where the request with `digest` stands; nil if unknown.
    public func status(digest: [UInt8]) throws(AnchorStoreError) -> Status? {
        var status: Status?
        try locked { () throws(StateDatabaseError) in
            try connection.run(
                """
                SELECT r.submission, s.nonce, s.mode, s.state, s.height, s.seq, s.tx,
                       (SELECT hash FROM versions v WHERE v.submission = s.id ORDER BY rowid DESC LIMIT 1)
                FROM requests r LEFT JOIN submissions s ON s.id = r.submission WHERE r.digest = ?
                """, [.blob(digest)]
            ) { row in
                if row.isNull(0) {
                    status = .waiting
                } else if row.integer(3) == 1 {
                    status = .anchored(
                        mode: row.integer(2) == 1 ? .batch : .single, height: UInt64(row.integer(4)), seq: UInt64(row.integer(5)),
                        transaction: row.blob(6) ?? [])
                } else {
                    status = .submitted(nonce: UInt64(row.integer(1)), transaction: row.blob(7) ?? [])
                }
            }
        }
        return status
    }

    // MARK: Submissions

    /// Binds `requests` to a new submission with `nonce` and stores its first signed version, in one
    /// transaction: from here on the requests are anchored by this nonce or returned to the queue.
    /// `manifest` is a batch's manifest CID (kept with the blobs once anchored).
    @discardableResult
    public func submit(requests: [Int64], nonce: UInt64, mode: AnchorMode, version: Version, manifest: [UInt8]? = nil, now: Int64)
        throws(AnchorStoreError) -> Int64
    {
        var id: Int64 = 0
        try transaction { () throws(StateDatabaseError) in
            try connection.run(
                "INSERT INTO submissions (nonce, mode, state, created, manifest) VALUES (?, ?, 0, ?, ?)",
                [.integer(Int64(bitPattern: nonce)), .integer(mode == .batch ? 1 : 0), .integer(now), manifest.map { .blob($0) } ?? .null])
            try connection.run("SELECT last_insert_rowid()", []) { id = $0.integer(0) }
            try insert(version, submission: id)
            for request in requests {
                try connection.run("UPDATE requests SET submission = ? WHERE id = ? AND submission IS NULL", [.integer(id), .integer(request)])
            }
        }
        return id
    }

    /// Stores another signed version (same nonce, new price) of a pending submission.
    public func addVersion(_ version: Version, to submission: Int64) throws(AnchorStoreError) {
        try transaction { () throws(StateDatabaseError) in try insert(version, submission: submission) }
    }

    /// Submissions neither anchored nor failed, in nonce order, each with its versions (oldest first).
    public func pending() throws(AnchorStoreError) -> [Pending] {
        var rows: [(Int64, UInt64, AnchorMode)] = []
        var versions: [Int64: [Version]] = [:]
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT id, nonce, mode FROM submissions WHERE state = 0 ORDER BY nonce", []) { row in
                rows.append((row.integer(0), UInt64(bitPattern: row.integer(1)), row.integer(2) == 1 ? .batch : .single))
            }
            try connection.run(
                "SELECT v.submission, v.hash, v.raw, v.max_fee FROM versions v JOIN submissions s ON s.id = v.submission WHERE s.state = 0 ORDER BY v.rowid",
                []
            ) { row in
                let fee = (row.blob(3) ?? []).reduce(UInt128(0)) { $0 << 8 | UInt128($1) }
                versions[row.integer(0), default: []].append(Version(hash: row.blob(1) ?? [], raw: row.blob(2) ?? [], maxFeePerGas: fee))
            }
        }
        return rows.map { Pending(id: $0.0, nonce: $0.1, mode: $0.2, versions: versions[$0.0] ?? []) }
    }

    /// The highest nonce any submission ever used, failed ones included (their nonces are spent).
    public func highestNonce() throws(AnchorStoreError) -> UInt64? {
        var highest: UInt64?
        try locked { () throws(StateDatabaseError) in
            try connection.run("SELECT max(nonce) FROM submissions", []) { row in
                highest = row.isNull(0) ? nil : UInt64(bitPattern: row.integer(0))
            }
        }
        return highest
    }

    /// What an anchored submission carried: its requests' CIDs and receipt times, and a batch's manifest.
    public struct Anchored: Sendable {
        public var requests: [(cid: [UInt8], receivedMilliseconds: Int64)] = []
        public var manifest: [UInt8]?
    }

    /// Records that `submission` is in block `height` (tag entry or batch number `seq`); returns what it
    /// anchored (for retention and latency).
    @discardableResult
    public func anchored(_ submission: Int64, height: UInt64, seq: UInt64, transaction hash: [UInt8], now: Int64)
        throws(AnchorStoreError) -> Anchored
    {
        var anchored = Anchored()
        try transaction { () throws(StateDatabaseError) in
            var pending = false
            try connection.run("SELECT manifest FROM submissions WHERE id = ? AND state = 0", [.integer(submission)]) {
                pending = true
                anchored.manifest = $0.blob(0)
            }
            guard pending else { return }
            try connection.run(
                "UPDATE submissions SET state = 1, height = ?, seq = ?, tx = ?, anchored = ? WHERE id = ? AND state = 0",
                [.integer(Int64(bitPattern: height)), .integer(Int64(bitPattern: seq)), .blob(hash), .integer(now), .integer(submission)])
            try connection.run("SELECT cid, received FROM requests WHERE submission = ?", [.integer(submission)]) { row in
                anchored.requests.append((row.blob(0) ?? [], row.integer(1)))
            }
        }
        return anchored
    }

    /// Records that `submission`'s nonce was spent without anchoring (reverted, or taken by another
    /// transaction) and returns its requests to the queue; returns how many went back.
    @discardableResult
    public func failed(_ submission: Int64, reason: String) throws(AnchorStoreError) -> Int {
        var requeued = 0
        try transaction { () throws(StateDatabaseError) in
            // Only a pending submission can fail: an anchored one's requests must never go back.
            var pending = false
            try connection.run("SELECT 1 FROM submissions WHERE id = ? AND state = 0", [.integer(submission)]) { _ in pending = true }
            guard pending else { return }
            try connection.run("UPDATE submissions SET state = 2, reason = ? WHERE id = ?", [.blob(Array(reason.utf8)), .integer(submission)])
            try connection.run("SELECT count(*) FROM requests WHERE submission = ?", [.integer(submission)]) { requeued = Int($0.integer(0)) }
            try connection.run("UPDATE requests SET submission = NULL WHERE submission = ?", [.integer(submission)])
        }
        return requeued
    }

    /// Forgets anchored requests that expired before `now` (Unix seconds): a replay of one is refused as
    /// expired anyway, so the digest need not be kept.
    public func purge(now: UInt64) throws(AnchorStoreError) {
        try transaction { () throws(StateDatabaseError) in
            try connection.run(
                "DELETE FROM requests WHERE expires < ? AND submission IN (SELECT id FROM submissions WHERE state = 1)",
                [.integer(Int64(clamping: now))])
        }
    }

    /// How many requests each submission state holds: anchored, and all.
    public func counts() throws(AnchorStoreError) -> (anchored: Int, total: Int) {
        var anchored = 0, total = 0
        try locked { () throws(StateDatabaseError) in
            try connection.run(
                "SELECT count(*), coalesce(sum(s.state = 1), 0) FROM requests r LEFT JOIN submissions s ON s.id = r.submission", []
            ) { row in
                total = Int(row.integer(0))
                anchored = Int(row.integer(1))
            }
        }
        return (anchored, total)
    }

    // MARK: SQLite

    private func insert(_ version: Version, submission: Int64) throws(StateDatabaseError) {
        var fee: [UInt8] = []
        for shift in stride(from: 120, through: 0, by: -8) { fee.append(UInt8(truncatingIfNeeded: version.maxFeePerGas >> UInt128(shift))) }
        try connection.run(
            "INSERT OR IGNORE INTO versions (hash, submission, raw, max_fee) VALUES (?, ?, ?, ?)",
            [.blob(version.hash), .integer(submission), .blob(version.raw), .blob(fee)])
    }

    private func locked(_ body: () throws(StateDatabaseError) -> Void) throws(AnchorStoreError) {
        lock.lock()
        defer { lock.unlock() }
        do { try body() } catch { throw .storage("\(error)") }
    }

    /// `body` in one SQLite transaction: durable when this returns, or not at all.
    private func transaction(_ body: () throws(StateDatabaseError) -> Void) throws(AnchorStoreError) {
        try locked { () throws(StateDatabaseError) in try connection.transaction(body) }
    }
}
