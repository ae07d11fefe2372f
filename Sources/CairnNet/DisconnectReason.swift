/// Why a connection ended, as counted in `NetworkStatistics.disconnects`.
///
/// Deliberately a closed set without payloads, so the counters stay bounded; the log line carries the detail.
public enum DisconnectReason: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The Noise handshake or the peer's signed payload was invalid.
    case handshakeFailed
    /// The handshake did not finish within the configured time.
    case handshakeTimeout
    /// The peer validates another chain.
    case wrongChain
    /// The peer speaks another protocol version.
    case wrongVersion
    /// A dialled address answered with another node key than expected.
    case unexpectedPeer
    /// We dialled ourselves.
    case selfConnection
    /// A transport message failed authentication (tampered, forged or replayed).
    case decryptFailed
    /// An application message declared a length above the limit.
    case messageTooLarge
    /// Bytes that break framing rules.
    case protocolViolation
    /// The peer did not read fast enough and our queue for it exceeded its bound.
    case slowReader
    /// A second connection to an already-connected peer lost the tie-break.
    case duplicateConnection
    /// The peer limit was reached.
    case tooManyPeers
    /// The peer is banned for a while.
    case banned
    /// The application asked (an invalid signature, a lying block, ...).
    case application
    /// The peer closed the connection, or the socket failed.
    case remoteClosed
    /// This network is stopping.
    case shutdown
    /// This node is cut off from every peer on purpose (`PeerNetwork.setIsolated`, a devnet's partition).
    case isolated

    public var description: String { rawValue }
}
