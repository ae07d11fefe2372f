import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation
import Testing

extension LiveNodeTests {
    /// The scripted history the explorer tests read: its effects, checked with plain RPC.
    @Suite("explorer history", .timeLimit(.minutes(5)))
    struct ExplorerHistoryTests {
        @Test("the scripted history mines each transaction in its own block and leaves the state it describes")
        func historyLeavesItsState() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            let client = node.client
            let history = try await node.showingOutputOnFailure { try await ExplorerHistory.run(on: client) }
            let contracts = DevAccounts.genesis.contracts

            let heights = history.transactions.map(\.height)
            #expect(zip(heights, heights.dropFirst()).allSatisfy { $0 < $1 }, "heights \(heights)")
            #expect(history.revert.status == "reverted")

            // Account 5 only receives; account 6 also proposes blocks, so compare across the transfer's block.
            let genesisBalance = try #require(DevAccounts.genesis.accounts.first { $0.address == DevAccounts.address(5) }).balance.value
            #expect(try await client.balance(DevAccounts.hex(5)) == genesisBalance + 3 * ExplorerHistory.cairn / 2)
            #expect(try await Self.received(by: 6, in: history.smallTransfer, client) == 42)

            let alice = history.alice
            var handle = CanonicalWriter()
            handle.writeString("alice")
            var resolved = CanonicalReader(try await Self.query(client, contracts.identity.address, "resolve", handle.bytes))
            #expect(try resolved.readOptional { try $0.readFixed(count: 20) } == alice.owner.bytes)

            var record = CanonicalReader(try await Self.query(client, contracts.identity.address, "get", alice.owner.bytes))
            #expect(try record.readUInt8() == 1, "Identity.get(alice) is none")
            #expect(try record.readFixed(count: 20) == alice.owner.bytes)
            #expect(try record.readFixed(count: 32) == alice.identityKey)
            #expect(try record.readBytes() == Array("alice".utf8))
            #expect(try record.readUInt64() == 1, "adding the device bumps the nonce")
            #expect(try record.readUInt64() == alice.transaction.height)
            let devices = try record.readArray { try ($0.readFixed(count: 32), $0.readUInt64(), $0.readUInt64()) }
            #expect(devices.count == 1)
            #expect(devices.first?.0 == history.deviceKey)
            #expect(devices.first?.1 == history.deviceAddition.height)
            try record.finish()

            let bundle = history.bundle
            var stored = CanonicalReader(try await Self.query(client, contracts.keyBundle.address, "get", alice.owner.bytes + bundle.device))
            #expect(try stored.readUInt8() == 1, "KeyBundle.get(alice, identity key) is none")
            _ = try stored.readFixed(count: 20 + 32)  // owner and device: the key we asked by
            #expect(try stored.readFixed(count: 32) == bundle.signedPrekey)
            _ = try stored.readFixed(count: 64)
            #expect(try stored.readUInt64() == bundle.expiry)
            #expect(try stored.readUInt64() == bundle.transaction.height)
            let left = try stored.readArray { try $0.readFixed(count: 32) }
            #expect(left == Array(bundle.oneTimePrekeys.dropFirst()), "2 prekeys left after the first was claimed")
            #expect(history.claimedPrekey == bundle.oneTimePrekeys[0])

            #expect(history.anchors.map(\.seq) == [0, 1, 0])
            #expect(try await Self.u64(client, contracts.inbox.address, "head", history.tag1) == 2)
            #expect(try await Self.u64(client, contracts.inbox.address, "head", history.tag2) == 1)
            #expect(history.batch.seq == 0)
            #expect(try await Self.u64(client, contracts.inbox.address, "batchCount", []) == 1)

            var delegated = CanonicalReader(
                try await Self.query(client, contracts.staking.address, "delegation", DevAccounts.address(4).bytes + history.validator.bytes))
            #expect(try delegated.readUInt128() == 10 * ExplorerHistory.cairn)

            let code = try await client.call("eth_getCode", [.string("0x" + Hex.encode(history.contract.bytes)), "latest"])
            #expect(code.string == "0x" + Hex.encode(history.code))
        }

        /// `cairn_call` of a read method at the head; requires success and returns the output.
        static func query(_ client: RPCClient, _ contract: Address, _ method: String, _ args: [UInt8]) async throws -> [UInt8] {
            let call: JSONValue = ["to": .string("0x" + Hex.encode(contract.bytes)), "method": .string(method), "args": .string("0x" + Hex.encode(args))]
            let answer = try await client.call("cairn_call", [call, "latest"])
            try #require(answer["status"]?.string == "success", "\(method): \(answer)")
            return try Hex.decode(try #require(answer["output"]?.string).dropFirst(2))
        }

        static func u64(_ client: RPCClient, _ contract: Address, _ method: String, _ args: [UInt8]) async throws -> UInt64 {
            var reader = CanonicalReader(try await query(client, contract, method, args))
            let value = try reader.readUInt64()
            try reader.finish()
            return value
        }

        /// What `account` gained in `transaction`'s block, less the tip it earned if it proposed that block.
        static func received(by account: Int, in transaction: MinedTransaction, _ client: RPCClient) async throws -> UInt128 {
            let height = transaction.height
            let before = try await client.balance(DevAccounts.hex(account), .string("0x" + String(height - 1, radix: 16)))
            let after = try await client.balance(DevAccounts.hex(account), .string("0x" + String(height, radix: 16)))
            let block = try await client.call("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), false])
            let baseFeeHex = try #require(block["baseFeePerGas"]?.string)
            let baseFee = try #require(UInt128(baseFeeHex.dropFirst(2), radix: 16))
            let proposed = block["miner"]?.string?.lowercased() == DevAccounts.hex(account).lowercased()
            let tip = proposed ? UInt128(transaction.gasUsed) * (transaction.effectiveGasPrice - baseFee) : 0
            return after - before - tip
        }
    }
}
