import CairnCodec
import CairnCrypto

/// Staking's `Validator`, decoded from its README encoding.
struct StakedValidator: Equatable {
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
struct UnbondingEntry: Equatable {
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
struct ActiveValidator: Equatable {
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
struct SlashRecord: Equatable {
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
struct InboxEntry: Equatable {
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
struct InboxBatch: Equatable {
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
struct MissedBlocks: Equatable {
    var windowStart: UInt64
    var missed: UInt64
}

/// Inbox's `allowance` answer.
struct InboxAllowance: Equatable {
    var used: UInt32
    var limit: UInt32
}

/// Typed reads of the three contracts, so the suites read like the READMEs.
extension SystemChain {
    func validator(_ address: Address) throws -> StakedValidator? {
        try read(Self.staking, "validator", address.bytes) { reader in
            try reader.readOptional { try StakedValidator(from: &$0) }
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

    func unbonding(_ address: Address) throws -> [UnbondingEntry] {
        try read(Self.staking, "unbonding", address.bytes) { reader in
            try reader.readArray { try UnbondingEntry(from: &$0) }
        }
    }

    func activeSet() throws -> [ActiveValidator] {
        try read(Self.staking, "activeSet") { reader in try reader.readArray { try ActiveValidator(from: &$0) } }
    }

    func missed(_ validator: Address) throws -> MissedBlocks {
        try read(Self.slashing, "missed", validator.bytes) { reader in
            MissedBlocks(windowStart: try reader.readUInt64(), missed: try reader.readUInt64())
        }
    }

    func slashes() throws -> [SlashRecord] {
        try read(Self.slashing, "slashes") { reader in try reader.readArray { try SlashRecord(from: &$0) } }
    }

    func entries(_ tag: [UInt8], from: UInt64, limit: UInt32) throws -> [InboxEntry] {
        let args = tag + TestBytes.u64(from) + TestBytes.u32(limit)
        return try read(Self.inbox, "entries", args) { reader in try reader.readArray { try InboxEntry(from: &$0) } }
    }

    func head(_ tag: [UInt8]) throws -> UInt64 {
        try read(Self.inbox, "head", tag) { try $0.readUInt64() }
    }

    func batch(_ seq: UInt64) throws -> InboxBatch? {
        try read(Self.inbox, "batch", TestBytes.u64(seq)) { reader in try reader.readOptional { try InboxBatch(from: &$0) } }
    }

    func batches(from: UInt64, limit: UInt32) throws -> [InboxBatch] {
        try read(Self.inbox, "batches", TestBytes.u64(from) + TestBytes.u32(limit)) { reader in
            try reader.readArray { try InboxBatch(from: &$0) }
        }
    }

    func batchCount() throws -> UInt64 {
        try read(Self.inbox, "batchCount") { try $0.readUInt64() }
    }

    func allowance(_ address: Address) throws -> InboxAllowance {
        try read(Self.inbox, "allowance", address.bytes) { reader in
            InboxAllowance(used: try reader.readUInt32(), limit: try reader.readUInt32())
        }
    }
}
