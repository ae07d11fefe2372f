import CSodium
import Foundation

/// XChaCha20-Poly1305 (IETF construction, 192-bit nonce) through libsodium. Random nonces are safe at this
/// size, which is why Cairn uses it for data at rest and for envelopes.
public enum XChaCha20Poly1305 {
    /// Key size.
    public static let keyByteCount = 32
    /// Nonce size: large enough to pick at random.
    public static let nonceByteCount = 24
    /// Tag size, appended to the ciphertext.
    public static let tagByteCount = 16

    /// Encrypts and authenticates `plaintext` and `associatedData`; returns ciphertext || tag.
    public static func seal(
        _ plaintext: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes,
        associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try AEADCall.seal(plaintext, key: key, nonce: nonce, aad: associatedData, shape: shape,
                          encrypt: crypto_aead_xchacha20poly1305_ietf_encrypt)
    }

    /// nonce || ciphertext || tag in one array, for a box that carries its nonce (one allocation, no copy).
    public static func sealPrefixingNonce(
        _ plaintext: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes,
        associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try AEADCall.seal(plaintext, key: key, nonce: nonce, aad: associatedData, shape: shape, prefixNonce: true,
                          encrypt: crypto_aead_xchacha20poly1305_ietf_encrypt)
    }

    /// Authenticates and decrypts ciphertext || tag; throws `authenticationFailed` if anything was altered.
    public static func open(
        _ ciphertextAndTag: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes,
        associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try AEADCall.open(ciphertextAndTag, key: key, nonce: nonce, aad: associatedData, shape: shape,
                          decrypt: crypto_aead_xchacha20poly1305_ietf_decrypt)
    }

    private static let shape = AEADCall.Shape(name: "XChaCha20-Poly1305", key: keyByteCount, nonce: nonceByteCount, tag: tagByteCount)
}

/// ChaCha20-Poly1305 (RFC 8439, 96-bit nonce) through libsodium, for transports that count nonces (Noise).
public enum ChaCha20Poly1305 {
    /// Key size.
    public static let keyByteCount = 32
    /// Nonce size: too small to pick at random; use a counter.
    public static let nonceByteCount = 12
    /// Tag size, appended to the ciphertext.
    public static let tagByteCount = 16

    /// Encrypts and authenticates; returns ciphertext || tag.
    public static func seal(
        _ plaintext: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes,
        associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try AEADCall.seal(plaintext, key: key, nonce: nonce, aad: associatedData, shape: shape,
                          encrypt: crypto_aead_chacha20poly1305_ietf_encrypt)
    }

    /// Authenticates and decrypts ciphertext || tag.
    public static func open(
        _ ciphertextAndTag: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes,
        associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try AEADCall.open(ciphertextAndTag, key: key, nonce: nonce, aad: associatedData, shape: shape,
                          decrypt: crypto_aead_chacha20poly1305_ietf_decrypt)
    }

    private static let shape = AEADCall.Shape(name: "ChaCha20-Poly1305", key: keyByteCount, nonce: nonceByteCount, tag: tagByteCount)
}

/// The shared calling convention of libsodium's IETF AEADs, so each construction is one table of sizes.
enum AEADCall {
    struct Shape { let name: String; let key: Int; let nonce: Int; let tag: Int }

    typealias Encrypt = (
        UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt64>?, UnsafePointer<UInt8>?, UInt64,
        UnsafePointer<UInt8>?, UInt64, UnsafePointer<UInt8>?, UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32
    typealias Decrypt = (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt64>?, UnsafeMutablePointer<UInt8>?,
        UnsafePointer<UInt8>, UInt64, UnsafePointer<UInt8>?, UInt64, UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32

    static func check(key: UnsafeRawBufferPointer, nonce: UnsafeRawBufferPointer, shape: Shape) throws(CryptoError) {
        guard key.count == shape.key else { throw .invalidLength(what: "\(shape.name) key", expected: shape.key, actual: key.count) }
        guard nonce.count == shape.nonce else {
            throw .invalidLength(what: "\(shape.name) nonce", expected: shape.nonce, actual: nonce.count)
        }
    }

    /// ciphertext || tag, after a copy of the nonce if `prefixNonce`.
    static func seal(
        _ plaintext: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes, aad: some ContiguousBytes,
        shape: Shape, prefixNonce: Bool = false, encrypt: Encrypt
    ) throws(CryptoError) -> [UInt8] {
        Sodium.ensure()
        let result: Result<[UInt8], CryptoError> = key.withUnsafeBytes { k in
            nonce.withUnsafeBytes { n in
                do throws(CryptoError) { try check(key: k, nonce: n, shape: shape) } catch { return .failure(error) }
                return plaintext.withUnsafeBytes { m in
                    aad.withUnsafeBytes { a in
                        // Every byte is written (nonce copy, then the cipher), so the output is not zero-filled first.
                        let offset = prefixNonce ? n.count : 0
                        return .success([UInt8](unsafeUninitializedCapacity: offset + m.count + shape.tag) { out, count in
                            let base = out.baseAddress!
                            if prefixNonce { UnsafeMutableRawPointer(base).copyMemory(from: n.baseAddress!, byteCount: offset) }
                            _ = encrypt(
                                base + offset, nil, m.bindMemory(to: UInt8.self).baseAddress, UInt64(m.count),
                                a.bindMemory(to: UInt8.self).baseAddress, UInt64(a.count), nil, n.bindMemory(to: UInt8.self).baseAddress!,
                                k.bindMemory(to: UInt8.self).baseAddress!)
                            count = offset + m.count + shape.tag
                        })
                    }
                }
            }
        }
        return try result.get()
    }

    static func open(
        _ ciphertext: some ContiguousBytes, key: some ContiguousBytes, nonce: some ContiguousBytes, aad: some ContiguousBytes,
        shape: Shape, decrypt: Decrypt
    ) throws(CryptoError) -> [UInt8] {
        Sodium.ensure()
        let result: Result<[UInt8], CryptoError> = key.withUnsafeBytes { k in
            nonce.withUnsafeBytes { n in
                do throws(CryptoError) { try check(key: k, nonce: n, shape: shape) } catch { return .failure(error) }
                return ciphertext.withUnsafeBytes { c in
                    guard c.count >= shape.tag else { return .failure(.authenticationFailed) }
                    return aad.withUnsafeBytes { a in
                        var out = [UInt8](repeating: 0, count: c.count - shape.tag)
                        let rc = out.withUnsafeMutableBufferPointer { o in
                            decrypt(
                                o.baseAddress, nil, nil, c.bindMemory(to: UInt8.self).baseAddress!, UInt64(c.count),
                                a.bindMemory(to: UInt8.self).baseAddress, UInt64(a.count), n.bindMemory(to: UInt8.self).baseAddress!,
                                k.bindMemory(to: UInt8.self).baseAddress!)
                        }
                        return rc == 0 ? .success(out) : .failure(.authenticationFailed)
                    }
                }
            }
        }
        return try result.get()
    }
}

/// Argon2id (RFC 9106) through libsodium's `crypto_pwhash`: the passphrase KDF for keys at rest.
public enum Argon2id {
    /// Cost parameters; stored with every key file so they can be raised later without breaking old files.
    public struct Parameters: Codable, Equatable, Sendable {
        /// Passes over memory (t).
        public let opsLimit: UInt64
        /// Memory in bytes (m).
        public let memLimit: UInt64

        /// Costs, checked against the bounds a key file may ask for.
        public init(opsLimit: UInt64, memLimit: UInt64) throws(CryptoError) {
            guard Self.allowedOps.contains(opsLimit) else { throw .invalidParameter("Argon2id opsLimit \(opsLimit) not in \(Self.allowedOps)") }
            guard Self.allowedMem.contains(memLimit) else { throw .invalidParameter("Argon2id memLimit \(memLimit) not in \(Self.allowedMem)") }
            self.opsLimit = opsLimit
            self.memLimit = memLimit
        }

        /// libsodium's "moderate" memory with 3 passes: about a second here, so a guessed passphrase costs an
        /// attacker the same.
        public static let standard = try! Parameters(opsLimit: 3, memLimit: 256 << 20)
        /// libsodium's "interactive" costs, for tests and machines that can't spare 256 MiB.
        public static let interactive = try! Parameters(opsLimit: 2, memLimit: 64 << 20)

        // A file that asks for terabytes of memory is corrupt or hostile; refuse it rather than try.
        static let allowedOps: ClosedRange<UInt64> = 1...32
        static let allowedMem: ClosedRange<UInt64> = 8192...(2 << 30)

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            do {
                try self.init(opsLimit: c.decode(UInt64.self, forKey: .opsLimit), memLimit: c.decode(UInt64.self, forKey: .memLimit))
            } catch let error as CryptoError {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
            }
        }
    }

    /// Salt size.
    public static let saltByteCount = 16

    /// Derives `outputByteCount` bytes from `password` and a 16-byte salt.
    public static func deriveKey(
        password: some ContiguousBytes, salt: [UInt8], parameters: Parameters, outputByteCount: Int
    ) throws(CryptoError) -> SecretBytes {
        Sodium.ensure()
        guard salt.count == saltByteCount else { throw .invalidLength(what: "Argon2id salt", expected: saltByteCount, actual: salt.count) }
        guard outputByteCount >= 16 else { throw .invalidParameter("Argon2id output must be at least 16 bytes") }
        return try SecretBytes(count: outputByteCount) { out throws(CryptoError) in
            let rc = password.withUnsafeBytes { p in
                crypto_pwhash(
                    out.bindMemory(to: UInt8.self).baseAddress!, UInt64(outputByteCount),
                    UnsafeRawPointer(p.nonNullBytes).assumingMemoryBound(to: CChar.self),
                    UInt64(p.count), salt, parameters.opsLimit, Int(parameters.memLimit),
                    crypto_pwhash_ALG_ARGON2ID13)
            }
            guard rc == 0 else { throw CryptoError.outOfMemory }
        }
    }
}
