import CairnCodec

// Consensus-shaped sample types exercising every part of the canonical format.

/// A vote's phase; a fieldless enum whose raw value is its tag.
enum VoteKind: UInt8, CanonicalCodable, CaseIterable {
    case prevote = 1
    case precommit = 2
}

/// A 32-byte digest, encoded raw because its length is part of the type.
struct Hash32: CanonicalCodable, Equatable {
    static let byteCount = 32
    let bytes: [UInt8]

    init?(_ bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = bytes
    }

    init(repeating byte: UInt8) {
        bytes = [UInt8](repeating: byte, count: Self.byteCount)
    }

    func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(bytes)
    }

    init(from reader: inout CanonicalReader) throws {
        bytes = try reader.readFixed(count: Self.byteCount)
    }
}

/// A 64-byte signature, encoded raw because its length is part of the type.
struct Signature64: CanonicalCodable, Equatable {
    static let byteCount = 64
    let bytes: [UInt8]

    init(repeating byte: UInt8) {
        bytes = [UInt8](repeating: byte, count: Self.byteCount)
    }

    init?(_ bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = bytes
    }

    func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(bytes)
    }

    init(from reader: inout CanonicalReader) throws {
        bytes = try reader.readFixed(count: Self.byteCount)
    }
}

/// A consensus vote; `blockHash` is nil for a vote for no block.
struct Vote: CanonicalCodable, Equatable {
    var height: UInt64
    var round: UInt32
    var kind: VoteKind
    var blockHash: Hash32?
    var signature: Signature64

    func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.write(kind)
        writer.write(blockHash)
        writer.write(signature)
    }

    init(height: UInt64, round: UInt32, kind: VoteKind, blockHash: Hash32?, signature: Signature64) {
        self.height = height
        self.round = round
        self.kind = kind
        self.blockHash = blockHash
        self.signature = signature
    }

    init(from reader: inout CanonicalReader) throws {
        height = try reader.readUInt64()
        round = try reader.readUInt32()
        kind = try reader.read()
        blockHash = try reader.read()
        signature = try reader.read()
    }
}

/// A validator entry with a bounded display name and a semantic rule (positive power).
struct Validator: CanonicalCodable, Equatable {
    static let addressByteCount = 20
    static let maxNameLength = 64

    var address: [UInt8]
    var power: UInt64
    var name: String

    init(address: [UInt8], power: UInt64, name: String) {
        self.address = address
        self.power = power
        self.name = name
    }

    func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(address)
        writer.writeUInt64(power)
        writer.writeString(name)
    }

    init(from reader: inout CanonicalReader) throws {
        address = try reader.readFixed(count: Self.addressByteCount)
        power = try reader.readUInt64()
        guard power > 0 else { throw CodecError.invalidValue("validator power must be positive") }
        name = try reader.readString(maxLength: Self.maxNameLength)
    }
}

/// Misbehaviour evidence; a union whose tag selects the case and its fields.
enum Evidence: CanonicalCodable, Equatable {
    case doubleVote(Vote, Vote)
    case missedRounds(validator: UInt16, count: UInt32)

    func encode(to writer: inout CanonicalWriter) {
        switch self {
        case let .doubleVote(first, second):
            writer.writeTag(1)
            writer.write(first)
            writer.write(second)
        case let .missedRounds(validator, count):
            writer.writeTag(2)
            writer.writeUInt16(validator)
            writer.writeUInt32(count)
        }
    }

    init(from reader: inout CanonicalReader) throws {
        let tag = try reader.readTag()
        switch tag {
        case 1:
            self = .doubleVote(try reader.read(), try reader.read())
        case 2:
            self = .missedRounds(validator: try reader.readUInt16(), count: try reader.readUInt32())
        default:
            throw CodecError.unknownTag(tag, type: "Evidence")
        }
    }
}

/// A block header with nested structs, arrays, a union, an optional string and variable bytes.
struct BlockHeader: CanonicalCodable, Equatable {
    static let maxValidators = 128
    static let maxPayload = 1024

    var version: UInt16
    var height: UInt64
    var timestamp: Int64
    var parent: Hash32
    var proposer: Validator
    var validators: [Validator]
    var votes: [Vote]
    var evidence: [Evidence]
    var memo: String?
    var payload: [UInt8]
    var isFinal: Bool

    init(
        version: UInt16, height: UInt64, timestamp: Int64, parent: Hash32, proposer: Validator,
        validators: [Validator], votes: [Vote], evidence: [Evidence], memo: String?, payload: [UInt8], isFinal: Bool
    ) {
        self.version = version
        self.height = height
        self.timestamp = timestamp
        self.parent = parent
        self.proposer = proposer
        self.validators = validators
        self.votes = votes
        self.evidence = evidence
        self.memo = memo
        self.payload = payload
        self.isFinal = isFinal
    }

    func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt16(version)
        writer.writeUInt64(height)
        writer.writeInt64(timestamp)
        writer.write(parent)
        writer.write(proposer)
        writer.writeArray(validators) { writer, validator in writer.write(validator) }
        writer.write(votes)
        writer.write(evidence)
        writer.writeOptional(memo) { writer, memo in writer.writeString(memo) }
        writer.writeBytes(payload)
        writer.writeBool(isFinal)
    }

    init(from reader: inout CanonicalReader) throws {
        version = try reader.readUInt16()
        height = try reader.readUInt64()
        timestamp = try reader.readInt64()
        parent = try reader.read()
        proposer = try reader.read()
        validators = try reader.readArray(maxCount: Self.maxValidators) { reader in try reader.read(Validator.self) }
        votes = try reader.read()
        evidence = try reader.read()
        memo = try reader.readOptional { reader in try reader.readString(maxLength: 256) }
        payload = try reader.readBytes(maxLength: Self.maxPayload)
        isFinal = try reader.readBool()
    }
}
