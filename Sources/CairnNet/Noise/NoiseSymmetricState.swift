import CairnCrypto

/// Noise `SymmetricState` (spec §5.2): the chaining key, the transcript hash and the handshake's cipher.
///
/// Every byte either side sends during the handshake goes through `mixHash`, so both end with the same `h`
/// only if they saw the same transcript; every DH result goes through `mixKey`.
struct NoiseSymmetricState: Sendable {
    private var chainingKey: SecretBytes
    /// The transcript hash `h`.
    private(set) var handshakeHash: [UInt8]
    private var cipher = NoiseCipherState()

    /// `InitializeSymmetric`: a name of at most HASHLEN bytes is zero-padded, a longer one hashed (spec §5.2).
    init(protocolName: String) {
        let name = Array(protocolName.utf8)
        if name.count <= NoiseConstants.hashLength {
            handshakeHash = name + [UInt8](repeating: 0, count: NoiseConstants.hashLength - name.count)
        } else {
            handshakeHash = SHA256.hash(name)
        }
        chainingKey = SecretBytes(handshakeHash)
    }

    /// `MixKey`: derives a new chaining key and a fresh cipher key from a DH output.
    mutating func mixKey(_ inputKeyMaterial: SecretBytes) {
        let (ck, k) = Self.hkdf2(chainingKey: chainingKey, inputKeyMaterial: inputKeyMaterial)
        chainingKey = ck
        cipher = NoiseCipherState(key: k)
    }

    /// `MixHash`: `h = SHA-256(h || data)`.
    mutating func mixHash(_ data: [UInt8]) {
        var hasher = SHA256()
        hasher.update(handshakeHash)
        hasher.update(data)
        handshakeHash = hasher.finalize()
    }

    /// `EncryptAndHash`: encrypts with `h` as associated data (plain before the first DH), then hashes the result.
    mutating func encryptAndHash(_ plaintext: [UInt8]) throws(NoiseError) -> [UInt8] {
        let ciphertext = try cipher.encrypt(plaintext, associatedData: handshakeHash)
        mixHash(ciphertext)
        return ciphertext
    }

    /// `DecryptAndHash`: the inverse; the hash absorbs the ciphertext, as the sender's did.
    mutating func decryptAndHash(_ ciphertext: [UInt8]) throws(NoiseError) -> [UInt8] {
        let plaintext = try cipher.decrypt(ciphertext, associatedData: handshakeHash)
        mixHash(ciphertext)
        return plaintext
    }

    /// Whether a DH result has been mixed in, so payloads are encrypted (and carry a 16-byte tag).
    var hasKey: Bool { cipher.hasKey }

    /// `Split`: the two transport keys, initiator-to-responder first.
    func split() -> (NoiseCipherState, NoiseCipherState) {
        let (k1, k2) = Self.hkdf2(chainingKey: chainingKey, inputKeyMaterial: SecretBytes([UInt8]()))
        return (NoiseCipherState(key: k1), NoiseCipherState(key: k2))
    }

    /// Noise's `HKDF(ck, ikm, 2)` with HMAC-SHA256 (spec §4.3): `t = HMAC(ck, ikm)`, `o1 = HMAC(t, 0x01)`,
    /// `o2 = HMAC(t, o1 || 0x02)`. Written out rather than through RFC 5869 helpers so it reads like the spec.
    static func hkdf2(chainingKey: SecretBytes, inputKeyMaterial: SecretBytes) -> (SecretBytes, SecretBytes) {
        var tempKey = HMACSHA256.authenticationCode(for: inputKeyMaterial, key: chainingKey)
        var first = HMACSHA256.authenticationCode(for: [UInt8(1)], key: tempKey)
        var mac = HMACSHA256(key: tempKey)
        mac.update(first)
        mac.update([UInt8(2)])
        var second = mac.finalize()
        let result = (SecretBytes(first), SecretBytes(second))
        zero(&tempKey)
        zero(&first)
        zero(&second)
        return result
    }

    /// Best-effort wipe of an intermediate key copy (the kept copies live in `SecretBytes`).
    private static func zero(_ bytes: inout [UInt8]) {
        for i in bytes.indices { bytes[i] = 0 }
    }
}
