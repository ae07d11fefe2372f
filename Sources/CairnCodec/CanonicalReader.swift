/// Reads values in Cairn's canonical binary format, rejecting every non-canonical form (see `CanonicalCodable`).
///
/// A failed read leaves the cursor where it was, so a caller may report the offset of the
/// offending field.
public struct CanonicalReader: Sendable {
    /// Default cap on a byte string or UTF-8 string: far above any legitimate Cairn field,
    /// small enough that a hostile length cannot exhaust memory.
    public static let defaultMaxByteCount = 16 << 20
    /// Default cap on an array's element count.
    public static let defaultMaxElementCount = 1 << 20

    private let input: [UInt8]
    /// Index of the next unread byte.
    public private(set) var offset: Int

    public init(_ input: [UInt8]) {
        self.input = input
        self.offset = 0
    }

    /// Whether every byte has been consumed.
    public var isAtEnd: Bool { offset == input.count }

    /// Bytes not yet consumed.
    public var remainingCount: Int { input.count - offset }

    /// Succeeds only if every byte has been consumed; a value followed by junk is not canonical.
    public func finish() throws(CodecError) {
        guard isAtEnd else { throw .trailingBytes(count: remainingCount) }
    }

    public mutating func readUInt8() throws(CodecError) -> UInt8 {
        try readBigEndian(UInt8.self)
    }

    public mutating func readUInt16() throws(CodecError) -> UInt16 {
        try readBigEndian(UInt16.self)
    }

    public mutating func readUInt32() throws(CodecError) -> UInt32 {
        try readBigEndian(UInt32.self)
    }

    public mutating func readUInt64() throws(CodecError) -> UInt64 {
        try readBigEndian(UInt64.self)
    }

    public mutating func readUInt128() throws(CodecError) -> UInt128 {
        let high = try readBigEndian(UInt64.self)
        let low = try readBigEndian(UInt64.self)
        return UInt128(high) << 64 | UInt128(low)
    }

    public mutating func readInt64() throws(CodecError) -> Int64 {
        Int64(bitPattern: try readBigEndian(UInt64.self))
    }

    public mutating func readBool() throws(CodecError) -> Bool {
        try require(1)
        switch input[offset] {
        case 0: offset += 1; return false
        case 1: offset += 1; return true
        case let byte: throw .invalidBool(byte)
        }
    }

    /// Reads a tag byte; the caller maps it and reports `unknownTag` for values it does not define.
    public mutating func readTag() throws(CodecError) -> UInt8 {
        try readBigEndian(UInt8.self)
    }

    /// Minimal unsigned LEB128 of at most 10 bytes.
    public mutating func readVarint() throws(CodecError) -> UInt64 {
        var cursor = offset
        var value: UInt64 = 0
        for index in 0..<10 {
            guard cursor < input.count else { throw .truncated(needed: 1, available: 0) }
            let byte = input[cursor]
            cursor += 1
            // The tenth group holds only bit 63, so anything above 1 (including a continuation
            // bit) would overflow 64 bits.
            if index == 9 && byte > 1 { throw .varintOverflow }
            value |= UInt64(byte & 0x7f) << UInt64(index * 7)
            if byte & 0x80 == 0 {
                // A final zero group after other groups adds nothing: a shorter form exists.
                if byte == 0 && index > 0 { throw .nonMinimalVarint }
                offset = cursor
                return value
            }
        }
        throw .varintOverflow
    }

    /// A varint length or count, rejected if it exceeds `limit`.
    ///
    /// This does not check the remaining input, because elements of some types may encode to
    /// zero bytes; callers that allocate per byte must also check `remainingCount`.
    public mutating func readLength(limit: Int) throws(CodecError) -> Int {
        let start = offset
        let value = try readVarint()
        guard value <= UInt64(max(limit, 0)) else {
            offset = start
            throw .lengthTooLarge(length: value, limit: limit)
        }
        return Int(value)
    }

    /// A variable-length byte string of at most `maxLength` bytes.
    public mutating func readBytes(maxLength: Int = defaultMaxByteCount) throws(CodecError) -> [UInt8] {
        let start = offset
        let length = try readLength(limit: maxLength)
        guard length <= remainingCount else {
            let available = remainingCount
            offset = start
            throw .truncated(needed: length, available: available)
        }
        let bytes = Array(input[offset..<offset + length])
        offset += length
        return bytes
    }

    /// Exactly `count` raw bytes, for fields whose length the type fixes.
    public mutating func readFixed(count: Int) throws(CodecError) -> [UInt8] {
        guard count >= 0 else { throw .invalidValue("fixed-length field cannot have negative length \(count)") }
        try require(count)
        let bytes = Array(input[offset..<offset + count])
        offset += count
        return bytes
    }

    /// A UTF-8 string of at most `maxLength` bytes.
    public mutating func readString(maxLength: Int = defaultMaxByteCount) throws(CodecError) -> String {
        let start = offset
        let bytes = try readBytes(maxLength: maxLength)
        // Decoding repairs ill-formed sequences with U+FFFD, which changes the bytes, so a byte
        // mismatch means the input was not valid UTF-8. This avoids `String(validating:)`, which
        // is unavailable on older Apple deployment targets.
        let string = String(decoding: bytes, as: UTF8.self)
        guard string.utf8.elementsEqual(bytes) else {
            offset = start
            throw .invalidUTF8
        }
        return string
    }

    /// 0x00 for `nil`, or 0x01 followed by the value `readValue` reads.
    public mutating func readOptional<Wrapped>(
        _ readValue: (inout CanonicalReader) throws -> Wrapped
    ) throws -> Wrapped? {
        try require(1)
        switch input[offset] {
        case 0:
            offset += 1
            return nil
        case 1:
            let start = offset
            offset += 1
            do {
                return try readValue(&self)
            } catch {
                offset = start
                throw error
            }
        case let flag:
            throw CodecError.invalidOptionalFlag(flag)
        }
    }

    /// A varint count of at most `maxCount`, then that many elements.
    ///
    /// Capacity is reserved for no more elements than there are bytes left, so a hostile count
    /// cannot force a large allocation before the input runs out.
    public mutating func readArray<Element>(
        maxCount: Int = defaultMaxElementCount,
        _ readElement: (inout CanonicalReader) throws -> Element
    ) throws -> [Element] {
        let start = offset
        let count = try readLength(limit: maxCount)
        var elements: [Element] = []
        elements.reserveCapacity(min(count, remainingCount))
        do {
            for _ in 0..<count {
                elements.append(try readElement(&self))
            }
        } catch {
            offset = start
            throw error
        }
        return elements
    }

    /// Reads any value that knows its own canonical encoding.
    public mutating func read<Value: CanonicalDecodable>(_ type: Value.Type = Value.self) throws -> Value {
        let start = offset
        do {
            return try Value(from: &self)
        } catch {
            offset = start
            throw error
        }
    }

    private func require(_ count: Int) throws(CodecError) {
        guard count <= remainingCount else { throw .truncated(needed: count, available: remainingCount) }
    }

    private mutating func readBigEndian<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws(CodecError) -> T {
        let width = T.bitWidth / 8
        try require(width)
        var value: T = 0
        for index in offset..<offset + width {
            value = value << 8 | T(input[index])
        }
        offset += width
        return value
    }
}
