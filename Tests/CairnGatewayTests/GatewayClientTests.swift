import CairnBlobs
import CairnChain
import CairnClient
import CairnCrypto
import CairnRPC
import CairnState
import Foundation
import Testing

/// The verified gateway client against a real chain and gateway, honest and lying (through `LyingGateway`).
@Suite("Gateway client")
struct GatewayClientTests {
    typealias Inbox = GatewayInboxTests

    /// A client of `url` (the harness's gateway by default) whose light client starts at the chain's genesis
    /// and follows it over the node's JSON-RPC.
    static func client(_ gateway: ChainGateway, url: URL? = nil) throws -> GatewayClient {
        let genesis = try #require(try gateway.chain.locked { try gateway.chain.blocks.header(at: 0) })
        let state = LightClientState(chainID: gateway.chainID, genesisHash: genesis.hash, genesisValidators: try gateway.chain.validators(at: 0))
        let port = try #require(gateway.rpc.port)
        let source = RPCLightBlockSource(client: RPCClient(url: try #require(URL(string: "http://127.0.0.1:\(port)"))))
        return GatewayClient(
            url: url ?? gateway.url, directory: gateway.layout, inbox: gateway.contracts.inbox.address,
            lightClient: LightClient(state: state, source: source))
    }

    /// The error `body` throws, as a `GatewayClientError` (nil, with an issue recorded, otherwise).
    static func failure<T>(_ body: () async throws -> T) async -> GatewayClientError? {
        do {
            _ = try await body()
            Issue.record("the lie was not caught")
        } catch let error as GatewayClientError {
            return error
        } catch {
            Issue.record("not a GatewayClientError: \(error)")
        }
        return nil
    }

    @Test func blobsRoundTripWithLocallyComputedCIDs() async throws {
        try await ChainGateway.with { gateway in
            let client = try Self.client(gateway)
            let small = Array("a sealed envelope".utf8)
            // Above the gateway's 1 MiB chunk size: stored as chunks under a manifest CID.
            let large = (0..<(2_500_000)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
            for content in [small, large, []] {
                let cid = try await client.putBlob(content)
                #expect(cid == client.cid(of: content))
                #expect(try await client.blob(cid) == content)
            }
            #expect(client.cid(of: large).codec == .dagJSON)
            let absent = CID(content: Array("never stored".utf8))
            #expect(await Self.failure { try await client.blob(absent) } == .unavailable("the gateway does not hold \(absent)"))
        }
    }

    @Test func aFlippedByteInABlobIsCaught() async throws {
        try await ChainGateway.with { gateway in
            let small = Array("hello, bob".utf8)
            let large = [UInt8](repeating: 0x5A, count: (1 << 20) + 10)
            let honest = try Self.client(gateway)
            let smallCID = try await honest.putBlob(small)
            let largeCID = try await honest.putBlob(large)
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                if path.hasPrefix("/ipfs/"), !answer.body.isEmpty { answer.body[answer.body.count / 2] ^= 0x01 }
            }) { url in
                let client = try Self.client(gateway, url: url)
                #expect(await Self.failure { try await client.blob(smallCID) } == .blobMismatch(smallCID))
                // The manifest block is checked first.
                #expect(await Self.failure { try await client.blob(largeCID) } == .blobMismatch(largeCID))
            }
            // A gateway that stores the blob under another CID is caught on put.
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                if path == "/v1/blobs" { answer.json = ["cid": .string(CID(content: [1, 2, 3]).string)] }
            }) { url in
                let client = try Self.client(gateway, url: url)
                let error = await Self.failure { try await client.putBlob(small) }
                #expect(error == .verification(.cidMismatch(expected: smallCID, got: CID(content: [1, 2, 3]).string)))
            }
        }
    }

    @Test func aForgedCommitOrAnUnreachableGatewayIsCaught() async throws {
        try await ChainGateway.with { gateway in
            try gateway.produce()
            let someone = try ChainGateway.address(1)
            // The last byte of the last precommit signature flipped.
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                guard path.hasPrefix("/v1/identities/"), case var .object(top) = answer.json, case var .object(attestation)? = top["attestation"],
                    let text = attestation["commit"]?.string, var bytes = try? Hex.decode(text.dropFirst(2)), !bytes.isEmpty
                else { return }
                bytes[bytes.count - 1] ^= 0x01
                attestation["commit"] = WireFormat.hex(bytes)
                top["attestation"] = .object(attestation)
                answer.json = .object(top)
            }) { url in
                let client = try Self.client(gateway, url: url)
                guard case .verification(.lightClient(.invalidBlock(height: 1, _)))? = await Self.failure({ try await client.identity(someone) })
                else {
                    Issue.record("a forged commit was not refused by the light client")
                    return
                }
            }
            let nowhere = try Self.client(gateway, url: URL(string: "http://127.0.0.1:1"))
            guard case .transport? = await Self.failure({ try await nowhere.identity(someone) }) else {
                Issue.record("an unreachable gateway is not a transport error")
                return
            }
        }
    }

    @Test func keyBundlesVerifyAndASubstitutedBundleIsCaught() async throws {
        try await ChainGateway.with { gateway in
            let alice = try GatewayDirectoryTests.registerAlice(gateway)
            let honest = try Self.client(gateway)
            let bundles = try await honest.keyBundles(alice)
            #expect(bundles.bundles.map(\.device) == [GatewayDirectoryTests.identityKey.publicKey.rawRepresentation, GatewayDirectoryTests.device2])
            #expect(try await honest.identity(alice)?.handle == "alice")
            #expect(try await honest.identity(try ChainGateway.address(3)) == nil)
            #expect(honest.notBefore == gateway.chain.head.height)

            // The gateway swaps the identity key's bundle for one it made (another signed prekey).
            let slot = WireFormat.hex(gateway.layout.bundle(alice, GatewayDirectoryTests.identityKey.publicKey.rawRepresentation).bytes)
            try await LyingGateway.with(upstream: gateway.url, rewrite: { path, answer in
                guard path.hasPrefix("/v1/keybundles/"), case var .object(top) = answer.json, case var .object(attestation)? = top["attestation"],
                    var proofs = attestation["proofs"]?.array, let index = proofs.firstIndex(where: { $0["key"] == slot }),
                    case var .object(item) = proofs[index], let text = item["value"]?.string
                else { return }
                var value = (try? Hex.decode(text.dropFirst(2))) ?? []
                value[20 + 32 + 5] ^= 0xFF
                item["value"] = WireFormat.hex(value)
                proofs[index] = .object(item)
                attestation["proofs"] = .array(proofs)
                top["attestation"] = .object(attestation)
                answer.json = .object(top)
            }) { url in
                let client = try Self.client(gateway, url: url)
                let error = await Self.failure { try await client.keyBundles(alice) }
                #expect(error == .verification(.keyDirectory(.attestation(.badProof(key: String(slot.string?.dropFirst(2) ?? ""))))))
            }
            // The gateway answers with another account's bundles.
            let bob = try ChainGateway.address(2)
            try await LyingGateway.with(upstream: gateway.url, forward: { path in
                path.replacingOccurrences(of: alice.checksummed, with: bob.checksummed)
            }, rewrite: { _, _ in }) { url in
                let client = try Self.client(gateway, url: url)
                #expect(await Self.failure { try await client.keyBundles(alice) } == .verification(.keyDirectory(.wrongOwner("\(bob)"))))
            }
        }
    }
}
