import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("Session tags: first-contact until A hears from B, then HMAC tags that change per epoch and per ratchet step")
struct SessionTagTests {
    typealias F = Fixture

    static func window(_ now: UInt64) -> ClosedRange<UInt64> {
        let epoch = SessionTag.epoch(at: now)
        return (epoch - 1)...(epoch + 1)
    }

    @Test("A's outgoing tag is B's first-contact tag until A reads B's reply, then a session tag B watches")
    func switchesToSessionTags() throws {
        var alice = try F.aliceSession()
        let firstContact = InboxTag.firstContact(chainID: F.chainID, deviceKey: F.bobDevice.publicKey.rawRepresentation, epoch: F.now / 86_400)
        #expect(alice.outgoingTag(now: F.now) == firstContact)
        var bob = try Session.accept(try alice.seal(F.content("hi")), chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now).session
        #expect(alice.outgoingTag(now: F.now) == firstContact)

        // A finds B's reply under a tag it watches.
        let reply = try bob.seal(F.bobReply("hello"))
        #expect(alice.watchedTags(epochs: Self.window(F.now)).contains(bob.outgoingTag(now: F.now)))
        _ = try alice.open(reply)

        let tag = alice.outgoingTag(now: F.now)
        #expect(tag != firstContact)
        #expect(tag.count == 32)
        #expect(bob.watchedTags(epochs: Self.window(F.now)).contains(tag))
        // One epoch of skew either way is still watched; further is not.
        #expect(bob.watchedTags(epochs: Self.window(F.now)).contains(alice.outgoingTag(now: F.now + 3_600)))
        #expect(!bob.watchedTags(epochs: Self.window(F.now)).contains(alice.outgoingTag(now: F.now + 7_200)))
    }

    @Test("tags change every epoch and after each DH ratchet step, and B still watches A's new tag")
    func changeAcrossEpochsAndRatchetSteps() throws {
        var (alice, bob) = try F.established()
        let before = alice.outgoingTag(now: F.now)
        #expect(alice.outgoingTag(now: F.now + 3_600) != before)
        #expect(alice.outgoingTag(now: F.now, sessionEpochLength: 60) != before)
        // Within one epoch the tag holds.
        let epochStart = SessionTag.epoch(at: F.now) * 3_600
        #expect(alice.outgoingTag(now: epochStart) == alice.outgoingTag(now: epochStart + 3_599))

        // A writes, B replies: reading the reply is a DH ratchet step on A's side.
        _ = try bob.open(try alice.seal(F.content("one", sequence: 1)))
        let reply = try bob.seal(F.bobReply("two", sequence: 1))
        #expect(alice.outgoingTag(now: F.now) == before)
        _ = try alice.open(reply)
        let after = alice.outgoingTag(now: F.now)
        #expect(after != before)
        #expect(bob.watchedTags(epochs: Self.window(F.now)).contains(after))
        #expect(try bob.open(try alice.seal(F.content("three", sequence: 2))).body == Array("three".utf8))
    }

    @Test("the session tag is HMAC-SHA256(HK, domain ‖ chainId ‖ epoch), recomputed from the doc")
    func tagFormula() throws {
        let key = SecretBytes([UInt8](repeating: 0x5A, count: 32))
        var message = Array("cairn/inbox/session/v1".utf8)
        message += withUnsafeBytes(of: F.chainID.bigEndian, Array.init)
        message += withUnsafeBytes(of: UInt64(472_222).bigEndian, Array.init)
        #expect(SessionTag.tag(headerKey: key, chainID: F.chainID, epoch: 472_222) == HMACSHA256.authenticationCode(for: message, key: key))
        #expect(SessionTag.epoch(at: F.now) == 472_222)
        #expect(SessionTag.epoch(at: 59, length: 60) == 0 && SessionTag.epoch(at: 60, length: 60) == 1)
        #expect(SessionTag.tag(headerKey: key, chainID: 8, epoch: 472_222) != SessionTag.tag(headerKey: key, chainID: 7, epoch: 472_222))
    }

    @Test("the watched tags cover every receiving header key for every epoch in the range, and no key twice")
    func watchedTagsShape() throws {
        var alice = try F.aliceSession()
        let bob = try Session.accept(try alice.seal(F.content("hi")), chainID: F.chainID, localAddress: F.bob, prekeys: F.bobPrekeys, now: F.now).session
        // B has HKr and NHKr; no skipped keys yet.
        #expect(bob.ratchet.receivingHeaderKeys.count == 2)
        let tags = bob.watchedTags(epochs: 10...14)
        #expect(tags.count == 10)
        #expect(Set(tags).count == 10)
    }
}
