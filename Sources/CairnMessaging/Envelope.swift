import CairnCodec
import CairnCrypto

/// Why envelope bytes were refused before any decryption was tried.
public enum EnvelopeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A format version this client does not read.
    case unknownVersion(UInt8)
    /// A kind this client does not know.
    case unknownKind(UInt8)
    /// The bytes end before the envelope does.
    case truncated
    /// Bytes follow a complete envelope (or a complete sealed part).
    case trailingBytes(count: Int)
    /// Larger than any envelope the largest padding bucket gives.
    case oversize(size: Int, limit: Int)
    /// A field has the wrong size or does not decode.
    case malformed(String)

    public var description: String {
        switch self {
        case let .unknownVersion(version):
            "envelope version \(version), but this client reads version \(Envelope.version); the sender's client is older or newer"
        case let .unknownKind(kind): "unknown envelope kind \(kind); the sender may use a newer client"
        case .truncated: "the envelope is truncated"
        case let .trailingBytes(count): "\(count) unexpected byte(s) after the envelope"
        case let .oversize(size, limit): "the envelope is \(size) bytes, more than the largest possible \(limit)"
        case let .malformed(why): "malformed envelope: \(why)"
        }
    }
}

/// The blob a CID names: an initial envelope (sealed X3DH parameters and the first ratchet messages) or a
/// session envelope (a ratchet message). Outside the encryption is only the version, the kind and, for an
/// initial envelope, a fresh ephemeral key (docs/MESSAGING.md, "Envelopes").
public enum Envelope: Sendable, Equatable {
    /// EK_A, the seal's nonce, and the sealed Inner (sender device, prekeys used, ratchet message).
    case initial(ephemeralKey: X25519.PublicKey, nonce: [UInt8], sealed: [UInt8])
    /// A ratchet message of an established session.
    case session(RatchetMessage)

    /// 2 since the ratchet's per-message derivations changed (docs/MESSAGING.md); version 1 envelopes are refused.
    public static let version: UInt8 = 2
    static let initialKind: UInt8 = 1
    static let sessionKind: UInt8 = 2

    /// The largest ratchet ciphertext: the largest padding bucket and its tag.
    static let maximumCiphertextByteCount = Padding.largestBucket + ChaCha20Poly1305.tagByteCount
    /// A canonical ratchet message: header length, header, ciphertext length (4 varint bytes at most), ciphertext.
    static let maximumRatchetMessageByteCount = 1 + RatchetHeader.encryptedByteCount + 4 + maximumCiphertextByteCount
    /// senderDevice, signedPrekey, an optional one-time prekey, then the ratchet message.
    static let maximumInnerByteCount = 32 + 32 + 33 + maximumRatchetMessageByteCount
    static let maximumSealedByteCount = maximumInnerByteCount + XChaCha20Poly1305.tagByteCount
    /// The largest envelope: an initial one carrying a message in the largest bucket.
    public static let maximumByteCount = 2 + X25519.keyByteCount + XChaCha20Poly1305.nonceByteCount + 4 + maximumSealedByteCount

    /// version u8 ‖ kind u8 ‖ body; an initial body is EK_A 32 ‖ nonce 24 ‖ sealed bytes, a session body the
    /// ratchet message's canonical bytes.
    public var canonicalBytes: [UInt8] {
        var w = CanonicalWriter()
        w.writeUInt8(Self.version)
        switch self {
        case let .initial(ephemeralKey, nonce, sealed):
            w.writeUInt8(Self.initialKind)
            w.writeFixed(ephemeralKey.rawRepresentation)
            w.writeFixed(nonce)
            w.writeBytes(sealed)
        case let .session(message):
            w.writeUInt8(Self.sessionKind)
            w.writeFixed(message.canonicalBytes)
        }
        return w.bytes
    }

    /// Strict parsing: the size bound first, then every field, then no bytes left over.
    public init(canonical bytes: [UInt8]) throws(EnvelopeError) {
        guard bytes.count <= Self.maximumByteCount else { throw .oversize(size: bytes.count, limit: Self.maximumByteCount) }
        var r = CanonicalReader(bytes)
        let version = try Self.read { () throws(CodecError) in try r.readUInt8() }
        guard version == Self.version else { throw .unknownVersion(version) }
        let kind = try Self.read { () throws(CodecError) in try r.readUInt8() }
        switch kind {
        case Self.initialKind:
            let key = try Self.read { () throws(CodecError) in try r.readFixed(count: X25519.keyByteCount) }
            let nonce = try Self.read { () throws(CodecError) in try r.readFixed(count: XChaCha20Poly1305.nonceByteCount) }
            let sealed = try Self.read { () throws(CodecError) in try r.readBytes(maxLength: Self.maximumSealedByteCount) }
            guard sealed.count > XChaCha20Poly1305.tagByteCount else { throw .malformed("sealed part shorter than its tag") }
            guard let ephemeralKey = try? X25519.PublicKey(rawRepresentation: key) else { throw .malformed("ephemeral key") }
            self = .initial(ephemeralKey: ephemeralKey, nonce: nonce, sealed: sealed)
        case Self.sessionKind:
            self = .session(try Self.readRatchetMessage(&r))
        default:
            throw .unknownKind(kind)
        }
        try Self.read { () throws(CodecError) in try r.finish() }
    }

    /// A canonical ratchet message from `r`, with the sizes the ratchet needs, mapped to envelope errors.
    static func readRatchetMessage(_ r: inout CanonicalReader) throws(EnvelopeError) -> RatchetMessage {
        let header = try read { () throws(CodecError) in try r.readBytes(maxLength: RatchetHeader.encryptedByteCount) }
        guard header.count == RatchetHeader.encryptedByteCount else {
            throw .malformed("an encrypted header is \(RatchetHeader.encryptedByteCount) bytes, not \(header.count)")
        }
        let ciphertext = try read { () throws(CodecError) in try r.readBytes(maxLength: maximumCiphertextByteCount) }
        guard ciphertext.count >= ChaCha20Poly1305.tagByteCount + Padding.smallestBucket else {
            throw .malformed("a ratchet ciphertext is at least a padded bucket and a tag")
        }
        return RatchetMessage(encryptedHeader: header, ciphertext: ciphertext)
    }

    /// Runs one read and names its failure in envelope terms.
    static func read<T, E: Error>(_ body: () throws(E) -> T) throws(EnvelopeError) -> T {
        do { return try body() } catch {
            switch error as? CodecError {
            case .truncated?: throw .truncated
            case let .trailingBytes(count)?: throw .trailingBytes(count: count)
            default: throw .malformed("\(error)")
            }
        }
    }
}
