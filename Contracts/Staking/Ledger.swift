// Staking's storage maps (README, "Storage"). Reads size their buffers to the value they expect:
// `slash` walks up to 512 stakers in one call, and the SDK's bump heap never frees, so a generic
// 256-byte read per value would spend most of the 2 MiB memory on buffers.

/// Typed access to every map Staking keeps.
enum Ledger {
    private static let configMap: UInt8 = 0x00
    private static let validatorMap: UInt8 = 0x01
    private static let keyMap: UInt8 = 0x02
    private static let operatorsMap: UInt8 = 0x03
    private static let delegationMap: UInt8 = 0x04
    private static let stakerCountMap: UInt8 = 0x05
    private static let delegatedByMap: UInt8 = 0x06
    private static let unbondingMap: UInt8 = 0x07
    private static let stakerAtMap: UInt8 = 0x08
    private static let stakerIndexMap: UInt8 = 0x09

    // MARK: config and validators

    static func config() -> StakingConfig {
        guard let config = Storage.get([configMap], as: StakingConfig.self) else { Host.revert("corrupt state") }
        return config
    }

    static func setConfig(_ config: StakingConfig) {
        Storage.set([configMap], config)
    }

    static func validator(_ operatorAddress: Address) -> Validator? {
        guard let bytes = load(key(validatorMap, operatorAddress.bytes), capacity: 111) else { return nil }
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
        let bytes = Storage.get([operatorsMap]) ?? []
        if bytes.count % 20 != 0 { Host.revert("corrupt state") }
        var operators: [Address] = []
        operators.reserveCapacity(bytes.count / 20)
        var reader = Reader(bytes, failure: "corrupt state")
        while !reader.isAtEnd { operators.append(reader.readAddress()) }
        return operators
    }

    static func setOperators(_ operators: [Address]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(operators.count * 20)
        for address in operators { bytes.append(contentsOf: address.bytes) }
        Storage.set([operatorsMap], bytes)
    }

    // MARK: delegations

    static func delegation(to validator: Address, from delegator: Address) -> UInt128 {
        loadUInt128(key(delegationMap, validator.bytes, delegator.bytes))
    }

    static func setDelegation(_ amount: UInt128, to validator: Address, from delegator: Address) {
        storeUInt128(amount, at: key(delegationMap, validator.bytes, delegator.bytes))
    }

    /// The sum of `account`'s delegations, kept so that `stakeOf` costs two reads.
    static func delegatedBy(_ account: Address) -> UInt128 {
        loadUInt128(key(delegatedByMap, account.bytes))
    }

    static func setDelegatedBy(_ account: Address, _ amount: UInt128) {
        storeUInt128(amount, at: key(delegatedByMap, account.bytes))
    }

    // MARK: stakers: accounts with a delegation to a validator or an unbonding entry from it

    static func stakerCount(_ validator: Address) -> UInt32 {
        guard let bytes = load(key(stakerCountMap, validator.bytes), capacity: 4) else { return 0 }
        return UInt32.decode(bytes, failure: "corrupt state")
    }

    static func staker(of validator: Address, at index: UInt32) -> Address {
        guard let bytes = load(key(stakerAtMap, validator.bytes, index.encoded), capacity: 20),
              let address = Address(bytes) else { Host.revert("corrupt state") }
        return address
    }

    static func isStaker(_ account: Address, of validator: Address) -> Bool {
        Storage.has(key(stakerIndexMap, validator.bytes, account.bytes))
    }

    static func addStaker(_ account: Address, to validator: Address) {
        let count = stakerCount(validator)
        Storage.set(key(stakerAtMap, validator.bytes, count.encoded), account.bytes)
        Storage.set(key(stakerIndexMap, validator.bytes, account.bytes), count)
        Storage.set(key(stakerCountMap, validator.bytes), count + 1)
    }

    /// Removes `account` by moving the last staker into its slot, keeping indices dense.
    static func removeStaker(_ account: Address, from validator: Address) {
        let indexKey = key(stakerIndexMap, validator.bytes, account.bytes)
        guard let bytes = load(indexKey, capacity: 4) else { return }
        let index = UInt32.decode(bytes, failure: "corrupt state")
        let last = stakerCount(validator) - 1
        if index != last {
            let moved = staker(of: validator, at: last)
            Storage.set(key(stakerAtMap, validator.bytes, index.encoded), moved.bytes)
            Storage.set(key(stakerIndexMap, validator.bytes, moved.bytes), index)
        }
        Storage.delete(key(stakerAtMap, validator.bytes, last.encoded))
        Storage.delete(indexKey)
        Storage.set(key(stakerCountMap, validator.bytes), last)
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

    private static func key(_ prefix: UInt8, _ first: [UInt8], _ second: [UInt8] = []) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(1 + first.count + second.count)
        key.append(prefix)
        key.append(contentsOf: first)
        key.append(contentsOf: second)
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

    private static func loadUInt128(_ key: [UInt8]) -> UInt128 {
        guard let bytes = load(key, capacity: 16) else { return 0 }
        return UInt128.decode(bytes, failure: "corrupt state")
    }

    /// Zero is stored as absence, so emptied balances leave no keys behind.
    private static func storeUInt128(_ amount: UInt128, at key: [UInt8]) {
        if amount == 0 {
            Storage.delete(key)
        } else {
            Storage.set(key, amount)
        }
    }
}
