import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end for a test, bounded in time and stopped by cancellation, with both outputs
/// in files rather than pipes: a child that fills one pipe while the parent reads the other to its end
/// would block both, and a parent reading a pipe to its end cannot stop waiting when its time is up.
public enum ChildProcess {
    /// What a finished run printed, and how it ended.
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: String
    }

    /// Why a run gave no output: it ran past its time (and was killed).
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `executable arguments…` on a thread of its own (`onOwnThread`); throws `Failure` after killing it
    /// when it runs past `timeout` seconds, `CancellationError` (also killing it) when the caller is cancelled.
    /// `ownSession` as for `runToEnd`.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, ownSession: Bool = false,
        timeout: TimeInterval
    ) async throws -> Output {
        try await onOwnThread { cancellation in
            let (output, timedOut) = try runToEnd(
                executable, arguments, environment: environment, ownSession: ownSession, timeout: timeout, cancellation: cancellation)
            guard !timedOut else {
                throw Failure(description: "\(executable.lastPathComponent) did not finish within \(Int(timeout)) s: \(output.stderr)")
            }
            return output
        }
    }

    /// Runs `executable arguments…` on the calling thread until it ends, or kills it at `timeout` seconds
    /// (then `timedOut` is true and the output is what it had printed) or once `cancellation` is set (then
    /// throws `CancellationError`). `stdin` nil reads /dev/null.
    ///
    /// With `ownSession` the child runs in a new session (no controlling terminal, as under CI) and a kill
    /// reaches everything in its process group. `setsid` forks when its parent made it a process group
    /// leader, as Foundation's `Process` does, so the pid `Process` knows is setsid's and killing only that
    /// left the program running as an orphan: the forked child writes its pid before it `exec`s the
    /// program, and the kill goes to that group.
    public static func runToEnd(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil,
        ownSession: Bool = false, timeout: TimeInterval, cancellation: CancellationFlag? = nil
    ) throws -> (Output, timedOut: Bool) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        let pidURL = directory.appendingPathComponent("pid")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        if ownSession {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["--wait", "/bin/sh", "-c", #"echo $$ > "$0"; exec "$@""#, pidURL.path, executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        if let input, let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline && cancellation?.isCancelled != true { Thread.sleep(forTimeInterval: 0.01) }
        let timedOut = process.isRunning && cancellation?.isCancelled != true
        if process.isRunning {
            if ownSession { killGroup(of: process, pidFile: pidURL) }
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        if cancellation?.isCancelled == true { throw CancellationError() }
        let output = Output(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        return (output, timedOut)
    }

    /// SIGKILL to the process group whose leader wrote its pid to `pidFile`. The leader may not have written
    /// it yet when a run is cancelled as it starts: wait a little.
    private static func killGroup(of process: Process, pidFile: URL) {
        let wait = Date().addingTimeInterval(5)
        var leader: pid_t?
        while leader == nil && process.isRunning && Date() < wait {
            leader = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if leader == nil { usleep(10_000) }
        }
        if let leader, leader > 1 { kill(-leader, SIGKILL) }
    }
}
