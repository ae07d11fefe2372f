import CairnCodec
import CairnCrypto

/// Why a handshake could not be made or answered.
public enum HandshakeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The signed prekey's signature is not the identity key's over the published fields.
    case badPrekeySignature
    /// The signed prekey has expired (or the bundle is otherwise unusable at this time).
    case prekeyExpired(expiry: UInt64, now: UInt64)
    /// A key is not a valid point, or a Diffie-Hellman result was all zeros (a low-order key).
    case badKey(String)
    /// The initial message names a one-time prekey this device does not hold (used already, or never
    /// ours): answering it would reuse a one-time prekey, which X3DH forbids.
    case unknownOneTimePrekey

    public var description: String {
        switch self {
        case .badPrekeySignature: "the signed prekey's signature does not verify against the identity key"
        case let .prekeyExpired(expiry, now): "the signed prekey expired at \(expiry) (now \(now))"
        case let .badKey(detail): "bad key: \(detail)"
        case .unknownOneTimePrekey: "the one-time prekey named is not held (used already, or never published)"
        }
    }
}

/// The X3DH key agreement (Signal's specification, revision 1) over Cairn's keys.
///
/// Identity keys are per device and Ed25519 (they sign, and the chain knows them); for the
/// Diffie-Hellman steps they are used as X25519 keys through the birational map, as libsodium converts
/// them, instead of Signal's XEdDSA. A device's signed prekey is signed by the account's identity key
/// over the fields KeyBundle checks (`SignedPrekey.message`), so a gateway cannot substitute one.
///
/// SK = HKDF-SHA256(salt 32 zero bytes, F ‖ DH1 ‖ DH2 ‖ DH3 [‖ DH4], info "cairn/x3dh/v1"), F = 32 0xFF
/// bytes, with DH1 = DH(IK_A, SPK_B), DH2 = DH(EK_A, IK_B), DH3 = DH(EK_A, SPK_B), DH4 = DH(EK_A, OPK_B).
/// AD = "cairn/x3dh/ad/v1" ‖ chainId ‖ IK_A ‖ IK_B: both identities, and the chain, bound into every
/// message the session encrypts.
public enum X3DH {
    static let info = Array("cairn/x3dh/v1".utf8)
    static let adDomain = Array("cairn/x3dh/ad/v1".utf8)

    /// A device's signed prekey as published in KeyBundle.
    public struct SignedPrekey: Equatable, Sendable {
        public let chainID: UInt64
        /// The account (its address bytes) that published it.
        public let owner: [UInt8]
        /// The device's Ed25519 key: its X3DH identity key.
        public let device: Ed25519.PublicKey
        public let key: X25519.PublicKey
        public let expiry: UInt64
        /// The account identity key's Ed25519 signature over `message`.
        public let signature: [UInt8]

        public init(chainID: UInt64, owner: [UInt8], device: Ed25519.PublicKey, key: X25519.PublicKey, expiry: UInt64, signature: [UInt8]) {
            self.chainID = chainID
            self.owner = owner
            self.device = device
            self.key = key
            self.expiry = expiry
            self.signature = signature
        }

        /// What the identity key signs: "cairn/keybundle/spk/v1" ‖ chainId u64 ‖ owner ‖ device ‖ key ‖
        /// expiry u64, exactly as KeyBundle verifies it.
        public var message: [UInt8] {
            Self.message(chainID: chainID, owner: owner, device: device, key: key, expiry: expiry)
        }

        public static func message(chainID: UInt64, owner: [UInt8], device: Ed25519.PublicKey, key: X25519.PublicKey, expiry: UInt64) -> [UInt8] {
            var writer = CanonicalWriter()
            writer.writeFixed(Array("cairn/keybundle/spk/v1".utf8))
            writer.writeUInt64(chainID)
            writer.writeFixed(owner)
            writer.writeFixed(device.rawRepresentation)
            writer.writeFixed(key.rawRepresentation)
            writer.writeUInt64(expiry)
            return writer.bytes
        }

        /// Checks the signature with the account's identity key and the expiry at `now`.
        public func check(identityKey: Ed25519.PublicKey, now: UInt64) throws(HandshakeError) {
            guard identityKey.isValidSignature(signature, for: message) else { throw .badPrekeySignature }
            guard expiry > now else { throw .prekeyExpired(expiry: expiry, now: now) }
        }
    }

    /// What the initiator sends in the clear in its first message (besides the ciphertext), and the
    /// session secret and associated data it derived.
    public struct Initiation: Sendable {
        public let sharedSecret: SecretBytes
        public let associatedData: [UInt8]
        /// EK_A.
        public let ephemeralKey: X25519.PublicKey
        /// The one-time prekey used, if the bundle had one: the responder deletes it.
        public let oneTimePrekey: X25519.PublicKey?
    }

    /// The initiator's side: `identity` is the sending device's key. `prekey` must already have been
    /// checked (`SignedPrekey.check`) against the account's identity key, read from chain state with a
    /// proof. `ephemeral` is fresh per handshake (injectable for tests).
    public static func initiate(
        identity: Ed25519.PrivateKey, to prekey: SignedPrekey, oneTimePrekey: X25519.PublicKey?,
        ephemeral: X25519.PrivateKey = X25519.PrivateKey()
    ) throws(HandshakeError) -> Initiation {
        try initiate(
            identity: identity, chainID: prekey.chainID, responder: prekey.device, signedPrekey: prekey.key,
            oneTimePrekey: oneTimePrekey, ephemeral: ephemeral)
    }

    /// The initiator's side from the fields the agreement uses, for callers (Session) that checked the
    /// signed prekey already and hold only its key.
    static func initiate(
        identity: Ed25519.PrivateKey, chainID: UInt64, responder: Ed25519.PublicKey, signedPrekey: X25519.PublicKey,
        oneTimePrekey: X25519.PublicKey?, ephemeral: X25519.PrivateKey
    ) throws(HandshakeError) -> Initiation {
        let theirIdentity = try montgomery(responder)
        var material = [UInt8](repeating: 0xFF, count: 32)
        try append(&material, identity.x25519, signedPrekey)  // DH1
        try append(&material, ephemeral, theirIdentity)  // DH2
        try append(&material, ephemeral, signedPrekey)  // DH3
        if let oneTimePrekey { try append(&material, ephemeral, oneTimePrekey) }  // DH4
        defer { wipe(&material) }
        return Initiation(
            sharedSecret: derive(material),
            associatedData: associatedData(chainID: chainID, initiator: identity.publicKey, responder: responder),
            ephemeralKey: ephemeral.publicKey, oneTimePrekey: oneTimePrekey)
    }

    /// The responder's side, from the initiator's identity and ephemeral key and the private halves of
    /// the prekeys it named. The caller looks the one-time prekey up by its public key, deletes it once
    /// the first message decrypts, and passes nil only when the initiation named none.
    public static func respond(
        identity: Ed25519.PrivateKey, signedPrekey: X25519.PrivateKey, oneTimePrekey: X25519.PrivateKey?, chainID: UInt64,
        initiator: Ed25519.PublicKey, ephemeralKey: X25519.PublicKey
    ) throws(HandshakeError) -> (sharedSecret: SecretBytes, associatedData: [UInt8]) {
        let theirIdentity = try montgomery(initiator)
        var material = [UInt8](repeating: 0xFF, count: 32)
        try append(&material, signedPrekey, theirIdentity)  // DH1
        try append(&material, identity.x25519, ephemeralKey)  // DH2
        try append(&material, signedPrekey, ephemeralKey)  // DH3
        if let oneTimePrekey { try append(&material, oneTimePrekey, ephemeralKey) }  // DH4
        defer { wipe(&material) }
        return (derive(material), associatedData(chainID: chainID, initiator: initiator, responder: identity.publicKey))
    }

    static func associatedData(chainID: UInt64, initiator: Ed25519.PublicKey, responder: Ed25519.PublicKey) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(adDomain)
        writer.writeUInt64(chainID)
        writer.writeFixed(initiator.rawRepresentation)
        writer.writeFixed(responder.rawRepresentation)
        return writer.bytes
    }

    private static func montgomery(_ key: Ed25519.PublicKey) throws(HandshakeError) -> X25519.PublicKey {
        do { return try key.x25519() } catch { throw .badKey("identity key \(key) is not a valid point") }
    }

    private static func append(_ material: inout [UInt8], _ ours: X25519.PrivateKey, _ theirs: X25519.PublicKey) throws(HandshakeError) {
        do {
            let shared = try ours.sharedSecret(with: theirs)
            shared.withUnsafeBytes { material.append(contentsOf: $0) }
        } catch {
            throw .badKey("a Diffie-Hellman with \(theirs) gave no secret (low-order key)")
        }
    }

    private static func derive(_ material: [UInt8]) -> SecretBytes {
        let prk = HKDF.extract(inputKeyMaterial: material, salt: [UInt8](repeating: 0, count: 32))
        // Cannot fail: 32 bytes is far below HKDF's limit.
        return try! HKDF.expand(pseudoRandomKey: prk, info: info, outputByteCount: 32)
    }

    private static func wipe(_ bytes: inout [UInt8]) {
        for index in bytes.indices { bytes[index] = 0 }
    }
}
