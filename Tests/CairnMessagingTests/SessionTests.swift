import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("Session: first messages, replies and the switch from initial to session envelopes")
struct SessionTests {
    typealias F = Fixture

    @Test("A's first message opens at B, B's reply is a session envelope, and A's next one is too")
    func roundTrip() throws {
        var alice = try F.aliceSession()
        let hello = F.content("hello Bob")
        let first = try alice.seal(hello)
        #expect(F.isInitial(first))
        #expect(alice.hasHeardFromPeer == false)

        let accepted = try Session.accept(first, chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now)
        var bob = accepted.session
        #expect(accepted.content == hello)
        #expect(accepted.usedOneTimePrekey == F.bobOneTimePrekey.publicKey.rawRepresentation)
        #expect(bob.id == alice.id)
        #expect(bob.associatedData == alice.associatedData)
        #expect(bob.role == .responder && alice.role == .initiator)
        #expect(bob.peerAddress == F.alice && bob.peerDevice == F.aliceDevice.publicKey)
        #expect(bob.localDevice == F.bobDevice.publicKey && bob.createdAt == F.now)

        let reply = F.bobReply("hello Alice")
        let replyBytes = try bob.seal(reply)
        #expect(!F.isInitial(replyBytes))
        #expect(try alice.open(replyBytes) == reply)
        #expect(alice.hasHeardFromPeer)
        #expect(alice.sealKey == nil)

        let next = F.content("how are you?", sequence: 1)
        let nextBytes = try alice.seal(next)
        #expect(!F.isInitial(nextBytes))
        #expect(try bob.open(nextBytes) == next)
        #expect(alice.sendSequence == 2 && bob.sendSequence == 1)
    }

    @Test("without a one-time prekey, and to the previous signed prekey, the first message still opens")
    func withoutOneTimePrekeyAndPreviousSignedPrekey() throws {
        var alice = try F.aliceSession(signedPrekey: F.bobPreviousSignedPrekey.publicKey, oneTime: nil)
        let accepted = try Session.accept(
            try alice.seal(F.content("old prekey")), chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now)
        #expect(accepted.usedOneTimePrekey == nil)
        #expect(accepted.session.signedPrekey == F.bobPreviousSignedPrekey.publicKey)
        #expect(accepted.content.body == Array("old prekey".utf8))
    }

    @Test("several initial envelopes before B replies open in any order: the first creates the session, the rest go to open",
          arguments: [[0, 1, 2], [2, 0, 1], [1, 2, 0]])
    func severalInitials(order: [Int]) throws {
        var alice = try F.aliceSession()
        let contents = (0..<3).map { F.content("message \($0)", sequence: UInt64($0)) }
        let envelopes = try contents.map { try alice.seal($0) }
        #expect(envelopes.allSatisfy(F.isInitial))
        // Every initial envelope names the session by its ephemeral key, which is how the caller routes it.
        for bytes in envelopes {
            guard case let .initial(ephemeralKey, _, _) = try F.envelope(bytes) else { Issue.record("not initial"); return }
            #expect(ephemeralKey == alice.initialEphemeralKey)
        }

        let accepted = try Session.accept(envelopes[order[0]], chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now)
        var bob = accepted.session
        #expect(accepted.content == contents[order[0]])
        for index in order.dropFirst() {
            #expect(try bob.open(envelopes[index]) == contents[index])
        }
        // Each opens once: a repeat is a replay.
        #expect(throws: RatchetError.replayed) { try bob.open(envelopes[order[1]]) }

        // Once A hears back, it sends session envelopes.
        _ = try alice.open(try bob.seal(F.bobReply("got them")))
        let after = try alice.seal(F.content("good", sequence: 3))
        #expect(!F.isInitial(after))
        #expect(try bob.open(after).body == Array("good".utf8))
    }

    @Test("a sent-copy to one's own other device opens there with the peer as the conversation")
    func sentCopy() throws {
        var phone = try Session.initiate(
            chainID: F.chainID, localAddress: F.alice, localDevice: F.aliceDevice, peerAddress: F.alice, peerDevice: F.aliceOtherDevice.publicKey,
            signedPrekey: F.x(40).publicKey, oneTimePrekey: nil, now: F.now)
        let copy = F.content("to Bob", kind: .sentCopy, to: F.bob, sequence: 5)
        let laptopKeys = LocalPrekeys(device: F.aliceOtherDevice, signedPrekeys: [F.x(40)], oneTimePrekeys: [])
        let accepted = try Session.accept(try phone.seal(copy), chainID: F.chainID, localAddress: F.alice, prekeys: laptopKeys, now: F.now)
        #expect(accepted.content == copy)
        #expect(accepted.session.peerAddress == F.alice)
        // A sent-copy is not a text to the peer, so it does not move the session's text sequence.
        #expect(phone.sendSequence == 0)
    }

    @Test("the responder's own sealing goes to session envelopes from the start")
    func responderNeverSendsInitials() throws {
        var (alice, bob) = try F.established()
        for index in 0..<3 {
            let bytes = try bob.seal(F.bobReply("r\(index)", sequence: UInt64(index + 1)))
            #expect(!F.isInitial(bytes))
            #expect(try alice.open(bytes).sequence == UInt64(index + 1))
        }
    }
}
