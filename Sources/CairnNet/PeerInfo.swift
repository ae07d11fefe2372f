import Foundation

/// A connected peer, as `PeerNetwork.peers` reports it.
public struct PeerInfo: Equatable, Sendable, CustomStringConvertible {
    /// Who dialled whom.
    public enum Direction: String, Equatable, Sendable {
        /// The peer dialled us.
        case inbound
        /// We dialled the peer.
        case outbound
    }

    /// The peer's node key.
    public let id: PeerID
    /// The remote IP address of the connection.
    public let remoteHost: String
    /// The remote TCP port (ephemeral for inbound connections).
    public let remotePort: Int
    /// Who dialled.
    public let direction: Direction
    /// When the handshake completed; for status output only (never used for timing decisions).
    public let connectedSince: Date
    /// The port the peer says it listens on (0 = none): with `remoteHost`, the address to dial it back.
    public let listenPort: UInt16

    public init(id: PeerID, remoteHost: String, remotePort: Int, direction: Direction, connectedSince: Date, listenPort: UInt16) {
        self.id = id
        self.remoteHost = remoteHost
        self.remotePort = remotePort
        self.direction = direction
        self.connectedSince = connectedSince
        self.listenPort = listenPort
    }

    /// `host:port` of the connection.
    public var remoteAddress: String { "\(remoteHost):\(remotePort)" }

    public var description: String { "\(id) \(direction.rawValue) \(remoteAddress)" }
}

/// Counters for the node's status output. Bytes are wire bytes (frames, tags and headers included).
public struct NetworkStatistics: Equatable, Sendable {
    /// Application messages delivered to the handler (after gossip dedup) or dropped as duplicates.
    public var messagesIn: UInt64 = 0
    /// Application messages queued to peers (one per peer for a broadcast).
    public var messagesOut: UInt64 = 0
    /// Bytes read from peer sockets.
    public var bytesIn: UInt64 = 0
    /// Bytes written to peer sockets.
    public var bytesOut: UInt64 = 0
    /// Gossip messages dropped because they were seen before.
    public var duplicateGossipDropped: UInt64 = 0
    /// Handshakes that completed and were accepted.
    public var handshakesCompleted: UInt64 = 0
    /// Closed connections, by reason (handshakes that never completed included).
    public var disconnects: [DisconnectReason: UInt64] = [:]

    public init() {}

    /// The count for one reason (0 if none).
    public func disconnects(_ reason: DisconnectReason) -> UInt64 { disconnects[reason] ?? 0 }
}
