import CairnCodec
import CairnCrypto
import Testing
@testable import CairnMessaging

@Suite("FanOut targets and the contact policy")
struct FanOutContactPolicyTests {
    typealias F = Fixture
    static func key(_ byte: UInt8) -> [UInt8] { [UInt8](repeating: byte, count: 32) }

    @Test("recipient devices get the text and own other devices a sent-copy, in order, each once, never this device")
    func targets() {
        let this = Self.key(9)
        let targets = FanOut.targets(
            recipientDevices: [Self.key(1), Self.key(2), Self.key(1)], ownDevices: [Self.key(3), this, Self.key(2), Self.key(4)], thisDevice: this)
        #expect(targets == [
            .init(device: Self.key(1), isOwnDevice: false), .init(device: Self.key(2), isOwnDevice: false),
            .init(device: Self.key(3), isOwnDevice: true), .init(device: Self.key(4), isOwnDevice: true),
        ])
        #expect(targets.map(\.contentKind) == [.text, .text, .sentCopy, .sentCopy])
        // A note to oneself: every other own device gets the text, this one nothing.
        let notes = FanOut.targets(recipientDevices: [this, Self.key(3)], ownDevices: [this, Self.key(3)], thisDevice: this)
        #expect(notes == [.init(device: Self.key(3), isOwnDevice: false)])
        #expect(FanOut.targets(recipientDevices: [], ownDevices: [this], thisDevice: this).isEmpty)
    }

    @Test("open admits anyone, an allow-list only its accounts")
    func admits() {
        #expect(ContactPolicy.open.admits(F.carol))
        let policy = ContactPolicy.allowList([F.alice, F.bob])
        #expect(policy.admits(F.alice) && policy.admits(F.bob))
        #expect(!policy.admits(F.carol))
        #expect(!ContactPolicy.allowList([]).admits(F.alice))
    }

    @Test("the encoding is canonical: sorted addresses, and anything else is refused")
    func encoding() throws {
        #expect(ContactPolicy.open.canonicalBytes == [1, 1])
        let policy = ContactPolicy.allowList([F.carol, F.alice])
        let bytes = policy.canonicalBytes
        #expect(bytes == [1, 2, 2] + F.alice.bytes + F.carol.bytes)
        #expect(try ContactPolicy(canonical: bytes) == policy)
        #expect(try ContactPolicy(canonical: [1, 1]) == .open)
        #expect(throws: ContactPolicyError.malformed("allow-list not in strictly ascending order")) {
            try ContactPolicy(canonical: [1, 2, 2] + F.carol.bytes + F.alice.bytes)
        }
        #expect(throws: ContactPolicyError.self) { try ContactPolicy(canonical: [1, 2, 2] + F.alice.bytes + F.alice.bytes) }
        #expect(throws: ContactPolicyError.unknownKind(3)) { try ContactPolicy(canonical: [1, 3]) }
        #expect(throws: ContactPolicyError.unknownVersion(2)) { try ContactPolicy(canonical: [2, 1]) }
        #expect(throws: ContactPolicyError.self) { try ContactPolicy(canonical: [1, 1, 0]) }
        #expect(throws: ContactPolicyError.self) { try ContactPolicy(canonical: Array(bytes.dropLast())) }
    }
}
