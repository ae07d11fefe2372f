import CairnState
import Foundation
import Testing

@Suite("State database records and prepared commits")
struct StateRecordsTests {
    @Test("prepare gives the root commit stores, and freezes the block's writes")
    func prepareThenCommit() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            let database = try StateDatabase(path: path)
            let block = database.beginBlock()
            try block.set(TestKeys.key(1), TestKeys.value(1))
            let prepared = try block.prepare(height: 0)
            #expect(prepared == SparseMerkleTree([TestKeys.key(1): TestKeys.value(1)]).root)
            // Nothing is stored until commit.
            #expect(database.latestHeight == nil)
            #expect(throws: StateDatabaseError.writerFinished) { try block.set(TestKeys.key(2), [1]) }
            #expect(throws: StateDatabaseError.writerFinished) { try block.delete(TestKeys.key(1)) }
            #expect(try block.commit(height: 0) == prepared)
            #expect(try database.root(at: 0) == prepared)
            #expect(throws: StateDatabaseError.heightOutOfOrder(expected: 1, got: 5)) {
                try database.beginBlock().prepare(height: 5)
            }
        }
    }

    @Test("records commit with the block, survive reopening, and range in order both ways")
    func recordsRoundTrip() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            do {
                let database = try StateDatabase(path: path)
                let records = (0..<10).map { n in (key: [0x62, UInt8(n)], value: [UInt8(n), 0xAA]) }
                _ = try database.beginBlock().commit(height: 0, records: records)
                _ = try database.beginBlock().commit(height: 1, records: [(key: [0x63], value: [])])
                database.close()
            }
            let database = try StateDatabase(path: path)
            #expect(try database.record([0x62, 3]) == [3, 0xAA])
            #expect(try database.record([0x63]) == [])
            #expect(try database.record([0x64]) == nil)
            let up = try database.records(from: [0x62, 2], to: [0x62, 6], limit: 10)
            #expect(up.map(\.key) == [[0x62, 2], [0x62, 3], [0x62, 4], [0x62, 5]])
            let down = try database.records(from: [0x62], to: [0x63], limit: 3, descending: true)
            #expect(down.map(\.key) == [[0x62, 9], [0x62, 8], [0x62, 7]])
        }
    }

    @Test("a refused commit stores none of its records")
    func refusedCommitStoresNothing() throws {
        try StateDatabaseTests.withTemporaryDirectory { path in
            let database = try StateDatabase(path: path)
            _ = try database.beginBlock().commit(height: 0)
            #expect(throws: StateDatabaseError.heightOutOfOrder(expected: 1, got: 2)) {
                try database.beginBlock().commit(height: 2, records: [(key: [1], value: [1])])
            }
            #expect(try database.record([1]) == nil)
        }
    }
}
