import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnState
import CairnVM
import Foundation
import Testing

extension LiveNodeTests {
    /// What a light client gets from a live node over RPC, checked with nothing but the bytes it returns:
    /// state proofs against a header's state root, and commits against the validator set.
    @Suite("dev node proofs over JSON-RPC", .timeLimit(.minutes(5)))
    struct NodeProofTests {
        static func bytes(_ value: JSONValue?, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
            let text = try #require(value?.string, "not a hex string: \(String(describing: value))", sourceLocation: sourceLocation)
            return try Hex.decode(text.dropFirst(2))
        }

        static func quantity(_ value: JSONValue?) throws -> UInt64 {
            try #require(value?.string.flatMap { UInt64($0.dropFirst(2), radix: 16) }, "not a quantity: \(String(describing: value))")
        }

        /// The header a proof came with, checked to hash to its claimed hash.
        static func header(_ json: JSONValue?) throws -> BlockHeader {
            let encoded = try bytes(json?["encoded"])
            #expect(SHA256.hash(encoded) == (try bytes(json?["hash"])), "the header's encoding does not hash to its hash")
            let header = try BlockHeader.decode(canonical: encoded)
            #expect(header.stateRoot == (try bytes(json?["stateRoot"])))
            return header
        }

        @Test("account proofs, absence proofs and commits returned over RPC verify offline")
        func proofsAndCommitsVerify() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            let client = node.client
            let transfer = try DevAccounts.transaction(from: 0, nonce: 0, to: DevAccounts.address(5), value: 77)
            _ = try await client.call("eth_sendRawTransaction", [transfer.rawHex])
            let receipt = try #require(try await client.receipt(transfer.hashHex))
            let height = try Self.quantity(receipt["blockNumber"])
            let tag = JSONValue.string("0x" + String(height, radix: 16))

            // Account 0 at the transfer's block: present, and its value is the account the RPC reports.
            let answer = try await client.call("cairn_getProof", [["account": .string(DevAccounts.hex(0))], tag])
            let header = try Self.header(answer["header"])
            #expect(header.height == height)
            #expect(header.hash == (try Self.bytes(receipt["blockHash"])))
            let root = try #require(MerkleHash(bytes: header.stateRoot))
            let key = StateKey.account(DevAccounts.address(0))
            let value = try Self.bytes(answer["value"])
            let proof = try StateProof.decode(canonical: try Self.bytes(answer["proof"]))
            #expect(proof.verify(root: root, key: key, value: value))
            let account = try Account.decode(canonical: value)
            #expect(account.nonce == 1)
            #expect(account.balance == (try await client.balance(DevAccounts.hex(0), tag)))
            // The proof pins exactly that value, that key and that root.
            var forged = account
            forged.balance += 1
            #expect(!proof.verify(root: root, key: key, value: forged.canonicalBytes))
            #expect(!proof.verify(root: root, key: .account(DevAccounts.address(1)), value: value))
            #expect(!proof.verify(root: root, key: key, value: nil))
            let parentRoot = try #require(MerkleHash(bytes: try Self.header(
                try await client.call("cairn_getHeader", [.string("0x" + String(height - 1, radix: 16))])).stateRoot))
            #expect(!proof.verify(root: parentRoot, key: key, value: value), "account 0 changed in the block, so its proof must too")

            // An account that never existed: value null, and the proof shows absence (and nothing else).
            let stranger = try Address(bytes: [UInt8](repeating: 0xab, count: 20))
            let missing = try await client.call("cairn_getProof", [["account": .string("0x" + Hex.encode(stranger.bytes))], tag])
            #expect(missing["value"] == .null)
            let absence = try StateProof.decode(canonical: try Self.bytes(missing["proof"]))
            let missingHeader = try Self.header(missing["header"])
            #expect(missingHeader.hash == header.hash)
            #expect(absence.verify(root: root, key: .account(stranger), value: nil))
            #expect(!absence.verify(root: root, key: .account(stranger), value: Account(balance: 1).canonicalBytes))

            // The commit of that block verifies against the validator set that signs it, and only for that block.
            let commitJSON = try await client.call("cairn_getCommit", [tag])
            let commit = try Commit.decode(canonical: try Self.bytes(commitJSON["encoded"]))
            #expect(try Self.header(commitJSON["header"]).hash == header.hash)
            let validatorsJSON = try await client.call("cairn_getValidators", [tag])
            let validators = try ValidatorSet.decode(canonical: try Self.bytes(validatorsJSON["encoded"]))
            #expect(validators.hash == header.validatorSetHash, "the set RPC returns is the one the header commits to")
            #expect(validators.validators.count == 4)
            #expect(throws: Never.self) {
                try commit.verify(chainID: DevAccounts.genesis.chainId, height: height, blockHash: header.hash, validators: validators)
            }
            #expect(throws: CommitError.self) {
                try commit.verify(chainID: DevAccounts.genesis.chainId, height: height, blockHash: header.parentHash, validators: validators)
            }
            #expect(throws: CommitError.self) {
                try commit.verify(chainID: 1, height: height, blockHash: header.hash, validators: validators)
            }
            #expect(throws: CommitError.self) {
                try commit.verify(
                    chainID: DevAccounts.genesis.chainId, height: height, blockHash: header.hash,
                    validators: ValidatorSet(Array(validators.validators.prefix(1))))
            }
        }
    }
}
