import CSQLite
import CSecp256k1
import CairnCrypto
import CairnRPC
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What the anchored-messages phase holds its figures against, measured in the same run, and the watcher
/// that tells when the block completing the timed span was committed.
extension Bench {
    // MARK: Physical limits, same run

    /// Raw C public-key recoveries a second on one core (best of three 200 ms windows): every anchoring
    /// request costs the gateway one.
    static func rawRecoverRate() -> Double {
        let context = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY))!
        defer { secp256k1_context_destroy(context) }
        let digest = SHA256.hash(Array("cairn bench anchored".utf8))
        var seckey = [UInt8](repeating: 0, count: 32)
        seckey[31] = 9
        var signature = secp256k1_ecdsa_recoverable_signature(), recovered = secp256k1_pubkey()
        _ = secp256k1_ecdsa_sign_recoverable(context, &signature, digest, seckey, nil, nil)
        return bestRate { sink &+= UInt64(secp256k1_ecdsa_recover(context, &recovered, &signature, digest)) }
    }

    /// Raw C inserts of rows the size of an envelope into a WAL file with the gateway's durability
    /// (`synchronous=FULL`), `perTransaction` to a commit as one bulk is (best of three 200 ms windows).
    static func rawSQLiteInsertRate(rowSize: Int, perTransaction: Int) throws -> Double {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-anchored-\(getpid()).sqlite").path
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw BenchError("cannot open \(path)") }
        defer {
            sqlite3_close(db)
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        }
        for sql in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "CREATE TABLE t (k BLOB PRIMARY KEY, v BLOB)"] {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw BenchError(String(cString: sqlite3_errmsg(db))) }
        }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO t (k, v) VALUES (?, ?)", -1, &statement, nil) == SQLITE_OK else {
            throw BenchError(String(cString: sqlite3_errmsg(db)))
        }
        defer { sqlite3_finalize(statement) }
        let row = [UInt8](repeating: 0x5a, count: rowSize)
        var next: UInt64 = 0
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        return bestRate(batch: perTransaction) {
            sqlite3_exec(db, "BEGIN", nil, nil, nil)
            for _ in 0..<perTransaction {
                next += 1
                let key = SHA256.hash(withUnsafeBytes(of: next) { Array($0) })  // random-looking keys, as CIDs are
                _ = key.withUnsafeBytes { sqlite3_bind_blob(statement, 1, $0.baseAddress, Int32($0.count), transient) }
                _ = row.withUnsafeBytes { sqlite3_bind_blob(statement, 2, $0.baseAddress, Int32($0.count), transient) }
                sqlite3_step(statement)
                sqlite3_reset(statement)
            }
            sqlite3_exec(db, "COMMIT", nil, nil, nil)
        }
    }

    /// Operations a second of `body` (which does `batch` of them), the best of three 200 ms windows.
    static func bestRate(batch: Int = 1, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var best = 0.0
        for _ in 0..<3 {
            var count = 0
            let start = clock.now
            repeat {
                body()
                count += batch
            } while clock.now - start < .milliseconds(200)
            best = max(best, Double(count) / seconds(clock.now - start))
        }
        return best
    }

    /// Polls a node's height every 10 ms on a thread of its own and remembers when each height was first
    /// seen: the end of a timed span is when the block that completes it was committed.
    final class HeightWatcher: Sendable {
        private let seenAt = Mutex<[UInt64: ContinuousClock.Instant]>([:])
        private let stopped = Mutex(false)
        private let done = DispatchGroup()

        init(_ node: RPCClient, from start: UInt64) {
            done.enter()
            Thread.detachNewThread { [self] in
                defer { done.leave() }
                var last = start
                while !stopped.withLock({ $0 }) {
                    if let height = try? LocalDevnet.height(node), height > last {
                        let now = ContinuousClock.now
                        seenAt.withLock { for h in (last + 1)...height { $0[h] = now } }
                        last = height
                    }
                    Thread.sleep(forTimeInterval: 0.01)
                }
            }
        }

        /// When `height` was first seen, waiting up to `patience` for it.
        func seen(_ height: UInt64, within patience: Duration) -> ContinuousClock.Instant? {
            let deadline = ContinuousClock.now + patience
            while true {
                if let instant = seenAt.withLock({ $0[height] }) { return instant }
                guard ContinuousClock.now < deadline else { return nil }
                Thread.sleep(forTimeInterval: 0.01)
            }
        }

        func stop() {
            guard !stopped.withLock({ was in defer { was = true }; return was }) else { return }
            done.wait()
        }
    }
}
