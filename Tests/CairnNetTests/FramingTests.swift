import CairnCrypto
import NIOCore
import Testing

@testable import CairnNet

/// Frames, application messages, gossip dedup and backoff: the pure pieces under the network.
@Suite struct FramingTests {
    @Test func frameReaderWaitsForWholeFramesAndSplitsRuns() throws {
        var reader = NoiseFrameReader()
        var bytes = ByteBuffer(bytes: [0, 3, 1, 2])
        reader.append(&bytes)
        #expect(try reader.next(maxLength: 100) == nil)
        bytes = ByteBuffer(bytes: [3, 0, 0, 0, 1])
        reader.append(&bytes)
        #expect(try reader.next(maxLength: 100) == [1, 2, 3])
        #expect(try reader.next(maxLength: 100) == [])
        #expect(try reader.next(maxLength: 100) == nil)
        bytes = ByteBuffer(bytes: [9])
        reader.append(&bytes)
        #expect(try reader.next(maxLength: 100) == [9])
    }

    @Test func frameReaderRefusesALengthAboveTheLimitBeforeItsBytesArrive() {
        var reader = NoiseFrameReader()
        var bytes = ByteBuffer(bytes: [0xff, 0xff])
        reader.append(&bytes)
        #expect(throws: NetError.self) { try reader.next(maxLength: 512) }
    }

    @Test func messagesOfEverySizeRoundTrip() throws {
        var (sender, receiver) = try NoiseTests.handshake()
        let sizes = [0, 1, 100, NoiseConstants.maxPlaintextLength - 5, NoiseConstants.maxPlaintextLength,
                     3 * NoiseConstants.maxPlaintextLength + 17, 1 << 20]
        for size in sizes {
            let payload = (0..<size).map { UInt8(truncatingIfNeeded: $0 ^ size) }
            var wire = ByteBuffer()
            try ApplicationMessageWriter.write(kind: 42, payload: payload, transport: &sender, into: &wire)
            #expect(wire.readableBytes == size + 5 + Self.frameCount(size + 5) * 18)
            let received = try Self.receive(wire: &wire, transport: &receiver, limit: 1 << 20)
            #expect(received == [ApplicationMessage(kind: 42, payload: payload)])
        }
    }

    @Test func messagesNeedNotAlignWithChunks() throws {
        var reader = ApplicationMessageReader(maxMessageSize: 100)
        // Two messages cut at odd places: [0,0,0,2, 7, a, b] [0,0,0,0, 8]
        reader.append([0, 0])
        #expect(try reader.next() == nil)
        reader.append([0, 2, 7, 0xa])
        #expect(try reader.next() == nil)
        reader.append([0xb, 0, 0, 0, 0, 8])
        #expect(try reader.next() == ApplicationMessage(kind: 7, payload: [0xa, 0xb]))
        #expect(try reader.next() == ApplicationMessage(kind: 8, payload: []))
        #expect(try reader.next() == nil)
    }

    @Test func declaredLengthAboveLimitIsRefusedAtTheHeader() {
        var reader = ApplicationMessageReader(maxMessageSize: 1000)
        reader.append([0, 0, 0x03, 0xe9, 1])  // 1001 bytes declared, none sent
        #expect(throws: NetError.messageTooLarge(size: 1001, limit: 1000)) { try reader.next() }
        var big = ApplicationMessageReader(maxMessageSize: 8 << 20)
        big.append([0xff, 0xff, 0xff, 0xff])
        #expect(throws: NetError.self) { try big.next() }
    }

    @Test func seenFilterRemembersTheLastNDigests() {
        var filter = SeenMessageFilter(capacity: 2)
        let a = SeenMessageFilter.digest(kind: 1, payload: [1])
        let b = SeenMessageFilter.digest(kind: 1, payload: [2])
        let c = SeenMessageFilter.digest(kind: 2, payload: [1])
        #expect(a != c)
        let inserted = [filter.insert(a), filter.insert(a), filter.insert(b), filter.insert(c)]  // c evicts a
        #expect(inserted == [true, false, true, true])
        #expect(!filter.contains(a))
        #expect(filter.contains(b) && filter.contains(c))
        #expect(filter.count == 2)
        #expect(SeenMessageFilter.digest(kind: 1, payload: [1]) == SHA256.hash([1, 1]))
    }

    @Test func backoffDoublesAndCaps() {
        let backoff = ReconnectBackoff(initial: .milliseconds(100), maximum: .seconds(1))
        #expect(backoff.delay(afterFailures: 0) == .milliseconds(100))
        #expect(backoff.delay(afterFailures: 1) == .milliseconds(200))
        #expect(backoff.delay(afterFailures: 3) == .milliseconds(800))
        #expect(backoff.delay(afterFailures: 4) == .seconds(1))
        #expect(backoff.delay(afterFailures: 1000) == .seconds(1))
    }

    @Test func tieBreakKeepsTheConnectionDialledByTheSmallerPeer() {
        let keys = [PeerID(Ed25519.PrivateKey().publicKey), PeerID(Ed25519.PrivateKey().publicKey)].sorted()
        let (small, large) = (keys[0], keys[1])
        #expect(small < large)
        #expect(min(small, large) == small)
    }

    @Test func configurationIsValidated() {
        var configuration = PeerNetwork.Configuration(nodeKey: Ed25519.PrivateKey(), chainId: 1)
        configuration.maxPeers = 0
        #expect(throws: NetError.self) { try PeerNetwork(configuration: configuration) }
        configuration.maxPeers = 5
        configuration.seeds = [SeedPeer(host: "127.0.0.1", port: 0)]
        #expect(throws: NetError.self) { try PeerNetwork(configuration: configuration) }
    }

    // MARK: - Helpers

    static func frameCount(_ plaintext: Int) -> Int {
        (plaintext + NoiseConstants.maxPlaintextLength - 1) / NoiseConstants.maxPlaintextLength
    }

    static func receive(wire: inout ByteBuffer, transport: inout NoiseTransport, limit: Int) throws -> [ApplicationMessage] {
        var frames = NoiseFrameReader()
        frames.append(&wire)
        var reader = ApplicationMessageReader(maxMessageSize: limit)
        var out: [ApplicationMessage] = []
        while let frame = try frames.next(maxLength: NoiseConstants.maxMessageLength) {
            reader.append(try transport.decrypt(frame))
            while let message = try reader.next() { out.append(message) }
        }
        return out
    }
}
