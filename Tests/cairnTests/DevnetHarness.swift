import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A real `cairn devnet` in a temporary directory: brought up by the CLI, read over JSON-RPC, and always
/// brought down (every node SIGTERMed, then SIGKILLed) when the test lets go of it.
final class DevnetHarness {
    let directory: URL
    let runner: CLIRunner
    private(set) var nodes: [(index: Int, rpc: URL, home: URL)] = []
    /// What `cairn devnet up` printed.
    private(set) var upOutput = CLIRunner.Result(status: 0, stdout: "", stderr: "")

    /// Runs `cairn devnet up` with `arguments`; returns once block 1 exists.
    static func up(validators: Int = 4, blockTime: Double = 0.3, extra: [String] = []) async throws -> DevnetHarness {
        let devnet = try DevnetHarness()
        let result = try await devnet.runner.run(
            // Any free ports: a test's devnet must not take 8545 and 8080 from a devnet someone is using, nor
            // lose them to one while it is stopped (`devnet stop`/`start`).
            ["devnet", "up", "--dir", devnet.directory.path, "--validators", String(validators), "--block-time", String(blockTime), "--any-ports"]
                + extra,
            timeout: 150)
        devnet.upOutput = result
        // The manifest is written before the nodes start, so a failed `up` still names the logs to show.
        if let data = try? Data(contentsOf: devnet.directory.appendingPathComponent("devnet.json")),
            let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            for node in manifest["nodes"] as? [[String: Any]] ?? [] {
                guard let index = node["index"] as? Int, let rpc = (node["rpcURL"] as? String).flatMap(URL.init(string:)),
                    let home = node["home"] as? String
                else { continue }
                devnet.nodes.append((index, rpc, devnet.directory.appendingPathComponent(home)))
            }
        }
        guard result.status == 0, !devnet.nodes.isEmpty else {
            throw DevNodeProcess.StartError(description: "devnet up failed: \(result.stderr)\n\(devnet.logs(lines: 40))")
        }
        return devnet
    }

    /// A home and a devnet directory, nothing started yet (`up` starts it).
    private init() throws {
        runner = try CLIRunner()
        directory = runner.home.appendingPathComponent("devnet")
    }

    deinit {
        // A deinit cannot await: this blocks its thread, once, for as long as `down` takes.
        _ = try? runner.runBlocking(["devnet", "down", "--dir", directory.path], timeout: 60)
        // Whatever a failed `down` left: no test may leave a validator running.
        for node in nodes { if let pid = pid(node.index) { kill(pid, SIGKILL) } }
        if let text = try? String(contentsOf: directory.appendingPathComponent("gateway/gateway.pid"), encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGKILL)
        }
        runner.cleanUp()
    }

    func pid(_ index: Int) -> pid_t? {
        guard let text = try? String(contentsOf: nodes[index].home.appendingPathComponent("node.pid"), encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `cairn devnet ARGUMENTS --dir DIR`.
    func devnet(_ arguments: [String], timeout: TimeInterval = 150) async throws -> CLIRunner.Result {
        try await runner.run(["devnet"] + arguments + ["--dir", directory.path], timeout: timeout)
    }

    func call(_ index: Int, _ method: String, _ params: JSONValue = []) async throws -> JSONValue {
        try await RPCClient(url: nodes[index].rpc, timeout: .seconds(5)).call(method, params)
    }

    /// The node's head height, or nil when it does not answer.
    func height(_ index: Int) async -> UInt64? {
        guard case let .string(hex)? = try? await call(index, "eth_blockNumber") else { return nil }
        return UInt64(hex.dropFirst(2), radix: 16)
    }

    /// The hash of block `height` on node `index`.
    func blockHash(_ index: Int, _ height: UInt64) async throws -> String {
        let block = try await call(index, "eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), .bool(false)])
        guard case let .string(hash)? = block["hash"] else { throw DevNodeProcess.StartError(description: "no block \(height) on node \(index)") }
        return hash
    }

    /// Polls until `condition` holds, or records an issue (with the nodes' logs) after `timeout` seconds.
    @discardableResult
    func wait(_ what: String, timeout: Double = 60, _ condition: () async -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("timed out waiting for \(what)\n\(logs())")
        return false
    }

    /// Waits until every listed node is at `height` or above.
    @discardableResult
    func waitForHeight(_ height: UInt64, nodes indexes: [Int]? = nil, timeout: Double = 60) async -> Bool {
        let indexes = indexes ?? nodes.map(\.index)
        return await wait("height \(height) on nodes \(indexes)", timeout: timeout) {
            for index in indexes { guard let h = await self.height(index), h >= height else { return false } }
            return true
        }
    }

    /// Every listed node holds the same hash at every height from `start` to `height`.
    func expectSameChain(from start: UInt64 = 1, upTo height: UInt64, nodes indexes: [Int]) async throws {
        guard start <= height else { return }
        for h in start...height {
            let reference = try await blockHash(indexes[0], h)
            for index in indexes.dropFirst() {
                let hash = try await blockHash(index, h)
                #expect(hash == reference, "height \(h): node \(index) has \(hash), node \(indexes[0]) has \(reference)")
            }
        }
    }

    /// The devnet's gateway, as `up` recorded it in devnet.json.
    func gatewayURL() throws -> URL {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("devnet.json"))) as? [String: Any]
        return try #require((manifest?["gatewayURL"] as? String).flatMap { URL(string: $0) }, "devnet.json names no gateway")
    }

    /// The gateway's pid, from its pid file.
    func gatewayPid() -> pid_t? {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("gateway/gateway.pid"), encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `kill -9` of `pid`, and a bounded wait until it is gone (the devnet's processes are not our children:
    /// init reaps them).
    func killHard(_ pid: pid_t, _ what: String) async {
        kill(pid, SIGKILL)
        await wait("\(what) (pid \(pid)) to die after SIGKILL", timeout: 30) { kill(pid, 0) != 0 }
    }

    /// The last lines of every node's log and of the gateway's, for failure messages.
    func logs(lines: Int = 15) -> String {
        let files = nodes.map { ("node \($0.index)", $0.home.appendingPathComponent("node.log")) }
            + [("gateway", directory.appendingPathComponent("gateway/gateway.log"))]
        return files.map { name, file in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            return "--- \(name)\n" + text.split(separator: "\n").suffix(lines).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
