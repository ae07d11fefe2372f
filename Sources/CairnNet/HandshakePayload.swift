import CairnCodec
import CairnCrypto

/// What each node says about itself inside the encrypted Noise messages 2 and 3.
///
/// Canonical encoding: `version u16 ‖ chainId u64 ‖ nodeKey 32 ‖ signature 64 ‖ listenPort u16`, all big-endian,
/// 108 bytes. The signature ties the node's long-lived Ed25519 key to this connection's X25519 static key, so
/// an attacker who relays the handshake cannot claim another node's identity: it would need that node's
/// X25519 private key to finish the Noise handshake.
public struct HandshakePayload: Equatable, Sendable, CanonicalCodable {
    /// Wire protocol version this build speaks; peers must match exactly.
    public static let currentVersion: UInt16 = 1
    /// Domain separator of the static-key signature.
    public static let signatureDomain = Array("cairn/net/noise-static/v1".utf8)
    /// Encoded size.
    public static let encodedByteCount = 2 + 8 + 32 + 64 + 2

    /// The sender's protocol version.
    public let version: UInt16
    /// The chain the sender validates; nodes of different chains never connect.
    public let chainId: UInt64
    /// The sender's node key, which becomes its `PeerID`.
    public let nodeKey: Ed25519.PublicKey
    /// Ed25519 signature over `signatureDomain ‖ chainId ‖ X25519 static key`.
    public let signature: [UInt8]
    /// The port the sender accepts connections on, so an inbound peer can be dialled back; 0 = none.
    public let listenPort: UInt16

    /// A payload from its fields; `verify` checks the signature against the Noise static key.
    public init(
        version: UInt16, chainId: UInt64, nodeKey: Ed25519.PublicKey, signature: [UInt8], listenPort: UInt16
    ) throws(NetError) {
        guard signature.count == Ed25519.signatureByteCount else {
            throw .malformedHandshake("signature must be \(Ed25519.signatureByteCount) bytes, got \(signature.count)")
        }
        self.version = version
        self.chainId = chainId
        self.nodeKey = nodeKey
        self.signature = signature
        self.listenPort = listenPort
    }

    /// Signs `staticKey` with `nodeKey` for `chainId`.
    public static func make(
        nodeKey: Ed25519.PrivateKey, chainId: UInt64, staticKey: X25519.PublicKey, listenPort: UInt16,
        version: UInt16 = currentVersion
    ) -> HandshakePayload {
        let signature = nodeKey.signature(for: signedBytes(chainId: chainId, staticKey: staticKey))
        // Ed25519 signatures are always 64 bytes, so the checked initialiser cannot throw here.
        return try! HandshakePayload(
            version: version, chainId: chainId, nodeKey: nodeKey.publicKey, signature: signature, listenPort: listenPort)
    }

    /// The bytes the node key signs.
    public static func signedBytes(chainId: UInt64, staticKey: X25519.PublicKey) -> [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: signatureDomain.count + 8 + 32)
        writer.writeFixed(signatureDomain)
        writer.writeUInt64(chainId)
        writer.writeFixed(staticKey.rawRepresentation)
        return writer.bytes
    }

    /// Accepts the payload only if version and chain match ours and the signature covers `staticKey`, the key the
    /// peer just proved it holds in the Noise handshake.
    public func verify(chainId expectedChain: UInt64, staticKey: X25519.PublicKey) throws(NetError) {
        guard version == Self.currentVersion else { throw .wrongVersion(expected: Self.currentVersion, received: version) }
        guard chainId == expectedChain else { throw .wrongChain(expected: expectedChain, received: chainId) }
        guard nodeKey.isValidSignature(signature, for: Self.signedBytes(chainId: chainId, staticKey: staticKey)) else {
            throw .badSignature
        }
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt16(version)
        writer.writeUInt64(chainId)
        writer.writeFixed(nodeKey.rawRepresentation)
        writer.writeFixed(signature)
        writer.writeUInt16(listenPort)
    }

    public init(from reader: inout CanonicalReader) throws {
        version = try reader.readUInt16()
        chainId = try reader.readUInt64()
        nodeKey = try Ed25519.PublicKey(rawRepresentation: try reader.readFixed(count: Ed25519.keyByteCount))
        signature = try reader.readFixed(count: Ed25519.signatureByteCount)
        listenPort = try reader.readUInt16()
    }
}
