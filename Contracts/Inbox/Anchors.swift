// Inbox's storage (README, "Storage") and the per-window rate limit.

/// Typed access to Inbox's maps.
enum Anchors {
    private static let configMap: UInt8 = 0x00
    private static let headMap: UInt8 = 0x01
    private static let entryMap: UInt8 = 0x02
    private static let batchCountMap: UInt8 = 0x03
    private static let batchMap: UInt8 = 0x04
    private static let usageMap: UInt8 = 0x05
    /// The most entries or batches one read returns.
    static let pageLimit: UInt32 = 256

    static func config() -> InboxConfig {
        guard let config = Storage.get([configMap], as: InboxConfig.self) else { Host.revert("corrupt state") }
        return config
    }

    static func setConfig(_ config: InboxConfig) {
        Storage.set([configMap], config)
    }

    /// The number of entries under `tag`, which is also the next entry's seq.
    static func head(_ tag: [UInt8]) -> UInt64 {
        Storage.uint64(Storage.key(headMap, tag))
    }

    static func append(_ entry: Entry, tag: [UInt8]) {
        Storage.set(Storage.key(entryMap, tag, entry.seq.encoded), entry)
        Storage.set(Storage.key(headMap, tag), entry.seq + 1)
    }

    static func entry(_ tag: [UInt8], seq: UInt64) -> Entry {
        guard let entry = Storage.get(Storage.key(entryMap, tag, seq.encoded), as: Entry.self) else {
            Host.revert("corrupt state")
        }
        return entry
    }

    static func batchCount() -> UInt64 {
        Storage.uint64([batchCountMap])
    }

    static func append(_ batch: Batch) {
        Storage.set(Storage.key(batchMap, batch.seq.encoded), batch)
        Storage.set([batchCountMap], batch.seq + 1)
    }

    static func batch(_ seq: UInt64) -> Batch? {
        Storage.get(Storage.key(batchMap, seq.encoded), as: Batch.self)
    }

    /// `sender`'s usage in the window holding the current height (zero if it has not anchored there).
    static func usage(_ sender: Address, config: InboxConfig) -> Usage {
        let windowStart = config.windowStart(of: Host.blockHeight())
        if let stored = Storage.get(Storage.key(usageMap, sender.bytes), as: Usage.self),
           stored.windowStart == windowStart {
            return stored
        }
        return Usage(windowStart: windowStart, used: 0)
    }

    static func setUsage(_ sender: Address, _ usage: Usage) {
        Storage.set(Storage.key(usageMap, sender.bytes), usage)
    }

    /// `sender`'s usage after one more anchor; reverts "rate limited" when its allowance is spent.
    /// Staking is asked only once the allowance every sender has is used up.
    static func charge(_ sender: Address, config: InboxConfig) -> Usage {
        var usage = usage(sender, config: config)
        let unstakedLimit = min(config.baseAllowance, config.maxAllowance)
        if usage.used >= unstakedLimit && usage.used >= limit(for: sender, config: config) {
            Host.revert("rate limited")
        }
        usage.used += 1
        return usage
    }

    /// Anchors per window for `sender`, from its stake in Staking.
    static func limit(for sender: Address, config: InboxConfig) -> UInt32 {
        guard case .success(let answer) = Host.call(contract: config.staking, method: "stakeOf", args: sender.bytes)
        else { Host.revert("staking unavailable") }
        let stake = UInt128.decode(answer, failure: "staking unavailable")
        return config.limit(stake: stake)
    }
}
