import CairnCodec
import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("MessageContent: canonical layout, strict decoding, size limits")
struct MessageContentTests {
    typealias F = Fixture

    static let sample = try! MessageContent(
        kind: .sentCopy, sender: F.alice, senderDevice: F.aliceDevice.publicKey, conversation: F.bob,
        messageID: Array(0..<16), sequence: 0x0102, sentAt: 0x0A0B, body: Array("hey".utf8))

    @Test("the bytes are the doc's layout, and they decode back")
    func layout() throws {
        let bytes = Self.sample.canonicalBytes
        var expected: [UInt8] = [1, 2] + F.alice.bytes + F.aliceDevice.publicKey.rawRepresentation + F.bob.bytes + Array(0..<16)
        expected += [0, 0, 0, 0, 0, 0, 1, 2] + [0, 0, 0, 0, 0, 0, 0x0A, 0x0B] + [3] + Array("hey".utf8)
        #expect(bytes == expected)
        #expect(try MessageContent(canonical: bytes) == Self.sample)
    }

    @Test("unknown version or kind, truncated and trailing bytes are refused with typed errors")
    func strictDecoding() throws {
        let bytes = Self.sample.canonicalBytes
        var version = bytes
        version[0] = 9
        #expect(throws: MessageContentError.unknownVersion(9)) { try MessageContent(canonical: version) }
        var kind = bytes
        kind[1] = 0
        #expect(throws: MessageContentError.unknownKind(0)) { try MessageContent(canonical: kind) }
        #expect(throws: MessageContentError.self) { try MessageContent(canonical: Array(bytes.dropLast())) }
        #expect(throws: MessageContentError.self) { try MessageContent(canonical: bytes + [0]) }
        #expect(throws: MessageContentError.self) { try MessageContent(canonical: []) }
    }

    @Test("a message ID must be 16 bytes and the body must fit the largest bucket")
    func limits() throws {
        func make(id: [UInt8] = Array(0..<16), bodyCount: Int) throws -> MessageContent {
            try MessageContent(
                kind: .text, sender: F.alice, senderDevice: F.aliceDevice.publicKey, conversation: F.bob, messageID: id, sequence: 0, sentAt: 0,
                body: [UInt8](repeating: 0, count: bodyCount))
        }
        #expect(throws: MessageContentError.badMessageID(count: 15)) { try make(id: Array(0..<15), bodyCount: 0) }
        let limit = MessageContent.maximumBodyByteCount
        #expect(throws: MessageContentError.bodyTooLarge(size: limit + 1, limit: limit)) { try make(bodyCount: limit + 1) }
        let largest = try make(bodyCount: limit)
        #expect(largest.canonicalBytes.count == Padding.largestBucket - 1)
    }
}
