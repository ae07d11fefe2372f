import CSQLite
import CairnBlobs
import CairnGateway
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// The blob store (`CairnBlobs.BlobStore`) against what it is built on, measured in the same run: puts
/// and gets of 1 KiB (a padded message) and 1 MiB (the largest single chunk), beside raw SQLite through
/// the C API with the store's durability settings (WAL, `synchronous=FULL`, one transaction per put) and
/// beside one file per blob with `fsync`. Then the same 1 KiB put and get through an in-process `Gateway`
/// over HTTP on loopback, against the store's own figures. Everything lives in a temporary directory
/// removed afterwards.
extension Bench {
    static let blobSizes = [(label: "1 KiB", bytes: 1 << 10), (label: "1 MiB", bytes: 1 << 20)]

    /// The names of the blob cases, to skip their setup when `CAIRN_BENCH_FILTER` leaves none of them.
    static func blobCaseNames() -> [String] {
        blobSizes.flatMap { size in
            ["blobs.put (\(size.label))", "blobs.get (\(size.label))", "blobs.cid (\(size.label))", sqlitePutName(size.label), sqliteGetName(size.label),
             filePutName(size.label), fileGetName(size.label)]
        } + [gatewayPutName, gatewayGetName]
    }

    static func sqlitePutName(_ size: String) -> String { "raw C: sqlite blob insert + commit (\(size), WAL, synchronous=FULL)" }
    static func sqliteGetName(_ size: String) -> String { "raw C: sqlite blob select (\(size))" }
    static func filePutName(_ size: String) -> String { "raw C: blob file write + fsync (\(size), one file each)" }
    static func fileGetName(_ size: String) -> String { "raw C: blob file read (\(size))" }
    static let gatewayPutName = "gateway.http blob put (1 KiB, POST /v1/blobs, loopback keep-alive)"
    static let gatewayGetName = "gateway.http blob get (1 KiB, GET /ipfs/{cid}, loopback keep-alive)"

    /// Registers the blob cases; returns what closes the stores, stops the gateway and removes the
    /// directory once every case has run. Nil when the filter leaves none of them.
    static func measureBlobs() throws -> (() -> Void)? {
        if let filter = ProcessInfo.processInfo.environment["CAIRN_BENCH_FILTER"], !blobCaseNames().contains(where: { $0.contains(filter) }) {
            return nil
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-blobs-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        let files = directory.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        let store = try BlobStore(path: directory.appendingPathComponent("store.sqlite").path)
        let table = try RawBlobTable(path: directory.appendingPathComponent("raw.sqlite").path)
        let now = UInt64(Date().timeIntervalSince1970)
        // Setup puts use their own counter range, so the timed puts never repeat a CID (a repeat would
        // only refresh a timestamp, not store anything).
        var counter: UInt64 = 1 << 40

        for size in blobSizes {
            var content = [UInt8](repeating: 0x5a, count: size.bytes)
            func distinct() -> [UInt8] {
                counter += 1
                withUnsafeBytes(of: counter.littleEndian) { content.replaceSubrange(0..<8, with: $0) }
                return content
            }
            // A 1 KiB put keeps what it stored (a few thousand rows); a 1 MiB one removes the previous
            // blob first, untimed, so that the files stay small: the timed step is the put alone.
            let large = size.bytes > 1 << 16
            var previousCID: CID?
            var previousKey: [UInt8]?
            var previousFile: String?
            if large {
                measureSteps("blobs.put (\(size.label))", steps: ["put"], batch: 1, baseline: sqlitePutName(size.label)) {
                    if let previous = previousCID { _ = try! store.delete(previous) }
                    let blob = distinct()
                    let start = ContinuousClock.now
                    previousCID = try! store.put(blob, now: now)
                    return [ContinuousClock.now - start]
                }
                measureSteps(sqlitePutName(size.label), steps: ["put"], batch: 1) {
                    if let previous = previousKey { try! table.delete(key: previous) }
                    let blob = distinct()
                    let key = RawBlobTable.key(counter)
                    let start = ContinuousClock.now
                    try! table.insert(key: key, data: blob)
                    let elapsed = ContinuousClock.now - start
                    previousKey = key
                    return [elapsed]
                }
                measureSteps(filePutName(size.label), steps: ["put"], batch: 1, baseline: sqlitePutName(size.label)) {
                    if let previous = previousFile { unlink(previous) }
                    let blob = distinct()
                    let path = files.appendingPathComponent("\(counter)").path
                    let start = ContinuousClock.now
                    try! RawBlobFiles.write(blob, to: path)
                    let elapsed = ContinuousClock.now - start
                    previousFile = path
                    return [elapsed]
                }
            } else {
                measure("blobs.put (\(size.label))", baseline: sqlitePutName(size.label)) { sink &+= UInt64(try! store.put(distinct(), now: now).digest[0]) }
                measure(sqlitePutName(size.label)) {
                    let blob = distinct()
                    try! table.insert(key: RawBlobTable.key(counter), data: blob)
                }
                measure(filePutName(size.label), baseline: sqlitePutName(size.label)) {
                    let blob = distinct()
                    try! RawBlobFiles.write(blob, to: files.appendingPathComponent("\(counter)").path)
                }
            }

            // What naming a blob costs (SHA-256 of it): a put pays it once, and so does every get (the
            // store checks what it read against the CID).
            measure("blobs.cid (\(size.label))", batch: large ? 1 : 100) {
                for _ in 0..<(large ? 1 : 100) { sink &+= UInt64(CID(content: content).digest[0]) }
            }

            // Gets cycle through blobs put beforehand: 1,000 of 1 KiB, 8 of 1 MiB. They are read back
            // soon after being written, so they come from the page cache, as recent messages would.
            let count = large ? 8 : 1_000
            var cids: [CID] = [], keys: [[UInt8]] = [], paths: [String] = []
            for _ in 0..<count {
                let blob = distinct()
                cids.append(try store.put(blob, now: now))
                keys.append(RawBlobTable.key(counter))
                try table.insert(key: keys.last!, data: blob)
                paths.append(files.appendingPathComponent("get-\(counter)").path)
                try RawBlobFiles.write(blob, to: paths.last!)
            }
            let batch = large ? 1 : 100
            var next = 0
            var into = [UInt8](repeating: 0, count: size.bytes)
            measure("blobs.get (\(size.label))", batch: batch, baseline: sqliteGetName(size.label)) {
                for _ in 0..<batch {
                    next = (next + 1) % count
                    sink &+= UInt64(try! store.content(cids[next])![8])
                }
            }
            measure(sqliteGetName(size.label), batch: batch) {
                for _ in 0..<batch {
                    next = (next + 1) % count
                    sink &+= UInt64(try! table.select(key: keys[next], into: &into))
                }
            }
            measure(fileGetName(size.label), batch: batch, baseline: sqliteGetName(size.label)) {
                for _ in 0..<batch {
                    next = (next + 1) % count
                    sink &+= UInt64(try! RawBlobFiles.read(paths[next], into: &into))
                }
            }
        }

        let gateway = try measureGatewayHTTP(directory: directory, counter: &counter)
        return {
            try? runBlocking { await gateway.stop() }
            gateway.store.close()
            store.close()
            table.close()
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// 1 KiB puts and gets through an in-process blob-only `Gateway` on a free loopback port, one
    /// keep-alive connection from this thread: the HTTP layer's cost over the store's.
    static func measureGatewayHTTP(directory: URL, counter: inout UInt64) throws -> Gateway {
        let store = try BlobStore(path: directory.appendingPathComponent("gateway.sqlite").path)
        var logger = Logger(label: "cairn-bench.gateway") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let gateway = Gateway(store: store, configuration: GatewayConfiguration(host: "127.0.0.1", port: 0), logger: logger)
        let port = try runBlocking { try await gateway.start() }
        let connection = HTTPConnection(port: port)
        let now = UInt64(Date().timeIntervalSince1970)
        var content = [UInt8](repeating: 0xa7, count: 1 << 10)
        var next = counter
        func distinct() -> [UInt8] {
            next += 1
            withUnsafeBytes(of: next.littleEndian) { content.replaceSubrange(0..<8, with: $0) }
            return content
        }
        let paths = try (0..<1_000).map { _ in "/ipfs/" + (try store.put(distinct(), now: now)).string }
        counter = next
        measure(gatewayPutName, batch: 10, baseline: "blobs.put (1 KiB)") {
            for _ in 0..<10 {
                let reply = try! connection.request("POST", "/v1/blobs", body: distinct(), contentType: "application/octet-stream")
                precondition(reply.status == 201, "POST /v1/blobs answered \(reply.status): \(reply.text)")
            }
        }
        var index = 0
        measure(gatewayGetName, batch: 100, baseline: "blobs.get (1 KiB)") {
            for _ in 0..<100 {
                index = (index + 1) % paths.count
                let reply = try! connection.request("GET", paths[index])
                precondition(reply.status == 200 && reply.body.count == 1 << 10, "GET \(paths[index]) answered \(reply.status)")
                sink &+= UInt64(reply.body[8])
            }
        }
        return gateway
    }

    /// Runs async work to completion from synchronous code. Detached, so that it never waits for the
    /// main actor this thread is blocking.
    static func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Shared<Swift.Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                let value = try await body()
                outcome.value.withLock { $0 = .success(value) }
            } catch {
                outcome.value.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        return try outcome.value.withLock { $0! }.get()
    }
}

/// A table of blobs written through SQLite's C API with the blob store's durability settings (WAL,
/// `synchronous=FULL`, one `BEGIN IMMEDIATE … COMMIT` per insert) and none of its work: no hashing, no
/// retention column or indexes, prepared statements only. The floor under `BlobStore.put`.
final class RawBlobTable {
    private let db: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]

    init(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let handle else { throw Bench.BenchError("cannot open \(path)") }
        db = handle
        for sql in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "CREATE TABLE blobs (cid BLOB PRIMARY KEY, data BLOB NOT NULL)"] {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw Bench.BenchError(String(cString: sqlite3_errmsg(db))) }
        }
    }

    func close() {
        for statement in statements.values { sqlite3_finalize(statement) }
        statements = [:]
        sqlite3_close(db)
    }

    /// A 36-byte key shaped like a CID (prefix and 32 well-mixed bytes), so the B-tree sees keys as
    /// scattered as real CIDs, without hashing the content.
    static func key(_ n: UInt64) -> [UInt8] {
        var key: [UInt8] = [0x01, 0x55, 0x12, 0x20]
        var x = n
        for _ in 0..<4 {
            // splitmix64
            x &+= 0x9e37_79b9_7f4a_7c15
            var z = x
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            z ^= z >> 31
            withUnsafeBytes(of: z) { key += $0 }
        }
        return key
    }

    func insert(key: [UInt8], data: [UInt8]) throws {
        try step("BEGIN IMMEDIATE")
        try step("INSERT INTO blobs (cid, data) VALUES (?, ?)") { statement in
            _ = key.withUnsafeBytes { sqlite3_bind_blob(statement, 1, $0.baseAddress, Int32($0.count), nil) }
            _ = data.withUnsafeBytes { sqlite3_bind_blob(statement, 2, $0.baseAddress, Int32($0.count), nil) }
        }
        try step("COMMIT")
    }

    func delete(key: [UInt8]) throws {
        try step("DELETE FROM blobs WHERE cid = ?") { statement in
            _ = key.withUnsafeBytes { sqlite3_bind_blob(statement, 1, $0.baseAddress, Int32($0.count), nil) }
        }
    }

    /// Copies the blob into `buffer` (large enough) and returns its first byte.
    func select(key: [UInt8], into buffer: inout [UInt8]) throws -> UInt8 {
        let statement = try prepared("SELECT data FROM blobs WHERE cid = ?")
        defer { sqlite3_reset(statement) }
        _ = key.withUnsafeBytes { sqlite3_bind_blob(statement, 1, $0.baseAddress, Int32($0.count), nil) }
        guard sqlite3_step(statement) == SQLITE_ROW, let bytes = sqlite3_column_blob(statement, 0) else {
            throw Bench.BenchError("no row for a key that was inserted")
        }
        let count = Int(sqlite3_column_bytes(statement, 0))
        buffer.withUnsafeMutableBytes { _ = memcpy($0.baseAddress!, bytes, min(count, $0.count)) }
        return buffer[0]
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Bench.BenchError(String(cString: sqlite3_errmsg(db)))
        }
        statements[sql] = statement
        return statement
    }

    private func step(_ sql: String, bind: (OpaquePointer) -> Void = { _ in }) throws {
        let statement = try prepared(sql)
        defer { sqlite3_reset(statement) }
        bind(statement)
        guard sqlite3_step(statement) == SQLITE_DONE else { throw Bench.BenchError(String(cString: sqlite3_errmsg(db))) }
    }
}

/// One file per blob: the other way a blob store could be built. A write is durable once `fsync` on
/// the file returns (the new name in its directory is not synced: a lower bound on that design).
enum RawBlobFiles {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Bench.BenchError("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            guard n > 0 else { throw Bench.BenchError("write \(path): \(String(cString: strerror(errno)))") }
            written += n
        }
        guard fsync(fd) == 0 else { throw Bench.BenchError("fsync \(path): \(String(cString: strerror(errno)))") }
    }

    /// Reads the file into `buffer` (large enough) and returns its first byte.
    static func read(_ path: String, into buffer: inout [UInt8]) throws -> UInt8 {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Bench.BenchError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var total = 0
        while total < buffer.count {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            guard n >= 0 else { throw Bench.BenchError("read \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            total += n
        }
        return buffer[0]
    }
}
