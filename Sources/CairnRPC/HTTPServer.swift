import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// An HTTP/1.1 server (Hummingbird) for one responder: `start()` binds and returns the port (the real one
/// for port 0), `stop()` stops accepting, lets requests in flight finish within `shutdownTimeout`, and
/// returns once the socket is closed. A stopped server may be started again. The JSON-RPC server and the
/// gateway both run on it.
public final class HTTPServer<Responder: HTTPResponder>: Sendable where Responder.Context == BasicRequestContext {
    public let host: String
    public let requestedPort: Int
    private let responder: Responder
    private let shutdownTimeout: Duration
    private let idleTimeout: Duration
    private let logger: Logger
    private let state = Mutex<State>(.idle)

    public init(responder: Responder, host: String, port: Int, shutdownTimeout: Duration = .seconds(5), idleTimeout: Duration = .seconds(60),
                logger: Logger) {
        self.responder = responder
        self.host = host
        self.requestedPort = port
        self.shutdownTimeout = shutdownTimeout
        self.idleTimeout = idleTimeout
        self.logger = logger
    }

    private enum State {
        case idle
        case starting(ServiceGroup, Task<(any Error)?, Never>)
        case running(port: Int, ServiceGroup, Task<(any Error)?, Never>)
        case stopping(Task<(any Error)?, Never>)
    }

    /// The bound port while the server runs, nil otherwise.
    public var port: Int? {
        state.withLock { state in
            if case .running(let port, _, _) = state { return port }
            return nil
        }
    }

    /// Binds the socket and starts serving; returns the bound port (the actual one when the
    /// configuration asked for port 0). Throws `RPCServerError` if the server is already running
    /// or the address cannot be bound.
    @discardableResult
    public func start() async throws(RPCServerError) -> Int {
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(Self.nanoseconds(idleTimeout)))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: requestedPort)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { portSink.yield(port) }
                portSink.finish()
            },
            logger: logger
        )
        var groupConfiguration = ServiceGroupConfiguration(services: [application], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = shutdownTimeout
        let group = ServiceGroup(configuration: groupConfiguration)

        let runTask: Task<(any Error)?, Never>? = state.withLock { state in
            guard case .idle = state else { return nil }
            let task = Task<(any Error)?, Never> {
                defer { portSink.finish() }  // a failed bind ends the wait for a port
                do {
                    try await group.run()
                    return nil
                } catch {
                    return error
                }
            }
            state = .starting(group, task)
            return task
        }
        guard let runTask else { throw .alreadyRunning }

        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next()
        let started: Bool = state.withLock { state in
            guard let port, case .starting(let group, let task) = state else { return false }
            state = .running(port: port, group, task)
            return true
        }
        if let port, started { return port }

        // The bind failed, or stop() came first: wind down and report why.
        await stop()
        let reason = await runTask.value.map { "\($0)" } ?? "stopped while starting"
        throw .startFailed(host: host, port: requestedPort, reason: reason)
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).overflow
            ? .max : seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// Stops accepting connections, lets requests in flight finish (within the shutdown
    /// timeout), and returns once the socket is closed. Safe to call at any time, and more than once.
    public func stop() async {
        let task: Task<(any Error)?, Never>? = state.withLock { state in
            switch state {
            case .idle:
                return nil
            case .starting(let group, let task), .running(_, let group, let task):
                state = .stopping(task)
                Task { await group.triggerGracefulShutdown() }
                return task
            case .stopping(let task):
                return task
            }
        }
        guard let task else { return }
        if let error = await task.value {
            logger.debug("HTTP server ended with an error", metadata: ["error": "\(error)"])
        }
        state.withLock { state in
            if case .stopping = state { state = .idle }
        }
    }
}
