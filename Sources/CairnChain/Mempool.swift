import CairnCrypto
import CairnState
import CairnVM

/// Transactions waiting for a block: per sender in nonce order, across senders by what they pay.
///
/// Only transactions that could run next (no nonce gaps) and that the sender can pay for (value plus
/// maximum fee of everything it has queued) are admitted, so selecting a block never meets a
/// transaction that is bound to fail its checks. After each block, `prune` drops what the block
/// made stale.
public final class Mempool {
    /// Bounds and the replacement rule.
    public struct Config: Sendable, Equatable {
        public var maxTransactions = 10_000
        public var maxPerSender = 64
        public var maxBytes = 64 << 20
        /// A replacement must raise both the fee cap and the tip by at least this many percent.
        public var replacementBumpPercent: UInt128 = 10

        public init() {}
    }

    public let config: Config
    private var queues: [Address: [SignedTransaction]] = [:]  // each sorted by nonce, no gaps
    private var byHash: [[UInt8]: SignedTransaction] = [:]
    public private(set) var byteCount = 0

    public init(config: Config = Config()) {
        self.config = config
    }

    public var count: Int { byHash.count }

    public func contains(hash: [UInt8]) -> Bool { byHash[hash] != nil }

    /// The queued transaction with this hash.
    public func transaction(hash: [UInt8]) -> SignedTransaction? { byHash[hash] }

    /// The nonce the sender's next new transaction must carry.
    public func nextNonce(of sender: Address, state: StateStore) throws -> UInt64 {
        let base = try WorldState(state).account(sender).nonce
        return base + UInt64(queues[sender]?.count ?? 0)
    }

    /// How `add` placed a transaction.
    public enum Admission: Equatable, Sendable {
        case added
        /// It replaced the queued transaction with this hash (same sender and nonce, higher fees).
        case replaced([UInt8])
    }

    /// Admits a transaction, or says why not; a refused transaction changes nothing.
    @discardableResult
    public func add(_ tx: SignedTransaction, rules: ChainRules, state: StateStore) throws -> Admission {
        guard byHash[tx.hash] == nil else { throw MempoolError.alreadyKnown }
        try tx.checkStateless(rules: rules)
        let account = try WorldState(state).account(tx.sender)
        var queue = queues[tx.sender] ?? []
        // Queues start at the account's nonce because `prune` runs after every block.
        let nonce = tx.transaction.nonce
        guard nonce >= account.nonce else {
            throw TransactionError.nonceTooLow(expected: account.nonce, got: nonce)
        }
        let position = Int(nonce - account.nonce)
        guard position <= queue.count else {
            throw TransactionError.nonceTooHigh(expected: account.nonce + UInt64(queue.count), got: nonce)
        }

        var replaced: SignedTransaction?
        if position < queue.count {
            let old = queue[position]
            guard Self.bumped(tx.transaction.maxFeePerGas, over: old.transaction.maxFeePerGas, config.replacementBumpPercent),
                Self.bumped(tx.transaction.maxPriorityFeePerGas, over: old.transaction.maxPriorityFeePerGas, config.replacementBumpPercent)
            else { throw MempoolError.replacementUnderpriced(percent: Int(config.replacementBumpPercent)) }
            replaced = old
            queue[position] = tx
        } else {
            guard queue.count < config.maxPerSender else { throw MempoolError.senderQueueFull(limit: config.maxPerSender) }
            queue.append(tx)
        }

        // The sender must afford everything it has queued, at the fee caps.
        var total: UInt128 = 0
        for queued in queue {
            guard let cost = queued.maximumCost else {
                throw TransactionError.insufficientFunds(needed: .max, available: account.balance)
            }
            let (sum, overflow) = total.addingReportingOverflow(cost)
            guard !overflow, sum <= account.balance else {
                throw TransactionError.insufficientFunds(needed: overflow ? .max : sum, available: account.balance)
            }
            total = sum
        }

        let bytesAfter = byteCount + tx.raw.count - (replaced?.raw.count ?? 0)
        if replaced == nil, byHash.count >= config.maxTransactions || bytesAfter > config.maxBytes {
            try makeRoom(for: tx, baseFee: rules.baseFee)
        }

        queues[tx.sender] = queue
        byHash[tx.hash] = tx
        byteCount += tx.raw.count
        if let replaced {
            byHash[replaced.hash] = nil
            byteCount -= replaced.raw.count
            return .replaced(replaced.hash)
        }
        return .added
    }

    /// When full, evicts the last transaction of the sender paying least, if the newcomer pays more.
    /// Evicting from the tail keeps every queue gap-free.
    private func makeRoom(for tx: SignedTransaction, baseFee: UInt128) throws {
        var cheapest: (sender: Address, tip: UInt128)?
        for (sender, queue) in queues where sender != tx.sender {
            guard let last = queue.last else { continue }
            let tip = last.effectiveTip(baseFee: baseFee)
            if cheapest == nil || tip < cheapest!.tip || (tip == cheapest!.tip && sender > cheapest!.sender) {
                cheapest = (sender, tip)
            }
        }
        guard let cheapest, cheapest.tip < tx.effectiveTip(baseFee: baseFee) else { throw MempoolError.full }
        let evicted = queues[cheapest.sender]!.removeLast()
        if queues[cheapest.sender]!.isEmpty { queues[cheapest.sender] = nil }
        byHash[evicted.hash] = nil
        byteCount -= evicted.raw.count
    }

    private static func bumped(_ new: UInt128, over old: UInt128, _ percent: UInt128) -> Bool {
        let (scaled, overflow) = old.multipliedReportingOverflow(by: 100 + percent)
        return overflow ? false : new * 100 >= scaled
    }

    /// Transactions for the next block: each sender's in nonce order, the sender whose next transaction
    /// tips most first (ties by hash, so every node orders alike), until `gasLimit` is used up.
    public func select(gasLimit: UInt64, baseFee: UInt128, maxCount: Int = .max) -> [SignedTransaction] {
        // A max-heap of each sender's next transaction: O(n log s) rather than rescanning every sender per pick.
        var heap = CandidateHeap(baseFee: baseFee)
        for queue in queues.values { heap.push(queue[0], position: 0) }
        var chosen: [SignedTransaction] = []
        var gasLeft = gasLimit
        while chosen.count < maxCount, let (next, position) = heap.pop() {
            if next.transaction.gasLimit > gasLeft || next.transaction.maxFeePerGas < baseFee {
                // Its later nonces cannot go before it: the whole sender waits for another block.
                continue
            }
            chosen.append(next)
            gasLeft -= next.transaction.gasLimit
            if let queue = queues[next.sender], position + 1 < queue.count { heap.push(queue[position + 1], position: position + 1) }
        }
        return chosen
    }

    /// Drops a transaction a block could not include, with the sender's later ones (they wait on its nonce).
    public func remove(hash: [UInt8]) {
        guard let tx = byHash[hash], var queue = queues[tx.sender],
            let position = queue.firstIndex(where: { $0.hash == hash })
        else { return }
        for dropped in queue[position...] {
            byHash[dropped.hash] = nil
            byteCount -= dropped.raw.count
        }
        queue.removeSubrange(position...)
        queues[tx.sender] = queue.isEmpty ? nil : queue
    }

    /// After a block: drops transactions whose nonce was used, and any queue tail the sender can no
    /// longer pay for.
    public func prune(state: StateStore) throws {
        for (sender, queue) in queues {
            let account = try WorldState(state).account(sender)
            var kept: [SignedTransaction] = []
            var total: UInt128 = 0
            for tx in queue where tx.transaction.nonce >= account.nonce {
                guard tx.transaction.nonce == account.nonce + UInt64(kept.count), let cost = tx.maximumCost else { break }
                let (sum, overflow) = total.addingReportingOverflow(cost)
                guard !overflow, sum <= account.balance else { break }
                total = sum
                kept.append(tx)
            }
            let keptHashes = Set(kept.map(\.hash))
            for tx in queue where !keptHashes.contains(tx.hash) {
                byHash[tx.hash] = nil
                byteCount -= tx.raw.count
            }
            queues[sender] = kept.isEmpty ? nil : kept
        }
    }
}

/// Why the mempool refused a transaction (besides the transaction's own `TransactionError`s).
public enum MempoolError: Error, Equatable, Sendable, CustomStringConvertible {
    case alreadyKnown
    case replacementUnderpriced(percent: Int)
    case senderQueueFull(limit: Int)
    case full

    public var description: String {
        switch self {
        case .alreadyKnown: "transaction already known"
        case .replacementUnderpriced(let percent):
            "replacement transaction underpriced: raise the fee cap and tip by at least \(percent)%"
        case .senderQueueFull(let limit): "this sender already has \(limit) transactions waiting"
        case .full: "the mempool is full and this transaction pays less than any waiting one"
        }
    }
}

/// Senders' next transactions, best first: highest effective tip, ties by lowest hash (so every node orders alike).
private struct CandidateHeap {
    let baseFee: UInt128
    private var items: [(tip: UInt128, tx: SignedTransaction, position: Int)] = []

    init(baseFee: UInt128) {
        self.baseFee = baseFee
    }

    private func before(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (items[a], items[b])
        return x.tip != y.tip ? x.tip > y.tip : x.tx.hash.lexicographicallyPrecedes(y.tx.hash)
    }

    mutating func push(_ tx: SignedTransaction, position: Int) {
        items.append((tx.effectiveTip(baseFee: baseFee), tx, position))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard before(child, parent) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (SignedTransaction, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < items.count && before(left, best) { best = left }
            if right < items.count && before(right, best) { best = right }
            guard best != parent else { break }
            items.swapAt(parent, best)
            parent = best
        }
        return (top.tx, top.position)
    }
}
