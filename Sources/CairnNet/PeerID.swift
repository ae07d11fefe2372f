import CairnCrypto

/// A node on the Cairn network, named by its Ed25519 node public key.
///
/// The key is proven in every handshake (it signs the Noise static key), so a `PeerID` seen on a connection
/// is the node that holds the private key, not whatever address it dialled from.
public struct PeerID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The node's Ed25519 public key.
    public let publicKey: Ed25519.PublicKey

    /// The peer that holds `publicKey`.
    public init(_ publicKey: Ed25519.PublicKey) {
        self.publicKey = publicKey
    }

    /// The 32 raw key bytes.
    public var rawRepresentation: [UInt8] { publicKey.rawRepresentation }

    /// Full lowercase hex of the key.
    public var hex: String { Hex.encode(publicKey.rawRepresentation) }

    /// The first 6 bytes in hex: enough to tell validators apart in logs.
    public var description: String { String(hex.prefix(12)) }

    /// Bytewise order of the keys; used to pick which of two simultaneous connections survives.
    public static func < (lhs: PeerID, rhs: PeerID) -> Bool {
        lhs.rawRepresentation.lexicographicallyPrecedes(rhs.rawRepresentation)
    }
}
