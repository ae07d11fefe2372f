import CairnTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The test waits that run on threads of their own end when their test is cancelled: Swift Testing cancels a
/// test past its time limit and then waits for its body, so a wait that ignored cancellation held a whole CI
/// run until CI's own limit (90 minutes) instead of failing one test.
@Suite("waits on threads of their own")
struct OwnThreadTests {
    /// A flag the blocking body sets once it has seen the cancellation.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    @Test("a cancelled wait throws CancellationError at once, and its body sees the cancellation")
    func cancelledWaitEnds() async throws {
        let seen = Seen()
        let started = ContinuousClock.now
        let task = Task {
            try await onOwnThread { cancellation in
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline {
                    if cancellation.isCancelled {
                        seen.set()
                        return "stopped"
                    }
                    usleep(10_000)
                }
                return "ran to the end"
            }
        }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - started < .seconds(30))
        let deadline = Date().addingTimeInterval(30)
        while !seen.isSet && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(seen.isSet)
    }

    @Test("an uncancelled wait returns its body's value or error")
    func uncancelledWaitReturns() async throws {
        #expect(try await onOwnThread { 42 } == 42)
        struct Failure: Error {}
        await #expect(throws: Failure.self) { try await onOwnThread { () throws -> Int in throw Failure() } }
    }

    @Test("a cancelled `cairn` run kills the child and throws CancellationError")
    func cancelledCLIRunKillsTheChild() async throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // A dev node serves until it is stopped: only cancellation ends this run before its 120 s.
        let home = cli.home.appendingPathComponent("node-\(UUID().uuidString)")
        let started = ContinuousClock.now
        let task = Task {
            try await cli.run(
                ["node", "--dev", "--home", home.path, "--genesis", DevNodeProcess.genesis.path, "--rpc-port", "0"], timeout: 120)
        }
        // Wait until the node is up (its data directory exists), so the kill is of a running node.
        let up = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: home.path) && Date() < up { try await Task.sleep(for: .milliseconds(50)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - started < .seconds(90))
        // The node is gone soon after: no process still names its home.
        let gone = Date().addingTimeInterval(30)
        var running = true
        while running && Date() < gone {
            running = Self.processExists(naming: home.path)
            if running { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(!running, "the cancelled run left `cairn node` running")
    }

    /// Whether any process's command line contains `text` (from /proc).
    static func processExists(naming text: String) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.contains { entry in
            guard Int(entry) != nil, let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            let line = String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            return line.contains(text)
        }
    }
}
