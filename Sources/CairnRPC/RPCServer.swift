import Hummingbird
import Logging

/// A JSON-RPC 2.0 server over HTTP/1.1 (Hummingbird), answering the methods of one table.
///
/// ```swift
/// var methods = RPCMethodTable()
/// methods.register("eth_chainId") { _ in "0x539" }
/// let server = RPCServer(methods: methods, configuration: .init(port: 0))
/// let port = try await server.start()   // bound and accepting when this returns
/// defer { Task { await server.stop() } }
/// ```
///
/// `start()` returns once the socket is bound; the server then runs in a task of its own until
/// `stop()`, which stops accepting, lets requests in flight finish (up to
/// `Configuration.shutdownTimeout`, after which they are cancelled) and returns when the socket
/// is closed. A stopped server may be started again. Handler threading: see `RPCMethodTable`.
public final class RPCServer: Sendable {
    /// Where the server listens and how much it accepts.
    public struct Configuration: Sendable {
        /// The address to bind; loopback by default, since the node's RPC is not for the network.
        public var host: String
        /// The port to bind; 0 asks the system for any free port (see `start()`'s result).
        public var port: Int
        /// The largest request body accepted; a larger one gets HTTP 413.
        public var maximumBodySize: Int
        /// The most requests one batch may hold.
        public var maximumBatchSize: Int
        /// How long `stop()` lets requests in flight run before cancelling them.
        public var shutdownTimeout: Duration
        /// How long a connection may send nothing before it is closed (a handler still working
        /// does not count as idle), so stalled clients cannot hold sockets forever.
        public var idleTimeout: Duration

        /// The defaults: 127.0.0.1:8545, 1 MiB bodies, batches of 100, 5 s to shut down, 60 s idle.
        public init(
            host: String = "127.0.0.1",
            port: Int = 8545,
            maximumBodySize: Int = 1 << 20,
            maximumBatchSize: Int = RPCDispatcher.defaultMaximumBatchSize,
            shutdownTimeout: Duration = .seconds(5),
            idleTimeout: Duration = .seconds(60)
        ) {
            self.host = host
            self.port = port
            self.maximumBodySize = maximumBodySize
            self.maximumBatchSize = maximumBatchSize
            self.shutdownTimeout = shutdownTimeout
            self.idleTimeout = idleTimeout
        }
    }

    /// The configuration the server was created with.
    public let configuration: Configuration
    private let dispatcher: RPCDispatcher
    private let logger: Logger
    private let server: HTTPServer<RPCHTTPResponder>

    /// A server for `methods`, not yet listening. `logger` receives the server's own messages
    /// and the errors of handlers, which callers only see as "Internal error".
    public init(methods: RPCMethodTable, configuration: Configuration = Configuration(), logger: Logger = Logger(label: "cairn.rpc")) {
        self.configuration = configuration
        self.logger = logger
        self.dispatcher = RPCDispatcher(methods: methods, maximumBatchSize: configuration.maximumBatchSize, logger: logger)
        server = HTTPServer(
            responder: RPCHTTPResponder(dispatcher: dispatcher, maximumBodySize: configuration.maximumBodySize),
            host: configuration.host, port: configuration.port, shutdownTimeout: configuration.shutdownTimeout,
            idleTimeout: configuration.idleTimeout, logger: logger)
    }

    /// The bound port while the server runs, nil otherwise.
    public var port: Int? { server.port }

    /// Binds the socket and starts serving; returns the bound port (the actual one when the
    /// configuration asked for port 0). Throws `RPCServerError` if the server is already running
    /// or the address cannot be bound.
    @discardableResult
    public func start() async throws(RPCServerError) -> Int { try await server.start() }

    /// Stops accepting connections, lets requests in flight finish (within the shutdown
    /// timeout), and returns once the socket is closed. Safe to call at any time, and more than once.
    public func stop() async { await server.stop() }
}

/// Why an `HTTPServer` (the JSON-RPC server, the gateway) failed to start.
public enum RPCServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `start()` was called on a server that is starting or running.
    case alreadyRunning
    /// The address could not be bound (in use, not local, no permission) or the server was
    /// stopped before it came up.
    case startFailed(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .alreadyRunning:
            return "the server is already running"
        case .startFailed(let host, let port, let reason):
            return "could not listen on \(host):\(port): \(reason)"
        }
    }
}
