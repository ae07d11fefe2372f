/// ASCII text for messages that wallets sign as text (EIP-191), built as bytes: contracts avoid
/// `String`, which would pull Unicode tables into every module.
public enum Text {
    private static let hexDigits: [UInt8] = [UInt8](ascii: "0123456789abcdef")

    /// Lowercase hex of `bytes`, two digits per byte, no prefix.
    public static func hex(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return out
    }

    /// `value` in decimal, no leading zeros ("0" for zero).
    public static func decimal(_ value: UInt64) -> [UInt8] {
        var digits: [UInt8] = []
        var remaining = value
        repeat {
            digits.append(0x30 + UInt8(remaining % 10))
            remaining /= 10
        } while remaining > 0
        return digits.reversed()
    }
}

extension Array where Element == UInt8 {
    /// The bytes of a string literal (domain tags, event names, message text).
    public init(ascii text: StaticString) {
        self.init(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the bytes of a string literal.
    public mutating func append(ascii text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `value` as 8 big-endian bytes, the integer form of every signed message.
    public mutating func append(bigEndian value: UInt64) {
        for shift in stride(from: 56, through: 0, by: -8) {
            append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }
}
