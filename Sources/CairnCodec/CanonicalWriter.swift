/// Appends values in Cairn's canonical binary format (see `CanonicalCodable`).
public struct CanonicalWriter: Sendable {
    /// Everything written so far.
    public private(set) var bytes: [UInt8]

    /// Starts an empty writer; reserving capacity avoids regrowth when the size is known.
    public init(reservingCapacity capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func writeUInt8(_ value: UInt8) {
        bytes.append(value)
    }

    public mutating func writeUInt16(_ value: UInt16) {
        writeBigEndian(value)
    }

    public mutating func writeUInt32(_ value: UInt32) {
        writeBigEndian(value)
    }

    public mutating func writeUInt64(_ value: UInt64) {
        writeBigEndian(value)
    }

    /// Amounts: 16 bytes, big-endian.
    public mutating func writeUInt128(_ value: UInt128) {
        writeBigEndian(UInt64(truncatingIfNeeded: value >> 64))
        writeBigEndian(UInt64(truncatingIfNeeded: value))
    }

    /// Two's complement, big-endian, always 8 bytes.
    public mutating func writeInt64(_ value: Int64) {
        writeBigEndian(UInt64(bitPattern: value))
    }

    public mutating func writeBool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Writes a union or enum tag; the type that owns the tag space defines its values.
    public mutating func writeTag(_ tag: UInt8) {
        bytes.append(tag)
    }

    /// Minimal unsigned LEB128: seven bits per byte, least significant group first.
    public mutating func writeVarint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    /// A variable-length byte string: varint length, then the bytes.
    public mutating func writeBytes(_ value: some Collection<UInt8>) {
        writeLength(value.count)
        bytes.append(contentsOf: value)
    }

    /// Raw bytes whose length the enclosing type fixes (hashes, keys, signatures); no length prefix.
    ///
    /// The type must guarantee the length, since the reader will take exactly that many bytes.
    public mutating func writeFixed(_ value: some Collection<UInt8>) {
        bytes.append(contentsOf: value)
    }

    /// UTF-8 bytes exactly as the string stores them, with no Unicode normalization.
    public mutating func writeString(_ value: String) {
        writeBytes(value.utf8)
    }

    /// 0x00 for `nil`, otherwise 0x01 followed by whatever `writeValue` writes.
    public mutating func writeOptional<Wrapped>(
        _ value: Wrapped?,
        _ writeValue: (inout CanonicalWriter, Wrapped) -> Void
    ) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        writeValue(&self, value)
    }

    /// Varint element count, then each element as `writeElement` writes it.
    public mutating func writeArray<Elements: Collection>(
        _ elements: Elements,
        _ writeElement: (inout CanonicalWriter, Elements.Element) -> Void
    ) {
        writeLength(elements.count)
        for element in elements {
            writeElement(&self, element)
        }
    }

    /// Writes any value that knows its own canonical encoding.
    public mutating func write(_ value: some CanonicalEncodable) {
        value.encode(to: &self)
    }

    /// Collection counts are never negative, so the conversion cannot fail.
    mutating func writeLength(_ length: Int) {
        writeVarint(UInt64(length))
    }

    private mutating func writeBigEndian<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        for shift in stride(from: T.bitWidth - 8, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}
