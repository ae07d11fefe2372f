import CairnCrypto
import NIOCore
import NIOPosix
import Synchronization

/// The validator peer-to-peer network: authenticated, encrypted connections to other Cairn nodes, carrying
/// opaque application messages tagged with a one-byte kind.
///
/// Each connection runs a Noise XX handshake in which both nodes prove their Ed25519 node keys; then every
/// message is encrypted and authenticated. CairnNet knows nothing of the chain: the node decides what the kinds
/// mean, which are gossip (`Configuration.gossipKinds`), and whether to relay what it receives.
///
/// Threading: the network runs on one event-loop thread of its own. The application's callbacks are all called
/// on that thread, one at a time, never concurrently; they must not block (hand slow work to another task).
/// Every other method may be called from any thread, including from inside a callback.
///
/// Call `stop()` before dropping a network: it owns a thread and sockets.
public final class PeerNetwork: Sendable {
    /// The configuration the network was created with.
    public let configuration: Configuration
    /// This node's identity on the network.
    public let localPeer: PeerID

    private enum Lifecycle { case idle, starting, running(port: Int), stopped }

    private let group: MultiThreadedEventLoopGroup
    private let loop: EventLoop
    private let core: NIOLoopBound<NetworkCore>
    private let shared = NetworkSharedState()
    private let lifecycle = Mutex<Lifecycle>(.idle)

    /// A network that will listen and dial as configured once started.
    public init(configuration: Configuration) throws(NetError) {
        try configuration.validate()
        self.configuration = configuration
        localPeer = PeerID(configuration.nodeKey.publicKey)
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        self.loop = loop
        let shared = self.shared
        // The core is confined to the loop, so it is created there.
        core = try! loop.submit { NIOLoopBound(NetworkCore(loop: loop, configuration: configuration, shared: shared), eventLoop: loop) }.wait()
    }

    // MARK: - Lifecycle

    /// Binds the listening socket, starts dialling the seeds, and returns the bound port.
    public func start() async throws(NetError) -> Int {
        let mayStart = lifecycle.withLock { state -> Bool in
            guard case .idle = state else { return false }
            state = .starting
            return true
        }
        guard mayStart else { throw .alreadyStarted }

        let core = self.core
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Refused (closed) when the network is not yet or no longer running.
                    guard let handler = core.value.makeHandler(direction: .inbound, expectedPeer: nil) else {
                        throw ChannelError.ioOnClosedChannel
                    }
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
        let server: Channel
        do {
            server = try await bootstrap.bind(host: configuration.listenHost, port: configuration.listenPort).get()
        } catch {
            lifecycle.withLock { $0 = .idle }
            throw .bindFailed(host: configuration.listenHost, port: configuration.listenPort, reason: "\(error)")
        }
        let port = server.localAddress?.port ?? configuration.listenPort
        let started = try? await loop.submit { () -> Bool in
            guard !core.value.isStopping else { return false }
            core.value.start(server: server, listenPort: port)
            return true
        }.get()
        let running = lifecycle.withLock { state -> Bool in
            guard case .starting = state, started == true else { return false }
            state = .running(port: port)
            return true
        }
        guard running else {
            // `stop` ran meanwhile.
            try? await server.close()
            throw .alreadyStarted
        }
        return port
    }

    /// Closes the listener and every connection, cancels redials, and ends the network's thread. Idempotent;
    /// callbacks are not called once stopping has begun.
    public func stop() async {
        let wasStopped = lifecycle.withLock { state -> Bool in
            if case .stopped = state { return true }
            state = .stopped
            return false
        }
        guard !wasStopped else { return }
        let core = self.core
        if let closing = try? await loop.submit({ core.value.shutdown() }).get() {
            try? await closing.get()
        }
        try? await group.shutdownGracefully()
    }

    /// The bound port while running.
    public var listenPort: Int? {
        lifecycle.withLock {
            if case let .running(port) = $0 { return port }
            return nil
        }
    }

    // MARK: - Callbacks

    /// Sets the receiver of application messages: `(sender, kind, payload)`, on the network's thread, one at a time.
    /// Gossip kinds arrive once per distinct message; direct kinds every time they are sent.
    public func setMessageHandler(_ handler: @escaping @Sendable (PeerID, UInt8, [UInt8]) -> Void) {
        shared.callbacks.withLock { $0.message = handler }
    }

    /// Sets a callback for each newly connected peer (a good moment to ask it for its status or blocks).
    public func setPeerConnectedHandler(_ handler: @escaping @Sendable (PeerInfo) -> Void) {
        shared.callbacks.withLock { $0.connected = handler }
    }

    /// Sets a callback for each peer that is no longer connected, with the reason.
    public func setPeerDisconnectedHandler(_ handler: @escaping @Sendable (PeerID, DisconnectReason) -> Void) {
        shared.callbacks.withLock { $0.disconnected = handler }
    }

    // MARK: - Sending

    /// Sends a direct message to one connected peer. Messages to a peer that is not connected are dropped (and
    /// logged): the application retries at its own level, since a reconnect is a new session.
    public func send(to peer: PeerID, kind: UInt8, payload: [UInt8]) throws(NetError) {
        try checkSize(payload)
        onLoop { $0.send(to: peer, kind: kind, payload: payload) }
    }

    /// Sends a message to every connected peer.
    public func broadcast(kind: UInt8, payload: [UInt8]) throws(NetError) {
        try checkSize(payload)
        onLoop { $0.broadcast(kind: kind, payload: payload, except: nil) }
    }

    /// Floods a gossip message: sends it to every connected peer except `origin` (the peer it came from, when
    /// relaying), and remembers its digest so copies arriving later are dropped. The application relays what it
    /// receives after validating it, by calling this with `from:` set; invalid messages are thus never spread.
    public func gossip(kind: UInt8, payload: [UInt8], from origin: PeerID? = nil) throws(NetError) {
        guard configuration.gossipKinds.contains(kind) else { throw .notAGossipKind(kind) }
        try checkSize(payload)
        onLoop { $0.gossip(kind: kind, payload: payload, from: origin) }
    }

    // MARK: - Peers

    /// The connected peers, sorted by ID.
    public var peers: [PeerInfo] {
        shared.peers.withLock { Array($0.values) }.sorted { $0.id < $1.id }
    }

    /// A snapshot of the counters.
    public var statistics: NetworkStatistics {
        shared.statistics.withLock { $0 }
    }

    /// Drops a peer that misbehaved (an invalid signature, a lying block), optionally refusing it for a while.
    public func disconnect(_ peer: PeerID, reason: String, banFor duration: Duration? = nil) {
        onLoop { $0.disconnect(peer, reason: reason, banFor: duration) }
    }

    /// Cuts this node off from every peer, or reconnects it: isolated, it closes every connection, refuses
    /// every new one right after the TCP accept (reason `isolated`) and dials nobody, while the process, its
    /// listener and everything above the network keep running; reconnected, it redials every seed at once.
    /// This is how a devnet partitions a validator (`cairn devnet partition`); peers see the node as gone.
    public func setIsolated(_ isolated: Bool) {
        // Published here, so a caller reads back what it set; the loop closes and refuses in order after it.
        shared.isolated.withLock { $0 = isolated }
        onLoop { $0.setIsolated(isolated) }
    }

    /// Whether the network is isolated by `setIsolated(true)`.
    public var isIsolated: Bool {
        shared.isolated.withLock { $0 }
    }

    /// Adds an address to keep connected, like a seed: dialled now and redialled with backoff until `stop`.
    /// An address already kept (same host and port) is not added twice.
    public func connect(to seed: SeedPeer) {
        onLoop { $0.addTarget(seed) }
    }

    // MARK: - Internals

    private func checkSize(_ payload: [UInt8]) throws(NetError) {
        guard payload.count <= configuration.maxMessageSize else {
            throw .messageTooLarge(size: payload.count, limit: configuration.maxMessageSize)
        }
    }

    /// Runs `body` on the network's thread: inline when already there (from a callback), so the order of calls
    /// made by one thread is kept.
    private func onLoop(_ body: @escaping @Sendable (NetworkCore) -> Void) {
        let stopped = lifecycle.withLock { if case .stopped = $0 { return true } else { return false } }
        guard !stopped else { return }
        let core = self.core
        if loop.inEventLoop {
            body(core.value)
        } else {
            loop.execute { body(core.value) }
        }
    }
}
