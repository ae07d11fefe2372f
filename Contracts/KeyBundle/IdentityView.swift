/// The part of an Identity record KeyBundle relies on, read through `Identity.get`.
///
/// The Identity contract's record is decoded in full and strictly (Contracts/Identity/README.md),
/// so a change to its layout fails loudly here instead of being misread.
struct IdentityView {
    var identityKey: [UInt8]
    /// Device keys that are not revoked.
    var activeDevices: [[UInt8]]

    /// Whether `key` may publish as a device of this identity: the identity key or an active device.
    func authorises(_ key: [UInt8]) -> Bool {
        key == identityKey || activeDevices.contains { $0 == key }
    }

    /// The owner's identity, or nil if it has none; reverts if Identity cannot be asked.
    static func fetch(identity contract: Address, owner: Address) -> IdentityView? {
        guard case .success(let returned) = Host.call(contract: contract, method: "get", args: owner.bytes) else {
            Host.revert("identity call failed")
        }
        var reader = Reader(returned, failure: "bad identity record")
        let view = reader.readOptional { record -> IdentityView in
            if record.readAddress() != owner { Host.revert("bad identity record") }
            let identityKey = record.readFixed(32)
            _ = record.readBytes(maxLength: 32)
            _ = record.readUInt64() // nonce
            _ = record.readUInt64() // registeredAt
            var active: [[UInt8]] = []
            let devices = record.readArray(maxCount: 64) { device -> (key: [UInt8], revokedAt: UInt64) in
                let key = device.readFixed(32)
                _ = device.readUInt64() // addedAt
                return (key, device.readUInt64())
            }
            for device in devices where device.revokedAt == 0 { active.append(device.key) }
            return IdentityView(identityKey: identityKey, activeDevices: active)
        }
        reader.finish()
        return view
    }
}
