import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite struct DoubleRatchetTests {
    @Test func roundTripsBothWaysAcrossSeveralRatchetSteps() throws {
        var pair = try RatchetPair()
        for round in 0..<4 {
            for i in 0..<3 {
                let text = "a\(round).\(i)"
                #expect(try pair.bobReads(pair.aliceSends(text, ad: [7]), ad: [7]) == text)
            }
            for i in 0..<2 {
                let text = "b\(round).\(i)"
                #expect(try pair.aliceReads(pair.bobSends(text)) == text)
            }
        }
        #expect(pair.alice.storedSkippedKeyCount == 0 && pair.bob.storedSkippedKeyCount == 0)
    }

    @Test func ratchetKeyChangesEveryTurnAndHeadersHideIt() throws {
        var pair = try RatchetPair()
        let first = try pair.aliceSends("1")
        _ = try pair.bobReads(first)
        _ = try pair.aliceReads(pair.bobSends("2"))
        let second = try pair.aliceSends("3")
        // Each turn's header is sealed; the same plaintext header fields never show on the wire.
        #expect(first.encryptedHeader.count == RatchetHeader.encryptedByteCount)
        #expect(first.encryptedHeader != second.encryptedHeader)
        #expect(!first.encryptedHeader.starts(with: pair.alice.sendingRatchetKey.publicKey.rawRepresentation))
        #expect(try pair.bobReads(second) == "3")
        #expect(pair.bob.receivingRatchetKey == pair.alice.sendingRatchetKey.publicKey)
    }

    @Test func responderCannotSendBeforeReceiving() throws {
        var pair = try RatchetPair()
        #expect(!pair.bob.canSend)
        #expect(throws: RatchetError.notReadyToSend) { _ = try pair.bobSends("too early") }
    }

    @Test func encryptionIsDeterministicInTheStateAndNoncesNeverRepeatUnderAHeaderKey() throws {
        var one = try RatchetPair(), two = try RatchetPair()
        #expect(try one.aliceSends("x") == two.aliceSends("x"))
        // Every header of a chain is sealed under the same HKs: its nonce (the first 24 bytes) must differ each time.
        let chain = try (0..<50).map { _ in try one.aliceSends("same text") }
        let nonces = Set(chain.map { Array($0.encryptedHeader.prefix(XChaCha20Poly1305.nonceByteCount)) })
        #expect(nonces.count == chain.count)
        #expect(Set(chain.map(\.ciphertext)).count == chain.count)
    }

    @Test func decryptsOutOfOrderWithinAChain() throws {
        var pair = try RatchetPair()
        let messages = try (0..<5).map { try pair.aliceSends("m\($0)") }
        for i in [4, 0, 2, 1, 3] { #expect(try pair.bobReads(messages[i]) == "m\(i)") }
        #expect(pair.bob.storedSkippedKeyCount == 0)
    }

    @Test func decryptsOutOfOrderAcrossChains() throws {
        var pair = try RatchetPair()
        let a = try (0..<3).map { try pair.aliceSends("a\($0)") }
        #expect(try pair.bobReads(a[0]) == "a0")
        #expect(try pair.aliceReads(pair.bobSends("b0")) == "b0")
        let a3 = try pair.aliceSends("a3")  // a new chain; its header says the last one had 3 messages
        #expect(try pair.bobReads(a3) == "a3")
        #expect(pair.bob.storedSkippedKeyCount == 2)
        #expect(try pair.bobReads(a[2]) == "a2")
        #expect(try pair.bobReads(a[1]) == "a1")
        #expect(pair.bob.storedSkippedKeyCount == 0)
    }

    @Test func survivesLostMessages() throws {
        var pair = try RatchetPair()
        let sent = try (0..<10).map { try pair.aliceSends("m\($0)") }
        for i in [1, 5, 9] { #expect(try pair.bobReads(sent[i]) == "m\(i)") }
        #expect(pair.bob.storedSkippedKeyCount == 7)
        #expect(try pair.aliceReads(pair.bobSends("reply")) == "reply")
        #expect(try pair.bobReads(pair.aliceSends("after")) == "after")
    }

    @Test func refusesToSkipPastTheLimitAndKeepsState() throws {
        var pair = try RatchetPair(limits: RatchetLimits(maxSkip: 5, maxStoredSkipped: 10))
        let sent = try (0..<7).map { try pair.aliceSends("m\($0)") }
        let before = pair.bob.serialized()
        #expect(throws: RatchetError.tooManySkipped(requested: 6, limit: 5)) { _ = try pair.bobReads(sent[6]) }
        #expect(pair.bob.serialized() == before)
        #expect(try pair.bobReads(sent[5]) == "m5")
        #expect(try pair.bobReads(sent[6]) == "m6")
    }

    @Test func countsTheOldChainsLengthAgainstTheLimit() throws {
        let limits = try RatchetLimits(maxSkip: 3, maxStoredSkipped: 10)
        for (oldChainLength, accepted) in [(4, true), (5, false)] {
            var pair = try RatchetPair(limits: limits)
            let old = try (0..<oldChainLength).map { try pair.aliceSends("old\($0)") }
            _ = try pair.bobReads(old[0])
            _ = try pair.aliceReads(pair.bobSends("reply"))
            let fresh = try (0..<3).map { try pair.aliceSends("new\($0)") }
            if accepted {
                // PN = 4 leaves 3 to skip in the old chain, then 2 in the new one: each within the limit.
                #expect(try pair.bobReads(fresh[2]) == "new2")
                #expect(pair.bob.storedSkippedKeyCount == 5)
            } else {
                let before = pair.bob.serialized()
                #expect(throws: RatchetError.tooManySkipped(requested: 4, limit: 3)) { _ = try pair.bobReads(fresh[2]) }
                #expect(pair.bob.serialized() == before)
            }
        }
    }

    @Test func evictsOldestSkippedKeysBeyondTheCap() throws {
        var pair = try RatchetPair(limits: RatchetLimits(maxSkip: 5, maxStoredSkipped: 6))
        let sent = try (0..<12).map { try pair.aliceSends("m\($0)") }
        _ = try pair.bobReads(sent[5])   // stores 0...4
        _ = try pair.bobReads(sent[11])  // stores 6...10, evicting 0...3
        #expect(pair.bob.storedSkippedKeyCount == 6)
        #expect(throws: RatchetError.replayed) { _ = try pair.bobReads(sent[0]) }
        #expect(try pair.bobReads(sent[4]) == "m4")
        #expect(try pair.bobReads(sent[6]) == "m6")
    }

    @Test func rejectsReplays() throws {
        var pair = try RatchetPair()
        let m0 = try pair.aliceSends("m0"), m1 = try pair.aliceSends("m1"), m2 = try pair.aliceSends("m2")
        _ = try pair.bobReads(m0)
        _ = try pair.bobReads(m2)
        _ = try pair.bobReads(m1)  // from the skipped store
        let before = pair.bob.serialized()
        for message in [m0, m1, m2] {
            #expect(throws: RatchetError.replayed) { _ = try pair.bobReads(message) }
        }
        #expect(pair.bob.serialized() == before)
        // After a ratchet step the old chain's messages are still refused. Its header key is gone with its
        // last stored key, so the session can no longer tell a replay from a forgery.
        _ = try pair.aliceReads(pair.bobSends("b"))
        _ = try pair.bobReads(pair.aliceSends("next chain"))
        #expect(throws: RatchetError.undecryptable) { _ = try pair.bobReads(m1) }
    }

    @Test func rejectsTamperingAndKeepsState() throws {
        var pair = try RatchetPair()
        let ad: [UInt8] = Array("alice→bob".utf8)
        let early = try pair.aliceSends("early", ad: ad)
        let message = try pair.aliceSends("hello", ad: ad)
        let tampered = [
            RatchetMessage(encryptedHeader: message.encryptedHeader, ciphertext: flippingBit(message.ciphertext, at: 0)),
            RatchetMessage(encryptedHeader: flippingBit(message.encryptedHeader, at: 30), ciphertext: message.ciphertext),
            RatchetMessage(encryptedHeader: flippingBit(message.encryptedHeader, at: 0), ciphertext: message.ciphertext),
            RatchetMessage(encryptedHeader: Array(message.encryptedHeader.dropLast()), ciphertext: message.ciphertext),
        ]
        let before = pair.bob.serialized()
        for forged in tampered {
            #expect(throws: RatchetError.undecryptable) { _ = try pair.bobReads(forged, ad: ad) }
            #expect(pair.bob.serialized() == before)
        }
        #expect(throws: RatchetError.undecryptable) { _ = try pair.bobReads(message, ad: Array("mallory".utf8)) }
        #expect(pair.bob.serialized() == before)
        #expect(try pair.bobReads(message, ad: ad) == "hello")

        // A forged copy of a message waiting in the skipped store must not use up its key.
        let forgedEarly = RatchetMessage(encryptedHeader: early.encryptedHeader, ciphertext: flippingBit(early.ciphertext, at: 3))
        #expect(throws: RatchetError.undecryptable) { _ = try pair.bobReads(forgedEarly, ad: ad) }
        #expect(pair.bob.storedSkippedKeyCount == 1)
        #expect(try pair.bobReads(early, ad: ad) == "early")
    }

    @Test func rejectsMessagesFromAnotherSession() throws {
        var pair = try RatchetPair()
        var other = try RatchetPair(secretByte: 0x55)
        let stranger = try other.aliceSends("not yours")
        #expect(throws: RatchetError.undecryptable) { _ = try pair.bobReads(stranger) }
    }

    @Test func forwardSecrecyStateAfterMessageNCannotReadEarlierOnes() throws {
        var pair = try RatchetPair()
        let sent = try (0..<6).map { try pair.aliceSends("m\($0)") }
        for i in 0..<4 { _ = try pair.bobReads(sent[i]) }
        // Everything an attacker learns by taking Bob's state now.
        var stolen = try DoubleRatchet(serialized: pair.bob.serialized())
        for i in 0..<4 {
            #expect(throws: RatchetError.self) { _ = try stolen.decrypt(sent[i]) }
        }
        // The copy is a real session: later messages still open, so the refusals above are not vacuous.
        #expect(try stolen.decrypt(sent[5]) == Array("m5".utf8))
    }

    @Test func postCompromiseSecurityAfterBothSidesRatchet() throws {
        var pair = try RatchetPair()
        _ = try pair.bobReads(pair.aliceSends("hi"))
        let stolen = pair.bob  // the attacker's full copy of Bob's state
        let eve = SeededEntropy("eve")

        _ = try pair.aliceReads(pair.bobSends("b1"))  // Alice ratchets with a fresh key
        let a1 = try pair.aliceSends("a1")
        // Before healing the stolen state still reads, since it holds Bob's current ratchet private key;
        // the attacker follows along to stay as close as possible.
        var following = stolen
        #expect(try following.decrypt(a1, entropy: eve.entropy) == Array("a1".utf8))
        _ = try pair.bobReads(a1)                      // Bob ratchets with a fresh key
        _ = try pair.aliceReads(pair.bobSends("b2"))   // and Alice again
        let healed = try (0..<3).map { try pair.aliceSends("secret\($0)") }

        for message in healed {
            var idle = stolen
            #expect(throws: RatchetError.self) { _ = try idle.decrypt(message, entropy: eve.entropy) }
            #expect(throws: RatchetError.self) { _ = try following.decrypt(message, entropy: eve.entropy) }
        }
        #expect(try pair.bobReads(healed[0]) == "secret0")
    }
}
