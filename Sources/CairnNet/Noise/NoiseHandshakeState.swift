import CairnCrypto

/// Which side of a Noise handshake this is: the initiator sends the first message.
public enum NoiseRole: Sendable, Equatable {
    case initiator
    case responder
}

/// Noise `HandshakeState` (spec §5.3) for the XX pattern only:
///
/// ```
/// -> e
/// <- e, ee, s, es
/// -> s, se
/// ```
///
/// Both static keys travel encrypted, so neither side needs to know the other in advance; Cairn authenticates
/// the received static key afterwards with the node's Ed25519 signature in the payload. Only one pattern is
/// implemented because Cairn speaks only one; the message steps are written out instead of interpreted from
/// tokens. Any error leaves the state failed: a handshake is never resumed.
public struct NoiseHandshakeState: Sendable {
    /// This side's role.
    public let role: NoiseRole
    private var symmetric: NoiseSymmetricState
    private let staticKey: X25519.PrivateKey
    private var ephemeralKey: X25519.PrivateKey?
    /// The peer's static key, known after message 2 (initiator) or 3 (responder).
    public private(set) var remoteStaticKey: X25519.PublicKey?
    private var remoteEphemeralKey: X25519.PublicKey?
    /// Index of the next message in the pattern (0, 1, 2; 3 = complete).
    private var step = 0
    private var failed = false

    /// Starts a handshake. `prologue` must be identical on both sides; it is hashed, not sent.
    public init(role: NoiseRole, staticKey: X25519.PrivateKey, prologue: [UInt8] = []) {
        self.init(role: role, staticKey: staticKey, prologue: prologue, ephemeralKey: nil)
    }

    /// As above with a fixed ephemeral key, which only test vectors need.
    init(role: NoiseRole, staticKey: X25519.PrivateKey, prologue: [UInt8], ephemeralKey: X25519.PrivateKey?) {
        self.role = role
        self.staticKey = staticKey
        self.ephemeralKey = ephemeralKey
        symmetric = NoiseSymmetricState(protocolName: NoiseConstants.protocolName)
        symmetric.mixHash(prologue)
    }

    /// Whether all three messages have been written or read.
    public var isComplete: Bool { step == 3 && !failed }

    /// Whether it is this side's turn to write.
    public var isMyTurnToWrite: Bool {
        guard !failed, step < 3 else { return false }
        return (step % 2 == 0) == (role == .initiator)
    }

    /// The transcript hash `h`: equal on both sides after a successful handshake, and usable as a channel binding.
    public var handshakeHash: [UInt8] { symmetric.handshakeHash }

    /// `WriteMessage`: the next handshake message carrying `payload` (encrypted from message 2 on).
    public mutating func writeMessage(payload: [UInt8] = []) throws(NoiseError) -> [UInt8] {
        guard isMyTurnToWrite else { throw .wrongState(failed ? "handshake already failed" : "not this side's turn to write") }
        do throws(NoiseError) {
            let message = try write(payload: payload)
            guard message.count <= NoiseConstants.maxMessageLength else { throw NoiseError.messageTooLarge(message.count) }
            step += 1
            return message
        } catch {
            failed = true
            throw error
        }
    }

    /// `ReadMessage`: consumes the peer's next handshake message and returns its payload.
    public mutating func readMessage(_ message: [UInt8]) throws(NoiseError) -> [UInt8] {
        guard !failed, step < 3, !isMyTurnToWrite else {
            throw .wrongState(failed ? "handshake already failed" : "not this side's turn to read")
        }
        do throws(NoiseError) {
            guard message.count <= NoiseConstants.maxMessageLength else { throw NoiseError.messageTooLarge(message.count) }
            let payload = try read(message)
            step += 1
            return payload
        } catch {
            failed = true
            throw error
        }
    }

    /// `Split`, after the last message: the transport session for this side.
    public func split() throws(NoiseError) -> NoiseTransport {
        guard isComplete else { throw .wrongState("handshake is not complete") }
        let (initiatorToResponder, responderToInitiator) = symmetric.split()
        switch role {
        case .initiator:
            return NoiseTransport(sending: initiatorToResponder, receiving: responderToInitiator, handshakeHash: handshakeHash)
        case .responder:
            return NoiseTransport(sending: responderToInitiator, receiving: initiatorToResponder, handshakeHash: handshakeHash)
        }
    }

    // MARK: - The three XX messages

    private mutating func write(payload: [UInt8]) throws(NoiseError) -> [UInt8] {
        var out: [UInt8] = []
        switch step {
        case 0:  // -> e
            out += writeEphemeral()
        case 1:  // <- e, ee, s, es
            out += writeEphemeral()
            try symmetric.mixKey(dh(try ephemeral(), try remoteEphemeral()))
            out += try symmetric.encryptAndHash(staticKey.publicKey.rawRepresentation)
            try symmetric.mixKey(dh(staticKey, try remoteEphemeral()))
        default:  // -> s, se
            out += try symmetric.encryptAndHash(staticKey.publicKey.rawRepresentation)
            try symmetric.mixKey(dh(staticKey, try remoteEphemeral()))
        }
        out += try symmetric.encryptAndHash(payload)
        return out
    }

    private mutating func read(_ message: [UInt8]) throws(NoiseError) -> [UInt8] {
        var rest = message[...]
        switch step {
        case 0:  // -> e
            try readEphemeral(&rest)
        case 1:  // <- e, ee, s, es
            try readEphemeral(&rest)
            try symmetric.mixKey(dh(try ephemeral(), try remoteEphemeral()))
            remoteStaticKey = try readStatic(&rest)
            try symmetric.mixKey(dh(try ephemeral(), try remoteStatic()))
        default:  // -> s, se
            remoteStaticKey = try readStatic(&rest)
            try symmetric.mixKey(dh(try ephemeral(), try remoteStatic()))
        }
        // A keyed payload carries at least its tag; DecryptAndHash rejects anything shorter as a forgery.
        return try symmetric.decryptAndHash(Array(rest))
    }

    private mutating func writeEphemeral() -> [UInt8] {
        let key = ephemeralKey ?? X25519.PrivateKey()
        ephemeralKey = key
        let encoded = key.publicKey.rawRepresentation
        symmetric.mixHash(encoded)
        return encoded
    }

    private mutating func readEphemeral(_ rest: inout ArraySlice<UInt8>) throws(NoiseError) {
        let bytes = try take(NoiseConstants.dhLength, from: &rest)
        guard let key = try? X25519.PublicKey(rawRepresentation: bytes) else { throw .invalidPublicKey }
        remoteEphemeralKey = key
        symmetric.mixHash(bytes)
    }

    private mutating func readStatic(_ rest: inout ArraySlice<UInt8>) throws(NoiseError) -> X25519.PublicKey {
        let length = NoiseConstants.dhLength + (symmetric.hasKey ? NoiseConstants.tagLength : 0)
        let bytes = try take(length, from: &rest)
        let decrypted = try symmetric.decryptAndHash(bytes)
        guard let key = try? X25519.PublicKey(rawRepresentation: decrypted) else { throw .invalidPublicKey }
        return key
    }

    private func take(_ count: Int, from rest: inout ArraySlice<UInt8>) throws(NoiseError) -> [UInt8] {
        guard rest.count >= count else { throw .messageTooShort(needed: count, actual: rest.count) }
        let bytes = Array(rest.prefix(count))
        rest = rest.dropFirst(count)
        return bytes
    }

    private func ephemeral() throws(NoiseError) -> X25519.PrivateKey {
        guard let ephemeralKey else { throw .wrongState("no local ephemeral key yet") }
        return ephemeralKey
    }

    private func remoteEphemeral() throws(NoiseError) -> X25519.PublicKey {
        guard let remoteEphemeralKey else { throw .wrongState("no remote ephemeral key yet") }
        return remoteEphemeralKey
    }

    private func remoteStatic() throws(NoiseError) -> X25519.PublicKey {
        guard let remoteStaticKey else { throw .wrongState("no remote static key yet") }
        return remoteStaticKey
    }

    /// DH with libsodium's all-zero check: a low-order peer key would give a known "secret".
    private func dh(_ privateKey: X25519.PrivateKey, _ publicKey: X25519.PublicKey) throws(NoiseError) -> SecretBytes {
        do { return try privateKey.sharedSecret(with: publicKey) } catch { throw .invalidPublicKey }
    }
}
