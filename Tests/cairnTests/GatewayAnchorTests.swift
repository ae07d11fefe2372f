import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

extension LiveNodeTests {
    /// `cairn gateway` anchoring for real: a dev node process, a gateway process that pays with
    /// development account 9, signed requests over HTTP, and the chain read back to check that every
    /// accepted request is anchored exactly once, across `kill -9`.
    @Suite("gateway anchoring", .timeLimit(.minutes(8)))
    struct GatewayAnchorTests {
        static let chainID = DevAccounts.genesis.chainId
        static let gatewayAddress = DevAccounts.address(9)

        /// One HTTP exchange; the body parsed as JSON when it is JSON.
        struct Reply {
            let status: Int
            let body: [UInt8]
            var json: JSONValue? { try? JSONValue(parsing: body) }
        }

        static func http(_ method: String, _ url: URL, body: [UInt8]? = nil, contentType: String? = "application/json") async throws -> Reply {
            var request = URLRequest(url: url, timeoutInterval: 20)
            request.httpMethod = method
            if let body { request.httpBody = Data(body) }
            if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
            let session = URLSession.uncached(timeout: 20)
            defer { session.finishTasksAndInvalidate() }
            let (data, response) = try await session.data(for: request)
            return Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: [UInt8](data))
        }

        /// The gateway's arguments for anchoring against `node`.
        static func anchoring(_ node: DevNodeProcess, mode: String, extra: [String] = []) -> [String] {
            ["--rpc", node.url.absoluteString, "--dev-account", "9", "--genesis", DevNodeProcess.genesis.path, "--anchor-mode", mode] + extra
        }

        /// Puts `content` and asks for it to be anchored under `tag`, signed by account `signer`.
        static func putAndAnchor(_ gateway: URL, content: [UInt8], tag: [UInt8], signer: Int) async throws -> (CID, String) {
            let put = try await http("POST", gateway.appendingPathComponent("v1/blobs"), body: content, contentType: "application/octet-stream")
            try #require(put.status == 201)
            let cid = try CID(try #require(put.json?["cid"]?.string))
            let request = try AnchorRequest(
                tag: tag, cid: cid.bytes, expires: UInt64(Date().timeIntervalSince1970) + 600, chainID: chainID, key: DevAccounts.keys[signer])
            let reply = try await http("POST", gateway.appendingPathComponent("v1/anchors"), body: request.json(cidText: cid.string).encoded())
            try #require(reply.status == 202, "\(String(decoding: reply.body, as: UTF8.self))")
            return (cid, try #require(reply.json?["id"]?.string))
        }

        /// Polls `GET /v1/anchors/{id}` until every request is anchored; returns their statuses.
        static func waitAnchored(_ gateway: URL, _ ids: [String], timeout: TimeInterval = 90) async throws -> [String: JSONValue] {
            let deadline = Date().addingTimeInterval(timeout)
            var statuses: [String: JSONValue] = [:]
            while Date() < deadline {
                for id in ids where statuses[id]?["status"]?.string != "anchored" {
                    statuses[id] = try await http("GET", gateway.appendingPathComponent("v1/anchors/\(id)")).json
                }
                if statuses.count == ids.count && statuses.values.allSatisfy({ $0["status"]?.string == "anchored" }) { return statuses }
                try await Task.sleep(for: .milliseconds(200))
            }
            let stuck = ids.filter { statuses[$0]?["status"]?.string != "anchored" }
            Issue.record("\(stuck.count) of \(ids.count) requests not anchored within \(Int(timeout)) s: \(stuck.prefix(3).map { statuses[$0].map { "\($0)" } ?? "?" })")
            return statuses
        }

        /// A read-only call of Inbox; its output bytes.
        static func inbox(_ node: DevNodeProcess, _ method: String, _ args: [UInt8]) async throws -> [UInt8] {
            let answer = try await node.client.call("cairn_call", [
                ["to": "0x0000000000000000000000000000000000001003", "method": .string(method), "args": .string("0x" + Hex.encode(args))], "latest",
            ])
            try #require(answer["status"]?.string == "success", "\(answer)")
            return try Hex.decode(try #require(answer["output"]?.string).dropFirst(2))
        }

        /// Every (tag, CID) the gateway's batches on-chain hold, with multiplicity, each manifest
        /// fetched from the gateway and checked against the root and count anchored for it.
        static func batchedEntries(_ node: DevNodeProcess, gateway: URL) async throws -> [InboxBatchEntry: Int] {
            var reader = CanonicalReader(try await inbox(node, "batchCount", []))
            let count = try reader.readUInt64()
            var found: [InboxBatchEntry: Int] = [:]
            for seq in 0..<count {
                var args = CanonicalWriter()
                args.writeUInt64(seq)
                var batch = CanonicalReader(try await inbox(node, "batch", args.bytes))
                try #require(try batch.readUInt8() == 1)
                #expect(try batch.readUInt64() == seq)
                let root = try batch.readFixed(count: 32)
                let entries = try batch.readUInt32()
                let manifestCID = try CID(bytes: try batch.readBytes())
                _ = try batch.readUInt64()
                guard try batch.readFixed(count: 20) == gatewayAddress.bytes else { continue }
                let raw = try await http("GET", gateway.appendingPathComponent("ipfs/\(manifestCID)").appending(queryItems: [.init(name: "format", value: "raw")]))
                try #require(raw.status == 200)
                #expect(manifestCID.matches(raw.body))
                let rebuilt = try InboxBatch(manifest: raw.body)
                #expect(rebuilt.root == root)
                #expect(rebuilt.entries.count == Int(entries))
                for entry in rebuilt.entries { found[entry, default: 0] += 1 }
            }
            return found
        }

        /// The CIDs anchored singly under `tag`.
        static func singleEntries(_ node: DevNodeProcess, tag: [UInt8]) async throws -> [[UInt8]] {
            var args = CanonicalWriter()
            args.writeFixed(tag)
            args.writeUInt64(0)
            args.writeUInt32(256)
            var reader = CanonicalReader(try await inbox(node, "entries", args.bytes))
            let count = try reader.readLength(limit: 256)
            var cids: [[UInt8]] = []
            for _ in 0..<count {
                _ = try reader.readUInt64()
                _ = try reader.readUInt64()
                cids.append(try reader.readBytes())
                _ = try reader.readUInt8()
            }
            return cids
        }

        static func tag(_ n: Int) -> [UInt8] { Array(SHA256.hash(Array("gateway-anchor-test-\(n)".utf8))) }

        @Test("batched: requests accepted before two kill -9s are all anchored after restart, each exactly once")
        func batchedAcrossKills() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            let home = node.home.appendingPathComponent("gateway")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let arguments = Self.anchoring(node, mode: "batch", extra: ["--batch-size", "25", "--batch-delay", "2000"])

            var ids: [String] = []
            var expected: [InboxBatchEntry] = []
            let first = try GatewayCommandTests.GatewayProcess(home: home, arguments: arguments)
            var url = try await first.start()
            for i in 0..<40 {
                let (cid, id) = try await Self.putAndAnchor(url, content: Array("message \(i)".utf8), tag: Self.tag(i % 4), signer: i % 3)
                ids.append(id)
                expected.append(InboxBatchEntry(tag: Self.tag(i % 4), cid: cid.bytes))
            }
            // Right after the last acknowledgment: some requests are waiting, some perhaps in flight.
            first.kill()

            let second = try GatewayCommandTests.GatewayProcess(home: home, arguments: arguments)
            url = try await second.start()
            // Kill again once something is in flight, so a restart must settle submitted transactions.
            // (The last 15 wait for the 2 s batch delay, counted from when they were received, before the kill.)
            let deadline = Date().addingTimeInterval(30)
            var lastStatus: String?
            while Date() < deadline {
                lastStatus = try await Self.http("GET", url.appendingPathComponent("v1/anchors/\(ids.last!)")).json?["status"]?.string
                if lastStatus != "waiting" { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            second.kill()
            print("gateway killed with the last request \(lastStatus ?? "?")")

            let third = try GatewayCommandTests.GatewayProcess(home: home, arguments: arguments)
            url = try await third.start()
            let statuses = try await Self.waitAnchored(url, ids)
            #expect(statuses.values.allSatisfy { $0["mode"]?.string == "batch" })

            let onChain = try await Self.batchedEntries(node, gateway: url)
            for entry in expected { #expect(onChain[entry] == 1, "anchored \(onChain[entry] ?? 0) times") }
            #expect(onChain.count == expected.count)

            // A stream subscriber sees later batch entries under its tag, and only those.
            let stream = try EventStreamReader(port: try #require(url.port), path: "/v1/stream?tags=0x" + Hex.encode(Self.tag(7)))
            defer { stream.close() }
            let opened = Date().addingTimeInterval(10)
            while !stream.text.contains(": following 1 tags") && Date() < opened { try await Task.sleep(for: .milliseconds(20)) }
            var later: [String] = []
            for i in 0..<3 {
                later.append(try await Self.putAndAnchor(url, content: Array("later \(i)".utf8), tag: Self.tag(7), signer: 5).0.string)
                _ = try await Self.putAndAnchor(url, content: Array("elsewhere \(i)".utf8), tag: Self.tag(8), signer: 5)
            }
            let pushed = await stream.waitForEntries(3)
            #expect(Set(pushed.compactMap { $0["cid"]?.string }) == Set(later))
            #expect(pushed.count == 3 && pushed.allSatisfy { $0["mode"]?.string == "batch" })

            // The anchored blobs and manifests are kept; the metrics show the batches.
            let metrics = String(decoding: try await Self.http("GET", url.appendingPathComponent("metrics")).body, as: UTF8.self)
            #expect(metrics.contains("cairn_gateway_batch_size_count"))
            #expect(metrics.contains("cairn_gateway_anchor_latency_seconds_bucket"))
        }

        @Test("single: one Inbox entry per request under its tag, and the sequence numbers in the statuses")
        func single() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            let home = node.home.appendingPathComponent("gateway")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let gateway = try GatewayCommandTests.GatewayProcess(home: home, arguments: Self.anchoring(node, mode: "single"))
            let url = try await gateway.start()
            // A subscriber to both tags sees every entry once its block is committed.
            let tags = [Self.tag(100), Self.tag(101)].map { "0x" + Hex.encode($0) }.joined(separator: ",")
            let stream = try EventStreamReader(port: try #require(url.port), path: "/v1/stream?tags=\(tags)")
            defer { stream.close() }
            let other = try EventStreamReader(port: try #require(url.port), path: "/v1/stream?tags=0x" + Hex.encode(Self.tag(102)))
            defer { other.close() }
            let deadline = Date().addingTimeInterval(10)
            while !stream.text.contains(": following 2 tags") && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            #expect(stream.text.hasPrefix("HTTP/1.1 200"))
            #expect(stream.text.lowercased().contains("content-type: text/event-stream"))
            var ids: [String] = []
            var byTag: [[UInt8]: [[UInt8]]] = [:]
            for i in 0..<8 {
                let (cid, id) = try await Self.putAndAnchor(url, content: Array("single \(i)".utf8), tag: Self.tag(100 + i % 2), signer: 1)
                ids.append(id)
                byTag[Self.tag(100 + i % 2), default: []].append(cid.bytes)
            }
            let statuses = try await Self.waitAnchored(url, ids)
            #expect(statuses.values.allSatisfy { $0["mode"]?.string == "single" })
            for (tag, cids) in byTag {
                let anchored = try await Self.singleEntries(node, tag: tag)
                #expect(Set(anchored) == Set(cids))
                #expect(anchored.count == cids.count)
            }
            let pushed = await stream.waitForEntries(ids.count)
            #expect(pushed.count == ids.count)
            let pushedCIDs = Set(pushed.compactMap { $0["cid"]?.string })
            #expect(pushedCIDs == Set(byTag.values.joined().map { (try? CID(bytes: $0).string) ?? "" }))
            #expect(pushed.allSatisfy { $0["mode"]?.string == "single" && ($0["height"]?.integer ?? 0) > 0 })
            #expect(other.entries.isEmpty)
            // Malformed subscriptions are refused.
            #expect(try await Self.http("GET", url.appendingPathComponent("v1/stream")).status == 400)
            let badTags = url.appendingPathComponent("v1/stream").appending(queryItems: [.init(name: "tags", value: "0x1234")])
            #expect(try await Self.http("GET", badTags).status == 400)
        }

        @Test("unsigned, forged, replayed, expired, oversized, mistyped and unknown-blob requests get 4xx; the gateway keeps serving")
        func badRequests() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            let home = node.home.appendingPathComponent("gateway")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let gateway = try GatewayCommandTests.GatewayProcess(home: home, arguments: Self.anchoring(node, mode: "batch", extra: ["--sender-rate", "1"]))
            let url = try await gateway.start()
            let anchors = url.appendingPathComponent("v1/anchors")

            let put = try await Self.http("POST", url.appendingPathComponent("v1/blobs"), body: Array("x".utf8), contentType: nil)
            let cid = try CID(try #require(put.json?["cid"]?.string))
            let now = UInt64(Date().timeIntervalSince1970)
            let good = try AnchorRequest(tag: Self.tag(1), cid: cid.bytes, expires: now + 600, chainID: Self.chainID, key: DevAccounts.keys[2])
            func body(_ change: (inout [String: JSONValue]) -> Void) -> [UInt8] {
                guard case var .object(fields) = good.json(cidText: cid.string) else { return [] }
                change(&fields)
                return JSONValue.object(fields).encoded()
            }
            let otherChain = try AnchorRequest(tag: Self.tag(1), cid: cid.bytes, expires: now + 600, chainID: 1, key: DevAccounts.keys[2])
            let expired = try AnchorRequest(tag: Self.tag(1), cid: cid.bytes, expires: now - 1, chainID: Self.chainID, key: DevAccounts.keys[2])
            let unknown = CID(content: Array("never put".utf8))
            let unknownBlob = try AnchorRequest(tag: Self.tag(1), cid: unknown.bytes, expires: now + 600, chainID: Self.chainID, key: DevAccounts.keys[2])
            let cases: [(String, [UInt8], String?, Int)] = [
                ("unsigned", body { $0["signature"] = nil }, "application/json", 400),
                ("forged for another sender", body { $0["sender"] = .string(DevAccounts.address(3).description) }, "application/json", 401),
                ("signed for another chain", otherChain.json(cidText: cid.string).encoded(), "application/json", 401),
                ("expired", expired.json(cidText: cid.string).encoded(), "application/json", 400),
                ("not JSON", Array("{\"tag\":".utf8), "application/json", 400),
                ("random bytes", (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 131) }, "application/json", 400),
                ("huge", [UInt8](repeating: 0x20, count: 1 << 20), "application/json", 413),
                ("wrong content type", good.json(cidText: cid.string).encoded(), "text/plain", 415),
                ("a blob not stored here", unknownBlob.json(cidText: unknown.string).encoded(), "application/json", 422),
                ("a bad CID", body { $0["cid"] = "bafynotacid" }, "application/json", 400),
            ]
            for (name, bytes, type, status) in cases {
                let reply = try await Self.http("POST", anchors, body: bytes, contentType: type)
                #expect(reply.status == status, "\(name): \(reply.status) \(String(decoding: reply.body.prefix(200), as: UTF8.self))")
                #expect(reply.json?["error"]?.string != nil, "\(name): no JSON error")
            }
            // Accepted once; the same request again is a replay.
            #expect(try await Self.http("POST", anchors, body: good.json(cidText: cid.string).encoded()).status == 202)
            let replay = try await Self.http("POST", anchors, body: good.json(cidText: cid.string).encoded())
            #expect(replay.status == 409 || replay.status == 429)
            // One sender past its rate (1/s, bursts of 10) is told to slow down.
            var limited = false
            for i in 0..<15 {
                let put = try await Self.http("POST", url.appendingPathComponent("v1/blobs"), body: Array("rate \(i)".utf8), contentType: nil)
                let cid = try CID(try #require(put.json?["cid"]?.string))
                let request = try AnchorRequest(tag: Self.tag(2), cid: cid.bytes, expires: now + 600, chainID: Self.chainID, key: DevAccounts.keys[4])
                if try await Self.http("POST", anchors, body: request.json(cidText: cid.string).encoded()).status == 429 { limited = true }
            }
            #expect(limited)
            // Unknown ids and methods.
            #expect(try await Self.http("GET", url.appendingPathComponent("v1/anchors/0x1234")).status == 400)
            #expect(try await Self.http("GET", url.appendingPathComponent("v1/anchors/0x" + String(repeating: "00", count: 32))).status == 404)
            #expect(try await Self.http("DELETE", anchors).status == 405)
            #expect(try await Self.http("GET", url.appendingPathComponent("healthz")).status == 200)

            // With the node down, blobs and anchoring requests are still taken (the queue knows the chain);
            // they wait, nothing is lost.
            node.kill()
            let downPut = try await Self.http("POST", url.appendingPathComponent("v1/blobs"), body: Array("while down".utf8), contentType: nil)
            #expect(downPut.status == 201)
            let downCID = try CID(try #require(downPut.json?["cid"]?.string))
            let down = try AnchorRequest(tag: Self.tag(3), cid: downCID.bytes, expires: now + 600, chainID: Self.chainID, key: DevAccounts.keys[5])
            let queued = try await Self.http("POST", anchors, body: down.json(cidText: downCID.string).encoded())
            #expect(queued.status == 202)
            let id = try #require(queued.json?["id"]?.string)
            #expect(try await Self.http("GET", url.appendingPathComponent("v1/anchors/\(id)")).json?["status"]?.string == "waiting")
            #expect(try await Self.http("GET", url.appendingPathComponent("ipfs/\(downCID)")).status == 200)
        }
    }
}

/// A `GET /v1/stream` held open on a plain socket, its text collected by a thread of its own (so no
/// task of the test runner's small pool ever blocks on it).
final class EventStreamReader: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var received = ""
    private var closed = false

    init(port: Int, path: String) throws {
        fd = try RawSocket.connect(port: port)
        var time = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while !lock.withLock({ closed }) {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count == 0 { break }
                if count > 0 { lock.withLock { received += String(decoding: buffer[0..<count], as: UTF8.self) } }
            }
        }
        thread.start()
    }

    deinit {
        close()
        Glibc.close(fd)
    }

    var text: String { lock.withLock { received } }

    /// The JSON of each `event: entry` so far.
    var entries: [JSONValue] {
        text.components(separatedBy: "\n\n").compactMap { block in
            guard block.contains("event: entry") else { return nil }
            return block.split(separator: "\n").first { $0.hasPrefix("data: ") }.flatMap { try? JSONValue(parsing: String($0.dropFirst(6))) }
        }
    }

    /// Waits until `count` entries arrived or `timeout` passed.
    func waitForEntries(_ count: Int, timeout: TimeInterval = 30) async -> [JSONValue] {
        let deadline = Date().addingTimeInterval(timeout)
        while entries.count < count && Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        return entries
    }

    func close() {
        let first = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        if first { shutdown(fd, Int32(SHUT_RDWR)) }
    }
}
