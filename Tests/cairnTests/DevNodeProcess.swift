import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The suites that run a real dev node, one at a time: each node, its clients and the `cairn` and python3
/// processes they start load a small machine enough to starve timing-sensitive tests elsewhere.
@Suite("live dev node", .serialized)
enum LiveNodeTests {}

/// The suites that run a whole devnet (four validators and a gateway), one at a time, beside the dev node
/// lane: a devnet mostly waits on its block times, so the two lanes together finish about when the longer
/// one does, where one lane of both was most of the test run's wall time.
@Suite("live devnets", .serialized)
enum LiveDevnetTests {}

/// A real `cairn node --dev` process for tests: its own temporary home, a free port on 127.0.0.1, its
/// stdout kept in a file (so a chatty node never blocks on a pipe), and SIGKILL when the test lets go of it.
///
/// `start` returns once the node has printed its `rpc listening on` line, or throws after the timeout.
/// Waits poll with `Task.sleep`, never blocking a thread of the test runner's small cooperative pool
/// (blocking it starves every other suite's async tests on a two-core machine).
/// `kill()` is `kill -9`; `stop()` is SIGTERM with a SIGKILL fallback; deinit kills whatever still runs.
/// The home outlives the process (a crash test restarts on it) and is removed by `removeHome()`.
final class DevNodeProcess {
    /// Where a node stopped short of serving.
    struct StartError: Error, CustomStringConvertible {
        let description: String
    }

    static let root: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    static let genesis = root.appendingPathComponent("Genesis/devnet.json")

    /// The data directory; reused across restarts.
    let home: URL
    private(set) var process: Process?
    private(set) var port = 0
    private var logURL: URL
    private var generation = 0

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var client: RPCClient { RPCClient(url: url, timeout: .seconds(10)) }

    /// A node on a fresh temporary home, started.
    static func launch(startTimeout: TimeInterval = 60, extraArguments: [String] = []) async throws -> DevNodeProcess {
        let node = try DevNodeProcess(home: FileManager.default.temporaryDirectory.appendingPathComponent("cairn-node-\(UUID().uuidString)"))
        node.extraArguments = extraArguments
        do {
            try await node.start(timeout: startTimeout)
        } catch {
            node.removeHome()
            throw error
        }
        return node
    }

    /// More `cairn node` options (e.g. `--block-time`).
    var extraArguments: [String] = []

    /// A node on `home`, not started.
    init(home: URL) throws {
        self.home = home
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        logURL = home.appendingPathComponent("stdout-0.log")
    }

    deinit {
        kill()
    }

    /// Everything the current (or last) process printed.
    var output: String {
        (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    }

    var isRunning: Bool { process?.isRunning ?? false }

    /// Launches the node on `home` and waits for its RPC port.
    func start(timeout: TimeInterval = 60) async throws {
        precondition(!isRunning, "the node is already running")
        generation += 1
        logURL = home.appendingPathComponent("stdout-\(generation).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = [
            "node", "--dev", "--home", home.appendingPathComponent("node").path, "--genesis", Self.genesis.path, "--rpc-port", "0",
        ] + extraArguments
        var environment = ProcessInfo.processInfo.environment
        environment["CAIRN_HOME"] = home.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: logURL)
        process.standardError = process.standardOutput
        try process.run()
        self.process = process

        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let port = Self.port(in: output) {
                self.port = port
                return
            }
            guard process.isRunning else {
                throw StartError(description: "the node exited with \(process.terminationStatus) before serving:\n\(output)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        kill()
        throw StartError(description: "the node printed no RPC port within \(timeout) s:\n\(output)")
    }

    /// `kill -9`: no chance to flush or close anything.
    func kill() {
        guard let process, process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then SIGKILL if the node has not exited within `grace` seconds. Returns the exit status.
    @discardableResult
    func stop(grace: TimeInterval = 10) async -> Int32? {
        guard let process else { return nil }
        if process.isRunning {
            Glibc.kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(grace)
            while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
            if process.isRunning {
                Issue.record("the node ignored SIGTERM for \(grace) s")
                kill()
            }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `body`; if it throws, the node's output goes into the failure, since the cause is usually there.
    func showingOutputOnFailure<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            Issue.record("\(error)\nnode output:\n\(output)")
            throw error
        }
    }

    /// Kills the node if needed and deletes its home.
    func removeHome() {
        kill()
        try? FileManager.default.removeItem(at: home)
    }

    /// The port of the `rpc listening on http://127.0.0.1:PORT` line.
    static func port(in output: String) -> Int? {
        for line in output.split(separator: "\n") where line.hasPrefix("rpc listening on http://127.0.0.1:") {
            return Int(line.split(separator: ":").last ?? "")
        }
        return nil
    }
}

/// Small JSON-RPC helpers over `RPCClient` for the node tests.
extension RPCClient {
    func quantity(_ method: String, _ params: JSONValue = []) async throws -> UInt128 {
        let value = try await call(method, params)
        let text = try #require(value.string, "\(method) returned \(value)")
        return try #require(UInt128(text.dropFirst(2), radix: 16), "\(method) returned \(text)")
    }

    func balance(_ address: String, _ block: JSONValue = "latest") async throws -> UInt128 {
        try await quantity("eth_getBalance", [.string(address), block])
    }

    func nonce(_ address: String, _ block: JSONValue = "latest") async throws -> UInt128 {
        try await quantity("eth_getTransactionCount", [.string(address), block])
    }

    func blockNumber() async throws -> UInt64 {
        UInt64(try await quantity("eth_blockNumber"))
    }

    /// Polls for a receipt until `timeout`; nil if none came.
    func receipt(_ hash: String, timeout: TimeInterval = 20) async throws -> JSONValue? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let receipt = try await call("eth_getTransactionReceipt", [.string(hash)])
            if !receipt.isNull { return receipt }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }
}

/// Waits for `process` without blocking a thread: true if it exited within `timeout`, else it is killed.
func waitForExit(_ process: Process, timeout: TimeInterval) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
    guard process.isRunning else { return true }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return false
}
