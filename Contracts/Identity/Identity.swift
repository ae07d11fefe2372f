// Identity (0x…1001): binds an account to an Ed25519 identity key, an optional unique handle and
// a set of device keys. Only the owner changes its identity, and every change after registration
// is signed by the current identity key over the record's nonce. See README.md.

@_expose(wasm, "init") @_cdecl("init") public func initialize() {
    Host.arguments().finish()
}

/// register(identityKey 32, handle bytes, keySignature 64): registers the caller.
@_expose(wasm, "register") @_cdecl("register") public func register() {
    var args = Host.arguments()
    let identityKey = args.readFixed(32)
    let handle = args.readBytes(maxLength: 255)
    let keySignature = args.readFixed(64)
    args.finish()

    let owner = Host.caller()
    checkRegistration(owner: owner, identityKey: identityKey, handle: handle, keySignature: keySignature)
    store(owner: owner, identityKey: identityKey, handle: handle)
}

/// registerFor(owner addr20, identityKey 32, handle bytes, keySignature 64, walletSignature 65):
/// anyone submits a registration the owner's wallet signed with personal_sign.
@_expose(wasm, "registerFor") @_cdecl("registerFor") public func registerFor() {
    var args = Host.arguments()
    let owner = args.readAddress()
    let identityKey = args.readFixed(32)
    let handle = args.readBytes(maxLength: 255)
    let keySignature = args.readFixed(64)
    let walletSignature = args.readFixed(65)
    args.finish()

    checkRegistration(owner: owner, identityKey: identityKey, handle: handle, keySignature: keySignature)
    let digest = SignedMessage.walletRegistrationDigest(owner: owner, identityKey: identityKey, handle: handle)
    guard Host.secp256k1Recover(digest: digest, signature: walletSignature) == owner else {
        Host.revert("bad wallet signature")
    }
    store(owner: owner, identityKey: identityKey, handle: handle)
}

/// addDevice(deviceKey 32, signature 64): the owner adds a device, signed by the identity key.
@_expose(wasm, "addDevice") @_cdecl("addDevice") public func addDevice() {
    var args = Host.arguments()
    let deviceKey = args.readFixed(32)
    let signature = args.readFixed(64)
    args.finish()

    var record = registeredCaller()
    if record.uses(deviceKey) { Host.revert("device exists") }
    if record.activeDeviceCount >= IdentityRecord.maxActiveDevices { Host.revert("too many devices") }
    let message = SignedMessage.addDevice(owner: record.owner, deviceKey: deviceKey, nonce: record.nonce)
    requireSignature(key: record.identityKey, message: message, signature: signature)

    record.append(Device(key: deviceKey, addedAt: Host.blockHeight()))
    record.nonce += 1
    IdentityStore.save(record)
    event("Identity.DeviceAdded", topics: [record.owner.topic], data: deviceEventData(deviceKey, nonce: record.nonce))
}

/// revokeDevice(deviceKey 32, signature 64): the owner revokes an active device.
@_expose(wasm, "revokeDevice") @_cdecl("revokeDevice") public func revokeDevice() {
    var args = Host.arguments()
    let deviceKey = args.readFixed(32)
    let signature = args.readFixed(64)
    args.finish()

    var record = registeredCaller()
    guard let index = record.activeDeviceIndex(deviceKey) else { Host.revert("unknown device") }
    let message = SignedMessage.revokeDevice(owner: record.owner, deviceKey: deviceKey, nonce: record.nonce)
    requireSignature(key: record.identityKey, message: message, signature: signature)

    record.devices[index].revokedAt = Host.blockHeight()
    record.nonce += 1
    IdentityStore.save(record)
    event("Identity.DeviceRevoked", topics: [record.owner.topic], data: deviceEventData(deviceKey, nonce: record.nonce))
}

/// rotateKey(newKey 32, oldSignature 64, newSignature 64): the owner replaces its identity key;
/// the old key authorises the change and the new key proves possession.
@_expose(wasm, "rotateKey") @_cdecl("rotateKey") public func rotateKey() {
    var args = Host.arguments()
    let newKey = args.readFixed(32)
    let oldSignature = args.readFixed(64)
    let newSignature = args.readFixed(64)
    args.finish()

    var record = registeredCaller()
    // A device key as identity key would make one key two roles in KeyBundle's checks.
    if record.uses(newKey) { Host.revert("key in use") }
    let message = SignedMessage.rotate(owner: record.owner, newKey: newKey, nonce: record.nonce)
    requireSignature(key: record.identityKey, message: message, signature: oldSignature)
    requireSignature(key: newKey, message: message, signature: newSignature)

    var data = Writer()
    data.writeFixed(record.identityKey)
    data.writeFixed(newKey)
    record.identityKey = newKey
    record.nonce += 1
    data.writeUInt64(record.nonce)
    IdentityStore.save(record)
    event("Identity.KeyRotated", topics: [record.owner.topic], data: data.bytes)
}

/// get(owner addr20) -> Optional<IdentityRecord>.
@_expose(wasm, "get") @_cdecl("get") public func get() {
    let owner = Host.arguments(Address.self)
    Host.setReturn(IdentityStore.record(owner))
}

/// resolve(handle bytes) -> Optional<addr20>; a malformed handle resolves to nothing.
@_expose(wasm, "resolve") @_cdecl("resolve") public func resolve() {
    var args = Host.arguments()
    let handle = args.readBytes(maxLength: 255)
    args.finish()
    Host.setReturn(Handle.isValid(handle) ? IdentityStore.owner(ofHandle: handle) : nil)
}

// MARK: - Checks shared by the methods

private func checkRegistration(owner: Address, identityKey: [UInt8], handle: [UInt8], keySignature: [UInt8]) {
    if IdentityStore.record(owner) != nil { Host.revert("already registered") }
    if !handle.isEmpty {
        if !Handle.isValid(handle) { Host.revert("bad handle") }
        if IdentityStore.owner(ofHandle: handle) != nil { Host.revert("handle taken") }
    }
    let message = SignedMessage.register(owner: owner, identityKey: identityKey)
    requireSignature(key: identityKey, message: message, signature: keySignature)
}

private func store(owner: Address, identityKey: [UInt8], handle: [UInt8]) {
    IdentityStore.save(IdentityRecord(owner: owner, identityKey: identityKey, handle: handle, registeredAt: Host.blockHeight()))
    if !handle.isEmpty { IdentityStore.claim(handle: handle, for: owner) }
    var data = Writer()
    data.writeFixed(identityKey)
    data.writeBytes(handle)
    event("Identity.Registered", topics: [owner.topic], data: data.bytes)
}

private func registeredCaller() -> IdentityRecord {
    guard let record = IdentityStore.record(Host.caller()) else { Host.revert("not registered") }
    return record
}

private func requireSignature(key: [UInt8], message: [UInt8], signature: [UInt8]) {
    if !Host.ed25519Verify(key: key, message: message, signature: signature) { Host.revert("bad signature") }
}

private func deviceEventData(_ deviceKey: [UInt8], nonce: UInt64) -> [UInt8] {
    var data = Writer()
    data.writeFixed(deviceKey)
    data.writeUInt64(nonce)
    return data.bytes
}
