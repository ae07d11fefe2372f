import CairnCodec
import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("Envelopes: the doc's seal derivation by hand, bucketed sizes, nothing identifying in the clear")
struct EnvelopeTests {
    typealias F = Fixture

    @Test("the initial envelope opens by hand with k = HKDF(salt EK_A ‖ SPK_B, DH(EK_A, SPK_B), info) and the doc's AD")
    func sealByHand() throws {
        var alice = try F.aliceSession()
        let bytes = try alice.seal(F.content("by hand"))
        #expect(bytes[0] == 2 && bytes[1] == 1)  // version 2, kind 1 (initial)
        guard case let .initial(ephemeralKey, nonce, sealed) = try F.envelope(bytes) else { Issue.record("not initial"); return }
        #expect(Array(bytes[2..<34]) == ephemeralKey.rawRepresentation)
        #expect(Array(bytes[34..<58]) == nonce)

        let spk = F.bobSignedPrekey
        let dh = try spk.sharedSecret(with: ephemeralKey)
        let key = try HKDF.deriveKey(
            inputKeyMaterial: dh, salt: ephemeralKey.rawRepresentation + spk.publicKey.rawRepresentation,
            info: Array("cairn/envelope/seal/v1".utf8), outputByteCount: 32)
        let ad = Array("cairn/envelope/v1".utf8) + [2, 1] + ephemeralKey.rawRepresentation
        let inner = try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, associatedData: ad)
        #expect(Array(inner[0..<32]) == F.aliceDevice.publicKey.rawRepresentation)
        #expect(Array(inner[32..<64]) == spk.publicKey.rawRepresentation)
        #expect(inner[64] == 1)
        #expect(Array(inner[65..<97]) == F.bobOneTimePrekey.publicKey.rawRepresentation)
        let message = try RatchetMessage(canonical: Array(inner[97...]))

        // The header keys by hand: HKDF(salt 32 zeros, SK, "cairn/session/header-keys/v1", 64) = hka ‖ nhkb.
        let x3dh = try X3DH.respond(
            identity: F.bobDevice, signedPrekey: spk, oneTimePrekey: F.bobOneTimePrekey, chainID: F.chainID,
            initiator: F.aliceDevice.publicKey, ephemeralKey: ephemeralKey)
        let headerKeys = try HKDF.deriveKey(
            inputKeyMaterial: x3dh.sharedSecret, salt: [UInt8](repeating: 0, count: 32),
            info: Array("cairn/session/header-keys/v1".utf8), outputByteCount: 64).unprotectedBytes
        #expect(alice.ratchet.currentSendingHeaderKey == SecretBytes(headerKeys[0..<32]))
        #expect(alice.ratchet.receivingHeaderKeys == [SecretBytes(headerKeys[32..<64])])
        #expect(RatchetHeader.open(message.encryptedHeader, headerKey: SecretBytes(headerKeys[0..<32])) != nil)
        // The session id: SHA-256(AD ‖ EK_A), first 16 bytes.
        #expect(alice.id == Array(SHA256.hash(x3dh.associatedData + ephemeralKey.rawRepresentation).prefix(16)))
    }

    // Content carries 107-108 bytes of fields around a short body, so bodies of 10 and 140 bytes share the 256-byte
    // bucket, and 200 and 300 bytes the 512-byte one.
    @Test("bodies of 10 and 140 bytes give envelopes of one size, initial and session alike; 200 and 300 bytes the next bucket")
    func bucketedSizes() throws {
        var alice = try F.aliceSession()
        let short = try alice.seal(F.content(String(repeating: "a", count: 10)))
        let long = try alice.seal(F.content(String(repeating: "b", count: 140), sequence: 1))
        #expect(short.count == long.count)
        var bob = try Session.accept(short, chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now).session
        let replies = try [10, 140, 200, 300].map { try bob.seal(F.bobReply(String(repeating: "c", count: $0))) }
        #expect(replies[0].count == replies[1].count)
        #expect(replies[2].count == replies[0].count + 256)
        #expect(replies[3].count == replies[2].count)
    }

    @Test("no envelope carries the plaintext, either address or either device key, or the prekeys used, in the clear")
    func nothingIdentifyingInTheClear() throws {
        var alice = try F.aliceSession()
        let secret = "meet at the old mill at noon"
        let initial = try alice.seal(F.content(secret))
        var bob = try Session.accept(initial, chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now).session
        let reply = try bob.seal(F.bobReply(secret))
        _ = try alice.open(reply)
        let later = try alice.seal(F.content(secret, sequence: 1))
        let needles = [
            Array(secret.utf8), F.alice.bytes, F.bob.bytes, F.aliceDevice.publicKey.rawRepresentation, F.bobDevice.publicKey.rawRepresentation,
            F.bobSignedPrekey.publicKey.rawRepresentation, F.bobOneTimePrekey.publicKey.rawRepresentation,
        ]
        for envelope in [initial, reply, later] {
            for needle in needles { #expect(!envelope.contains(bytes: needle)) }
        }
    }

    @Test("the largest body fills the largest bucket, its envelope is exactly the largest envelope, and it opens")
    func largestEnvelope() throws {
        var alice = try F.aliceSession()
        let body = [UInt8](repeating: 0x61, count: MessageContent.maximumBodyByteCount)
        let content = try MessageContent(
            kind: .text, sender: F.alice, senderDevice: F.aliceDevice.publicKey, conversation: F.bob, messageID: [UInt8](repeating: 1, count: 16),
            sequence: 0, sentAt: 0, body: body)
        #expect(try Padding.bucket(for: content.canonicalBytes.count) == Padding.largestBucket)
        let bytes = try alice.seal(content)
        #expect(bytes.count == Envelope.maximumByteCount)
        #expect(Envelope.maximumByteCount == (16 << 20) + 276)  // the figure docs/MESSAGING.md gives
        let accepted = try Session.accept(bytes, chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now)
        #expect(accepted.content.body.count == body.count)
    }

    @Test("an envelope's canonical bytes parse back to the same envelope")
    func canonicalRoundTrip() throws {
        var (alice, _) = try F.established()
        var fresh = try F.aliceSession()
        for bytes in [try fresh.seal(F.content("i")), try alice.seal(F.content("s", sequence: 1))] {
            #expect(try Envelope(canonical: bytes).canonicalBytes == bytes)
        }
        // A session envelope whose ratchet ciphertext is shorter than a padded bucket was never sealed by a session.
        let short = Envelope.session(RatchetMessage(encryptedHeader: [UInt8](repeating: 0, count: 64), ciphertext: [UInt8](repeating: 0, count: 100)))
        #expect(throws: EnvelopeError.self) { try Envelope(canonical: short.canonicalBytes) }
        let badHeader = Envelope.session(RatchetMessage(encryptedHeader: [UInt8](repeating: 0, count: 63), ciphertext: [UInt8](repeating: 0, count: 300)))
        #expect(throws: EnvelopeError.self) { try Envelope(canonical: badHeader.canonicalBytes) }
    }
}
