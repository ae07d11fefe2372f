import CairnCrypto
import Foundation

/// Why a content identifier could not be read.
public enum CIDError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a base32 (multibase `b`) string, or bytes that are not a CIDv1.
    case malformed(String)
    /// A CID Cairn does not serve: another version, codec or hash function.
    case unsupported(String)

    public var description: String {
        switch self {
        case let .malformed(detail): "malformed CID: \(detail)"
        case let .unsupported(detail): "unsupported CID: \(detail)"
        }
    }
}

/// An IPFS content identifier, version 1, with a SHA2-256 multihash: what names a blob.
///
/// Bytes: `varint(1) ‖ varint(codec) ‖ varint(0x12) ‖ varint(32) ‖ digest`; text: multibase `b` (RFC 4648
/// base32, lower case, no padding) of the bytes, e.g. `bafkrei…` for a raw block.
public struct CID: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The multicodec of the content.
    public enum Codec: UInt64, Sendable {
        /// The bytes themselves (a message, a chunk).
        case raw = 0x55
        /// DAG-JSON: Cairn's manifests of chunked blobs.
        case dagJSON = 0x0129
    }

    public static let sha256Code: UInt64 = 0x12

    public let codec: Codec
    /// The SHA-256 of the content.
    public let digest: [UInt8]

    /// The CID of `content` under `codec`.
    public init(content: some ContiguousBytes, codec: Codec = .raw) {
        self.codec = codec
        digest = SHA256.hash(content)
    }

    public init(codec: Codec, digest: [UInt8]) {
        precondition(digest.count == 32, "SHA-256 digests are 32 bytes")
        self.codec = codec
        self.digest = digest
    }

    /// Parses the binary form.
    public init(bytes: [UInt8]) throws(CIDError) {
        var offset = 0
        func varint() throws(CIDError) -> UInt64 {
            switch Self.decodeVarint(bytes, at: &offset) {
            case let .value(value): return value
            case .truncated: throw .malformed("truncated")
            case .nonMinimal: throw .malformed("non-minimal varint")
            case .tooLong: throw .malformed("varint too long")
            }
        }
        let version = try varint()
        guard version == 1 else { throw .unsupported("version \(version) (Cairn serves CIDv1)") }
        let codecValue = try varint()
        guard let codec = Codec(rawValue: codecValue) else { throw .unsupported("codec 0x\(String(codecValue, radix: 16))") }
        let hash = try varint()
        guard hash == Self.sha256Code else { throw .unsupported("hash function 0x\(String(hash, radix: 16)) (Cairn uses sha2-256)") }
        let length = try varint()
        guard length == 32 else { throw .malformed("a sha2-256 digest of \(length) bytes") }
        guard bytes.count - offset == 32 else { throw .malformed("\(bytes.count - offset) digest bytes, expected 32") }
        self.codec = codec
        digest = Array(bytes[offset...])
    }

    /// Parses the text form: multibase `b` (base32, lower case) only.
    public init(_ text: some StringProtocol) throws(CIDError) {
        guard text.count <= 128 else { throw .malformed("too long") }
        guard text.first == "b" else {
            throw text.hasPrefix("Qm") ? .unsupported("CIDv0 (use the base32 CIDv1 form)") : .malformed("not multibase base32 (b…)")
        }
        guard let bytes = Base32.decode(text.dropFirst()) else { throw .malformed("invalid base32") }
        try self.init(bytes: bytes)
    }

    public var bytes: [UInt8] {
        Self.varint(1) + Self.varint(codec.rawValue) + Self.varint(Self.sha256Code) + Self.varint(32) + digest
    }

    public var string: String { "b" + Base32.encode(bytes) }

    public var description: String { string }

    /// Whether `content` is what this CID names.
    public func matches(_ content: some ContiguousBytes) -> Bool {
        SHA256.hash(content) == digest  // digests are public: no need for a constant-time compare
    }

    public static func < (lhs: CID, rhs: CID) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        repeat {
            let byte = UInt8(value & 0x7F)
            value >>= 7
            out.append(value == 0 ? byte : byte | 0x80)
        } while value != 0
        return out
    }
}

/// RFC 4648 base32, lower case, without padding: the multibase `b` alphabet.
public enum Base32 {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 8 + 4) / 5)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                out.append(alphabet[Int((buffer >> UInt32(bits)) & 0x1F)])
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 0x1F)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes, or nil for a character outside the alphabet, a length no encoding has, or non-zero
    /// padding bits (which would give one value two spellings).
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for character in text.utf8 {
            let value: UInt8
            switch character {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = character - UInt8(ascii: "a")
            case UInt8(ascii: "2")...UInt8(ascii: "7"): value = character - UInt8(ascii: "2") + 26
            default: return nil
            }
            buffer = (buffer << 5 | UInt32(value)) & 0xFFFF
            bits += 5
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        guard bits < 5, buffer & ((1 << UInt32(bits)) - 1) == 0 else { return nil }
        return out
    }
}

/// What decoding one multiformats varint found; each reader turns the failures into its own typed error.
enum VarintOutcome: Equatable {
    case value(UInt64)
    case truncated
    /// A trailing zero group: the same value would have two encodings.
    case nonMinimal
    /// More than 63 bits.
    case tooLong
}

extension CID {
    /// Decodes the unsigned varint (LEB128, minimal, at most 63 bits) at `offset`, moving `offset` past it.
    static func decodeVarint(_ bytes: [UInt8], at offset: inout Int) -> VarintOutcome {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 63, by: 7) {
            guard offset < bytes.count else { return .truncated }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << UInt64(shift)
            if byte & 0x80 == 0 { return byte != 0 || shift == 0 ? .value(value) : .nonMinimal }
        }
        return .tooLong
    }
}
