import Foundation
import Testing

extension LiveDevnetTests {
    /// `Scripts/e2e`: the README's walk-through, read from the README, run against a fresh devnet with the
    /// `cairn` under test, every output checked against the README's.
    @Suite("the README's walk-through (Scripts/e2e)", .timeLimit(.minutes(10)))
    struct WalkthroughTests {
        @Test("the checker catches a changed shape and ignores changed values")
        func checkerSelfTest() async throws {
            let (status, output) = try await Self.run(["python3", "Scripts/lib/walkthrough.py", "--self-test"], timeout: 60)
            #expect(status == 0, "\(output)")
            #expect(output.contains("walkthrough self-test: ok"))
        }

        @Test("every command of the README's walk-through runs and prints what the README shows")
        func readmeWalkthrough() async throws {
            let cairn = CLIRunner.executable.path
            let (status, output) = try await Self.run(["env", "CAIRN_BIN=\(cairn)", "Scripts/e2e"], timeout: 540)
            #expect(status == 0, "Scripts/e2e failed:\n\(output.suffix(6_000))")
            #expect(output.contains("e2e: all") && output.contains("ran and printed what it shows"))
        }

        /// Runs a command in the checkout with its output in a file (a pipe could fill and block it).
        static func run(_ command: [String], timeout: TimeInterval) async throws -> (Int32, String) {
            let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-e2e-\(UUID().uuidString).log")
            _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: outFile) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = command
            process.currentDirectoryURL = DevNodeProcess.root
            process.standardOutput = try FileHandle(forWritingTo: outFile)
            process.standardError = process.standardOutput
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // SIGTERM lets the script tear its devnet down; it is given the time to.
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(100)) }
            if process.isRunning {
                process.terminate()
                _ = await waitForExit(process, timeout: 120)
            }
            let output = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
            return (process.isRunning ? -1 : process.terminationStatus, output)
        }
    }
}
