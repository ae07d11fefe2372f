import CairnCodec
import CairnCrypto

/// Why content bytes were refused, or content could not be built.
public enum MessageContentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A format version this client does not read.
    case unknownVersion(UInt8)
    /// A kind this client does not know.
    case unknownKind(UInt8)
    /// A message ID that is not 16 bytes.
    case badMessageID(count: Int)
    /// A body longer than the largest padding bucket can carry.
    case bodyTooLarge(size: Int, limit: Int)
    /// Truncated, trailing bytes, or a field that does not decode.
    case malformed(String)

    public var description: String {
        switch self {
        case let .unknownVersion(version): "unknown content version \(version); the sender may use a newer client"
        case let .unknownKind(kind): "unknown content kind \(kind); the sender may use a newer client"
        case let .badMessageID(count): "a message ID is 16 bytes, not \(count)"
        case let .bodyTooLarge(size, limit): "the body is \(size) bytes, more than the \(limit) a message can carry"
        case let .malformed(why): "malformed content: \(why)"
        }
    }
}

/// What a message says, as encrypted inside an envelope (docs/MESSAGING.md, "Content").
///
/// The sender fields are checked against the session it arrives in and the conversation against the
/// receiver, so a message cannot be replayed to someone else or passed off as another device's.
public struct MessageContent: Sendable, Equatable {
    /// What the content is for.
    public enum Kind: UInt8, Sendable {
        /// A message to `conversation`, the account receiving it.
        case text = 1
        /// A copy of a message the sender wrote to `conversation`, for the sender's own other devices.
        case sentCopy = 2
    }

    public static let version: UInt8 = 1
    /// version, kind, sender, senderDevice, conversation, messageID, sequence, sentAt.
    static let fixedFieldsByteCount = 1 + 1 + Address.byteCount + Ed25519.keyByteCount + Address.byteCount + 16 + 8 + 8
    /// The body's varint length takes 4 bytes at the largest sizes; the padding marker 1 more.
    public static let maximumBodyByteCount = Padding.largestBucket - 1 - fixedFieldsByteCount - 4

    public let kind: Kind
    /// The account that wrote it.
    public let sender: Address
    /// The device that encrypted it; must be the session's peer device.
    public let senderDevice: Ed25519.PublicKey
    /// The recipient for a text; the account written to for a sent-copy.
    public let conversation: Address
    /// Random, and the same in every device's copy, so copies of one message are recognised.
    public let messageID: [UInt8]
    /// The sending device's count of its messages to this conversation, so a reader orders them and sees gaps.
    public let sequence: UInt64
    /// Unix milliseconds, by the sender's clock.
    public let sentAt: UInt64
    public let body: [UInt8]

    /// Content with checked sizes: a 16-byte message ID and a body within `maximumBodyByteCount`.
    public init(
        kind: Kind, sender: Address, senderDevice: Ed25519.PublicKey, conversation: Address, messageID: [UInt8],
        sequence: UInt64, sentAt: UInt64, body: [UInt8]
    ) throws(MessageContentError) {
        guard messageID.count == 16 else { throw .badMessageID(count: messageID.count) }
        guard body.count <= Self.maximumBodyByteCount else { throw .bodyTooLarge(size: body.count, limit: Self.maximumBodyByteCount) }
        self.kind = kind
        self.sender = sender
        self.senderDevice = senderDevice
        self.conversation = conversation
        self.messageID = messageID
        self.sequence = sequence
        self.sentAt = sentAt
        self.body = body
    }

    /// version u8 ‖ kind u8 ‖ sender 20 ‖ senderDevice 32 ‖ conversation 20 ‖ messageID 16 ‖ sequence u64 ‖
    /// sentAt u64 ‖ body bytes.
    public var canonicalBytes: [UInt8] {
        var w = CanonicalWriter(reservingCapacity: Self.fixedFieldsByteCount + 4 + body.count)
        w.writeUInt8(Self.version)
        w.writeUInt8(kind.rawValue)
        w.writeFixed(sender.bytes)
        w.writeFixed(senderDevice.rawRepresentation)
        w.writeFixed(conversation.bytes)
        w.writeFixed(messageID)
        w.writeUInt64(sequence)
        w.writeUInt64(sentAt)
        w.writeBytes(body)
        return w.bytes
    }

    /// Strict decoding of `canonicalBytes`: anything else, including trailing bytes, is refused.
    public init(canonical bytes: [UInt8]) throws(MessageContentError) {
        var r = CanonicalReader(bytes)
        do {
            let version = try r.readUInt8()
            guard version == Self.version else { throw MessageContentError.unknownVersion(version) }
            let rawKind = try r.readUInt8()
            guard let kind = Kind(rawValue: rawKind) else { throw MessageContentError.unknownKind(rawKind) }
            let sender = try Address(bytes: r.readFixed(count: Address.byteCount))
            let device = try Ed25519.PublicKey(rawRepresentation: r.readFixed(count: Ed25519.keyByteCount))
            let conversation = try Address(bytes: r.readFixed(count: Address.byteCount))
            let messageID = try r.readFixed(count: 16)
            let sequence = try r.readUInt64(), sentAt = try r.readUInt64()
            let body = try r.readBytes(maxLength: Self.maximumBodyByteCount)
            try r.finish()
            try self.init(
                kind: kind, sender: sender, senderDevice: device, conversation: conversation, messageID: messageID,
                sequence: sequence, sentAt: sentAt, body: body)
        } catch let error as MessageContentError {
            throw error
        } catch {
            throw .malformed("\(error)")
        }
    }
}
