import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Anchoring end to end: a `cairn node --dev` process and a `cairn gateway` process of the release
/// binary beside this one, in a temporary directory, always stopped and removed afterwards. For each
/// mode (batch, then single) a fresh gateway anchors with dev account 9; the benchmark puts N blobs,
/// signs N requests from several dev accounts, posts them from a few client threads, and times from the
/// first POST until the last block holding one of them is committed. It then reads every request's
/// status and the anchoring transactions from the chain for bytes and gas per entry. Everything is
/// measured through HTTP and JSON-RPC, as a client would see it.
extension Bench {
    /// `CAIRN_BENCH_GATEWAY=0` skips the anchoring runs, `only` runs the blob cases and the anchoring
    /// runs and nothing else; a `CAIRN_BENCH_FILTER` that names neither mode skips them too.
    static var gatewaySelection: Selection {
        switch ProcessInfo.processInfo.environment["CAIRN_BENCH_GATEWAY"] {
        case "0": return .skip
        case "only": return .only
        default: return anchoringModes.isEmpty ? .skip : .include
        }
    }

    /// The figures' names without their parameters (what a filter is matched against).
    static func anchoringFigures(_ mode: AnchorMode) -> [String] {
        ["entries anchored", "requests accepted", "transaction bytes per entry", "gas per entry"]
            .map { "gateway.anchor \(mode.rawValue): \($0)" }
    }

    /// The modes the filter leaves, batch first.
    static var anchoringModes: [AnchorMode] {
        let filter = ProcessInfo.processInfo.environment["CAIRN_BENCH_FILTER"]
        return [AnchorMode.batch, .single].filter { mode in filter.map { f in anchoringFigures(mode).contains { $0.contains(f) } } ?? true }
    }

    /// The knobs, each overridable (`CAIRN_BENCH_GATEWAY_*`).
    struct AnchoringPlan {
        var batchRequests = Int(env("BATCH_REQUESTS") ?? 10_000)
        var batchSize = Int(env("BATCH_SIZE") ?? 1_000)
        /// A batch short of `batchSize` closes after this long. Longer than the gateway's default (500 ms),
        /// which at a few hundred requests a second closes batches at a third of 1,000: here batches close
        /// full, so the cost per entry is that of the size configured.
        var batchDelayMilliseconds = Int(env("BATCH_DELAY_MS") ?? 5_000)
        var singleRequests = Int(env("SINGLE_REQUESTS") ?? 1_000)
        /// Client threads, each on its own keep-alive connection.
        var clients = Int(env("CLIENTS") ?? 4)
        /// Dev accounts 0..<senders sign the requests, in turn.
        var senders = Int(env("SENDERS") ?? 8)
        /// CAIRN the gateway's account bonds before the single run, which raises its Inbox allowance by
        /// one per CAIRN per 100-block window.
        var bond = Int(env("BOND") ?? 4_000)
        var blobSize = 1 << 10

        static func env(_ name: String) -> Double? { ProcessInfo.processInfo.environment["CAIRN_BENCH_GATEWAY_" + name].flatMap(Double.init) }
    }

    /// Every mode's figures; the processes are down and the directory gone when this returns or throws.
    static func measureAnchoring() throws -> [Result] {
        let plan = AnchoringPlan()
        guard plan.batchRequests > 0, plan.singleRequests > 0, plan.clients > 0, (1...9).contains(plan.senders), plan.bond >= 0,
            (1...InboxBatch.maximumEntries).contains(plan.batchSize), plan.batchDelayMilliseconds > 0
        else { throw BenchError("every CAIRN_BENCH_GATEWAY_* figure must be positive, senders 1 to 9, a batch 1 to \(InboxBatch.maximumEntries)") }
        let modes = anchoringModes
        guard !modes.isEmpty else { return [] }
        let run = try AnchoringRun.start()
        do {
            var results: [Result] = []
            for mode in modes { results += try run.measure(mode, plan: plan) }
            run.down()
            return results
        } catch {
            throw run.failed(error)
        }
    }

    /// The anchoring figures; on failure (torn down by then) one line on stderr and exit status 1.
    static func runAnchoringOrExit() -> [Result] {
        do {
            return try measureAnchoring()
        } catch {
            FileHandle.standardError.write(Data("cairn-bench: gateway anchoring benchmark failed: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Runs `work` on `threads` threads over contiguous slices of `0..<count`; returns their outputs in order.
    static func onThreads<T: Sendable>(_ count: Int, threads: Int, _ work: @escaping @Sendable (Range<Int>) throws -> [T]) throws -> [T] {
        let threads = max(1, min(threads, count))
        let outputs = Shared([Swift.Result<[T], any Error>?](repeating: nil, count: threads))
        let group = DispatchGroup()
        for thread in 0..<threads {
            let slice = (count * thread / threads)..<(count * (thread + 1) / threads)
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                let output: Swift.Result<[T], any Error>
                do { output = .success(try work(slice)) } catch { output = .failure(error) }
                outputs.value.withLock { $0[thread] = output }
            }
        }
        group.wait()
        return try outputs.value.withLock { $0 }.flatMap { try $0!.get() }
    }

    /// A dev node, the gateways started on it one at a time, and their temporary directory. `down()`
    /// runs once, whether the benchmark finishes, throws, or is interrupted (SIGINT or SIGTERM stop the
    /// processes, then exit).
    final class AnchoringRun: Sendable {
        let binary: URL
        let base: URL
        let genesisURL: URL
        let genesis: Genesis
        let node: ChildProcess
        let rpc: RPCClient
        /// Dev account 9: the gateway pays with it (as `cairn devnet` does), and it is a genesis validator.
        let gatewayKey: Secp256k1.PrivateKey
        private let gateways = Mutex<[ChildProcess]>([])
        private let isDown = Mutex(false)
        nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

        private init(binary: URL, base: URL, genesisURL: URL, genesis: Genesis, node: ChildProcess, rpc: RPCClient, gatewayKey: Secp256k1.PrivateKey) {
            self.binary = binary
            self.base = base
            self.genesisURL = genesisURL
            self.genesis = genesis
            self.node = node
            self.rpc = rpc
            self.gatewayKey = gatewayKey
        }

        /// Starts the dev node and waits for its first answer.
        static func start() throws -> AnchoringRun {
            let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("cairn")
            guard FileManager.default.isExecutableFile(atPath: binary.path) else {
                throw BenchError("no \(binary.path); build it with `swift build -c release --product cairn` (Scripts/bench does)")
            }
            let genesisURL = URL(fileURLWithPath: "Genesis/devnet.json").standardizedFileURL
            let genesis = try Genesis.load(from: genesisURL)
            let gatewayKey = try DevnetKeys.accountKey(9, genesis: genesis)
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-gateway-\(getpid())")
            try? FileManager.default.removeItem(at: base)
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            progress("gateway: starting a dev node in \(base.path)")
            let node: ChildProcess
            do {
                node = try ChildProcess.spawn(
                    binary, ["node", "--dev", "--home", base.appendingPathComponent("node").path, "--genesis", genesisURL.path, "--rpc-port", "0"],
                    name: "the dev node", log: base.appendingPathComponent("node.log"), home: base)
            } catch {
                try? FileManager.default.removeItem(at: base)
                throw error
            }
            let url: URL
            do {
                let port = try node.waitForLine("rpc listening on http://127.0.0.1:", timeout: .seconds(60))
                guard let parsed = URL(string: "http://127.0.0.1:\(port)"), Int(port) != nil else { throw BenchError("the node printed a bad port '\(port)'") }
                url = parsed
            } catch {
                node.stop()
                try? FileManager.default.removeItem(at: base.appendingPathComponent("node"))
                throw BenchError("\(error) (log kept in \(base.path)/node.log)")
            }
            let run = AnchoringRun(binary: binary, base: base, genesisURL: genesisURL, genesis: genesis, node: node,
                                   rpc: RPCClient(url: url, timeout: .seconds(10)), gatewayKey: gatewayKey)
            run.catchSignals()
            return run
        }

        private func catchSignals() {
            for source in Self.signalSources { source.cancel() }
            Self.signalSources = []
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [self] in
                    progress("cairn-bench: interrupted, stopping the gateway benchmark's processes")
                    down()
                    exit(128 + signalNumber)
                }
                source.resume()
                Self.signalSources.append(source)
            }
        }

        /// Stops every gateway, then the node, and removes the directory (or only the chain data when
        /// `keepingLogs`, returning where the logs are). Idempotent.
        @discardableResult
        func down(keepingLogs: Bool = false) -> String? {
            guard isDown.withLock({ done in defer { done = true }; return !done }) else { return nil }
            progress("gateway: stopping the processes")
            for gateway in gateways.withLock({ $0 }).reversed() { gateway.stop() }
            node.stop()
            // Interruptions are the devnet benchmark's (or the default's) again from here on.
            for source in Self.signalSources { source.cancel() }
            Self.signalSources = []
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
            guard keepingLogs else {
                try? FileManager.default.removeItem(at: base)
                return nil
            }
            try? FileManager.default.removeItem(at: base.appendingPathComponent("node"))
            return base.path
        }

        /// Tears down after `error`, keeping the logs, and returns the error with where they are.
        func failed(_ error: any Error) -> BenchError {
            guard let logs = down(keepingLogs: true) else { return BenchError("\(error)") }
            return BenchError("\(error) (logs kept in \(logs): node.log, gateway-*.log)")
        }

        // MARK: One mode

        /// One mode's four figures, from a gateway of its own that is stopped before this returns.
        func measure(_ mode: AnchorMode, plan: AnchoringPlan) throws -> [Result] {
            let requests = mode == .batch ? plan.batchRequests : plan.singleRequests
            let clock = ContinuousClock()
            if mode == .single { try bondForSingleMode(plan) }
            let home = base.appendingPathComponent("gateway-\(mode.rawValue)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let gateway = try ChildProcess.spawn(binary, [
                "gateway", "--home", home.path, "--port", "0", "--rpc", rpc.url.absoluteString, "--dev-account", "9",
                "--genesis", genesisURL.path, "--anchor-mode", mode.rawValue, "--batch-size", String(plan.batchSize),
                "--batch-delay", String(plan.batchDelayMilliseconds), "--sender-rate", "1000000",
            ], name: "the \(mode.rawValue) gateway", log: base.appendingPathComponent("gateway-\(mode.rawValue).log"), home: base)
            gateways.withLock { $0.append(gateway) }
            guard let port = Int(try gateway.waitForLine("gateway listening on http://127.0.0.1:", timeout: .seconds(60))) else {
                throw BenchError("the gateway printed no port")
            }

            // Untimed: the blobs (a request is refused unless its blob is stored here) and the signatures.
            let size = plan.blobSize
            let putStart = clock.now
            let cids = try onThreads(requests, threads: plan.clients) { range in
                let connection = HTTPConnection(port: port)
                return try range.map { i in
                    var content = Array("cairn-bench \(mode.rawValue) message \(i) ".utf8)
                    content += [UInt8](repeating: 0x2e, count: max(0, size - content.count))
                    let reply = try connection.request("POST", "/v1/blobs", body: content, contentType: "application/octet-stream")
                    guard reply.status == 201, let text = (try? JSONValue(parsing: reply.body))?["cid"]?.string else {
                        throw BenchError("POST /v1/blobs answered \(reply.status): \(reply.text)")
                    }
                    return try CID(text)
                }
            }
            progress(String(format: "gateway: %d blobs of %d B put in %.1f s (%.0f /s, %d clients)", requests, size,
                            seconds(clock.now - putStart), Double(requests) / seconds(clock.now - putStart), plan.clients))
            let keys = try (0..<plan.senders).map { try DevnetKeys.accountKey($0, genesis: genesis) }
            let chainID = genesis.chainId
            let expires = UInt64(Date().timeIntervalSince1970) + 3_000
            let tags = (0..<64).map { Array(SHA256.hash(Array("cairn-bench inbox \($0)".utf8))) }
            let signed = try onThreads(requests, threads: 2) { range in
                try range.map { i -> (body: [UInt8], id: String) in
                    let request = try AnchorRequest(tag: tags[i % tags.count], cid: cids[i].bytes, expires: expires, chainID: chainID,
                                                    key: keys[i % keys.count])
                    return (request.json(cidText: cids[i].string).encoded(), "0x" + Hex.encode(request.digest))
                }
            }

            // Block times, as the node makes them: the end of the timed span is when the last block
            // holding an anchor was seen.
            let startHeight = try LocalDevnet.height(rpc)
            let seen = Shared([UInt64: ContinuousClock.Instant]())
            let stop = Shared(false)
            let watcher = DispatchGroup()
            watcher.enter()
            Thread.detachNewThread { [rpc] in
                defer { watcher.leave() }
                var last = startHeight
                while !stop.value.withLock({ $0 }) {
                    if let height = try? LocalDevnet.height(rpc), height > last {
                        let now = clock.now
                        seen.value.withLock { for h in (last + 1)...height { $0[h] = now } }
                        last = height
                    }
                    Thread.sleep(forTimeInterval: 0.01)
                }
            }
            defer {
                stop.value.withLock { $0 = true }
                watcher.wait()
            }

            progress("gateway: \(mode.rawValue): posting \(requests) signed requests from \(plan.senders) senders on \(plan.clients) connections")
            let processes = [(name: "gateway", pid: gateway.pid), (name: "node", pid: node.pid), (name: "cairn-bench", pid: getpid())]
            let cpuAtStart = processes.map { Bench.cpuSeconds($0.pid) }
            let start = clock.now
            let posted = try onThreads(requests, threads: plan.clients) { range in
                let connection = HTTPConnection(port: port)
                var limited = 0
                for i in range {
                    while true {
                        let reply = try connection.request("POST", "/v1/anchors", body: signed[i].body, contentType: "application/json")
                        if reply.status == 202 { break }
                        // The per-sender limit is raised far out of the way; count it if it shows anyway.
                        guard reply.status == 429 else { throw BenchError("POST /v1/anchors answered \(reply.status): \(reply.text)") }
                        limited += 1
                        Thread.sleep(forTimeInterval: 0.01)
                    }
                }
                return [(clock.now, limited)]
            }
            let acceptedAt = posted.map { $0.0 }.max()!
            let acceptSeconds = seconds(acceptedAt - start)
            let cpuAtAccepted = processes.map { Bench.cpuSeconds($0.pid) }
            let limited = posted.map { $0.1 }.reduce(0, +)

            // Anchored, as the gateway reports it; fail if it stops making progress for a minute.
            let metrics = HTTPConnection(port: port)
            var anchored = 0
            var progressAt = clock.now
            var lastReport = clock.now
            while true {
                let text = try metrics.request("GET", "/metrics").text
                let now = Bench.metric("cairn_gateway_anchored_entries_total", in: text) ?? 0
                if now > anchored { progressAt = clock.now }
                anchored = now
                if anchored >= requests { break }
                guard clock.now - progressAt < .seconds(60) else {
                    let failed = Bench.metric("cairn_gateway_anchor_submissions_failed_total", in: text) ?? 0
                    let errors = Bench.metric("cairn_gateway_node_errors_total", in: text) ?? 0
                    throw BenchError("\(anchored) of \(requests) anchored, no progress for 60 s (\(failed) failed submissions, \(errors) node errors)")
                }
                if clock.now - lastReport > .seconds(10) {
                    progress("gateway: \(mode.rawValue): \(anchored) of \(requests) anchored after \(Int(seconds(clock.now - start))) s")
                    lastReport = clock.now
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
            let confirmedAt = clock.now
            let cpuAtConfirmed = processes.map { Bench.cpuSeconds($0.pid) }
            // Cores each process kept busy: what tells a CPU bound from waiting (on fsync, a poll, a block).
            func cores(_ from: [Double?], _ to: [Double?], over span: Double) -> String {
                zip(processes, zip(from, to)).map { process, pair in
                    "\(process.name) " + (pair.0.flatMap { a in pair.1.map { b in String(format: "%.2f", (b - a) / span) } } ?? "?")
                }.joined(separator: ", ")
            }
            progress("gateway: \(mode.rawValue): cores busy while posting: " + cores(cpuAtStart, cpuAtAccepted, over: acceptSeconds)
                     + "; from the last POST to all anchored: " + cores(cpuAtAccepted, cpuAtConfirmed, over: max(0.001, seconds(confirmedAt - acceptedAt))))
            let finalMetrics = try metrics.request("GET", "/metrics").text

            // Every request's status: anchored, in this mode, in which block and transaction.
            let statuses = try onThreads(requests, threads: plan.clients) { range in
                let connection = HTTPConnection(port: port)
                return try range.map { i -> (height: UInt64, transaction: String) in
                    let reply = try connection.request("GET", "/v1/anchors/\(signed[i].id)")
                    let json = try? JSONValue(parsing: reply.body)
                    guard reply.status == 200, json?["status"]?.string == "anchored", json?["mode"]?.string == mode.rawValue,
                        let height = json?["height"]?.integer, let transaction = json?["transaction"]?.string
                    else { throw BenchError("request \(signed[i].id) is not anchored in \(mode.rawValue) mode: \(reply.status) \(reply.text)") }
                    return (UInt64(height), transaction.lowercased())
                }
            }
            let lastHeight = statuses.map { $0.height }.max()!
            var committedAt: ContinuousClock.Instant?
            for _ in 0..<200 {
                committedAt = seen.value.withLock { $0[lastHeight] }
                if committedAt != nil { break }
                Thread.sleep(forTimeInterval: 0.01)
            }
            guard let committedAt else { throw BenchError("the watcher never saw block \(lastHeight)") }
            let elapsed = seconds(committedAt - start)
            let blockTimes = seen.value.withLock { $0 }

            // On-chain cost: every transaction the gateway sent to Inbox in the span (a failed one too),
            // from the full blocks, each rebuilt and re-signed (RFC 6979 is deterministic) so that its
            // exact encoded size is known and checked against its hash.
            let chain = try chainCost(from: startHeight + 1, to: lastHeight, anchoredIn: Set(statuses.map { $0.transaction }))
            guard chain.missing.isEmpty else { throw BenchError("\(chain.missing.count) anchoring transactions are in no block of the span") }
            gateway.stop()

            let rate = Double(requests) / elapsed
            let name = mode.rawValue
            progress("gateway: \(name): " + String(format: "%d accepted in %.2f s (%.0f /s, %d answered 429); all anchored %.2f s after the "
                            + "first POST by the chain (%.0f /s), %.2f s by the gateway's report", requests, acceptSeconds,
                            Double(requests) / acceptSeconds, limited, elapsed, rate, seconds(confirmedAt - start)))
            let blocks = blockTimes.keys.filter { $0 <= lastHeight }.count
            progress("gateway: \(name): " + String(format: "%d transactions (%d not successful) in %d blocks; %.1f B and %.0f gas per entry; "
                            + "%.0f gas per transaction (%d to %d; %d above the least by 50k or more); %.6f CAIRN paid per entry (gas and Inbox fee)", chain.transactions, chain.unsuccessful,
                            blocks, Double(chain.bytes) / Double(requests), Double(chain.gas) / Double(requests),
                            Double(chain.gas) / Double(max(1, chain.transactions)), chain.gasRange.lowerBound, chain.gasRange.upperBound, chain.costlier,
                            chain.paid / Double(requests)))
            progress("gateway: \(name): metrics: " + ["cairn_gateway_anchor_submissions_failed_total", "cairn_gateway_node_errors_total",
                     "cairn_gateway_batch_size_sum", "cairn_gateway_batch_size_count", "cairn_gateway_anchor_latency_seconds_sum"]
                .map { "\($0.replacingOccurrences(of: "cairn_gateway_", with: "")) \(Bench.metric($0, in: finalMetrics) ?? 0)" }.joined(separator: ", "))
            if mode == .single { try reportAllowance(heights: statuses.map { $0.height }) }

            let prefix = "gateway.anchor \(mode.rawValue)"
            // Names fit the table's 72 columns; the README says how each is measured.
            let shape = mode == .batch ? "\(requests) in batches of \(plan.batchSize)" : "\(requests), one transaction each"
            return [
                Result(name: "\(prefix): entries anchored (\(shape))", value: rate, unit: "entries/s", iterations: requests, seconds: elapsed),
                Result(name: "\(prefix): requests accepted (POST /v1/anchors, \(plan.clients) conns)",
                       value: Double(requests) / acceptSeconds, unit: "requests/s", iterations: requests, seconds: acceptSeconds),
                Result(name: "\(prefix): transaction bytes per entry (\(chain.transactions) transactions)", value: Double(chain.bytes) / Double(requests),
                       unit: "B", iterations: chain.transactions, seconds: 0),
                Result(name: "\(prefix): gas per entry", value: Double(chain.gas) / Double(requests), unit: "gas", iterations: chain.transactions, seconds: 0),
            ]
        }

        /// What the gateway's Inbox transactions in `first...last` cost: count, encoded bytes, gas used, and
        /// what they paid (gas used × effective gas price, plus the Inbox fee sent as value) in CAIRN;
        /// `missing` lists anchoring transactions named by statuses but found in no block.
        func chainCost(from first: UInt64, to last: UInt64, anchoredIn anchoring: Set<String>) throws
            -> (transactions: Int, unsuccessful: Int, bytes: Int, gas: Int, gasRange: ClosedRange<Int>, costlier: Int, paid: Double, missing: Set<String>)
        {
            let inbox = genesis.contracts.inbox.address
            let gatewayAddress = Address(publicKey: gatewayKey.publicKey)
            var missing = anchoring
            var transactions = 0, unsuccessful = 0, bytes = 0, gas = 0
            var fees = 0.0
            var least = Int.max, most = 0
            var used: [Int] = []
            guard first <= last else { return (0, 0, 0, 0, 0...0, 0, 0, missing) }
            for height in first...last {
                let block = try rpc.callBlocking("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), true])
                for tx in block["transactions"]?.array ?? [] {
                    guard let from = tx["from"]?.string.flatMap({ try? Address($0) }), from == gatewayAddress,
                        let to = tx["to"]?.string.flatMap({ try? Address($0) }), to == inbox
                    else { continue }
                    let rebuilt = try Transaction(
                        chainID: LocalDevnet.quantity(tx["chainId"]), nonce: LocalDevnet.quantity(tx["nonce"]),
                        maxPriorityFeePerGas: Self.amount(tx["maxPriorityFeePerGas"]), maxFeePerGas: Self.amount(tx["maxFeePerGas"]),
                        gasLimit: LocalDevnet.quantity(tx["gas"]), to: to, value: Self.amount(tx["value"]),
                        data: Hex.decode((tx["input"]?.string ?? "0x").dropFirst(2))
                    ).signed(with: gatewayKey)
                    let hash = "0x" + Hex.encode(rebuilt.hash)
                    guard hash == tx["hash"]?.string?.lowercased() else { throw BenchError("transaction \(tx["hash"] ?? "?") does not rebuild to its hash") }
                    missing.remove(hash)
                    let gasUsed = try LocalDevnet.quantity(tx["gasUsed"])
                    transactions += 1
                    if tx["cairnStatus"]?.string != "success" { unsuccessful += 1 }
                    bytes += rebuilt.raw.count
                    gas += Int(gasUsed)
                    least = min(least, Int(gasUsed))
                    most = max(most, Int(gasUsed))
                    used.append(Int(gasUsed))
                    fees += (Double(gasUsed) * Double(try Self.amount(tx["gasPrice"])) + Double(rebuilt.transaction.value)) / 1e18
                }
            }
            // Transactions well above the cheapest: in single mode, the ones past the sender's base allowance,
            // for which Inbox makes a nested Staking.stakeOf call.
            let costlier = used.filter { $0 > min(least, most) + 50_000 }.count
            return (transactions, unsuccessful, bytes, gas, min(least, most)...most, costlier, fees, missing)
        }

        static func amount(_ value: JSONValue?) throws -> UInt128 {
            guard let hex = value?.string, hex.hasPrefix("0x"), let number = UInt128(hex.dropFirst(2), radix: 16) else {
                throw BenchError("expected a hex amount, got \(value.map(\.description) ?? "nothing")")
            }
            return number
        }

        // MARK: The allowance

        /// Bonds `plan.bond` CAIRN from the gateway's account (a genesis validator, so `Staking.bond`),
        /// so that Inbox's per-sender allowance is not what bounds the single run.
        func bondForSingleMode(_ plan: AnchoringPlan) throws {
            let before = try allowance()
            guard plan.bond > 0 else {
                progress("gateway: single: no bond; Inbox allows \(before.limit) anchorings per 100-block window")
                return
            }
            let address = Address(publicKey: gatewayKey.publicKey).checksummed
            let nonce = try LocalDevnet.quantity(rpc.callBlocking("eth_getTransactionCount", [.string(address), "pending"]))
            let bond = try Transaction(
                chainID: genesis.chainId, nonce: nonce, maxPriorityFeePerGas: FeeMarket.gwei, maxFeePerGas: 100 * FeeMarket.gwei,
                gasLimit: 1_000_000, to: genesis.contracts.staking.address, value: UInt128(plan.bond) * 1_000_000_000_000_000_000,
                data: ContractCall(method: "bond").canonicalBytes
            ).signed(with: gatewayKey)
            _ = try rpc.callBlocking("eth_sendRawTransaction", [.string("0x" + Hex.encode(bond.raw))])
            let deadline = ContinuousClock.now + .seconds(30)
            while true {
                let receipt = try rpc.callBlocking("eth_getTransactionReceipt", [.string("0x" + Hex.encode(bond.hash))])
                if !receipt.isNull {
                    guard receipt["status"]?.string == "0x1" else { throw BenchError("Staking.bond failed: \(receipt)") }
                    break
                }
                guard ContinuousClock.now < deadline else { throw BenchError("Staking.bond not in a block after 30 s") }
                Thread.sleep(forTimeInterval: 0.05)
            }
            let after = try allowance()
            progress("gateway: single: bonded \(plan.bond) CAIRN; Inbox's allowance for the gateway went from \(before.limit) to "
                     + "\(after.limit) anchorings per 100-block window")
        }

        /// Inbox's `allowance(gateway)` in the current window.
        func allowance() throws -> (used: Int, limit: Int) {
            var args = CanonicalWriter()
            args.writeFixed(Address(publicKey: gatewayKey.publicKey).bytes)
            let answer = try rpc.callBlocking("cairn_call", [
                ["to": .string(genesis.contracts.inbox.address.description), "method": "allowance", "args": .string("0x" + Hex.encode(args.bytes))],
                "latest",
            ])
            guard answer["status"]?.string == "success", let output = answer["output"]?.string,
                let bytes = try? Hex.decode(output.dropFirst(2)), bytes.count == 8
            else { throw BenchError("Inbox.allowance answered \(answer)") }
            return (bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }, bytes[4..<8].reduce(0) { $0 << 8 | Int($1) })
        }

        /// How close the single run came to the allowance: the most entries in one 100-block window.
        func reportAllowance(heights: [UInt64]) throws {
            let window = UInt64(100)
            let perWindow = Dictionary(grouping: heights, by: { $0 - $0 % window }).mapValues(\.count)
            let busiest = perWindow.values.max() ?? 0
            let beyondBase = perWindow.values.map { max(0, $0 - 100) }.reduce(0, +)
            let limit = try allowance().limit
            progress("gateway: single: at most \(busiest) entries in one 100-block window (\(perWindow.count) windows, \(beyondBase) entries "
                     + "past the first 100 of theirs); the allowance is \(limit)")
        }
    }

    /// The user and system CPU seconds process `pid` has used so far (`/proc/PID/stat`), nil if it is gone.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let end = text.lastIndex(of: ")") else { return nil }
        // From the state (field 3) on; utime and stime are fields 14 and 15, in clock ticks.
        let fields = text[text.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The value of an unlabelled Prometheus line `name value`.
    static func metric(_ name: String, in text: String) -> Int? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.dropFirst(name.count + 1)).map { Int($0) }
        }
        return nil
    }

    /// A child process of the release `cairn` binary: its output in a log file, its stdin /dev/null,
    /// in this process's group (a ^C reaches it too). Stopped with SIGTERM, then SIGKILL; always reaped.
    final class ChildProcess: Sendable {
        let name: String
        let pid: pid_t
        let log: URL
        /// The wait status once reaped.
        private let exitStatus = Mutex<Int32?>(nil)

        private init(name: String, pid: pid_t, log: URL) {
            self.name = name
            self.pid = pid
            self.log = log
        }

        /// Spawned with posix_spawn rather than Foundation's `Process`, like the devnet's CLI calls:
        /// descriptors above stderr are not passed on, and the child is reaped with `waitpid`.
        static func spawn(_ binary: URL, _ arguments: [String], name: String, log: URL, home: URL) throws -> ChildProcess {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
                guard let fd = Int32(entry), fd > 2 else { continue }
                let flags = fcntl(fd, F_GETFD)
                if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
            }
            var environment = ProcessInfo.processInfo.environment
            // Nothing the child does by default may land in the user's ~/.cairn.
            environment["CAIRN_HOME"] = home.path
            let argv: [UnsafeMutablePointer<CChar>?] = ([binary.path] + arguments).map { strdup($0) } + [nil]
            let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { for pointer in argv + envp { free(pointer) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, envp)
            guard spawned == 0 else { throw BenchError("cannot run \(binary.path): \(String(cString: strerror(spawned)))") }
            return ChildProcess(name: name, pid: pid, log: log)
        }

        var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        /// Whether it still runs; reaps it if it has exited.
        var isRunning: Bool {
            exitStatus.withLock { status in
                guard status == nil else { return false }
                var raw: Int32 = 0
                let reaped = waitpid(pid, &raw, WNOHANG)
                if reaped == pid { status = raw }
                return reaped == 0
            }
        }

        /// Waits until the output has a line starting with `prefix`, and returns the rest of that line.
        func waitForLine(_ prefix: String, timeout: Duration) throws -> String {
            let deadline = ContinuousClock.now + timeout
            while true {
                if let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) { return String(line.dropFirst(prefix.count)) }
                guard isRunning else { throw BenchError("\(name) exited before printing '\(prefix)': \(output.suffix(600))") }
                guard ContinuousClock.now < deadline else { throw BenchError("\(name) printed no '\(prefix)' within \(timeout)") }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }

        /// SIGTERM, then SIGKILL if it still runs after `grace`. Idempotent.
        func stop(grace: Duration = .seconds(10)) {
            guard isRunning else { return }
            kill(pid, SIGTERM)
            let deadline = ContinuousClock.now + grace
            while isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
            guard isRunning else { return }
            progress("gateway: \(name) (pid \(pid)) ignored SIGTERM for \(grace); killing it")
            kill(pid, SIGKILL)
            exitStatus.withLock { status in
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                status = raw
            }
        }
    }
}
