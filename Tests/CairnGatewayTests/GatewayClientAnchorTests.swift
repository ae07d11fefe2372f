import CairnBlobs
import CairnClient
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation
import Testing

/// `GatewayClient.anchor` and `anchorStatus` against a gateway that anchors on a real chain, one that
/// does not, and one that acknowledges another request than the one sent.
@Suite("Gateway client anchoring")
struct GatewayClientAnchorTests {
    /// Runs `body` with an anchoring gateway (single mode unless told otherwise, paying with account 2, its
    /// queue a fresh file) over the harness's chain and blob store.
    static func withAnchoringGateway<T>(
        _ harness: ChainGateway,
        anchoring configuration: AnchoringConfiguration = AnchoringConfiguration(mode: .single, pollInterval: .milliseconds(20)),
        rate: RateLimiter.Limit = .init(rate: 50, burst: 500), gateway gatewayConfiguration: GatewayConfiguration = .init(port: 0),
        _ body: (URL) async throws -> T
    ) async throws -> T {
        let port = try #require(harness.rpc.port)
        let node = NodeLink(url: try #require(URL(string: "http://127.0.0.1:\(port)")))
        let queue = try AnchorStore(path: harness.directory.appendingPathComponent("anchors-\(UUID().uuidString).sqlite").path)
        defer { queue.close() }
        let anchoring = Gateway.Anchoring(queue: queue, key: try ChainGateway.account(2), configuration: configuration, rateLimit: rate)
        let gateway = Gateway(store: harness.store, node: node, anchoring: anchoring, configuration: gatewayConfiguration)
        let gatewayPort = try await gateway.start()
        do {
            let result = try await body(try #require(URL(string: "http://127.0.0.1:\(gatewayPort)")))
            await gateway.stop()
            return result
        } catch {
            await gateway.stop()
            throw error
        }
    }

    static func request(_ harness: ChainGateway, _ cid: CID) throws -> AnchorRequest {
        let expires = UInt64(Date().timeIntervalSince1970) + 600
        return try AnchorRequest(
            tag: GatewayInboxTests.tagA, cid: cid.bytes, expires: expires, chainID: harness.chainID, key: try ChainGateway.account(3))
    }

    /// Asks for the status until `done` holds (at most `attempts` times, producing a block between asks
    /// when `produce`); returns the last status.
    static func poll(_ client: GatewayClient, _ id: [UInt8], on harness: ChainGateway, produce: Bool, attempts: Int = 200,
                      until done: (AnchorStatus) -> Bool) async throws -> AnchorStatus {
        var status = try await client.anchorStatus(id)
        for _ in 0..<attempts where !done(status) {
            if produce { try harness.produce() }
            try await Task.sleep(for: .milliseconds(25))
            status = try await client.anchorStatus(id)
        }
        return status
    }

    @Test func anchorsAndTheInboxThenProvesIt() async throws {
        try await ChainGateway.with { harness in
            try await Self.withAnchoringGateway(harness) { url in
                let client = try GatewayClientTests.client(harness, url: url)
                let cid = try await client.putBlob(Array("anchor me".utf8))
                let request = try Self.request(harness, cid)
                let receipt = try await client.anchor(request)
                #expect(receipt.id == request.digest)
                #expect(receipt.mode == "single")
                let submitted = try await Self.poll(client, receipt.id, on: harness, produce: false) { $0.state != .queued }
                #expect(submitted.state == .submitted)
                let anchored = try await Self.poll(client, receipt.id, on: harness, produce: true) { $0.state == .anchored }
                #expect(anchored.state == .anchored)
                let height = try #require(anchored.blockHeight)
                // The gateway's word, checked against the chain: the entry is in the tag's proved inbox.
                let listing = try await client.inbox(tag: GatewayInboxTests.tagA)
                #expect(listing.singles.map(\.cid) == [cid.bytes])
                #expect(listing.singles.first?.height == height)
                #expect(listing.singles.first?.seq == anchored.seq)
                // The same request again is a replay.
                guard case .http(409, _)? = await GatewayClientTests.failure({ try await client.anchor(request) }) else {
                    Issue.record("a replayed request was not refused with 409")
                    return
                }
            }
        }
    }

    @Test func aGatewayThatDoesNotAnchorOrAcknowledgesAnotherRequestIsCaught() async throws {
        try await ChainGateway.with { harness in
            let client = try GatewayClientTests.client(harness)
            let cid = try await client.putBlob(Array("anchor me".utf8))
            let request = try Self.request(harness, cid)
            guard case .unavailable? = await GatewayClientTests.failure({ try await client.anchor(request) }) else {
                Issue.record("a gateway without anchoring did not answer 503")
                return
            }
            try await Self.withAnchoringGateway(harness) { url in
                try await LyingGateway.with(upstream: url, rewrite: { path, answer in
                    guard path.hasPrefix("/v1/anchors"), case var .object(top) = answer.json else { return }
                    top["id"] = .string("0x" + String(repeating: "ab", count: 32))
                    answer.json = .object(top)
                }) { lying in
                    let liar = try GatewayClientTests.client(harness, url: lying)
                    #expect(await GatewayClientTests.failure { try await liar.anchor(request) }
                        == .verification(.anchor("the gateway acknowledged another request than the one sent")))
                    #expect(await GatewayClientTests.failure { try await liar.anchorStatus(request.digest) }
                        == .verification(.anchor("the status is for another request")))
                }
            }
        }
    }
}
