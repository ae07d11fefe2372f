import CairnBlobs
import CairnCrypto
import Foundation
import Testing

@Suite("Blob store")
struct BlobStoreTests {
    /// A store in a fresh temporary directory, removed afterwards.
    static func withStore<T>(_ configuration: BlobStore.Configuration = .init(), _ body: (BlobStore, String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-blobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("blobs.sqlite").path
        let store = try BlobStore(path: path, configuration: configuration)
        defer { store.close() }
        return try body(store, path)
    }

    @Test("put, get, has and delete by CID; a second put stores nothing new; reopening keeps everything")
    func basics() throws {
        try Self.withStore { store, path in
            let message = Array("an encrypted envelope".utf8)
            let cid = try store.put(message, now: 100)
            #expect(cid == CID(content: message))
            #expect(try store.put(message, now: 101) == cid)
            #expect(try store.block(cid) == message)
            #expect(try store.content(cid) == message)
            #expect(try store.has(cid))
            #expect(try store.statistics() == .init(blobs: 1, bytes: message.count))
            let empty = try store.put([], now: 100)
            #expect(empty.string == "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
            #expect(try store.content(empty) == [])
            #expect(try store.delete(empty))
            #expect(!(try store.delete(empty)))
            #expect(try store.block(empty) == nil)

            let reopened = try BlobStore(path: path)
            defer { reopened.close() }
            #expect(try reopened.content(cid) == message)
        }
    }

    @Test("content above the chunk size is chunked under a manifest whose CID names the whole")
    func chunking() throws {
        try Self.withStore(.init(chunkSize: 1_000, maxContentSize: 10_000)) { store, _ in
            let content = (0..<2_500).map { UInt8(truncatingIfNeeded: $0 * 7) }
            let cid = try store.put(content, now: 1)
            #expect(cid.codec == .dagJSON)
            #expect(cid.string.hasPrefix("bagu"))
            let manifest = try BlobManifest(bytes: try #require(try store.block(cid)))
            #expect(manifest.size == 2_500)
            #expect(manifest.chunks == [content[0..<1000], content[1000..<2000], content[2000...]].map { CID(content: Array($0)) })
            #expect(try store.content(cid) == content)
            #expect(try store.statistics().blobs == 4)
            // A missing chunk is reported, not papered over.
            try store.delete(manifest.chunks[1])
            #expect(throws: BlobStoreError.self) { try store.content(cid) }
            // Over the content limit: refused, nothing stored.
            #expect(throws: BlobStoreError.tooLarge(size: 10_001, limit: 10_000)) { try store.put([UInt8](repeating: 1, count: 10_001), now: 1) }
            #expect(try store.statistics().blobs == 3)
        }
    }

    @Test("retention: unanchored blobs go after their TTL, anchored ones after their retention, manifests with their chunks")
    func retention() throws {
        try Self.withStore(.init(chunkSize: 4, maxContentSize: 64, unanchoredTTL: 100, anchoredRetention: 1_000)) { store, _ in
            let loose = try store.put([1, 2, 3], now: 0)
            let kept = try store.put([4, 5, 6], now: 0)
            let large = try store.put([UInt8](0..<10), now: 0)
            try store.markAnchored(kept, at: 50)
            try store.markAnchored(large, at: 50)
            #expect(try store.sweep(now: 99).blobs == 0)
            // Put again at 60: its lifetime starts again.
            let refreshed = try store.put([7], now: 60)
            let removed = try store.sweep(now: 101)
            #expect(removed == .init(blobs: 1, bytes: 3))
            #expect(!(try store.has(loose)))
            #expect(try store.has(refreshed))
            #expect(try store.content(large) == [UInt8](0..<10), "an anchored manifest's chunks were swept")
            #expect(try store.sweep(now: 1_049).blobs == 1)  // `refreshed` (touched 60, TTL 100)
            #expect(try store.sweep(now: 1_051).blobs == 5)  // `kept`, the manifest and its 3 chunks
            #expect(try store.statistics() == .init(blobs: 0, bytes: 0))
        }
    }

    @Test("a block altered on disk is reported as corrupt, never served")
    func tamperedBlock() throws {
        try Self.withStore { store, path in
            let cid = try store.put(Array("original".utf8), now: 1)
            store.close()
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", "-c", "import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute(\"UPDATE blobs SET data = X'00'\"); d.commit()", path]
            try python.run()
            python.waitUntilExit()
            try #require(python.terminationStatus == 0)
            let reopened = try BlobStore(path: path)
            defer { reopened.close() }
            #expect(throws: BlobStoreError.self) { try reopened.block(cid) }
        }
    }

    @Test("concurrent puts share commits and are all there after reopening; one too large fails alone")
    func concurrentPuts() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-blobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("blobs.sqlite").path
        let store = try BlobStore(path: path, configuration: .init(chunkSize: 1_024, maxContentSize: 4_096))
        let contents = (0..<300).map { n in [UInt8]((0..<(n % 5 == 0 ? 3_000 : 100)).map { UInt8(truncatingIfNeeded: $0 &* n &+ n) }) }
        let cids = try await withThrowingTaskGroup(of: (Int, CID).self) { group in
            for (index, content) in contents.enumerated() {
                group.addTask { (index, try await store.putConcurrently(content, now: 1)) }
            }
            group.addTask {
                await #expect(throws: BlobStoreError.self) { try await store.putConcurrently([UInt8](repeating: 1, count: 5_000), now: 1) }
                return (-1, CID(content: []))
            }
            return try await group.reduce(into: [Int: CID]()) { $0[$1.0] = $1.1 }
        }
        store.close()
        let reopened = try BlobStore(path: path, configuration: .init(chunkSize: 1_024, maxContentSize: 4_096))
        defer { reopened.close() }
        for (index, content) in contents.enumerated() {
            let cid = try #require(cids[index])
            #expect(try reopened.content(cid) == content)
            #expect(cid.codec == (content.count > 1_024 ? .dagJSON : .raw))
        }
    }
}
