/// One RLP value: a byte string or a list of values (Ethereum Yellow Paper, appendix B).
public enum RLPItem: Equatable, Hashable, Sendable {
    case bytes([UInt8])
    case list([RLPItem])

    /// Encodes an integer the way Ethereum does: minimal big-endian, so zero is the empty string.
    public init(_ value: UInt64) {
        var remaining = value
        var bytes: [UInt8] = []
        while remaining != 0 {
            bytes.append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
        self = .bytes(bytes.reversed())
    }

    /// Encodes a big-endian unsigned integer of any width (e.g. a 256-bit value), dropping leading zeros.
    public init(unsignedBigEndian bytes: [UInt8]) {
        let firstNonZero = bytes.firstIndex { $0 != 0 } ?? bytes.endIndex
        self = .bytes(Array(bytes[firstNonZero...]))
    }

    /// Encodes a string as its UTF-8 bytes.
    public init(_ string: String) {
        self = .bytes(Array(string.utf8))
    }

    /// The payload of a byte string.
    public func bytes() throws(RLPError) -> [UInt8] {
        guard case let .bytes(bytes) = self else { throw .expectedBytes }
        return bytes
    }

    /// The elements of a list.
    public func list() throws(RLPError) -> [RLPItem] {
        guard case let .list(items) = self else { throw .expectedList }
        return items
    }

    /// The value of a canonical RLP integer that fits in 64 bits.
    public func uint64() throws(RLPError) -> UInt64 {
        let bytes = try unsignedBytes(maxLength: 8)
        return bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The minimal big-endian bytes of a canonical RLP integer of at most `maxLength` bytes (empty for zero).
    ///
    /// Leading zeros are rejected rather than stripped because accepting them would give one
    /// value several encodings, and so several transaction hashes.
    public func unsignedBytes(maxLength: Int) throws(RLPError) -> [UInt8] {
        let bytes = try bytes()
        if bytes.first == 0 { throw .nonCanonicalInteger }
        guard bytes.count <= maxLength else {
            throw .integerTooLarge(byteCount: bytes.count, maxLength: maxLength)
        }
        return bytes
    }
}
