/// A value that writes its single canonical encoding (fields in order, nothing between).
public protocol CanonicalEncodable {
    /// Appends this value's encoding.
    func encode(to writer: inout Writer)
}

/// A value read back from its canonical encoding; malformed input reverts inside the reader.
public protocol CanonicalDecodable {
    /// Reads one value, leaving the reader after its last byte.
    init(from reader: inout Reader)
}

/// Both directions, for stored records and return values that are also read back.
public typealias CanonicalCodable = CanonicalEncodable & CanonicalDecodable

extension CanonicalEncodable {
    /// This value's encoding on its own.
    public var encoded: [UInt8] {
        var writer = Writer()
        encode(to: &writer)
        return writer.bytes
    }
}

extension CanonicalDecodable {
    /// Decodes a value that must occupy all of `bytes`, reverting with `failure` otherwise.
    public static func decode(_ bytes: [UInt8], failure: StaticString = "bad arguments") -> Self {
        var reader = Reader(bytes, failure: failure)
        let value = Self(from: &reader)
        reader.finish()
        return value
    }
}

extension UInt8: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readUInt8() }
    public func encode(to writer: inout Writer) { writer.writeUInt8(self) }
}

extension UInt16: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readUInt16() }
    public func encode(to writer: inout Writer) { writer.writeUInt16(self) }
}

extension UInt32: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readUInt32() }
    public func encode(to writer: inout Writer) { writer.writeUInt32(self) }
}

extension UInt64: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readUInt64() }
    public func encode(to writer: inout Writer) { writer.writeUInt64(self) }
}

extension UInt128: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readUInt128() }
    public func encode(to writer: inout Writer) { writer.writeUInt128(self) }
}

extension Bool: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readBool() }
    public func encode(to writer: inout Writer) { writer.writeBool(self) }
}

extension Address: CanonicalCodable {
    public init(from reader: inout Reader) { self = reader.readAddress() }
    public func encode(to writer: inout Writer) { writer.writeAddress(self) }
}

// Decoding arrays and optionals needs per-field limits, so only encoding is generic; readers use
// `readArray(maxCount:)` and `readOptional`.
extension Optional: CanonicalEncodable where Wrapped: CanonicalEncodable {
    public func encode(to writer: inout Writer) {
        writer.writeOptional(self) { $0.write($1) }
    }
}

extension Array: CanonicalEncodable where Element: CanonicalEncodable {
    /// A varint count, then each element; `[UInt8]` is thereby a length-prefixed byte string.
    public func encode(to writer: inout Writer) {
        writer.writeArray(self) { $0.write($1) }
    }
}
