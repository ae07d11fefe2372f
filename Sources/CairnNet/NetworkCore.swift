import Foundation
import NIOCore
import NIOPosix

/// A seed address the network keeps dialling, and what it learned about it.
final class DialTarget {
    let seed: SeedPeer
    /// The node at this address: configured, or learned from the first successful handshake.
    var knownPeer: PeerID?
    /// Consecutive failures, for the backoff.
    var failures = 0
    /// The current outbound connection (handshaking or established).
    var connection: PeerConnectionHandler?
    var isDialling = false
    var retry: Scheduled<Void>?
    /// Set when the address turned out to be this node: never dialled again.
    var isSelf = false

    init(seed: SeedPeer) {
        self.seed = seed
        knownPeer = seed.expectedPeer
    }
}

/// The network's state and rules, confined to its single event loop: connections, the one-per-peer rule,
/// gossip dedup, seeds and their backoff, bans. `PeerNetwork` hops here for every call.
final class NetworkCore: PeerConnectionDelegate {
    let loop: EventLoop
    let configuration: PeerNetwork.Configuration
    let shared: NetworkSharedState
    private let localPeer: PeerID
    private var identity: LocalIdentity?
    private var serverChannel: Channel?
    /// Every live connection, handshaking or established.
    private var connections: [ObjectIdentifier: PeerConnectionHandler] = [:]
    /// The one connection kept per authenticated peer.
    private var established: [PeerID: PeerConnectionHandler] = [:]
    private var seen: SeenMessageFilter
    private var targets: [DialTarget] = []
    private var bans: [PeerID: NIODeadline] = [:]
    private(set) var isStopping = false
    /// Cut off from every peer (`PeerNetwork.setIsolated`): nothing dialled, every connection refused.
    private var isIsolated = false

    /// Unauthenticated inbound connections allowed at once, so a flood of half-open handshakes stays bounded.
    private var maxPendingInbound: Int { max(16, configuration.maxPeers) }

    init(loop: EventLoop, configuration: PeerNetwork.Configuration, shared: NetworkSharedState) {
        self.loop = loop
        self.configuration = configuration
        self.shared = shared
        localPeer = PeerID(configuration.nodeKey.publicKey)
        seen = SeenMessageFilter(capacity: configuration.seenMessageCapacity)
    }

    var isRunning: Bool { identity != nil && !isStopping }

    // MARK: - Lifecycle

    func start(server: Channel, listenPort: Int) {
        guard !isStopping else {
            server.close(promise: nil)
            return
        }
        serverChannel = server
        identity = LocalIdentity(nodeKey: configuration.nodeKey, chainId: configuration.chainId, listenPort: UInt16(clamping: listenPort))
        log("net: \(localPeer) listening on \(configuration.listenHost):\(listenPort), chain \(configuration.chainId)")
        for seed in configuration.seeds { addTarget(seed) }
    }

    func addTarget(_ seed: SeedPeer) {
        guard !isStopping, !targets.contains(where: { $0.seed.host == seed.host && $0.seed.port == seed.port }) else { return }
        let target = DialTarget(seed: seed)
        targets.append(target)
        if identity != nil { dial(target) }
    }

    /// Closes everything; the future completes when every socket is closed.
    func shutdown() -> EventLoopFuture<Void> {
        isStopping = true
        for target in targets {
            target.retry?.cancel()
            target.retry = nil
        }
        var closing: [EventLoopFuture<Void>] = []
        if let serverChannel { closing.append(serverChannel.close().recover { _ in }) }
        for connection in Array(connections.values) {
            connection.close(.shutdown, "network stopping")
            if let channel = connection.channel { closing.append(channel.closeFuture) }
        }
        return EventLoopFuture.andAllComplete(closing, on: loop)
    }

    /// The handler for a new channel, inbound or outbound.
    func makeHandler(direction: PeerInfo.Direction, expectedPeer: PeerID?) -> PeerConnectionHandler? {
        guard let identity, !isStopping else { return nil }
        let handshake = PeerHandshake(role: direction == .outbound ? .initiator : .responder, identity: identity, expectedPeer: expectedPeer)
        let limits = PeerConnectionHandler.Limits(
            maxMessageSize: configuration.maxMessageSize,
            handshakeTimeout: TimeAmount(configuration.handshakeTimeout),
            maxOutboundQueueBytes: configuration.maxOutboundQueueBytes)
        return PeerConnectionHandler(direction: direction, handshake: handshake, limits: limits, delegate: self)
    }

    // MARK: - Application operations

    func send(to peer: PeerID, kind: UInt8, payload: [UInt8]) {
        guard let connection = established[peer] else {
            log("net: no connection to \(peer); message of kind \(kind) dropped")
            return
        }
        // Counted before the bytes leave, so a reader who saw them arrive also sees the count.
        countSent(1)
        connection.send(kind: kind, payload: payload)
    }

    func broadcast(kind: UInt8, payload: [UInt8], except excluded: PeerID?) {
        let recipients = established.filter { $0.key != excluded }.map(\.value)
        countSent(recipients.count)
        for connection in recipients { connection.send(kind: kind, payload: payload) }
    }

    func gossip(kind: UInt8, payload: [UInt8], from origin: PeerID?) {
        // Remember our own message so copies coming back through the mesh are dropped.
        _ = seen.insert(SeenMessageFilter.digest(kind: kind, payload: payload))
        broadcast(kind: kind, payload: payload, except: origin)
    }

    /// Closes every connection and refuses new ones until called again with `false`, which redials every seed
    /// at once (their backoff reset): a partition that leaves the process and its listener running.
    func setIsolated(_ isolated: Bool) {
        guard isolated != isIsolated, !isStopping else { return }
        isIsolated = isolated
        if isolated {
            log("net: isolated: closing \(connections.count) connections, refusing new ones, dialling nobody")
            for target in targets {
                target.retry?.cancel()
                target.retry = nil
            }
            for connection in Array(connections.values) { connection.close(.isolated, "this node is isolated") }
        } else {
            log("net: isolation ended: redialling \(targets.count) seeds")
            for target in targets {
                target.failures = 0
                target.retry?.cancel()
                target.retry = nil
                dial(target)
            }
        }
    }

    func disconnect(_ peer: PeerID, reason: String, banFor duration: Duration?) {
        if let duration {
            bans[peer] = .now() + TimeAmount(duration)
            log("net: banning \(peer) for \(duration): \(reason)")
        }
        for connection in Array(connections.values) where connection.peer == peer {
            connection.close(.application, reason)
        }
    }

    // MARK: - Dialling

    private func dial(_ target: DialTarget) {
        // An isolated node's seeds wait for the end of the isolation, which dials them all.
        guard !isStopping, !isIsolated, !target.isSelf, target.connection == nil, !target.isDialling else { return }
        if let peer = target.knownPeer {
            // Already connected through another connection (it dialled us): redial only when that drops.
            if established[peer] != nil { return }
            if let until = bans[peer] {
                let now = NIODeadline.now()
                if until > now {
                    scheduleRetry(target, after: until - now)
                    return
                }
                bans.removeValue(forKey: peer)
            }
        }
        target.isDialling = true
        let core = NIOLoopBound(self, eventLoop: loop)
        let boundTarget = NIOLoopBound(target, eventLoop: loop)
        ClientBootstrap(group: loop)
            .connectTimeout(TimeAmount(configuration.handshakeTimeout))
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let target = boundTarget.value
                    guard let handler = core.value.makeHandler(direction: .outbound, expectedPeer: target.seed.expectedPeer) else {
                        throw ChannelError.ioOnClosedChannel
                    }
                    target.connection = handler
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
            .connect(host: target.seed.host, port: target.seed.port)
            .assumeIsolated()
            .whenComplete { [self] result in
                target.isDialling = false
                if case let .failure(error) = result {
                    target.connection = nil
                    target.failures += 1
                    if !isStopping { log("net: cannot reach seed \(target.seed): \(error)") }
                    scheduleRetry(target)
                }
            }
    }

    private func scheduleRetry(_ target: DialTarget, after explicitDelay: TimeAmount? = nil) {
        guard !isStopping, !isIsolated, !target.isSelf else { return }
        target.retry?.cancel()
        let delay = explicitDelay ?? TimeAmount(configuration.reconnectBackoff.delay(afterFailures: max(target.failures - 1, 0)))
        target.retry = loop.assumeIsolated().scheduleTask(in: delay) { [self] in
            target.retry = nil
            dial(target)
        }
    }

    // MARK: - PeerConnectionDelegate

    func connectionActive(_ connection: PeerConnectionHandler) -> DisconnectReason? {
        if isStopping { return .shutdown }
        if isIsolated { return .isolated }
        if connection.direction == .inbound {
            let pending = connections.values.count { $0.direction == .inbound && $0.peer == nil }
            if pending >= maxPendingInbound { return .tooManyPeers }
        }
        connections[ObjectIdentifier(connection)] = connection
        return nil
    }

    func connectionEstablished(_ connection: PeerConnectionHandler) -> DisconnectReason? {
        guard let peer = connection.peer, let info = connection.info else { return .protocolViolation }
        if isStopping { return .shutdown }
        // A handshake that began before the isolation must not finish into it.
        if isIsolated { return .isolated }
        if let until = bans[peer] {
            if until > .now() { return .banned }
            bans.removeValue(forKey: peer)
        }
        if let target = targets.first(where: { $0.connection === connection }) {
            target.knownPeer = peer
        }
        if let existing = established[peer] {
            guard Self.keepsNew(connection, over: existing, local: localPeer, remote: peer) else { return .duplicateConnection }
            countHandshake()
            // Replace before closing: the old connection's close must not look like the peer leaving.
            established[peer] = connection
            existing.close(.duplicateConnection, "a connection dialled by \(min(localPeer, peer)) replaces it")
            publishPeers()
            return nil
        }
        guard established.count < configuration.maxPeers else { return .tooManyPeers }
        countHandshake()
        established[peer] = connection
        publishPeers()
        if let callback = shared.callbacks.withLock({ $0.connected }) { callback(info) }
        return nil
    }

    func connection(_ connection: PeerConnectionHandler, received message: ApplicationMessage) {
        guard let peer = connection.peer, established[peer] === connection, !isStopping else { return }
        if configuration.gossipKinds.contains(message.kind) {
            guard seen.insert(SeenMessageFilter.digest(kind: message.kind, payload: message.payload)) else {
                shared.statistics.withLock {
                    $0.messagesIn += 1
                    $0.duplicateGossipDropped += 1
                }
                return
            }
        }
        shared.statistics.withLock { $0.messagesIn += 1 }
        if let callback = shared.callbacks.withLock({ $0.message }) { callback(peer, message.kind, message.payload) }
    }

    func connectionClosed(_ connection: PeerConnectionHandler, reason: DisconnectReason) {
        connections.removeValue(forKey: ObjectIdentifier(connection))
        var lostPeer: PeerID?
        if let peer = connection.peer, established[peer] === connection {
            established.removeValue(forKey: peer)
            publishPeers()
            lostPeer = peer
        }
        // After the peer list: whoever sees the count also sees the peer gone.
        shared.statistics.withLock { $0.disconnects[reason, default: 0] += 1 }
        if let target = targets.first(where: { $0.connection === connection }) {
            target.connection = nil
            if reason == .selfConnection {
                target.isSelf = true
                log("net: seed \(target.seed) is this node; not dialling it again")
            } else if let since = connection.establishedAt,
                      NIODeadline.now() - since >= TimeAmount(configuration.reconnectBackoff.maximum) {
                // Only a connection that stayed up resets the backoff; one refused right after the handshake
                // (another chain, a ban) must not be redialled at the fastest rate forever.
                target.failures = 0
                scheduleRetry(target)
            } else {
                target.failures += 1
                scheduleRetry(target)
            }
        }
        guard let lostPeer, !isStopping else { return }
        // The peer may have been connected through its own dial; our seed entries for it take over again.
        for target in targets where target.knownPeer == lostPeer && target.connection == nil && target.retry == nil {
            scheduleRetry(target)
        }
        if let callback = shared.callbacks.withLock({ $0.disconnected }) { callback(lostPeer, reason) }
    }

    func connection(_ connection: PeerConnectionHandler, didRead bytesIn: Int, didWrite bytesOut: Int) {
        shared.statistics.withLock {
            $0.bytesIn += UInt64(bytesIn)
            $0.bytesOut += UInt64(bytesOut)
        }
    }

    func log(_ line: String) {
        configuration.log(line)
    }

    // MARK: - Helpers

    /// The one-connection-per-pair rule. Both ends apply it to the same two connections and agree: the connection
    /// dialled by the smaller `PeerID` wins. Two connections dialled by the same side mean the old one is stale
    /// (the dialler restarted or redialled), so the newer wins.
    static func keepsNew(_ new: PeerConnectionHandler, over old: PeerConnectionHandler, local: PeerID, remote: PeerID) -> Bool {
        let newDialler = new.direction == .outbound ? local : remote
        let oldDialler = old.direction == .outbound ? local : remote
        if newDialler == oldDialler { return true }
        return newDialler == min(local, remote)
    }

    private func publishPeers() {
        var snapshot: [PeerID: PeerInfo] = [:]
        for (peer, connection) in established {
            if let info = connection.info { snapshot[peer] = info }
        }
        shared.peers.withLock { $0 = snapshot }
    }

    private func countSent(_ count: Int) {
        guard count > 0 else { return }
        shared.statistics.withLock { $0.messagesOut += UInt64(count) }
    }

    private func countHandshake() {
        shared.statistics.withLock { $0.handshakesCompleted += 1 }
    }
}

extension TimeAmount {
    /// A Swift `Duration` in NIO's nanoseconds, saturating rather than trapping on absurd values.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        self = .nanoseconds(overflow ? Int64.max : whole &+ attoseconds / 1_000_000_000)
    }
}
