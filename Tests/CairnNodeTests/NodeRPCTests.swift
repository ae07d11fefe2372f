import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnNode
import CairnRPC
import CairnState
import Foundation
import Logging
import Testing

/// The node's JSON-RPC methods, called through the real dispatcher on a chain in a temporary directory.
final class RPCHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let genesisURL = root.appendingPathComponent("Genesis/devnet.json")
    static let genesis = try! Genesis.load(from: genesisURL)
    static let keys = DevnetKeys.validatorKeys(for: genesis)

    let directory: URL
    let chain: Chain
    let dispatcher: RPCDispatcher
    private var time: UInt64

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-rpc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        chain = try Chain(
            genesis: Self.genesis, genesisDirectory: Self.genesisURL.deletingLastPathComponent(),
            databasePath: directory.appendingPathComponent("chain.sqlite").path)
        dispatcher = RPCDispatcher(methods: NodeRPC.methods(chain: chain), logger: Logger(label: "test"))
        time = Self.genesis.genesisTime + 5
    }

    deinit {
        chain.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The result of `method`, or the JSON-RPC error it gave.
    func call(_ method: String, _ params: JSONValue = []) async -> Result<JSONValue, RPCError> {
        let request: JSONValue = ["jsonrpc": "2.0", "id": 1, "method": .string(method), "params": params]
        guard let response = await dispatcher.response(to: request.encoded()) else { return .failure(.internalError) }
        if let error = response["error"], let parsed = RPCError(json: error) { return .failure(parsed) }
        return .success(response["result"] ?? .null)
    }

    func result(_ method: String, _ params: JSONValue = []) async throws -> JSONValue {
        try await call(method, params).get()
    }

    func account(_ index: Int) throws -> Secp256k1.PrivateKey { try DevnetKeys.accountKey(index, genesis: Self.genesis) }

    func send(_ index: Int, to: Address?, value: UInt128 = 0, data: [UInt8] = [], gas: UInt64 = 21_000) async throws -> [UInt8] {
        let key = try account(index)
        let nonce = try chain.locked { try chain.mempool.nextNonce(of: Address(publicKey: key.publicKey), state: chain.state()) }
        let tx = try Transaction(
            chainID: 31337, nonce: nonce, maxPriorityFeePerGas: FeeMarket.gwei, maxFeePerGas: 10 * FeeMarket.gwei, gasLimit: gas,
            to: to, value: value, data: data
        ).signed(with: key)
        let hash = try await result("eth_sendRawTransaction", [.string("0x" + Hex.encode(tx.raw))])
        #expect(hash.string == "0x" + Hex.encode(tx.hash))
        return tx.hash
    }

    func produce() throws {
        _ = try chain.produceBlock(time: time, keys: Self.keys)
        time += 5
    }
}

func hexString(_ bytes: [UInt8]) -> JSONValue { .string("0x" + Hex.encode(bytes)) }

@Suite("Node JSON-RPC methods")
struct NodeRPCTests {
    let recipient = try! Address("0x00000000000000000000000000000000000000aa")
    var staking: Address { RPCHarness.genesis.contracts.staking.address }

    @Test("chain facts answer as Ethereum nodes do")
    func basics() async throws {
        let rpc = try RPCHarness()
        #expect(try await rpc.result("eth_chainId") == "0x7a69")
        #expect(try await rpc.result("net_version") == "31337")
        #expect(try await rpc.result("eth_blockNumber") == "0x0")
        #expect(try await rpc.result("web3_clientVersion").string?.hasPrefix("cairn/") == true)
        #expect(try await rpc.result("eth_maxPriorityFeePerGas") == "0x3b9aca00")
        #expect(try await rpc.result("eth_gasPrice") == "0x77359400")  // next base fee 1 gwei + 1 gwei tip
        let dev0 = Address(publicKey: try rpc.account(0).publicKey)
        #expect(try await rpc.result("eth_getBalance", [hexString(dev0.bytes), "latest"]) == "0x21e19e0c9bab2400000")
        #expect(try await rpc.result("eth_getTransactionCount", [hexString(dev0.bytes), "latest"]) == "0x0")
    }

    @Test("a transfer's transaction, receipt and block have Ethereum's shape")
    func transferShapes() async throws {
        let rpc = try RPCHarness()
        let hash = try await rpc.send(0, to: recipient, value: 12345)
        // Pending: known by hash, not yet in a block, no receipt.
        let pending = try await rpc.result("eth_getTransactionByHash", [hexString(hash)])
        #expect(pending["blockNumber"] == .null)
        #expect(try await rpc.result("eth_getTransactionReceipt", [hexString(hash)]) == .null)
        #expect(try await rpc.result("eth_getTransactionCount", [hexString(Address(publicKey: try rpc.account(0).publicKey).bytes), "pending"]) == "0x1")
        try rpc.produce()

        let receipt = try await rpc.result("eth_getTransactionReceipt", [hexString(hash)])
        #expect(receipt["status"] == "0x1")
        #expect(receipt["gasUsed"] == "0x5208")
        #expect(receipt["blockNumber"] == "0x1")
        #expect(receipt["transactionIndex"] == "0x0")
        #expect(receipt["to"] == hexString(recipient.bytes))
        #expect(receipt["contractAddress"] == .null)
        #expect(receipt["effectiveGasPrice"] == "0x77359400")
        let tx = try await rpc.result("eth_getTransactionByHash", [hexString(hash)])
        #expect(tx["blockHash"] == receipt["blockHash"])
        #expect(tx["value"] == "0x3039")
        #expect(tx["type"] == "0x2")
        let block = try await rpc.result("eth_getBlockByNumber", ["0x1", true])
        #expect(block["hash"] == receipt["blockHash"])
        #expect(block["transactions"]?[0]?["hash"] == hexString(hash))
        #expect(block["gasUsed"] == "0x5208")
        let byHash = try await rpc.result("eth_getBlockByHash", [receipt["blockHash"]!, false])
        #expect(byHash["transactions"] == [hexString(hash)])
        #expect(try await rpc.result("eth_getBalance", [hexString(recipient.bytes), "latest"]) == "0x3039")
        #expect(try await rpc.result("eth_getBalance", [hexString(recipient.bytes), "0x0"]) == "0x0")
    }

    @Test("estimateGas: 21,000 for a transfer, enough for a call, error 3 with the reason for a revert")
    func estimateGas() async throws {
        let rpc = try RPCHarness()
        let from = hexString(Address(publicKey: try rpc.account(6).publicKey).bytes)
        #expect(try await rpc.result("eth_estimateGas", [["from": from, "to": hexString(recipient.bytes), "value": "0x1"]]) == "0x5208")
        let bond = ContractCall(method: "bond").canonicalBytes
        let estimate = try await rpc.result("eth_estimateGas", [["from": from, "to": hexString(staking.bytes), "value": "0xde0b6b3a7640000", "data": hexString(bond)]])
        let estimateText = try #require(estimate.string)
        let gas = try #require(UInt64(estimateText.dropFirst(2), radix: 16))
        #expect(gas > 21_000)
        // The estimate is enough: the call succeeds with exactly that limit.
        let hash = try await rpc.send(6, to: staking, value: 1_000_000_000_000_000_000, data: bond, gas: gas)
        try rpc.produce()
        #expect(try await rpc.result("eth_getTransactionReceipt", [hexString(hash)])["status"] == "0x1")
        // Account 1 is not a validator: bond reverts.
        let outsider = hexString(Address(publicKey: try rpc.account(1).publicKey).bytes)
        guard case let .failure(error) = await rpc.call("eth_estimateGas", [["from": outsider, "to": hexString(staking.bytes), "value": "0x1", "data": hexString(bond)]]) else {
            Issue.record("a reverting call was estimated")
            return
        }
        #expect(error.code == 3)
        #expect(error.message.hasPrefix("execution reverted"))
    }

    @Test("cairn_call reads without writing, and says why a call failed")
    func cairnCall() async throws {
        let rpc = try RPCHarness()
        let active = try await rpc.result("cairn_call", [["to": hexString(staking.bytes), "method": "activeSet"]])
        #expect(active["status"] == "success")
        let output = try Hex.decode(try #require(active["output"]?.string).dropFirst(2))
        var reader = CanonicalReader(output)
        #expect(try reader.readLength(limit: 100) == 4)
        let missing = try await rpc.result("cairn_call", [["to": hexString(staking.bytes), "method": "noSuchMethod"]])
        #expect(missing["status"] == "failed")
        #expect(missing["reason"]?.string?.isEmpty == false)
        #expect(try await rpc.result("eth_blockNumber") == "0x0")
    }

    @Test("cairn_getProof proves presence and absence against the header it returns")
    func proofs() async throws {
        let rpc = try RPCHarness()
        _ = try await rpc.send(0, to: recipient, value: 7)
        try rpc.produce()
        for (address, present) in [(recipient, true), (try Address("0x00000000000000000000000000000000000000bb"), false)] {
            let answer = try await rpc.result("cairn_getProof", [["account": hexString(address.bytes)], "latest"])
            let header = try BlockHeader.decode(canonical: try Hex.decode(try #require(answer["header"]?["encoded"]?.string).dropFirst(2)))
            #expect(answer["header"]?["hash"] == hexString(header.hash))
            let proof = try StateProof.decode(canonical: try Hex.decode(try #require(answer["proof"]?.string).dropFirst(2)))
            let value = try answer["value"].flatMap(\.string).map { try Hex.decode($0.dropFirst(2)) }
            #expect((value != nil) == present)
            let root = try #require(MerkleHash(bytes: header.stateRoot))
            #expect(proof.verify(root: root, key: .account(address), value: value))
            if let value { #expect(!proof.verify(root: root, key: .account(address), value: value + [0])) }
        }
    }

    @Test("commits verify against the validator set the node reports, and events filter by contract and topic")
    func commitsAndEvents() async throws {
        let rpc = try RPCHarness()
        _ = try await rpc.send(0, to: recipient, value: 1, gas: 21_000)
        let bond = try await rpc.send(6, to: staking, value: 5, data: ContractCall(method: "bond").canonicalBytes, gas: 500_000)
        _ = try await rpc.send(7, to: staking, value: 5, data: ContractCall(method: "bond").canonicalBytes, gas: 500_000)
        try rpc.produce()
        let commitJSON = try await rpc.result("cairn_getCommit", ["0x1"])
        let commit = try Commit.decode(canonical: try Hex.decode(try #require(commitJSON["encoded"]?.string).dropFirst(2)))
        let validatorsJSON = try await rpc.result("cairn_getValidators", ["0x1"])
        let validators = try ValidatorSet.decode(canonical: try Hex.decode(try #require(validatorsJSON["encoded"]?.string).dropFirst(2)))
        let header = try await rpc.result("cairn_getHeader", ["0x1"])
        let blockHash = try Hex.decode(try #require(header["hash"]?.string).dropFirst(2))
        try commit.verify(chainID: 31337, height: 1, blockHash: blockHash, validators: validators)
        #expect(header["validatorSetHash"] == hexString(validators.hash))

        let bonded = hexString(Keccak256.hash(Array("Staking.Bonded".utf8)))
        let events = try await rpc.result("cairn_getEvents", [["fromBlock": "0x0", "toBlock": "latest", "address": hexString(staking.bytes), "topics": [bonded]]])
        #expect(events.array?.count == 2)
        #expect(events[0]?["blockNumber"] == "0x1")
        // A receipt's logs carry the same block-wide log index and position as the events query.
        let receipt = try await rpc.result("eth_getTransactionReceipt", [hexString(bond)])
        let log = try #require(receipt["logs"]?[0])
        let match = try #require(events.array?.first { $0["transactionHash"] == hexString(bond) })
        #expect(log["logIndex"] == match["logIndex"])
        #expect(log["transactionIndex"] == match["transactionIndex"])
        let none = try await rpc.result("eth_getLogs", [["fromBlock": "0x0", "toBlock": "latest", "address": hexString(recipient.bytes)]])
        #expect(none == [])
        let history = try await rpc.result("eth_feeHistory", ["0x2", "latest", [50]])
        #expect(history["oldestBlock"] == "0x0")
        #expect(history["baseFeePerGas"]?.array?.count == 3)
        #expect(history["reward"]?[1]?[0] == "0x3b9aca00")
    }

    @Test("bad parameters get -32602 and unknown blocks a clear error; nothing changes")
    func badParameters() async throws {
        let rpc = try RPCHarness()
        func code(_ method: String, _ params: JSONValue) async -> Int64? {
            if case let .failure(error) = await rpc.call(method, params) { return error.code }
            return nil
        }
        #expect(await code("eth_getBalance", ["0x1234", "latest"]) == RPCError.invalidParamsCode)
        #expect(await code("eth_getBalance", ["zz", "latest"]) == RPCError.invalidParamsCode)
        #expect(await code("eth_getBalance", []) == RPCError.invalidParamsCode)
        #expect(await code("eth_getBalance", [hexString(recipient.bytes), "0x99"]) == -32000)
        #expect(await code("eth_sendRawTransaction", ["0x02f8"]) == -32000)
        #expect(await code("eth_sendRawTransaction", [17]) == RPCError.invalidParamsCode)
        #expect(await code("eth_getTransactionReceipt", ["0x00"]) == RPCError.invalidParamsCode)
        #expect(await code("cairn_getProof", [["nothing": "0x"]]) == RPCError.invalidParamsCode)
        #expect(await code("cairn_getEvents", [["fromBlock": "0x0", "toBlock": "0xfffff"]]) == -32000)
        #expect(await code("eth_feeHistory", ["0x0", "latest"]) == RPCError.invalidParamsCode)
        #expect(await code("no_such_method", []) == RPCError.methodNotFoundCode)
        #expect(try await rpc.result("eth_blockNumber") == "0x0")
        #expect(rpc.chain.mempool.count == 0)
    }
}
