import NIOCore

/// One application message: a kind byte chosen by the application and opaque payload bytes.
public struct ApplicationMessage: Equatable, Sendable {
    /// What the payload is (a proposal, a vote, a block-sync request, ...); CairnNet gives it no meaning.
    public let kind: UInt8
    /// The bytes.
    public let payload: [UInt8]

    public init(kind: UInt8, payload: [UInt8]) {
        self.kind = kind
        self.payload = payload
    }
}

/// Encrypts application messages into Noise transport frames: `u32 length ‖ kind u8 ‖ payload` as one plaintext
/// stream (length = payload bytes), cut into chunks of at most 65,519 bytes, each sealed as one Noise message and
/// framed as `u16 length ‖ ciphertext`.
enum ApplicationMessageWriter {
    /// Size of the plaintext header in front of each payload.
    static let headerLength = 5

    /// Appends the frames for one message to `out`.
    static func write(
        kind: UInt8, payload: [UInt8], transport: inout NoiseTransport, into out: inout ByteBuffer
    ) throws(NetError) {
        var plaintext = [UInt8]()
        plaintext.reserveCapacity(headerLength + payload.count)
        let length = UInt32(payload.count)
        plaintext += [UInt8(truncatingIfNeeded: length >> 24), UInt8(truncatingIfNeeded: length >> 16),
                      UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length), kind]
        plaintext += payload
        var offset = 0
        while offset < plaintext.count {
            let end = min(offset + NoiseConstants.maxPlaintextLength, plaintext.count)
            let ciphertext: [UInt8]
            do throws(NoiseError) { ciphertext = try transport.encrypt(Array(plaintext[offset..<end])) } catch { throw .noise(error) }
            out.writeInteger(UInt16(ciphertext.count), endianness: .big)
            out.writeBytes(ciphertext)
            offset = end
        }
    }
}

/// Reassembles application messages from decrypted transport chunks, which need not align with messages.
///
/// A declared length above the limit is refused as soon as the 5-byte header is complete, so a peer cannot make
/// us buffer more than one maximum-size message.
struct ApplicationMessageReader {
    let maxMessageSize: Int
    private var buffer = ByteBuffer()

    init(maxMessageSize: Int) {
        self.maxMessageSize = maxMessageSize
    }

    /// Adds one decrypted chunk.
    mutating func append(_ plaintext: [UInt8]) {
        if buffer.readableBytes == 0 { buffer.clear() }
        buffer.writeBytes(plaintext)
    }

    /// The next complete message, or nil until more chunks arrive.
    mutating func next() throws(NetError) -> ApplicationMessage? {
        guard let length = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self) else { return nil }
        guard UInt64(length) <= UInt64(maxMessageSize) else {
            throw .messageTooLarge(size: Int(length), limit: maxMessageSize)
        }
        guard buffer.readableBytes >= ApplicationMessageWriter.headerLength + Int(length) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        let kind = buffer.readInteger(as: UInt8.self) ?? 0
        let payload = buffer.readBytes(length: Int(length)) ?? []
        if buffer.readerIndex > 1 << 20 { buffer.discardReadBytes() }
        return ApplicationMessage(kind: kind, payload: payload)
    }
}
