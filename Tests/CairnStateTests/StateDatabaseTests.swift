import CairnState
import Foundation
import Testing

@Suite("State database (SQLite)")
struct StateDatabaseTests {
    /// Runs `body` with a fresh directory that is removed afterwards, whether the body passes, fails or throws.
    static func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory.appendingPathComponent("state.sqlite").path)
    }

    /// Commits `heights` random blocks; returns the model state after each height.
    static func commitRandomBlocks(
        _ database: StateDatabase, heights: Range<UInt64>, universe: Int, start: [StateKey: [UInt8]] = [:], rng: inout SplitMix64
    ) throws -> [[StateKey: [UInt8]]] {
        var model = start
        var snapshots: [[StateKey: [UInt8]]] = []
        for height in heights {
            let block = database.beginBlock()
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                let key = TestKeys.key(Int.random(in: 0..<universe, using: &rng))
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    try block.delete(key)
                    model[key] = nil
                } else {
                    let value = TestKeys.randomValue(&rng)
                    try block.set(key, value)
                    model[key] = value
                }
                // Reads see the block's own pending writes.
                #expect(try block.get(key) == model[key])
            }
            let root = try block.commit(height: height)
            #expect(root == SparseMerkleTree(model).root, "height \(height)")
            #expect(try database.root(at: height) == root)
            snapshots.append(model)
        }
        return snapshots
    }

    /// Every key of the universe at every height: the stored value and a verifying proof.
    static func checkEveryHeight(_ database: StateDatabase, _ snapshots: [[StateKey: [UInt8]]], universe: Int) throws {
        for (index, model) in snapshots.enumerated() {
            let height = UInt64(index)
            let root = try database.root(at: height)
            for n in 0..<universe {
                let key = TestKeys.key(n)
                #expect(try database.value(key, at: height) == model[key], "height \(height) key \(n)")
                let proof = try database.proof(key, at: height)
                #expect(proof.verify(root: root, key: key, value: model[key]), "height \(height) key \(n)")
            }
        }
    }

    @Test("roots match the in-memory tree and every height keeps its values and proofs", arguments: 0..<3)
    func everyHeightProvable(seed: UInt64) throws {
        try Self.withTemporaryDirectory { path in
            var rng = SplitMix64(seed: seed)
            let database = try StateDatabase(path: path)
            let snapshots = try Self.commitRandomBlocks(database, heights: 0..<8, universe: 150, rng: &rng)
            try Self.checkEveryHeight(database, snapshots, universe: 150)
            #expect(database.latestHeight == 7)
        }
    }

    @Test("reopening after close gives the same roots, values and proofs, and commits carry on")
    func reopenKeepsState() throws {
        try Self.withTemporaryDirectory { path in
            var rng = SplitMix64(seed: 42)
            var database = try StateDatabase(path: path)
            var snapshots = try Self.commitRandomBlocks(database, heights: 0..<5, universe: 100, rng: &rng)
            let roots = try (0..<5).map { try database.root(at: UInt64($0)) }
            database.close()
            #expect(throws: StateDatabaseError.closed) { try database.root(at: 0) }

            database = try StateDatabase(path: path)
            #expect(database.latestHeight == 4)
            #expect(try (0..<5).map { try database.root(at: UInt64($0)) } == roots)
            try Self.checkEveryHeight(database, snapshots, universe: 100)
            snapshots += try Self.commitRandomBlocks(database, heights: 5..<8, universe: 100, start: snapshots[4], rng: &rng)
            try Self.checkEveryHeight(database, snapshots, universe: 100)
        }
    }

    @Test("a refused commit leaves the previous height intact")
    func refusedCommitChangesNothing() throws {
        try Self.withTemporaryDirectory { path in
            let database = try StateDatabase(path: path)
            let first = database.beginBlock()
            try first.set(TestKeys.key(1), [1])
            let root = try first.commit(height: 0)
            #expect(throws: StateDatabaseError.writerFinished) { try first.commit(height: 1) }
            #expect(throws: StateDatabaseError.writerFinished) { try first.set(TestKeys.key(2), [2]) }

            let skipping = database.beginBlock()
            try skipping.set(TestKeys.key(1), [9])
            #expect(throws: StateDatabaseError.heightOutOfOrder(expected: 1, got: 2)) { try skipping.commit(height: 2) }
            #expect(throws: StateDatabaseError.heightOutOfOrder(expected: 1, got: 0)) { try skipping.commit(height: 0) }
            #expect(database.latestHeight == 0)
            #expect(try database.root(at: 0) == root)
            #expect(try database.value(TestKeys.key(1), at: 0) == [1])
            #expect(throws: StateDatabaseError.unknownHeight(1)) { try database.root(at: 1) }
            #expect(throws: StateDatabaseError.unknownHeight(1)) { try database.value(TestKeys.key(1), at: 1) }
            // The refused writer's block can still be committed at the right height.
            #expect(try skipping.commit(height: 1) == SparseMerkleTree([TestKeys.key(1): [9]]).root)
        }
    }

    @Test("an empty value is present, and a deleted key is absent, across reopen")
    func emptyValueIsPresent() throws {
        try Self.withTemporaryDirectory { path in
            var database = try StateDatabase(path: path)
            let block = database.beginBlock()
            try block.set(TestKeys.key(1), [])
            try block.set(TestKeys.key(2), [5])
            try block.delete(TestKeys.key(3))
            _ = try block.commit(height: 0)
            let next = database.beginBlock()
            try next.delete(TestKeys.key(2))
            _ = try next.commit(height: 1)
            database.close()
            database = try StateDatabase(path: path)
            #expect(try database.value(TestKeys.key(1), at: 1) == [])
            #expect(try database.value(TestKeys.key(2), at: 0) == [5])
            #expect(try database.value(TestKeys.key(2), at: 1) == nil)
            #expect(try database.value(TestKeys.key(3), at: 1) == nil)
            #expect(try database.proof(TestKeys.key(1), at: 1).verify(root: database.root(at: 1), key: TestKeys.key(1), value: []))
            #expect(try database.proof(TestKeys.key(2), at: 1).verify(root: database.root(at: 1), key: TestKeys.key(2), value: nil))
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }
}
