/// Errors from CairnNet: configuration mistakes, refused peers and broken connections, each with a message a
/// node operator can act on.
public enum NetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A configuration value is out of range.
    case invalidConfiguration(String)
    /// The listening socket could not be bound.
    case bindFailed(host: String, port: Int, reason: String)
    /// `start` was called on a network that is running or stopped.
    case alreadyStarted
    /// An application message is larger than the configured maximum.
    case messageTooLarge(size: Int, limit: Int)
    /// The Noise layer failed (handshake or transport).
    case noise(NoiseError)
    /// `gossip` was called with a kind not listed in `Configuration.gossipKinds`: receivers would not deduplicate it,
    /// and a relayed flood would never end.
    case notAGossipKind(UInt8)
    /// The peer's handshake payload could not be decoded.
    case malformedHandshake(String)
    /// The peer speaks another wire protocol version.
    case wrongVersion(expected: UInt16, received: UInt16)
    /// The peer validates another chain.
    case wrongChain(expected: UInt64, received: UInt64)
    /// The peer's node key did not sign its Noise static key.
    case badSignature
    /// A dialled peer turned out to hold another node key than the one configured for that address.
    case unexpectedPeer(expected: PeerID, received: PeerID)
    /// The "peer" is this node (a seed list that names ourselves).
    case selfConnection
    /// Bytes that break the framing rules (a frame or message length out of bounds).
    case protocolViolation(String)

    public var description: String {
        switch self {
        case let .invalidConfiguration(why): return "invalid network configuration: \(why)"
        case let .bindFailed(host, port, reason): return "cannot listen on \(host):\(port): \(reason)"
        case .alreadyStarted: return "the network was already started; create a new one to start again"
        case let .messageTooLarge(size, limit): return "message of \(size) bytes exceeds the limit of \(limit)"
        case let .noise(error): return "\(error)"
        case let .notAGossipKind(kind): return "kind \(kind) is not configured as a gossip kind"
        case let .malformedHandshake(why): return "malformed handshake payload: \(why)"
        case let .wrongVersion(expected, received): return "peer speaks protocol version \(received), this node \(expected)"
        case let .wrongChain(expected, received): return "peer is on chain \(received), this node on chain \(expected)"
        case .badSignature: return "peer's node key did not sign its Noise static key"
        case let .unexpectedPeer(expected, received): return "expected node \(expected) at this address, found \(received)"
        case .selfConnection: return "connected to ourselves"
        case let .protocolViolation(why): return "protocol violation: \(why)"
        }
    }

    /// The counter a connection closed by this error is filed under.
    var disconnectReason: DisconnectReason {
        switch self {
        case .invalidConfiguration, .bindFailed, .alreadyStarted, .notAGossipKind: return .protocolViolation
        case .messageTooLarge: return .messageTooLarge
        case .noise(.decryptFailed): return .decryptFailed
        case .noise: return .handshakeFailed
        case .malformedHandshake, .badSignature: return .handshakeFailed
        case .wrongVersion: return .wrongVersion
        case .wrongChain: return .wrongChain
        case .unexpectedPeer: return .unexpectedPeer
        case .selfConnection: return .selfConnection
        case .protocolViolation: return .protocolViolation
        }
    }
}
