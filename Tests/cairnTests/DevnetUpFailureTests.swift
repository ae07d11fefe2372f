import Foundation
import Testing

extension LiveDevnetTests {
    /// `cairn devnet up` when a validator does not get going: a node that exits at start is named with its
    /// log lines and nothing is left running; a node whose port was taken between `up` choosing it and the
    /// node binding it is not a failure, the set starts again on other ports. The two hidden options make
    /// each case happen on purpose (a genesis path that does not exist; `up` listening on the port itself).
    @Suite("cairn devnet up: a validator that exits, a port lost before it is bound", .timeLimit(.minutes(5)))
    struct DevnetUpFailureTests {
        @Test("a validator that exits at start is named with its log; the others are stopped; down removes the rest")
        func anExitingValidatorIsNamed() async throws {
            let cli = try CLIRunner()
            defer { cli.cleanUp() }
            let directory = cli.home.appendingPathComponent("devnet")
            let up = try await cli.run(
                ["devnet", "up", "--dir", directory.path, "--validators", "4", "--block-time", "0.3", "--any-ports", "--test-break-node", "2"],
                timeout: 150)
            #expect(up.status != 0)
            #expect(up.stderr.contains("node 2 exited before the first block"), "\(up.stderr)")
            #expect(up.stderr.contains(directory.appendingPathComponent("node-2/node.log").path), "\(up.stderr)")
            // The node's own last lines say why: the genesis it was given is not there.
            #expect(up.stderr.contains("cannot read the genesis file \(directory.path)/no-such-genesis.json"), "\(up.stderr)")
            #expect(up.stderr.contains("The validators were stopped"), "\(up.stderr)")
            // `up` reaped its validators before it exited: none is left, not even the three healthy ones.
            #expect(!OwnThreadTests.processExists(naming: directory.path), "a validator of the failed devnet is still running")
            for index in 0..<4 {
                #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("node-\(index)/node.pid").path))
            }
            let down = try await cli.run(["devnet", "down", "--dir", directory.path])
            #expect(down.status == 0, "\(down.stderr)")
            #expect(!FileManager.default.fileExists(atPath: directory.path))
        }

        @Test("a validator whose port is taken before it binds it: the set starts again on other ports, and runs")
        func aLostPortStartsTheSetAgain() async throws {
            let devnet = try await DevnetHarness.up(extra: ["--test-take-port", "1"])
            // The retry was made (and said so), and the devnet it made runs: block 1 exists on every node.
            for index in 0..<4 {
                let deadline = Date().addingTimeInterval(60)
                var height = await devnet.height(index) ?? 0
                while height < 1 && Date() < deadline {
                    try await Task.sleep(for: .milliseconds(200))
                    height = await devnet.height(index) ?? 0
                }
                #expect(height >= 1, "node \(index) made no block")
            }
            #expect(devnet.upOutput.stderr.contains("node 1 lost its port; starting again on other ports"), "\(devnet.upOutput.stderr)")
        }
    }
}
