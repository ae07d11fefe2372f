import Foundation

/// Runs `python3` for the tests that hold Cairn against an independent implementation (hashlib,
/// eth-account). Both outputs go to files, not pipes: a child that fills one pipe while the parent
/// reads the other to its end would block both.
public enum Python3 {
    /// What a finished run printed, and how it ended.
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: String
    }

    /// Why a run gave no output.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `python3 arguments…`, waiting at most `timeout` seconds (then kills it and throws), on a thread
    /// of its own (`onOwnThread`): the caller's cooperative thread stays free while python3 works.
    public static func run(_ arguments: [String], timeout: TimeInterval = 120) async throws -> Output {
        try await onOwnThread { cancellation in try runBlocking(arguments, timeout: timeout, cancellation: cancellation) }
    }

    private static func runBlocking(_ arguments: [String], timeout: TimeInterval, cancellation: CancellationFlag) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-python3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline && !cancellation.isCancelled { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            if cancellation.isCancelled {
                process.terminate()
                process.waitUntilExit()
                throw CancellationError()
            }
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "python3 did not finish within \(Int(timeout)) s: \((try? String(contentsOf: errURL, encoding: .utf8)) ?? "")")
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                      stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
