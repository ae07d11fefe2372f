/// The part of an Identity record KeyBundle relies on, read through `Identity.get`.
///
/// The Identity contract's record is decoded in full and strictly (Contracts/Identity/README.md),
/// so a change to its layout fails loudly here instead of being misread.
struct IdentityView {
    var identityKey: [UInt8]
    /// Device keys that are not revoked.
    var activeDevices: FixedList

    /// Whether `key` may publish as a device of this identity: the identity key or an active device.
    func authorises(_ key: [UInt8]) -> Bool {
        key == identityKey || activeDevices.contains(key)
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
            var active = FixedList(width: 32)
            let count = record.readLength(limit: 64)
            for _ in 0..<count {
                let key = record.readFixed(32)
                _ = record.readUInt64() // addedAt
                if record.readUInt64() == 0 { active.append(key) } // revokedAt
            }
            return IdentityView(identityKey: identityKey, activeDevices: active)
        }
        reader.finish()
        return view
    }
}
