import CairnClient
import CairnCrypto
import CairnRPC
import Foundation

/// Messaging end to end on the devnet: two `Messenger`s in this process (alice and bob, dev accounts 1 and
/// 2), each registered with a published bundle, talking through the devnet's gateway and node 0. It times
/// what a user waits for: from `send(wait: false)` until the recipient's `sync()` first returns the message
/// (the gateway's batch delay, one block, the proved inbox read, the decryption), and a burst end to end.
/// Everything goes through the client library as an app would; nothing reaches into the gateway or a node.
extension Bench {
    /// The devnet messaging figures, by the start of their names.
    enum MessagingFigure: String, CaseIterable {
        case latencyP50 = "devnet.messaging send-to-inbox p50"
        case latencyP99 = "devnet.messaging send-to-inbox p99"
        case send = "devnet.messaging send() call p50"
        case idleSync = "devnet.messaging sync() with nothing new p50"
        case burst = "devnet.messaging burst, messages end to end"
        case blockInterval = "devnet.messaging block interval during the latency run"
    }

    /// `CAIRN_BENCH_MESSAGING=0` skips the devnet messaging phase; `only` runs the messaging set and nothing
    /// else (the ratchet and session cases with their baseline, and that phase on its own devnet); a
    /// `CAIRN_BENCH_FILTER` that matches none of its figures skips the phase.
    static var messagingSelection: Selection {
        let environment = ProcessInfo.processInfo.environment
        switch environment["CAIRN_BENCH_MESSAGING"] {
        case "0": return .skip
        case "only": return .only
        default:
            if let filter = environment["CAIRN_BENCH_FILTER"], !MessagingFigure.allCases.contains(where: { $0.rawValue.contains(filter) }) {
                return .skip
            }
            return .include
        }
    }

    /// Which phases a devnet run holds: with `CAIRN_BENCH_MESSAGING=only`, messaging alone; with a filter,
    /// the phases with a figure it matches; otherwise consensus, then messaging (unless
    /// `CAIRN_BENCH_MESSAGING=0`), then anchored messages (unless `CAIRN_BENCH_ANCHORED=0`).
    static var devnetPhases: (consensus: Bool, messaging: Bool, anchored: Bool) {
        let messaging = messagingSelection
        guard messaging != .only else { return (false, true, false) }
        let environment = ProcessInfo.processInfo.environment
        let anchored = environment["CAIRN_BENCH_ANCHORED"] != "0"
        if let filter = environment["CAIRN_BENCH_FILTER"] {
            func matches(_ names: [String]) -> Bool { names.contains { $0.contains(filter) } }
            return (matches(DevnetFigure.allCases.map(\.rawValue)), messaging != .skip && matches(MessagingFigure.allCases.map(\.rawValue)),
                    anchored && matches(AnchoredFigure.allCases.map(\.rawValue)))
        }
        return (true, messaging != .skip, anchored)
    }

    /// The knobs: sequential messages timed one by one, and the burst.
    struct MessagingPlan {
        var messages = Int(DevnetPlan.env("CAIRN_BENCH_MESSAGING_COUNT") ?? 100)
        var burst = Int(DevnetPlan.env("CAIRN_BENCH_MESSAGING_BURST") ?? 200)
        /// Between two of the recipient's syncs while it waits: short, so that polling adds little.
        var pollInterval = Duration.milliseconds(20)
        /// A message not in the inbox this long after it was sent has been lost: the run fails.
        var patience = Duration.seconds(60)
    }

    /// Runs the messaging phase on a running devnet and returns its figures.
    static func measureMessagingDevnet(_ devnet: LocalDevnet) throws -> [Result] {
        let plan = MessagingPlan()
        guard plan.messages > 0, plan.burst > 0 else { throw BenchError("CAIRN_BENCH_MESSAGING_COUNT and _BURST must be positive") }
        return try runBlocking { try await measureMessaging(on: devnet, plan: plan) }
    }

    static func measureMessaging(on devnet: LocalDevnet, plan: MessagingPlan) async throws -> [Result] {
        let clock = ContinuousClock()
        let manifest = try JSONValue(parsing: Data(contentsOf: devnet.directory.devnet.appendingPathComponent("devnet.json")))
        guard let gateway = manifest["gatewayURL"]?.string.flatMap(URL.init(string:)) else {
            throw BenchError("devnet.json names no gateway (gatewayURL)")
        }
        let endpoints = MessengerEndpoints(gateway: gateway, node: devnet.nodes[0].url)
        // The devnet's own genesis (validators and contracts as `devnet up` wrote them): the light client's root.
        let chain = try ChainContext(genesisFile: devnet.directory.devnet.appendingPathComponent("genesis.json"))
        let keys = try devnet.accounts(3)
        let (aliceKey, bobKey) = (keys[1], keys[2])
        progress("devnet: messaging, registering alice and bob (dev accounts 1 and 2) with their bundles")
        let alice = try await registeredMessenger("alice", key: aliceKey, chain: chain, endpoints: endpoints, devnet: devnet)
        let bob = try await registeredMessenger("bob", key: bobKey, chain: chain, endpoints: endpoints, devnet: devnet)

        // Warm-up: the first message starts the session (X3DH, first-contact tag), the reply steps the ratchet.
        let hello = try await alice.send(Array("hello bob".utf8), to: bob.address, account: aliceKey, wait: false)
        _ = try await syncUntil(bob, "bob", received: [hello.messageID], plan: plan)
        let reply = try await bob.send(Array("hello alice".utf8), to: alice.address, account: bobKey, wait: false)
        _ = try await syncUntil(alice, "alice", received: [reply.messageID], plan: plan)

        progress("devnet: messaging, \(plan.messages) sequential messages alice→bob, bob polling every \(Int(seconds(plan.pollInterval) * 1_000)) ms")
        var latencies: [Double] = [], sendTimes: [Double] = []
        let startHeight = try devnet.height(of: 0)
        let start = clock.now
        for index in 0..<plan.messages {
            let sent = clock.now
            let report = try await alice.send(Array("message \(index)".utf8), to: bob.address, account: aliceKey, wait: false)
            sendTimes.append(seconds(clock.now - sent) * 1_000)
            let arrived = try await syncUntil(bob, "bob", received: [report.messageID], plan: plan)
            latencies.append(seconds(arrived - sent) * 1_000)
        }
        let elapsed = seconds(clock.now - start)
        let blocks = try devnet.height(of: 0) - startHeight
        guard blocks > 0 else { throw BenchError("no block in \(Int(elapsed)) s of messaging") }
        let blockInterval = elapsed * 1_000 / Double(blocks)

        // Nothing new: what a client pays per poll (first-contact tags and the session's tags, each proved).
        var idle: [Double] = []
        for _ in 0..<50 {
            let before = clock.now
            let report = try await bob.sync()
            if report.received.isEmpty { idle.append(seconds(clock.now - before) * 1_000) }
            try await Task.sleep(for: plan.pollInterval)
        }
        guard !idle.isEmpty else { throw BenchError("bob's syncs kept receiving messages nobody sent") }

        progress("devnet: messaging, a burst of \(plan.burst) alice→bob")
        let burstStart = clock.now
        var burstIDs = Set<[UInt8]>()
        for index in 0..<plan.burst {
            burstIDs.insert(try await alice.send(Array("burst \(index)".utf8), to: bob.address, account: aliceKey, wait: false).messageID)
        }
        let sendingDone = clock.now
        let burstEnd = try await syncUntil(bob, "bob", received: burstIDs, plan: plan)
        let burstSeconds = seconds(burstEnd - burstStart)
        let burstRate = Double(plan.burst) / burstSeconds

        latencies.sort()
        sendTimes.sort()
        idle.sort()
        let (p50, p99) = (percentile(latencies, 0.5), percentile(latencies, 0.99))
        progress(String(format: "devnet: messaging send-to-inbox p50 %.0f ms, p99 %.0f ms, max %.0f ms; send() p50 %.0f ms; idle sync() p50 %.0f ms; "
                        + "a block every %.0f ms; burst: %d sent in %.1f s, all in bob's inbox after %.1f s: %.1f messages/s",
                        p50, p99, latencies.last ?? 0, percentile(sendTimes, 0.5), percentile(idle, 0.5), blockInterval,
                        plan.burst, seconds(sendingDone - burstStart), burstSeconds, burstRate))
        let interval = Result(name: "\(MessagingFigure.blockInterval.rawValue) (node 0, \(blocks) blocks)", value: blockInterval, unit: "ms",
                              iterations: Int(blocks), seconds: elapsed)
        let suffix = "(send(wait: false) until bob's sync() returns it, \(plan.messages) sequential, \(devnet.nodes.count) validators)"
        func againstBlocks(_ result: Result) -> Result {
            var result = result
            result.baseline = interval.name
            result.ratio = result.value / blockInterval
            return result
        }
        return [
            interval,
            againstBlocks(Result(name: "\(MessagingFigure.latencyP50.rawValue) \(suffix)", value: p50, unit: "ms", iterations: plan.messages, seconds: elapsed)),
            againstBlocks(Result(name: "\(MessagingFigure.latencyP99.rawValue) \(suffix)", value: p99, unit: "ms", iterations: plan.messages, seconds: elapsed)),
            Result(name: "\(MessagingFigure.send.rawValue) (wait: false: bundles read and proved, seal, blob put, anchor request)",
                   value: percentile(sendTimes, 0.5), unit: "ms", iterations: sendTimes.count, seconds: sendTimes.reduce(0, +) / 1_000),
            Result(name: "\(MessagingFigure.idleSync.rawValue) (bob, one session)", value: percentile(idle, 0.5), unit: "ms",
                   iterations: idle.count, seconds: idle.reduce(0, +) / 1_000),
            Result(name: "\(MessagingFigure.burst.rawValue) (\(plan.burst) sent back to back, first send to all in bob's inbox)",
                   value: burstRate, unit: "messages/s", iterations: plan.burst, seconds: burstSeconds),
        ]
    }

    /// A primary-device store for dev account `key`, its identity registered as `handle` and a bundle with
    /// five one-time prekeys published. The store's KDF is cheap (1 pass, 8 MiB): unlocking it is not measured.
    static func registeredMessenger(
        _ handle: String, key: Secp256k1.PrivateKey, chain: ChainContext, endpoints: MessengerEndpoints, devnet: LocalDevnet
    ) async throws -> Messenger {
        let identityKey = Ed25519.PrivateKey()
        let messenger = try await Messenger.create(
            at: devnet.directory.base.appendingPathComponent("messaging/\(handle).store").path, passphrase: "cairn-bench \(handle)",
            kdf: try Argon2id.Parameters(opsLimit: 1, memLimit: 8 << 20), chain: chain, address: Address(publicKey: key.publicKey),
            deviceName: "primary", deviceKey: identityKey, identityKey: identityKey, endpoints: endpoints)
        try await messenger.register(handle: handle, account: key)
        try await messenger.publishBundle(oneTime: 5, rotate: false, identityKey: identityKey, account: key)
        return messenger
    }

    /// Syncs `reader` (pausing `plan.pollInterval` between syncs) until it has received every id in `ids`;
    /// returns when the sync that completed them returned. A rejected entry or a lost message throws.
    static func syncUntil(_ reader: Messenger, _ name: String, received ids: Set<[UInt8]>, plan: MessagingPlan) async throws
        -> ContinuousClock.Instant
    {
        let clock = ContinuousClock()
        let deadline = clock.now + plan.patience
        var missing = ids
        while true {
            let report = try await reader.sync()
            if let rejected = report.rejected.first { throw BenchError("\(name) rejected \(rejected.cid): \(rejected.reason)") }
            for message in report.received { missing.remove(message.messageID) }
            if missing.isEmpty { return clock.now }
            guard clock.now < deadline else {
                throw BenchError("\(missing.count) of \(ids.count) messages not in \(name)'s inbox \(plan.patience) after the wait began")
            }
            try await Task.sleep(for: plan.pollInterval)
        }
    }

    /// The `p` quantile of `sorted` (ascending, not empty): the smallest value with at least `p` of them at or below it.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted[max(0, min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
    }
}
