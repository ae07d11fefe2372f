import CSodium
import Foundation

/// Ed25519 signatures (RFC 8032) through libsodium, for validator consensus keys and device signatures.
public enum Ed25519 {
    /// Seed and public-key size.
    public static let keyByteCount = 32
    /// Signature size.
    public static let signatureByteCount = 64

    /// An Ed25519 private key, held as its 32-byte seed.
    public struct PrivateKey: Sendable {
        /// The 32-byte seed (RFC 8032's private key).
        public let seed: SecretBytes
        // libsodium's 64-byte secret key (seed || public key), kept to avoid re-deriving it per signature.
        private let expanded: SecretBytes
        /// The matching public key.
        public let publicKey: PublicKey

        /// A new random key.
        public init() { try! self.init(seed: SecretBytes(randomCount: keyByteCount)) }

        /// The key for a 32-byte seed.
        public init(seed bytes: some ContiguousBytes) throws(CryptoError) {
            Sodium.ensure()
            let seed = SecretBytes(copying: bytes)
            guard seed.count == keyByteCount else {
                throw .invalidLength(what: "Ed25519 seed", expected: keyByteCount, actual: seed.count)
            }
            var pk = [UInt8](repeating: 0, count: keyByteCount)
            expanded = SecretBytes(count: 64) { sk in
                seed.withUnsafeBytes { s in
                    _ = crypto_sign_seed_keypair(&pk, sk.bindMemory(to: UInt8.self).baseAddress!, s.bindMemory(to: UInt8.self).baseAddress!)
                }
            }
            self.seed = seed
            publicKey = PublicKey(validated: pk)
        }

        /// The X25519 private key of the same secret (libsodium's conversion: the clamped SHA-512 of the
        /// seed); its public key is `publicKey.x25519()`.
        public var x25519: X25519.PrivateKey {
            let scalar = SecretBytes(count: X25519.keyByteCount) { out in
                expanded.withUnsafeBytes { sk in
                    _ = crypto_sign_ed25519_sk_to_curve25519(
                        out.bindMemory(to: UInt8.self).baseAddress!, sk.bindMemory(to: UInt8.self).baseAddress!)
                }
            }
            // Cannot fail: the scalar is 32 bytes.
            return try! X25519.PrivateKey(rawRepresentation: scalar)
        }

        /// A deterministic 64-byte signature over `message`.
        public func signature(for message: some ContiguousBytes) -> [UInt8] {
            var sig = [UInt8](repeating: 0, count: signatureByteCount)
            message.withUnsafeBytes { m in
                expanded.withUnsafeBytes { sk in
                    _ = crypto_sign_detached(
                        &sig, nil, m.bindMemory(to: UInt8.self).baseAddress, UInt64(m.count),
                        sk.bindMemory(to: UInt8.self).baseAddress!)
                }
            }
            return sig
        }
    }

    /// An Ed25519 public key.
    public struct PublicKey: Hashable, Sendable, CustomStringConvertible {
        /// The same point as an X25519 (Montgomery) public key, so an identity or device key that signs
        /// can also take part in Diffie-Hellman (X3DH's DH with the identity key). Throws
        /// `invalidPublicKey` for encodings that are not a valid point of the prime-order subgroup.
        public func x25519() throws(CryptoError) -> X25519.PublicKey {
            Sodium.ensure()
            var out = [UInt8](repeating: 0, count: X25519.keyByteCount)
            guard crypto_sign_ed25519_pk_to_curve25519(&out, rawRepresentation) == 0 else { throw .invalidPublicKey }
            return X25519.PublicKey(validated: out)
        }

        /// The 32-byte encoding.
        public let rawRepresentation: [UInt8]

        init(validated: [UInt8]) { rawRepresentation = validated }

        /// Wraps a 32-byte encoding. Point validity is checked by `isValidSignature`, which rejects
        /// non-canonical and small-order keys.
        public init(rawRepresentation bytes: some ContiguousBytes) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            guard input.count == keyByteCount else {
                throw .invalidLength(what: "Ed25519 public key", expected: keyByteCount, actual: input.count)
            }
            rawRepresentation = input
        }

        /// Verifies a signature. libsodium rejects non-canonical s (≥ L), small-order keys and R, so a
        /// signature cannot be mauled into a second valid one.
        public func isValidSignature(_ signature: some ContiguousBytes, for message: some ContiguousBytes) -> Bool {
            Sodium.ensure()
            return signature.withUnsafeBytes { s in
                guard s.count == signatureByteCount else { return false }
                return message.withUnsafeBytes { m in
                    crypto_sign_verify_detached(
                        s.bindMemory(to: UInt8.self).baseAddress!, m.bindMemory(to: UInt8.self).baseAddress,
                        UInt64(m.count), rawRepresentation) == 0
                }
            }
        }

        public var description: String { Hex.encode(rawRepresentation) }
    }
}

/// X25519 Diffie-Hellman (RFC 7748) through libsodium, for handshakes and ratchets.
public enum X25519 {
    /// Key and shared-secret size.
    public static let keyByteCount = 32

    /// An X25519 private key (a clamped scalar is derived from these 32 bytes by the function itself).
    public struct PrivateKey: Sendable {
        /// The 32 private bytes.
        public let rawRepresentation: SecretBytes
        /// The matching public key.
        public let publicKey: PublicKey

        /// A new random key.
        public init() { try! self.init(rawRepresentation: SecretBytes(randomCount: keyByteCount)) }

        /// The key for 32 private bytes.
        public init(rawRepresentation bytes: some ContiguousBytes) throws(CryptoError) {
            Sodium.ensure()
            let secret = SecretBytes(copying: bytes)
            guard secret.count == keyByteCount else {
                throw .invalidLength(what: "X25519 private key", expected: keyByteCount, actual: secret.count)
            }
            var pk = [UInt8](repeating: 0, count: keyByteCount)
            secret.withUnsafeBytes { s in _ = crypto_scalarmult_base(&pk, s.bindMemory(to: UInt8.self).baseAddress!) }
            rawRepresentation = secret
            publicKey = PublicKey(validated: pk)
        }

        /// The shared secret with `peer`. Throws `weakSharedSecret` for low-order peer keys, whose result
        /// would be all zeros and carry no secret (RFC 7748 §6.1 recommends the check).
        public func sharedSecret(with peer: PublicKey) throws(CryptoError) -> SecretBytes {
            try SecretBytes(count: keyByteCount) { out throws(CryptoError) in
                let rc = rawRepresentation.withUnsafeBytes { s in
                    crypto_scalarmult(
                        out.bindMemory(to: UInt8.self).baseAddress!, s.bindMemory(to: UInt8.self).baseAddress!,
                        peer.rawRepresentation)
                }
                guard rc == 0 else { throw CryptoError.weakSharedSecret }
            }
        }
    }

    /// An X25519 public key (a u-coordinate).
    public struct PublicKey: Hashable, Sendable, CustomStringConvertible {
        /// The 32-byte encoding.
        public let rawRepresentation: [UInt8]

        init(validated: [UInt8]) { rawRepresentation = validated }

        /// Wraps a 32-byte u-coordinate.
        public init(rawRepresentation bytes: some ContiguousBytes) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            guard input.count == keyByteCount else {
                throw .invalidLength(what: "X25519 public key", expected: keyByteCount, actual: input.count)
            }
            rawRepresentation = input
        }

        public var description: String { Hex.encode(rawRepresentation) }
    }
}
