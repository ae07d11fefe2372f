import CairnRPC
import Foundation
import Testing

extension LiveNodeTests {
    /// `--block-time`: blocks come on a clock, empty or not, and each commits like any other.
    @Suite("dev node with --block-time", .timeLimit(.minutes(5)))
    struct NodeBlockTimeTests {
        @Test("with --block-time the node makes empty blocks without any transaction")
        func emptyBlocksOnAClock() async throws {
            let node = try await DevNodeProcess.launch(extraArguments: ["--block-time", "0.2"])
            defer { node.removeHome() }
            try await node.showingOutputOnFailure {
                // Generous deadline for a loaded machine: the property is that blocks come at all, unasked.
                let deadline = Date().addingTimeInterval(60)
                var height: UInt64 = 0
                while height < 3 && Date() < deadline {
                    try await Task.sleep(for: .milliseconds(100))
                    height = try await node.client.blockNumber()
                }
                #expect(height >= 3, "no blocks were made on the clock")
                let block = try await node.client.call("eth_getBlockByNumber", ["0x2", false])
                #expect(block["transactions"] == [])
                let commit = try await node.client.call("cairn_getCommit", ["0x2"])
                #expect(commit["signatures"]?.array?.count == 4)
                #expect(await node.stop() == 0)
            }
        }
    }
}
