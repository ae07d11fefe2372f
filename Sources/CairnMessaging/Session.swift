import CairnCodec
import CairnCrypto

/// One pairwise session between this device and one peer device: the X3DH parameters it began with and
/// the Double Ratchet it runs, with the rules that bind messages to the two devices (docs/MESSAGING.md).
///
/// A value type: `open` and `seal` change the session only when they succeed. It is made by `initiate`
/// (the sender of the first message), `accept` (its receiver) or `init(serialized:)`.
public struct Session: Sendable {
    /// Which side of the handshake this device took.
    public enum Role: UInt8, Sendable {
        case initiator = 1
        case responder = 2
    }

    /// SHA-256(AD ‖ EK_A), first 16 bytes: the same on both devices, and never shared by two sessions.
    public let id: [UInt8]
    public let chainID: UInt64
    public let localAddress: Address
    public let localDevice: Ed25519.PublicKey
    public let peerAddress: Address
    public let peerDevice: Ed25519.PublicKey
    /// "cairn/x3dh/ad/v1" ‖ chainId ‖ DK_A ‖ DK_B: bound into every ratchet message.
    public let associatedData: [UInt8]
    public let role: Role
    /// Whether a message from the peer has decrypted in this session. Until then the initiator sends only
    /// initial envelopes; the responder has heard from the peer by being made.
    public internal(set) var hasHeardFromPeer: Bool
    /// EK_A: names this session in every initial envelope, so repeated ones are routed to `open`.
    public let initialEphemeralKey: X25519.PublicKey
    /// SPK_B used by the handshake.
    public let signedPrekey: X25519.PublicKey
    /// OPK_B used by the handshake, if any.
    public let oneTimePrekey: X25519.PublicKey?
    /// One more than the highest text sequence sealed in this session (0 if none): what the caller
    /// resumes a conversation's counter from.
    public internal(set) var sendSequence: UInt64
    /// Unix seconds when the session was made.
    public let createdAt: UInt64
    /// The initial envelopes' seal key: held by the initiator until it hears from the peer (the ephemeral
    /// private key itself is gone once SK is derived), and by the responder to read repeated initial envelopes.
    var sealKey: SecretBytes?
    var ratchet: DoubleRatchet

    init(
        chainID: UInt64, localAddress: Address, localDevice: Ed25519.PublicKey, peerAddress: Address, peerDevice: Ed25519.PublicKey,
        role: Role, hasHeardFromPeer: Bool, initialEphemeralKey: X25519.PublicKey, signedPrekey: X25519.PublicKey,
        oneTimePrekey: X25519.PublicKey?, sendSequence: UInt64, createdAt: UInt64, sealKey: SecretBytes?, ratchet: DoubleRatchet
    ) {
        let (initiator, responder) = role == .initiator ? (localDevice, peerDevice) : (peerDevice, localDevice)
        associatedData = X3DH.associatedData(chainID: chainID, initiator: initiator, responder: responder)
        id = Array(SHA256.hash(associatedData + initialEphemeralKey.rawRepresentation).prefix(16))
        self.chainID = chainID
        self.localAddress = localAddress
        self.localDevice = localDevice
        self.peerAddress = peerAddress
        self.peerDevice = peerDevice
        self.role = role
        self.hasHeardFromPeer = hasHeardFromPeer
        self.initialEphemeralKey = initialEphemeralKey
        self.signedPrekey = signedPrekey
        self.oneTimePrekey = oneTimePrekey
        self.sendSequence = sendSequence
        self.createdAt = createdAt
        self.sealKey = sealKey
        self.ratchet = ratchet
    }

    /// Whether this side's next envelope is an initial one (it carries the handshake).
    var sendsInitialEnvelopes: Bool { role == .initiator && !hasHeardFromPeer }

    /// The tag the next envelope is anchored under: the peer device's first-contact tag (day epochs) while
    /// this side sends initial envelopes, else the session tag of HKs for `now`'s epoch.
    public func outgoingTag(now: UInt64, sessionEpochLength: UInt64 = SessionTag.defaultEpochLength) -> [UInt8] {
        if sendsInitialEnvelopes {
            return InboxTag.firstContact(chainID: chainID, deviceKey: peerDevice.rawRepresentation, epoch: InboxTag.epoch(at: now))
        }
        guard let headerKey = ratchet.currentSendingHeaderKey else {
            preconditionFailure("a Session can always send: initiate, accept and init(serialized:) make sure of it")
        }
        return SessionTag.tag(headerKey: headerKey, chainID: chainID, epoch: SessionTag.epoch(at: now, length: sessionEpochLength))
    }

    /// The session tags the peer's envelopes may arrive under in `epochs`: every receiving header key
    /// (HKr, NHKr, chains with skipped keys) for every epoch, key by key.
    public func watchedTags(epochs: ClosedRange<UInt64>) -> [[UInt8]] {
        ratchet.receivingHeaderKeys.flatMap { key in
            epochs.map { SessionTag.tag(headerKey: key, chainID: chainID, epoch: $0) }
        }
    }
}
