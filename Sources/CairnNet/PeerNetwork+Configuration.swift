import CairnCrypto

extension PeerNetwork {
    /// Everything a network needs to start; the defaults suit a validator on a small devnet.
    public struct Configuration: Sendable {
        /// The node's long-lived Ed25519 key; its public key is this node's `PeerID`.
        public var nodeKey: Ed25519.PrivateKey
        /// The chain this node validates; peers on other chains are refused in the handshake.
        public var chainId: UInt64
        /// Address to listen on. Loopback by default, so nothing is exposed unless asked for.
        public var listenHost: String = "127.0.0.1"
        /// Port to listen on; 0 = any free port (`start` returns the one bound).
        public var listenPort: Int = 0
        /// Peers to dial at start and redial whenever they drop, until `stop`.
        public var seeds: [SeedPeer] = []
        /// Message kinds that are gossip: inbound copies already seen are dropped (see `PeerNetwork.gossip`).
        public var gossipKinds: Set<UInt8> = []
        /// Largest application payload sent or accepted; a peer declaring more is disconnected.
        public var maxMessageSize: Int = 8 << 20
        /// Most connected peers; further handshakes are refused.
        public var maxPeers: Int = 50
        /// A connection whose handshake has not completed by then is closed.
        public var handshakeTimeout: Duration = .seconds(5)
        /// Bytes queued to one peer that it has not read yet; beyond this the peer is dropped as a slow reader.
        public var maxOutboundQueueBytes: Int = 32 << 20
        /// Delay before redialling a seed: doubling from `initial` after each failure, capped at `maximum`.
        public var reconnectBackoff: ReconnectBackoff = ReconnectBackoff()
        /// Gossip digests remembered for dedup.
        public var seenMessageCapacity: Int = 16_384
        /// Where the network writes one-line events (connections, refusals, disconnect reasons). Silent by default:
        /// the process decides where logs go.
        public var log: @Sendable (String) -> Void = { _ in }

        /// A configuration with defaults for everything but the identity and chain.
        public init(nodeKey: Ed25519.PrivateKey, chainId: UInt64) {
            self.nodeKey = nodeKey
            self.chainId = chainId
        }

        /// Refuses values that would make the network misbehave rather than fail later.
        func validate() throws(NetError) {
            guard (0...65_535).contains(listenPort) else { throw .invalidConfiguration("listen port \(listenPort) is not in 0...65535") }
            guard maxMessageSize >= 0, UInt64(maxMessageSize) <= UInt64(UInt32.max) - 1 else {
                throw .invalidConfiguration("maximum message size must fit a u32 length")
            }
            guard maxPeers >= 1 else { throw .invalidConfiguration("maximum peers must be at least 1") }
            guard handshakeTimeout > .zero else { throw .invalidConfiguration("handshake timeout must be positive") }
            guard maxOutboundQueueBytes >= maxMessageSize else {
                throw .invalidConfiguration("outbound queue bound must hold at least one maximum-size message")
            }
            guard reconnectBackoff.initial > .zero, reconnectBackoff.maximum >= reconnectBackoff.initial else {
                throw .invalidConfiguration("reconnect backoff needs 0 < initial <= maximum")
            }
            guard seenMessageCapacity >= 1 else { throw .invalidConfiguration("seen-message capacity must be at least 1") }
            for seed in seeds where !(1...65_535).contains(seed.port) {
                throw .invalidConfiguration("seed \(seed.host):\(seed.port) has no valid port")
            }
        }
    }
}

/// An address to keep a connection to, and optionally the node that must answer there.
public struct SeedPeer: Equatable, Sendable, CustomStringConvertible {
    /// Host name or IP address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// When set, a node with any other key at this address is refused (protects against a hijacked address).
    public var expectedPeer: PeerID?

    public init(host: String, port: Int, expectedPeer: PeerID? = nil) {
        self.host = host
        self.port = port
        self.expectedPeer = expectedPeer
    }

    public var description: String { "\(host):\(port)" }
}

/// Exponential backoff for redialling seeds.
public struct ReconnectBackoff: Equatable, Sendable {
    /// Delay after the first failure.
    public var initial: Duration
    /// Cap on the delay.
    public var maximum: Duration

    public init(initial: Duration = .milliseconds(250), maximum: Duration = .seconds(8)) {
        self.initial = initial
        self.maximum = maximum
    }

    /// The delay after `failures` consecutive failures (0 = first redial).
    public func delay(afterFailures failures: Int) -> Duration {
        var delay = initial
        for _ in 0..<min(failures, 32) {
            delay *= 2
            if delay >= maximum { return maximum }
        }
        return min(delay, maximum)
    }
}
