import CairnClient
import CairnCrypto
import CairnMessaging
import Foundation
import Testing

/// `Messenger` against a real chain, node RPC server and anchoring gateway in this process: conversations
/// both ways, the allow list, revoked devices, wrong passphrases. The lying gateway's cases are in
/// `MessengerLyingGatewayTests`.
@Suite("Messenger on an in-process chain", .serialized, .timeLimit(.minutes(3)))
struct MessengerTests {
    static func text(_ messages: [StoredMessage]) -> [String] { messages.map(\.text) }

    @Test func firstMessagesGoUnderTheFirstContactTagAndRepliesUnderSessionTags() async throws {
        try await MessengerNetwork.with { network in
            let alice = try await network.person("alice", account: 1)
            let bob = try await network.person("bob", account: 3, oneTime: 3)
            try await network.settle()
            let day = InboxTag.epoch(at: alice.messenger.clock())
            let bobFirstContact = InboxTag.firstContact(chainID: network.chain.chainID, deviceKey: bob.messenger.deviceKey, epoch: day)

            // Until alice hears from bob, her messages are initial envelopes under his first-contact tag.
            let first = try await alice.messenger.send(Array("hello bob".utf8), to: bob.address, account: alice.key)
            let second = try await alice.messenger.send(Array("are you there?".utf8), to: bob.address, account: alice.key)
            #expect(first.copies.map(\.tag) == [bobFirstContact])
            #expect(second.copies.map(\.tag) == [bobFirstContact])
            #expect(first.copies.allSatisfy { $0.blockHeight != nil && !$0.own })
            // The first message claimed one of bob's three one-time prekeys on-chain; the second reused the session.
            try await network.settle()
            let bundles = try await network.client().keyBundles(bob.address)
            #expect(bundles.bundles.first?.bundle?.oneTimePrekeys.count == 2)

            let atBob = try await bob.messenger.sync()
            #expect(Self.text(atBob.received) == ["hello bob", "are you there?"])
            #expect(atBob.rejected.isEmpty && atBob.refused == 0)
            #expect(atBob.received.allSatisfy { $0.direction == .received && $0.sender == alice.address && $0.verified && $0.anchorHeight > 0 })

            // Bob's reply and everything after it go under session tags, which change with every ratchet step.
            let reply = try await bob.messenger.send(Array("hi alice".utf8), to: alice.address, account: bob.key)
            let reply2 = try await bob.messenger.send(Array("yes".utf8), to: alice.address, account: bob.key)
            #expect(reply.copies.count == 1 && reply.copies[0].tag != bobFirstContact)
            let atAlice = try await alice.messenger.sync()
            #expect(Self.text(atAlice.received) == ["hi alice", "yes"])
            #expect(atAlice.rejected.isEmpty)

            let third = try await alice.messenger.send(Array("good to hear".utf8), to: bob.address, account: alice.key)
            #expect(third.copies[0].tag != bobFirstContact)
            #expect(third.copies[0].tag != reply.copies[0].tag && third.copies[0].tag != reply2.copies[0].tag)
            let later = try await bob.messenger.sync()
            #expect(Self.text(later.received) == ["good to hear"])
            #expect(later.rejected.isEmpty)

            // Each side holds the whole conversation once, each sender's messages in order (`sentAt` has
            // whole seconds, so two senders' messages within one second are not ordered between them).
            for side in [alice.messenger, bob.messenger] {
                let stored = try side.messages()
                #expect(Self.text(stored.filter { $0.sender == alice.address }) == ["hello bob", "are you there?", "good to hear"])
                #expect(Self.text(stored.filter { $0.sender == bob.address }) == ["hi alice", "yes"])
                #expect(stored.allSatisfy { ($0.direction == .sent) == ($0.sender == side.address) })
            }
            #expect(try await bob.messenger.sync().received.isEmpty)
        }
    }

    @Test func anAllowListRefusesStrangersFirstMessagesAndAdmitsListedOnes() async throws {
        try await MessengerNetwork.with { network in
            let alice = try await network.person("alice", account: 1)
            let bob = try await network.person("bob", account: 3)
            let carol = try await network.person("carol", account: 4)
            try bob.messenger.setContactPolicy(allowing: [alice.address])
            #expect(bob.messenger.policy == .allowList([alice.address]))
            try await network.settle()

            // Carol cannot tell: her send succeeds, and bob drops it unanswered.
            _ = try await carol.messenger.send(Array("buy my stuff".utf8), to: bob.address, account: carol.key)
            _ = try await alice.messenger.send(Array("it's alice".utf8), to: bob.address, account: alice.key)
            let report = try await bob.messenger.sync()
            #expect(report.refused == 1)
            #expect(report.rejected.isEmpty)
            #expect(Self.text(report.received) == ["it's alice"])
            #expect(try bob.messenger.messages().allSatisfy { $0.sender == alice.address })
            // Only alice's session exists: nothing was made for carol's first message.
            #expect(try bob.messenger.store.list("session").count == 1)
            // A refused message is not read again.
            let again = try await bob.messenger.sync()
            #expect(again.refused == 0 && again.received.isEmpty && again.rejected.isEmpty)
            try bob.messenger.setContactPolicy(allowing: nil)
            #expect(bob.messenger.policy == .open)
        }
    }

    @Test func aRevokedDeviceStopsReceivingAndItsMessagesAreRejected() async throws {
        try await MessengerNetwork.with { network in
            let alice = try await network.person("alice", account: 1)
            let bob = try await network.person("bob", account: 3)
            let phoneKey = Ed25519.PrivateKey()
            let phone = try await Messenger.create(
                at: network.storePath("bob-phone"), passphrase: MessengerNetwork.passphrase, kdf: MessengerNetwork.kdf, chain: network.chain,
                address: bob.address, deviceName: "phone", deviceKey: phoneKey, identityKey: nil, endpoints: network.endpoints())
            try await bob.messenger.addDevice(phone.deviceKey, account: bob.key)
            try await phone.publishBundle(oneTime: 2, rotate: false, identityKey: bob.identityKey, account: bob.key)
            try await network.settle()

            let both = try await alice.messenger.send(Array("to both devices".utf8), to: bob.address, account: alice.key)
            #expect(Set(both.copies.map(\.device)) == [bob.messenger.deviceKey, phone.deviceKey])
            #expect(Self.text(try await phone.sync().received) == ["to both devices"])
            #expect(Self.text(try await bob.messenger.sync().received) == ["to both devices"])

            try await bob.messenger.revokeDevice(phone.deviceKey, account: bob.key)
            try await network.settle()
            let record = try #require(try await alice.messenger.identity(of: bob.address))
            #expect(!record.authorisedKeys.contains(phone.deviceKey))

            // Alice writes to bob's primary device only, and bob's own sent-copies skip the phone too.
            let after = try await alice.messenger.send(Array("after revocation".utf8), to: bob.address, account: alice.key)
            #expect(after.copies.map(\.device) == [bob.messenger.deviceKey])
            let bobReply = try await bob.messenger.send(Array("phone is gone".utf8), to: alice.address, account: bob.key)
            #expect(bobReply.copies.map(\.device) == [alice.messenger.deviceKey])
            let phoneReport = try await phone.sync()
            #expect(phoneReport.received.isEmpty)
            #expect(Self.text(try await bob.messenger.sync().received) == ["after revocation"])

            // The revoked phone still holds its session keys, but what it sends now is refused by everyone.
            _ = try await phone.send(Array("from a revoked phone".utf8), to: alice.address, account: bob.key)
            let atAlice = try await alice.messenger.sync()
            #expect(Self.text(atAlice.received) == ["phone is gone"])
            #expect(atAlice.rejected.count == 1)
            #expect(atAlice.rejected.first?.reason.contains("no longer active") == true, "\(atAlice.rejected)")
            #expect(!Self.text(try alice.messenger.messages()).contains("from a revoked phone"))
            // Its sent-copy to bob's primary device is refused there as well.
            let atBob = try await bob.messenger.sync()
            #expect(atBob.received.isEmpty)
            #expect(atBob.rejected.count == 1, "\(atBob.rejected)")
        }
    }

    @Test func aStoreOpensOnlyWithItsPassphrase() async throws {
        try await MessengerNetwork.with { network in
            let alice = try await network.person("alice", account: 1)
            let path = alice.storePath
            #expect(throws: SecureStoreError.wrongPassphrase) {
                try Messenger.open(at: path, passphrase: "not the passphrase", endpoints: network.endpoints())
            }
            #expect(throws: MessengerError.store("no device store at \(path).missing")) {
                try Messenger.open(at: path + ".missing", passphrase: MessengerNetwork.passphrase, endpoints: network.endpoints())
            }
            await #expect(throws: MessengerError.store("\(path) exists already")) {
                try await Messenger.create(
                    at: path, passphrase: MessengerNetwork.passphrase, kdf: MessengerNetwork.kdf, chain: network.chain, address: alice.address,
                    deviceName: "primary", deviceKey: alice.identityKey, identityKey: alice.identityKey, endpoints: network.endpoints())
            }
            // The right passphrase opens the same device.
            let reopened = try Messenger.open(at: path, passphrase: MessengerNetwork.passphrase, endpoints: network.endpoints())
            #expect(reopened.deviceKey == alice.messenger.deviceKey && reopened.address == alice.address)
        }
    }
}
