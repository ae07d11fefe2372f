import CairnBlobs
import CairnCrypto
import CairnGateway
import Foundation
import Testing

/// `POST /v1/blobs` with a CAR file: many blocks in one request and one commit, each judged on its own.
@Suite("Gateway bulk blobs (CAR)")
struct GatewayBulkBlobTests {
    typealias Reply = GatewayBlobTests.Reply

    /// A blob-only gateway on a fresh store with the given bulk limits, stopped and removed afterwards.
    static func withGateway<T>(
        chunkSize: Int = 1 << 20, maximumBulkSize: Int = 32 << 20, maximumBulkItems: Int = 4_096, _ body: (URL, BlobStore) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-gateway-bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try BlobStore(
            path: directory.appendingPathComponent("blobs.sqlite").path,
            configuration: .init(chunkSize: chunkSize, maxContentSize: max(chunkSize, 16 << 20)))
        defer { store.close() }
        let gateway = Gateway(store: store, configuration: .init(
            port: 0, maximumBlobSize: max(chunkSize, 16 << 20), maximumBulkSize: maximumBulkSize, maximumBulkItems: maximumBulkItems))
        let port = try await gateway.start()
        do {
            let result = try await body(try #require(URL(string: "http://127.0.0.1:\(port)/v1/blobs")), store)
            await gateway.stop()
            return result
        } catch {
            await gateway.stop()
            throw error
        }
    }

    static func post(_ url: URL, _ body: [UInt8], contentType: String = CARv1.mediaType) async throws -> Reply {
        try await GatewayBlobTests.send(url, method: "POST", body: body, headers: ["Content-Type": contentType])
    }

    static func blocks(_ count: Int, prefix: String = "envelope") -> [(cid: CID, data: [UInt8])] {
        (0..<count).map { index in
            let data = Array("\(prefix) \(index)".utf8)
            return (CID(content: data), data)
        }
    }

    /// The per-block answers of a 200.
    static func answers(_ reply: Reply) throws -> [[String: Any]] {
        #expect(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
        return try #require(reply.json["blocks"] as? [[String: Any]])
    }

    @Test func storesEveryBlockOfACARInOrder() async throws {
        try await Self.withGateway { url, store in
            let blocks = Self.blocks(50)
            let reply = try await Self.post(url, CARv1.encode(roots: blocks.map(\.cid), blocks: blocks))
            let answers = try Self.answers(reply)
            #expect(answers.map { $0["cid"] as? String } == blocks.map(\.cid.string))
            #expect(answers.allSatisfy { $0["code"] as? Int == 201 })
            #expect(answers.map { $0["size"] as? Int } == blocks.map(\.data.count))
            #expect(reply.json["stored"] as? Int == 50 && reply.json["refused"] as? Int == 0)
            for block in blocks { #expect(try store.block(block.cid) == block.data) }
            // A body of any other type is still one blob, stored as it is: the single route is unchanged.
            let car = CARv1.encode(roots: [], blocks: blocks)
            let single = try await Self.post(url, car, contentType: "application/octet-stream")
            #expect(single.status == 201)
            #expect(single.json["cid"] as? String == CID(content: car).string)
        }
    }

    @Test func refusesABadBlockAloneAndStoresTheRest() async throws {
        try await Self.withGateway(chunkSize: 64) { url, store in
            let good = Self.blocks(3)
            let forged = (cid: CID(content: Array("what the CID says".utf8)), data: Array("what was sent".utf8))
            let big = [UInt8](repeating: 7, count: 65)
            let tooBig = (cid: CID(content: big), data: big)
            let dagPB = Array("dag-pb".utf8)
            var body = CARv1.encode(roots: [], blocks: [good[0], forged, good[1], tooBig, good[1], good[2]])
            let cidPB: [UInt8] = [0x01, 0x70, 0x12, 0x20] + SHA256.hash(dagPB)
            body += [UInt8(cidPB.count + dagPB.count)] + cidPB + dagPB
            let answers = try Self.answers(try await Self.post(url, body))
            #expect(answers.map { $0["code"] as? Int } == [201, 422, 201, 413, 201, 201, 400])
            #expect((answers[1]["error"] as? String)?.contains("do not hash") == true)
            #expect(answers[1]["cid"] as? String == forged.cid.string)
            for block in good { #expect(try store.block(block.cid) == block.data) }
            #expect(try store.block(forged.cid) == nil)
            #expect(try store.block(tooBig.cid) == nil)
            // The duplicate of good[1] was stored once.
            #expect(try store.statistics().blobs == 3)
        }
    }

    @Test func takesAChunkedBlobWhoseChunksCome() async throws {
        try await Self.withGateway(chunkSize: 16) { url, store in
            let content = Array("a blob longer than one chunk of sixteen bytes".utf8)
            let chunks = stride(from: 0, to: content.count, by: 16).map { Array(content[$0..<min($0 + 16, content.count)]) }
            let chunkBlocks = chunks.map { (cid: CID(content: $0), data: $0) }
            let manifest = BlobManifest(chunks: chunkBlocks.map(\.cid), size: UInt64(content.count)).bytes
            let root = (cid: CID(content: manifest, codec: .dagJSON), data: manifest)
            // Without its chunks, the manifest is refused (and nothing else was sent).
            let alone = try Self.answers(try await Self.post(url, CARv1.encode(roots: [root.cid], blocks: [root])))
            #expect(alone.first?["code"] as? Int == 422)
            #expect((alone.first?["error"] as? String)?.contains("3 chunk(s)") == true)
            #expect(try store.block(root.cid) == nil)
            // With them, in the same file (after it, even), the whole blob is stored and served joined.
            let whole = try Self.answers(try await Self.post(url, CARv1.encode(roots: [root.cid], blocks: [root] + chunkBlocks)))
            #expect(whole.allSatisfy { $0["code"] as? Int == 201 })
            #expect(try store.content(root.cid) == content)
            // A block of the manifest codec that is no manifest is refused as such.
            let notManifest = Array("{}".utf8)
            let bad = try Self.answers(try await Self.post(url, CARv1.encode(roots: [], blocks: [(CID(content: notManifest, codec: .dagJSON), notManifest)])))
            #expect(bad.first?["code"] as? Int == 422)
        }
    }

    @Test func refusesBrokenOrOversizedFilesWhole() async throws {
        try await Self.withGateway(maximumBulkSize: 4_096, maximumBulkItems: 10) { url, store in
            let blocks = Self.blocks(5)
            let bytes = CARv1.encode(roots: [], blocks: blocks)
            // Truncated inside the last section: nothing is stored, not even the whole sections before it.
            let truncated = try await Self.post(url, Array(bytes.dropLast(3)))
            #expect(truncated.status == 400)
            #expect((truncated.json["error"] as? String)?.contains("truncated") == true)
            // Random bytes, an empty body, and CARv2's pragma.
            for body in [SecureRandom.bytes(300), [], [0x0a, 0xa1, 0x67] + Array("version".utf8) + [0x02]] {
                #expect(try await Self.post(url, body).status == 400)
            }
            #expect(try store.statistics().blobs == 0)
            // More blocks than allowed, and more bytes.
            let many = try await Self.post(url, CARv1.encode(roots: [], blocks: Self.blocks(11)))
            #expect(many.status == 413)
            let large = try await Self.post(url, CARv1.encode(roots: [], blocks: Self.blocks(3, prefix: String(repeating: "x", count: 1_500))))
            #expect(large.status == 413)
            #expect(try store.statistics().blobs == 0)
            // The gateway still serves.
            #expect(try Self.answers(try await Self.post(url, bytes)).count == 5)
        }
    }
}
