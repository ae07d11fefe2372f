import CairnCodec
import CairnCrypto
import CairnMessaging
import CairnRPC
import Foundation

/// Why a messenger operation failed, in words a user can act on.
public enum MessengerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store exists already (create) or not at all (open).
    case store(String)
    /// Only the primary device (it holds the identity key) can do this.
    case notPrimary(String)
    /// The account has no identity on-chain, or not the one this device holds.
    case identity(String)
    /// The recipient cannot be written to (no identity, no usable device).
    case recipient(String)
    /// The gateway or the chain answered with something that fails a check: reported, never trusted.
    case verification(String)
    /// A transaction did not take effect.
    case chain(ChainWriteError)
    /// The gateway could not be used.
    case gateway(String)
    /// A message could not be built (too large, bad input).
    case message(String)

    public var description: String {
        switch self {
        case let .store(detail): "local store: \(detail)"
        case let .notPrimary(detail): "\(detail) needs the primary device, which holds the identity key"
        case let .identity(detail): "identity: \(detail)"
        case let .recipient(detail): "recipient: \(detail)"
        case let .verification(detail): "verification failed: \(detail)"
        case let .chain(error): "\(error)"
        case let .gateway(detail): "gateway: \(detail)"
        case let .message(detail): "message: \(detail)"
        }
    }
}

/// Where a messenger reaches the network: a gateway for blobs, anchors and proofs; a node for transactions
/// and light blocks. Neither is trusted.
public struct MessengerEndpoints: Sendable {
    public var gateway: URL
    public var node: URL

    public init(gateway: URL, node: URL) {
        self.gateway = gateway
        self.node = node
    }
}

/// One device's end-to-end encrypted messaging client: keys, sessions and messages in an encrypted local
/// store, everything read from the network verified, everything sent sealed (docs/MESSAGING.md).
///
/// Not thread-safe: one task uses a messenger at a time (the CLI runs one command per process).
public final class Messenger {
    /// Store namespaces.
    enum Space {
        static let profile = "profile"
        static let light = "light"
        static let oneTimePrekeys = "opk"
        static let sessions = "session"
        static let activeSession = "active"
        static let ephemeralKeys = "ek"
        static let cursors = "cursor"
        static let seen = "seen"
        static let messages = "message"
        static let sequences = "seq"
        static let meta = "meta"
        static let deviceNames = "device-name"
        static let pendingAnchors = "pending-anchor"
    }

    public let store: SecureStore
    let endpoints: MessengerEndpoints
    var profile: DeviceProfile
    let node: RPCClient
    let writer: ChainWriter
    let light: LightClient
    let gateway: GatewayClient
    /// The clock, Unix seconds; tests move it to cross epochs.
    public var clock: @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970) }
    /// Unix milliseconds, for when messages were sent and stored.
    public var millisecondClock: @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970 * 1_000) }

    init(store: SecureStore, profile: DeviceProfile, endpoints: MessengerEndpoints) throws {
        self.store = store
        self.profile = profile
        self.endpoints = endpoints
        node = RPCClient(url: endpoints.node, timeout: .seconds(30))
        writer = ChainWriter(node: node, chainID: profile.chain.chainID)
        light = try Self.makeLightClient(store: store, chain: profile.chain, node: node)
        gateway = Self.makeGateway(url: endpoints.gateway, chain: profile.chain, light: light)
    }

    /// This device's account.
    public var address: Address { profile.address }
    public var deviceName: String { profile.deviceName }
    /// This device's public key (the identity key on the primary device).
    public var deviceKey: [UInt8] { profile.deviceKey.publicKey.rawRepresentation }
    public var identityKey: [UInt8]? { profile.identityKey?.publicKey.rawRepresentation }
    public var chain: ChainContext { profile.chain }
    public var isPrimary: Bool { profile.isPrimary }
    public var policy: ContactPolicy { profile.policy }

    /// Creates a device store at `path` (which must not exist) and reads where the inbox stands now.
    public static func create(
        at path: String, passphrase: String, kdf: Argon2id.Parameters, chain: ChainContext, address: Address, deviceName: String,
        deviceKey: Ed25519.PrivateKey, identityKey: Ed25519.PrivateKey?, endpoints: MessengerEndpoints,
        sessionEpochLength: UInt64 = SessionTag.defaultEpochLength, now: UInt64 = UInt64(Date().timeIntervalSince1970)
    ) async throws -> Messenger {
        guard !FileManager.default.fileExists(atPath: path) else { throw MessengerError.store("\(path) exists already") }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let store = try SecureStore(path: path, passphrase: passphrase, create: kdf)
        let profile = DeviceProfile(
            chain: chain, address: address, deviceName: deviceName, deviceKey: deviceKey, identityKey: identityKey, signedPrekeys: [],
            createdAt: now, batchFloor: 0, policy: .open, sessionEpochLength: sessionEpochLength)
        try store.put(Space.profile, Array("device".utf8), profile.canonicalBytes())
        let messenger = try Messenger(store: store, profile: profile, endpoints: endpoints)
        // Batches anchored before this device existed cannot hold anything for it.
        messenger.profile.batchFloor = try await messenger.currentBatchCount()
        try messenger.saveProfile()
        try await messenger.saveTrust()
        return messenger
    }

    /// Opens an existing device store.
    public static func open(at path: String, passphrase: String, endpoints: MessengerEndpoints) throws -> Messenger {
        guard FileManager.default.fileExists(atPath: path) else { throw MessengerError.store("no device store at \(path)") }
        let store = try SecureStore(path: path, passphrase: passphrase, create: nil)
        guard let bytes = try store.get(Space.profile, Array("device".utf8)) else { throw MessengerError.store("\(path) holds no device") }
        return try Messenger(store: store, profile: try DeviceProfile(canonical: bytes), endpoints: endpoints)
    }

    func saveProfile() throws {
        try store.put(Space.profile, Array("device".utf8), profile.canonicalBytes())
    }

    /// Replaces the contact policy.
    public func setPolicy(_ policy: ContactPolicy) throws {
        profile.policy = policy
        try saveProfile()
    }

    // MARK: Identity

    /// `"domain" ‖ chainId ‖ owner ‖ rest`: every message the identity contracts verify (SYSTEM.md).
    func signedMessage(_ domain: String, _ rest: [UInt8]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(Array(domain.utf8))
        writer.writeUInt64(profile.chain.chainID)
        writer.writeFixed(profile.address.bytes)
        writer.writeFixed(rest)
        return writer.bytes
    }

    /// Registers this account's identity (the primary device's identity key) with an optional handle.
    /// Returns nil when the chain already holds exactly this registration (a rerun), and refuses an
    /// account registered with another identity key.
    @discardableResult
    public func register(handle: String, account: Secp256k1.PrivateKey) async throws -> ChainReceipt? {
        guard let identityKey = profile.identityKey else { throw MessengerError.notPrimary("registering") }
        try requireAccount(account)
        let publicKey = identityKey.publicKey.rawRepresentation
        if let existing = try await identity(of: profile.address) {
            guard existing.identityKey == publicKey else {
                throw MessengerError.identity("\(profile.address.checksummed) is registered with another identity key")
            }
            guard existing.handle == handle else {
                throw MessengerError.identity("\(profile.address.checksummed) is registered with the handle '\(existing.handle)'")
            }
            return nil
        }
        var args = CanonicalWriter()
        args.writeFixed(publicKey)
        args.writeString(handle)
        args.writeFixed(identityKey.signature(for: signedMessage("cairn/identity/register/v1", publicKey)))
        return try await call(profile.chain.identity, "register", args.bytes, account)
    }

    /// Adds a device key to this account (signed by the identity key over the record's nonce).
    @discardableResult
    public func addDevice(_ deviceKey: [UInt8], account: Secp256k1.PrivateKey) async throws -> ChainReceipt {
        try await changeDevice("addDevice", "cairn/identity/add-device/v1", deviceKey, account)
    }

    /// Revokes a device key: senders stop writing to it as soon as they read the record.
    @discardableResult
    public func revokeDevice(_ deviceKey: [UInt8], account: Secp256k1.PrivateKey) async throws -> ChainReceipt {
        try await changeDevice("revokeDevice", "cairn/identity/revoke-device/v1", deviceKey, account)
    }

    private func changeDevice(_ method: String, _ domain: String, _ deviceKey: [UInt8], _ account: Secp256k1.PrivateKey) async throws
        -> ChainReceipt
    {
        guard let identityKey = profile.identityKey else { throw MessengerError.notPrimary(method) }
        try requireAccount(account)
        guard deviceKey.count == 32 else { throw MessengerError.message("a device key is 32 bytes") }
        guard let record = try await identity(of: profile.address) else { throw MessengerError.identity("this account is not registered") }
        var rest = CanonicalWriter()
        rest.writeFixed(deviceKey)
        rest.writeUInt64(record.nonce)
        let signature = identityKey.signature(for: signedMessage(domain, rest.bytes))
        return try await call(profile.chain.identity, method, deviceKey + signature, account)
    }

    /// The verified identity record of `owner` (nil: not registered).
    public func identity(of owner: Address) async throws -> IdentityRecord? {
        let record = try await verifiedIdentity(owner)
        try await saveTrust()
        return record
    }

    func requireAccount(_ account: Secp256k1.PrivateKey) throws {
        guard Address(publicKey: account.publicKey) == profile.address else {
            throw MessengerError.identity("the key given is for \(Address(publicKey: account.publicKey).checksummed), not \(profile.address.checksummed)")
        }
    }

    func call(_ contract: Address, _ method: String, _ args: [UInt8], _ account: Secp256k1.PrivateKey) async throws -> ChainReceipt {
        do {
            return try await writer.call(contract, method, args: args, key: account)
        } catch {
            throw MessengerError.chain(error)
        }
    }
}
