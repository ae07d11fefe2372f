import CairnBlobs
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The gateway's blob routes over a real socket on 127.0.0.1.
@Suite("Gateway blobs")
struct GatewayBlobTests {
    /// One HTTP exchange.
    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: [UInt8]

        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:] }
    }

    /// A running gateway on a fresh store, stopped and removed afterwards.
    static func withGateway<T>(
        store storeConfiguration: BlobStore.Configuration = .init(), maximumBlobSize: Int = 16 << 20,
        _ body: (URL, BlobStore) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-gateway-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try BlobStore(path: directory.appendingPathComponent("blobs.sqlite").path, configuration: storeConfiguration)
        defer { store.close() }
        let gateway = Gateway(store: store, configuration: .init(port: 0, maximumBlobSize: maximumBlobSize))
        let port = try await gateway.start()
        do {
            let result = try await body(URL(string: "http://127.0.0.1:\(port)")!, store)
            await gateway.stop()
            return result
        } catch {
            await gateway.stop()
            throw error
        }
    }

    static func send(_ url: URL, method: String = "GET", body: [UInt8]? = nil, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: url, timeoutInterval: 30)
        request.httpMethod = method
        request.httpBody = body.map { Data($0) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let session = URLSession.uncached(timeout: 30)
        defer { session.finishTasksAndInvalidate() }
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                guard let response = response as? HTTPURLResponse else {
                    continuation.resume(throwing: error ?? URLError(.badServerResponse))
                    return
                }
                let headers = Dictionary(response.allHeaderFields.map { ("\($0.key)", "\($0.value)") }, uniquingKeysWith: { a, _ in a })
                continuation.resume(returning: Reply(status: response.statusCode, headers: headers, body: [UInt8](data ?? Data())))
            }.resume()
        }
    }

    @Test("the CIDs of the shared vectors are reproduced, and every raw GET hashes to its CID")
    func vectors() async throws {
        try await Self.withGateway { url, _ in
            for vector in CIDVectors.all {
                let data = try Hex.decode(vector.data)
                let put = try await Self.send(url.appendingPathComponent("v1/blobs"), method: "POST", body: data)
                #expect(put.status == 201)
                #expect(put.json["cid"] as? String == vector.cid)
                let cid = try CID(vector.cid)
                for (query, headers) in [("?format=raw", [String: String]()), ("", ["Accept": "application/vnd.ipld.raw"])] {
                    let got = try await Self.send(URL(string: "\(url)/ipfs/\(vector.cid)\(query)")!, headers: headers)
                    #expect(got.status == 200)
                    #expect(cid.matches(got.body), "the body of \(vector.cid) does not hash to it")
                    #expect(got.body == data)
                    #expect(got.header("Content-Type") == "application/vnd.ipld.raw")
                    #expect(got.header("Cache-Control") == "public, max-age=29030400, immutable")
                    #expect(got.header("ETag") == "\"\(vector.cid).raw\"")
                }
                let head = try await Self.send(URL(string: "\(url)/ipfs/\(vector.cid)?format=raw")!, method: "HEAD")
                #expect(head.status == 200)
                #expect(head.body.isEmpty)
                #expect(head.header("Content-Length") == String(data.count))
                let cached = try await Self.send(URL(string: "\(url)/ipfs/\(vector.cid)?format=raw")!, headers: ["If-None-Match": "\"\(vector.cid).raw\""])
                #expect(cached.status == 304)
            }
        }
    }

    @Test("a large blob is chunked: its CID names the whole, raw serves the manifest, chunks hash to theirs")
    func chunked() async throws {
        try await Self.withGateway(store: .init(chunkSize: 1 << 10, maxContentSize: 1 << 16), maximumBlobSize: 1 << 16) { url, _ in
            let content = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let put = try await Self.send(url.appendingPathComponent("v1/blobs"), method: "POST", body: content)
            let cid = try CID(try #require(put.json["cid"] as? String))
            #expect(cid.codec == .dagJSON)
            let whole = try await Self.send(URL(string: "\(url)/ipfs/\(cid)")!)
            #expect(whole.body == content)
            let manifest = try await Self.send(URL(string: "\(url)/ipfs/\(cid)?format=raw")!)
            #expect(cid.matches(manifest.body))
            for chunk in try BlobManifest(bytes: manifest.body).chunks {
                let block = try await Self.send(URL(string: "\(url)/ipfs/\(chunk)?format=raw")!)
                #expect(chunk.matches(block.body))
            }
        }
    }

    @Test("bad input gets a 4xx with a JSON error, and the gateway keeps serving")
    func badInput() async throws {
        try await Self.withGateway(maximumBlobSize: 4_096) { url, store in
            let known = try await Self.send(url.appendingPathComponent("v1/blobs"), method: "POST", body: Array("kept".utf8))
            let cid = try #require(known.json["cid"] as? String)
            let cases: [(String, String, [UInt8]?, [String: String], Int)] = [
                ("/ipfs/not-a-cid", "GET", nil, [:], 400),
                ("/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", "GET", nil, [:], 400),
                ("/ipfs/\(CID(content: [9, 9, 9]))", "GET", nil, [:], 404),
                ("/ipfs/\(cid)?format=car", "GET", nil, [:], 400),
                ("/ipfs/\(cid)", "POST", [1], [:], 405),
                ("/v1/blobs", "GET", nil, [:], 405),
                ("/v1/blobs", "POST", [UInt8](repeating: 7, count: 4_097), [:], 413),
                ("/v1/blobs", "POST", [UInt8](repeating: 7, count: 100_000), ["Content-Type": "text/plain"], 413),
                ("/nowhere", "GET", nil, [:], 404),
            ]
            for (path, method, body, headers, status) in cases {
                let reply = try await Self.send(URL(string: "\(url)\(path)")!, method: method, body: body, headers: headers)
                #expect(reply.status == status, "\(method) \(path): \(reply.status)")
                #expect(reply.json["error"] is String, "\(method) \(path) has no JSON error")
            }
            // Random bodies are just blobs: stored and served back by their CID.
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<20 {
                let body = (0..<Int.random(in: 0...4_096, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let put = try await Self.send(url.appendingPathComponent("v1/blobs"), method: "POST", body: body)
                #expect(put.status == 201)
                #expect(put.json["cid"] as? String == CID(content: body).string)
            }
            #expect(try await Self.send(url.appendingPathComponent("healthz")).status == 200)
            #expect(try await Self.send(URL(string: "\(url)/ipfs/\(cid)")!).body == Array("kept".utf8))
            let metrics = String(decoding: try await Self.send(url.appendingPathComponent("metrics")).body, as: UTF8.self)
            #expect(metrics.contains("cairn_gateway_requests_total{route=\"/v1/blobs\"}"))
            #expect(metrics.contains("cairn_gateway_blobs \(try store.statistics().blobs)\n"), "\(metrics)")
        }
    }
}

/// `../shared/testvectors/cid.json`.
enum CIDVectors {
    struct Vector: Decodable {
        let data: String
        let cid: String
    }

    static let all: [Vector] = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { directory.deleteLastPathComponent() }
        let url = directory.deletingLastPathComponent().appendingPathComponent("shared/testvectors/cid.json")
        struct File: Decodable { let raw: [Vector] }
        return try! JSONDecoder().decode(File.self, from: Data(contentsOf: url)).raw
    }()
}
