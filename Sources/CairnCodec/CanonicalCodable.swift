/// A value with a canonical binary encoding in both directions: Cairn's format for consensus data.
///
/// Consensus data (blocks, votes, envelopes) is hashed and signed as bytes, so every value must
/// have exactly one encoding and decoding must reject every other byte sequence; otherwise two
/// nodes could disagree on a hash for the same logical value, or an attacker could re-encode a
/// signed message into a different-but-accepted form.
///
/// Layout (no self-description, no field names, no padding; the schema lives in the types):
///
/// - `UInt8`/`UInt16`/`UInt32`/`UInt64`: fixed width, big-endian.
/// - `Int64`: fixed width, big-endian two's complement.
/// - `Bool`: exactly 0x00 or 0x01.
/// - Lengths and counts: unsigned LEB128 varint, minimal (no trailing 0x00 group), at most 10 bytes.
/// - Variable-length bytes and `[UInt8]`: varint length, then the bytes.
/// - Fixed-length bytes (hashes, keys, signatures): raw; the length belongs to the type.
/// - `String`: varint length, then its UTF-8 bytes as stored (must be valid; never normalized).
/// - `Optional`: 0x00, or 0x01 followed by the value.
/// - `Array`: varint count, then each element.
/// - Enums and unions: a UInt8 tag the type defines (unknown tags rejected), then that case's fields.
/// - Structs: fields in the fixed order the type's `encode(to:)` writes them, nothing between.
///
/// Every length is checked against a per-field limit, and nothing is allocated beyond what the
/// remaining input could fill, so a hostile length costs the reader nothing. Big-endian unsigned
/// integers sort bytewise in numeric order; LEB128 keeps the common small lengths to one byte.
///
/// `[UInt8]` is not special-cased in the format: an array of UInt8 is a varint count followed by
/// one byte per element, which is exactly a variable-length byte string. Decoding it through the
/// protocol applies the byte-string limit (`defaultMaxByteCount`) rather than the element limit.
///
/// Swift's `String ==` uses Unicode canonical equivalence, so two strings that compare equal may
/// encode differently; compare or hash canonical bytes, not decoded strings, where it matters.
public typealias CanonicalCodable = CanonicalEncodable & CanonicalDecodable

/// A value that can write its single canonical encoding.
public protocol CanonicalEncodable {
    /// Appends this value's canonical encoding.
    func encode(to writer: inout CanonicalWriter)
}

/// A value that can be read back from its canonical encoding, rejecting anything non-canonical.
public protocol CanonicalDecodable {
    /// Reads one value, leaving the reader after its last byte.
    init(from reader: inout CanonicalReader) throws
}

extension CanonicalEncodable {
    /// The canonical encoding of this value on its own.
    public var canonicalBytes: [UInt8] {
        var writer = CanonicalWriter()
        encode(to: &writer)
        return writer.bytes
    }
}

extension CanonicalDecodable {
    /// Decodes a value that must occupy all of `canonical`; trailing bytes are an error.
    public static func decode(canonical bytes: [UInt8]) throws -> Self {
        var reader = CanonicalReader(bytes)
        let value = try Self(from: &reader)
        try reader.finish()
        return value
    }
}

extension CanonicalEncodable where Self: RawRepresentable, RawValue == UInt8 {
    /// Fieldless enums encode as their raw value, which serves as the tag.
    public func encode(to writer: inout CanonicalWriter) {
        writer.writeTag(rawValue)
    }
}

extension CanonicalDecodable where Self: RawRepresentable, RawValue == UInt8 {
    /// Fieldless enums decode from their raw value; tags with no case are rejected.
    public init(from reader: inout CanonicalReader) throws {
        let tag = try reader.readTag()
        guard let value = Self(rawValue: tag) else {
            throw CodecError.unknownTag(tag, type: String(describing: Self.self))
        }
        self = value
    }
}
