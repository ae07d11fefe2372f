import CairnCrypto
import Testing

@Suite("secp256k1: keys, ECDSA, recovery, ECDH")
struct Secp256k1Tests {
    let digest = SHA256.hash(Array("cairn".utf8))

    @Test func signVerifyRoundTripIsDeterministicAndLowS() throws {
        let key = Secp256k1.PrivateKey()
        let a = try key.signature(forDigest: digest)
        let b = try key.signature(forDigest: digest)
        #expect(a == b, "RFC 6979 nonces make signing deterministic")
        #expect(a.isLowS)
        #expect(key.publicKey.isValidSignature(a, forDigest: digest))
        #expect(!key.publicKey.isValidSignature(a, forDigest: SHA256.hash([1])))
        #expect(!Secp256k1.PrivateKey().publicKey.isValidSignature(a, forDigest: digest))
        #expect(try Secp256k1.Signature(der: a.der) == a)
        #expect(try Secp256k1.Signature(compact: a.compact) == a)
    }

    @Test func recoveryReturnsTheSigner() throws {
        for _ in 0..<20 {
            let key = Secp256k1.PrivateKey()
            let sig = try key.recoverableSignature(forDigest: digest)
            #expect(sig.recoveryID <= 1)
            #expect(try sig.recoverPublicKey(forDigest: digest) == key.publicKey)
            #expect(key.publicKey.isValidSignature(sig.signature, forDigest: digest))
            let rsv = try Secp256k1.RecoverableSignature(rsv: sig.rsv(vOffset: 27))
            #expect(rsv == sig)
            let other = try Secp256k1.RecoverableSignature(compact: sig.compact, recoveryID: sig.recoveryID ^ 1)
            #expect((try? other.recoverPublicKey(forDigest: digest)) != key.publicKey)
        }
    }

    @Test func strictVerifyRejectsHighSUntilNormalized() throws {
        let key = Secp256k1.PrivateKey()
        let low = try key.signature(forDigest: digest)
        let high = try highSTwin(of: low)
        #expect(!high.isLowS)
        #expect(!key.publicKey.isValidSignature(high, forDigest: digest))
        #expect(high.normalized == low)
    }

    @Test func rejectsInvalidKeysAndEncodings() throws {
        #expect(throws: CryptoError.invalidPrivateKey) { try Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: CryptoError.invalidPrivateKey) {
            try Secp256k1.PrivateKey(rawRepresentation: Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"))
        }
        #expect(throws: CryptoError.self) { try Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 1, count: 31)) }
        // x = 2^256 - 1 is not below the field prime p, so no point has it.
        #expect(throws: CryptoError.invalidPublicKey) { try Secp256k1.PublicKey(bytes: [2] + [UInt8](repeating: 0xff, count: 32)) }
        #expect(throws: CryptoError.invalidPublicKey) { try Secp256k1.PublicKey(bytes: [UInt8](repeating: 4, count: 64)) }
        let pub = Secp256k1.PrivateKey().publicKey
        var hybrid = pub.uncompressed
        hybrid[0] = 6 | (hybrid[64] & 1)
        #expect(throws: CryptoError.invalidPublicKey) { try Secp256k1.PublicKey(bytes: hybrid) }
        #expect(throws: CryptoError.invalidSignature) { try Secp256k1.Signature(compact: [UInt8](repeating: 0xff, count: 64)) }
        #expect(throws: CryptoError.invalidSignature) { try Secp256k1.Signature(der: [0x30, 0x00]) }
        #expect(throws: CryptoError.self) { try Secp256k1.PrivateKey().signature(forDigest: [1, 2, 3]) }
        #expect(throws: CryptoError.invalidSignature) { try Secp256k1.RecoverableSignature(compact: [UInt8](repeating: 1, count: 64), recoveryID: 4) }
    }

    @Test func ecdhAgreesBothWays() throws {
        let a = Secp256k1.PrivateKey(), b = Secp256k1.PrivateKey()
        let ab = try a.sharedSecret(with: b.publicKey)
        let ba = try b.sharedSecret(with: a.publicKey)
        #expect(ab == ba)
        #expect(ab.count == 32)
        #expect(try a.sharedSecret(with: Secp256k1.PrivateKey().publicKey) != ab)
    }
}

@Suite("Curve25519, AEAD, hashes, KDFs, secrets")
struct PrimitiveTests {
    @Test func ed25519SignsAndVerifies() throws {
        let key = Ed25519.PrivateKey()
        let sig = key.signature(for: Array("vote".utf8))
        #expect(key.publicKey.isValidSignature(sig, for: Array("vote".utf8)))
        #expect(!key.publicKey.isValidSignature(sig, for: Array("veto".utf8)))
        #expect(!key.publicKey.isValidSignature(Array(sig.dropLast()), for: Array("vote".utf8)))
        let again = try Ed25519.PrivateKey(seed: key.seed)
        #expect(again.publicKey == key.publicKey)
        #expect(again.signature(for: Array("vote".utf8)) == sig)
    }

    @Test func x25519AgreesAndRejectsLowOrderPoints() throws {
        let a = X25519.PrivateKey(), b = X25519.PrivateKey()
        #expect(try a.sharedSecret(with: b.publicKey) == b.sharedSecret(with: a.publicKey))
        let zero = try X25519.PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 32))
        #expect(throws: CryptoError.weakSharedSecret) { try a.sharedSecret(with: zero) }
    }

    @Test func xchachaSealsOpensAndDetectsTampering() throws {
        let key = SecretBytes(randomCount: 32)
        let nonce = SecureRandom.bytes(24)
        let box = try XChaCha20Poly1305.seal(Array("hello".utf8), key: key, nonce: nonce, associatedData: [1, 2])
        #expect(box.count == 5 + 16)
        #expect(try XChaCha20Poly1305.open(box, key: key, nonce: nonce, associatedData: [1, 2]) == Array("hello".utf8))
        var flipped = box
        flipped[0] ^= 1
        #expect(throws: CryptoError.authenticationFailed) { try XChaCha20Poly1305.open(flipped, key: key, nonce: nonce, associatedData: [1, 2]) }
        #expect(throws: CryptoError.authenticationFailed) { try XChaCha20Poly1305.open(box, key: key, nonce: nonce, associatedData: [1]) }
        #expect(throws: CryptoError.authenticationFailed) { try XChaCha20Poly1305.open(Array(box.prefix(10)), key: key, nonce: nonce) }
        #expect(throws: CryptoError.self) { try XChaCha20Poly1305.seal([1], key: key, nonce: Array(nonce.prefix(12))) }
    }

    @Test func xchachaSealPrefixingNonceIsNonceThenTheSameBox() throws {
        let key = SecretBytes(randomCount: 32)
        let nonce = SecureRandom.bytes(24)
        let prefixed = try XChaCha20Poly1305.sealPrefixingNonce(Array("hello".utf8), key: key, nonce: nonce, associatedData: [3])
        #expect(prefixed == nonce + (try XChaCha20Poly1305.seal(Array("hello".utf8), key: key, nonce: nonce, associatedData: [3])))
        // The nonce and the box open straight from slices of the one array.
        #expect(try XChaCha20Poly1305.open(prefixed[24...], key: key, nonce: prefixed[..<24], associatedData: [3]) == Array("hello".utf8))
        #expect(throws: CryptoError.self) { try XChaCha20Poly1305.sealPrefixingNonce([1], key: key, nonce: Array(nonce.prefix(23))) }
    }

    @Test func hashesMatchKnownAnswers() throws {
        #expect(Hex.encode(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var incremental = SHA256()
        incremental.update(Array("a".utf8))
        incremental.update(Array("bc".utf8))
        #expect(Hex.encode(incremental.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // RFC 7693 Appendix A: BLAKE2b-512("abc").
        #expect(Hex.encode(try BLAKE2b.hash(Array("abc".utf8), outputByteCount: 64)) ==
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
        #expect(throws: CryptoError.self) { try BLAKE2b.hash([1], outputByteCount: 8) }
    }

    @Test func argon2idIsDeterministicPerSaltAndRejectsAbsurdCosts() throws {
        let salt = [UInt8](repeating: 7, count: 16)
        let p = Argon2id.Parameters.interactive
        let a = try Argon2id.deriveKey(password: Array("pw".utf8), salt: salt, parameters: p, outputByteCount: 32)
        let b = try Argon2id.deriveKey(password: Array("pw".utf8), salt: salt, parameters: p, outputByteCount: 32)
        let c = try Argon2id.deriveKey(password: Array("pw".utf8), salt: [UInt8](repeating: 8, count: 16), parameters: p, outputByteCount: 32)
        #expect(a == b)
        #expect(a != c)
        #expect(throws: CryptoError.self) { try Argon2id.Parameters(opsLimit: 3, memLimit: 1 << 40) }
        #expect(throws: CryptoError.self) { try Argon2id.Parameters(opsLimit: 0, memLimit: 1 << 20) }
    }

    @Test func secretBytesCompareInConstantTimeAndCopyOnlyOnRequest() {
        let a = SecretBytes([1, 2, 3]), b = SecretBytes([1, 2, 3]), c = SecretBytes([1, 2, 4])
        #expect(a == b)
        #expect(a != c)
        #expect(a != SecretBytes([1, 2]))
        #expect(a.unprotectedBytes == [1, 2, 3])
        #expect(ConstantTime.equals([UInt8](), []))
        #expect(!ConstantTime.equals([1], [2]))
    }

    @Test func hexIsStrict() throws {
        #expect(try Hex.decode("0xDEADbeef") == [0xde, 0xad, 0xbe, 0xef])
        #expect(try Hex.decode("") == [])
        #expect(throws: CryptoError.invalidHex) { try Hex.decode("abc") }
        #expect(throws: CryptoError.invalidHex) { try Hex.decode("zz") }
        #expect(throws: CryptoError.invalidHex) { try Hex.decode("0x0g") }
        #expect(Hex.encode([0, 255, 16]) == "00ff10")
    }
}
