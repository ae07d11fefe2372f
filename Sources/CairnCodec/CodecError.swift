/// Why canonical binary input was rejected.
public enum CodecError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// A read needed `needed` bytes but only `available` remained.
    case truncated(needed: Int, available: Int)
    /// Input remained after the value was fully decoded.
    case trailingBytes(count: Int)
    /// A varint ended with a zero continuation group, so a shorter encoding of the same value exists.
    case nonMinimalVarint
    /// A varint was longer than 10 bytes or its value exceeded 64 bits.
    case varintOverflow
    /// A boolean byte was neither 0x00 nor 0x01.
    case invalidBool(UInt8)
    /// An optional's presence byte was neither 0x00 nor 0x01.
    case invalidOptionalFlag(UInt8)
    /// A declared length or element count exceeded the limit for that field.
    case lengthTooLarge(length: UInt64, limit: Int)
    /// A string's bytes were not well-formed UTF-8.
    case invalidUTF8
    /// A union or enum tag is not one the named type defines.
    case unknownTag(UInt8, type: String)
    /// The bytes were well-formed but describe a value the type forbids.
    case invalidValue(String)

    public var description: String {
        switch self {
        case let .truncated(needed, available):
            return "input is truncated: needed \(needed) byte(s) but only \(available) remain"
        case let .trailingBytes(count):
            return "input has \(count) unexpected byte(s) after the encoded value"
        case .nonMinimalVarint:
            return "non-canonical varint: it has a redundant trailing zero group; use the shortest encoding"
        case .varintOverflow:
            return "varint is longer than 10 bytes or exceeds 64 bits"
        case let .invalidBool(byte):
            return "invalid boolean byte 0x\(hexByte(byte)); only 0x00 (false) and 0x01 (true) are allowed"
        case let .invalidOptionalFlag(byte):
            return "invalid optional flag 0x\(hexByte(byte)); only 0x00 (absent) and 0x01 (present) are allowed"
        case let .lengthTooLarge(length, limit):
            return "declared length \(length) exceeds the limit of \(limit) for this field"
        case .invalidUTF8:
            return "string bytes are not valid UTF-8"
        case let .unknownTag(tag, type):
            return "unknown tag 0x\(hexByte(tag)) for \(type); the sender may be using a newer protocol version"
        case let .invalidValue(reason):
            return "invalid value: \(reason)"
        }
    }
}
