import CairnCrypto
import CairnMessaging
import Testing

@Suite("X3DH: the handshake both ways, a known answer, and every refusal")
struct X3DHTests {
    static func ed(_ byte: UInt8) -> Ed25519.PrivateKey { try! Ed25519.PrivateKey(seed: [UInt8](repeating: byte, count: 32)) }
    static func x(_ byte: UInt8) -> X25519.PrivateKey { try! X25519.PrivateKey(rawRepresentation: [UInt8](repeating: byte, count: 32)) }
    static func hex(_ secret: SecretBytes) -> String { secret.withUnsafeBytes { Hex.encode(Array($0)) } }

    static let account = ed(9)  // the account's identity key, which signs the device's prekey
    static let owner = [UInt8](repeating: 0xAB, count: 20)

    static func signedPrekey(device: Ed25519.PrivateKey, key: X25519.PrivateKey, expiry: UInt64 = 1_000, signer: Ed25519.PrivateKey = account)
        -> X3DH.SignedPrekey
    {
        let message = X3DH.SignedPrekey.message(chainID: 7, owner: owner, device: device.publicKey, key: key.publicKey, expiry: expiry)
        return X3DH.SignedPrekey(chainID: 7, owner: owner, device: device.publicKey, key: key.publicKey, expiry: expiry,
                                 signature: signer.signature(for: message))
    }

    @Test("Ed25519 keys map to the X25519 keys Python's cryptography computes (seed 0x42…)")
    func conversion() throws {
        let key = Self.ed(0x42)
        #expect(Hex.encode(key.publicKey.rawRepresentation) == "2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12")
        #expect(Hex.encode(key.x25519.publicKey.rawRepresentation) == "cc4f2cdb695dd766f34118eb67b98652fed1d8bc49c330b119bbfa8a64989378")
        #expect(try key.publicKey.x25519() == key.x25519.publicKey)
        // Not a point: refused rather than mapped to something.
        #expect(throws: CryptoError.invalidPublicKey) { try Ed25519.PublicKey(rawRepresentation: [UInt8](repeating: 0xFF, count: 32)).x25519() }
    }

    @Test("both sides derive the same secret and AD, with and without a one-time prekey, matching an independent computation")
    func agreement() throws {
        let alice = Self.ed(1), bob = Self.ed(2), spk = Self.x(3), opk = Self.x(4), ephemeral = Self.x(5)
        let prekey = Self.signedPrekey(device: bob, key: spk)
        try prekey.check(identityKey: Self.account.publicKey, now: 999)
        for (oneTime, expected) in [
            (Optional(opk), "b72ccec2f51954f85d977c1d109c1be26678f755b29332fac320f2fc24ad7ab1"),
            (nil, "dee2dcc19f697ff660cfe5b31199c60f2a309ce5cc2d8791e4790eea9982db59"),
        ] {
            let sent = try X3DH.initiate(identity: alice, to: prekey, oneTimePrekey: oneTime?.publicKey, ephemeral: ephemeral)
            // Computed with Python's `cryptography` (X25519, HKDF-SHA256) from the same keys.
            #expect(Self.hex(sent.sharedSecret) == expected)
            #expect(sent.ephemeralKey == ephemeral.publicKey)
            #expect(sent.oneTimePrekey == oneTime?.publicKey)
            let received = try X3DH.respond(
                identity: bob, signedPrekey: spk, oneTimePrekey: oneTime, chainID: 7, initiator: alice.publicKey, ephemeralKey: sent.ephemeralKey)
            #expect(received.sharedSecret == sent.sharedSecret)
            #expect(received.associatedData == sent.associatedData)
            // The AD binds both device identities and the chain.
            #expect(sent.associatedData.suffix(64) == alice.publicKey.rawRepresentation + bob.publicKey.rawRepresentation)
        }
        // Fresh ephemeral keys give fresh secrets.
        let first = try X3DH.initiate(identity: alice, to: prekey, oneTimePrekey: nil)
        let second = try X3DH.initiate(identity: alice, to: prekey, oneTimePrekey: nil)
        #expect(first.sharedSecret != second.sharedSecret)
    }

    @Test("a different one-time prekey, a missing one, another initiator or another chain gives another secret or AD")
    func mismatches() throws {
        let alice = Self.ed(1), bob = Self.ed(2), spk = Self.x(3), opk = Self.x(4)
        let sent = try X3DH.initiate(identity: alice, to: Self.signedPrekey(device: bob, key: spk), oneTimePrekey: opk.publicKey)
        func respond(_ oneTime: X25519.PrivateKey?, initiator: Ed25519.PublicKey = alice.publicKey, chainID: UInt64 = 7) throws
            -> (SecretBytes, [UInt8])
        {
            let answer = try X3DH.respond(identity: bob, signedPrekey: spk, oneTimePrekey: oneTime, chainID: chainID, initiator: initiator,
                                          ephemeralKey: sent.ephemeralKey)
            return (answer.sharedSecret, answer.associatedData)
        }
        #expect(try respond(Self.x(6)).0 != sent.sharedSecret)
        #expect(try respond(nil).0 != sent.sharedSecret)
        #expect(try respond(opk, initiator: Self.ed(8).publicKey).0 != sent.sharedSecret)
        #expect(try respond(opk, chainID: 8).1 != sent.associatedData)
    }

    @Test("a prekey signed by another key, altered after signing, or expired is refused; a low-order key is refused")
    func refusals() throws {
        let bob = Self.ed(2), spk = Self.x(3)
        let good = Self.signedPrekey(device: bob, key: spk)
        #expect(throws: HandshakeError.badPrekeySignature) { try good.check(identityKey: Self.ed(10).publicKey, now: 0) }
        #expect(throws: HandshakeError.badPrekeySignature) {
            try Self.signedPrekey(device: bob, key: spk, signer: bob).check(identityKey: Self.account.publicKey, now: 0)
        }
        let swapped = X3DH.SignedPrekey(chainID: 7, owner: Self.owner, device: bob.publicKey, key: Self.x(11).publicKey, expiry: 1_000,
                                        signature: good.signature)
        #expect(throws: HandshakeError.badPrekeySignature) { try swapped.check(identityKey: Self.account.publicKey, now: 0) }
        let otherChain = X3DH.SignedPrekey(chainID: 8, owner: Self.owner, device: bob.publicKey, key: spk.publicKey, expiry: 1_000,
                                           signature: good.signature)
        #expect(throws: HandshakeError.badPrekeySignature) { try otherChain.check(identityKey: Self.account.publicKey, now: 0) }
        #expect(throws: HandshakeError.prekeyExpired(expiry: 1_000, now: 1_000)) { try good.check(identityKey: Self.account.publicKey, now: 1_000) }
        // A one-time prekey of order 1 (u = 0) makes DH4 all zeros.
        let zero = try X25519.PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 32))
        #expect(throws: HandshakeError.self) { try X3DH.initiate(identity: Self.ed(1), to: good, oneTimePrekey: zero) }
        #expect(throws: HandshakeError.self) {
            try X3DH.respond(identity: bob, signedPrekey: spk, oneTimePrekey: nil, chainID: 7, initiator: Self.ed(1).publicKey, ephemeralKey: zero)
        }
    }
}
