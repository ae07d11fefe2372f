// Staking's storage maps (README, "Storage"). Reads size their buffers to the value they expect:
// `slash` walks up to 512 stakers in one call, and the SDK's bump heap never frees, so a generic
// 256-byte read per value would spend most of the 2 MiB memory on buffers.

/// Typed access to every map Staking keeps.
enum Ledger {
    private static let configMap: UInt8 = 0x00
    private static let validatorMap: UInt8 = 0x01
    private static let keyMap: UInt8 = 0x02
    private static let operatorsMap: UInt8 = 0x03
    private static let stakeIndexMap: UInt8 = 0x04
    private static let stakerCountMap: UInt8 = 0x05
    private static let delegatedToMap: UInt8 = 0x06
    private static let unbondingMap: UInt8 = 0x07
    private static let stakeMap: UInt8 = 0x08

    // MARK: config and validators

    static func config() -> StakingConfig {
        guard let config = Storage.get([configMap], as: StakingConfig.self) else { Host.revert("corrupt state") }
        return config
    }

    static func setConfig(_ config: StakingConfig) {
        Storage.set([configMap], config)
    }

    static func validator(_ operatorAddress: Address) -> Validator? {
        guard let bytes = load(key(validatorMap, operatorAddress.bytes), capacity: Validator.byteCount) else { return nil }
        return Validator.decode(bytes, failure: "corrupt state")
    }

    static func isValidator(_ operatorAddress: Address) -> Bool {
        Storage.has(key(validatorMap, operatorAddress.bytes))
    }

    static func save(_ validator: Validator) {
        Storage.set(key(validatorMap, validator.operatorAddress.bytes), validator)
    }

    static func operatorOf(key consensusKey: [UInt8]) -> Address? {
        guard let bytes = load(key(keyMap, consensusKey), capacity: 20) else { return nil }
        guard let address = Address(bytes) else { Host.revert("corrupt state") }
        return address
    }

    static func setOperator(_ operatorAddress: Address, forKey consensusKey: [UInt8]) {
        Storage.set(key(keyMap, consensusKey), operatorAddress.bytes)
    }

    /// Every registered operator, in registration order.
    static func operators() -> [Address] {
        addresses(Storage.get([operatorsMap]) ?? [])
    }

    static func setOperators(_ operators: [Address]) {
        Storage.set([operatorsMap], concatenated(operators))
    }

    // MARK: stakes: one record per account with a delegation to a validator or an entry from it

    /// Where `account`'s stake with `validator` sits in the validator's dense list, if it has one.
    static func stakeIndex(of account: Address, with validator: Address) -> UInt32? {
        guard let bytes = load(key(stakeIndexMap, validator.bytes, account.bytes), capacity: 4) else { return nil }
        return UInt32.decode(bytes, failure: "corrupt state")
    }

    static func stakerCount(_ validator: Address) -> UInt32 {
        guard let bytes = load(key(stakerCountMap, validator.bytes), capacity: 4) else { return 0 }
        return UInt32.decode(bytes, failure: "corrupt state")
    }

    static func stake(with validator: Address, at index: UInt32) -> Stake {
        guard let bytes = load(stakeKey(validator, index), capacity: Stake.byteCount),
              let stake = Stake(record: bytes) else { Host.revert("corrupt state") }
        return stake
    }

    static func setStake(_ stake: Stake, with validator: Address, at index: UInt32) {
        Storage.set(stakeKey(validator, index), stake.record)
    }

    /// `account`'s delegation to `validator` (0 if none).
    static func delegation(to validator: Address, from account: Address) -> UInt128 {
        guard let index = stakeIndex(of: account, with: validator) else { return 0 }
        return stake(with: validator, at: index).delegation
    }

    /// Appends a new staker's record; the caller has checked the 512 bound.
    static func addStake(_ stake: Stake, with validator: Address) {
        let count = stakerCount(validator)
        setStake(stake, with: validator, at: count)
        Storage.set(key(stakeIndexMap, validator.bytes, stake.staker.bytes), count)
        Storage.set(key(stakerCountMap, validator.bytes), count + 1)
    }

    /// Removes the record at `index` by moving the last one into its slot, keeping indices dense.
    static func removeStake(with validator: Address, at index: UInt32) {
        let removed = stake(with: validator, at: index)
        let last = stakerCount(validator) - 1
        if index != last {
            let moved = stake(with: validator, at: last)
            setStake(moved, with: validator, at: index)
            Storage.set(key(stakeIndexMap, validator.bytes, moved.staker.bytes), index)
        }
        Storage.delete(stakeKey(validator, last))
        Storage.delete(key(stakeIndexMap, validator.bytes, removed.staker.bytes))
        Storage.set(key(stakerCountMap, validator.bytes), last)
    }

    /// The validators `account` has delegated to (≤ 16), so that `stakeOf` needs no per-account
    /// total that every slash would have to rewrite. May list validators a slash emptied.
    static func delegatedTo(_ account: Address) -> [Address] {
        addresses(load(key(delegatedToMap, account.bytes), capacity: 4 * 20) ?? [])
    }

    static func setDelegatedTo(_ account: Address, _ validators: [Address]) {
        let listKey = key(delegatedToMap, account.bytes)
        if validators.isEmpty {
            Storage.delete(listKey)
        } else {
            Storage.set(listKey, concatenated(validators))
        }
    }

    // MARK: unbonding entries

    static func unbonding(_ account: Address) -> [UnbondingEntry] {
        // Most accounts hold an entry or two; longer lists cost a second, exact read.
        guard let bytes = load(key(unbondingMap, account.bytes), capacity: 2 * UnbondingEntry.byteCount) else {
            return []
        }
        var entries: [UnbondingEntry] = []
        entries.reserveCapacity(bytes.count / UnbondingEntry.byteCount)
        var reader = Reader(bytes, failure: "corrupt state")
        while !reader.isAtEnd { entries.append(UnbondingEntry(from: &reader)) }
        return entries
    }

    static func setUnbonding(_ account: Address, _ entries: [UnbondingEntry]) {
        let entriesKey = key(unbondingMap, account.bytes)
        if entries.isEmpty {
            Storage.delete(entriesKey)
            return
        }
        var writer = Writer()
        for entry in entries { entry.encode(to: &writer) }
        Storage.set(entriesKey, writer.bytes)
    }

    // MARK: raw access

    /// Address lists are stored as their 20-byte addresses back to back.
    private static func addresses(_ bytes: [UInt8]) -> [Address] {
        if bytes.count % 20 != 0 { Host.revert("corrupt state") }
        var list: [Address] = []
        list.reserveCapacity(bytes.count / 20)
        var reader = Reader(bytes, failure: "corrupt state")
        while !reader.isAtEnd { list.append(reader.readAddress()) }
        return list
    }

    private static func concatenated(_ list: [Address]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(list.count * 20)
        for address in list { bytes.append(contentsOf: address.bytes) }
        return bytes
    }

    private static func key(_ prefix: UInt8, _ first: [UInt8], _ second: [UInt8] = []) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(1 + first.count + second.count)
        key.append(prefix)
        key.append(contentsOf: first)
        key.append(contentsOf: second)
        return key
    }

    /// `slash` builds one of these per staker, so it is assembled in place rather than through a Writer.
    private static func stakeKey(_ validator: Address, _ index: UInt32) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(25)
        key.append(stakeMap)
        key.append(contentsOf: validator.bytes)
        key.append(UInt8(truncatingIfNeeded: index >> 24))
        key.append(UInt8(truncatingIfNeeded: index >> 16))
        key.append(UInt8(truncatingIfNeeded: index >> 8))
        key.append(UInt8(truncatingIfNeeded: index))
        return key
    }

    /// A stored value read into a buffer of `capacity` bytes, re-read at its exact length if longer.
    private static func load(_ key: [UInt8], capacity: Int) -> [UInt8]? {
        var value = [UInt8](repeating: 0, count: capacity)
        let length = read(key, into: &value)
        if length < 0 { return nil }
        let count = Int(length)
        if count > capacity {
            value = [UInt8](repeating: 0, count: count)
            _ = read(key, into: &value)
        } else {
            value.removeLast(capacity - count)
        }
        return value
    }

    private static func read(_ key: [UInt8], into buffer: inout [UInt8]) -> Int32 {
        key.withUnsafeBytes { keyBytes in
            buffer.withUnsafeMutableBytes {
                cairn_storage_get(keyBytes.baseAddress, Int32(keyBytes.count), $0.baseAddress, Int32($0.count))
            }
        }
    }
}
