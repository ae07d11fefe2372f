import CairnChain
import CairnCrypto
import CairnRPC
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Consensus end to end: a devnet of four validator processes of the release `cairn` binary beside this
/// one, started in a temporary directory and always torn down. It measures what a user of the network
/// sees (finality latency, committed transactions per second), how fast a restarted node catches up, and
/// what a node costs in memory. Every figure comes from the nodes' JSON-RPC and `/proc`; nothing here
/// reaches into a node's process.
///
/// The phases run in this order on one devnet: finality under a steady load, throughput under a
/// saturating load, memory after that load, then block sync (which restarts node 3, so its memory would
/// no longer be the loaded figure), then messaging (MessagingDevnetBenchmarks.swift). Any phase that
/// cannot finish (no blocks, transactions never committed, a node that never catches up) throws, and the
/// caller tears down and exits non-zero.
extension Bench {
    /// Whether a benchmark of processes (the devnet, the gateway's anchoring) runs this time.
    enum Selection { case skip, include, only }

    /// The devnet's figures, by the start of their names (the rest says how each was measured).
    enum DevnetFigure: String, CaseIterable {
        case finalityP50 = "devnet.finality p50"
        case finalityP99 = "devnet.finality p99"
        case throughput = "devnet.transfers committed through consensus"
        case memoryMax = "devnet.memory: node peak resident set (VmHWM), max"
        case memoryMean = "devnet.memory: node peak resident set (VmHWM), mean"
        case syncRate = "devnet.sync: empty blocks caught up per second, from restart"
        case restart = "devnet.sync: restart to JSON-RPC answering"
    }

    /// `CAIRN_BENCH_DEVNET=0` skips it, `only` runs nothing else; a `CAIRN_BENCH_FILTER` that matches none
    /// of its figures (consensus, messaging or anchored messages) skips it too, so profiling one micro case
    /// stays quick, and one that starts with `devnet.` runs it alone.
    static var devnetSelection: Selection {
        let environment = ProcessInfo.processInfo.environment
        switch environment["CAIRN_BENCH_DEVNET"] {
        case "0": return .skip
        case "only": return .only
        default:
            guard let filter = environment["CAIRN_BENCH_FILTER"] else { return .include }
            let names = DevnetFigure.allCases.map(\.rawValue) + MessagingFigure.allCases.map(\.rawValue) + AnchoredFigure.allCases.map(\.rawValue)
            guard names.contains(where: { $0.contains(filter) }) else { return .skip }
            // Only devnet figures are named "devnet.…": such a filter needs none of the in-process cases' setup.
            return filter.hasPrefix("devnet.") ? .only : .include
        }
    }

    /// The knobs, each overridable for a longer or a quicker run.
    struct DevnetPlan {
        var validators = 4
        /// Least time between blocks (`--block-time`): small, so that throughput is not capped by the timer.
        var blockTime = env("CAIRN_BENCH_DEVNET_BLOCK_TIME") ?? 0.2
        var latencyTransfers = Int(env("CAIRN_BENCH_DEVNET_LATENCY_TXS") ?? 300)
        /// Transfers per second in the latency phase: low enough that no block is full.
        var latencyRate = env("CAIRN_BENCH_DEVNET_LATENCY_RATE") ?? 25
        var throughputSeconds = env("CAIRN_BENCH_DEVNET_SECONDS") ?? 20
        var throughputSenders = Int(env("CAIRN_BENCH_DEVNET_SENDERS") ?? 8)
        /// How far the chain grows while node 3 is down.
        var syncBlocks = Int(env("CAIRN_BENCH_DEVNET_SYNC_BLOCKS") ?? 100)

        static func env(_ name: String) -> Double? { ProcessInfo.processInfo.environment[name].flatMap(Double.init) }
    }

    /// The figure the throughput is held against: transfers through the in-process chain (submit and
    /// produce), when that case ran in the same process.
    static func chainTransfersBaseline(in results: [Result]) -> Result? {
        results.first { $0.name.hasPrefix("chain.transfers (") && !$0.name.contains("): ") }
    }

    /// Runs the selected phases (`devnetPhases`) and returns their figures; the devnet is down when this
    /// returns or throws.
    static func measureDevnet(baseline: Result?) throws -> [Result] {
        let plan = DevnetPlan()
        guard plan.latencyTransfers > 0, plan.latencyRate > 0, plan.throughputSeconds > 0, plan.throughputSenders > 0,
            plan.syncBlocks > 0, plan.throughputSenders <= 10
        else { throw BenchError("every CAIRN_BENCH_DEVNET_* figure must be positive, and at most 10 senders") }
        let phases = devnetPhases
        let devnet = try LocalDevnet.up(plan: plan)
        do {
            let clock = ContinuousClock()
            let started = clock.now
            var results: [Result] = []
            // Each node's peak, read before the sync phase restarts one (a new process starts a new peak)
            // and again after the last phase, so the figure covers the whole run.
            var peaks: [Double] = []
            if phases.consensus {
                results += try measureFinality(devnet, plan: plan)
                results.append(try measureThroughput(devnet, plan: plan, baseline: baseline))
                peaks = try memoryPeaks(devnet)
                results += try measureSync(devnet, plan: plan)
            }
            // Last, so that its stores and sessions do not weigh on the consensus figures.
            if phases.messaging { results += try measureMessagingDevnet(devnet) }
            // After messaging, whose latencies an anchoring backlog would otherwise lengthen.
            if phases.anchored { results += try measureAnchoredMessages(devnet) }
            let last = try memoryPeaks(devnet)
            results += memoryResults(peaks.isEmpty ? last : zip(peaks, last).map { max($0, $1) })
            progress("devnet: all phases done in \(String(format: "%.0f", seconds(clock.now - started))) s")
            devnet.down()
            return results
        } catch {
            throw devnet.directory.failed(error)
        }
    }

    static func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    // MARK: Finality

    /// Transfers at a steady rate, each sent to one node (dev account k to node k, in nonce order) and
    /// timed from `eth_sendRawTransaction` returning until that node has stored the block holding it.
    /// A watcher per node polls its height every 10 ms and reads each new block's hashes, which bounds
    /// the timing error to one poll and keeps the load light (a receipt poll per transaction would not).
    static func measureFinality(_ devnet: LocalDevnet, plan: DevnetPlan) throws -> [Result] {
        let count = plan.latencyTransfers
        progress("devnet: finality, \(count) transfers at \(Int(plan.latencyRate))/s over \(devnet.nodes.count) nodes")
        let clock = ContinuousClock()
        let accounts = try devnet.accounts(devnet.nodes.count)
        var nonces = try accounts.map { try devnet.nonce(of: $0, on: 0) }
        let startHeights = try devnet.nodes.indices.map { try devnet.height(of: $0) }
        let commits = devnet.nodes.map { _ in Shared([String: ContinuousClock.Instant]()) }
        let stop = Shared(false)
        let watchers = DispatchGroup()
        for (index, node) in devnet.nodes.enumerated() {
            let record = commits[index], start = startHeights[index]
            watchers.enter()
            Thread.detachNewThread {
                defer { watchers.leave() }
                var seen = start
                while !stop.value.withLock({ $0 }) {
                    if let height = try? LocalDevnet.height(node), height > seen {
                        let now = clock.now
                        for block in (seen + 1)...height {
                            guard let hashes = try? LocalDevnet.transactionHashes(node, height: block) else { break }
                            record.value.withLock { for hash in hashes { $0[hash] = now } }
                            seen = block
                        }
                    }
                    Thread.sleep(forTimeInterval: 0.01)
                }
            }
        }
        defer {
            stop.value.withLock { $0 = true }
            watchers.wait()
        }

        var sent: [(node: Int, hash: String, at: ContinuousClock.Instant)] = []
        let start = clock.now
        let interval = 1 / plan.latencyRate
        for k in 0..<count {
            let due = start + .milliseconds(Int(Double(k) * interval * 1_000))
            if due > clock.now { Thread.sleep(forTimeInterval: seconds(due - clock.now)) }
            let node = k % devnet.nodes.count
            let raw = try devnet.transfer(from: accounts[node], nonce: nonces[node])
            let hash = try devnet.send(raw, to: node)
            sent.append((node, hash, clock.now))
            nonces[node] += 1
        }
        let submitted = clock.now
        let deadline = submitted + .seconds(30)
        var latencies: [Double] = []
        while true {
            latencies = sent.compactMap { entry in
                commits[entry.node].value.withLock { $0[entry.hash] }.map { max(0, seconds($0 - entry.at) * 1_000) }
            }
            if latencies.count == sent.count { break }
            guard clock.now < deadline else {
                throw BenchError("\(sent.count - latencies.count) of \(sent.count) transfers not committed 30 s after the last was sent")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let elapsed = seconds(clock.now - start)
        // A stored block means a receipt: check that the nodes agree, and that every transfer succeeded.
        for entry in sent {
            let receipt = try devnet.nodes[entry.node].callBlocking("eth_getTransactionReceipt", [.string(entry.hash)])
            guard receipt["blockNumber"]?.string != nil, receipt["status"]?.string == "0x1" else {
                throw BenchError("transfer \(entry.hash) on node \(entry.node) has no successful receipt: \(receipt)")
            }
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int((p * Double(latencies.count)).rounded(.up)) - 1)] }
        let (p50, p99) = (percentile(0.5), percentile(0.99))
        progress(String(format: "devnet: finality p50 %.0f ms, p99 %.0f ms, max %.0f ms", p50, p99, latencies.last!))
        let suffix = "(submit to committed, \(plan.validators) validators, \(Int(plan.latencyRate)) tx/s)"
        return [
            Result(name: "\(DevnetFigure.finalityP50.rawValue) \(suffix)", value: p50, unit: "ms", iterations: count, seconds: elapsed),
            Result(name: "\(DevnetFigure.finalityP99.rawValue) \(suffix)", value: p99, unit: "ms", iterations: count, seconds: elapsed),
        ]
    }

    // MARK: Throughput

    /// Several dev accounts submit transfers as fast as their node takes them, each to one node in nonce
    /// order, backing off while the mempool holds its 64 per sender. The rate counts the transactions in
    /// the blocks stored during the window, over the window's wall time.
    static func measureThroughput(_ devnet: LocalDevnet, plan: DevnetPlan, baseline: Result?) throws -> Result {
        let senders = plan.throughputSenders
        progress("devnet: throughput, \(senders) senders for \(Int(plan.throughputSeconds)) s")
        let clock = ContinuousClock()
        let accounts = try devnet.accounts(senders)
        let firstNonces = try accounts.map { try devnet.nonce(of: $0, on: 0) }
        let outcomes = Shared([(next: UInt64, failure: String?)](repeating: (0, nil), count: senders))
        let group = DispatchGroup()
        let startHeight = try devnet.height(of: 0)
        let start = clock.now
        let end = start + .milliseconds(Int(plan.throughputSeconds * 1_000))
        for sender in 0..<senders {
            let node = sender % devnet.nodes.count
            let account = accounts[sender], first = firstNonces[sender]
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                var nonce = first
                var failure: String?
                var raw: [UInt8]?
                while clock.now < end {
                    do {
                        raw = try raw ?? devnet.transfer(from: account, nonce: nonce)
                        _ = try devnet.send(raw!, to: node)
                        nonce += 1
                        raw = nil
                    } catch let error as RPCError where error.message.contains("transactions waiting") {
                        // The sender's mempool queue is full: wait for a block to take some.
                        Thread.sleep(forTimeInterval: 0.005)
                    } catch {
                        failure = "sender \(sender) via node \(node): \(error)"
                        break
                    }
                }
                outcomes.value.withLock { $0[sender] = (nonce, failure) }
            }
        }
        group.wait()
        let endHeight = try devnet.height(of: 0)
        let elapsed = seconds(clock.now - start)
        let final = outcomes.value.withLock { $0 }
        if let failure = final.compactMap(\.failure).first { throw BenchError("a submission failed: \(failure)") }
        let submitted = zip(final, firstNonces).map { Int($0.next - $1) }.reduce(0, +)

        // Everything accepted must commit: a node that accepts transactions and then loses them has a bug.
        let deadline = clock.now + .seconds(30)
        for (sender, account) in accounts.enumerated() {
            while try devnet.nonce(of: account, on: 0) < final[sender].next {
                guard clock.now < deadline else {
                    throw BenchError("sender \(sender)'s transfers were accepted but not committed 30 s after the window")
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        var committed = 0
        if endHeight > startHeight {
            for height in (startHeight + 1)...endHeight {
                committed += try LocalDevnet.transactionHashes(devnet.nodes[0], height: height).count
            }
        }
        guard committed > 0 else {
            throw BenchError("no transaction committed in \(Int(elapsed)) s (height \(startHeight) to \(endHeight))")
        }
        let rate = Double(committed) / elapsed
        progress(String(format: "devnet: %d submitted, %d committed in %d blocks in %.1f s: %.0f tx/s",
                        submitted, committed, Int(endHeight - startHeight), elapsed, rate))
        // Why a block took long: rounds that failed (a proposal too late for the timeout) show in node 0's log.
        let window = devnet.loggedBlocks(of: 0).filter { $0.height > startHeight && $0.height <= endHeight }
        progress("devnet: blocks in the window: at most \(window.map(\.transactions).max() ?? 0) transactions, "
                 + "\(window.filter { $0.round > 0 }.count) of \(window.count) decided after round 0")
        var result = Result(name: "\(DevnetFigure.throughput.rawValue) (\(plan.validators) validators, \(senders) senders)",
                            value: rate, unit: "tx/s", iterations: committed, seconds: elapsed)
        if let baseline {
            result.baseline = baseline.name
            result.ratio = rate / baseline.value
        }
        return result
    }

    // MARK: Memory

    /// Each node's peak resident set so far (VmHWM, which the kernel keeps per process), in MiB.
    static func memoryPeaks(_ devnet: LocalDevnet) throws -> [Double] {
        try devnet.nodes.indices.map { index -> Double in
            let pid = try devnet.pid(of: index)
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
            else { throw BenchError("no VmHWM for node \(index) (pid \(pid)); is it still running?") }
            return kib / 1_024
        }
    }

    /// The largest and the mean of the nodes' peaks.
    static func memoryResults(_ mebibytes: [Double]) -> [Result] {
        let mean = mebibytes.reduce(0, +) / Double(mebibytes.count)
        progress("devnet: peak resident memory per node over the run (MiB): " + mebibytes.map { String(format: "%.1f", $0) }.joined(separator: ", "))
        return [
            Result(name: DevnetFigure.memoryMax.rawValue, value: mebibytes.max()!, unit: "MiB", iterations: mebibytes.count, seconds: 0),
            Result(name: DevnetFigure.memoryMean.rawValue, value: mean, unit: "MiB", iterations: mebibytes.count, seconds: 0),
        ]
    }

    // MARK: Block sync

    /// Stops the last node, lets the others grow the chain, restarts it, and times it from
    /// `cairn devnet start-node` until it holds the height the others had then. The time includes the
    /// process starting, opening its database and dialling its peers: that is what an operator waits for. No load runs meanwhile,
    /// so the blocks it fetches are empty: this is the fixed cost of a block (fetch, commit signatures
    /// checked, execution, fsync), not of its transactions.
    static func measureSync(_ devnet: LocalDevnet, plan: DevnetPlan) throws -> [Result] {
        let clock = ContinuousClock()
        let lagging = devnet.nodes.count - 1
        progress("devnet: block sync, node \(lagging) down for \(plan.syncBlocks) blocks")
        try devnet.cairn(["devnet", "stop-node", String(lagging)])
        let stoppedAt = try devnet.lastLoggedBlock(of: lagging)
        let stopped = clock.now
        var height = try devnet.height(of: 0)
        var lastGrowth = clock.now
        while height < stoppedAt + UInt64(plan.syncBlocks) {
            Thread.sleep(forTimeInterval: 0.1)
            let now = try devnet.height(of: 0)
            if now > height {
                height = now
                lastGrowth = clock.now
            }
            guard clock.now - lastGrowth < .seconds(15) else {
                throw BenchError("no block for 15 s with node \(lagging) down (height \(height))")
            }
        }
        let target = try devnet.height(of: 0)
        progress(String(format: "devnet: the chain grew from %d to %d in %.0f s with node %d down",
                        stoppedAt, target, seconds(clock.now - stopped), lagging))
        let start = clock.now
        try devnet.cairn(["devnet", "start-node", String(lagging)])
        var answered: ContinuousClock.Instant?
        while true {
            if let current = try? LocalDevnet.height(devnet.nodes[lagging], method: "cairn_nodeInfo") {
                answered = answered ?? clock.now
                if current >= target { break }
            }
            guard clock.now - start < .seconds(60) else {
                throw BenchError("node \(lagging) did not reach height \(target) within 60 s of its restart")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let elapsed = seconds(clock.now - start)
        let blocks = Int(target - stoppedAt)
        let startup = seconds(answered! - start)
        progress(String(format: "devnet: node %d synced %d blocks in %.2f s (JSON-RPC up after %.2f s): %.0f blocks/s",
                        lagging, blocks, elapsed, startup, Double(blocks) / elapsed))
        return [
            Result(name: DevnetFigure.syncRate.rawValue, value: Double(blocks) / elapsed, unit: "blocks/s",
                   iterations: blocks, seconds: elapsed),
            Result(name: DevnetFigure.restart.rawValue, value: startup * 1_000, unit: "ms", iterations: 1, seconds: startup),
        ]
    }

    /// A value several threads share.
    final class Shared<Value: Sendable>: Sendable {
        let value: Mutex<Value>
        init(_ initial: Value) { value = Mutex(initial) }
    }

    /// The benchmark's temporary directory and the `cairn` CLI that manages the devnet in it. `down()`
    /// runs once, whether the benchmark finishes, throws, or is interrupted (SIGINT or SIGTERM tear
    /// down, then exit): the nodes run in their own sessions, so a ^C would otherwise leave them behind.
    final class DevnetDirectory: Sendable {
        /// The release `cairn` binary beside this one.
        let binary: URL
        /// Holds the devnet in `devnet/` and the CLI's output in `cli.log`.
        let base: URL
        let devnet: URL
        private let isDown = Mutex(false)
        nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

        init() throws {
            binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("cairn")
            guard FileManager.default.isExecutableFile(atPath: binary.path) else {
                throw BenchError("no \(binary.path); build it with `swift build -c release --product cairn` (Scripts/bench does)")
            }
            base = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-devnet-\(getpid())")
            devnet = base.appendingPathComponent("devnet")
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [self] in
                    progress("cairn-bench: interrupted, tearing the devnet down")
                    down()
                    exit(128 + signalNumber)
                }
                source.resume()
                Self.signalSources.append(source)
            }
        }

        /// `cairn devnet down`, then SIGKILL for any node it left, then the directory. Idempotent.
        /// `keepingLogs` (after a failure) deletes the chain data only and returns where the logs are.
        @discardableResult
        func down(keepingLogs: Bool = false) -> String? {
            guard isDown.withLock({ done in defer { done = true }; return !done }) else { return nil }
            progress("devnet: tearing down")
            if FileManager.default.fileExists(atPath: devnet.appendingPathComponent("devnet.json").path) {
                do { try cairn(["devnet", "down", "--keep"]) } catch { progress("\(error)") }
            }
            // Only the pids our devnet wrote, and only while they are still its nodes.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: devnet.path)) ?? [] where name.hasPrefix("node-") {
                guard let pid = LocalDevnet.pid(in: devnet.appendingPathComponent(name)) else { continue }
                progress("devnet: killing \(name) (pid \(pid)), which `cairn devnet down` left running")
                kill(pid, SIGKILL)
            }
            guard keepingLogs else {
                try? FileManager.default.removeItem(at: base)
                return nil
            }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: devnet.path)) ?? [] where name.hasPrefix("node-") {
                try? FileManager.default.removeItem(at: devnet.appendingPathComponent(name).appendingPathComponent("data"))
            }
            return base.path
        }

        /// Tears down after `error`, keeping the logs, and returns the error with where they are.
        func failed(_ error: any Error) -> BenchError {
            guard let logs = down(keepingLogs: true) else { return BenchError("\(error)") }
            return BenchError("\(error) (logs kept in \(logs): cli.log, devnet/node-*/node.log)")
        }

        /// Runs the `cairn` CLI on the devnet; throws with the end of its output when it fails.
        ///
        /// Spawned and reaped here rather than through Foundation's `Process`, which learns of the child's
        /// exit from a socket the child inherits: a `cairn devnet up` that hands it on to the nodes it starts
        /// (as before main's cd71944) makes `waitUntilExit` wait for the whole devnet to stop. `waitpid`
        /// depends on nothing the nodes hold; descriptors above stderr are not passed on either.
        func cairn(_ arguments: [String]) throws {
            let log = base.appendingPathComponent("cli.log").path
            let offset = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            // The CLI's output (dev keys, hints) stays out of stdout, which holds the JSON alone.
            posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            // posix_spawn_file_actions_addclosefrom_np is not imported: mark ours close-on-exec instead.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
                guard let fd = Int32(name), fd > 2 else { continue }
                let flags = fcntl(fd, F_GETFD)
                if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
            }
            let argv: [UnsafeMutablePointer<CChar>?] = ([binary.path] + arguments + ["--dir", devnet.path]).map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
            guard spawned == 0 else { throw BenchError("cannot run \(binary.path): \(String(cString: strerror(spawned)))") }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            // WIFEXITED and WEXITSTATUS are macros Swift does not import.
            let exitCode = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f
            guard exitCode == 0 else {
                let text = (try? Data(contentsOf: URL(fileURLWithPath: log))).map { String(decoding: $0.dropFirst(offset), as: UTF8.self) } ?? ""
                throw BenchError("`cairn \(arguments.joined(separator: " "))` failed (exit \(exitCode)): "
                                 + text.trimmingCharacters(in: .whitespacesAndNewlines).suffix(600))
            }
        }
    }

    /// A running devnet: its directory, genesis, and one JSON-RPC client per node.
    final class LocalDevnet: Sendable {
        let directory: DevnetDirectory
        let genesis: Genesis
        let nodes: [RPCClient]
        private let homes: [URL]

        private init(directory: DevnetDirectory, genesis: Genesis, nodes: [RPCClient], homes: [URL]) {
            self.directory = directory
            self.genesis = genesis
            self.nodes = nodes
            self.homes = homes
        }

        /// Starts the devnet and waits until every node has a block; tears down if that fails.
        static func up(plan: DevnetPlan) throws -> LocalDevnet {
            let directory = try DevnetDirectory()
            do {
                let genesisURL = URL(fileURLWithPath: "Genesis/devnet.json").standardizedFileURL
                let genesis = try Genesis.load(from: genesisURL)
                progress("devnet: starting \(plan.validators) validators (block time \(plan.blockTime) s) in \(directory.devnet.path)")
                try directory.cairn([
                    "devnet", "up", "--validators", String(plan.validators), "--block-time", String(plan.blockTime),
                    "--genesis", genesisURL.path, "--timeout", "60",
                    // The anchored-messages phase sends thousands of requests a second from a few senders.
                    "--gateway-sender-rate", "1000000",
                ])
                let manifest = try JSONValue(parsing: Data(contentsOf: directory.devnet.appendingPathComponent("devnet.json")))
                guard let entries = manifest["nodes"]?.array, entries.count == plan.validators else {
                    throw BenchError("devnet.json does not list \(plan.validators) nodes")
                }
                var clients: [RPCClient] = [], homes: [URL] = []
                for entry in entries {
                    guard let rpc = entry["rpcURL"]?.string.flatMap(URL.init(string:)), let home = entry["home"]?.string else {
                        throw BenchError("malformed node entry in devnet.json: \(entry)")
                    }
                    clients.append(RPCClient(url: rpc, timeout: .seconds(10)))
                    homes.append(directory.devnet.appendingPathComponent(home))
                }
                let devnet = LocalDevnet(directory: directory, genesis: genesis, nodes: clients, homes: homes)
                // `up` waited for node 0 only; every node must be making blocks.
                let deadline = ContinuousClock.now + .seconds(30)
                for index in clients.indices {
                    while ((try? devnet.height(of: index)) ?? 0) < 1 {
                        guard ContinuousClock.now < deadline else { throw BenchError("node \(index) has no block 30 s after start") }
                        Thread.sleep(forTimeInterval: 0.1)
                    }
                }
                return devnet
            } catch {
                throw directory.failed(error)
            }
        }

        func cairn(_ arguments: [String]) throws { try directory.cairn(arguments) }
        func down() { directory.down() }

        // MARK: Nodes

        func height(of index: Int) throws -> UInt64 { try Self.height(nodes[index]) }

        /// The head height by `eth_blockNumber`, or by `cairn_nodeInfo`'s `height`.
        static func height(_ node: RPCClient, method: String = "eth_blockNumber") throws -> UInt64 {
            let answer = try node.callBlocking(method)
            return try quantity(method == "cairn_nodeInfo" ? answer["height"] : answer)
        }

        static func quantity(_ value: JSONValue?) throws -> UInt64 {
            guard let hex = value?.string, hex.hasPrefix("0x"), let number = UInt64(hex.dropFirst(2), radix: 16) else {
                throw BenchError("expected a hex quantity, got \(value.map(\.description) ?? "nothing")")
            }
            return number
        }

        /// The lowercase hashes of the transactions in block `height`.
        static func transactionHashes(_ node: RPCClient, height: UInt64) throws -> [String] {
            let block = try node.callBlocking("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), false])
            guard let transactions = block["transactions"]?.array else { throw BenchError("node has no block \(height)") }
            return transactions.compactMap { $0.string?.lowercased() }
        }

        func nonce(of key: Secp256k1.PrivateKey, on index: Int) throws -> UInt64 {
            try Self.quantity(nodes[index].callBlocking("eth_getTransactionCount", [.string(key.publicKey.address.checksummed), "latest"]))
        }

        /// Sends a raw transaction and returns its lowercase hash.
        func send(_ raw: [UInt8], to index: Int) throws -> String {
            let answer: JSONValue
            do {
                answer = try nodes[index].callBlocking("eth_sendRawTransaction", [.string("0x" + Hex.encode(raw))])
            } catch let error as RPCTransportError {
                throw BenchError("node \(index): \(error)")
            }
            guard let hash = answer.string else { throw BenchError("eth_sendRawTransaction answered \(answer)") }
            return hash.lowercased()
        }

        /// The first `count` dev accounts of the genesis (all funded).
        func accounts(_ count: Int) throws -> [Secp256k1.PrivateKey] {
            try (0..<count).map { try DevnetKeys.accountKey($0, genesis: genesis) }
        }

        /// One wei to a fixed address; the fee cap leaves room for the base fee to rise under load.
        func transfer(from key: Secp256k1.PrivateKey, nonce: UInt64) throws -> [UInt8] {
            try Transaction(
                chainID: genesis.chainId, nonce: nonce, maxPriorityFeePerGas: FeeMarket.gwei, maxFeePerGas: 100 * FeeMarket.gwei,
                gasLimit: 21_000, to: try Address("0x000000000000000000000000000000000000dEaD"), value: 1, data: []
            ).signed(with: key).raw
        }

        func pid(of index: Int) throws -> pid_t {
            guard let pid = Self.pid(in: homes[index]) else { throw BenchError("node \(index) is not running") }
            return pid
        }

        /// The pid in HOME/node.pid if that process is alive and is the node of HOME (not a recycled pid).
        static func pid(in home: URL, process: String = "node") -> pid_t? {
            guard let text = try? String(contentsOf: home.appendingPathComponent("\(process).pid"), encoding: .utf8),
                let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0, kill(pid, 0) == 0,
                let cmdline = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8), cmdline.contains(home.path)
            else { return nil }
            return pid
        }

        /// The blocks node `index` logged (`block H txs N … round R …`, decided or synced), in order.
        func loggedBlocks(of index: Int) -> [(height: UInt64, transactions: Int, round: Int)] {
            let log = (try? String(contentsOf: homes[index].appendingPathComponent("node.log"), encoding: .utf8)) ?? ""
            return log.split(separator: "\n").compactMap { line in
                let words = line.split(separator: " ")
                guard words.count >= 10, words[0] == "block", words[2] == "txs", words[8] == "round",
                    let height = UInt64(words[1]), let transactions = Int(words[3]), let round = Int(words[9])
                else { return nil }
                return (height, transactions, round)
            }
        }

        /// The height of the last block node `index` logged: its stored head once it has stopped.
        func lastLoggedBlock(of index: Int) throws -> UInt64 {
            guard let last = loggedBlocks(of: index).last else { throw BenchError("node \(index) logged no block") }
            return last.height
        }
    }
}
