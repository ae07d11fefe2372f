/// Handle syntax (SYSTEM.md, "Handles").
enum Handle {
    static let maxLength = 32

    /// 1 to 32 bytes of a-z, 0-9, '_' and '-', starting with a letter. Empty (no handle) is checked apart.
    static func isValid(_ handle: [UInt8]) -> Bool {
        guard !handle.isEmpty, handle.count <= maxLength, isLetter(handle[0]) else { return false }
        for byte in handle where !(isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5f || byte == 0x2d) {
            return false
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7a }
}

/// The byte strings the identity key and wallets sign (SYSTEM.md, "Signed messages").
enum SignedMessage {
    static func register(owner: Address, identityKey: [UInt8]) -> [UInt8] {
        var message = [UInt8](ascii: "cairn/identity/register/v1")
        message.append(bigEndian: Host.chainID())
        message.append(contentsOf: owner.bytes)
        message.append(contentsOf: identityKey)
        return message
    }

    static func addDevice(owner: Address, deviceKey: [UInt8], nonce: UInt64) -> [UInt8] {
        var message = [UInt8](ascii: "cairn/identity/add-device/v1")
        append(owner: owner, key: deviceKey, nonce: nonce, to: &message)
        return message
    }

    static func revokeDevice(owner: Address, deviceKey: [UInt8], nonce: UInt64) -> [UInt8] {
        var message = [UInt8](ascii: "cairn/identity/revoke-device/v1")
        append(owner: owner, key: deviceKey, nonce: nonce, to: &message)
        return message
    }

    static func rotate(owner: Address, newKey: [UInt8], nonce: UInt64) -> [UInt8] {
        var message = [UInt8](ascii: "cairn/identity/rotate/v1")
        append(owner: owner, key: newKey, nonce: nonce, to: &message)
        return message
    }

    /// The EIP-191 digest a wallet signs with personal_sign for `Identity.registerFor`.
    static func walletRegistrationDigest(owner: Address, identityKey: [UInt8], handle: [UInt8]) -> [UInt8] {
        var text = [UInt8](ascii: "Cairn identity registration\nchain: ")
        text.append(contentsOf: Text.decimal(Host.chainID()))
        text.append(ascii: "\naddress: 0x")
        text.append(contentsOf: Text.hex(owner.bytes))
        text.append(ascii: "\nidentity key: 0x")
        text.append(contentsOf: Text.hex(identityKey))
        text.append(ascii: "\nhandle: ")
        text.append(contentsOf: handle)

        var prefixed = [UInt8](ascii: "\u{19}Ethereum Signed Message:\n")
        prefixed.append(contentsOf: Text.decimal(UInt64(text.count)))
        prefixed.append(contentsOf: text)
        return Host.keccak256(prefixed)
    }

    private static func append(owner: Address, key: [UInt8], nonce: UInt64, to message: inout [UInt8]) {
        message.append(bigEndian: Host.chainID())
        message.append(contentsOf: owner.bytes)
        message.append(contentsOf: key)
        message.append(bigEndian: nonce)
    }
}
