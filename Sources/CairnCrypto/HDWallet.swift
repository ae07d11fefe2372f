import CSecp256k1
import Foundation

/// A BIP-39 mnemonic: words that encode entropy plus a checksum, and the seed they stretch to.
public struct Mnemonic: Sendable, CustomStringConvertible {
    /// The normalised words, single-spaced.
    public let phrase: String

    /// Parses and validates a phrase: every word from the English list, 12 to 24 words in steps of 3, and a
    /// correct checksum. Extra whitespace and upper case are tolerated.
    public init(phrase raw: String) throws(CryptoError) {
        let words = raw.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard [12, 15, 18, 21, 24].contains(words.count) else {
            throw .invalidMnemonic("expected 12, 15, 18, 21 or 24 words, got \(words.count)")
        }
        var bits = [Bool]()
        bits.reserveCapacity(words.count * 11)
        for (position, word) in words.enumerated() {
            guard let index = BIP39EnglishWords.index[word] else {
                throw .invalidMnemonic("word \(position + 1) ('\(word)') is not in the BIP-39 English list")
            }
            for bit in (0..<11).reversed() { bits.append(index >> bit & 1 == 1) }
        }
        let checksumBits = words.count / 3
        let entropyBits = bits.count - checksumBits
        var entropy = [UInt8](repeating: 0, count: entropyBits / 8)
        for i in 0..<entropyBits where bits[i] { entropy[i / 8] |= 0x80 >> UInt8(i % 8) }
        let hash = SHA256.hash(entropy)
        for i in 0..<checksumBits where bits[entropyBits + i] != (hash[i / 8] & (0x80 >> UInt8(i % 8)) != 0) {
            throw .invalidMnemonic("checksum does not match (a word is wrong or out of order)")
        }
        wipe(&entropy)
        phrase = words.joined(separator: " ")
    }

    /// The mnemonic for 16, 20, 24, 28 or 32 bytes of entropy.
    public init(entropy: [UInt8]) throws(CryptoError) {
        guard [16, 20, 24, 28, 32].contains(entropy.count) else {
            throw .invalidMnemonic("entropy must be 16, 20, 24, 28 or 32 bytes")
        }
        let hash = SHA256.hash(entropy)
        var bits = [Bool]()
        for byte in entropy { for bit in (0..<8).reversed() { bits.append(byte >> UInt8(bit) & 1 == 1) } }
        for i in 0..<(entropy.count / 4) { bits.append(hash[i / 8] & (0x80 >> UInt8(i % 8)) != 0) }
        var words = [String]()
        for chunk in stride(from: 0, to: bits.count, by: 11) {
            let index = bits[chunk..<chunk + 11].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
            words.append(BIP39EnglishWords.all[index])
        }
        phrase = words.joined(separator: " ")
    }

    /// A new random mnemonic of 12 (128-bit) or 24 (256-bit) words.
    public static func generate(wordCount: Int = 24) throws(CryptoError) -> Mnemonic {
        guard wordCount == 12 || wordCount == 24 else { throw .invalidMnemonic("word count must be 12 or 24") }
        var entropy = SecureRandom.bytes(wordCount == 12 ? 16 : 32)
        defer { wipe(&entropy) }
        return try Mnemonic(entropy: entropy)
    }

    /// The 64-byte BIP-39 seed: PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase (NFKD).
    public func seed(passphrase: String = "") -> SecretBytes {
        let password = Array(phrase.decomposedStringWithCompatibilityMapping.utf8)
        let salt = Array(("mnemonic" + passphrase).decomposedStringWithCompatibilityMapping.utf8)
        return PBKDF2SHA512.derive(password: password, salt: salt, iterations: 2048, outputByteCount: 64)
    }

    /// The words are secret; they are never printed by accident.
    public var description: String { "Mnemonic(\(phrase.split(separator: " ").count) words)" }
}

/// A BIP-32 derivation path such as `m/44'/60'/0'/0/0`.
public struct DerivationPath: Equatable, Sendable, CustomStringConvertible {
    /// Indices with the hardened bit (2^31) set where the path has `'` or `h`.
    public let components: [UInt32]
    static let hardened: UInt32 = 0x8000_0000

    /// Parses `m/…`; each component is a decimal below 2^31, optionally followed by `'` or `h`.
    public init(_ string: String) throws(CryptoError) {
        var parts = string.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.first == "m" else { throw .invalidDerivationPath("'\(string)' must start with m") }
        parts.removeFirst()
        var out = [UInt32]()
        for part in parts {
            var digits = Substring(part)
            var isHardened = false
            if let last = digits.last, last == "'" || last == "h" || last == "H" {
                isHardened = true
                digits = digits.dropLast()
            }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
                  digits == "0" || digits.first != "0", let value = UInt32(digits), value < Self.hardened
            else { throw .invalidDerivationPath("bad component '\(part)' in '\(string)'") }
            out.append(isHardened ? value | Self.hardened : value)
        }
        components = out
    }

    /// BIP-44's Ethereum account path `m/44'/60'/0'/0/index`, which wallets and devnets share.
    public static func ethereum(index: UInt32) throws(CryptoError) -> DerivationPath {
        guard index < hardened else { throw .invalidDerivationPath("account index \(index) must be below 2^31") }
        return try DerivationPath("m/44'/60'/0'/0/\(index)")
    }

    public var description: String {
        "m" + components.map { "/" + ($0 >= Self.hardened ? "\($0 - Self.hardened)'" : "\($0)") }.joined()
    }
}

/// A BIP-32 extended private key: a secp256k1 key plus the chain code that lets it derive children.
public struct ExtendedPrivateKey: Sendable {
    /// The key at this node.
    public let privateKey: Secp256k1.PrivateKey
    /// The 32-byte chain code.
    public let chainCode: SecretBytes

    /// The master key for a BIP-39 (or any 16...64-byte) seed.
    public init(seed: some ContiguousBytes) throws(CryptoError) {
        let count = seed.withUnsafeBytes { $0.count }
        guard (16...64).contains(count) else { throw .invalidParameter("BIP-32 seed must be 16...64 bytes") }
        var i = HMACSHA512.authenticationCode(for: seed, key: Array("Bitcoin seed".utf8))
        defer { wipe(&i) }
        do {
            privateKey = try Secp256k1.PrivateKey(rawRepresentation: i[0..<32])
        } catch {
            throw .invalidDerivationPath("seed yields an invalid master key; use another seed")
        }
        chainCode = SecretBytes(i[32..<64])
    }

    private init(privateKey: Secp256k1.PrivateKey, chainCode: SecretBytes) {
        self.privateKey = privateKey
        self.chainCode = chainCode
    }

    /// CKDpriv: the child at `index` (hardened when index ≥ 2^31).
    public func child(_ index: UInt32) throws(CryptoError) -> ExtendedPrivateKey {
        var data: [UInt8]
        if index >= DerivationPath.hardened {
            data = [0] + privateKey.rawRepresentation.unprotectedBytes
        } else {
            data = privateKey.publicKey.compressed
        }
        withUnsafeBytes(of: index.bigEndian) { data.append(contentsOf: $0) }
        var i = HMACSHA512.authenticationCode(for: data, key: chainCode)
        defer { wipe(&i); wipe(&data) }
        // child = parse256(IL) + k (mod n); libsecp256k1 rejects IL ≥ n and a zero result, the two cases in
        // which BIP-32 says to skip the index.
        var key = privateKey.rawRepresentation.unprotectedBytes
        defer { wipe(&key) }
        let ok = i.withUnsafeBufferPointer { tweak in
            secp256k1_ec_seckey_tweak_add(Secp256k1.Context.shared.raw, &key, tweak.baseAddress!)
        }
        guard ok == 1 else { throw .invalidDerivationPath("index \(index) yields an invalid key; use the next one") }
        return ExtendedPrivateKey(privateKey: try Secp256k1.PrivateKey(rawRepresentation: key), chainCode: SecretBytes(i[32..<64]))
    }

    /// The key at `path` below this one.
    public func derive(_ path: DerivationPath) throws(CryptoError) -> ExtendedPrivateKey {
        var node = self
        for index in path.components { node = try node.child(index) }
        return node
    }
}
