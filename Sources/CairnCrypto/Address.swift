import Foundation

/// A 20-byte Ethereum-shaped account address: the last 20 bytes of Keccak-256 of the uncompressed public key.
/// Displayed with the EIP-55 mixed-case checksum.
public struct Address: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Size in bytes.
    public static let byteCount = 20
    /// The 20 raw bytes.
    public let bytes: [UInt8]

    /// Wraps exactly 20 bytes.
    public init(bytes: some ContiguousBytes) throws(CryptoError) {
        let input = bytes.withUnsafeBytes { Array($0) }
        guard input.count == Self.byteCount else {
            throw .invalidLength(what: "address", expected: Self.byteCount, actual: input.count)
        }
        self.bytes = input
    }

    /// The address of a secp256k1 public key.
    public init(publicKey: Secp256k1.PublicKey) {
        let hash = Keccak256.hash(publicKey.uncompressed[1...])
        bytes = Array(hash[12...])
    }

    /// Parses `0x` + 40 hex digits. All-lower or all-upper case carries no checksum and is accepted; mixed case
    /// must match EIP-55 exactly, so a mistyped character is caught.
    public init(_ string: String) throws(CryptoError) {
        guard string.utf8.count == 42, string.hasPrefix("0x") || string.hasPrefix("0X") else {
            throw .invalidAddress(string)
        }
        let digits = string.dropFirst(2)
        guard let decoded = try? Hex.decode(digits) else { throw .invalidAddress(string) }
        bytes = decoded
        // The digits decoded as hex, so they are ASCII: compare bytes, not Characters (whose case is a
        // Unicode property lookup, a cost that showed in the gateway's profile).
        let hasLower = digits.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f") }
        let hasUpper = digits.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F") }
        if hasLower && hasUpper && String(checksummed.dropFirst(2)) != String(digits) {
            throw .addressChecksumMismatch(string)
        }
    }

    /// EIP-55: hex digit i is upper-case when nibble i of Keccak-256(lower-case hex) is 8 or more.
    public var checksummed: String {
        let lower = Array(Hex.encode(bytes).utf8)
        let hash = Keccak256.hash(lower)
        var out = [UInt8]("0x".utf8)
        out.reserveCapacity(42)
        for (i, c) in lower.enumerated() {
            let nibble = i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f
            out.append(c >= UInt8(ascii: "a") && nibble >= 8 ? c - 32 : c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { checksummed }

    public static func < (a: Address, b: Address) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    public init(from decoder: any Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        do { self = try Address(string) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(checksummed)
    }
}

extension Secp256k1.PublicKey {
    /// The Ethereum address of this key.
    public var address: Address { Address(publicKey: self) }
}

/// EIP-191 version 0x45 ("personal_sign"): a signed message that can never be mistaken for a transaction.
public enum PersonalMessage {
    /// Keccak-256("\x19Ethereum Signed Message:\n" + decimal length + message).
    public static func digest(_ message: some ContiguousBytes) -> [UInt8] {
        message.withUnsafeBytes { m in
            var h = Keccak256()
            h.update(Array("\u{19}Ethereum Signed Message:\n\(m.count)".utf8))
            h.update(m)
            return h.finalize()
        }
    }

    /// The 65-byte r || s || v signature wallets produce, with v = 27 or 28.
    public static func sign(_ message: some ContiguousBytes, with key: Secp256k1.PrivateKey) -> [UInt8] {
        // The digest is always 32 bytes, so signing cannot fail.
        try! key.recoverableSignature(forDigest: digest(message)).rsv(vOffset: 27)
    }

    /// The address whose key signed `message`; throws for a malformed or high-s signature.
    public static func recoverSigner(of message: some ContiguousBytes, signature: some ContiguousBytes) throws(CryptoError) -> Address {
        let sig = try Secp256k1.RecoverableSignature(rsv: signature)
        // Wallets never produce high-s; accepting it would give every message two valid signatures.
        guard sig.signature.isLowS else { throw .invalidSignature }
        return try sig.recoverPublicKey(forDigest: digest(message)).address
    }
}
