import CSodium
import Foundation

/// SHA-256 (FIPS 180-4) through libsodium.
public struct SHA256: Sendable {
    /// Digest size in bytes.
    public static let byteCount = 32
    private var state = crypto_hash_sha256_state()

    /// A fresh incremental hasher.
    public init() {
        Sodium.ensure()
        crypto_hash_sha256_init(&state)
    }

    /// Absorbs more input.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { p in
            _ = crypto_hash_sha256_update(&state, p.bindMemory(to: UInt8.self).baseAddress, UInt64(p.count))
        }
    }

    /// The digest of everything absorbed so far. The hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Self.byteCount)
        crypto_hash_sha256_final(&state, &out)
        return out
    }

    /// One-shot SHA-256.
    public static func hash(_ data: some ContiguousBytes) -> [UInt8] {
        Sodium.ensure()
        var out = [UInt8](repeating: 0, count: byteCount)
        data.withUnsafeBytes { p in
            _ = crypto_hash_sha256(&out, p.bindMemory(to: UInt8.self).baseAddress, UInt64(p.count))
        }
        return out
    }
}

/// SHA-512 through libsodium (BIP-32 and BIP-39 are built on HMAC-SHA512).
public enum SHA512 {
    /// Digest size in bytes.
    public static let byteCount = 64

    /// One-shot SHA-512.
    public static func hash(_ data: some ContiguousBytes) -> [UInt8] {
        Sodium.ensure()
        var out = [UInt8](repeating: 0, count: byteCount)
        data.withUnsafeBytes { p in
            _ = crypto_hash_sha512(&out, p.bindMemory(to: UInt8.self).baseAddress, UInt64(p.count))
        }
        return out
    }
}

/// HMAC-SHA256 (RFC 2104) with a key of any length, through libsodium.
public struct HMACSHA256: Sendable {
    /// Tag size in bytes.
    public static let byteCount = 32
    private var state = crypto_auth_hmacsha256_state()

    /// An incremental MAC under `key`; keys longer than the block size are hashed first, as RFC 2104 says.
    public init(key: some ContiguousBytes) {
        Sodium.ensure()
        key.withUnsafeBytes { k in
            _ = crypto_auth_hmacsha256_init(&state, k.nonNullBytes, k.count)
        }
    }

    /// Absorbs more of the message.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { p in
            _ = crypto_auth_hmacsha256_update(&state, p.bindMemory(to: UInt8.self).baseAddress, UInt64(p.count))
        }
    }

    /// The tag. The MAC should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Self.byteCount)
        crypto_auth_hmacsha256_final(&state, &out)
        return out
    }

    /// One-shot HMAC-SHA256.
    public static func authenticationCode(for message: some ContiguousBytes, key: some ContiguousBytes) -> [UInt8] {
        var mac = HMACSHA256(key: key)
        mac.update(message)
        return mac.finalize()
    }

    /// Checks a tag in constant time. Truncated tags are rejected: callers that want them must say so.
    public static func isValid(_ tag: [UInt8], for message: some ContiguousBytes, key: some ContiguousBytes) -> Bool {
        ConstantTime.equals(authenticationCode(for: message, key: key), tag)
    }
}

/// HMAC-SHA512 with a key of any length, through libsodium.
public struct HMACSHA512: Sendable {
    /// Tag size in bytes.
    public static let byteCount = 64
    private var state = crypto_auth_hmacsha512_state()

    /// An incremental MAC under `key`.
    public init(key: some ContiguousBytes) {
        Sodium.ensure()
        key.withUnsafeBytes { k in
            _ = crypto_auth_hmacsha512_init(&state, k.nonNullBytes, k.count)
        }
    }

    /// Absorbs more of the message.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { p in
            _ = crypto_auth_hmacsha512_update(&state, p.bindMemory(to: UInt8.self).baseAddress, UInt64(p.count))
        }
    }

    /// The tag. The MAC should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Self.byteCount)
        crypto_auth_hmacsha512_final(&state, &out)
        return out
    }

    /// One-shot HMAC-SHA512.
    public static func authenticationCode(for message: some ContiguousBytes, key: some ContiguousBytes) -> [UInt8] {
        var mac = HMACSHA512(key: key)
        mac.update(message)
        return mac.finalize()
    }
}

/// HKDF with SHA-256 (RFC 5869). libsodium 1.0.18 has no HKDF, so it is built here on HMAC-SHA256.
public enum HKDF {
    /// RFC 5869 caps the output at 255 hash lengths.
    public static let maximumOutputByteCount = 255 * HMACSHA256.byteCount

    /// HKDF-Extract: a pseudorandom key from input keying material. An empty salt means 32 zero bytes.
    public static func extract(inputKeyMaterial: some ContiguousBytes, salt: some ContiguousBytes) -> SecretBytes {
        let saltBytes = salt.withUnsafeBytes { Array($0) }
        let key = saltBytes.isEmpty ? [UInt8](repeating: 0, count: HMACSHA256.byteCount) : saltBytes
        var prk = HMACSHA256.authenticationCode(for: inputKeyMaterial, key: key)
        defer { wipe(&prk) }
        return SecretBytes(prk)
    }

    /// HKDF-Expand: `outputByteCount` bytes bound to `info`.
    public static func expand(
        pseudoRandomKey: SecretBytes, info: some ContiguousBytes, outputByteCount: Int
    ) throws(CryptoError) -> SecretBytes {
        guard outputByteCount >= 0, outputByteCount <= maximumOutputByteCount else {
            throw .invalidParameter("HKDF output length must be at most \(maximumOutputByteCount) bytes")
        }
        let infoBytes = info.withUnsafeBytes { Array($0) }
        return SecretBytes(count: outputByteCount) { out in
            var previous = [UInt8]()
            var offset = 0
            var counter: UInt8 = 1
            while offset < outputByteCount {
                var mac = pseudoRandomKey.withUnsafeBytes { HMACSHA256(key: $0) }
                mac.update(previous)
                mac.update(infoBytes)
                mac.update([counter])
                wipe(&previous)
                previous = mac.finalize()
                let n = min(previous.count, outputByteCount - offset)
                out.baseAddress!.advanced(by: offset).copyMemory(from: previous, byteCount: n)
                offset += n
                counter &+= 1
            }
            wipe(&previous)
        }
    }

    /// Extract then expand.
    public static func deriveKey(
        inputKeyMaterial: some ContiguousBytes, salt: some ContiguousBytes, info: some ContiguousBytes,
        outputByteCount: Int
    ) throws(CryptoError) -> SecretBytes {
        let prk = extract(inputKeyMaterial: inputKeyMaterial, salt: salt)
        return try expand(pseudoRandomKey: prk, info: info, outputByteCount: outputByteCount)
    }
}

/// PBKDF2 with HMAC-SHA512 (RFC 8018), as BIP-39 uses to turn a mnemonic into a seed.
enum PBKDF2SHA512 {
    static func derive(password: [UInt8], salt: [UInt8], iterations: Int, outputByteCount: Int) -> SecretBytes {
        let blockCount = (outputByteCount + 63) / 64
        // Keying the MAC once and copying its state per iteration saves two compressions per round.
        let keyed = HMACSHA512(key: password)
        return SecretBytes(count: outputByteCount) { out in
            for block in 1...max(blockCount, 1) {
                var mac = keyed
                mac.update(salt)
                mac.update(withUnsafeBytes(of: UInt32(block).bigEndian) { Array($0) })
                var u = mac.finalize()
                var t = u
                if iterations > 1 {
                    for _ in 1..<iterations {
                        var m = keyed
                        m.update(u)
                        wipe(&u)
                        u = m.finalize()
                        for i in 0..<t.count { t[i] ^= u[i] }
                    }
                }
                let offset = (block - 1) * 64
                let n = min(64, outputByteCount - offset)
                if n > 0 { out.baseAddress!.advanced(by: offset).copyMemory(from: t, byteCount: n) }
                wipe(&u)
                wipe(&t)
            }
        }
    }
}

/// Overwrites a byte array with zeros in a way the optimiser keeps.
@inline(never)
func wipe(_ bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes { p in
        if let base = p.baseAddress, p.count > 0 { sodium_memzero(base, p.count) }
    }
}
