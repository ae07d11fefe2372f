import CairnChain
import CairnConsensus
import CairnCrypto
import CairnExplorer
import CairnNode
import CairnRPC
import Foundation
import Testing

/// The explorer's views of what a dev node does not make on its own (evidence, a slashed and tombstoned
/// validator), and of a node that lies: an in-process chain behind a real RPC server.
@Suite("Explorer views of evidence, slashing and lying nodes")
struct ExplorerViewTests {
    /// Serves `methods` on a free port of 127.0.0.1 for `body`, and stops the server afterwards.
    static func serving<T>(_ methods: RPCMethodTable, _ body: (URL) async throws -> T) async throws -> T {
        let server = RPCServer(methods: methods, configuration: .init(host: "127.0.0.1", port: 0))
        let port = try await server.start()
        do {
            let result = try await body(URL(string: "http://127.0.0.1:\(port)")!)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Block 2 carries double-sign evidence against the first validator's key.
    static func slashedChain() throws -> (RPCHarness, DoubleSignEvidence) {
        let rpc = try RPCHarness()
        try rpc.produce()
        let evidence = RPCHarness.doubleSign(.precommit, height: 1)!
        _ = try rpc.chain.produceBlock(time: RPCHarness.genesis.genesisTime + 60, keys: RPCHarness.keys, evidence: [evidence])
        _ = try rpc.chain.produceBlock(time: RPCHarness.genesis.genesisTime + 65, keys: RPCHarness.keys)
        return (rpc, evidence)
    }

    @Test("a block shows its evidence, and the validators view the tombstoned validator and its slash")
    func evidenceAndSlashes() async throws {
        let (rpc, evidence) = try Self.slashedChain()
        let offender = try #require(RPCHarness.genesis.validators.first { $0.consensusKey.bytes == evidence.consensusKey })
        try await Self.serving(NodeRPC.methods(chain: rpc.chain)) { url in
            let explorer = try await Explorer.connect(url: url)
            let block = try await explorer.block("2")
            #expect(block.json["evidence"]?.array?.count == 1)
            #expect(block.text.contains("evidence (1)"))
            #expect(block.text.contains("double sign by key \(Format.short(evidence.consensusKey)): precommit at height 1 round 0"))

            let validators = try await explorer.validators()
            let rows = try #require(validators.json["validators"]?.array)
            let slashed = try #require(rows.first { $0["operator"]?.string == offender.operator.checksummed })
            #expect(slashed["status"] == "tombstoned")
            #expect(slashed["tombstoned"] == true)
            #expect(slashed["power"] == .null, "a tombstoned validator still has power")
            #expect(slashed["slashes"]?.array?.first?["reason"] == "double sign")
            #expect(slashed["slashedTotal"]?.string != "0")
            #expect(rows.filter { $0["status"] == "active" }.count == 3)
            #expect(validators.text.contains("3 active of 4 registered"))
            #expect(validators.text.contains("tombstoned"))
            #expect(validators.text.contains("slashes (1)"))
            #expect(validators.text.contains("double-sign, 5% of stake"))

            // The slash is visible in the offender's account too.
            let account = try await explorer.account(offender.operator.checksummed)
            #expect(account.json["stake"]?["validator"]?["tombstoned"] == true)
        }
    }

    @Test("a node that lies gets a typed error, never a crash or a wrong answer")
    func lyingNode() async throws {
        let rpc = try RPCHarness()
        try rpc.produce()
        let honest = NodeRPC.methods(chain: rpc.chain)

        // A proof whose value was changed: the proof no longer matches the state root.
        var tampered = honest
        let proof = honest.handler(for: "cairn_getProof")!
        tampered.register("cairn_getProof") { params in
            guard case var .object(fields) = try await proof(params) else { return .null }
            fields["value"] = "0x00000000000000000000000000000000000000000000000001"
            return .object(fields)
        }
        // A commit signed by nobody the header names.
        let commitHandler = honest.handler(for: "cairn_getCommit")!
        var forgedCommit = honest
        forgedCommit.register("cairn_getCommit") { params in
            guard case var .object(fields) = try await commitHandler(params), let encoded = fields["encoded"]?.string,
                var commit = try? Commit.decode(canonical: Hex.decode(encoded.dropFirst(2)))
            else { return .null }
            let stranger = Ed25519.PrivateKey()
            let vote = commit.vote
            commit.signatures = [CommitSignature(consensusKey: stranger.publicKey.rawRepresentation, signature: stranger.signature(for: vote.signedBytes(chainID: 31337)))]
            fields["encoded"] = .string("0x" + Hex.encode(commit.canonicalBytes))
            return .object(fields)
        }
        // Blocks and chain facts that are not what the RPC documents.
        var garbage = honest
        garbage.register("eth_getBlockByNumber") { _ in ["number": "0xzz", "hash": 7] }
        // Heights and amounts at the top of their ranges.
        var huge = honest
        huge.register("eth_blockNumber") { _ in "0xffffffffffffffff" }
        huge.register("eth_getBlockByNumber") { _ in
            [
                "number": "0xffffffffffffffff", "timestamp": "0xffffffffffffffff", "hash": .string("0x" + String(repeating: "ab", count: 32)),
                "miner": "0x0000000000000000000000000000000000000001", "transactions": [], "gasUsed": "0xffffffffffffffff",
                "gasLimit": "0xffffffffffffffff", "baseFeePerGas": "0xffffffffffffffffffffffffffffffff",
            ]
        }
        var noContracts = honest
        noContracts.register("cairn_chainInfo") { _ in ["chainId": "0x7a69"] }

        let account = "account:" + Address(publicKey: try rpc.account(0).publicKey).checksummed
        try await Self.serving(tampered) { url in
            let explorer = try await Explorer.connect(url: url)
            await #expect(throws: ExplorerError.self) { _ = try await explorer.proof(account, height: nil) }
            do {
                _ = try await explorer.proof(account, height: nil)
            } catch {
                #expect("\(error)".hasPrefix("verification failed: the proof of"), "\(error)")
            }
        }
        try await Self.serving(forgedCommit) { url in
            let explorer = try await Explorer.connect(url: url)
            do {
                _ = try await explorer.proof(account, height: nil)
                Issue.record("a forged commit was accepted")
            } catch {
                #expect("\(error)".contains("the commit of block 1"), "\(error)")
            }
        }
        try await Self.serving(garbage) { url in
            let explorer = try await Explorer.connect(url: url)
            do {
                _ = try await explorer.blocks(last: 1)
                Issue.record("a malformed block was accepted")
            } catch {
                #expect(error as? ExplorerError == .malformed("block number is \"0xzz\""), "\(error)")
            }
        }
        try await Self.serving(huge) { url in
            let explorer = try await Explorer.connect(url: url)
            let listed = try await explorer.blocks(last: 2)
            #expect(listed.json["head"] == .string("18446744073709551615"))
            #expect(listed.json["blocks"]?.array?.first?["gasUsed"] == .string("18446744073709551615"))
            #expect(listed.text.contains("18446744073709551615"))
        }
        try await Self.serving(noContracts) { url in
            do {
                _ = try await Explorer.connect(url: url)
                Issue.record("chain facts without contracts were accepted")
            } catch {
                #expect("\(error)".contains("no address for identity"), "\(error)")
            }
        }
        // The honest node passes every check.
        try await Self.serving(honest) { url in
            let explorer = try await Explorer.connect(url: url)
            let shown = try await explorer.proof(account, height: nil)
            #expect(shown.json["verified"] == true)
        }
    }
}
