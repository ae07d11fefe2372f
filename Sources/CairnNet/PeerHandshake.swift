import CairnCodec
import CairnCrypto

/// Cairn's handshake over Noise XX, as pure code: the three messages, and the checks on the peer's signed payload.
///
/// Message 1 (initiator) carries no payload; message 2 carries the responder's `HandshakePayload`, message 3 the
/// initiator's, both encrypted. The initiator checks the responder before sending message 3, so a wrong chain or
/// an unexpected key is refused without revealing who the initiator is.
struct PeerHandshake: Sendable {
    /// Bytes Cairn mixes into the handshake hash before any message; both sides must use the same.
    static let prologue = Array("cairn/net/v1".utf8)
    /// Largest handshake message this protocol produces, with room to spare: 32 + 48 + 108 + 16 = 204 bytes.
    /// Anything longer is refused before it is read, so an unauthenticated peer cannot make us buffer 64 KiB.
    static let maxMessageLength = 512

    /// What a finished handshake yields.
    struct Outcome: Sendable {
        let peer: PeerID
        let payload: HandshakePayload
        let transport: NoiseTransport
    }

    /// What to do after reading a message.
    struct Step: Sendable {
        /// A message to send back, if any.
        var reply: [UInt8]?
        /// Set when the handshake is complete.
        var outcome: Outcome?
    }

    private var noise: NoiseHandshakeState
    private let identity: LocalIdentity
    private let expectedPeer: PeerID?

    var role: NoiseRole { noise.role }

    init(role: NoiseRole, identity: LocalIdentity, expectedPeer: PeerID? = nil, ephemeralKey: X25519.PrivateKey? = nil) {
        noise = NoiseHandshakeState(role: role, staticKey: identity.staticKey, prologue: Self.prologue, ephemeralKey: ephemeralKey)
        self.identity = identity
        self.expectedPeer = expectedPeer
    }

    /// The initiator's first message; nil for the responder, which waits.
    mutating func start() throws(NetError) -> [UInt8]? {
        guard noise.role == .initiator else { return nil }
        do throws(NoiseError) { return try noise.writeMessage() } catch { throw .noise(error) }
    }

    /// Consumes the peer's next message.
    mutating func read(_ message: [UInt8]) throws(NetError) -> Step {
        guard message.count <= Self.maxMessageLength else {
            throw .protocolViolation("handshake message of \(message.count) bytes exceeds \(Self.maxMessageLength)")
        }
        let payload: [UInt8]
        do throws(NoiseError) { payload = try noise.readMessage(message) } catch { throw .noise(error) }

        switch noise.role {
        case .responder where !noise.isComplete:
            // Message 1: the initiator has nothing to say yet, and saying something is a protocol violation.
            guard payload.isEmpty else { throw .protocolViolation("first handshake message must carry no payload") }
            let reply: [UInt8]
            do throws(NoiseError) { reply = try noise.writeMessage(payload: identity.payload.canonicalBytes) } catch { throw .noise(error) }
            return Step(reply: reply, outcome: nil)
        case .responder:
            // Message 3: the initiator's identity.
            let (peer, remote) = try check(payload)
            return Step(reply: nil, outcome: try outcome(peer: peer, payload: remote))
        case .initiator:
            // Message 2: check the responder before revealing ourselves in message 3.
            let (peer, remote) = try check(payload)
            let reply: [UInt8]
            do throws(NoiseError) { reply = try noise.writeMessage(payload: identity.payload.canonicalBytes) } catch { throw .noise(error) }
            return Step(reply: reply, outcome: try outcome(peer: peer, payload: remote))
        }
    }

    private func check(_ bytes: [UInt8]) throws(NetError) -> (PeerID, HandshakePayload) {
        let payload: HandshakePayload
        do { payload = try HandshakePayload.decode(canonical: bytes) } catch { throw .malformedHandshake("\(error)") }
        guard let staticKey = noise.remoteStaticKey else { throw .noise(.wrongState("no remote static key")) }
        try payload.verify(chainId: identity.chainId, staticKey: staticKey)
        let peer = PeerID(payload.nodeKey)
        guard peer != identity.peerID else { throw .selfConnection }
        if let expectedPeer, expectedPeer != peer { throw .unexpectedPeer(expected: expectedPeer, received: peer) }
        return (peer, payload)
    }

    private func outcome(peer: PeerID, payload: HandshakePayload) throws(NetError) -> Outcome {
        do throws(NoiseError) { return Outcome(peer: peer, payload: payload, transport: try noise.split()) } catch { throw .noise(error) }
    }
}
