/// A key the identity has authorised to act as one of its devices.
struct Device: CanonicalCodable {
    var key: [UInt8]
    /// Block height at which it was added.
    var addedAt: UInt64
    /// Block height at which it was revoked; 0 while active.
    var revokedAt: UInt64

    var isActive: Bool { revokedAt == 0 }

    init(key: [UInt8], addedAt: UInt64) {
        self.key = key
        self.addedAt = addedAt
        self.revokedAt = 0
    }

    init(from reader: inout Reader) {
        key = reader.readFixed(32)
        addedAt = reader.readUInt64()
        revokedAt = reader.readUInt64()
    }

    func encode(to writer: inout Writer) {
        writer.writeFixed(key)
        writer.writeUInt64(addedAt)
        writer.writeUInt64(revokedAt)
    }
}

/// An account's messaging identity: its Ed25519 identity key, optional handle and devices.
struct IdentityRecord: CanonicalCodable {
    /// Active devices allowed at once (the identity key itself is not counted).
    static let maxActiveDevices = 16
    /// Entries kept, active and revoked; past this the oldest revoked entry is dropped, so
    /// add/revoke cycles cannot grow the record without bound.
    static let maxDeviceEntries = 64

    var owner: Address
    var identityKey: [UInt8]
    var handle: [UInt8]
    /// Change counter every signed change covers, so a signature works once.
    var nonce: UInt64
    var registeredAt: UInt64
    var devices: [Device]

    init(owner: Address, identityKey: [UInt8], handle: [UInt8], registeredAt: UInt64) {
        self.owner = owner
        self.identityKey = identityKey
        self.handle = handle
        self.nonce = 0
        self.registeredAt = registeredAt
        self.devices = []
    }

    init(from reader: inout Reader) {
        owner = reader.readAddress()
        identityKey = reader.readFixed(32)
        handle = reader.readBytes(maxLength: Handle.maxLength)
        nonce = reader.readUInt64()
        registeredAt = reader.readUInt64()
        devices = reader.readArray(maxCount: IdentityRecord.maxDeviceEntries) { Device(from: &$0) }
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(owner)
        writer.writeFixed(identityKey)
        writer.writeBytes(handle)
        writer.writeUInt64(nonce)
        writer.writeUInt64(registeredAt)
        writer.writeArray(devices) { $0.write($1) }
    }

    var activeDeviceCount: Int {
        var count = 0
        for device in devices where device.isActive { count += 1 }
        return count
    }

    /// Whether `key` is the identity key or any device key, active or revoked.
    func uses(_ key: [UInt8]) -> Bool {
        key == identityKey || devices.contains { $0.key == key }
    }

    func activeDeviceIndex(_ key: [UInt8]) -> Int? {
        devices.firstIndex { $0.key == key && $0.isActive }
    }

    /// Appends an active device, dropping the oldest revoked entry if the list is full.
    mutating func append(_ device: Device) {
        if devices.count >= IdentityRecord.maxDeviceEntries, let oldest = devices.firstIndex(where: { !$0.isActive }) {
            devices.remove(at: oldest)
        }
        devices.append(device)
    }
}

/// Where identities live in this contract's storage.
enum IdentityStore {
    /// 0x01 ‖ owner → IdentityRecord.
    static let recordMap: UInt8 = 0x01
    /// 0x02 ‖ handle zero-padded to 32 bytes → owner. Handles hold no zero byte, so padding is unambiguous.
    static let handleMap: UInt8 = 0x02

    static func record(_ owner: Address) -> IdentityRecord? {
        Storage.get(Storage.key(recordMap, owner.bytes), as: IdentityRecord.self)
    }

    static func save(_ record: IdentityRecord) {
        Storage.set(Storage.key(recordMap, record.owner.bytes), record)
    }

    static func owner(ofHandle handle: [UInt8]) -> Address? {
        Storage.get(handleKey(handle), as: Address.self)
    }

    static func claim(handle: [UInt8], for owner: Address) {
        Storage.set(handleKey(handle), owner)
    }

    private static func handleKey(_ handle: [UInt8]) -> [UInt8] {
        Storage.key(handleMap, handle, [UInt8](repeating: 0, count: Handle.maxLength - handle.count))
    }
}
