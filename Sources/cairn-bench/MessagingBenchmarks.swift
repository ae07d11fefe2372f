import CairnCrypto
import CairnMessaging

extension Bench {
    /// The baseline the ratchet is held against: one XChaCha20-Poly1305 seal and one open of 1 KiB, raw.
    static let aeadRoundTripBaseline = "xchacha20poly1305.seal+open (1 KiB)"
    /// The case issue 9 holds within 3 × the cost of the raw AEAD round trip (`BenchGoals`).
    static let ratchetRoundTrip = "ratchet encrypt+decrypt (1 KiB)"

    /// The Double Ratchet and the X3DH session start, against raw AEAD and raw X25519 in the same run.
    static func measureMessaging() throws {
        let kib = [UInt8](repeating: 0x5a, count: 1024)
        let key = SecretBytes(randomCount: 32)
        let nonce = SecureRandom.bytes(24)
        measure(aeadRoundTripBaseline, batch: 100) {
            for _ in 0..<100 {
                let sealed = try! XChaCha20Poly1305.seal(kib, key: key, nonce: nonce)
                sink &+= UInt64(try! XChaCha20Poly1305.open(sealed, key: key, nonce: nonce)[0])
            }
        }

        // One direction only: the symmetric chains and header encryption, which every message pays; a DH
        // step (one X25519 agreement more on each side) happens once per reply, measured apart below.
        let responderKey = X25519.PrivateKey()
        let secret = SecretBytes(randomCount: 32), headerKey = SecretBytes(randomCount: 32), nextHeaderKey = SecretBytes(randomCount: 32)
        var alice = try DoubleRatchet(
            initiatorWith: secret, responderRatchetKey: responderKey.publicKey, sharedHeaderKey: headerKey, sharedNextHeaderKey: nextHeaderKey)
        var bob = try DoubleRatchet(
            responderWith: secret, ratchetKeyPair: responderKey, sharedHeaderKey: headerKey, sharedNextHeaderKey: nextHeaderKey)
        let associatedData = [UInt8](repeating: 1, count: 80)
        measure(ratchetRoundTrip, batch: 100, baseline: aeadRoundTripBaseline) {
            for _ in 0..<100 {
                let message = try! alice.encrypt(kib, associatedData: associatedData)
                sink &+= UInt64(try! bob.decrypt(message, associatedData: associatedData)[0])
            }
        }
        // Every message answered: each one a DH ratchet step on both sides.
        var ping = try DoubleRatchet(
            initiatorWith: secret, responderRatchetKey: responderKey.publicKey, sharedHeaderKey: headerKey, sharedNextHeaderKey: nextHeaderKey)
        var pong = try DoubleRatchet(
            responderWith: secret, ratchetKeyPair: responderKey, sharedHeaderKey: headerKey, sharedNextHeaderKey: nextHeaderKey)
        measure("ratchet encrypt+decrypt with a DH step (1 KiB)", batch: 10, baseline: aeadRoundTripBaseline) {
            for _ in 0..<5 {
                sink &+= UInt64(try! pong.decrypt(try! ping.encrypt(kib, associatedData: associatedData), associatedData: associatedData)[0])
                sink &+= UInt64(try! ping.decrypt(try! pong.encrypt(kib, associatedData: associatedData), associatedData: associatedData)[0])
            }
        }

        // A session start as both sides run it: X3DH with a one-time prekey, the seal, the first message.
        let chainID: UInt64 = 31337
        let aliceDevice = Ed25519.PrivateKey(), bobDevice = Ed25519.PrivateKey()
        let aliceAddress = Address(publicKey: Secp256k1.PrivateKey().publicKey)
        let bobAddress = Address(publicKey: Secp256k1.PrivateKey().publicKey)
        let signedPrekey = X25519.PrivateKey()
        let oneTime = (0..<64).map { _ in X25519.PrivateKey() }
        let prekeys = LocalPrekeys(device: bobDevice, signedPrekeys: [signedPrekey], oneTimePrekeys: oneTime)
        let content = try MessageContent(
            kind: .text, sender: aliceAddress, senderDevice: aliceDevice.publicKey, conversation: bobAddress, messageID: SecureRandom.bytes(16),
            sequence: 1, sentAt: 0, body: Array(kib.prefix(100)))
        var next = 0
        measure("session start: X3DH + first message, both sides") {
            var session = try! Session.initiate(
                chainID: chainID, localAddress: aliceAddress, localDevice: aliceDevice, peerAddress: bobAddress, peerDevice: bobDevice.publicKey,
                signedPrekey: signedPrekey.publicKey, oneTimePrekey: oneTime[next % oneTime.count].publicKey, now: 0)
            next += 1
            let envelope = try! session.seal(content)
            sink &+= UInt64(try! Session.accept(envelope, chainID: chainID, localAddress: bobAddress, prekeys: prekeys, now: 0).content.sequence)
        }
    }
}
