import CairnTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `cairn` executable as a real process, with its own `CAIRN_HOME`, bounded in time.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// stdout parsed as one JSON object.
        func json() throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try #require(object as? [String: Any], "stdout is not one JSON object: \(stdout)")
        }
    }

    let home: URL
    var environment: [String: String]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["CAIRN_HOME"] = home.path
        env.removeValue(forKey: "CAIRN_PASSPHRASE")
        environment = env
    }

    /// The `cairn` binary built beside the test bundle.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
        return bundle.deletingLastPathComponent().appendingPathComponent("cairn")
    }()

    /// Runs `cairn args…` with `stdin` as standard input. The child gets a new session (setsid), so it has no
    /// controlling terminal, as under CI; it is killed after `timeout` seconds, which is recorded as an issue.
    /// The wait happens on a thread of its own (`onOwnThread`), never on one of the test runner's cooperative threads;
    /// a cancelled test (past its time limit) gets `CancellationError` at once and the child is killed.
    func run(_ args: [String], stdin: String = "", extraEnvironment: [String: String] = [:], timeout: TimeInterval = 60)
        async throws -> Result
    {
        let runner = self
        let (result, timedOut) = try await onOwnThread { cancellation in
            try runner.runBlocking(args, stdin: stdin, extraEnvironment: extraEnvironment, timeout: timeout, cancellation: cancellation)
        }
        if timedOut { Issue.record("cairn \(args.joined(separator: " ")) did not finish within \(timeout) s") }
        return result
    }

    /// `run` on the calling thread, for a `deinit`, which cannot await; true with the result if it was killed at
    /// the deadline. A set `cancellation` kills the child too and throws `CancellationError`.
    func runBlocking(
        _ args: [String], stdin: String = "", extraEnvironment: [String: String] = [:], timeout: TimeInterval = 60,
        cancellation: CancellationFlag? = nil
    ) throws -> (Result, timedOut: Bool) {
        let (output, timedOut) = try ChildProcess.runToEnd(
            Self.executable, args, environment: environment.merging(extraEnvironment) { $1 }, stdin: Data(stdin.utf8),
            ownSession: true, timeout: timeout, cancellation: cancellation)
        return (Result(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self), stderr: output.stderr), timedOut)
    }

    func keyFile(_ name: String) -> URL { home.appendingPathComponent("keys/\(name).json") }

    func cleanUp() { try? FileManager.default.removeItem(at: home) }
}
