// Staking's records, in the encodings its README lists.

/// Hard bounds on every list Staking keeps, so no call's cost grows without limit.
enum Limits {
    static let validators = 256
    static let stakersPerValidator: UInt32 = 512
    static let unbondingEntries = 32
    static let delegationsPerAccount = 16
    static let maxBps: UInt16 = 10_000
}

/// Staking's parameters, fixed by `init`.
struct StakingConfig: CanonicalCodable {
    var slashing: Address
    var minSelfStake: UInt128
    var unbondingBlocks: UInt64
    var maxValidators: UInt32
    var jailBlocks: UInt64

    init(from reader: inout Reader) {
        slashing = reader.readAddress()
        minSelfStake = reader.readUInt128()
        unbondingBlocks = reader.readUInt64()
        maxValidators = reader.readUInt32()
        jailBlocks = reader.readUInt64()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(slashing)
        writer.writeUInt128(minSelfStake)
        writer.writeUInt64(unbondingBlocks)
        writer.writeUInt32(maxValidators)
        writer.writeUInt64(jailBlocks)
    }
}

/// A registered validator; `delegated` is always the sum of its delegations.
struct Validator: CanonicalCodable {
    static let byteCount = 111

    var operatorAddress: Address
    var consensusKey: [UInt8]
    var commissionBps: UInt16
    var selfStake: UInt128
    var delegated: UInt128
    /// The height from which `unjail` is allowed; 0 when not jailed.
    var jailedUntil: UInt64
    var tombstoned: Bool
    var slashedTotal: UInt128

    init(operatorAddress: Address, consensusKey: [UInt8], commissionBps: UInt16, selfStake: UInt128) {
        self.operatorAddress = operatorAddress
        self.consensusKey = consensusKey
        self.commissionBps = commissionBps
        self.selfStake = selfStake
        delegated = 0
        jailedUntil = 0
        tombstoned = false
        slashedTotal = 0
    }

    init(from reader: inout Reader) {
        operatorAddress = reader.readAddress()
        consensusKey = reader.readFixed(32)
        commissionBps = reader.readUInt16()
        selfStake = reader.readUInt128()
        delegated = reader.readUInt128()
        jailedUntil = reader.readUInt64()
        tombstoned = reader.readBool()
        slashedTotal = reader.readUInt128()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(operatorAddress)
        writer.writeFixed(consensusKey)
        writer.writeUInt16(commissionBps)
        writer.writeUInt128(selfStake)
        writer.writeUInt128(delegated)
        writer.writeUInt64(jailedUntil)
        writer.writeBool(tombstoned)
        writer.writeUInt128(slashedTotal)
    }

    /// Voting power: self stake plus delegations, unbonding excluded.
    var power: UInt128 { selfStake + delegated }
}

/// A validator listed in `init`'s arguments.
struct GenesisValidator: CanonicalDecodable {
    var operatorAddress: Address
    var consensusKey: [UInt8]
    var commissionBps: UInt16
    var stake: UInt128

    init(from reader: inout Reader) {
        operatorAddress = reader.readAddress()
        consensusKey = reader.readFixed(32)
        commissionBps = reader.readUInt16()
        stake = reader.readUInt128()
    }
}

/// Stake on its way out: still slashable until `releaseHeight`, paid by `withdraw` from then on.
struct UnbondingEntry: CanonicalCodable {
    static let byteCount = 44

    var validator: Address
    var amount: UInt128
    var releaseHeight: UInt64

    init(validator: Address, amount: UInt128, releaseHeight: UInt64) {
        self.validator = validator
        self.amount = amount
        self.releaseHeight = releaseHeight
    }

    init(from reader: inout Reader) {
        validator = reader.readAddress()
        amount = reader.readUInt128()
        releaseHeight = reader.readUInt64()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(validator)
        writer.writeUInt128(amount)
        writer.writeUInt64(releaseHeight)
    }
}

/// One account's position with one validator: what a slash must reach.
struct Stake: CanonicalCodable {
    static let byteCount = 37

    var staker: Address
    var delegation: UInt128
    /// How many of the staker's unbonding entries (released or not) come from this validator.
    var entries: UInt8

    init(staker: Address, delegation: UInt128, entries: UInt8) {
        self.staker = staker
        self.delegation = delegation
        self.entries = entries
    }

    init(from reader: inout Reader) {
        staker = reader.readAddress()
        delegation = reader.readUInt128()
        entries = reader.readUInt8()
    }

    func encode(to writer: inout Writer) {
        writer.writeFixed(record)
    }

    /// The stored form, built and parsed by hand: `slash` handles one per staker, up to 512 a call,
    /// and a generic Writer or Reader costs several times the gas of these few loops.
    var record: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Stake.byteCount)
        bytes.append(contentsOf: staker.bytes)
        for half in [UInt64(truncatingIfNeeded: delegation >> 64), UInt64(truncatingIfNeeded: delegation)] {
            var shift: UInt64 = 64
            while shift > 0 {
                shift -= 8
                bytes.append(UInt8(truncatingIfNeeded: half >> shift))
            }
        }
        bytes.append(entries)
        return bytes
    }

    init?(record bytes: [UInt8]) {
        guard bytes.count == Stake.byteCount, let staker = Address(Array(bytes[0..<20])) else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 20..<28 { high = high << 8 | UInt64(bytes[index]) }
        for index in 28..<36 { low = low << 8 | UInt64(bytes[index]) }
        self.staker = staker
        delegation = UInt128(high) << 64 | UInt128(low)
        entries = bytes[36]
    }
}

/// One member of `activeSet`'s answer.
struct ActiveValidator: CanonicalEncodable {
    var operatorAddress: Address
    var consensusKey: [UInt8]
    var power: UInt128

    func encode(to writer: inout Writer) {
        writer.writeAddress(operatorAddress)
        writer.writeFixed(consensusKey)
        writer.writeUInt128(power)
    }
}

extension Address {
    /// Bytewise order, the tie-break of the active set.
    func precedes(_ other: Address) -> Bool {
        bytes.lexicographicallyPrecedes(other.bytes)
    }
}

/// `fractionBps / 10000` of `amount`, rounded down, without overflowing for any `u128` amount.
func portion(of amount: UInt128, bps: UInt16) -> UInt128 {
    // Most amounts fit 64 bits, where wasm has native division; slash runs this per staker.
    if amount >> 64 == 0 {
        let small = UInt64(truncatingIfNeeded: amount)
        let scale = UInt64(Limits.maxBps)
        let fraction = UInt64(bps)
        return UInt128(small / scale * fraction + small % scale * fraction / scale)
    }
    let scale = UInt128(Limits.maxBps)
    let fraction = UInt128(bps)
    return amount / scale * fraction + amount % scale * fraction / scale
}
