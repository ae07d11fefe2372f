import CairnTestSupport
import Foundation
import Testing

/// The promises the repository makes to a newcomer and to CI, checked so they cannot rot.
@Suite("Repository contract")
struct RepositoryTests {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { dir.deleteLastPathComponent() }
        return dir
    }()

    func text(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func readmeOpensWithTheTwoSetupCommands() throws {
        let lines = try text("README.md").split(separator: "\n", omittingEmptySubsequences: true).prefix(5).map(String.init)
        #expect(lines[0] == "# Cairn")
        #expect(lines[1] == "```sh")
        #expect(lines[2].hasPrefix("Scripts/devnet"))
        #expect(lines[3].hasPrefix("Scripts/test"))
    }

    @Test func ciRunsExactlyTheTestCommand() throws {
        let commands = try text(".ci/run").split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(commands.contains("exec Scripts/test"))
        #expect(!commands.contains { $0.contains("swift ") }, "CI runs what the README says, nothing more")
    }

    @Test func scriptsAreExecutableAndIgnoresAreInPlace() throws {
        for script in ["Scripts/test", "Scripts/devnet", "Scripts/bench", "Scripts/setup", ".ci/run"] {
            #expect(FileManager.default.isExecutableFile(atPath: Self.root.appendingPathComponent(script).path), "\(script)")
        }
        let ignore = try text(".gitignore")
        for entry in [".build/", ".build-*/", "Package.resolved"] { #expect(ignore.contains(entry)) }
    }
}

/// The benchmark binary runs and reports every figure later benchmarks are held against.
@Suite("cairn-bench")
struct BenchTests {
    @Test func printsEveryPhysicalLimitAsJSON() async throws {
        // Tens of seconds in a debug build: waited for on a thread of its own, not one of the test runner's two.
        let run = try await Self.runBench()
        try #require(run.status == 0, "cairn-bench: \(run.stderr.suffix(2_000))")
        let doc = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let results = try #require(doc["results"] as? [[String: Any]])
        let names = Set(results.compactMap { $0["name"] as? String })
        for required in ["secp256k1.sign", "secp256k1.verify", "secp256k1.recover", "ed25519.verify (128 B)",
                         "keccak256 (1 MiB)", "sha256 (1 MiB)", "xchacha20poly1305.seal (1 KiB)",
                         "sqlite.insert (1 KiB rows, WAL, 10k per txn)", "raw C: secp256k1 verify",
                         "vm.wasm operators (fuel units)", "vm.storage_set (4 B key, 32 B value)",
                         "contract: Identity.register", "contract: KeyBundle.publish (100 one-time prekeys)",
                         "contract: Inbox.anchor", "gas: Identity.register",
                         "gas: KeyBundle.publish (100 one-time prekeys)", "gas: Inbox.anchor",
                         "state.root (1,000 writes over 100k keys, memory)", "state.commit (1,000 writes over 100k keys, SQLite)",
                         "state.proof (100k keys, memory)", "state.proof (100k keys, SQLite)", "state.verify (100k keys)",
                         "state.proof size (100k keys, mean)", "raw C: secp256k1 recover",
                         "tx.decode (SignedTransaction(raw:), a transfer)", "chain.block (empty)"] {
            #expect(names.contains(required), "\(required)")
        }
        // The chain's rates, whole and split, each held against sender recovery measured in the same run.
        for prefix in ["chain.transfers (blocks of 20,", "chain.calls: Inbox.anchor (blocks of"] {
            for suffix in ["one per sender)", "one per sender): submit", "one per sender): produce"] {
                let result = results.first { ($0["name"] as? String).map { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) } ?? false }
                #expect((result?["ratio"] as? Double ?? 0) > 0, "\(prefix)… \(suffix)")
                #expect(result?["baseline"] as? String == "raw C: secp256k1 recover")
            }
        }
        for r in results { #expect((r["value"] as? Double ?? 0) > 0, "\(r["name"] ?? "?") measured nothing") }
        // Issue 9's summary: every goal named, with its target; the ones this run measured carry a value;
        // the physical limits of the same run beside them.
        let goals = try #require(doc["goals"] as? [[String: Any]])
        #expect(goals.count == 4)
        for goal in goals { #expect(goal["target"] is String && goal["met"] is Bool, "\(goal)") }
        let ratchet = try #require(goals.first { ($0["goal"] as? String)?.hasPrefix("ratchet") == true })
        #expect((ratchet["value"] as? Double ?? 0) > 0, "the ratchet's ratio to raw AEAD is measured without a devnet")
        // The same table marks the figure it reads, so the JSON's result and its goal cannot disagree.
        let ratchetResult = try #require(results.first { $0["name"] as? String == ratchet["figure"] as? String })
        #expect(ratchetResult["goal"] as? String == "ratio >= 0.333")
        #expect(ratchetResult["goalMet"] as? Bool == ratchet["met"] as? Bool)
        // The devnet's goals were not measured (CAIRN_BENCH_DEVNET=0): reported, and not met.
        for goal in goals where goal["goal"] as? String != ratchet["goal"] as? String {
            #expect(goal["value"] == nil && goal["met"] as? Bool == false, "\(goal)")
        }
        let limits = try #require(doc["limits"] as? [[String: Any]])
        #expect(Set(limits.compactMap { $0["name"] as? String }) == [
            "raw C: secp256k1 verify", "raw C: xchacha20poly1305 encrypt (1 KiB)", "sqlite.insert (1 KiB rows, WAL, 10k per txn)",
        ])
    }

    /// Runs the debug `cairn-bench` with a small plan (at most 10 minutes).
    static func runBench() async throws -> ChildProcess.Output {
        let exe = CLIRunner.executable.deletingLastPathComponent().appendingPathComponent("cairn-bench")
        // The devnet benchmark takes minutes and starts four node processes: `Scripts/bench` runs it, not the tests.
        let environment = ProcessInfo.processInfo.environment.merging(
            ["CAIRN_BENCH_MS": "2", "CAIRN_BENCH_ROUNDS": "1", "CAIRN_BENCH_STATE_KEYS": "5000", "CAIRN_BENCH_CHAIN_SENDERS": "20",
             "CAIRN_BENCH_DEVNET": "0",
             // The anchoring runs, small: the full plan (11,000 requests) takes two minutes in a debug build.
             "CAIRN_BENCH_GATEWAY_BATCH_REQUESTS": "300", "CAIRN_BENCH_GATEWAY_BATCH_SIZE": "100",
             "CAIRN_BENCH_GATEWAY_BATCH_DELAY_MS": "200", "CAIRN_BENCH_GATEWAY_SINGLE_REQUESTS": "20"]
        ) { $1 }
        return try await ChildProcess.run(exe, [], environment: environment, timeout: 600)
    }
}
