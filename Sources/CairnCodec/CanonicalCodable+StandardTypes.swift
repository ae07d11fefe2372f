// Canonical conformances for standard types, each delegating to the one writer/reader primitive
// for its kind so the format is defined in a single place.

extension UInt8: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeUInt8(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readUInt8() }
}

extension UInt16: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeUInt16(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readUInt16() }
}

extension UInt32: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeUInt32(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readUInt32() }
}

extension UInt64: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeUInt64(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readUInt64() }
}

extension UInt128: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeUInt128(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readUInt128() }
}

extension Int64: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeInt64(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readInt64() }
}

extension Bool: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeBool(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readBool() }
}

extension String: CanonicalCodable {
    public func encode(to writer: inout CanonicalWriter) { writer.writeString(self) }
    public init(from reader: inout CanonicalReader) throws { self = try reader.readString() }
}

extension Optional: CanonicalEncodable where Wrapped: CanonicalEncodable {
    public func encode(to writer: inout CanonicalWriter) {
        writer.writeOptional(self) { writer, value in value.encode(to: &writer) }
    }
}

extension Optional: CanonicalDecodable where Wrapped: CanonicalDecodable {
    public init(from reader: inout CanonicalReader) throws {
        self = try reader.readOptional { reader in try Wrapped(from: &reader) }
    }
}

extension Array: CanonicalEncodable where Element: CanonicalEncodable {
    public func encode(to writer: inout CanonicalWriter) {
        // Same bytes as the generic path (count, then one byte each), just without a call per byte.
        if Element.self == UInt8.self, let bytes = self as? [UInt8] {
            writer.writeBytes(bytes)
            return
        }
        writer.writeArray(self) { writer, element in element.encode(to: &writer) }
    }
}

extension Array: CanonicalDecodable where Element: CanonicalDecodable {
    public init(from reader: inout CanonicalReader) throws {
        // `[UInt8]` is a byte string, so it gets the byte-string limit rather than the element
        // limit; the accepted bytes are the same either way.
        if Element.self == UInt8.self {
            let bytes = try reader.readBytes()
            if let elements = bytes as? [Element] {
                self = elements
                return
            }
        }
        self = try reader.readArray { reader in try Element(from: &reader) }
    }
}
