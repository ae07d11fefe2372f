/// Why an RLP input was rejected or an `RLPItem` could not be read as the requested shape.
public enum RLPError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The input contained no bytes at all.
    case emptyInput
    /// The input ended `needed - available` bytes before the item it declares.
    case truncated(needed: Int, available: Int)
    /// A single byte below 0x80 was wrapped in a one-byte string header (0x81 xx) instead of standing alone.
    case nonCanonicalSingleByte(UInt8)
    /// A string or list shorter than 56 bytes used the long-form header meant for 56 bytes and more.
    case nonCanonicalLongForm(length: Int)
    /// The big-endian length in a long-form header started with a zero byte.
    case lengthHasLeadingZero
    /// A long-form length does not fit in `Int`, so it cannot describe any real input.
    case lengthOverflow
    /// Bytes remained after the top-level item.
    case trailingBytes(count: Int)
    /// An item inside a list ran past the end of that list's declared payload.
    case listPayloadMismatch(payloadLength: Int)
    /// Lists were nested deeper than `RLP.maxNestingDepth`.
    case nestingTooDeep(limit: Int)
    /// A byte string was required but the item is a list.
    case expectedBytes
    /// A list was required but the item is a byte string.
    case expectedList
    /// An integer had a leading zero byte; RLP integers are minimal big-endian and zero is the empty string.
    case nonCanonicalInteger
    /// An integer used more bytes than the field allows.
    case integerTooLarge(byteCount: Int, maxLength: Int)

    public var description: String {
        switch self {
        case .emptyInput:
            return "RLP input is empty; expected at least one byte"
        case let .truncated(needed, available):
            return "RLP input is truncated: the item needs \(needed) more byte(s) but only \(available) remain"
        case let .nonCanonicalSingleByte(byte):
            return "non-canonical RLP: byte 0x\(hexByte(byte)) must be encoded as itself, not as a one-byte string (0x81 prefix)"
        case let .nonCanonicalLongForm(length):
            return "non-canonical RLP: payload of \(length) byte(s) uses the long-form header, which is only allowed for 56 bytes or more"
        case .lengthHasLeadingZero:
            return "non-canonical RLP: long-form length has a leading zero byte"
        case .lengthOverflow:
            return "RLP length does not fit in a machine integer; the input is corrupt or hostile"
        case let .trailingBytes(count):
            return "RLP input has \(count) unexpected byte(s) after the top-level item"
        case let .listPayloadMismatch(payloadLength):
            return "RLP list declares a \(payloadLength)-byte payload but its items do not fit it exactly"
        case let .nestingTooDeep(limit):
            return "RLP lists are nested deeper than the limit of \(limit) levels"
        case .expectedBytes:
            return "expected an RLP byte string but found a list"
        case .expectedList:
            return "expected an RLP list but found a byte string"
        case .nonCanonicalInteger:
            return "non-canonical RLP integer: leading zero byte (zero must be the empty string)"
        case let .integerTooLarge(byteCount, maxLength):
            return "RLP integer is \(byteCount) bytes long; this field allows at most \(maxLength)"
        }
    }
}

/// Two lower-case hex digits, so messages stay readable without pulling in Foundation.
func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
}
