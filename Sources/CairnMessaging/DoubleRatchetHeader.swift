import CairnCodec
import CairnCrypto

/// A message header: the sender's ratchet key, the previous chain's length (PN) and the message number (N).
public struct RatchetHeader: Sendable, Equatable {
    /// The sender's current ratchet public key.
    public let ratchetKey: X25519.PublicKey
    /// Messages the sender sent in its previous sending chain (the spec's PN).
    public let previousChainLength: UInt32
    /// This message's number in the current sending chain (the spec's N).
    public let messageNumber: UInt32

    /// Fixed size, so the encrypted header's length reveals nothing and AD ‖ header stays unambiguous.
    static let byteCount = X25519.keyByteCount + 4 + 4
    /// nonce ‖ ciphertext ‖ tag.
    static let encryptedByteCount = XChaCha20Poly1305.nonceByteCount + byteCount + XChaCha20Poly1305.tagByteCount

    var bytes: [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: Self.byteCount)
        writer.writeFixed(ratchetKey.rawRepresentation)
        writer.writeUInt32(previousChainLength)
        writer.writeUInt32(messageNumber)
        return writer.bytes
    }

    init(ratchetKey: X25519.PublicKey, previousChainLength: UInt32, messageNumber: UInt32) {
        self.ratchetKey = ratchetKey
        self.previousChainLength = previousChainLength
        self.messageNumber = messageNumber
    }

    init(bytes: [UInt8]) throws(RatchetError) {
        var reader = CanonicalReader(bytes)
        do {
            ratchetKey = try X25519.PublicKey(rawRepresentation: reader.readFixed(count: X25519.keyByteCount))
            previousChainLength = try reader.readUInt32()
            messageNumber = try reader.readUInt32()
            try reader.finish()
        } catch {
            throw .malformed("header: \(error)")
        }
    }

    /// HENCRYPT: nonce ‖ XChaCha20-Poly1305(headerKey, nonce, header). One header key seals every header of a
    /// chain, so the nonce must differ per message: the caller derives it from the message's chain key.
    func sealed(headerKey: SecretBytes, nonce: [UInt8]) -> [UInt8] {
        // The 40 plaintext bytes are built on the stack: this runs once per message sent.
        withUnsafeTemporaryAllocation(byteCount: Self.byteCount, alignment: 1) { plain in
            plain.copyBytes(from: ratchetKey.rawRepresentation)
            plain.storeBytes(of: previousChainLength.bigEndian, toByteOffset: X25519.keyByteCount, as: UInt32.self)
            plain.storeBytes(of: messageNumber.bigEndian, toByteOffset: X25519.keyByteCount + 4, as: UInt32.self)
            // Key and nonce lengths are fixed by construction, the only failures `seal` has.
            return try! XChaCha20Poly1305.sealPrefixingNonce(UnsafeRawBufferPointer(plain), key: headerKey, nonce: nonce)
        }
    }

    /// HDECRYPT: the header if `headerKey` opens it, nil otherwise (trial decryption is the normal path).
    static func open(_ encrypted: [UInt8], headerKey: SecretBytes) -> RatchetHeader? {
        guard encrypted.count == encryptedByteCount else { return nil }
        let split = XChaCha20Poly1305.nonceByteCount
        guard let plain = try? XChaCha20Poly1305.open(encrypted[split...], key: headerKey, nonce: encrypted[..<split]) else { return nil }
        return try? RatchetHeader(bytes: plain)
    }
}

/// One ratchet message on the wire: the encrypted header and the encrypted body.
public struct RatchetMessage: Sendable, Equatable {
    /// HENCRYPT(HKs, header): nonce ‖ ciphertext ‖ tag, always `RatchetHeader.encryptedByteCount` bytes.
    public let encryptedHeader: [UInt8]
    /// The body sealed under the message key, with AD ‖ encryptedHeader as associated data: ciphertext ‖ tag.
    public let ciphertext: [UInt8]

    /// A message from its parts; sizes are checked where the message is decrypted or decoded.
    public init(encryptedHeader: [UInt8], ciphertext: [UInt8]) {
        self.encryptedHeader = encryptedHeader
        self.ciphertext = ciphertext
    }

    /// Canonical bytes: both parts length-prefixed.
    public var canonicalBytes: [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: encryptedHeader.count + ciphertext.count + 8)
        writer.writeBytes(encryptedHeader)
        writer.writeBytes(ciphertext)
        return writer.bytes
    }

    /// Strict decoding: exact header size, body at least a tag long, no trailing bytes.
    public init(canonical bytes: [UInt8]) throws(RatchetError) {
        var reader = CanonicalReader(bytes)
        do {
            encryptedHeader = try reader.readBytes(maxLength: RatchetHeader.encryptedByteCount)
            ciphertext = try reader.readBytes()
            try reader.finish()
        } catch {
            throw .malformed("message: \(error)")
        }
        guard encryptedHeader.count == RatchetHeader.encryptedByteCount else {
            throw .malformed("message: encrypted header must be \(RatchetHeader.encryptedByteCount) bytes")
        }
        guard ciphertext.count >= ChaCha20Poly1305.tagByteCount else { throw .malformed("message: body shorter than its tag") }
    }
}
