/// Reads Cairn's canonical encoding (Sources/CairnCodec) and reverts on anything non-canonical.
///
/// A contract cannot recover from malformed input, so every failed read ends the call with
/// `failure` ("bad arguments" by default) instead of returning an error.
public struct Reader {
    private let bytes: [UInt8]
    /// Index of the next unread byte.
    public private(set) var offset: Int
    private let failure: StaticString

    /// A reader over `bytes`; any malformed field reverts with `failure`.
    public init(_ bytes: [UInt8], failure: StaticString = "bad arguments") {
        self.bytes = bytes
        self.offset = 0
        self.failure = failure
    }

    /// Whether every byte has been consumed.
    public var isAtEnd: Bool { offset == bytes.count }

    /// Reverts unless every byte has been consumed: a value followed by junk is not canonical.
    public func finish() {
        if !isAtEnd { Host.revert(failure) }
    }

    public mutating func readUInt8() -> UInt8 {
        require(1)
        offset += 1
        return bytes[offset - 1]
    }

    public mutating func readUInt16() -> UInt16 { readBigEndian(UInt16.self) }
    public mutating func readUInt32() -> UInt32 { readBigEndian(UInt32.self) }
    public mutating func readUInt64() -> UInt64 { readBigEndian(UInt64.self) }

    /// Amounts: 16 bytes, big-endian.
    public mutating func readUInt128() -> UInt128 {
        let high = readUInt64()
        let low = readUInt64()
        return UInt128(high) << 64 | UInt128(low)
    }

    /// Exactly 0x00 or 0x01.
    public mutating func readBool() -> Bool {
        switch readUInt8() {
        case 0: return false
        case 1: return true
        default: Host.revert(failure)
        }
    }

    /// Minimal unsigned LEB128 of at most 10 bytes.
    public mutating func readVarint() -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<10 {
            let byte = readUInt8()
            // The tenth group holds only bit 63.
            if index == 9 && byte > 1 { Host.revert(failure) }
            value |= UInt64(byte & 0x7f) << UInt64(index * 7)
            if byte & 0x80 == 0 {
                // A final zero group after other groups means a shorter encoding exists.
                if byte == 0 && index > 0 { Host.revert(failure) }
                return value
            }
        }
        Host.revert(failure)
    }

    /// A varint length or count of at most `limit`.
    public mutating func readLength(limit: Int) -> Int {
        let value = readVarint()
        if value > UInt64(max(limit, 0)) { Host.revert(failure) }
        return Int(value)
    }

    /// A length-prefixed byte string of at most `maxLength` bytes.
    public mutating func readBytes(maxLength: Int) -> [UInt8] {
        readFixed(readLength(limit: maxLength))
    }

    /// Exactly `count` raw bytes, for fields whose length the type fixes (keys, hashes, signatures).
    public mutating func readFixed(_ count: Int) -> [UInt8] {
        require(count)
        offset += count
        return Array(bytes[offset - count..<offset])
    }

    /// A 20-byte address.
    public mutating func readAddress() -> Address {
        Address(unchecked: readFixed(20))
    }

    /// 0x00 for nil, or 0x01 followed by what `readValue` reads.
    public mutating func readOptional<Wrapped>(_ readValue: (inout Reader) -> Wrapped) -> Wrapped? {
        switch readUInt8() {
        case 0: return nil
        case 1: return readValue(&self)
        default: Host.revert(failure)
        }
    }

    /// A varint count of at most `maxCount`, then that many elements.
    public mutating func readArray<Element>(maxCount: Int, _ readElement: (inout Reader) -> Element) -> [Element] {
        let count = readLength(limit: maxCount)
        var elements: [Element] = []
        // Every element takes at least one byte in any type a contract reads, so this bounds the
        // reservation by the input actually present.
        elements.reserveCapacity(min(count, bytes.count - offset))
        for _ in 0..<count {
            elements.append(readElement(&self))
        }
        return elements
    }

    /// Any value that knows its canonical encoding.
    public mutating func read<Value: CanonicalDecodable>(_ type: Value.Type = Value.self) -> Value {
        Value(from: &self)
    }

    private func require(_ count: Int) {
        if count < 0 || count > bytes.count - offset { Host.revert(failure) }
    }

    private mutating func readBigEndian<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) -> T {
        let width = T.bitWidth / 8
        require(width)
        var value: T = 0
        for index in offset..<offset + width {
            value = value << 8 | T(bytes[index])
        }
        offset += width
        return value
    }
}
