import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("Session state: canonical round trip mid-conversation, strict decoding")
struct SessionSerializationTests {
    typealias F = Fixture

    static func restored(_ session: Session) throws -> Session { try Session(serialized: session.serialized()) }

    @Test("both sides restored mid-conversation carry on where they were, with every field intact")
    func roundTripMidConversation() throws {
        var (alice, bob) = try F.established()
        _ = try bob.open(try alice.seal(F.content("one", sequence: 1)))
        let pending = try alice.seal(F.content("two", sequence: 2))

        var alice2 = try Self.restored(alice), bob2 = try Self.restored(bob)
        #expect(alice2.serialized() == alice.serialized())
        #expect(bob2.serialized() == bob.serialized())
        for (a, b) in [(alice, alice2), (bob, bob2)] {
            #expect(a.id == b.id && a.associatedData == b.associatedData && a.role == b.role && a.chainID == b.chainID)
            #expect(a.localAddress == b.localAddress && a.localDevice == b.localDevice)
            #expect(a.peerAddress == b.peerAddress && a.peerDevice == b.peerDevice)
            #expect(a.hasHeardFromPeer == b.hasHeardFromPeer && a.sendSequence == b.sendSequence && a.createdAt == b.createdAt)
            #expect(a.initialEphemeralKey == b.initialEphemeralKey && a.signedPrekey == b.signedPrekey && a.oneTimePrekey == b.oneTimePrekey)
        }
        #expect(try bob2.open(pending).body == Array("two".utf8))
        #expect(try alice2.open(try bob2.seal(F.bobReply("three", sequence: 1))).body == Array("three".utf8))
    }

    @Test("an initiator restored before it hears back still sends initial envelopes that B accepts")
    func roundTripBeforeReply() throws {
        var alice = try F.aliceSession()
        _ = try alice.seal(F.content("lost"))
        var restored = try Self.restored(alice)
        #expect(restored.sendsInitialEnvelopes)
        let bytes = try restored.seal(F.content("second", sequence: 1))
        #expect(F.isInitial(bytes))
        let accepted = try Session.accept(bytes, chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now)
        #expect(accepted.content.body == Array("second".utf8))
    }

    @Test("truncated, trailing, unknown version or role, and self-contradicting state is refused")
    func strictDecoding() throws {
        let (alice, bob) = try F.established()
        let bytes = bob.serialized().unprotectedBytes
        func decode(_ raw: [UInt8]) throws -> Session { try Session(serialized: SecretBytes(raw)) }

        #expect(throws: SessionError.self) { try decode(Array(bytes.dropLast())) }
        #expect(throws: SessionError.self) { try decode(bytes + [0]) }
        #expect(throws: SessionError.self) { try decode([]) }
        var version = bytes
        version[0] = 2
        #expect(throws: SessionError.malformedState("unknown session state version 2")) { try decode(version) }
        // version 1 ‖ chainId 8 ‖ local 20 + 32 ‖ peer 20 + 32, then the role and the heard-from flag.
        let roleOffset = 1 + 8 + 20 + 32 + 20 + 32
        var role = bytes
        role[roleOffset] = 3
        #expect(throws: SessionError.malformedState("unknown role 3")) { try decode(role) }
        var deaf = bytes
        deaf[roleOffset + 1] = 0
        #expect(throws: SessionError.malformedState("a responder has always heard from its peer")) { try decode(deaf) }
        var flag = bytes
        flag[roleOffset + 1] = 2
        #expect(throws: SessionError.self) { try decode(flag) }

        // An initiator that has heard back keeps no seal key; one claiming not to have heard back needs one.
        var unheard = alice.serialized().unprotectedBytes
        unheard[roleOffset + 1] = 0
        #expect(throws: SessionError.self) { try decode(unheard) }
    }
}
