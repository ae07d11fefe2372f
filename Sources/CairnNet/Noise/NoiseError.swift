/// Why a Noise handshake or transport step failed. Every case ends the session: Noise has no recovery.
public enum NoiseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A message (or the plaintext that would make one) exceeds the 65,535-byte Noise limit (spec §3).
    case messageTooLarge(Int)
    /// A handshake message is shorter than the keys and tags its pattern requires.
    case messageTooShort(needed: Int, actual: Int)
    /// Authenticated decryption failed: the bytes were altered, replayed, reordered or keyed differently.
    case decryptFailed
    /// The 64-bit nonce reached 2^64-1, which the spec reserves; the session must be rekeyed or dropped.
    case nonceExhausted
    /// A Diffie-Hellman step failed (the peer sent a low-order public key).
    case invalidPublicKey
    /// A call out of turn: writing when it is the peer's turn, or using a session that already failed.
    case wrongState(String)

    public var description: String {
        switch self {
        case let .messageTooLarge(size): return "Noise message of \(size) bytes exceeds the 65535-byte limit"
        case let .messageTooShort(needed, actual): return "Noise handshake message too short: needed \(needed) bytes, got \(actual)"
        case .decryptFailed: return "Noise decryption failed: altered, replayed or misordered ciphertext"
        case .nonceExhausted: return "Noise nonce exhausted; the session cannot send or receive any more"
        case .invalidPublicKey: return "Noise Diffie-Hellman failed: the peer's public key is of low order"
        case let .wrongState(why): return "Noise call out of order: \(why)"
        }
    }
}

/// Sizes fixed by `Noise_XX_25519_ChaChaPoly_SHA256`.
public enum NoiseConstants {
    /// The full protocol name, hashed into the initial handshake state.
    public static let protocolName = "Noise_XX_25519_ChaChaPoly_SHA256"
    /// Largest Noise message, handshake or transport (spec §3).
    public static let maxMessageLength = 65_535
    /// ChaCha20-Poly1305 tag appended to every encrypted payload.
    public static let tagLength = 16
    /// Largest plaintext one transport message can carry.
    public static let maxPlaintextLength = maxMessageLength - tagLength
    /// X25519 public key size (DHLEN).
    public static let dhLength = 32
    /// SHA-256 output size (HASHLEN).
    public static let hashLength = 32
}
