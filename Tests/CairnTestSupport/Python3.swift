import Foundation

/// Runs `python3` for the tests that hold Cairn against an independent implementation (hashlib,
/// eth-account), through `ChildProcess`: outputs in files, bounded in time, stopped by cancellation.
public enum Python3 {
    /// Runs `python3 arguments…`, waiting at most `timeout` seconds (then kills it and throws), on a thread
    /// of its own: the caller's cooperative thread stays free while python3 works.
    public static func run(_ arguments: [String], timeout: TimeInterval = 120) async throws -> ChildProcess.Output {
        try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, timeout: timeout)
    }
}
