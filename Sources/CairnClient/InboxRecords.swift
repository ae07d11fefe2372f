import CairnCodec
import CairnCrypto
import CairnState

/// The Inbox contract's storage slots (Contracts/Inbox/README.md, "Storage") as state keys, so the
/// gateway asks for and the client checks exactly the same keys.
public struct InboxLayout: Hashable, Sendable {
    public let contract: Address

    public init(contract: Address) { self.contract = contract }

    /// `0x01 ‖ tag`: the number of single entries under the tag.
    public func head(_ tag: [UInt8]) -> StateKey { .storage(contract, [0x01] + tag) }

    /// `0x02 ‖ tag ‖ seq u64`: one single entry.
    public func entry(_ tag: [UInt8], _ seq: UInt64) -> StateKey { .storage(contract, [0x02] + tag + Self.bigEndian(seq)) }

    /// `0x03`: the number of batches.
    public var batchCount: StateKey { .storage(contract, [0x03]) }

    /// `0x04 ‖ seq u64`: one batch.
    public func batch(_ seq: UInt64) -> StateKey { .storage(contract, [0x04] + Self.bigEndian(seq)) }

    /// A head or batch count value (`u64`; absent = 0).
    public static func counter(_ value: [UInt8]?) throws(CodecError) -> UInt64 {
        guard let value else { return 0 }
        var reader = CanonicalReader(value)
        let count = try reader.readUInt64()
        try reader.finish()
        return count
    }

    static func bigEndian(_ value: UInt64) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeUInt64(value)
        return writer.bytes
    }
}

/// The Inbox's `Entry`: `seq u64 ‖ height u64 ‖ cid bytes ‖ kind u8 (0 single)`.
public struct InboxEntryRecord: Hashable, Sendable {
    public let seq: UInt64
    public let height: UInt64
    public let cid: [UInt8]
    public let kind: UInt8

    public init(canonical bytes: [UInt8]) throws(CodecError) {
        var reader = CanonicalReader(bytes)
        seq = try reader.readUInt64()
        height = try reader.readUInt64()
        cid = try reader.readBytes(maxLength: 64)
        kind = try reader.readUInt8()
        try reader.finish()
    }
}

/// The Inbox's `Batch`: `seq u64 ‖ root 32 ‖ count u32 ‖ manifestCid bytes ‖ height u64 ‖ submitter addr`.
public struct InboxBatchRecord: Hashable, Sendable {
    public let seq: UInt64
    public let root: [UInt8]
    public let count: UInt32
    /// The manifest's CID in binary form.
    public let manifestCid: [UInt8]
    public let height: UInt64
    public let submitter: Address

    public init(canonical bytes: [UInt8]) throws(CodecError) {
        var reader = CanonicalReader(bytes)
        seq = try reader.readUInt64()
        root = try reader.readFixed(count: 32)
        count = try reader.readUInt32()
        manifestCid = try reader.readBytes(maxLength: 64)
        height = try reader.readUInt64()
        let submitterBytes = try reader.readFixed(count: Address.byteCount)
        try reader.finish()
        guard let submitter = try? Address(bytes: submitterBytes) else { throw .invalidValue("a batch's submitter is not an address") }
        self.submitter = submitter
    }
}
