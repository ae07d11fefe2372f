import CairnCodec
import CairnCrypto
import CairnState

/// The Identity and KeyBundle contracts' storage slots (their READMEs, "Storage") as state keys.
public struct KeyDirectoryLayout: Hashable, Sendable {
    public let identity: Address
    public let keyBundle: Address

    public init(identity: Address, keyBundle: Address) {
        self.identity = identity
        self.keyBundle = keyBundle
    }

    /// Identity `0x01 ‖ owner`: the `IdentityRecord`.
    public func identityRecord(_ owner: Address) -> StateKey { .storage(identity, [0x01] + owner.bytes) }

    /// KeyBundle `0x02 ‖ owner`: the devices with a bundle (absent when none).
    public func bundleDevices(_ owner: Address) -> StateKey { .storage(keyBundle, [0x02] + owner.bytes) }

    /// KeyBundle `0x01 ‖ owner ‖ device`: one device's `Bundle`.
    public func bundle(_ owner: Address, _ device: [UInt8]) -> StateKey { .storage(keyBundle, [0x01] + owner.bytes + device) }

    /// A device list value (`[32]`; absent = empty).
    public static func devices(_ value: [UInt8]?) throws(CodecError) -> [[UInt8]] {
        guard let value else { return [] }
        var reader = CanonicalReader(value)
        let devices = try reader.readList(maxCount: 1_024) { reader throws(CodecError) in try reader.readFixed(count: 32) }
        try reader.finish()
        return devices
    }
}

/// Identity's `IdentityRecord`: who an account is and which keys it authorises.
public struct IdentityRecord: Hashable, Sendable {
    /// One device key of an identity.
    public struct Device: Hashable, Sendable {
        public let key: [UInt8]
        public let addedAt: UInt64
        /// 0 while active.
        public let revokedAt: UInt64

        public var isActive: Bool { revokedAt == 0 }
    }

    public let owner: Address
    public let identityKey: [UInt8]
    public let handle: String
    public let nonce: UInt64
    public let registeredAt: UInt64
    public let devices: [Device]

    public init(canonical bytes: [UInt8]) throws(CodecError) {
        var reader = CanonicalReader(bytes)
        let ownerBytes = try reader.readFixed(count: Address.byteCount)
        identityKey = try reader.readFixed(count: 32)
        let handleBytes = try reader.readBytes(maxLength: 32)
        nonce = try reader.readUInt64()
        registeredAt = try reader.readUInt64()
        let devices = try reader.readList(maxCount: 64) { reader throws(CodecError) in
            Device(key: try reader.readFixed(count: 32), addedAt: try reader.readUInt64(), revokedAt: try reader.readUInt64())
        }
        try reader.finish()
        guard let owner = try? Address(bytes: ownerBytes) else { throw .invalidValue("the owner is not an address") }
        self.owner = owner
        // Handles are ASCII by the contract's rule; anything else is not a record it wrote.
        guard handleBytes.allSatisfy({ $0 < 0x80 }) else { throw .invalidValue("the handle is not ASCII") }
        handle = String(decoding: handleBytes, as: UTF8.self)
        self.devices = devices
    }

    /// The keys that may hold a bundle now: the identity key (KeyBundle's first device) and every active device.
    public var authorisedKeys: [[UInt8]] { [identityKey] + devices.filter(\.isActive).map(\.key) }
}

/// KeyBundle's `Bundle`: one device's signed prekey and one-time prekeys.
public struct PublishedBundle: Hashable, Sendable {
    public let owner: Address
    public let device: [UInt8]
    public let signedPrekey: [UInt8]
    /// The identity key's signature over SYSTEM.md's signed-prekey message.
    public let prekeySignature: [UInt8]
    /// Unix seconds; clients must not use an expired bundle.
    public let expiry: UInt64
    public let publishedAt: UInt64
    public let oneTimePrekeys: [[UInt8]]
    /// 0 has prekeys, 1 exhausted, 2 the device does not use them.
    public let noPrekeysReason: UInt8

    public init(canonical bytes: [UInt8]) throws(CodecError) {
        var reader = CanonicalReader(bytes)
        let ownerBytes = try reader.readFixed(count: Address.byteCount)
        device = try reader.readFixed(count: 32)
        signedPrekey = try reader.readFixed(count: 32)
        prekeySignature = try reader.readFixed(count: 64)
        expiry = try reader.readUInt64()
        publishedAt = try reader.readUInt64()
        oneTimePrekeys = try reader.readList(maxCount: 1_024) { reader throws(CodecError) in try reader.readFixed(count: 32) }
        noPrekeysReason = try reader.readUInt8()
        try reader.finish()
        guard let owner = try? Address(bytes: ownerBytes) else { throw .invalidValue("the owner is not an address") }
        self.owner = owner
    }
}

extension CanonicalReader {
    /// `readArray` with a typed error: a varint count of at most `maxCount`, then that many elements.
    mutating func readList<Element>(maxCount: Int, _ readElement: (inout CanonicalReader) throws(CodecError) -> Element)
        throws(CodecError) -> [Element]
    {
        let count = try readLength(limit: maxCount)
        var elements: [Element] = []
        // No more than the bytes left could hold, so a hostile count cannot force a large allocation.
        elements.reserveCapacity(min(count, remainingCount))
        for _ in 0..<count { elements.append(try readElement(&self)) }
        return elements
    }
}
