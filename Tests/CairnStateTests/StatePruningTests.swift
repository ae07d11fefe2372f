@testable import CairnState
import Foundation
import Testing

@Suite("State database pruning")
struct StatePruningTests {
    /// Checks every height of `snapshots`: below `oldest` each read throws `pruned`; from `oldest` on every key
    /// of the universe has the model's value and a proof that verifies against the height's root.
    static func checkRetention(
        _ database: StateDatabase, _ snapshots: [[StateKey: [UInt8]]], oldest: UInt64, universe: Int
    ) throws {
        #expect(database.oldestRetainedHeight == oldest)
        for (index, model) in snapshots.enumerated() {
            let height = UInt64(index)
            let key = TestKeys.key(index % universe)
            if height < oldest {
                let pruned = StateDatabaseError.pruned(height, oldestRetained: oldest)
                #expect(throws: pruned) { try database.root(at: height) }
                #expect(throws: pruned) { try database.value(key, at: height) }
                #expect(throws: pruned) { try database.proof(key, at: height) }
                continue
            }
            let root = try database.root(at: height)
            #expect(root == SparseMerkleTree(model).root, "height \(height)")
            for n in 0..<universe {
                let key = TestKeys.key(n)
                #expect(try database.value(key, at: height) == model[key], "height \(height) key \(n)")
                #expect(try database.proof(key, at: height).verify(root: root, key: key, value: model[key]), "height \(height) key \(n)")
            }
        }
    }

    @Test("retained heights keep their values and proofs after pruning; pruned heights throw pruned", arguments: 0..<4)
    func retainedHeightsStayProvable(seed: UInt64) throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            var rng = SplitMix64(seed: 100 + seed)
            let retained: UInt64 = 1 + seed * 2 // 1, 3, 5, 7: from only the latest to a wider window
            let database = try StateDatabase(path: path, retainedHeights: retained)
            // A small universe, so keys are deleted, come back, and take earlier values again across heights.
            let snapshots = try StateDatabaseTests.commitRandomBlocks(database, heights: 0..<30, universe: 60, rng: &rng)
            try Self.checkRetention(database, snapshots, oldest: 30 - retained, universe: 60)
            #expect(try database.statistics().heights == Int(retained))
            #expect(throws: StateDatabaseError.unknownHeight(30)) { try database.root(at: 30) }
            // Again from the file alone, with no node cache that could hide a node pruning took by mistake.
            database.close()
            try Self.checkRetention(try StateDatabase(path: path, retainedHeights: retained), snapshots, oldest: 30 - retained, universe: 60)
        }
    }

    @Test("a value set back to an earlier one is a new copy: pruning the old one leaves the new tree whole")
    func valuesSetBackSurvivePruning() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            let database = try StateDatabase(path: path, retainedHeights: 1)
            var model: [StateKey: [UInt8]] = [:]
            var snapshots: [[StateKey: [UInt8]]] = []
            // Every key flips between two values, and every other block deletes half the keys and restores
            // them, so the same leaves and branches are written again and again, one height after their
            // previous copies were orphaned.
            for height in 0..<12 {
                let block = database.beginBlock()
                for n in 0..<40 {
                    let key = TestKeys.key(n)
                    if height % 4 == 3, n % 2 == 0 {
                        try block.delete(key)
                        model[key] = nil
                    } else {
                        try block.set(key, TestKeys.value(n, height % 2))
                        model[key] = TestKeys.value(n, height % 2)
                    }
                }
                _ = try block.commit(height: UInt64(height))
                snapshots.append(model)
                try Self.checkRetention(database, snapshots, oldest: UInt64(height), universe: 40)
            }
        }
    }

    @Test("a steady rewrite workload keeps the node table at the retained window's size")
    func nodeTableStaysBounded() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            let keys = 500, retained = 10
            let database = try StateDatabase(path: path, retainedHeights: UInt64(retained))
            var model: [StateKey: [UInt8]] = [:]
            var largest = 0, treeSize = 0
            for height in 0..<200 {
                let block = database.beginBlock()
                for n in 0..<keys {
                    try block.set(TestKeys.key(n), TestKeys.value(n, height))
                    model[TestKeys.key(n)] = TestKeys.value(n, height)
                }
                _ = try block.commit(height: UInt64(height))
                largest = max(largest, try database.statistics().nodes)
                if height == 0 { treeSize = try database.statistics().nodes }
            }
            // Every block rewrites every key, so it replaces every node of the previous tree (the same shape,
            // since the key set is the same): the table holds exactly the retained trees' copies, and one row per
            // key per retained height. Without pruning it would hold 200 trees.
            #expect(treeSize >= 2 * keys - 1)
            let statistics = try database.statistics()
            #expect(statistics == .init(heights: retained, nodes: retained * treeSize, staleNodes: (retained - 1) * treeSize,
                                        values: retained * keys))
            #expect(largest == retained * treeSize)
            let latest = try #require(database.latestHeight)
            for n in stride(from: 0, to: keys, by: 37) {
                let key = TestKeys.key(n)
                #expect(try database.proof(key, at: latest - 9).verify(root: database.root(at: latest - 9), key: key,
                                                                      value: TestKeys.value(n, Int(latest) - 9)))
            }
        }
    }

    @Test("reopening a pruned database keeps its window, and pruning carries on")
    func reopenAfterPruning() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            var rng = SplitMix64(seed: 7)
            var database = try StateDatabase(path: path, retainedHeights: 4)
            var snapshots = try StateDatabaseTests.commitRandomBlocks(database, heights: 0..<12, universe: 80, rng: &rng)
            database.close()

            database = try StateDatabase(path: path, retainedHeights: 4)
            #expect(database.latestHeight == 11)
            try Self.checkRetention(database, snapshots, oldest: 8, universe: 80)
            snapshots += try StateDatabaseTests.commitRandomBlocks(database, heights: 12..<16, universe: 80, start: snapshots[11], rng: &rng)
            try Self.checkRetention(database, snapshots, oldest: 12, universe: 80)
        }
    }

    @Test("turning pruning on for a database that kept every height prunes the whole backlog at the next commit")
    func retentionAppliedToBacklog() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            var rng = SplitMix64(seed: 11)
            var database = try StateDatabase(path: path)
            var snapshots = try StateDatabaseTests.commitRandomBlocks(database, heights: 0..<15, universe: 70, rng: &rng)
            let unpruned = try database.statistics()
            database.close()

            database = try StateDatabase(path: path, retainedHeights: 3)
            // Nothing is pruned until a block commits.
            try Self.checkRetention(database, snapshots, oldest: 0, universe: 70)
            snapshots += try StateDatabaseTests.commitRandomBlocks(database, heights: 15..<16, universe: 70, start: snapshots[14], rng: &rng)
            try Self.checkRetention(database, snapshots, oldest: 13, universe: 70)
            let pruned = try database.statistics()
            #expect(pruned.heights == 3)
            #expect(pruned.nodes < unpruned.nodes)
            #expect(pruned.values < unpruned.values)
        }
    }

    @Test("records are never pruned")
    func recordsOutliveTheirHeights() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            let database = try StateDatabase(path: path, retainedHeights: 1)
            for height in 0..<5 {
                let block = database.beginBlock()
                try block.set(TestKeys.key(height), [UInt8(height)])
                _ = try block.commit(height: UInt64(height), records: [(key: [0x62, UInt8(height)], value: [UInt8(height)])])
            }
            #expect(throws: StateDatabaseError.pruned(0, oldestRetained: 4)) { try database.root(at: 0) }
            #expect(try database.records(from: [0x62], to: [0x63], limit: 10).map(\.value) == [[0], [1], [2], [3], [4]])
            // Values written at pruned heights are still the latest values, so they are still read.
            #expect(try database.value(TestKeys.key(0), at: 4) == [0])
        }
    }

    @Test("a file in the first layout (one node row per hash) is refused, not misread")
    func refusesFormatZero() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            let old = try SQLiteConnection(path: path)
            try old.execute("CREATE TABLE nodes (hash BLOB PRIMARY KEY, node BLOB NOT NULL) WITHOUT ROWID")
            old.close()
            #expect(throws: StateDatabaseError.unsupportedFormat(found: 0, expected: StateDatabase.format)) {
                try StateDatabase(path: path)
            }
        }
    }
}
