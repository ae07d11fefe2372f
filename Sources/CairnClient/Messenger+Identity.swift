import CairnCodec
import CairnCrypto
import CairnMessaging

extension Messenger {
    /// The identity key pair, on the primary device only.
    public var identityKeyPair: Ed25519.PrivateKey? { profile.identityKey }
    public var sessionEpochLength: UInt64 { profile.sessionEpochLength }

    /// Names this account gave its devices (kept on the primary device).
    public func deviceNames() throws -> [[UInt8]: String] {
        var names: [[UInt8]: String] = [:]
        for item in try store.list(Space.deviceNames) { names[item.key] = String(decoding: item.value, as: UTF8.self) }
        names[deviceKey] = profile.deviceName
        return names
    }

    /// Remembers a device's name (before it is added on-chain, so a failed add leaves a name, not a stranger).
    public func rememberDevice(_ key: [UInt8], name: String) throws {
        try store.put(Space.deviceNames, key, Array(name.utf8))
    }

    /// Sets who may open a conversation with this device.
    public func setContactPolicy(allowing accounts: [Address]?) throws {
        try setPolicy(accounts.map { .allowList(Set($0)) } ?? .open)
    }

    /// The text a wallet signs (EIP-191 personal_sign) to register this store's identity key for it (SYSTEM.md).
    public func walletRegistrationText(handle: String) throws -> String {
        guard let identityKey = profile.identityKey else { throw MessengerError.notPrimary("registering") }
        return [
            "Cairn identity registration",
            "chain: \(profile.chain.chainID)",
            "address: 0x\(Hex.encode(profile.address.bytes))",
            "identity key: 0x\(Hex.encode(identityKey.publicKey.rawRepresentation))",
            "handle: \(handle)",
        ].joined(separator: "\n")
    }

    /// Registers this store's identity for its wallet owner with the wallet's EIP-191 signature; `payer` pays.
    @discardableResult
    public func registerWallet(handle: String, walletSignature: [UInt8], payer: Secp256k1.PrivateKey) async throws -> ChainReceipt {
        guard let identityKey = profile.identityKey else { throw MessengerError.notPrimary("registering") }
        guard walletSignature.count == 65 else { throw MessengerError.message("a wallet signature is 65 bytes (r ‖ s ‖ v)") }
        let publicKey = identityKey.publicKey.rawRepresentation
        var args = CanonicalWriter()
        args.writeFixed(profile.address.bytes)
        args.writeFixed(publicKey)
        args.writeString(handle)
        args.writeFixed(identityKey.signature(for: signedMessage("cairn/identity/register/v1", publicKey)))
        args.writeFixed(walletSignature)
        return try await call(profile.chain.identity, "registerFor", args.bytes, payer)
    }
}
