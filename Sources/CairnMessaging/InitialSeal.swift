import CairnCodec
import CairnCrypto

/// The sealed part of an initial envelope: who sends and which prekeys it used, readable only by the
/// holder of the signed prekey, so nothing outside names A, B or the prekeys (docs/MESSAGING.md).
///
/// k = HKDF-SHA256(salt EK_A ‖ SPK_B, DH(EK_A, SPK_B), "cairn/envelope/seal/v1", 32); the AEAD's associated
/// data is "cairn/envelope/v1" ‖ version ‖ kind ‖ EK_A, binding the clear part of the envelope.
enum InitialSeal {
    static let info = Array("cairn/envelope/seal/v1".utf8)
    static let adDomain = Array("cairn/envelope/v1".utf8)

    /// DK_A ‖ SPK_B ‖ Optional<OPK> ‖ RatchetMessage (canonical).
    struct Inner: Sendable, Equatable {
        let senderDevice: Ed25519.PublicKey
        let signedPrekey: X25519.PublicKey
        let oneTimePrekey: X25519.PublicKey?
        let message: RatchetMessage

        var bytes: [UInt8] {
            var w = CanonicalWriter()
            w.writeFixed(senderDevice.rawRepresentation)
            w.writeFixed(signedPrekey.rawRepresentation)
            w.writeOptional(oneTimePrekey) { $0.writeFixed($1.rawRepresentation) }
            w.writeFixed(message.canonicalBytes)
            return w.bytes
        }

        init(senderDevice: Ed25519.PublicKey, signedPrekey: X25519.PublicKey, oneTimePrekey: X25519.PublicKey?, message: RatchetMessage) {
            self.senderDevice = senderDevice
            self.signedPrekey = signedPrekey
            self.oneTimePrekey = oneTimePrekey
            self.message = message
        }

        init(bytes: [UInt8]) throws(EnvelopeError) {
            var r = CanonicalReader(bytes)
            let device = try Envelope.read { () throws(CodecError) in try r.readFixed(count: Ed25519.keyByteCount) }
            let spk = try Envelope.read { () throws(CodecError) in try r.readFixed(count: X25519.keyByteCount) }
            let opk = try Envelope.read { () throws in try r.readOptional { try $0.readFixed(count: X25519.keyByteCount) } }
            message = try Envelope.readRatchetMessage(&r)
            try Envelope.read { () throws(CodecError) in try r.finish() }
            // Lengths were read exactly, the only thing these initializers check.
            guard let senderDevice = try? Ed25519.PublicKey(rawRepresentation: device),
                  let signedPrekey = try? X25519.PublicKey(rawRepresentation: spk)
            else { throw .malformed("sealed part: keys") }
            self.senderDevice = senderDevice
            self.signedPrekey = signedPrekey
            oneTimePrekey = opk.flatMap { try? X25519.PublicKey(rawRepresentation: $0) }
        }
    }

    /// The seal key from the Diffie-Hellman of EK_A and SPK_B (either side's half of it).
    static func key(sharedSecret: SecretBytes, ephemeralKey: X25519.PublicKey, signedPrekey: X25519.PublicKey) -> SecretBytes {
        // 32 bytes is far below HKDF's limit, the only failure `deriveKey` has.
        try! HKDF.deriveKey(
            inputKeyMaterial: sharedSecret, salt: ephemeralKey.rawRepresentation + signedPrekey.rawRepresentation, info: info,
            outputByteCount: 32)
    }

    static func associatedData(ephemeralKey: X25519.PublicKey) -> [UInt8] {
        adDomain + [Envelope.version, Envelope.initialKind] + ephemeralKey.rawRepresentation
    }

    static func seal(_ inner: Inner, key: SecretBytes, nonce: [UInt8], ephemeralKey: X25519.PublicKey) -> [UInt8] {
        // Key and nonce sizes are fixed by construction, the only failures `seal` has.
        try! XChaCha20Poly1305.seal(inner.bytes, key: key, nonce: nonce, associatedData: associatedData(ephemeralKey: ephemeralKey))
    }

    /// The Inner, nil if `key` does not open the seal (trial decryption is the normal path), or an error if it
    /// opens but what is inside is not an Inner.
    static func open(_ sealed: [UInt8], key: SecretBytes, nonce: [UInt8], ephemeralKey: X25519.PublicKey) throws(EnvelopeError) -> Inner? {
        guard let plain = try? XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, associatedData: associatedData(ephemeralKey: ephemeralKey))
        else { return nil }
        return try Inner(bytes: plain)
    }
}
