/// A 20-byte account or contract address.
///
/// The length is fixed at construction, so code that holds an `Address` never re-checks it.
public struct Address: Equatable {
    /// The 20 address bytes.
    public let bytes: [UInt8]

    /// The system caller (SYSTEM.md): only the chain itself acts as it.
    public static var zero: Address { Address(unchecked: [UInt8](repeating: 0, count: 20)) }

    /// An address from exactly 20 bytes, or nil for any other length.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count == 20 else { return nil }
        self.bytes = bytes
    }

    /// An address whose low 8 bytes are `number`, as the system contracts' addresses are (0x…1001).
    public init(number: UInt64) {
        var bytes = [UInt8](repeating: 0, count: 12)
        for shift in stride(from: 56, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: number >> UInt64(shift)))
        }
        self.bytes = bytes
    }

    init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether this is the zero address.
    public var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// The address as an event topic: left-padded with zeros to 32 bytes (ABI.md, "Events").
    public var topic: [UInt8] { [UInt8](repeating: 0, count: 12) + bytes }
}
