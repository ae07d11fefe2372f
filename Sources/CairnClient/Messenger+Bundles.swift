import CairnCodec
import CairnCrypto
import CairnMessaging

extension Messenger {
    /// How long a signed prekey is valid: a month (KeyBundle allows up to its maxLifetime, 90 days on the devnet).
    public static let signedPrekeyLifetime: UInt64 = 30 * 86_400
    /// The most one-time prekeys a device keeps private keys for; the oldest go first.
    static let maximumHeldPrekeys = 2_000

    /// What a publish put on-chain.
    public struct PublishedKeys: Sendable {
        public let signedPrekey: [UInt8]
        public let expiry: UInt64
        public let oneTimePrekeys: Int
        public let receipt: ChainReceipt
    }

    /// Publishes this device's bundle with `oneTime` fresh one-time prekeys, signed by `identityKey` (the
    /// primary device's). A new signed prekey is made when `rotate` is set, when there is none, or when the
    /// current one has less than a quarter of its life left; the previous one is kept until it expires.
    /// Private keys are stored before the transaction is sent, so a crash never publishes a key this device lacks.
    @discardableResult
    public func publishBundle(oneTime: Int, rotate: Bool, identityKey: Ed25519.PrivateKey, account: Secp256k1.PrivateKey) async throws
        -> PublishedKeys
    {
        try requireAccount(account)
        guard (0...100).contains(oneTime) else { throw MessengerError.message("one-time prekeys: 0 to 100 per publish") }
        let now = clock()
        var prekeys = profile.signedPrekeys.filter { $0.expiry > now }
        if rotate || prekeys.first.map({ $0.expiry < now + Self.signedPrekeyLifetime / 4 }) ?? true {
            let key = X25519.PrivateKey()
            let expiry = now + Self.signedPrekeyLifetime
            let message = X3DH.SignedPrekey.message(
                chainID: profile.chain.chainID, owner: profile.address.bytes, device: profile.deviceKey.publicKey, key: key.publicKey,
                expiry: expiry)
            prekeys.insert(HeldSignedPrekey(key: key, expiry: expiry, signature: identityKey.signature(for: message)), at: 0)
        }
        profile.signedPrekeys = Array(prekeys.prefix(2))
        let current = profile.signedPrekeys[0]
        let fresh = (0..<oneTime).map { _ in X25519.PrivateKey() }
        try store.transaction { writer in
            try writer.put(Space.profile, Array("device".utf8), profile.canonicalBytes())
            for key in fresh { try writer.put(Space.oneTimePrekeys, key.publicKey.rawRepresentation, key.rawRepresentation.unprotectedBytes) }
        }
        try trimHeldPrekeys()

        var args = CanonicalWriter()
        args.writeFixed(deviceKey)
        args.writeFixed(current.key.publicKey.rawRepresentation)
        args.writeFixed(current.signature)
        args.writeUInt64(current.expiry)
        args.writeArray(fresh) { writer, key in writer.writeFixed(key.publicKey.rawRepresentation) }
        args.writeUInt8(fresh.isEmpty ? 2 : 0)
        let receipt = try await call(profile.chain.keyBundle, "publish", args.bytes, account)
        return PublishedKeys(
            signedPrekey: current.key.publicKey.rawRepresentation, expiry: current.expiry, oneTimePrekeys: fresh.count, receipt: receipt)
    }

    /// Keeps the held one-time prekeys under the cap; the oldest (first stored) go first.
    private func trimHeldPrekeys() throws {
        let held = try store.list(Space.oneTimePrekeys)
        guard held.count > Self.maximumHeldPrekeys else { return }
        try store.transaction { writer in
            for item in held.prefix(held.count - Self.maximumHeldPrekeys) { try writer.delete(Space.oneTimePrekeys, item.key) }
        }
    }

    /// The keys a first message to this device may use.
    func localPrekeys() throws -> LocalPrekeys {
        let oneTime = try store.list(Space.oneTimePrekeys).map { try X25519.PrivateKey(rawRepresentation: $0.value) }
        return LocalPrekeys(device: profile.deviceKey, signedPrekeys: profile.signedPrekeys.map(\.key), oneTimePrekeys: oneTime)
    }
}
