import CairnBlobs
import CairnClient
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation
import Testing

/// `POST /v1/anchors/bulk` against an anchoring gateway on a real chain: a bulk is queued in one commit
/// and anchored like single requests, each request is judged on its own, and a body that cannot be split
/// into requests is refused whole.
@Suite("Gateway bulk anchoring")
struct GatewayBulkAnchorTests {
    typealias Reply = GatewayBlobTests.Reply

    /// Runs `body` with the URL of an anchoring gateway (batch mode, paying with account 2) on the harness.
    static func withGateway<T>(
        _ harness: ChainGateway, rate: RateLimiter.Limit = .init(rate: 1_000, burst: 10_000), maximumBulkItems: Int = 4_096,
        _ body: (URL) async throws -> T
    ) async throws -> T {
        try await GatewayClientAnchorTests.withAnchoringGateway(
            harness, anchoring: AnchoringConfiguration(mode: .batch, batchDelay: .milliseconds(50), pollInterval: .milliseconds(20)),
            rate: rate, gateway: .init(port: 0, maximumBulkItems: maximumBulkItems), body)
    }

    /// Stores `count` blobs and signs a request for each, from accounts 3 and 4 in turn.
    static func requests(_ harness: ChainGateway, _ count: Int, label: String = "bulk", expires: UInt64? = nil) throws -> [AnchorRequest] {
        try (0..<count).map { index in
            let cid = try harness.store.put(Array("\(label) \(index)".utf8), now: UInt64(Date().timeIntervalSince1970))
            return try AnchorRequest(
                tag: GatewayInboxTests.tagA, cid: cid.bytes, expires: expires ?? UInt64(Date().timeIntervalSince1970) + 600,
                chainID: harness.chainID, key: try ChainGateway.account(3 + index % 2))
        }
    }

    static func json(_ request: AnchorRequest) throws -> JSONValue { request.json(cidText: try CID(bytes: request.cid).string) }

    static func post(_ url: URL, _ body: [UInt8], contentType: String = "application/json") async throws -> Reply {
        try await GatewayBlobTests.send(url.appendingPathComponent("v1/anchors/bulk"), method: "POST", body: body, headers: ["Content-Type": contentType])
    }

    /// The per-request results of a 200, as JSON values.
    static func results(_ reply: Reply) throws -> [JSONValue] {
        #expect(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
        return try #require(try JSONValue(parsing: reply.body)["results"]?.array)
    }

    @Test func queuesABulkAndAnchorsItInOneBatch() async throws {
        try await ChainGateway.with { harness in
            try await Self.withGateway(harness) { url in
                let requests = try Self.requests(harness, 20)
                let reply = try await Self.post(url, JSONValue.array(try requests.map(Self.json)).encoded())
                let results = try Self.results(reply)
                #expect(results.map { $0["code"]?.integer } == Array(repeating: 202, count: 20))
                #expect(results.map { $0["id"]?.string } == requests.map { "0x" + Hex.encode($0.digest) })
                #expect(results.allSatisfy { $0["status"]?.string == "waiting" })
                let client = try GatewayClientTests.client(harness, url: url)
                var statuses: [AnchorStatus] = []
                for _ in 0..<200 {
                    statuses = try await requests.asyncMap { try await client.anchorStatus($0.digest) }
                    if statuses.allSatisfy({ $0.state == .anchored }) { break }
                    if statuses.contains(where: { $0.state == .submitted }) { try harness.produce() }
                    try await Task.sleep(for: .milliseconds(25))
                }
                #expect(statuses.allSatisfy { $0.state == .anchored && $0.mode == "batch" })
                // One batch: one height and one batch number for all twenty.
                #expect(Set(statuses.map(\.blockHeight)).count == 1 && Set(statuses.map(\.seq)).count == 1)
                let listing = try await client.inbox(tag: GatewayInboxTests.tagA)
                #expect(Set(listing.batchEntries.map(\.cid)) == Set(requests.map(\.cid)))
            }
        }
    }

    @Test func judgesEachRequestOnItsOwn() async throws {
        try await ChainGateway.with { harness in
            try await Self.withGateway(harness) { url in
                let good = try Self.requests(harness, 3)
                let expired = try Self.requests(harness, 1, label: "expired", expires: UInt64(Date().timeIntervalSince1970) - 1)[0]
                let unknownBlob = try AnchorRequest(
                    tag: GatewayInboxTests.tagA, cid: CID(content: Array("never stored".utf8)).bytes, expires: UInt64(Date().timeIntervalSince1970) + 600,
                    chainID: harness.chainID, key: try ChainGateway.account(3))
                var forged = try Self.json(good[1])
                if case var .object(fields) = forged {
                    fields["sender"] = .string(try ChainGateway.address(5).description)
                    forged = .object(fields)
                }
                var noTag = try Self.json(good[2])
                if case var .object(fields) = noTag {
                    fields.removeValue(forKey: "tag")
                    noTag = .object(fields)
                }
                let bulk: [JSONValue] = [try Self.json(good[0]), noTag, forged, try Self.json(expired), try Self.json(unknownBlob), 5,
                                         try Self.json(good[0]), try Self.json(good[1])]
                let results = try Self.results(try await Self.post(url, JSONValue.array(bulk).encoded()))
                #expect(results.map { $0["code"]?.integer } == [202, 400, 401, 400, 422, 400, 409, 202])
                #expect(results[3]["error"]?.string?.contains("expired") == true)
                #expect(results[6]["id"]?.string == "0x" + Hex.encode(good[0].digest))
                // A later bulk replays what was accepted; its new request is still taken.
                let again = try Self.results(try await Self.post(url, JSONValue.array([try Self.json(good[1]), try Self.json(good[2]), try Self.json(good[0])]).encoded()))
                #expect(again.map { $0["code"]?.integer } == [409, 202, 409])
                // And the single route sees the same queue.
                let single = try await GatewayBlobTests.send(
                    url.appendingPathComponent("v1/anchors"), method: "POST", body: try Self.json(good[2]).encoded(), headers: ["Content-Type": "application/json"])
                #expect(single.status == 409)
            }
        }
    }

    @Test func limitsEachSenderPerRequest() async throws {
        try await ChainGateway.with { harness in
            try await Self.withGateway(harness, rate: .init(rate: 0.01, burst: 2)) { url in
                // All four from account 3: two fit its burst, the rest wait for tokens.
                let requests = try Self.requests(harness, 8).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
                let results = try Self.results(try await Self.post(url, JSONValue.array(try requests.map(Self.json)).encoded()))
                #expect(results.map { $0["code"]?.integer } == [202, 202, 429, 429])
                #expect((results[2]["retryAfter"]?.integer ?? 0) > 0)
            }
        }
    }

    @Test func refusesBodiesItCannotSplitAndKeepsServing() async throws {
        try await ChainGateway.with { harness in
            // Without anchoring, a bulk is refused like a single request.
            #expect(try await Self.post(harness.url, Array("[]".utf8)).status == 503)
            try await Self.withGateway(harness, maximumBulkItems: 10) { url in
                let requests = try Self.requests(harness, 11)
                let items = try requests.map(Self.json)
                #expect(try await Self.post(url, JSONValue.array(items).encoded()).status == 413)
                #expect(try await Self.post(url, JSONValue.array(Array(items.prefix(3))).encoded(), contentType: "text/plain").status == 415)
                #expect(try await Self.post(url, try Self.json(requests[0]).encoded()).status == 400)
                #expect(try await Self.post(url, SecureRandom.bytes(500)).status == 400)
                #expect(try await Self.post(url, [UInt8](repeating: 0x20, count: (4 << 20) + 1)).status == 413)
                let get = try await GatewayBlobTests.send(url.appendingPathComponent("v1/anchors/bulk"))
                #expect(get.status == 405)
                #expect(try Self.results(try await Self.post(url, Array("[]".utf8))).isEmpty)
                // Nothing of the refused bodies was queued: the first ten are all new.
                let results = try Self.results(try await Self.post(url, JSONValue.array(Array(items.prefix(10))).encoded()))
                #expect(results.allSatisfy { $0["code"]?.integer == 202 })
            }
        }
    }
}

extension Array {
    /// `transform` of each element in turn, awaited one after the other.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
