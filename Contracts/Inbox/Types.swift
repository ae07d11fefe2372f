// Inbox's records, in the encodings its README lists.

/// Inbox's parameters, fixed by `init`.
struct InboxConfig: CanonicalCodable {
    var staking: Address
    var entryFee: UInt128
    var batchFee: UInt128
    var window: UInt64
    var baseAllowance: UInt32
    var stakePerExtra: UInt128
    var maxAllowance: UInt32

    init(from reader: inout Reader) {
        staking = reader.readAddress()
        entryFee = reader.readUInt128()
        batchFee = reader.readUInt128()
        window = reader.readUInt64()
        baseAllowance = reader.readUInt32()
        stakePerExtra = reader.readUInt128()
        maxAllowance = reader.readUInt32()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(staking)
        writer.writeUInt128(entryFee)
        writer.writeUInt128(batchFee)
        writer.writeUInt64(window)
        writer.writeUInt32(baseAllowance)
        writer.writeUInt128(stakePerExtra)
        writer.writeUInt32(maxAllowance)
    }

    /// The first height of the fixed window that holds `height`.
    func windowStart(of height: UInt64) -> UInt64 {
        height - height % window
    }

    /// Anchors per window for an account with `stake`: min(maxAllowance, base + stake / stakePerExtra).
    func limit(stake: UInt128) -> UInt32 {
        let extra = stakePerExtra == 0 ? 0 : stake / stakePerExtra
        let (total, overflow) = UInt128(baseAllowance).addingReportingOverflow(extra)
        if overflow || total > UInt128(maxAllowance) { return maxAllowance }
        return UInt32(total)
    }
}

/// What `anchor` appends under a tag.
struct Entry: CanonicalCodable {
    static let single: UInt8 = 0

    var seq: UInt64
    var height: UInt64
    var cid: [UInt8]
    var kind: UInt8

    init(seq: UInt64, height: UInt64, cid: [UInt8], kind: UInt8) {
        self.seq = seq
        self.height = height
        self.cid = cid
        self.kind = kind
    }

    init(from reader: inout Reader) {
        seq = reader.readUInt64()
        height = reader.readUInt64()
        cid = reader.readBytes(maxLength: Cid.maxLength)
        kind = reader.readUInt8()
    }

    func encode(to writer: inout Writer) {
        writer.writeUInt64(seq)
        writer.writeUInt64(height)
        writer.writeBytes(cid)
        writer.writeUInt8(kind)
    }
}

/// What `anchorBatch` appends to the global batch sequence: many messages under one Merkle root.
struct Batch: CanonicalCodable {
    var seq: UInt64
    var root: [UInt8]
    var count: UInt32
    var manifestCid: [UInt8]
    var height: UInt64
    var submitter: Address

    init(seq: UInt64, root: [UInt8], count: UInt32, manifestCid: [UInt8], height: UInt64, submitter: Address) {
        self.seq = seq
        self.root = root
        self.count = count
        self.manifestCid = manifestCid
        self.height = height
        self.submitter = submitter
    }

    init(from reader: inout Reader) {
        seq = reader.readUInt64()
        root = reader.readFixed(32)
        count = reader.readUInt32()
        manifestCid = reader.readBytes(maxLength: Cid.maxLength)
        height = reader.readUInt64()
        submitter = reader.readAddress()
    }

    func encode(to writer: inout Writer) {
        writer.writeUInt64(seq)
        writer.writeFixed(root)
        writer.writeUInt32(count)
        writer.writeBytes(manifestCid)
        writer.writeUInt64(height)
        writer.writeAddress(submitter)
    }
}

/// A sender's anchors in the window starting at `windowStart`.
struct Usage: CanonicalCodable {
    var windowStart: UInt64
    var used: UInt32

    init(windowStart: UInt64, used: UInt32) {
        self.windowStart = windowStart
        self.used = used
    }

    init(from reader: inout Reader) {
        windowStart = reader.readUInt64()
        used = reader.readUInt32()
    }

    func encode(to writer: inout Writer) {
        writer.writeUInt64(windowStart)
        writer.writeUInt32(used)
    }
}

/// `allowance`'s answer.
struct Allowance: CanonicalEncodable {
    var used: UInt32
    var limit: UInt32

    func encode(to writer: inout Writer) {
        writer.writeUInt32(used)
        writer.writeUInt32(limit)
    }
}

/// Content IDs as anchored: opaque bytes of bounded length (a CIDv1 is 36 bytes in binary).
enum Cid {
    static let maxLength = 64

    /// Reads a length-prefixed CID; any length decodes, so a wrong one gets its own reason.
    static func read(_ reader: inout Reader) -> [UInt8] {
        reader.readBytes(maxLength: Int(Int32.max))
    }

    /// Reverts "bad cid" unless the CID is 1 to 64 bytes.
    static func check(_ cid: [UInt8]) {
        if cid.isEmpty || cid.count > maxLength { Host.revert("bad cid") }
    }
}
