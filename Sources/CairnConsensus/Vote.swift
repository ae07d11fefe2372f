import CairnCodec
import CairnCrypto

/// A validator's consensus vote for a block (or for nil) at a height and round.
///
/// The signed bytes are those of `Contracts/SYSTEM.md` ("consensus vote"), so the Slashing contract can
/// check double-sign evidence made of two such votes.
public struct Vote: Sendable, Hashable, CanonicalCodable {
    /// Which step of a round the vote belongs to; the raw value is the signed type byte.
    public enum Kind: UInt8, Sendable {
        case prevote = 1
        case precommit = 2
    }

    public var kind: Kind
    public var height: UInt64
    public var round: UInt32
    /// The block voted for; 32 zero bytes for nil.
    public var blockHash: [UInt8]

    /// The nil vote's block hash.
    public static let nilHash = [UInt8](repeating: 0, count: 32)

    public init(kind: Kind, height: UInt64, round: UInt32, blockHash: [UInt8]) {
        self.kind = kind
        self.height = height
        self.round = round
        self.blockHash = blockHash
    }

    /// The exact bytes a consensus key signs: domain, chain id, type, height, round, block hash.
    public func signedBytes(chainID: UInt64) -> [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: 13 + 8 + 1 + 8 + 4 + 32)
        writer.writeFixed(Array("cairn/vote/v1".utf8))
        writer.writeUInt64(chainID)
        writer.writeUInt8(kind.rawValue)
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeFixed(blockHash)
        return writer.bytes
    }

    /// Whether this is a vote for nil (no block).
    public var isNil: Bool { blockHash == Self.nilHash }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt8(kind.rawValue)
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeFixed(blockHash)
    }

    public init(from reader: inout CanonicalReader) throws {
        let tag = try reader.readUInt8()
        guard let kind = Kind(rawValue: tag) else { throw CodecError.invalidValue("vote kind \(tag)") }
        self.kind = kind
        height = try reader.readUInt64()
        round = try reader.readUInt32()
        blockHash = try reader.readFixed(count: 32)
    }
}
