import CairnCrypto

/// The spec's KDF_RK_HE, KDF_CK, ENCRYPT and DECRYPT with the primitives it recommends (section 5.2).
enum RatchetKDF {
    static let rootInfo = Array("cairn/ratchet/root/v1".utf8)
    static let messageInfo = Array("cairn/ratchet/message/v1".utf8)

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

    /// KDF_CK: HMAC-SHA256 of the chain key over 0x01 (message key) and 0x02 (next chain key).
    static func chain(_ chainKey: SecretBytes) -> (chain: SecretBytes, message: SecretBytes) {
        var message = HMACSHA256.authenticationCode(for: [UInt8(0x01)], key: chainKey)
        var next = HMACSHA256.authenticationCode(for: [UInt8(0x02)], key: chainKey)
        defer { zero(&message); zero(&next) }
        return (SecretBytes(next), SecretBytes(message))
    }

    /// ENCRYPT: XChaCha20-Poly1305 under a key and nonce expanded from the message key by HKDF. Each
    /// message key seals one message, so the derived nonce never repeats under its key.
    static func seal(_ plaintext: [UInt8], messageKey: SecretBytes, associatedData: [UInt8]) -> [UInt8] {
        let (key, nonce) = expand(messageKey)
        // Sizes are fixed by `expand`, the only failures `seal` has.
        return try! XChaCha20Poly1305.seal(plaintext, key: key, nonce: nonce, associatedData: associatedData)
    }

    /// DECRYPT: nil if authentication fails.
    static func open(_ ciphertext: [UInt8], messageKey: SecretBytes, associatedData: [UInt8]) -> [UInt8]? {
        let (key, nonce) = expand(messageKey)
        return try? XChaCha20Poly1305.open(ciphertext, key: key, nonce: nonce, associatedData: associatedData)
    }

    private static func expand(_ messageKey: SecretBytes) -> (key: SecretBytes, nonce: [UInt8]) {
        let keyCount = XChaCha20Poly1305.keyByteCount, nonceCount = XChaCha20Poly1305.nonceByteCount
        // An empty salt is HKDF's 32 zero bytes, as the spec suggests for this step.
        let out = try! HKDF.deriveKey(inputKeyMaterial: messageKey, salt: [UInt8](), info: messageInfo, outputByteCount: keyCount + nonceCount)
        return out.withUnsafeBytes { b in
            (SecretBytes(copying: UnsafeRawBufferPointer(rebasing: b[0..<keyCount])), Array(b[keyCount...]))
        }
    }

    static func zero(_ bytes: inout [UInt8]) {
        for i in bytes.indices { bytes[i] = 0 }
    }
}
