import CairnCrypto
@testable import CairnMessaging

/// Alice's device A writes to Bob's device B; Carol is a third account. Fixed keys, so failures replay.
enum Fixture {
    static let chainID: UInt64 = 7
    /// 2023-11-14T22:13:20Z.
    static let now: UInt64 = 1_700_000_000

    static func ed(_ byte: UInt8) -> Ed25519.PrivateKey { try! Ed25519.PrivateKey(seed: [UInt8](repeating: byte, count: 32)) }
    static func x(_ byte: UInt8) -> X25519.PrivateKey { try! X25519.PrivateKey(rawRepresentation: [UInt8](repeating: byte, count: 32)) }
    static func address(_ byte: UInt8) -> Address { try! Address(bytes: [UInt8](repeating: byte, count: 20)) }

    static let alice = address(0xA1), bob = address(0xB0), carol = address(0xC0)
    static let aliceDevice = ed(1), aliceOtherDevice = ed(11), bobDevice = ed(2), carolDevice = ed(3)
    static let bobSignedPrekey = x(20), bobPreviousSignedPrekey = x(21), bobOneTimePrekey = x(22), bobSpareOneTimePrekey = x(23)

    /// Bob's device with both signed prekeys and both one-time prekeys.
    static var bobPrekeys: LocalPrekeys { bobPrekeys(oneTime: [bobOneTimePrekey, bobSpareOneTimePrekey]) }

    static func bobPrekeys(oneTime: [X25519.PrivateKey], signed: [X25519.PrivateKey] = [bobSignedPrekey, bobPreviousSignedPrekey]) -> LocalPrekeys {
        LocalPrekeys(device: bobDevice, signedPrekeys: signed, oneTimePrekeys: oneTime)
    }

    /// A's session with B, from B's bundle (current signed prekey, one-time prekey unless `oneTime` is nil).
    static func aliceSession(
        signedPrekey: X25519.PublicKey = bobSignedPrekey.publicKey, oneTime: X25519.PublicKey? = bobOneTimePrekey.publicKey,
        device: Ed25519.PrivateKey = aliceDevice, entropy: RatchetEntropy = .system
    ) throws -> Session {
        try Session.initiate(
            chainID: chainID, localAddress: alice, localDevice: device, peerAddress: bob, peerDevice: bobDevice.publicKey,
            signedPrekey: signedPrekey, oneTimePrekey: oneTime, now: now, entropy: entropy)
    }

    static func content(
        _ text: String, kind: MessageContent.Kind = .text, from sender: Address = alice, device: Ed25519.PublicKey = aliceDevice.publicKey,
        to conversation: Address = bob, sequence: UInt64 = 0
    ) -> MessageContent {
        try! MessageContent(
            kind: kind, sender: sender, senderDevice: device, conversation: conversation, messageID: SecureRandom.bytes(16),
            sequence: sequence, sentAt: now * 1000, body: Array(text.utf8))
    }

    static func bobReply(_ text: String, sequence: UInt64 = 0) -> MessageContent {
        content(text, from: bob, device: bobDevice.publicKey, to: alice, sequence: sequence)
    }

    /// A has sent one initial envelope, B accepted it, B replied and A read the reply: both sides established.
    static func established() throws -> (alice: Session, bob: Session) {
        var alice = try aliceSession()
        let first = try alice.seal(content("hi"))
        var bob = try Session.accept(first, chainID: chainID, localAddress: Fixture.bob, prekeys: bobPrekeys, now: now).session
        _ = try alice.open(try bob.seal(bobReply("hello")))
        return (alice, bob)
    }

    static func envelope(_ bytes: [UInt8]) throws -> Envelope { try Envelope(canonical: bytes) }

    static func isInitial(_ bytes: [UInt8]) -> Bool {
        if case .initial = try? Envelope(canonical: bytes) { return true }
        return false
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs anywhere in these bytes.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
