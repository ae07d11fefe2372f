import CairnCrypto

/// Noise `CipherState` (spec §5.1): a ChaCha20-Poly1305 key and a 64-bit counter nonce.
///
/// The nonce is 4 zero bytes then the counter in little-endian, as the spec fixes for ChaChaPoly. It only moves
/// forward, so a message can be neither replayed nor reordered; 2^64-1 is reserved and reaching it ends the state.
public struct NoiseCipherState: Sendable {
    private var key: SecretBytes?
    /// The nonce the next encryption or decryption will use.
    public private(set) var nonce: UInt64

    /// A state with no key yet: `encrypt` and `decrypt` pass bytes through unchanged (spec §5.1).
    public init() {
        key = nil
        nonce = 0
    }

    /// A state keyed with 32 bytes, starting at nonce 0.
    public init(key: SecretBytes) {
        self.key = key
        nonce = 0
    }

    /// A keyed state starting at an arbitrary nonce, so tests can reach the end of the nonce space.
    init(key: SecretBytes, nonce: UInt64) {
        self.key = key
        self.nonce = nonce
    }

    /// The key, for tests that rebuild a state at a chosen nonce.
    var keyForTesting: SecretBytes? { key }

    /// Whether a key is set (once a handshake has mixed a DH result in).
    public var hasKey: Bool { key != nil }

    /// `EncryptWithAd`: seals `plaintext` under the current nonce, then advances it.
    public mutating func encrypt(_ plaintext: [UInt8], associatedData: [UInt8] = []) throws(NoiseError) -> [UInt8] {
        guard let key else { return plaintext }
        guard nonce < UInt64.max else { throw .nonceExhausted }
        guard plaintext.count <= NoiseConstants.maxPlaintextLength else { throw .messageTooLarge(plaintext.count + NoiseConstants.tagLength) }
        let sealed: [UInt8]
        do {
            sealed = try ChaCha20Poly1305.seal(plaintext, key: key, nonce: Self.nonceBytes(nonce), associatedData: associatedData)
        } catch {
            // Only wrong key or nonce sizes make libsodium's seal fail, and both are fixed here.
            throw .wrongState("ChaCha20-Poly1305 seal failed: \(error)")
        }
        nonce += 1
        return sealed
    }

    /// `DecryptWithAd`: opens `ciphertext` under the current nonce, advancing it only on success (spec §5.1).
    public mutating func decrypt(_ ciphertext: [UInt8], associatedData: [UInt8] = []) throws(NoiseError) -> [UInt8] {
        guard let key else { return ciphertext }
        guard nonce < UInt64.max else { throw .nonceExhausted }
        guard ciphertext.count <= NoiseConstants.maxMessageLength else { throw .messageTooLarge(ciphertext.count) }
        let opened: [UInt8]
        do {
            opened = try ChaCha20Poly1305.open(ciphertext, key: key, nonce: Self.nonceBytes(nonce), associatedData: associatedData)
        } catch {
            throw .decryptFailed
        }
        nonce += 1
        return opened
    }

    /// The 96-bit IETF nonce for counter `n`: 32 zero bits, then `n` little-endian.
    static func nonceBytes(_ n: UInt64) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 12)
        for i in 0..<8 { bytes[4 + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt64(i))) }
        return bytes
    }
}
