import CairnChain
import CairnCodec
import CairnCrypto
import CairnNode
import CairnRPC
import CairnState
import Testing

@Suite("cairn_getProofs")
struct NodeProofsRPCTests {
    let recipient = try! Address("0x00000000000000000000000000000000000000aa")
    let stranger = try! Address("0x00000000000000000000000000000000000000bb")

    static func bytes(_ value: JSONValue?) throws -> [UInt8] {
        try Hex.decode(try #require(value?.string).dropFirst(2))
    }

    @Test("every proof of one answer verifies against the one header it returns, at the height asked")
    func consistentProofs() async throws {
        let rpc = try RPCHarness()
        _ = try await rpc.send(0, to: recipient, value: 7)
        try rpc.produce()
        _ = try await rpc.send(0, to: recipient, value: 8)
        try rpc.produce()
        let keys: [StateKey] = [.account(recipient), .account(stranger), .account(Address(publicKey: try rpc.account(0).publicKey))]
        for (block, balance) in [("0x1", UInt128(7)), ("latest", UInt128(15))] {
            let answer = try await rpc.result("cairn_getProofs", [.array(keys.map { hexString($0.bytes) }), .string(block)])
            let header = try BlockHeader.decode(canonical: try Self.bytes(answer["header"]?["encoded"]))
            #expect(answer["height"] == .string("0x" + String(header.height, radix: 16)))
            #expect(header.height == (block == "0x1" ? 1 : 2))
            #expect(try Self.bytes(answer["stateRoot"]) == header.stateRoot)
            let root = try #require(MerkleHash(bytes: header.stateRoot))
            let proofs = try #require(answer["proofs"]?.array)
            #expect(proofs.count == keys.count)
            for (key, item) in zip(keys, proofs) {
                #expect(try Self.bytes(item["key"]) == key.bytes)
                let value = try item["value"]?.nonNull.map { try Self.bytes($0) }
                let proof = try StateProof.decode(canonical: try Self.bytes(item["proof"]))
                #expect(proof.verify(root: root, key: key, value: value))
                // The same key alone proves the same value.
                let single = try await rpc.result("cairn_getProof", [hexString(key.bytes), .string(block)])
                #expect(single["value"] == item["value"])
            }
            #expect(proofs[1]["value"] == .null)
            let account = try CanonicalReader.decodeAccountBalance(try Self.bytes(proofs[0]["value"]))
            #expect(account == balance)
        }
    }

    @Test("an empty list, more than 256 keys, or a malformed key is invalid params")
    func limitsAndBadKeys() async throws {
        let rpc = try RPCHarness()
        func code(_ params: JSONValue) async -> Int64? {
            if case let .failure(error) = await rpc.call("cairn_getProofs", params) { return error.code }
            return nil
        }
        let key = hexString(StateKey.account(recipient).bytes)
        #expect(await code([[], "latest"]) == RPCError.invalidParamsCode)
        #expect(await code([.array(Array(repeating: key, count: NodeRPC.maxProofKeys + 1)), "latest"]) == RPCError.invalidParamsCode)
        #expect(await code([key, "latest"]) == RPCError.invalidParamsCode)
        #expect(await code([["0x09aa"], "latest"]) == RPCError.invalidParamsCode)
        #expect(await code([["zz"], "latest"]) == RPCError.invalidParamsCode)
        #expect(await code([[["nothing": "0x"]], "latest"]) == RPCError.invalidParamsCode)
        #expect(await code([]) == RPCError.invalidParamsCode)
        #expect(await code([[key], "0x99"]) == -32000)
        let full = try await rpc.result("cairn_getProofs", [.array(Array(repeating: key, count: NodeRPC.maxProofKeys)), "latest"])
        #expect(full["proofs"]?.array?.count == NodeRPC.maxProofKeys)
    }
}

extension CanonicalReader {
    /// The balance in an account's state value (`nonce u64 ‖ balance u128 ‖ codeHash?`).
    static func decodeAccountBalance(_ bytes: [UInt8]) throws -> UInt128 {
        var reader = CanonicalReader(bytes)
        _ = try reader.readUInt64()
        return try reader.readUInt128()
    }
}
