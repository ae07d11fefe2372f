// Slashing's storage (README, "Storage"), its calls into Staking, init and the reads.

/// Typed access to Slashing's maps.
enum Registry {
    private static let configMap: UInt8 = 0x00
    private static let missedMap: UInt8 = 0x01
    private static let offenceMap: UInt8 = 0x02
    private static let slashCountMap: UInt8 = 0x03
    private static let slashRingMap: UInt8 = 0x04
    /// How many slash records `slashes()` keeps.
    static let ringSize: UInt64 = 256

    static func config() -> SlashingConfig {
        guard let config = Storage.get([configMap], as: SlashingConfig.self) else { Host.revert("corrupt state") }
        return config
    }

    static func setConfig(_ config: SlashingConfig) {
        Storage.set([configMap], config)
    }

    static func missed(_ validator: Address) -> Missed? {
        Storage.get(Storage.key(missedMap, validator.bytes), as: Missed.self)
    }

    static func setMissed(_ validator: Address, _ missed: Missed) {
        Storage.set(Storage.key(missedMap, validator.bytes), missed)
    }

    /// Whether this offence (a key's vote kind, height and round) was already punished.
    static func isUsed(offence: [UInt8]) -> Bool {
        Storage.has(Storage.key(offenceMap, offence))
    }

    static func markUsed(offence: [UInt8]) {
        Storage.set(Storage.key(offenceMap, offence), [])
    }

    /// Appends to the ring of recent slashes, overwriting the oldest once it holds `ringSize`.
    static func record(_ record: SlashRecord) {
        let count = Storage.uint64([slashCountMap])
        Storage.set(ringKey(count), record)
        Storage.set([slashCountMap], count + 1)
    }

    /// The most recent `ringSize` slashes, oldest first.
    static func recentSlashes() -> [SlashRecord] {
        let count = Storage.uint64([slashCountMap])
        var records: [SlashRecord] = []
        var index = count > ringSize ? count - ringSize : 0
        while index < count {
            guard let record = Storage.get(ringKey(index), as: SlashRecord.self) else { Host.revert("corrupt state") }
            records.append(record)
            index += 1
        }
        return records
    }

    private static func ringKey(_ index: UInt64) -> [UInt8] {
        Storage.key(slashRingMap, UInt16(truncatingIfNeeded: index % ringSize).encoded)
    }
}

/// Staking's answers, through nested calls to the address in the config.
enum StakingCalls {
    /// The operator of `consensusKey`, or nil if no validator has it.
    static func validator(byKey consensusKey: [UInt8], staking: Address) -> Address? {
        var reader = Reader(read(staking, "validatorByKey", consensusKey), failure: "staking unavailable")
        let operatorAddress = reader.readOptional { $0.readAddress() }
        reader.finish()
        return operatorAddress
    }

    /// Whether Staking has tombstoned `validator` (false if it does not know it).
    static func isTombstoned(_ validator: Address, staking: Address) -> Bool {
        var reader = Reader(read(staking, "validator", validator.bytes), failure: "staking unavailable")
        // Validator: operator 20, key 32, commission 2, self stake 16, delegated 16, jailedUntil 8,
        // then the tombstone flag, then slashedTotal 16 (Contracts/Staking/README.md).
        let tombstoned = reader.readOptional { reader -> Bool in
            _ = reader.readFixed(20 + 32 + 2 + 16 + 16 + 8)
            let flag = reader.readBool()
            _ = reader.readUInt128()
            return flag
        }
        reader.finish()
        return tombstoned ?? false
    }

    /// Staking.slash; on refusal the reason Staking gave, if any.
    static func slash(
        _ validator: Address, bps: UInt16, jailBlocks: UInt64, tombstone: Bool, staking: Address
    ) -> CallOutcome {
        var args = Writer()
        args.writeAddress(validator)
        args.writeUInt16(bps)
        args.writeUInt64(jailBlocks)
        args.writeBool(tombstone)
        return Host.call(contract: staking, method: "slash", args: args.bytes)
    }

    private static func read(_ staking: Address, _ method: StaticString, _ args: [UInt8]) -> [UInt8] {
        guard case .success(let answer) = Host.call(contract: staking, method: method, args: args) else {
            Host.revert("staking unavailable")
        }
        return answer
    }
}

/// Slashing.init(staking, doubleSignSlashBps, downtimeSlashBps, window, minSignedBps, downtimeJailBlocks, maxEvidenceAge).
@_expose(wasm, "init") @_cdecl("init") public func initialize() {
    let config = Host.arguments(SlashingConfig.self)
    let maxBps: UInt16 = 10_000
    if config.doubleSignSlashBps > maxBps || config.downtimeSlashBps > maxBps || config.minSignedBps > maxBps
        || config.window == 0 {
        Host.revert("bad config")
    }
    Registry.setConfig(config)
}

/// Slashing.missed(validator addr) -> {windowStart u64, missed u64} for the current window.
@_expose(wasm, "missed") @_cdecl("missed") public func missed() {
    let validator = Host.arguments(Address.self)
    requireNoValue()
    let windowStart = Registry.config().windowStart(of: Host.blockHeight())
    var current = Missed(windowStart: windowStart, missed: 0)
    if let stored = Registry.missed(validator), stored.windowStart == windowStart { current = stored }
    Host.setReturn(current)
}

/// Slashing.slashes() -> [Record]: the most recent 256, oldest first.
@_expose(wasm, "slashes") @_cdecl("slashes") public func slashes() {
    Host.arguments().finish()
    requireNoValue()
    Host.setReturn(Registry.recentSlashes())
}

/// Reverts when a method that takes no value is sent some: nothing here could pay it back.
func requireNoValue() {
    if Host.value() != 0 { Host.revert("not payable") }
}
