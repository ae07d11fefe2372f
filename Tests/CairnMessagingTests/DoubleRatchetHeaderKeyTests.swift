import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("DoubleRatchet header key accessors for inbox tags")
struct DoubleRatchetHeaderKeyTests {
    @Test("HKs is nil until the responder can send; receiving keys are HKr, NHKr and chains with skipped keys, each once")
    func accessors() throws {
        var pair = try RatchetPair()
        #expect(pair.bob.currentSendingHeaderKey == nil)
        #expect(pair.alice.currentSendingHeaderKey == SecretBytes([UInt8](repeating: 0x12, count: 32)))
        #expect(pair.bob.receivingHeaderKeys == [SecretBytes([UInt8](repeating: 0x12, count: 32))])

        let early = try (0..<3).map { try pair.aliceSends("a\($0)") }
        _ = try pair.bobReads(early[2])
        let firstChain = try #require(pair.bob.receivingHeaderKey)
        #expect(pair.bob.currentSendingHeaderKey != nil)
        // The skipped keys of messages 0 and 1 are under HKr itself, so it is listed once.
        #expect(pair.bob.receivingHeaderKeys == [firstChain, pair.bob.nextReceivingHeaderKey])

        // A round trip moves Bob to a new receiving chain; the first chain stays watched while it has skipped keys.
        _ = try pair.aliceReads(try pair.bobSends("b"))
        _ = try pair.bobReads(try pair.aliceSends("a3"))
        let keys = pair.bob.receivingHeaderKeys
        #expect(keys.count == 3)
        #expect(keys.contains(firstChain) && !(keys[0] == firstChain))
        _ = try pair.bobReads(early[0])
        _ = try pair.bobReads(early[1])
        #expect(pair.bob.receivingHeaderKeys.count == 2)
        #expect(!pair.bob.receivingHeaderKeys.contains(firstChain))
    }
}
