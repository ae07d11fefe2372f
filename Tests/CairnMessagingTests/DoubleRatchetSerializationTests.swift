import CairnCodec
import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite struct DoubleRatchetSerializationTests {
    /// Bob mid-conversation, with skipped keys from two chains.
    func busyPair() throws -> (RatchetPair, [RatchetMessage]) {
        var pair = try RatchetPair()
        let a = try (0..<3).map { try pair.aliceSends("a\($0)") }
        _ = try pair.bobReads(a[2])
        _ = try pair.aliceReads(pair.bobSends("b"))
        let c = try (0..<3).map { try pair.aliceSends("c\($0)") }
        _ = try pair.bobReads(c[1])
        return (pair, [a[0], a[1], c[0], c[2]])
    }

    @Test func roundTripsMidConversation() throws {
        var (pair, pending) = try busyPair()
        let bytes = pair.bob.serialized()
        var restored = try DoubleRatchet(serialized: bytes)
        #expect(restored.serialized() == bytes)
        #expect(restored.storedSkippedKeyCount == 3)
        #expect(restored.limits == pair.bob.limits)
        for (message, text) in zip(pending, ["a0", "a1", "c0", "c2"]) {
            #expect(try restored.decrypt(message) == Array(text.utf8))
        }
        let reply = try restored.encrypt(Array("from restored".utf8))
        #expect(try pair.aliceReads(reply) == "from restored")
        // An initiator that has not yet heard back round-trips too (absent receiving chain).
        let fresh = try RatchetPair()
        #expect(try DoubleRatchet(serialized: fresh.alice.serialized()).serialized() == fresh.alice.serialized())
        #expect(try DoubleRatchet(serialized: fresh.bob.serialized()).serialized() == fresh.bob.serialized())
    }

    @Test func rejectsNonCanonicalState() throws {
        let (pair, _) = try busyPair()
        let good = pair.bob.serialized().unprotectedBytes
        func rejects(_ bytes: [UInt8]) -> Bool {
            do { _ = try DoubleRatchet(serialized: SecretBytes(bytes)); return false } catch { return true }
        }
        #expect(rejects([]))
        #expect(rejects(Array(good.dropLast())))
        #expect(rejects(good + [0]))
        #expect(rejects([2] + good.dropFirst()))            // unknown version
        // maxSkip 1000 is varint e8 07; after it maxStoredSkipped d0 0f, then DHs (32), then DHr's flag.
        #expect(good[1...4] == [0xe8, 0x07, 0xd0, 0x0f])
        var badFlag = good
        badFlag[5 + 32] = 2
        #expect(rejects(badFlag))
        var storeBelowSkip = good
        storeBelowSkip.replaceSubrange(3...4, with: [0x0a])  // maxStoredSkipped 10 < maxSkip 1000
        #expect(rejects(storeBelowSkip))
        #expect(!rejects(good))
    }

    @Test func rejectsDuplicateSkippedKeys() throws {
        let (pair, _) = try busyPair()
        var state = pair.bob
        let first = try #require(state.skipped.entries.first)
        state.skipped.append(headerKey: first.headerKey, messageNumber: first.messageNumber, messageKey: first.messageKey)
        #expect(throws: RatchetError.self) { _ = try DoubleRatchet(serialized: state.serialized()) }
    }

    @Test func messagesDecodeStrictly() throws {
        var pair = try RatchetPair()
        let message = try pair.aliceSends("wire")
        let bytes = message.canonicalBytes
        #expect(try RatchetMessage(canonical: bytes) == message)
        #expect(throws: RatchetError.self) { _ = try RatchetMessage(canonical: bytes + [0]) }
        #expect(throws: RatchetError.self) { _ = try RatchetMessage(canonical: Array(bytes.dropLast())) }
        let shortHeader = RatchetMessage(encryptedHeader: Array(message.encryptedHeader.dropLast()), ciphertext: message.ciphertext)
        #expect(throws: RatchetError.self) { _ = try RatchetMessage(canonical: shortHeader.canonicalBytes) }
        let shortBody = RatchetMessage(encryptedHeader: message.encryptedHeader, ciphertext: [1, 2, 3])
        #expect(throws: RatchetError.self) { _ = try RatchetMessage(canonical: shortBody.canonicalBytes) }
    }

    @Test func limitsAreChecked() {
        #expect(throws: RatchetError.self) { _ = try RatchetLimits(maxSkip: 10, maxStoredSkipped: 5) }
        #expect(throws: RatchetError.self) { _ = try RatchetLimits(maxSkip: -1, maxStoredSkipped: 5) }
        #expect(throws: RatchetError.self) { _ = try RatchetLimits(maxSkip: 1, maxStoredSkipped: RatchetLimits.ceiling + 1) }
    }
}
