import CairnCodec
import CairnCrypto

/// Staking's `Validator`, decoded from its README encoding.
struct BStakedValidator: Equatable {
    var `operator`: Address
    var consensusKey: [UInt8]
    var commissionBps: UInt16
    var selfStake: UInt128
    var delegated: UInt128
    var jailedUntil: UInt64
    var tombstoned: Bool
    var slashedTotal: UInt128

    init(from reader: inout CanonicalReader) throws {
        self.operator = try reader.readAddress()
        consensusKey = try reader.readFixed(count: 32)
        commissionBps = try reader.readUInt16()
        selfStake = try reader.readUInt128()
        delegated = try reader.readUInt128()
        jailedUntil = try reader.readUInt64()
        tombstoned = try reader.readBool()
        slashedTotal = try reader.readUInt128()
    }
}

/// Staking's unbonding `Entry`.
struct BUnbonding: Equatable {
    var validator: Address
    var amount: UInt128
    var releaseHeight: UInt64

    init(validator: Address, amount: UInt128, releaseHeight: UInt64) {
        self.validator = validator
        self.amount = amount
        self.releaseHeight = releaseHeight
    }

    init(from reader: inout CanonicalReader) throws {
        validator = try reader.readAddress()
        amount = try reader.readUInt128()
        releaseHeight = try reader.readUInt64()
    }
}

/// Staking's `ActiveValidator`.
struct BActive: Equatable {
    var `operator`: Address
    var consensusKey: [UInt8]
    var power: UInt128

    init(from reader: inout CanonicalReader) throws {
        self.operator = try reader.readAddress()
        consensusKey = try reader.readFixed(count: 32)
        power = try reader.readUInt128()
    }
}

/// Slashing's `Record`.
struct BSlashRecord: Equatable {
    var validator: Address
    var height: UInt64
    var reason: UInt8
    var fractionBps: UInt16

    init(validator: Address, height: UInt64, reason: UInt8, fractionBps: UInt16) {
        self.validator = validator
        self.height = height
        self.reason = reason
        self.fractionBps = fractionBps
    }

    init(from reader: inout CanonicalReader) throws {
        validator = try reader.readAddress()
        height = try reader.readUInt64()
        reason = try reader.readUInt8()
        fractionBps = try reader.readUInt16()
    }
}

/// Inbox's `Entry`.
struct BInboxEntry: Equatable {
    var seq: UInt64
    var height: UInt64
    var cid: [UInt8]
    var kind: UInt8

    init(from reader: inout CanonicalReader) throws {
        seq = try reader.readUInt64()
        height = try reader.readUInt64()
        cid = try reader.readBytes()
        kind = try reader.readUInt8()
    }
}

/// Inbox's `Batch`.
struct BBatch: Equatable {
    var seq: UInt64
    var root: [UInt8]
    var count: UInt32
    var manifestCid: [UInt8]
    var height: UInt64
    var submitter: Address

    init(from reader: inout CanonicalReader) throws {
        seq = try reader.readUInt64()
        root = try reader.readFixed(count: 32)
        count = try reader.readUInt32()
        manifestCid = try reader.readBytes()
        height = try reader.readUInt64()
        submitter = try reader.readAddress()
    }
}

/// Slashing's `missed` answer.
struct BMissed: Equatable {
    var windowStart: UInt64
    var missed: UInt64
}

/// Inbox's `allowance` answer.
struct BAllowance: Equatable {
    var used: UInt32
    var limit: UInt32
}

/// Typed reads of the three contracts, so the suites read like the READMEs.
extension BSystemChain {
    func validator(_ address: Address) throws -> BStakedValidator? {
        try read(Self.staking, "validator", address.bytes) { reader in
            try reader.readOptional { try BStakedValidator(from: &$0) }
        }
    }

    func validatorByKey(_ key: [UInt8]) throws -> Address? {
        try read(Self.staking, "validatorByKey", key) { reader in try reader.readOptional { try $0.readAddress() } }
    }

    func delegation(_ delegator: Address, _ validator: Address) throws -> UInt128 {
        try read(Self.staking, "delegation", delegator.bytes + validator.bytes) { try $0.readUInt128() }
    }

    func stakeOf(_ address: Address) throws -> UInt128 {
        try read(Self.staking, "stakeOf", address.bytes) { try $0.readUInt128() }
    }

    func unbonding(_ address: Address) throws -> [BUnbonding] {
        try read(Self.staking, "unbonding", address.bytes) { reader in
            try reader.readArray { try BUnbonding(from: &$0) }
        }
    }

    func activeSet() throws -> [BActive] {
        try read(Self.staking, "activeSet") { reader in try reader.readArray { try BActive(from: &$0) } }
    }

    func missed(_ validator: Address) throws -> BMissed {
        try read(Self.slashing, "missed", validator.bytes) { reader in
            BMissed(windowStart: try reader.readUInt64(), missed: try reader.readUInt64())
        }
    }

    func slashes() throws -> [BSlashRecord] {
        try read(Self.slashing, "slashes") { reader in try reader.readArray { try BSlashRecord(from: &$0) } }
    }

    func entries(_ tag: [UInt8], from: UInt64, limit: UInt32) throws -> [BInboxEntry] {
        let args = tag + BBytes.u64(from) + BBytes.u32(limit)
        return try read(Self.inbox, "entries", args) { reader in try reader.readArray { try BInboxEntry(from: &$0) } }
    }

    func head(_ tag: [UInt8]) throws -> UInt64 {
        try read(Self.inbox, "head", tag) { try $0.readUInt64() }
    }

    func batch(_ seq: UInt64) throws -> BBatch? {
        try read(Self.inbox, "batch", BBytes.u64(seq)) { reader in try reader.readOptional { try BBatch(from: &$0) } }
    }

    func batches(from: UInt64, limit: UInt32) throws -> [BBatch] {
        try read(Self.inbox, "batches", BBytes.u64(from) + BBytes.u32(limit)) { reader in
            try reader.readArray { try BBatch(from: &$0) }
        }
    }

    func batchCount() throws -> UInt64 {
        try read(Self.inbox, "batchCount") { try $0.readUInt64() }
    }

    func allowance(_ address: Address) throws -> BAllowance {
        try read(Self.inbox, "allowance", address.bytes) { reader in
            BAllowance(used: try reader.readUInt32(), limit: try reader.readUInt32())
        }
    }
}
