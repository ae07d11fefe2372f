/// Errors from CairnCrypto: each names what was wrong with the input so a caller can act on it.
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A key, nonce or other fixed-size input had the wrong length.
    case invalidLength(what: String, expected: Int, actual: Int)
    /// A secp256k1 or Ed25519 private key is outside the valid range (zero, or not below the group order).
    case invalidPrivateKey
    /// A public key is not a valid point encoding for its curve.
    case invalidPublicKey
    /// A signature could not be parsed (bad DER, r or s out of range, bad recovery id).
    case invalidSignature
    /// Public-key recovery found no key for this signature and digest.
    case recoveryFailed
    /// Authenticated decryption failed: wrong key, or the ciphertext, nonce or associated data was altered.
    case authenticationFailed
    /// A Diffie-Hellman exchange produced an all-zero secret (the peer sent a low-order point).
    case weakSharedSecret
    /// A hex string had an odd length or a non-hex character.
    case invalidHex
    /// An address string was not 20 bytes of hex, or its mixed-case EIP-55 checksum was wrong.
    case invalidAddress(String)
    /// A mixed-case address whose EIP-55 checksum does not match (probably a typo).
    case addressChecksumMismatch(String)
    /// A BIP-39 mnemonic had an unknown word, a wrong word count or a bad checksum.
    case invalidMnemonic(String)
    /// A BIP-32 derivation path could not be parsed, or derivation hit an invalid key (probability ~2^-127).
    case invalidDerivationPath(String)
    /// A key-derivation parameter is outside what the underlying function accepts.
    case invalidParameter(String)
    /// The password KDF could not allocate its memory.
    case outOfMemory

    public var description: String {
        switch self {
        case let .invalidLength(what, expected, actual):
            return "\(what) must be \(expected) bytes, got \(actual)"
        case .invalidPrivateKey: return "invalid private key: must be in 1 ..< n of the curve"
        case .invalidPublicKey: return "invalid public key encoding"
        case .invalidSignature: return "invalid signature encoding"
        case .recoveryFailed: return "no public key can be recovered from this signature"
        case .authenticationFailed: return "decryption failed: wrong key or altered ciphertext"
        case .weakSharedSecret: return "key agreement produced an all-zero secret (low-order public key)"
        case .invalidHex: return "invalid hex string"
        case let .invalidAddress(s): return "invalid address '\(s)': expected 0x followed by 40 hex digits"
        case let .addressChecksumMismatch(s): return "address '\(s)' has a wrong EIP-55 checksum"
        case let .invalidMnemonic(why): return "invalid mnemonic: \(why)"
        case let .invalidDerivationPath(why): return "invalid derivation path: \(why)"
        case let .invalidParameter(why): return "invalid parameter: \(why)"
        case .outOfMemory: return "password hashing could not allocate its memory"
        }
    }
}
