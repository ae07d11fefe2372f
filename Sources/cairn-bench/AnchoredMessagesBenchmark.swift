import CairnBlobs
import CairnChain
import CairnCrypto
import CairnRPC
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Anchored messages end to end (issue 9's goal: at least 5,000 a second with batching on a 4-validator
/// devnet): real envelopes sealed by `Session`s, put to the devnet's gateway as CAR files and anchored
/// under their session tags through signed requests sent in bulk. The clock runs from the first upload
/// until the block holding the last entry is committed; then every request must be `anchored`, and every
/// (tag, CID) must be in exactly one batch on-chain, found through the batch manifests the chain names.
extension Bench {
    /// The phase's figures, by the start of their names.
    enum AnchoredFigure: String, CaseIterable {
        case messages = "devnet.anchored messages end to end"
        case accepted = "devnet.anchored requests accepted"
        case blocks = "devnet.anchored blocks"
        case bytes = "devnet.anchored transaction bytes per message"
        case gas = "devnet.anchored gas per message"
        case cpu = "devnet.anchored gateway CPU per message"
        case recover = "devnet.anchored baseline: raw C secp256k1 recover"
        case sqlite = "devnet.anchored baseline: raw SQLite insert"
    }

    /// The knobs (`CAIRN_BENCH_ANCHORED_*`).
    struct AnchoredPlan {
        var messages = Int(DevnetPlan.env("CAIRN_BENCH_ANCHORED_MESSAGES") ?? 60_000)
        /// Sessions, dev account 2k to 2k+1 (at most 4: the dev accounts are 0 to 9 and 9 pays).
        var sessions = Int(DevnetPlan.env("CAIRN_BENCH_ANCHORED_SESSIONS") ?? 4)
        /// Messages per request: one CAR file of envelopes, then one bulk of their anchoring requests.
        var bulk = Int(DevnetPlan.env("CAIRN_BENCH_ANCHORED_BULK") ?? 1_000)
        /// Client threads, each on its own keep-alive connection.
        var clients = Int(DevnetPlan.env("CAIRN_BENCH_ANCHORED_CLIENTS") ?? 4)
        /// How many envelopes of each session its recipient reads back and opens.
        var readBack = 50
    }

    static func measureAnchoredMessages(_ devnet: LocalDevnet) throws -> [Result] {
        let plan = AnchoredPlan()
        guard plan.messages > 0, (1...4).contains(plan.sessions), (1...4_096).contains(plan.bulk), plan.clients > 0 else {
            throw BenchError("CAIRN_BENCH_ANCHORED_*: messages and clients positive, 1 to 4 sessions, bulks of 1 to 4,096")
        }
        let clock = ContinuousClock()
        let manifest = try JSONValue(parsing: Data(contentsOf: devnet.directory.devnet.appendingPathComponent("devnet.json")))
        guard let port = manifest["gatewayURL"]?.string.flatMap(URL.init(string:))?.port else { throw BenchError("devnet.json names no gateway") }
        let chainID = devnet.genesis.chainId
        let now = UInt64(Date().timeIntervalSince1970)

        // Untimed: sessions, envelopes, signatures, and the request bodies.
        let prepared = clock.now
        let pairs = try establishSessions(plan.sessions, keys: try devnet.accounts(2 * plan.sessions), chainID: chainID, now: now)
        let perPair = try onThreads(plan.sessions, threads: 2) { range in
            try range.map { try sealMessages((plan.messages + plan.sessions - 1 - $0) / plan.sessions, pair: pairs[$0], label: $0, chainID: chainID, now: now) }
        }
        // Interleaved, so that every bulk holds messages of every session.
        let messages = (0..<plan.messages).map { perPair[$0 % plan.sessions][$0 / plan.sessions] }
        let bodies = stride(from: 0, to: messages.count, by: plan.bulk).map { start -> (car: [UInt8], anchors: [UInt8], count: Int) in
            let slice = messages[start..<min(start + plan.bulk, messages.count)]
            return (CARv1.encode(roots: slice.map(\.cid), blocks: slice.map { ($0.cid, $0.envelope) }), JSONValue.array(slice.map(\.request)).encoded(),
                    slice.count)
        }
        progress(String(format: "devnet: anchored, %d messages sealed and signed in %.1f s (%d sessions, %d B envelopes); %d bulks of %d on %d connections",
                        messages.count, seconds(clock.now - prepared), plan.sessions, messages[0].envelope.count, bodies.count, plan.bulk, plan.clients))

        let poller = HTTPConnection(port: port)
        let startHeight = try devnet.height(of: 0)
        let watcher = HeightWatcher(devnet.nodes[0], from: startHeight)
        defer { watcher.stop() }
        let gatewayPid = LocalDevnet.pid(in: devnet.directory.devnet.appendingPathComponent("gateway"), process: "gateway")
        let processes = [("gateway", gatewayPid ?? 0), ("cairn-bench", getpid())] + (0..<devnet.nodes.count).map { ("node \($0)", (try? devnet.pid(of: $0)) ?? 0) }
        let cpuAtStart = processes.map { cpuSeconds($0.1) }

        let start = clock.now
        let accepted = try onThreads(bodies.count, threads: plan.clients) { indices in
            let connection = HTTPConnection(port: port)
            for index in indices {
                let body = bodies[index]
                let stored = try connection.request("POST", "/v1/blobs", body: body.car, contentType: CARv1.mediaType)
                guard stored.status == 200, (try? JSONValue(parsing: stored.body))?["stored"]?.integer == Int64(body.count) else {
                    throw BenchError("POST /v1/blobs (CAR) answered \(stored.status): \(stored.text.prefix(400))")
                }
                let queued = try connection.request("POST", "/v1/anchors/bulk", body: body.anchors, contentType: "application/json")
                guard queued.status == 200, (try? JSONValue(parsing: queued.body))?["accepted"]?.integer == Int64(body.count) else {
                    throw BenchError("POST /v1/anchors/bulk answered \(queued.status): \(queued.text.prefix(400))")
                }
            }
            return [clock.now]
        }
        let acceptSeconds = seconds(accepted.max()! - start)
        let cpuAtAccepted = processes.map { cpuSeconds($0.1) }

        // Done when the last request each connection sent is anchored: the anchorer takes requests in the
        // order they were queued, so every earlier one is in the same batch or an earlier one. (Polling
        // /metrics instead would count blobs with a full scan of the store, a load of its own.)
        let threads = max(1, min(plan.clients, bodies.count))
        let sentinels = (0..<threads).map { messages[min(plan.messages, (bodies.count * ($0 + 1) / threads) * plan.bulk) - 1].id }
        var waiting = Set(sentinels)
        let deadline = clock.now + .seconds(120)
        while !waiting.isEmpty {
            for id in waiting {
                let json = try? JSONValue(parsing: try poller.request("GET", "/v1/anchors/\(id)").body)
                if json?["status"]?.string == "anchored" { waiting.remove(id) }
            }
            guard clock.now < deadline else { throw BenchError("the last requests sent are not anchored 120 s after they were accepted") }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let confirmedAt = clock.now
        let cpuAtConfirmed = processes.map { cpuSeconds($0.1) }
        progress("devnet: anchored, the last requests are anchored; reading every status and the chain")

        // Every request anchored, in batch mode; the last block holding one ends the timed span.
        let heights = try retrying(times: 20, every: 0.1) { try statusHeights(messages, port: port, clients: plan.clients) }
        let lastHeight = heights.max()!
        guard let committedAt = watcher.seen(lastHeight, within: .seconds(2)) else { throw BenchError("the watcher never saw block \(lastHeight)") }
        let elapsed = seconds(committedAt - start)
        let audit = try auditAnchoring(devnet, port: port, from: startHeight + 1, to: lastHeight, payer: try devnet.accounts(10)[9],
                                       expected: messages.map { InboxBatchEntry(tag: $0.tag, cid: $0.cid.bytes) })
        for (index, pair) in pairs.enumerated() {
            try readBack(perPair[index], pair: pair, count: plan.readBack, port: port)
        }
        let recover = rawRecoverRate(), sqlite = try rawSQLiteInsertRate(rowSize: messages[0].envelope.count, perTransaction: plan.bulk)

        let rate = Double(plan.messages) / elapsed
        func cores(_ from: [Double?], _ to: [Double?], over span: Double) -> String {
            zip(processes, zip(from, to)).map { process, pair in
                "\(process.0) " + (pair.0.flatMap { a in pair.1.map { b in String(format: "%.2f", (b - a) / span) } } ?? "?")
            }.joined(separator: ", ")
        }
        progress(String(format: "devnet: anchored, %d messages accepted in %.2f s (%.0f /s), all in blocks %.2f s after the first upload (%.0f /s); "
                        + "%d blocks, %d transactions (%d unsuccessful), %d batches holding %d entries; %.2f B and %.0f gas per message",
                        plan.messages, acceptSeconds, Double(plan.messages) / acceptSeconds, elapsed, rate, Int(lastHeight - startHeight),
                        audit.transactions, audit.unsuccessful, audit.batches, audit.entriesOnChain,
                        Double(audit.bytes) / Double(plan.messages), Double(audit.gas) / Double(plan.messages)))
        // The gateway is the first process listed.
        let gatewayCPU = (cpuAtConfirmed[0] ?? 0) - (cpuAtStart[0] ?? 0)
        progress(String(format: "devnet: anchored, the gateway's CPU time per message: %.0f µs (%.2f s for %d)",
                        gatewayCPU / Double(plan.messages) * 1e6, gatewayCPU, plan.messages))
        progress("devnet: anchored, cores busy while uploading: " + cores(cpuAtStart, cpuAtAccepted, over: acceptSeconds)
                 + "; from the last upload to all anchored: " + cores(cpuAtAccepted, cpuAtConfirmed, over: max(0.001, seconds(confirmedAt - accepted.max()!))))
        progress(String(format: "devnet: anchored, same run: raw C secp256k1 recover %.0f /s (one core), raw SQLite insert %.0f rows/s", recover, sqlite))

        // Names fit the table's 72 columns; the README says how each is measured.
        let recoverName = "\(AnchoredFigure.recover.rawValue) (one core)"
        let sqliteName = "\(AnchoredFigure.sqlite.rawValue) (\(messages[0].envelope.count) B, \(plan.bulk) a commit)"
        let headline = Result(
            name: "\(AnchoredFigure.messages.rawValue) (\(plan.messages) in bulks of \(plan.bulk), \(plan.sessions) sessions)",
            value: rate, unit: "messages/s", iterations: plan.messages, seconds: elapsed, baseline: recoverName, ratio: rate / recover)
        return [
            headline,
            Result(name: "\(AnchoredFigure.accepted.rawValue) (CAR and bulk, \(plan.clients) conns)",
                   value: Double(plan.messages) / acceptSeconds, unit: "requests/s", iterations: plan.messages, seconds: acceptSeconds,
                   baseline: sqliteName, ratio: Double(plan.messages) / acceptSeconds / sqlite),
            Result(name: "\(AnchoredFigure.blocks.rawValue) (first upload to last entry)", value: Double(lastHeight - startHeight), unit: "blocks",
                   iterations: audit.transactions, seconds: elapsed),
            Result(name: "\(AnchoredFigure.bytes.rawValue) (\(audit.transactions) transactions)", value: Double(audit.bytes) / Double(plan.messages),
                   unit: "B", iterations: audit.transactions, seconds: 0),
            Result(name: AnchoredFigure.gas.rawValue, value: Double(audit.gas) / Double(plan.messages), unit: "gas", iterations: audit.transactions, seconds: 0),
            Result(name: "\(AnchoredFigure.cpu.rawValue) (first upload to all anchored)", value: gatewayCPU / Double(plan.messages) * 1e6,
                   unit: "µs", iterations: plan.messages, seconds: gatewayCPU),
            Result(name: recoverName, value: recover, unit: "ops/s", iterations: 0, seconds: 0),
            Result(name: sqliteName, value: sqlite, unit: "rows/s", iterations: 0, seconds: 0),
        ]
    }

    /// The block height of every message's anchoring, as `GET /v1/anchors/{id}` answers; throws unless
    /// every one is `anchored`, in batch mode.
    static func statusHeights(_ messages: [AnchoredMessage], port: Int, clients: Int) throws -> [UInt64] {
        try onThreads(messages.count, threads: clients) { range in
            let connection = HTTPConnection(port: port)
            return try range.map { i -> UInt64 in
                let reply = try connection.request("GET", "/v1/anchors/\(messages[i].id)")
                let json = try? JSONValue(parsing: reply.body)
                guard reply.status == 200, json?["status"]?.string == "anchored", json?["mode"]?.string == "batch", let height = json?["height"]?.integer
                else { throw BenchError("request \(messages[i].id) is not anchored in batch mode: \(reply.status) \(reply.text)") }
                return UInt64(height)
            }
        }
    }

    /// `body`, tried again `every` seconds while it throws, at most `times` times.
    static func retrying<T>(times: Int, every interval: Double, _ body: () throws -> T) throws -> T {
        for _ in 1..<times {
            if let value = try? body() { return value }
            Thread.sleep(forTimeInterval: interval)
        }
        return try body()
    }
}
