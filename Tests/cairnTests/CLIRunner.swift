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
    /// the deadline. A set `cancellation` kills the child too (not counted as a timeout).
    func runBlocking(
        _ args: [String], stdin: String = "", extraEnvironment: [String: String] = [:], timeout: TimeInterval = 60,
        cancellation: CancellationFlag? = nil
    ) throws -> (Result, timedOut: Bool)
    {
        // `setsid` forks when its parent made it a process group leader (Foundation's Process does), so the
        // pid `Process` knows is setsid's, and killing only that left `cairn` running as an orphan. The forked
        // child writes its pid (the new session's and process group's id) before it becomes `cairn`, and a
        // kill goes to that whole group.
        let pidURL = home.appendingPathComponent(".pid-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["--wait", "/bin/sh", "-c", #"echo $$ > "$0"; exec "$@""#, pidURL.path, Self.executable.path] + args
        process.environment = environment.merging(extraEnvironment) { $1 }
        // Output goes to files rather than pipes, so a chatty child can never block on a full pipe.
        let outURL = home.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = home.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { for url in [outURL, errURL, pidURL] { try? FileManager.default.removeItem(at: url) } }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline && cancellation?.isCancelled != true { usleep(10_000) }
        let timedOut = process.isRunning && cancellation?.isCancelled != true
        if process.isRunning { Self.killSession(of: process, pidFile: pidURL) }
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus,
                            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        return (result, timedOut)
    }

    /// SIGKILL to the session `process` (setsid) started, found through the pid its child wrote, then to
    /// setsid itself. The child may not have written it yet when a run is cancelled as it starts: wait a little.
    private static func killSession(of process: Process, pidFile: URL) {
        let wait = Date().addingTimeInterval(5)
        var leader: pid_t?
        while leader == nil && process.isRunning && Date() < wait {
            leader = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if leader == nil { usleep(10_000) }
        }
        if let leader, leader > 1 { kill(-leader, SIGKILL) }
        kill(process.processIdentifier, SIGKILL)
    }

    func keyFile(_ name: String) -> URL { home.appendingPathComponent("keys/\(name).json") }

    func cleanUp() { try? FileManager.default.removeItem(at: home) }
}
