import CairnBlobs
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

    public init(host: String = "127.0.0.1", port: Int = 8080, maximumBlobSize: Int = 16 << 20) {
        self.host = host
        self.port = port
        self.maximumBlobSize = maximumBlobSize
    }
}

/// The gateway between clients, the blob store and the chain: serves blobs by CID (the IPFS trustless
/// gateway's raw block responses) and takes new ones.
public final class Gateway: Sendable {
    public let configuration: GatewayConfiguration
    public let store: BlobStore
    /// The node that chain reads go to; nil for a blob-only gateway (chain routes answer 503).
    public let node: NodeLink?
    private let server: HTTPServer<GatewayResponder>

    /// A gateway over `store`, not yet listening; `clock` gives Unix seconds (retention times).
    public init(store: BlobStore, node: NodeLink? = nil, configuration: GatewayConfiguration = GatewayConfiguration(),
                clock: @escaping @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970) },
                logger: Logger = Logger(label: "cairn.gateway")) {
        precondition(configuration.maximumBlobSize <= store.configuration.maxContentSize,
                     "the gateway cannot take blobs larger than its store does")
        self.configuration = configuration
        self.store = store
        self.node = node
        let responder = GatewayResponder(store: store, node: node, configuration: configuration, metrics: GatewayMetrics(), clock: clock)
        server = HTTPServer(responder: responder, host: configuration.host, port: configuration.port, logger: logger)
    }

    /// Binds and serves; returns the bound port.
    @discardableResult
    public func start() async throws(RPCServerError) -> Int { try await server.start() }

    public var port: Int? { server.port }

    public func stop() async { await server.stop() }
}
