import CSecp256k1
import Foundation

/// secp256k1 keys, ECDSA signatures (RFC 6979 nonces, low-s), public-key recovery and ECDH, through
/// libsecp256k1. Digests are always 32 bytes; hashing the message is the caller's choice (Keccak-256 for
/// Ethereum transactions, SHA-256 elsewhere).
public enum Secp256k1 {
    /// Size of a private key, a digest, and each of r and s.
    public static let scalarByteCount = 32

    /// The group order n, big-endian; half of it bounds a low-s signature.
    static let order: [UInt8] = try! Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")

    /// A secp256k1 private key: a scalar in 1 ..< n, kept in wiped memory.
    public struct PrivateKey: Sendable {
        /// The 32 big-endian bytes of the scalar.
        public let rawRepresentation: SecretBytes
        /// The matching public key, computed once.
        public let publicKey: PublicKey

        /// A new random key.
        public init() {
            while true {
                let candidate = SecretBytes(randomCount: scalarByteCount)
                // A random 32-byte string is out of range with probability ~2^-128; retry rather than reduce.
                if let key = try? PrivateKey(rawRepresentation: candidate) { self = key; return }
            }
        }

        /// Wraps 32 big-endian bytes; throws unless they are in 1 ..< n.
        public init(rawRepresentation bytes: some ContiguousBytes) throws(CryptoError) {
            let secret = SecretBytes(copying: bytes)
            guard secret.count == scalarByteCount else {
                throw .invalidLength(what: "secp256k1 private key", expected: scalarByteCount, actual: secret.count)
            }
            let ctx = Context.shared.raw
            var pub = secp256k1_pubkey()
            let ok = secret.withUnsafeBytes { s -> Bool in
                let p = s.bindMemory(to: UInt8.self).baseAddress!
                return secp256k1_ec_seckey_verify(ctx, p) == 1 && secp256k1_ec_pubkey_create(ctx, &pub, p) == 1
            }
            guard ok else { throw .invalidPrivateKey }
            rawRepresentation = secret
            publicKey = PublicKey(raw: pub)
        }

        /// An ECDSA signature over a 32-byte digest: deterministic (RFC 6979) and always low-s.
        public func signature(forDigest digest: [UInt8]) throws(CryptoError) -> Signature {
            try checkDigest(digest)
            var sig = secp256k1_ecdsa_signature()
            let ok = rawRepresentation.withUnsafeBytes { s in
                secp256k1_ecdsa_sign(
                    Context.shared.raw, &sig, digest, s.bindMemory(to: UInt8.self).baseAddress!,
                    secp256k1_nonce_function_rfc6979, nil)
            }
            // Signing fails only for an invalid key, which the initialiser already excluded.
            guard ok == 1 else { throw .invalidPrivateKey }
            var compact = [UInt8](repeating: 0, count: 64)
            secp256k1_ecdsa_signature_serialize_compact(Context.shared.raw, &compact, &sig)
            return Signature(validatedCompact: compact)
        }

        /// A recoverable signature (r, s, recovery id) over a 32-byte digest, low-s, RFC 6979.
        public func recoverableSignature(forDigest digest: [UInt8]) throws(CryptoError) -> RecoverableSignature {
            try checkDigest(digest)
            let ctx = Context.shared.raw
            var sig = secp256k1_ecdsa_recoverable_signature()
            let ok = rawRepresentation.withUnsafeBytes { s in
                secp256k1_ecdsa_sign_recoverable(
                    ctx, &sig, digest, s.bindMemory(to: UInt8.self).baseAddress!,
                    secp256k1_nonce_function_rfc6979, nil)
            }
            guard ok == 1 else { throw .invalidPrivateKey }
            var compact = [UInt8](repeating: 0, count: 64)
            var recid: Int32 = 0
            secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, &compact, &recid, &sig)
            return RecoverableSignature(validatedCompact: compact, recoveryID: UInt8(recid))
        }

        /// ECDH: the x-coordinate of `self · peer`, unhashed (as SEC 1 and Wycheproof define it). Feed it to a
        /// KDF such as HKDF before use; never use it as a key directly.
        public func sharedSecret(with peer: PublicKey) throws(CryptoError) -> SecretBytes {
            var point = peer.raw
            let ctx = Context.shared.raw
            return try SecretBytes(count: 32) { out throws(CryptoError) in
                let ok = rawRepresentation.withUnsafeBytes { s in
                    secp256k1_ecdh(
                        ctx, out.bindMemory(to: UInt8.self).baseAddress!, &point,
                        s.bindMemory(to: UInt8.self).baseAddress!,
                        { output, x, _, _ in
                            // Copy x unhashed; libsecp256k1's default would hash (0x02|0x03) || x with SHA-256.
                            guard let output, let x else { return 0 }
                            output.update(from: x, count: 32)
                            return 1
                        }, nil)
                }
                guard ok == 1 else { throw CryptoError.invalidPrivateKey }
            }
        }
    }

    /// A secp256k1 public key: a valid point, kept in libsecp256k1's parsed form so that verifying does not
    /// re-parse it.
    public struct PublicKey: Hashable, Sendable, CustomStringConvertible {
        let raw: secp256k1_pubkey
        /// The 33-byte SEC 1 compressed encoding, which is also the identity used for equality.
        public let compressed: [UInt8]

        init(raw: secp256k1_pubkey) {
            self.raw = raw
            var pub = raw
            var out = [UInt8](repeating: 0, count: 33)
            var len = 33
            secp256k1_ec_pubkey_serialize(Context.shared.raw, &out, &len, &pub, UInt32(SECP256K1_EC_COMPRESSED))
            compressed = out
        }

        /// Parses a 33-byte compressed or 65-byte uncompressed SEC 1 encoding; rejects points not on the curve
        /// and the hybrid (0x06/0x07) form.
        public init(bytes: some ContiguousBytes) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            guard input.count == 33 && (input[0] == 2 || input[0] == 3) || input.count == 65 && input[0] == 4 else {
                throw .invalidPublicKey
            }
            var pub = secp256k1_pubkey()
            guard secp256k1_ec_pubkey_parse(Context.shared.raw, &pub, input, input.count) == 1 else {
                throw .invalidPublicKey
            }
            self.init(raw: pub)
        }

        /// The 65-byte SEC 1 uncompressed encoding (0x04 || x || y), as Ethereum hashes for addresses.
        public var uncompressed: [UInt8] {
            var pub = raw
            var out = [UInt8](repeating: 0, count: 65)
            var len = 65
            secp256k1_ec_pubkey_serialize(Context.shared.raw, &out, &len, &pub, UInt32(SECP256K1_EC_UNCOMPRESSED))
            return out
        }

        /// Verifies an ECDSA signature over a 32-byte digest. High-s signatures are rejected, as Bitcoin and
        /// Ethereum (EIP-2) do, so that each message has exactly one valid signature per nonce; call
        /// `signature.normalized` first to accept them deliberately.
        public func isValidSignature(_ signature: Signature, forDigest digest: [UInt8]) -> Bool {
            guard digest.count == scalarByteCount else { return false }
            var sig = signature.parsed
            var pub = raw
            return secp256k1_ecdsa_verify(Context.shared.raw, &sig, digest, &pub) == 1
        }

        public var description: String { Hex.encode(compressed) }

        public static func == (a: PublicKey, b: PublicKey) -> Bool { a.compressed == b.compressed }
        public func hash(into hasher: inout Hasher) { hasher.combine(compressed) }
    }

    /// An ECDSA signature (r, s), each a scalar below n.
    public struct Signature: Hashable, Sendable {
        /// r || s, 64 bytes big-endian.
        public let compact: [UInt8]

        init(validatedCompact: [UInt8]) { compact = validatedCompact }

        /// Parses r || s (64 bytes); throws if r or s is not below n.
        public init(compact bytes: some ContiguousBytes) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            guard input.count == 64 else { throw .invalidLength(what: "compact signature", expected: 64, actual: input.count) }
            var sig = secp256k1_ecdsa_signature()
            guard secp256k1_ecdsa_signature_parse_compact(Context.shared.raw, &sig, input) == 1 else {
                throw .invalidSignature
            }
            compact = input
        }

        /// Parses a strict DER signature (BIP 66 rules: minimal lengths and integers, no trailing bytes).
        public init(der bytes: some ContiguousBytes) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            var sig = secp256k1_ecdsa_signature()
            guard !input.isEmpty, secp256k1_ecdsa_signature_parse_der(Context.shared.raw, &sig, input, input.count) == 1
            else { throw .invalidSignature }
            var out = [UInt8](repeating: 0, count: 64)
            secp256k1_ecdsa_signature_serialize_compact(Context.shared.raw, &out, &sig)
            // libsecp256k1 maps out-of-range r or s to zero rather than failing; such a signature can never
            // verify, and treating it as unparsable keeps it out of every other code path too.
            guard out[0..<32].contains(where: { $0 != 0 }), out[32..<64].contains(where: { $0 != 0 }) else {
                throw .invalidSignature
            }
            compact = out
        }

        /// The big-endian r.
        public var r: [UInt8] { Array(compact[0..<32]) }
        /// The big-endian s.
        public var s: [UInt8] { Array(compact[32..<64]) }

        /// The strict DER encoding.
        public var der: [UInt8] {
            var sig = parsed
            var out = [UInt8](repeating: 0, count: 72)
            var len = 72
            secp256k1_ecdsa_signature_serialize_der(Context.shared.raw, &out, &len, &sig)
            return Array(out[0..<len])
        }

        /// Whether s ≤ n/2, the only form that `isValidSignature` accepts.
        public var isLowS: Bool {
            var sig = parsed
            return secp256k1_ecdsa_signature_normalize(Context.shared.raw, nil, &sig) == 0
        }

        /// The same signature with s replaced by n − s when s > n/2.
        public var normalized: Signature {
            var sig = parsed
            var out = secp256k1_ecdsa_signature()
            secp256k1_ecdsa_signature_normalize(Context.shared.raw, &out, &sig)
            var bytes = [UInt8](repeating: 0, count: 64)
            secp256k1_ecdsa_signature_serialize_compact(Context.shared.raw, &bytes, &out)
            return Signature(validatedCompact: bytes)
        }

        var parsed: secp256k1_ecdsa_signature {
            var sig = secp256k1_ecdsa_signature()
            // Cannot fail: every initialiser validated the range of r and s.
            _ = secp256k1_ecdsa_signature_parse_compact(Context.shared.raw, &sig, compact)
            return sig
        }
    }

    /// An ECDSA signature with its recovery id, from which the signer's public key can be recovered.
    public struct RecoverableSignature: Hashable, Sendable {
        /// r || s, 64 bytes big-endian.
        public let compact: [UInt8]
        /// Which of the candidate points R is: 0 or 1 in practice (2 and 3 only when r ≥ n − p, ~2^-127).
        public let recoveryID: UInt8

        init(validatedCompact: [UInt8], recoveryID: UInt8) {
            compact = validatedCompact
            self.recoveryID = recoveryID
        }

        /// From r || s and a recovery id in 0...3.
        public init(compact bytes: some ContiguousBytes, recoveryID: UInt8) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            guard input.count == 64 else { throw .invalidLength(what: "compact signature", expected: 64, actual: input.count) }
            guard recoveryID < 4 else { throw .invalidSignature }
            var sig = secp256k1_ecdsa_recoverable_signature()
            guard secp256k1_ecdsa_recoverable_signature_parse_compact(Context.shared.raw, &sig, input, Int32(recoveryID)) == 1
            else { throw .invalidSignature }
            compact = input
            self.recoveryID = recoveryID
        }

        /// From Ethereum's 65-byte r || s || v, where v is the recovery id or 27 plus it (EIP-191, legacy).
        public init(rsv bytes: some ContiguousBytes) throws(CryptoError) {
            let input = bytes.withUnsafeBytes { Array($0) }
            guard input.count == 65 else { throw .invalidLength(what: "r||s||v signature", expected: 65, actual: input.count) }
            let v = input[64]
            let id: UInt8
            switch v {
            case 0...3: id = v
            case 27...30: id = v - 27
            default: throw .invalidSignature
            }
            try self.init(compact: input[0..<64], recoveryID: id)
        }

        /// The big-endian r.
        public var r: [UInt8] { Array(compact[0..<32]) }
        /// The big-endian s.
        public var s: [UInt8] { Array(compact[32..<64]) }

        /// r || s || v with v = recovery id + `vOffset` (27 for EIP-191 personal_sign, 0 for typed transactions).
        public func rsv(vOffset: UInt8 = 27) -> [UInt8] { compact + [recoveryID &+ vOffset] }

        /// The plain signature, for verification against a known key.
        public var signature: Signature { Signature(validatedCompact: compact) }

        /// The public key that produced this signature over `digest`.
        public func recoverPublicKey(forDigest digest: [UInt8]) throws(CryptoError) -> PublicKey {
            try checkDigest(digest)
            let ctx = Context.shared.raw
            var sig = secp256k1_ecdsa_recoverable_signature()
            guard secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, compact, Int32(recoveryID)) == 1 else {
                throw .invalidSignature
            }
            var pub = secp256k1_pubkey()
            guard secp256k1_ecdsa_recover(ctx, &pub, &sig, digest) == 1 else { throw .recoveryFailed }
            return PublicKey(raw: pub)
        }
    }

    /// The process-wide libsecp256k1 context. After creation and randomisation it is only read, which the
    /// library documents as thread-safe.
    final class Context: @unchecked Sendable {
        let raw: OpaquePointer
        static let shared = Context()

        private init() {
            raw = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY))!
            // Blinding makes signing's timing and power independent of the key even if the compiler were to
            // leak something; it must happen before any concurrent use.
            let seed = SecureRandom.bytes(32)
            _ = secp256k1_context_randomize(raw, seed)
        }
    }

    static func checkDigest(_ digest: [UInt8]) throws(CryptoError) {
        guard digest.count == scalarByteCount else {
            throw .invalidLength(what: "digest", expected: scalarByteCount, actual: digest.count)
        }
    }
}

extension secp256k1_pubkey: @retroactive @unchecked Sendable {}
