/// Why a bundle carries no one-time prekeys.
enum NoPrekeysReason: UInt8 {
    /// It has some.
    case hasPrekeys = 0
    /// They were all claimed (or the device published none left).
    case exhausted = 1
    /// The device does not use one-time prekeys.
    case policy = 2
}

/// One device's published keys: what a sender needs to start a session with it.
struct Bundle: CanonicalCodable {
    /// Upper bound on any deployment's maxPrekeys, so a stored bundle stays far below 64 KiB.
    static let prekeyCap = 1024

    var owner: Address
    var device: [UInt8]
    var signedPrekey: [UInt8]
    var prekeySignature: [UInt8]
    /// Unix seconds after which senders must not use the signed prekey.
    var expiry: UInt64
    /// Block height of the publish.
    var publishedAt: UInt64
    var oneTimePrekeys: [[UInt8]]
    var noPrekeysReason: UInt8

    init(owner: Address, device: [UInt8], signedPrekey: [UInt8], prekeySignature: [UInt8], expiry: UInt64,
         publishedAt: UInt64, oneTimePrekeys: [[UInt8]], noPrekeysReason: UInt8) {
        self.owner = owner
        self.device = device
        self.signedPrekey = signedPrekey
        self.prekeySignature = prekeySignature
        self.expiry = expiry
        self.publishedAt = publishedAt
        self.oneTimePrekeys = oneTimePrekeys
        self.noPrekeysReason = noPrekeysReason
    }

    init(from reader: inout Reader) {
        owner = reader.readAddress()
        device = reader.readFixed(32)
        signedPrekey = reader.readFixed(32)
        prekeySignature = reader.readFixed(64)
        expiry = reader.readUInt64()
        publishedAt = reader.readUInt64()
        oneTimePrekeys = reader.readArray(maxCount: Bundle.prekeyCap) { $0.readFixed(32) }
        noPrekeysReason = reader.readUInt8()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(owner)
        writer.writeFixed(device)
        writer.writeFixed(signedPrekey)
        writer.writeFixed(prekeySignature)
        writer.writeUInt64(expiry)
        writer.writeUInt64(publishedAt)
        writer.writeArray(oneTimePrekeys) { $0.writeFixed($1) }
        writer.writeUInt8(noPrekeysReason)
    }
}

/// Deployment parameters, set once by init.
struct Config: CanonicalCodable {
    var identity: Address
    var maxPrekeys: UInt32
    /// Longest allowed time, in seconds, between the publishing block and a signed prekey's expiry.
    var maxLifetime: UInt64

    init(from reader: inout Reader) {
        identity = reader.readAddress()
        maxPrekeys = reader.readUInt32()
        maxLifetime = reader.readUInt64()
    }

    func encode(to writer: inout Writer) {
        writer.writeAddress(identity)
        writer.writeUInt32(maxPrekeys)
        writer.writeUInt64(maxLifetime)
    }
}

/// Where bundles live in this contract's storage.
enum BundleStore {
    /// 0x00 → Config.
    static let configKey: [UInt8] = [0x00]
    /// 0x01 ‖ owner ‖ device → Bundle.
    static let bundleMap: UInt8 = 0x01
    /// 0x02 ‖ owner → [device 32]: the devices with a bundle, in publish order.
    static let deviceListMap: UInt8 = 0x02

    static func config() -> Config {
        guard let config = Storage.get(configKey, as: Config.self) else { Host.revert("not initialised") }
        return config
    }

    static func bundle(owner: Address, device: [UInt8]) -> Bundle? {
        Storage.get(bundleKey(owner, device), as: Bundle.self)
    }

    static func save(_ bundle: Bundle) {
        Storage.set(bundleKey(bundle.owner, bundle.device), bundle)
    }

    static func deleteBundle(owner: Address, device: [UInt8]) {
        Storage.delete(bundleKey(owner, device))
    }

    static func devices(of owner: Address) -> [[UInt8]] {
        guard let bytes = Storage.get(Storage.key(deviceListMap, owner.bytes)) else { return [] }
        var reader = Reader(bytes, failure: "corrupt state")
        let devices = reader.readArray(maxCount: Bundle.prekeyCap) { $0.readFixed(32) }
        reader.finish()
        return devices
    }

    static func setDevices(_ devices: [[UInt8]], of owner: Address) {
        let key = Storage.key(deviceListMap, owner.bytes)
        if devices.isEmpty {
            Storage.delete(key)
            return
        }
        var writer = Writer()
        writer.writeArray(devices) { $0.writeFixed($1) }
        Storage.set(key, writer.bytes)
    }

    private static func bundleKey(_ owner: Address, _ device: [UInt8]) -> [UInt8] {
        Storage.key(bundleMap, owner.bytes, device)
    }
}
