import CairnBlobs
import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import CairnState
import Foundation
import Logging
import Synchronization

/// How the gateway turns queued requests into Inbox transactions.
public struct AnchoringConfiguration: Sendable {
    /// One transaction per request, or batches.
    public var mode: AnchorMode
    /// A batch closes when it has this many requests…
    public var batchSize: Int
    /// …or when its oldest request has waited this long.
    public var batchDelay: Duration
    /// Submissions waiting for a block at once (the node's mempool holds 64 per sender).
    public var maxInFlight: Int
    /// How often the queue and the chain are looked at.
    public var pollInterval: Duration
    /// A version not yet in a block is sent again after this long (the node may have restarted and lost
    /// its mempool).
    public var resendAfter: Duration

    public init(mode: AnchorMode = .batch, batchSize: Int = 1_000, batchDelay: Duration = .milliseconds(500), maxInFlight: Int = 32,
                pollInterval: Duration = .milliseconds(100), resendAfter: Duration = .seconds(3)) {
        precondition(batchSize >= 1 && batchSize <= InboxBatch.maximumEntries && maxInFlight >= 1 && maxInFlight <= 64)
        self.mode = mode
        self.batchSize = batchSize
        self.batchDelay = batchDelay
        self.maxInFlight = maxInFlight
        self.pollInterval = pollInterval
        self.resendAfter = resendAfter
    }
}

/// Why anchoring stopped making progress (it retries; these are reported in metrics and logs).
public enum AnchorerError: Error, Equatable, Sendable, CustomStringConvertible {
    case node(NodeLinkError)
    case store(String)
    /// The node is on another chain than the queue's requests were signed for.
    case wrongChain(queue: UInt64, node: UInt64)
    /// The node answered something that cannot be right (a receipt without the anchor's output).
    case malformed(String)

    public var description: String {
        switch self {
        case let .node(error): "\(error)"
        case let .store(detail): detail
        case let .wrongChain(queue, node): "the anchor queue is for chain \(queue) but the node is on chain \(node)"
        case let .malformed(detail): "unexpected answer from the node: \(detail)"
        }
    }
}

/// Works the anchor queue: forms single or batch submissions, signs them with the gateway's key,
/// stores each signed version before sending it, sends and resends, and records what the chain did
/// with each (anchored, or its requests back in the queue). See `AnchorStore` for why nothing is
/// anchored twice. Every step is idempotent, so a crash at any point is recovered by the next pass.
public final class Anchorer: Sendable {
    public let configuration: AnchoringConfiguration
    public let address: Address
    let store: AnchorStore
    let blobs: BlobStore
    let node: NodeLink
    let metrics: AnchorMetrics
    private let key: Secp256k1.PrivateKey
    private let logger: Logger
    private let clock: @Sendable () -> UInt64

    private struct State {
        var nextNonce: UInt64?
        var lastHead: UInt64?
        var sent: [[UInt8]: ContinuousClock.Instant] = [:]
        var fees: InboxFees?
        var task: Task<Void, Never>?
    }

    private let state = Mutex(State())

    /// Inbox's fees, from its config slot.
    struct InboxFees {
        let entry: UInt128
        let batch: UInt128
    }

    public init(store: AnchorStore, blobs: BlobStore, node: NodeLink, key: Secp256k1.PrivateKey,
                configuration: AnchoringConfiguration = AnchoringConfiguration(), metrics: AnchorMetrics = AnchorMetrics(),
                clock: @escaping @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970) },
                logger: Logger = Logger(label: "cairn.gateway.anchorer")) {
        self.store = store
        self.blobs = blobs
        self.node = node
        self.key = key
        self.address = Address(publicKey: key.publicKey)
        self.configuration = configuration
        self.metrics = metrics
        self.clock = clock
        self.logger = logger
    }

    /// Starts working the queue in the background until `stop`.
    public func start() {
        state.withLock { state in
            guard state.task == nil else { return }
            state.task = Task { [self] in
                while !Task.isCancelled {
                    do {
                        try await pass()
                    } catch {
                        metrics.nodeError("\(error)")
                        logger.warning("anchoring: \(error)")
                        // The node is down or refusing: wait longer before asking again.
                        try? await Task.sleep(for: .seconds(1))
                    }
                    try? await Task.sleep(for: configuration.pollInterval)
                }
            }
        }
    }

    public func stop() async {
        let task = state.withLock { state -> Task<Void, Never>? in
            defer { state.task = nil }
            return state.task
        }
        task?.cancel()
        await task?.value
    }

    /// One pass: confirm what the chain holds, resend what it does not, form new submissions.
    public func pass() async throws(AnchorerError) {
        let facts = try await nodeCall { () throws(NodeLinkError) in try await node.facts() }
        do {
            if let queued = try store.chainID() {
                guard queued == facts.chainID else { throw AnchorerError.wrongChain(queue: queued, node: facts.chainID) }
            } else {
                try store.setChainID(facts.chainID)
            }
        } catch let error as AnchorStoreError {
            throw .store(error.description)
        } catch let error as AnchorerError {
            throw error
        } catch {
            throw .store("\(error)")
        }
        let head = try await quantity("eth_blockNumber", [])
        let headMoved = state.withLock { state in
            defer { state.lastHead = head }
            return state.lastHead != head
        }
        var pending = try storeCall { () throws(AnchorStoreError) in try store.pending() }
        if headMoved && !pending.isEmpty {
            try await confirm(pending, facts: facts)
            pending = try storeCall { () throws(AnchorStoreError) in try store.pending() }
            // Only versions still pending need their send times.
            let live = Set(pending.flatMap { $0.versions.map(\.hash) })
            state.withLock { $0.sent = $0.sent.filter { live.contains($0.key) } }
        }
        try await resend(pending, facts: facts)
        try await form(inFlight: pending.count, facts: facts)
    }

    // MARK: Confirming

    private func confirm(_ pending: [AnchorStore.Pending], facts: ChainFacts) async throws(AnchorerError) {
        // The nonce is read before the receipts: a nonce spent by then has its receipt by then too.
        let spent = try await quantity("eth_getTransactionCount", [.string(address.description), "latest"])
        for submission in pending {
            var found = false
            for version in submission.versions.reversed() {
                let receipt = try await nodeCall { () throws(NodeLinkError) in
                    try await node.call("eth_getTransactionReceipt", [.string("0x" + Hex.encode(version.hash))])
                }
                guard !receipt.isNull else { continue }
                found = true
                try record(submission, version: version, receipt: receipt)
                break
            }
            if !found && submission.nonce < spent {
                let requeued = try storeCall { () throws(AnchorStoreError) in
                    try store.failed(submission.id, reason: "nonce \(submission.nonce) was spent by another transaction")
                }
                metrics.failed()
                // Someone else uses this account: ask the node for the nonce again rather than guess.
                state.withLock { $0.nextNonce = nil }
                logger.warning("nonce \(submission.nonce) was spent by another transaction; \(requeued) requests queued again")
            }
        }
    }

    private func record(_ submission: AnchorStore.Pending, version: AnchorStore.Version, receipt: JSONValue) throws(AnchorerError) {
        guard let height = receipt["blockNumber"].flatMap(NodeLink.quantity) else { throw .malformed("a receipt without blockNumber") }
        guard receipt["status"]?.string == "0x1" else {
            let reason = receipt["cairnStatus"]?.string ?? "reverted"
            let requeued = try storeCall { () throws(AnchorStoreError) in try store.failed(submission.id, reason: reason) }
            metrics.failed()
            logger.warning("submission with nonce \(submission.nonce) failed in block \(height) (\(reason)); \(requeued) requests queued again")
            return
        }
        // Both anchor and anchorBatch return the new sequence number.
        guard let output = receipt["output"]?.string, let bytes = try? Hex.decode(output.dropHexPrefix), bytes.count == 8 else {
            throw .malformed("an Inbox receipt whose output is not a u64")
        }
        let seq = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let nowMilliseconds = Self.milliseconds()
        let anchored = try storeCall { () throws(AnchorStoreError) in
            try store.anchored(submission.id, height: height, seq: seq, transaction: version.hash, now: nowMilliseconds)
        }
        // Retention: what is anchored is kept for the anchored period, not swept as unanchored.
        let cids = (anchored.requests.map(\.cid) + (anchored.manifest.map { [$0] } ?? [])).compactMap { try? CID(bytes: $0) }
        do { try blobs.markAnchored(cids, at: clock()) } catch { logger.warning("cannot mark anchored blobs: \(error)") }
        metrics.anchored(latenciesMilliseconds: anchored.requests.map { max(0, nowMilliseconds - $0.receivedMilliseconds) })
    }

    // MARK: Sending

    private func resend(_ pending: [AnchorStore.Pending], facts: ChainFacts) async throws(AnchorerError) {
        let now = ContinuousClock.now
        for submission in pending {
            guard let version = submission.versions.last else { continue }
            let due = state.withLock { state in state.sent[version.hash].map { now - $0 >= configuration.resendAfter } ?? true }
            guard due else { continue }
            // A version is resent in nonce order; one that cannot go in yet holds back those after it.
            guard try await send(version, submission: submission, facts: facts) else { return }
        }
    }

    /// Sends one version; false when the ones after it should wait (a gap, or the node refusing).
    private func send(_ version: AnchorStore.Version, submission: AnchorStore.Pending, facts: ChainFacts) async throws(AnchorerError) -> Bool {
        do {
            _ = try await node.call("eth_sendRawTransaction", [.string("0x" + Hex.encode(version.raw))])
        } catch let error {
            guard case let .refused(_, message) = error else { throw .node(error) }
            if message.contains("already known") || message.contains("underpriced") || message.contains("already used") {
                // In the mempool already, or its nonce spent: the next confirmation settles it.
            } else if message.contains("below the base fee") {
                // The base fee rose past this version's cap: sign the same nonce again at today's price.
                return try await reprice(submission, over: version, facts: facts)
            } else {
                metrics.nodeError(message)
                logger.warning("the node refused the submission with nonce \(submission.nonce): \(message)")
                return false
            }
        }
        state.withLock { $0.sent[version.hash] = ContinuousClock.now }
        return true
    }

    private func reprice(_ submission: AnchorStore.Pending, over version: AnchorStore.Version, facts: ChainFacts) async throws(AnchorerError) -> Bool {
        let old: SignedTransaction
        do { old = try SignedTransaction(raw: version.raw) } catch { throw .store("a stored version does not decode: \(error)") }
        let price = try await prices()
        var transaction = old.transaction
        // A replacement must pay 10% more in both fields; 12.5% leaves room for rounding.
        transaction.maxPriorityFeePerGas = max(price.tip, old.transaction.maxPriorityFeePerGas + old.transaction.maxPriorityFeePerGas / 8 + 1)
        transaction.maxFeePerGas = max(price.cap, old.transaction.maxFeePerGas + old.transaction.maxFeePerGas / 8 + 1)
        let signed = try sign(transaction)
        let newVersion = AnchorStore.Version(hash: signed.hash, raw: signed.raw, maxFeePerGas: transaction.maxFeePerGas)
        try storeCall { () throws(AnchorStoreError) in try store.addVersion(newVersion, to: submission.id) }
        return try await send(newVersion, submission: submission, facts: facts)
    }

    // MARK: Forming

    private func form(inFlight: Int, facts: ChainFacts) async throws(AnchorerError) {
        var room = configuration.maxInFlight - inFlight
        guard room > 0 else { return }
        var waiting = try storeCall { () throws(AnchorStoreError) in try store.waitingSummary() }
        guard waiting.count > 0 else { return }
        if configuration.mode == .batch && waiting.count < configuration.batchSize {
            let age = Self.milliseconds() - (waiting.oldestMilliseconds ?? Self.milliseconds())
            guard age >= Self.milliseconds(configuration.batchDelay) else { return }
        }
        // Inbox limits anchorings per sender per window; what is in flight will count against it too.
        room = min(room, try await allowanceLeft(facts: facts) - inFlight)
        guard room > 0 else { return }
        let fees = try await inboxFees(facts: facts)
        let price = try await prices()
        var nonce = try await nextNonce()
        // Singles differ only in tag and CID: one estimate serves the whole pass (see `gasLimit`).
        var singleGas: UInt64?
        while room > 0 && waiting.count > 0 {
            let take = configuration.mode == .batch ? configuration.batchSize : 1
            let requests = try storeCall { () throws(AnchorStoreError) in try store.waiting(limit: take) }
            guard !requests.isEmpty else { break }
            let data: [UInt8]
            var manifestCID: [UInt8]?
            var value = fees.entry
            var writer = CanonicalWriter()
            if configuration.mode == .batch {
                let batch = InboxBatch(requests.map { InboxBatchEntry(tag: $0.tag, cid: $0.cid) })
                // The manifest is stored before the root goes on-chain, so every anchored root has one.
                let cid: CID
                do { cid = try blobs.put(batch.manifest, now: clock()) } catch { throw .store("cannot store a batch manifest: \(error)") }
                manifestCID = cid.bytes
                writer.writeFixed(batch.root)
                writer.writeUInt32(UInt32(batch.entries.count))
                writer.writeBytes(cid.bytes)
                data = ContractCall(method: "anchorBatch", args: writer.bytes).canonicalBytes
                value = fees.batch
            } else {
                writer.writeFixed(requests[0].tag)
                writer.writeBytes(requests[0].cid)
                data = ContractCall(method: "anchor", args: writer.bytes).canonicalBytes
            }
            let gas: UInt64
            if configuration.mode == .single, let known = singleGas {
                gas = known
            } else {
                gas = Self.gasLimit(estimate: try await estimateGas(to: facts.inbox, value: value, data: data))
                if configuration.mode == .single { singleGas = gas }
            }
            let transaction = Transaction(
                chainID: facts.chainID, nonce: nonce, maxPriorityFeePerGas: price.tip, maxFeePerGas: price.cap, gasLimit: gas,
                to: facts.inbox, value: value, data: data)
            let signed = try sign(transaction)
            let version = AnchorStore.Version(hash: signed.hash, raw: signed.raw, maxFeePerGas: price.cap)
            let now = Self.milliseconds()
            try storeCall { () throws(AnchorStoreError) in
                try store.submit(requests: requests.map(\.id), nonce: nonce, mode: configuration.mode, version: version, manifest: manifestCID, now: now)
            }
            metrics.submitted(configuration.mode, size: requests.count)
            nonce += 1
            state.withLock { $0.nextNonce = nonce }
            let pending = AnchorStore.Pending(id: 0, nonce: transaction.nonce, mode: configuration.mode, versions: [version])
            guard try await send(version, submission: pending, facts: facts) else { return }
            room -= 1
            waiting.count -= requests.count
            if configuration.mode == .batch && waiting.count < configuration.batchSize {
                let age = Self.milliseconds() - (try storeCall { () throws(AnchorStoreError) in try store.waitingSummary() }.oldestMilliseconds ?? Self.milliseconds())
                guard age >= Self.milliseconds(configuration.batchDelay) else { return }
            }
        }
    }

    /// The next nonce: past both what the node has seen from us and every nonce the queue ever used.
    private func nextNonce() async throws(AnchorerError) -> UInt64 {
        if let known = state.withLock({ $0.nextNonce }) { return known }
        let node = try await quantity("eth_getTransactionCount", [.string(address.description), "pending"])
        let stored = try storeCall { () throws(AnchorStoreError) in try store.highestNonce() }
        let next = max(node, stored.map { $0 + 1 } ?? 0)
        state.withLock { $0.nextNonce = next }
        return next
    }

    private func allowanceLeft(facts: ChainFacts) async throws(AnchorerError) -> Int {
        var writer = CanonicalWriter()
        writer.writeFixed(address.bytes)
        let answer = try await nodeCall { () throws(NodeLinkError) in
            try await node.call("cairn_call", [
                ["to": .string(facts.inbox.description), "method": "allowance", "args": .string("0x" + Hex.encode(writer.bytes)),
                 "from": .string(address.description)], "latest",
            ])
        }
        guard answer["status"]?.string == "success", let output = answer["output"]?.string, let bytes = try? Hex.decode(output.dropHexPrefix),
            bytes.count == 8
        else { throw .malformed("Inbox.allowance answered \(answer)") }
        let used = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let limit = bytes[4..<8].reduce(0) { $0 << 8 | Int($1) }
        return max(0, limit - used)
    }

    private func inboxFees(facts: ChainFacts) async throws(AnchorerError) -> InboxFees {
        if let fees = state.withLock({ $0.fees }) { return fees }
        let key = StateKey.storage(facts.inbox, [0x00])
        let answer = try await nodeCall { () throws(NodeLinkError) in try await node.call("cairn_getProof", [.string("0x" + Hex.encode(key.bytes))]) }
        // Config: staking addr ‖ entryFee u128 ‖ batchFee u128 ‖ …
        guard let text = answer["value"]?.string, let config = try? Hex.decode(text.dropHexPrefix), config.count >= 52 else {
            throw .malformed("Inbox has no config")
        }
        func amount(_ offset: Int) -> UInt128 { config[offset..<offset + 16].reduce(UInt128(0)) { $0 << 8 | UInt128($1) } }
        let fees = InboxFees(entry: amount(20), batch: amount(36))
        state.withLock { $0.fees = fees }
        return fees
    }

    private func prices() async throws(AnchorerError) -> (tip: UInt128, cap: UInt128) {
        let gasPrice = try await quantity("eth_gasPrice", [])
        let tip = try await quantity("eth_maxPriorityFeePerGas", [])
        // Twice the next base fee, as wallets do: room for several full blocks before it is repriced.
        return (UInt128(tip), UInt128(gasPrice) * 2)
    }

    private func estimateGas(to: Address, value: UInt128, data: [UInt8]) async throws(AnchorerError) -> UInt64 {
        try await quantity("eth_estimateGas", [[
            "from": .string(address.description), "to": .string(to.description), "value": .string("0x" + String(value, radix: 16)),
            "data": .string("0x" + Hex.encode(data)),
        ]])
    }

    /// The gas limit to sign for an estimate. Storage costs depend on what is stored when the
    /// transaction runs, not when it was estimated; and once a window's base allowance is used, Inbox also
    /// calls `Staking.stakeOf`, which makes an anchoring cost about 1.8 times as much, and up to 32
    /// submissions in flight can cross that line after their estimate. Unused gas is not paid for.
    static func gasLimit(estimate: UInt64) -> UInt64 { estimate * 2 + 10_000 }

    private func sign(_ transaction: Transaction) throws(AnchorerError) -> SignedTransaction {
        do { return try transaction.signed(with: key) } catch { throw .store("cannot sign: \(error)") }
    }

    // MARK: Helpers

    private func quantity(_ method: String, _ params: JSONValue) async throws(AnchorerError) -> UInt64 {
        let answer = try await nodeCall { () throws(NodeLinkError) in try await node.call(method, params) }
        guard let value = NodeLink.quantity(answer) else { throw .malformed("\(method) answered \(answer)") }
        return value
    }

    private func nodeCall<T>(_ body: () async throws(NodeLinkError) -> T) async throws(AnchorerError) -> T {
        do { return try await body() } catch { throw .node(error) }
    }

    @discardableResult
    private func storeCall<T>(_ body: () throws(AnchorStoreError) -> T) throws(AnchorerError) -> T {
        do { return try body() } catch { throw .store(error.description) }
    }

    static func milliseconds() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
