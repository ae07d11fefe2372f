/// Appends values in Cairn's canonical encoding (Sources/CairnCodec): return data, event data,
/// stored records and nested-call arguments.
///
/// The output lives in a zero-filled buffer that doubles when full, and byte strings are copied in
/// with one `memory.copy`: `Array.append(contentsOf:)` copies byte by byte in Embedded Swift,
/// at about 20 gas a byte.
public struct Writer {
    private var buffer: [UInt8]
    /// Bytes written so far; the rest of `buffer` is spare capacity.
    public private(set) var count: Int

    /// An empty writer.
    public init() {
        buffer = []
        count = 0
    }

    /// Everything written so far.
    public var bytes: [UInt8] { copy(buffer, from: 0, count: count) }

    public mutating func writeUInt8(_ value: UInt8) {
        let at = extend(by: 1)
        buffer[at] = value
    }
    public mutating func writeUInt16(_ value: UInt16) { writeBigEndian(value) }
    public mutating func writeUInt32(_ value: UInt32) { writeBigEndian(value) }
    public mutating func writeUInt64(_ value: UInt64) { writeBigEndian(value) }

    /// Amounts: 16 bytes, big-endian.
    public mutating func writeUInt128(_ value: UInt128) {
        writeBigEndian(UInt64(truncatingIfNeeded: value >> 64))
        writeBigEndian(UInt64(truncatingIfNeeded: value))
    }

    public mutating func writeBool(_ value: Bool) { writeUInt8(value ? 1 : 0) }

    /// Minimal unsigned LEB128.
    public mutating func writeVarint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            writeUInt8(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        writeUInt8(UInt8(remaining))
    }

    /// A length-prefixed byte string.
    public mutating func writeBytes(_ value: [UInt8]) {
        writeVarint(UInt64(value.count))
        writeFixed(value)
    }

    /// Raw bytes whose length the type fixes (keys, hashes, signatures); no length prefix.
    public mutating func writeFixed(_ value: [UInt8]) {
        guard !value.isEmpty else { return }
        let at = extend(by: value.count)
        buffer.withUnsafeMutableBytes { target in
            value.withUnsafeBytes { (target.baseAddress! + at).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
    }

    /// `[width-byte element]`: a varint count, then the raw elements.
    public mutating func writeFixedList(_ list: FixedList) {
        writeVarint(UInt64(list.count))
        writeFixed(list.bytes)
    }

    /// A 20-byte address.
    public mutating func writeAddress(_ value: Address) {
        writeFixed(value.bytes)
    }

    /// 0x00 for nil, otherwise 0x01 followed by what `writeValue` writes.
    public mutating func writeOptional<Wrapped>(_ value: Wrapped?, _ writeValue: (inout Writer, Wrapped) -> Void) {
        guard let value else {
            writeUInt8(0)
            return
        }
        writeUInt8(1)
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
            writeUInt8(UInt8(truncatingIfNeeded: value >> shift))
        }
    }

    /// Makes room for `extra` more bytes and returns where they start.
    private mutating func extend(by extra: Int) -> Int {
        let start = count
        let needed = start + extra
        if needed > buffer.count {
            var grown = [UInt8](repeating: 0, count: max(needed, buffer.count * 2, 64))
            if start > 0 {
                grown.withUnsafeMutableBytes { target in
                    buffer.withUnsafeBytes { target.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: start) }
                }
            }
            buffer = grown
        }
        count = needed
        return start
    }
}
