// Slashing's records, in the encodings its README lists.

/// Slashing's parameters, fixed by `init`.
struct SlashingConfig: CanonicalCodable {
    var staking: Address
    var doubleSignSlashBps: UInt16
    var downtimeSlashBps: UInt16
    var window: UInt64
    var minSignedBps: UInt16
    var downtimeJailBlocks: UInt64
    var maxEvidenceAge: UInt64

    init(from reader: inout Reader) {
        staking = reader.readAddress()
        doubleSignSlashBps = reader.readUInt16()
        downtimeSlashBps = reader.readUInt16()
        window = reader.readUInt64()
        minSignedBps = reader.readUInt16()
        downtimeJailBlocks = reader.readUInt64()
        maxEvidenceAge = reader.readUInt64()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(staking)
        writer.writeUInt16(doubleSignSlashBps)
        writer.writeUInt16(downtimeSlashBps)
        writer.writeUInt64(window)
        writer.writeUInt16(minSignedBps)
        writer.writeUInt64(downtimeJailBlocks)
        writer.writeUInt64(maxEvidenceAge)
    }

    /// Missed blocks a validator may have in one window; one more is downtime.
    var allowedMisses: UInt64 {
        // window * minSignedBps / 10000 without overflowing for any window.
        let bps = UInt64(minSignedBps)
        return window - (window / 10_000 * bps + window % 10_000 * bps / 10_000)
    }

    /// The first height of the fixed window that holds `height`.
    func windowStart(of height: UInt64) -> UInt64 {
        height - height % window
    }
}

/// A signed consensus vote (SYSTEM.md, "consensus vote").
struct Vote: CanonicalDecodable {
    static let prevote: UInt8 = 1
    static let precommit: UInt8 = 2

    var kind: UInt8
    var height: UInt64
    var round: UInt32
    var blockHash: [UInt8]
    var signature: [UInt8]

    init(from reader: inout Reader) {
        kind = reader.readUInt8()
        if kind != Vote.prevote && kind != Vote.precommit { Host.revert("bad arguments") }
        height = reader.readUInt64()
        round = reader.readUInt32()
        blockHash = reader.readFixed(32)
        signature = reader.readFixed(64)
    }

    /// The bytes the consensus key signed, bound to `chainID`.
    func signedBytes(chainID: UInt64) -> [UInt8] {
        var message = [UInt8](ascii: "cairn/vote/v1")
        message.append(bigEndian: chainID)
        message.append(kind)
        message.append(bigEndian: height)
        message.append(contentsOf: round.encoded)
        message.append(contentsOf: blockHash)
        return message
    }
}

/// A validator's missed blocks in one liveness window.
struct Missed: CanonicalCodable {
    var windowStart: UInt64
    var missed: UInt64

    init(windowStart: UInt64, missed: UInt64) {
        self.windowStart = windowStart
        self.missed = missed
    }

    init(from reader: inout Reader) {
        windowStart = reader.readUInt64()
        missed = reader.readUInt64()
    }

    func encode(to writer: inout Writer) {
        writer.writeUInt64(windowStart)
        writer.writeUInt64(missed)
    }
}

/// Why a validator was slashed.
enum SlashReason {
    static let doubleSign: UInt8 = 1
    static let downtime: UInt8 = 2
}

/// One applied slash, as `slashes()` lists it.
struct SlashRecord: CanonicalCodable {
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

    init(from reader: inout Reader) {
        validator = reader.readAddress()
        height = reader.readUInt64()
        reason = reader.readUInt8()
        fractionBps = reader.readUInt16()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(validator)
        writer.writeUInt64(height)
        writer.writeUInt8(reason)
        writer.writeUInt16(fractionBps)
    }
}
