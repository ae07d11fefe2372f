import CSodium
import Foundation

/// BLAKE2b (RFC 7693) through libsodium's `crypto_generichash`, keyed or not, with an optional personalization.
///
/// Keyed BLAKE2b is a PRF, so it is also a KDF: libsodium's own `crypto_kdf` is keyed BLAKE2b of the empty
/// string with the context in the personalization, and `deriveKeyPair` is that construction with a 64-byte output.
public enum BLAKE2b {
    /// Output sizes libsodium accepts.
    public static let outputByteCountRange = 16...64
    /// Key sizes libsodium accepts (0 = unkeyed).
    public static let keyByteCountRange = 0...64
    /// The personalization parameter's size; a shorter label is zero-padded to it, as RFC 7693's reference does.
    public static let personalizationByteCount = 16

    /// The BLAKE2b digest of `data`, `outputByteCount` bytes long, optionally keyed and personalized.
    public static func hash(
        _ data: some ContiguousBytes, outputByteCount: Int = 32, key: some ContiguousBytes = [UInt8](),
        personalization: [UInt8] = []
    ) throws(CryptoError) -> [UInt8] {
        try check(outputByteCount: outputByteCount, key: key, personalization: personalization)
        var out = [UInt8](repeating: 0, count: outputByteCount)
        out.withUnsafeMutableBytes { compute(into: $0, data: data, key: key, personalization: personalization) }
        return out
    }

    /// Keyed BLAKE2b-512 of the empty string under `personalization`, split into two 32-byte secrets: a KDF
    /// step of one compression that leaves no unwiped copy of its output.
    public static func deriveKeyPair(
        key: some ContiguousBytes, personalization: [UInt8]
    ) throws(CryptoError) -> (first: SecretBytes, second: SecretBytes) {
        try check(outputByteCount: 64, key: key, personalization: personalization)
        return withUnsafeTemporaryAllocation(byteCount: 64, alignment: 16) { out in
            defer { sodium_memzero(out.baseAddress!, out.count) }
            compute(into: out, data: [UInt8](), key: key, personalization: personalization)
            let first = SecretBytes(count: 32) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: out[0..<32])) }
            let second = SecretBytes(count: 32) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: out[32..<64])) }
            return (first, second)
        }
    }

    private static func check(outputByteCount: Int, key: some ContiguousBytes, personalization: [UInt8]) throws(CryptoError) {
        guard outputByteCountRange.contains(outputByteCount) else { throw .invalidParameter("BLAKE2b output must be 16...64 bytes") }
        guard keyByteCountRange.contains(key.withUnsafeBytes({ $0.count })) else {
            throw .invalidParameter("BLAKE2b key must be 0...64 bytes")
        }
        guard personalization.count <= personalizationByteCount else {
            throw .invalidParameter("BLAKE2b personalization must be at most \(personalizationByteCount) bytes")
        }
    }

    /// Sizes are checked by `check`, the only failures libsodium reports here.
    private static func compute(
        into out: UnsafeMutableRawBufferPointer, data: some ContiguousBytes, key: some ContiguousBytes, personalization: [UInt8]
    ) {
        Sodium.ensure()
        // libsodium reads exactly 16 personalization bytes; zero padding makes a short label unambiguous.
        var personal = (UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &personal) { $0.copyBytes(from: personalization) }
        let o = out.bindMemory(to: UInt8.self).baseAddress!
        data.withUnsafeBytes { d in
            key.withUnsafeBytes { k in
                withUnsafeBytes(of: &personal) { p in
                    let kp = k.count == 0 ? nil : k.bindMemory(to: UInt8.self).baseAddress
                    let dp = d.bindMemory(to: UInt8.self).baseAddress
                    if personalization.isEmpty {
                        _ = crypto_generichash(o, out.count, dp, UInt64(d.count), kp, k.count)
                    } else {
                        _ = crypto_generichash_blake2b_salt_personal(
                            o, out.count, dp, UInt64(d.count), kp, k.count, nil, p.bindMemory(to: UInt8.self).baseAddress)
                    }
                }
            }
        }
    }
}
