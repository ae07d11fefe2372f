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
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval
    ) async throws -> Output {
        try await onOwnThread { cancellation in
            try runBlocking(executable, arguments, environment: environment, timeout: timeout, cancellation: cancellation)
        }
    }

    /// `run` on the calling thread.
    public static func runBlocking(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval,
        cancellation: CancellationFlag? = nil
    ) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline && cancellation?.isCancelled != true { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if cancellation?.isCancelled == true { throw CancellationError() }
            let name = executable.lastPathComponent
            throw Failure(description: "\(name) did not finish within \(Int(timeout)) s: \((try? String(contentsOf: errURL, encoding: .utf8)) ?? "")")
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                      stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
