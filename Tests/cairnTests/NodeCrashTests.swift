import CairnChain
import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveNodeTests {
    /// The crash check: `kill -9` a dev node while transactions stream in, restart it on the same
    /// home, and nothing it ever reported (blocks, state roots, receipts) has changed or gone, and it goes on.
    @Suite("dev node survives kill -9", .timeLimit(.minutes(5)))
    struct NodeCrashTests {
        /// The streaming accounts (not validators, so their balances only move by their own transactions).
        static let senders = [1, 2, 3]
        static let recipient = DevAccounts.address(4)

        /// What the node told us before it died.
        struct Recorded {
            var blocks: [UInt64: (hash: JSONValue, stateRoot: JSONValue)] = [:]
            var receipts: [String: JSONValue] = [:]
            var highest: UInt64 = 0
        }

        /// Transactions the streamer had accepted, and refusals it did not expect.
        actor Stream {
            var accepted: [String] = []
            var unexpected: [String] = []
            func accept(_ hash: String) { accepted.append(hash) }
            func refuse(_ message: String) { unexpected.append(message) }
        }

        /// Sends transfers from the three senders round-robin until the node stops answering or the task is
        /// cancelled. A full sender queue is back-pressure: wait and resend the same nonce.
        static func stream(_ client: RPCClient, into log: Stream) async throws {
            var nonces: [UInt64] = []
            for sender in senders { nonces.append(UInt64(try await client.nonce(DevAccounts.hex(sender), "pending"))) }
            while !Task.isCancelled {
                for (slot, sender) in senders.enumerated() {
                    let tx = try DevAccounts.transaction(from: sender, nonce: nonces[slot], to: recipient, value: 1)
                    do {
                        _ = try await client.call("eth_sendRawTransaction", [tx.rawHex])
                        nonces[slot] += 1
                        await log.accept(tx.hashHex)
                    } catch let error as RPCError {
                        if error.message.contains("queue") { try? await Task.sleep(for: .milliseconds(100)); continue }
                        await log.refuse(error.message)
                        return
                    } catch {
                        return  // the node is gone
                    }
                }
                try? await Task.sleep(for: .milliseconds(15))
            }
        }

        /// Reads every block up to the head and the receipt of every accepted transaction not yet seen.
        static func record(_ client: RPCClient, _ stream: Stream, into recorded: inout Recorded) async throws {
            let head = try await client.blockNumber()
            while recorded.highest < head {
                let height = recorded.highest + 1
                let block = try await client.call("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), false])
                recorded.blocks[height] = (try #require(block["hash"]), try #require(block["stateRoot"]))
                recorded.highest = height
            }
            for hash in await stream.accepted where recorded.receipts[hash] == nil {
                let receipt = try await client.call("eth_getTransactionReceipt", [.string(hash)])
                if !receipt.isNull { recorded.receipts[hash] = receipt }
            }
        }

        /// After a restart: the head is not behind, and every recorded block and receipt is still there, the same.
        static func expectUnchanged(_ client: RPCClient, _ recorded: Recorded, printed: [(UInt64, String)], iteration: Int) async throws {
            let head = try await client.blockNumber()
            #expect(head >= recorded.highest, "iteration \(iteration): head \(head) is behind the \(recorded.highest) seen before the kill")
            for (height, block) in recorded.blocks.sorted(by: { $0.key < $1.key }) {
                let now = try await client.call("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), false])
                #expect(now["hash"] == block.hash, "iteration \(iteration): block \(height) changed hash")
                #expect(now["stateRoot"] == block.stateRoot, "iteration \(iteration): block \(height) changed state root")
            }
            for (hash, receipt) in recorded.receipts {
                let now = try await client.call("eth_getTransactionReceipt", [.string(hash)])
                #expect(now == receipt, "iteration \(iteration): receipt of \(hash) changed or vanished: \(now)")
            }
            // Every block the dead process printed was committed before it printed it.
            for (height, prefix) in printed {
                let now = try await client.call("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), false])
                #expect(now["hash"]?.string?.hasPrefix("0x" + prefix) == true, "iteration \(iteration): printed block \(height) is gone or changed")
            }
        }

        /// The `block H txs N gas G hash 0x…` lines: height and hash prefix.
        static func printedBlocks(_ output: String) -> [(UInt64, String)] {
            output.split(separator: "\n").compactMap { line in
                let words = line.split(separator: " ")
                guard words.count == 8, words[0] == "block", let height = UInt64(words[1]), words[6] == "hash" else { return nil }
                return (height, String(words[7].dropFirst(2)))
            }
        }

        @Test("kill -9 at three moments mid-stream loses no reported block or receipt, and the chain goes on")
        func killNineMidStream() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            try await node.showingOutputOnFailure { try await killAndRestart(node) }
        }

        func killAndRestart(_ node: DevNodeProcess) async throws {
            var recorded = Recorded()
            var printed: [(UInt64, String)] = []
            // Kill at different moments: right after a block was seen, and a little later into the stream.
            let delays: [Duration] = [.zero, .milliseconds(70), .milliseconds(160)]

            for (iteration, delay) in delays.enumerated() {
                let client = node.client
                let log = Stream()
                let start = try await client.blockNumber()
                let streamer = Task { try await Self.stream(client, into: log) }
                let deadline = Date().addingTimeInterval(30)
                // Let the stream make a few blocks, recording everything the node reports.
                while try await client.blockNumber() < start + 3 + UInt64(iteration), Date() < deadline {
                    try await Self.record(client, log, into: &recorded)
                    try await Task.sleep(for: .milliseconds(30))
                }
                try await Self.record(client, log, into: &recorded)
                try await Task.sleep(for: delay)
                node.kill()
                streamer.cancel()
                _ = try? await streamer.value
                let unexpected = await log.unexpected
                #expect(unexpected.isEmpty, "iteration \(iteration): refusals while streaming: \(unexpected)")
                #expect(recorded.highest >= start + 3 + UInt64(iteration), "iteration \(iteration): the stream made too few blocks:\n\(node.output)")
                #expect(!recorded.receipts.isEmpty, "iteration \(iteration): no receipt before the kill")
                printed += Self.printedBlocks(node.output)

                try await node.start()
                try await Self.expectUnchanged(node.client, recorded, printed: printed, iteration: iteration)
            }

            // The chain goes on after the last restart: a new transaction from a fresh nonce gets a receipt.
            let client = node.client
            let nonce = UInt64(try await client.nonce(DevAccounts.hex(1), "pending"))
            let tx = try DevAccounts.transaction(from: 1, nonce: nonce, to: Self.recipient, value: 1)
            _ = try await client.call("eth_sendRawTransaction", [tx.rawHex])
            let receipt = try #require(try await client.receipt(tx.hashHex), "no receipt after the last restart")
            #expect(receipt["status"] == "0x1")
            #expect(UInt64(receipt["blockNumber"]?.string?.dropFirst(2) ?? "", radix: 16) ?? 0 > recorded.highest)
            #expect(await node.stop() == 0, "the node exits cleanly on SIGTERM")
        }
    }
}
