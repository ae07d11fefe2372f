import CairnBlobs
import CairnCrypto
import CairnRPC
import Foundation
import Logging

/// Where the gateway listens and what it accepts.
public struct GatewayConfiguration: Sendable {
    /// Loopback by default: the devnet's gateway is for this machine.
    public var host: String
    /// 8080 by default; 0 asks the system for a free port.
    public var port: Int
    /// The largest `POST /v1/blobs` body; a larger one gets 413.
    public var maximumBlobSize: Int
    /// The largest CAR file `POST /v1/blobs` takes in one request; a larger one gets 413.
    public var maximumBulkSize: Int
    /// The most blocks in one CAR file, and the most requests in one `POST /v1/anchors/bulk`.
    public var maximumBulkItems: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, maximumBlobSize: Int = 16 << 20, maximumBulkSize: Int = 32 << 20,
                maximumBulkItems: Int = 4_096) {
        precondition(maximumBulkItems >= 1 && maximumBulkSize >= 1, "a bulk holds at least one item of one byte")
        self.host = host
        self.port = port
        self.maximumBlobSize = maximumBlobSize
        self.maximumBulkSize = maximumBulkSize
        self.maximumBulkItems = maximumBulkItems
    }
}

/// The gateway between clients, the blob store and the chain: serves blobs by CID (the IPFS trustless
/// gateway's raw block responses) and takes new ones.
public final class Gateway: Sendable {
    public let configuration: GatewayConfiguration
    public let store: BlobStore
    /// The node that chain reads go to; nil for a blob-only gateway (chain routes answer 503).
    public let node: NodeLink?
    /// Works the anchor queue; nil when the gateway does not anchor.
    public let anchorer: Anchorer?
    /// Follows committed blocks for `/v1/stream`; nil without a node.
    public let follower: ChainFollower?
    private let server: HTTPServer<GatewayResponder>

    /// What a gateway that anchors needs: its queue, the key that signs and pays, how to batch, and how
    /// fast one sender may ask.
    public struct Anchoring: Sendable {
        public var queue: AnchorStore
        public var key: Secp256k1.PrivateKey
        public var configuration: AnchoringConfiguration
        public var rateLimit: RateLimiter.Limit

        public init(queue: AnchorStore, key: Secp256k1.PrivateKey, configuration: AnchoringConfiguration = AnchoringConfiguration(),
                    rateLimit: RateLimiter.Limit = .init(rate: 50, burst: 500)) {
            self.queue = queue
            self.key = key
            self.configuration = configuration
            self.rateLimit = rateLimit
        }
    }

    /// A gateway over `store`, not yet listening; `clock` gives Unix seconds (retention times).
    public init(store: BlobStore, node: NodeLink? = nil, anchoring: Anchoring? = nil, configuration: GatewayConfiguration = GatewayConfiguration(),
                clock: @escaping @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970) },
                logger: Logger = Logger(label: "cairn.gateway")) {
        precondition(configuration.maximumBlobSize <= store.configuration.maxContentSize,
                     "the gateway cannot take blobs larger than its store does")
        precondition(anchoring == nil || node != nil, "anchoring needs a node")
        self.configuration = configuration
        self.store = store
        self.node = node
        var intake: AnchorIntake?
        if let anchoring, let node {
            let metrics = AnchorMetrics()
            anchorer = Anchorer(store: anchoring.queue, blobs: store, node: node, key: anchoring.key, configuration: anchoring.configuration,
                                metrics: metrics, clock: clock, logger: logger)
            intake = AnchorIntake(store: anchoring.queue, limiter: RateLimiter(limit: anchoring.rateLimit), mode: anchoring.configuration.mode,
                                  metrics: metrics)
        } else {
            anchorer = nil
        }
        follower = node.map { ChainFollower(node: $0, blobs: store, logger: logger) }
        let responder = GatewayResponder(store: store, node: node, anchorIntake: intake, follower: follower, configuration: configuration,
                                         metrics: GatewayMetrics(), clock: clock)
        server = HTTPServer(responder: responder, host: configuration.host, port: configuration.port, logger: logger)
    }

    /// Binds and serves; returns the bound port.
    @discardableResult
    public func start() async throws(RPCServerError) -> Int {
        let port = try await server.start()
        anchorer?.start()
        follower?.start()
        return port
    }

    public var port: Int? { server.port }

    public func stop() async {
        await anchorer?.stop()
        // Open streams end first, or the server would wait for them.
        await follower?.stop()
        await server.stop()
    }
}
