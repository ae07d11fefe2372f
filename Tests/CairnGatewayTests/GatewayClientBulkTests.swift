import CairnBlobs
import CairnClient
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation
import Testing

/// `GatewayClient.putBlobs` and `anchor(_: [AnchorRequest])`: many items in few requests, each item's
/// outcome typed on its own, and a gateway that lies about one is caught on that one.
@Suite("Gateway client bulk")
struct GatewayClientBulkTests {
    @Test func putsManyBlobsIncludingChunkedOnesAndReadsThemBack() async throws {
        try await ChainGateway.with { harness in
            let client = try GatewayClientTests.client(harness)
            // Above the 1 MiB chunk size: chunks and manifest go in the same CAR file.
            let large = (0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) }
            let contents = (0..<30).map { Array("envelope \($0)".utf8) } + [large, [], Array("envelope 3".utf8)]
            let results = try await client.putBlobs(contents)
            #expect(results.count == contents.count)
            for (content, result) in zip(contents, results) {
                let cid = try result.get()
                #expect(cid == client.cid(of: content))
                #expect(try await client.blob(cid) == content)
            }
            #expect(try results[30].get().codec == .dagJSON)
        }
    }

    @Test func aLieAboutOneBlobIsCaughtOnThatOne() async throws {
        try await ChainGateway.with { harness in
            let contents = (0..<4).map { Array("envelope \($0)".utf8) }
            let lie = CID(content: Array("something else".utf8))
            try await LyingGateway.with(upstream: harness.url, rewrite: { path, answer in
                guard path == "/v1/blobs", case var .object(top) = answer.json, case var .array(blocks)? = top["blocks"],
                    case var .object(second) = blocks[1]
                else { return }
                second["cid"] = .string(lie.string)
                blocks[1] = .object(second)
                top["blocks"] = .array(blocks)
                answer.json = .object(top)
            }) { url in
                let client = try GatewayClientTests.client(harness, url: url)
                let results = try await client.putBlobs(contents)
                #expect(try results[0].get() == client.cid(of: contents[0]))
                #expect(throws: GatewayClientError.verification(.cidMismatch(expected: client.cid(of: contents[1]), got: lie.string))) {
                    try results[1].get()
                }
                #expect(try results[2].get() == client.cid(of: contents[2]))
            }
            // One answer too few is a malformed answer as a whole.
            try await LyingGateway.with(upstream: harness.url, rewrite: { path, answer in
                guard path == "/v1/blobs", case var .object(top) = answer.json, case let .array(blocks)? = top["blocks"] else { return }
                top["blocks"] = .array(Array(blocks.dropLast()))
                answer.json = .object(top)
            }) { url in
                let client = try GatewayClientTests.client(harness, url: url)
                #expect(await GatewayClientTests.failure { try await client.putBlobs(contents) }
                    == .malformed("the bulk answer has 3 answers for 4 items"))
            }
        }
    }

    @Test func anchorsManyRequestsWithTypedRefusals() async throws {
        try await ChainGateway.with { harness in
            let client = try GatewayClientTests.client(harness)
            let cids = try await client.putBlobs((0..<5).map { Array("to anchor \($0)".utf8) }).map { try $0.get() }
            let expires = UInt64(Date().timeIntervalSince1970) + 600
            var requests = try cids.map {
                try AnchorRequest(tag: GatewayInboxTests.tagA, cid: $0.bytes, expires: expires, chainID: harness.chainID, key: try ChainGateway.account(3))
            }
            requests.append(requests[0])
            requests.append(try AnchorRequest(
                tag: GatewayInboxTests.tagA, cid: CID(content: Array("not stored".utf8)).bytes, expires: expires, chainID: harness.chainID,
                key: try ChainGateway.account(3)))
            // A gateway that does not anchor refuses the whole bulk, as it refuses one request.
            guard case .unavailable? = await GatewayClientTests.failure({ try await client.anchor(Array(requests.prefix(2))) }) else {
                Issue.record("a gateway without anchoring did not answer 503")
                return
            }
            try await GatewayBulkAnchorTests.withGateway(harness) { url in
                let anchoring = try GatewayClientTests.client(harness, url: url)
                let results = try await anchoring.anchor(requests)
                for (request, result) in zip(requests.prefix(5), results) {
                    let receipt = try result.get()
                    #expect(receipt.id == request.digest && receipt.mode == "batch")
                }
                guard case .failure(.http(409, _)) = results[5], case .failure(.http(422, _)) = results[6] else {
                    Issue.record("a duplicate and an unknown blob were not refused as 409 and 422: \(results.suffix(2))")
                    return
                }
                // A gateway that acknowledges another request than the one sent is caught on that request.
                try await LyingGateway.with(upstream: url, rewrite: { path, answer in
                    guard path == "/v1/anchors/bulk", case var .object(top) = answer.json, case var .array(items)? = top["results"],
                        case var .object(first) = items[0]
                    else { return }
                    first["id"] = .string("0x" + String(repeating: "ab", count: 32))
                    first["code"] = 202
                    items[0] = .object(first)
                    top["results"] = .array(items)
                    answer.json = .object(top)
                }) { lying in
                    let liar = try GatewayClientTests.client(harness, url: lying)
                    let lied = try await liar.anchor([requests[0], requests[1]])
                    #expect(throws: GatewayClientError.verification(.anchor("the gateway acknowledged another request than the one sent"))) {
                        try lied[0].get()
                    }
                    guard case .failure(.http(409, _)) = lied[1] else {
                        Issue.record("a replay through the liar was not a 409: \(lied[1])")
                        return
                    }
                }
            }
        }
    }
}
