import CairnCrypto
import CairnState
import Foundation

/// Authenticated-state benchmarks: the root of a block of writes, proof generation and verification,
/// in memory and through the SQLite store, over a tree of 100k keys (`CAIRN_BENCH_STATE_KEYS`).
extension Bench {
    static let stateKeyCount = Int(ProcessInfo.processInfo.environment["CAIRN_BENCH_STATE_KEYS"] ?? "") ?? 100_000

    /// Key number `n`: a storage slot of one of 1,000 contracts, the commonest kind of key.
    static func stateKey(_ n: Int) -> StateKey {
        let index = withUnsafeBytes(of: UInt32(truncatingIfNeeded: n).bigEndian) { Array($0) }
        var address = [UInt8](repeating: 0, count: 16) + withUnsafeBytes(of: UInt32(n % 1000).bigEndian) { Array($0) }
        address[0] = 0xc0
        return .storage(try! Address(bytes: address), index + [UInt8](repeating: 0, count: 28))
    }

    /// Returns the function that closes and deletes the database once every case has run.
    static func measureState() throws -> () -> Void {
        let keys = (0..<stateKeyCount).map(stateKey)
        let value = [UInt8](repeating: 0x5a, count: 32)
        var initial: [StateKey: [UInt8]?] = [:]
        for key in keys { initial[key] = value }
        var tree = SparseMerkleTree()
        tree.apply(initial)

        // 1,000 of the existing keys rewritten per block, a different thousand each time, values changing.
        var generation: UInt64 = 0
        func block() -> [StateKey: [UInt8]?] {
            generation += 1
            var writes: [StateKey: [UInt8]?] = [:]
            for i in 0..<1000 {
                let n = Int((generation &* 1000 &+ UInt64(i)) % UInt64(keys.count))
                writes[keys[n]] = withUnsafeBytes(of: generation) { Array($0) } + value
            }
            return writes
        }
        measure("state.root (1,000 writes over 100k keys, memory)", baseline: recoverBaseline) {
            sink &+= UInt64(tree.apply(block()).bytes[0])
        }

        let proofKeys = (0..<100).map { keys[($0 * 7919) % keys.count] }
        measure("state.proof (100k keys, memory)", batch: 100, baseline: recoverBaseline) {
            for key in proofKeys { sink &+= UInt64(tree.proof(for: key).siblings.count) }
        }
        let proofs = proofKeys.map { ($0, tree.proof(for: $0), tree.value(for: $0)) }
        let root = tree.root
        measure("state.verify (100k keys)", batch: 100, baseline: recoverBaseline) {
            for (key, proof, value) in proofs { sink &+= proof.verify(root: root, key: key, value: value) ? 1 : 0 }
        }
        let sizes = proofs.map { $0.1.canonicalBytes.count }
        fixedResults.append(Result(name: "state.proof size (100k keys, mean)", value: Double(sizes.reduce(0, +)) / Double(sizes.count),
                                   unit: "B", iterations: sizes.count, seconds: 0))

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-state-\(getpid()).sqlite").path
        let prunedPath = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-state-pruned-\(getpid()).sqlite").path
        let database = try StateDatabase(path: path)
        // The same workload with pruning on: each commit also deletes one height's orphaned nodes and kv rows.
        let pruned = try StateDatabase(path: prunedPath, retainedHeights: 10)
        for store in [database, pruned] {
            let genesis = store.beginBlock()
            for key in keys { try genesis.set(key, value) }
            _ = try genesis.commit(height: 0)
        }
        measure("state.commit (1,000 writes over 100k keys, SQLite)", baseline: recoverBaseline) {
            let writer = database.beginBlock()
            for (key, value) in block() { try! writer.set(key, value!) }
            sink &+= UInt64(try! writer.commit(height: database.latestHeight! + 1).bytes[0])
        }
        measure("state.commit (1,000 writes over 100k keys, SQLite, retaining 10 heights)", baseline: recoverBaseline) {
            let writer = pruned.beginBlock()
            for (key, value) in block() { try! writer.set(key, value!) }
            sink &+= UInt64(try! writer.commit(height: pruned.latestHeight! + 1).bytes[0])
        }
        measure("state.proof (100k keys, SQLite)", batch: 100, baseline: recoverBaseline) {
            let height = database.latestHeight!
            for key in proofKeys { sink &+= UInt64(try! database.proof(key, at: height).siblings.count) }
        }
        measure("state.value (100k keys, SQLite)", batch: 100, baseline: recoverBaseline) {
            let height = database.latestHeight!
            for key in proofKeys { sink &+= UInt64(try! database.value(key, at: height)?.count ?? 0) }
        }
        return {
            database.close()
            pruned.close()
            for suffix in ["", "-wal", "-shm"] {
                unlink(path + suffix)
                unlink(prunedPath + suffix)
            }
        }
    }
}
