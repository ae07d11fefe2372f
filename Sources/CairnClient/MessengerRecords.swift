import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnMessaging
import Foundation

/// A signed prekey this device holds: its private key, and what was published with it.
struct HeldSignedPrekey: Sendable {
    let key: X25519.PrivateKey
    let expiry: UInt64
    let signature: [UInt8]

    func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(key.rawRepresentation.unprotectedBytes)
        writer.writeUInt64(expiry)
        writer.writeFixed(signature)
    }

    init(key: X25519.PrivateKey, expiry: UInt64, signature: [UInt8]) {
        self.key = key
        self.expiry = expiry
        self.signature = signature
    }

    init(from reader: inout CanonicalReader) throws {
        key = try X25519.PrivateKey(rawRepresentation: try reader.readFixed(count: 32))
        expiry = try reader.readUInt64()
        signature = try reader.readFixed(count: 64)
    }
}

/// The chain a device belongs to and the trust it starts from: the genesis it was created with.
public struct ChainContext: Sendable, Equatable {
    public let chainID: UInt64
    public let identity: Address
    public let keyBundle: Address
    public let inbox: Address
    /// The genesis block hash and validator set the light client starts from.
    public let genesisHash: [UInt8]
    public let genesisValidators: ValidatorSet

    public init(chainID: UInt64, identity: Address, keyBundle: Address, inbox: Address, genesisHash: [UInt8], genesisValidators: ValidatorSet) {
        self.chainID = chainID
        self.identity = identity
        self.keyBundle = keyBundle
        self.inbox = inbox
        self.genesisHash = genesisHash
        self.genesisValidators = genesisValidators
    }

    func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(chainID)
        writer.writeFixed(identity.bytes)
        writer.writeFixed(keyBundle.bytes)
        writer.writeFixed(inbox.bytes)
        writer.writeFixed(genesisHash)
        writer.writeBytes(genesisValidators.canonicalBytes)
    }

    init(from reader: inout CanonicalReader) throws {
        chainID = try reader.readUInt64()
        identity = try Address(bytes: try reader.readFixed(count: 20))
        keyBundle = try Address(bytes: try reader.readFixed(count: 20))
        inbox = try Address(bytes: try reader.readFixed(count: 20))
        genesisHash = try reader.readFixed(count: 32)
        genesisValidators = try ValidatorSet.decode(canonical: try reader.readBytes(maxLength: 1 << 20))
    }
}

/// Everything a device store holds about the device itself: its keys, its settings and its chain.
struct DeviceProfile: Sendable {
    static let version: UInt8 = 1

    var chain: ChainContext
    var address: Address
    var deviceName: String
    var deviceKey: Ed25519.PrivateKey
    /// Only the primary device holds the identity key (its device key is the identity key).
    var identityKey: Ed25519.PrivateKey?
    /// Newest first; the previous one is kept until it expires, for first messages sent before a rotation.
    var signedPrekeys: [HeldSignedPrekey]
    var createdAt: UInt64
    /// Inbox batches below this count were anchored before the device existed: no need to read them.
    var batchFloor: UInt64
    var policy: ContactPolicy
    var sessionEpochLength: UInt64

    var isPrimary: Bool { identityKey != nil }

    func canonicalBytes() -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeUInt8(Self.version)
        chain.encode(to: &writer)
        writer.writeFixed(address.bytes)
        writer.writeString(deviceName)
        writer.writeFixed(deviceKey.seed.unprotectedBytes)
        writer.writeOptional(identityKey) { writer, key in writer.writeFixed(key.seed.unprotectedBytes) }
        writer.writeArray(signedPrekeys) { writer, prekey in prekey.encode(to: &writer) }
        writer.writeUInt64(createdAt)
        writer.writeUInt64(batchFloor)
        writer.writeBytes(policy.canonicalBytes)
        writer.writeUInt64(sessionEpochLength)
        return writer.bytes
    }

    init(
        chain: ChainContext, address: Address, deviceName: String, deviceKey: Ed25519.PrivateKey, identityKey: Ed25519.PrivateKey?,
        signedPrekeys: [HeldSignedPrekey], createdAt: UInt64, batchFloor: UInt64, policy: ContactPolicy, sessionEpochLength: UInt64
    ) {
        self.chain = chain
        self.address = address
        self.deviceName = deviceName
        self.deviceKey = deviceKey
        self.identityKey = identityKey
        self.signedPrekeys = signedPrekeys
        self.createdAt = createdAt
        self.batchFloor = batchFloor
        self.policy = policy
        self.sessionEpochLength = sessionEpochLength
    }

    init(canonical bytes: [UInt8]) throws {
        var reader = CanonicalReader(bytes)
        guard try reader.readUInt8() == Self.version else { throw CodecError.invalidValue("unknown device profile version") }
        chain = try ChainContext(from: &reader)
        address = try Address(bytes: try reader.readFixed(count: 20))
        deviceName = try reader.readString(maxLength: 64)
        deviceKey = try Ed25519.PrivateKey(seed: try reader.readFixed(count: 32))
        identityKey = try reader.readOptional { reader in try Ed25519.PrivateKey(seed: try reader.readFixed(count: 32)) }
        signedPrekeys = try reader.readArray(maxCount: 16) { reader in try HeldSignedPrekey(from: &reader) }
        createdAt = try reader.readUInt64()
        batchFloor = try reader.readUInt64()
        policy = try ContactPolicy(canonical: try reader.readBytes(maxLength: 1 << 22))
        sessionEpochLength = try reader.readUInt64()
        try reader.finish()
        guard sessionEpochLength > 0 else { throw CodecError.invalidValue("session epoch length 0") }
    }
}

/// A session as the messenger keeps it: the protocol state and where its inbox reading starts.
struct SessionRecord: Sendable {
    var session: Session
    /// Inbox batches below this count were anchored before the session existed.
    var batchFloor: UInt64
    /// The first session epoch whose tags have not all been read to the end; reading resumes one before it.
    var scanFrom: UInt64

    func canonicalBytes() -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeUInt8(1)
        writer.writeBytes(session.serialized().unprotectedBytes)
        writer.writeUInt64(batchFloor)
        writer.writeUInt64(scanFrom)
        return writer.bytes
    }

    init(session: Session, batchFloor: UInt64, scanFrom: UInt64) {
        self.session = session
        self.batchFloor = batchFloor
        self.scanFrom = scanFrom
    }

    init(canonical bytes: [UInt8]) throws {
        var reader = CanonicalReader(bytes)
        guard try reader.readUInt8() == 1 else { throw CodecError.invalidValue("unknown session record version") }
        session = try Session(serialized: SecretBytes(try reader.readBytes(maxLength: 1 << 22)))
        batchFloor = try reader.readUInt64()
        scanFrom = try reader.readUInt64()
        try reader.finish()
    }
}

/// A message this device sent or received, as `cairn inbox` shows it.
public struct StoredMessage: Sendable, Equatable {
    /// Which way it went, from this account's point of view.
    public enum Direction: UInt8, Sendable {
        case received = 1
        /// Sent by this device or, as a sent-copy, by another device of this account.
        case sent = 2
    }

    public let direction: Direction
    public let sender: Address
    public let senderDevice: [UInt8]
    /// The other account of the conversation.
    public let peer: Address
    public let messageID: [UInt8]
    public let sequence: UInt64
    /// The sender's clock, Unix milliseconds.
    public let sentAt: UInt64
    public let body: [UInt8]
    /// Where it was anchored: the inbox tag, the envelope's CID and the block (0 while not yet known).
    public let tag: [UInt8]
    public let cid: [UInt8]
    public var anchorHeight: UInt64
    /// Whether every check passed: inbox proof, CID, decryption, the sender's device on-chain.
    public let verified: Bool
    /// This device's clock when it stored it, Unix milliseconds.
    public let storedAt: UInt64
    public var acknowledged: Bool

    public var text: String { String(decoding: body, as: UTF8.self) }

    func canonicalBytes() -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeUInt8(1)
        writer.writeUInt8(direction.rawValue)
        writer.writeFixed(sender.bytes)
        writer.writeFixed(senderDevice)
        writer.writeFixed(peer.bytes)
        writer.writeFixed(messageID)
        writer.writeUInt64(sequence)
        writer.writeUInt64(sentAt)
        writer.writeBytes(body)
        writer.writeBytes(tag)
        writer.writeBytes(cid)
        writer.writeUInt64(anchorHeight)
        writer.writeBool(verified)
        writer.writeUInt64(storedAt)
        writer.writeBool(acknowledged)
        return writer.bytes
    }

    init(
        direction: Direction, sender: Address, senderDevice: [UInt8], peer: Address, messageID: [UInt8], sequence: UInt64,
        sentAt: UInt64, body: [UInt8], tag: [UInt8], cid: [UInt8], anchorHeight: UInt64, verified: Bool, storedAt: UInt64,
        acknowledged: Bool
    ) {
        self.direction = direction
        self.sender = sender
        self.senderDevice = senderDevice
        self.peer = peer
        self.messageID = messageID
        self.sequence = sequence
        self.sentAt = sentAt
        self.body = body
        self.tag = tag
        self.cid = cid
        self.anchorHeight = anchorHeight
        self.verified = verified
        self.storedAt = storedAt
        self.acknowledged = acknowledged
    }

    init(canonical bytes: [UInt8]) throws {
        var reader = CanonicalReader(bytes)
        guard try reader.readUInt8() == 1 else { throw CodecError.invalidValue("unknown message record version") }
        guard let direction = Direction(rawValue: try reader.readUInt8()) else { throw CodecError.invalidValue("direction") }
        self.direction = direction
        sender = try Address(bytes: try reader.readFixed(count: 20))
        senderDevice = try reader.readFixed(count: 32)
        peer = try Address(bytes: try reader.readFixed(count: 20))
        messageID = try reader.readFixed(count: 16)
        sequence = try reader.readUInt64()
        sentAt = try reader.readUInt64()
        body = try reader.readBytes(maxLength: 16 << 20)
        tag = try reader.readBytes(maxLength: 32)
        cid = try reader.readBytes(maxLength: 128)
        anchorHeight = try reader.readUInt64()
        verified = try reader.readBool()
        storedAt = try reader.readUInt64()
        acknowledged = try reader.readBool()
        try reader.finish()
    }

    /// The store key: sender and message id, so every device's copy of one message is stored once.
    var key: [UInt8] { sender.bytes + messageID }
}

extension ChainContext {
    /// The context of the chain `genesis` starts: contract addresses from it, and the genesis block hash and
    /// validator set computed here by applying it (in a scratch directory), rather than asked of a node.
    public init(genesisFile url: URL) throws {
        let genesis = try Genesis.load(from: url)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("cairn-genesis-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let chain = try Chain(
            genesis: genesis, genesisDirectory: url.deletingLastPathComponent(), databasePath: scratch.appendingPathComponent("chain.sqlite").path)
        defer { chain.close() }
        let contracts = genesis.contracts
        self.init(
            chainID: genesis.chainId, identity: contracts.identity.address, keyBundle: contracts.keyBundle.address, inbox: contracts.inbox.address,
            genesisHash: chain.head.hash, genesisValidators: try chain.validators(at: 0))
    }
}
