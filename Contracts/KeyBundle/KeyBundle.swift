// KeyBundle (0x…1002): each device of a registered identity publishes a signed prekey and a
// list of one-time prekeys; senders read the bundle and claim one one-time prekey each, so no
// two senders get the same one. See README.md.

/// init(identity addr20, maxPrekeys u32, maxLifetime u64); the VM runs it once, at deploy.
@_expose(wasm, "init") @_cdecl("init") public func initialize() {
    let config = Host.arguments(Config.self)
    if config.maxPrekeys > UInt32(Bundle.prekeyCap) || config.maxLifetime == 0 { Host.revert("bad config") }
    Storage.set(BundleStore.configKey, config)
}

/// publish(device 32, signedPrekey 32, prekeySignature 64, expiry u64, oneTimePrekeys [32],
/// noPrekeysReason u8): the caller publishes (or replaces) one device's bundle.
@_expose(wasm, "publish") @_cdecl("publish") public func publish() {
    var args = Host.arguments()
    let device = args.readFixed(32)
    let signedPrekey = args.readFixed(32)
    let prekeySignature = args.readFixed(64)
    let expiry = args.readUInt64()
    let prekeys = args.readArray(maxCount: Bundle.prekeyCap) { $0.readFixed(32) }
    let reason = args.readUInt8()
    args.finish()

    let config = BundleStore.config()
    let owner = Host.caller()
    let now = Host.blockTime()
    guard let reasonValue = NoPrekeysReason(rawValue: reason),
          (reasonValue == .hasPrekeys) == !prekeys.isEmpty else { Host.revert("bad reason") }
    if expiry <= now { Host.revert("prekey expired") }
    if expiry - now > config.maxLifetime { Host.revert("expiry too far") }
    if prekeys.count > Int(config.maxPrekeys) { Host.revert("too many prekeys") }
    if hasDuplicate(prekeys) { Host.revert("duplicate prekey") }
    guard let identity = IdentityView.fetch(identity: config.identity, owner: owner) else { Host.revert("no identity") }
    if !identity.authorises(device) { Host.revert("unknown device") }
    let message = signedPrekeyMessage(owner: owner, device: device, signedPrekey: signedPrekey, expiry: expiry)
    if !Host.ed25519Verify(key: identity.identityKey, message: message, signature: prekeySignature) {
        Host.revert("bad signature")
    }

    // Bundles of keys the identity no longer authorises (revoked devices, a rotated-away identity
    // key) are dropped here, which also bounds the owner's device list.
    var devices: [[UInt8]] = []
    for existing in BundleStore.devices(of: owner) {
        if identity.authorises(existing) {
            devices.append(existing)
        } else {
            BundleStore.deleteBundle(owner: owner, device: existing)
        }
    }
    if !devices.contains(where: { $0 == device }) { devices.append(device) }
    BundleStore.setDevices(devices, of: owner)
    BundleStore.save(Bundle(
        owner: owner, device: device, signedPrekey: signedPrekey, prekeySignature: prekeySignature, expiry: expiry,
        publishedAt: Host.blockHeight(), oneTimePrekeys: prekeys, noPrekeysReason: reason))

    var data = Writer()
    data.writeFixed(signedPrekey)
    data.writeUInt64(expiry)
    data.writeUInt32(UInt32(prekeys.count))
    data.writeUInt8(reason)
    event("KeyBundle.Published", topics: [owner.topic, device], data: data.bytes)
}

/// claimPrekey(owner addr20, device 32) -> Optional<32>: pops the bundle's next one-time prekey.
@_expose(wasm, "claimPrekey") @_cdecl("claimPrekey") public func claimPrekey() {
    var args = Host.arguments()
    let owner = args.readAddress()
    let device = args.readFixed(32)
    args.finish()

    guard var bundle = BundleStore.bundle(owner: owner, device: device), !bundle.oneTimePrekeys.isEmpty else {
        returnKey(nil)
        return
    }
    let prekey = bundle.oneTimePrekeys.removeFirst()
    if bundle.oneTimePrekeys.isEmpty { bundle.noPrekeysReason = NoPrekeysReason.exhausted.rawValue }
    BundleStore.save(bundle)

    var data = Writer()
    data.writeFixed(prekey)
    data.writeAddress(Host.caller())
    event("KeyBundle.Claimed", topics: [owner.topic, device], data: data.bytes)
    returnKey(prekey)
}

private func returnKey(_ key: [UInt8]?) {
    var result = Writer()
    result.writeOptional(key) { $0.writeFixed($1) }
    Host.setReturn(result.bytes)
}

/// remove(device 32): the caller deletes its bundle for `device`.
@_expose(wasm, "remove") @_cdecl("remove") public func remove() {
    var args = Host.arguments()
    let device = args.readFixed(32)
    args.finish()

    let owner = Host.caller()
    if BundleStore.bundle(owner: owner, device: device) == nil { Host.revert("no bundle") }
    BundleStore.deleteBundle(owner: owner, device: device)
    BundleStore.setDevices(BundleStore.devices(of: owner).filter { $0 != device }, of: owner)
    event("KeyBundle.Removed", topics: [owner.topic, device])
}

/// get(owner addr20, device 32) -> Optional<Bundle>, expired or not.
@_expose(wasm, "get") @_cdecl("get") public func get() {
    var args = Host.arguments()
    let owner = args.readAddress()
    let device = args.readFixed(32)
    args.finish()
    Host.setReturn(BundleStore.bundle(owner: owner, device: device))
}

/// devices(owner addr20) -> [32]: the owner's devices that have a bundle.
@_expose(wasm, "devices") @_cdecl("devices") public func devices() {
    let owner = Host.arguments(Address.self)
    var result = Writer()
    result.writeArray(BundleStore.devices(of: owner)) { $0.writeFixed($1) }
    Host.setReturn(result.bytes)
}

private func signedPrekeyMessage(owner: Address, device: [UInt8], signedPrekey: [UInt8], expiry: UInt64) -> [UInt8] {
    var message = [UInt8](ascii: "cairn/keybundle/spk/v1")
    message.append(bigEndian: Host.chainID())
    message.append(contentsOf: owner.bytes)
    message.append(contentsOf: device)
    message.append(contentsOf: signedPrekey)
    message.append(bigEndian: expiry)
    return message
}

/// Whether any key appears twice: one key handed to two senders would break forward secrecy.
private func hasDuplicate(_ keys: [[UInt8]]) -> Bool {
    for i in keys.indices {
        for j in keys.indices where j > i && keys[i] == keys[j] {
            return true
        }
    }
    return false
}
