import CairnCrypto
import CairnRPC

/// Why a gateway's JSON answer could not be read as the wire type it claims to be.
public enum WireFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case let .malformed(detail): "malformed answer: \(detail)"
        }
    }
}

/// The text forms the gateway and its clients share: bytes as `0x` + hex, counts as JSON integers.
public enum WireFormat {
    /// `0x` + 64 hex digits (either case) as a 32-byte inbox tag; nil for anything else.
    public static func tag(_ text: some StringProtocol) -> [UInt8]? {
        guard text.utf8.count == 66, text.hasPrefix("0x") || text.hasPrefix("0X"), let bytes = try? Hex.decode(text) else { return nil }
        return bytes
    }

    /// `0x` + lower-case hex.
    public static func hex(_ bytes: [UInt8]) -> JSONValue { .string("0x" + Hex.encode(bytes)) }

    /// A count or sequence number as a JSON integer. Values past `Int64.max` cannot occur on a chain
    /// (each costs a transaction) and are clamped rather than trapped on.
    static func number(_ value: UInt64) -> JSONValue { .integer(Int64(clamping: value)) }

    static func number(_ value: Int) -> JSONValue { .integer(Int64(value)) }

    /// `0x`-prefixed hex of at most `maximum` bytes (exactly `count` when given).
    static func bytes(_ value: JSONValue?, _ name: String, count: Int? = nil, maximum: Int = 1 << 20) throws(WireFormatError) -> [UInt8] {
        guard let text = value?.string else { throw .malformed("'\(name)' is missing or not a string") }
        guard text.hasPrefix("0x"), text.utf8.count <= 2 + 2 * maximum, let bytes = try? Hex.decode(text) else {
            throw .malformed("'\(name)' must be 0x and at most \(maximum) bytes in hex")
        }
        if let count, bytes.count != count { throw .malformed("'\(name)' must be \(count) bytes, not \(bytes.count)") }
        return bytes
    }

    /// A whole number from 0 to `maximum`.
    static func count(_ value: JSONValue?, _ name: String, maximum: Int) throws(WireFormatError) -> Int {
        guard let number = value?.integer, number >= 0, number <= Int64(maximum) else {
            throw .malformed("'\(name)' must be a whole number from 0 to \(maximum)")
        }
        return Int(number)
    }

    /// A non-negative whole number.
    static func uint64(_ value: JSONValue?, _ name: String) throws(WireFormatError) -> UInt64 {
        guard let number = value?.integer, number >= 0 else { throw .malformed("'\(name)' must be a non-negative whole number") }
        return UInt64(number)
    }

    /// An array of at most `maximum` elements.
    static func array(_ value: JSONValue?, _ name: String, maximum: Int) throws(WireFormatError) -> [JSONValue] {
        guard let array = value?.array else { throw .malformed("'\(name)' is missing or not an array") }
        guard array.count <= maximum else { throw .malformed("'\(name)' holds more than \(maximum) elements") }
        return array
    }
}
