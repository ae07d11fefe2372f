import CairnCodec
import CairnCrypto
import Testing

@testable import CairnNet

/// Cairn's identity layer over Noise: signed payloads, and every reason a peer is refused.
@Suite struct PeerHandshakeTests {
    @Test func payloadEncodesCanonicallyIn108Bytes() throws {
        let node = Ed25519.PrivateKey()
        let payload = HandshakePayload.make(nodeKey: node, chainId: 0x0102_0304_0506_0708, staticKey: X25519.PrivateKey().publicKey, listenPort: 30_303)
        let bytes = payload.canonicalBytes
        #expect(bytes.count == HandshakePayload.encodedByteCount)
        #expect(Array(bytes[0..<2]) == [0, 1])
        #expect(Array(bytes[2..<10]) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(Array(bytes[10..<42]) == node.publicKey.rawRepresentation)
        #expect(Array(bytes[106..<108]) == [0x76, 0x5f])
        #expect(try HandshakePayload.decode(canonical: bytes) == payload)
        #expect(throws: (any Error).self) { try HandshakePayload.decode(canonical: bytes + [0]) }
        #expect(throws: (any Error).self) { try HandshakePayload.decode(canonical: Array(bytes.dropLast())) }
    }

    @Test func signatureCoversDomainChainAndStaticKey() throws {
        let node = Ed25519.PrivateKey()
        let staticKey = X25519.PrivateKey().publicKey
        let payload = HandshakePayload.make(nodeKey: node, chainId: 7, staticKey: staticKey, listenPort: 0)
        let signed = HandshakePayload.signedBytes(chainId: 7, staticKey: staticKey)
        #expect(signed == Array("cairn/net/noise-static/v1".utf8) + [0, 0, 0, 0, 0, 0, 0, 7] + staticKey.rawRepresentation)
        try payload.verify(chainId: 7, staticKey: staticKey)
        #expect(throws: NetError.badSignature) { try payload.verify(chainId: 7, staticKey: X25519.PrivateKey().publicKey) }
        #expect(throws: NetError.wrongChain(expected: 8, received: 7)) { try payload.verify(chainId: 8, staticKey: staticKey) }
        let future = HandshakePayload.make(nodeKey: node, chainId: 7, staticKey: staticKey, listenPort: 0, version: 2)
        #expect(throws: NetError.wrongVersion(expected: 1, received: 2)) { try future.verify(chainId: 7, staticKey: staticKey) }
    }

    @Test func twoNodesLearnEachOther() throws {
        let a = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 5, listenPort: 1111)
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 5, listenPort: 2222)
        let (initiator, responder) = try Self.run(initiator: a, responder: b, expecting: b.peerID)
        #expect(initiator.peer == b.peerID)
        #expect(initiator.payload.listenPort == 2222)
        #expect(responder.peer == a.peerID)
        #expect(responder.payload.listenPort == 1111)
        #expect(initiator.transport.handshakeHash == responder.transport.handshakeHash)
        var sender = initiator.transport
        var receiver = responder.transport
        #expect(try receiver.decrypt(try sender.encrypt([9])) == [9])
    }

    @Test func initiatorRefusesAnotherChainBeforeRevealingItself() throws {
        let a = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 2, listenPort: 0)
        var initiator = PeerHandshake(role: .initiator, identity: a)
        var responder = PeerHandshake(role: .responder, identity: b)
        let m1 = try #require(try initiator.start())
        let m2 = try #require(try responder.read(m1).reply)
        #expect(throws: NetError.wrongChain(expected: 1, received: 2)) { try initiator.read(m2) }
    }

    @Test func responderRefusesAnotherChain() throws {
        let a = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 2, listenPort: 0)
        // An initiator that does not check (as a hostile one would not) still cannot get in.
        var noise = NoiseHandshakeState(role: .initiator, staticKey: a.staticKey, prologue: PeerHandshake.prologue)
        var responder = PeerHandshake(role: .responder, identity: b)
        let m2 = try #require(try responder.read(try noise.writeMessage()).reply)
        _ = try noise.readMessage(m2)
        let m3 = try noise.writeMessage(payload: a.payload.canonicalBytes)
        #expect(throws: NetError.wrongChain(expected: 2, received: 1)) { try responder.read(m3) }
    }

    @Test func dialerRefusesAnUnexpectedKey() throws {
        let a = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        let other = PeerID(Ed25519.PrivateKey().publicKey)
        #expect(throws: NetError.unexpectedPeer(expected: other, received: b.peerID)) {
            try Self.run(initiator: a, responder: b, expecting: other)
        }
    }

    @Test func payloadSignedForAnotherStaticKeyIsRefused() throws {
        // A relay that replays a genuine node's payload over its own Noise static key.
        let victim = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        let attackerStatic = X25519.PrivateKey()
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        var noise = NoiseHandshakeState(role: .initiator, staticKey: attackerStatic, prologue: PeerHandshake.prologue)
        var responder = PeerHandshake(role: .responder, identity: b)
        _ = try noise.readMessage(try #require(try responder.read(try noise.writeMessage()).reply))
        let m3 = try noise.writeMessage(payload: victim.payload.canonicalBytes)
        #expect(throws: NetError.badSignature) { try responder.read(m3) }
    }

    @Test func selfConnectionIsRefused() throws {
        let key = Ed25519.PrivateKey()
        let a = LocalIdentity(nodeKey: key, chainId: 1, listenPort: 0)
        let b = LocalIdentity(nodeKey: key, chainId: 1, listenPort: 0)
        #expect(throws: NetError.selfConnection) { try Self.run(initiator: a, responder: b, expecting: nil) }
    }

    @Test func firstMessageWithPayloadAndOversizedMessagesAreRefused() throws {
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        var noise = NoiseHandshakeState(role: .initiator, staticKey: X25519.PrivateKey(), prologue: PeerHandshake.prologue)
        var responder = PeerHandshake(role: .responder, identity: b)
        #expect(throws: NetError.self) { try responder.read(try noise.writeMessage(payload: [1])) }
        var fresh = PeerHandshake(role: .responder, identity: b)
        #expect(throws: NetError.self) { try fresh.read([UInt8](repeating: 1, count: PeerHandshake.maxMessageLength + 1)) }
    }

    @Test func lowOrderKeyEndsTheHandshake() throws {
        let b = LocalIdentity(nodeKey: Ed25519.PrivateKey(), chainId: 1, listenPort: 0)
        var responder = PeerHandshake(role: .responder, identity: b)
        #expect(throws: NetError.noise(.invalidPublicKey)) { try responder.read([UInt8](repeating: 0, count: 32)) }
    }

    // MARK: - Helpers

    /// Runs the three messages; returns (initiator's outcome, responder's outcome).
    @discardableResult
    static func run(
        initiator a: LocalIdentity, responder b: LocalIdentity, expecting: PeerID?
    ) throws -> (PeerHandshake.Outcome, PeerHandshake.Outcome) {
        var initiator = PeerHandshake(role: .initiator, identity: a, expectedPeer: expecting)
        var responder = PeerHandshake(role: .responder, identity: b)
        let m1 = try #require(try initiator.start())
        let m2 = try #require(try responder.read(m1).reply)
        let step = try initiator.read(m2)
        let m3 = try #require(step.reply)
        let initiatorOutcome = try #require(step.outcome)
        let responderOutcome = try #require(try responder.read(m3).outcome)
        return (initiatorOutcome, responderOutcome)
    }
}
