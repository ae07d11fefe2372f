import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnNode
import CairnRPC
import CairnState
import Foundation
import Testing

/// The JSON-RPC methods the explorer reads beyond Ethereum's: chain facts, an account's transactions,
/// a contract's storage pages, and the evidence a block carries.
@Suite("Node JSON-RPC explorer methods")
struct ExplorerRPCTests {
    @Test("cairn_chainInfo names the genesis contracts and the chain")
    func chainInfo() async throws {
        let rpc = try RPCHarness()
        try rpc.produce()
        let info = try await rpc.result("cairn_chainInfo")
        #expect(info["chainId"]?.string == "0x7a69")
        #expect(info["height"]?.string == "0x1")
        let contracts = RPCHarness.genesis.contracts
        #expect(info["contracts"]?["inbox"]?.string == "0x" + Hex.encode(contracts.inbox.address.bytes))
        #expect(info["contracts"]?["slashing"]?.string == "0x" + Hex.encode(contracts.slashing.address.bytes))
    }

    @Test("cairn_getAccountTransactions pages an account's sent, received and created transactions, newest first")
    func accountTransactions() async throws {
        let rpc = try RPCHarness()
        let alice = Address(publicKey: try rpc.account(0).publicKey)
        let bob = Address(publicKey: try rpc.account(1).publicKey)
        let carol = try Address("0x00000000000000000000000000000000000000cc")
        var sent: [[UInt8]] = []
        sent.append(try await rpc.send(0, to: bob, value: 5))
        sent.append(try await rpc.send(0, to: carol, value: 6))
        try rpc.produce()
        sent.append(try await rpc.send(1, to: alice, value: 7))
        try rpc.produce()
        let code = try [UInt8](Data(contentsOf: RPCHarness.root.appendingPathComponent("Contracts/build/Identity.wasm")))
        let deploy = try await rpc.send(0, to: nil, data: ContractDeploy(code: code, initArgs: []).canonicalBytes, gas: 8_000_000)
        try rpc.produce()

        func hashes(_ answer: JSONValue) -> [String] { (answer["transactions"]?.array ?? []).compactMap { $0["hash"]?.string } }
        let all = try await rpc.result("cairn_getAccountTransactions", [hexString(alice.bytes)])
        #expect(hashes(all) == [deploy, sent[2], sent[1], sent[0]].map { "0x" + Hex.encode($0) })
        #expect(all["next"]?.isNull == true)
        #expect(all["transactions"]?.array?.first?["cairnStatus"]?.string == "success")

        // Pages of two: the cursor continues strictly after the last entry.
        let first = try await rpc.result("cairn_getAccountTransactions", [hexString(alice.bytes), ["limit": 2]])
        #expect(hashes(first) == [deploy, sent[2]].map { "0x" + Hex.encode($0) })
        let cursor = try #require(first["next"])
        let second = try await rpc.result("cairn_getAccountTransactions", [hexString(alice.bytes), ["limit": 2, "before": cursor]])
        #expect(hashes(second) == [sent[1], sent[0]].map { "0x" + Hex.encode($0) })

        // The recipient and the created contract see theirs.
        #expect(hashes(try await rpc.result("cairn_getAccountTransactions", [hexString(carol.bytes)])) == ["0x" + Hex.encode(sent[1])])
        let receipt = try await rpc.result("eth_getTransactionReceipt", [hexString(deploy)])
        let created = try #require(receipt["contractAddress"]?.string)
        #expect(hashes(try await rpc.result("cairn_getAccountTransactions", [.string(created)])) == ["0x" + Hex.encode(deploy)])

        guard case .failure(let error) = await rpc.call("cairn_getAccountTransactions", [hexString(alice.bytes), ["limit": 0]]) else {
            Issue.record("a zero limit was accepted")
            return
        }
        #expect(error.code == -32602)
    }

    @Test("cairn_getStorage lists a contract's slots in order, in pages, at a height")
    func storagePages() async throws {
        let rpc = try RPCHarness()
        try rpc.produce()
        let staking = RPCHarness.genesis.contracts.staking.address
        let whole = try await rpc.result("cairn_getStorage", [hexString(staking.bytes), ["limit": 1000]])
        let entries = try #require(whole["entries"]?.array)
        let slots = entries.compactMap { $0["slot"]?.string }
        #expect(slots.count > 4, "\(slots)")
        #expect(slots == slots.sorted())
        #expect(whole["next"]?.isNull == true)
        // Every listed value is what a proof for that slot says.
        for entry in entries.prefix(5) {
            let proof = try await rpc.result("cairn_getProof", [["contract": hexString(staking.bytes), "slot": entry["slot"]!]])
            #expect(proof["value"] == entry["value"])
        }
        // Paging by two walks the same list.
        var paged: [String] = []
        var after: JSONValue = .null
        while true {
            let page = try await rpc.result("cairn_getStorage", [hexString(staking.bytes), ["limit": 2, "after": after]])
            paged += (page["entries"]?.array ?? []).compactMap { $0["slot"]?.string }
            guard let next = page["next"], !next.isNull else { break }
            after = next
        }
        #expect(paged == slots)

        // A transfer changes no contract: an account with no code has no storage.
        let empty = try await rpc.result("cairn_getStorage", [hexString(Address(publicKey: try rpc.account(0).publicKey).bytes)])
        #expect(empty["entries"]?.array?.isEmpty == true)
    }

    @Test("cairn_getStorage at an older height sees the slots of then, and deleted slots disappear")
    func storageHistory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-kv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try StateDatabase(path: directory.appendingPathComponent("s.sqlite").path)
        defer { database.close() }
        let contract = try Address("0x00000000000000000000000000000000000000c0")
        let other = try Address("0x00000000000000000000000000000000000000c1")
        func block(_ height: UInt64, _ body: (StateDatabase.BlockWriter) throws -> Void) throws {
            let writer = database.beginBlock()
            try body(writer)
            _ = try writer.prepare(height: height)
            _ = try writer.commit(height: height)
        }
        try block(0) { writer in
            try writer.set(.storage(contract, [1]), [0xAA])
            try writer.set(.storage(contract, [2]), [])
            try writer.set(.storage(other, [0]), [0xCC])
        }
        try block(1) { writer in
            try writer.delete(.storage(contract, [1]))
            try writer.set(.storage(contract, [3, 4]), [0xBB])
        }
        let prefix = StateKey.storage(contract, []).bytes
        let atZero = try database.entries(withPrefix: prefix, limit: 10, at: 0)
        #expect(atZero.map(\.key) == [.storage(contract, [1]), .storage(contract, [2])])
        #expect(atZero.map(\.value) == [[0xAA], []])
        let atOne = try database.entries(withPrefix: prefix, limit: 10, at: 1)
        #expect(atOne.map(\.key) == [.storage(contract, [2]), .storage(contract, [3, 4])])
        #expect(try database.entries(withPrefix: prefix, after: StateKey.storage(contract, [2]).bytes, limit: 10, at: 1).map(\.key)
            == [.storage(contract, [3, 4])])
        #expect(throws: StateDatabaseError.self) { try database.entries(withPrefix: prefix, limit: 10, at: 2) }
    }

    @Test("a null parameter or field means absent, as in Ethereum clients")
    func nullMeansAbsent() async throws {
        let rpc = try RPCHarness()
        try rpc.produce()
        let account = hexString(Address(publicKey: try rpc.account(0).publicKey).bytes)
        #expect(try await rpc.result("eth_getBalance", [account, nil]) == (try await rpc.result("eth_getBalance", [account])))
        let estimate = try await rpc.result("eth_estimateGas", [["from": account, "to": account, "value": "0x1", "data": nil]])
        #expect(estimate.string == "0x5208")
        let deployEstimate = await rpc.call("eth_estimateGas", [["from": nil, "to": nil, "data": "0x00"]])
        guard case .failure(let error) = deployEstimate else {
            Issue.record("a deploy of a malformed payload was estimated")
            return
        }
        #expect(error.message.contains("deploy"), "a null `to` is a deploy: \(error.message)")
    }

    @Test("a block's evidence is decoded in its JSON")
    func evidenceInBlocks() async throws {
        let rpc = try RPCHarness()
        try rpc.produce()
        let key = RPCHarness.keys[0]
        let evidence = try #require(RPCHarness.doubleSign(.prevote, height: 1))
        _ = try rpc.chain.produceBlock(time: RPCHarness.genesis.genesisTime + 60, keys: RPCHarness.keys, evidence: [evidence])
        let block = try await rpc.result("eth_getBlockByNumber", ["0x2", false])
        let item = try #require(block["evidence"]?.array?.first)
        #expect(item["consensusKey"]?.string == "0x" + Hex.encode(key.publicKey.rawRepresentation))
        #expect(item["voteA"]?["blockHash"]?.string == "0x" + Hex.encode([UInt8](repeating: 1, count: 32)))
        #expect(item["voteB"]?["kind"]?.string == "prevote")
        #expect(item["encoded"]?.string == "0x" + Hex.encode(evidence.canonicalBytes))
        #expect(try await rpc.result("eth_getBlockByNumber", ["0x1", false])["evidence"]?.array?.isEmpty == true)
    }
}

extension RPCHarness {
    /// The first development validator's two conflicting votes of `kind` at `height`, round 0.
    static func doubleSign(_ kind: Vote.Kind, height: UInt64) -> DoubleSignEvidence? {
        let key = keys[0]
        func signed(_ hash: UInt8) -> SignedVote {
            let vote = Vote(kind: kind, height: height, round: 0, blockHash: [UInt8](repeating: hash, count: 32))
            return SignedVote(vote: vote, consensusKey: key.publicKey.rawRepresentation, signature: key.signature(for: vote.signedBytes(chainID: 31337)))
        }
        return DoubleSignEvidence(signed(2), signed(1))
    }
}

/// A database written before the account index existed gets the index of every stored block when opened.
@Suite("Account index on an older database")
struct AccountIndexBackfillTests {
    @Test("opening a chain whose account index is missing builds it from the stored blocks")
    func backfill() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chain.sqlite").path
        let genesisDirectory = RPCHarness.genesisURL.deletingLastPathComponent()
        let key = try DevnetKeys.accountKey(0, genesis: RPCHarness.genesis)
        let sender = Address(publicKey: key.publicKey)
        let recipient = try Address("0x00000000000000000000000000000000000000dd")
        var hashes: [[UInt8]] = []
        do {
            let chain = try Chain(genesis: RPCHarness.genesis, genesisDirectory: genesisDirectory, databasePath: path)
            for nonce in 0..<3 {
                let tx = try Transaction(
                    chainID: 31337, nonce: UInt64(nonce), maxPriorityFeePerGas: FeeMarket.gwei, maxFeePerGas: 10 * FeeMarket.gwei,
                    gasLimit: 21_000, to: recipient, value: 1, data: []
                ).signed(with: key)
                _ = try chain.submit(raw: tx.raw)
                _ = try chain.produceBlock(time: RPCHarness.genesis.genesisTime + 5 * UInt64(nonce + 1), keys: RPCHarness.keys)
                hashes.append(tx.hash)
            }
            chain.close()
        }
        // What a database of the previous version holds: no index entries and no marker.
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DELETE FROM records WHERE key >= x'41' AND key < x'42'")
            db.commit()
            """, path]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)

        let chain = try Chain(genesis: RPCHarness.genesis, genesisDirectory: genesisDirectory, databasePath: path)
        defer { chain.close() }
        #expect(try chain.database.record(BlockStore.accountIndexMarker) != nil)
        let sent = try chain.blocks.transactions(of: sender, limit: 10)
        #expect(sent == [3, 2, 1].map { TransactionLocation(height: $0, index: 0) })
        #expect(try chain.blocks.transactions(of: recipient, limit: 10).count == 3)
        #expect(try chain.blocks.transactions(of: sender, before: TransactionLocation(height: 2, index: 0), limit: 10)
            == [TransactionLocation(height: 1, index: 0)])
    }
}
