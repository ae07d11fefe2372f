import CairnCrypto

/// The spec's KDF_RK_HE, KDF_CK, ENCRYPT and DECRYPT, and the header nonce, as docs/MESSAGING.md ("The ratchet's
/// functions") defines them.
///
/// The per-message steps are a keyed BLAKE2b (one compression each) and one ChaCha20-Poly1305 under the message
/// key itself; the spec allows any PRF for KDF_CK and a constant nonce for a key that seals once (sections 2.1,
/// 3.1). Only the root step, once per DH ratchet step, stays HKDF-SHA256 as section 5.2 recommends.
enum RatchetKDF {
    static let rootInfo = Array("cairn/ratchet/root/v1".utf8)
    /// BLAKE2b personalizations: a distinct label per output, so no two derivations from one chain key coincide.
    static let chainLabel = Array("cairn/ck/v2".utf8)
    static let headerNonceLabel = Array("cairn/hn/v2".utf8)
    /// Each message key seals exactly one body, so a constant nonce never repeats under a key.
    static let bodyNonce = [UInt8](repeating: 0, count: ChaCha20Poly1305.nonceByteCount)

    /// KDF_RK_HE: HKDF-SHA256 with the root key as salt, split into root key, chain key and next header key.
    static func root(_ rootKey: SecretBytes, _ dhOutput: SecretBytes) -> (root: SecretBytes, chain: SecretBytes, nextHeader: SecretBytes) {
        // 96 is far below HKDF's limit, the only thing `deriveKey` checks.
        let out = try! HKDF.deriveKey(inputKeyMaterial: dhOutput, salt: rootKey, info: rootInfo, outputByteCount: 96)
        return out.withUnsafeBytes { b in
            (SecretBytes(copying: UnsafeRawBufferPointer(rebasing: b[0..<32])),
             SecretBytes(copying: UnsafeRawBufferPointer(rebasing: b[32..<64])),
             SecretBytes(copying: UnsafeRawBufferPointer(rebasing: b[64..<96])))
        }
    }

    /// KDF_CK: BLAKE2b-512 keyed by the chain key, of the empty string, personalized "cairn/ck/v2"; the first
    /// half is the message key, the second the next chain key.
    static func chain(_ chainKey: SecretBytes) -> (chain: SecretBytes, message: SecretBytes) {
        // The key is 32 bytes and the label 11, the only things `deriveKeyPair` checks.
        let (message, next) = try! BLAKE2b.deriveKeyPair(key: chainKey, personalization: chainLabel)
        return (next, message)
    }

    /// The nonce of the header sealed with the message of chain key `chainKey`: BLAKE2b-192 keyed by that chain
    /// key, personalized "cairn/hn/v2". Unique per message of a chain, public, and independent of its keys.
    static func headerNonce(_ chainKey: SecretBytes) -> [UInt8] {
        // Fixed sizes, as above.
        try! BLAKE2b.hash([UInt8](), outputByteCount: XChaCha20Poly1305.nonceByteCount, key: chainKey, personalization: headerNonceLabel)
    }

    /// ENCRYPT: ChaCha20-Poly1305 (RFC 8439) under the message key, with the all-zero nonce.
    static func seal(_ plaintext: [UInt8], messageKey: SecretBytes, associatedData: [UInt8]) -> [UInt8] {
        // Key and nonce sizes are fixed here, the only failures `seal` has.
        try! ChaCha20Poly1305.seal(plaintext, key: messageKey, nonce: bodyNonce, associatedData: associatedData)
    }

    /// DECRYPT: nil if authentication fails.
    static func open(_ ciphertext: [UInt8], messageKey: SecretBytes, associatedData: [UInt8]) -> [UInt8]? {
        try? ChaCha20Poly1305.open(ciphertext, key: messageKey, nonce: bodyNonce, associatedData: associatedData)
    }

    static func zero(_ bytes: inout [UInt8]) {
        for i in bytes.indices { bytes[i] = 0 }
    }
}
