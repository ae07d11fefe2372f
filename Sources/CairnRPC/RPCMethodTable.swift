/// The methods a server answers, by name; built before the server starts and fixed after.
///
/// The table is a value: `RPCServer` copies it when it is created, so registering afterwards
/// changes nothing on a running server, and handlers are looked up without a lock.
///
/// Threading: handlers run concurrently. Each connection is served by its own task on Swift's
/// global executor (never on a SwiftNIO event loop, so a handler may block briefly without
/// stalling I/O), so requests on different connections run in parallel; the requests of one
/// connection, and the entries of one batch, run one after another, in order. A handler must therefore be safe to call from several tasks
/// at once (it is `@Sendable`, so shared state lives in an actor or behind a lock).
public struct RPCMethodTable: Sendable {
    /// A method: receives the request's `params` (an empty array when the request has none) and
    /// returns the `result`. Throwing an `RPCError` sends that error to the caller; throwing
    /// anything else sends the generic internal error (-32603).
    public typealias Handler = @Sendable (_ params: JSONValue) async throws -> JSONValue

    private var handlers: [String: Handler] = [:]

    /// An empty table.
    public init() {}

    /// Registers `handler` under `method`, replacing any handler already there.
    public mutating func register(_ method: String, _ handler: @escaping Handler) {
        handlers[method] = handler
    }

    /// The handler registered under `method`, if any.
    public func handler(for method: String) -> Handler? {
        handlers[method]
    }

    /// The registered method names, sorted.
    public var methods: [String] {
        handlers.keys.sorted()
    }
}
