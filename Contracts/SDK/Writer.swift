/// Appends values in Cairn's canonical encoding (Sources/CairnCodec): return data, event data,
/// stored records and nested-call arguments.
public struct Writer {
    /// Everything written so far.
    public private(set) var bytes: [UInt8]

    /// An empty writer.
    public init() {
        bytes = []
    }

    public mutating func writeUInt8(_ value: UInt8) { bytes.append(value) }
    public mutating func writeUInt16(_ value: UInt16) { writeBigEndian(value) }
    public mutating func writeUInt32(_ value: UInt32) { writeBigEndian(value) }
    public mutating func writeUInt64(_ value: UInt64) { writeBigEndian(value) }

    /// Amounts: 16 bytes, big-endian.
    public mutating func writeUInt128(_ value: UInt128) {
        writeBigEndian(UInt64(truncatingIfNeeded: value >> 64))
        writeBigEndian(UInt64(truncatingIfNeeded: value))
    }

    public mutating func writeBool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Minimal unsigned LEB128.
    public mutating func writeVarint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    /// A length-prefixed byte string.
    public mutating func writeBytes(_ value: [UInt8]) {
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// Raw bytes whose length the type fixes (keys, hashes, signatures); no length prefix.
    public mutating func writeFixed(_ value: [UInt8]) {
        bytes.append(contentsOf: value)
    }

    /// A 20-byte address.
    public mutating func writeAddress(_ value: Address) {
        bytes.append(contentsOf: value.bytes)
    }

    /// 0x00 for nil, otherwise 0x01 followed by what `writeValue` writes.
    public mutating func writeOptional<Wrapped>(_ value: Wrapped?, _ writeValue: (inout Writer, Wrapped) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        writeValue(&self, value)
    }

    /// A varint count, then each element as `writeElement` writes it.
    public mutating func writeArray<Element>(_ elements: [Element], _ writeElement: (inout Writer, Element) -> Void) {
        writeVarint(UInt64(elements.count))
        for element in elements {
            writeElement(&self, element)
        }
    }

    /// Any value that knows its canonical encoding.
    public mutating func write(_ value: some CanonicalEncodable) {
        value.encode(to: &self)
    }

    private mutating func writeBigEndian<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        for shift in stride(from: T.bitWidth - 8, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}
