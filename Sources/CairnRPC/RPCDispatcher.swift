import Logging

/// JSON-RPC 2.0 without the transport: a request body in, the response to send out.
///
/// Kept apart from HTTP so the protocol rules (batches, notifications, ids, error codes) are
/// tested by calling `response(to:)` directly, and so another transport can reuse them.
public struct RPCDispatcher: Sendable {
    /// The batch size `init` accepts unless told otherwise.
    public static let defaultMaximumBatchSize = 100

    /// The methods answered.
    public let methods: RPCMethodTable
    /// The most requests one batch may hold; a larger batch gets one invalid-request error.
    public let maximumBatchSize: Int
    private let logger: Logger

    /// A dispatcher over `methods`; `logger` records handler errors that are hidden from callers.
    public init(methods: RPCMethodTable, maximumBatchSize: Int = defaultMaximumBatchSize, logger: Logger) {
        self.methods = methods
        self.maximumBatchSize = maximumBatchSize
        self.logger = logger
    }

    /// The response to a request body: an object for a single request, an array for a batch, or
    /// nil when nothing is to be sent (a notification, or a batch of notifications only).
    public func response(to body: some Collection<UInt8>) async -> JSONValue? {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: body)
        } catch {
            return Self.errorResponse(id: .null, RPCError.parseError(error.description))
        }
        guard case .array(let entries) = document else {
            return await response(toRequest: document)
        }
        guard !entries.isEmpty else {
            return Self.errorResponse(id: .null, RPCError.invalidRequest("empty batch"))
        }
        guard entries.count <= maximumBatchSize else {
            return Self.errorResponse(
                id: .null, RPCError.invalidRequest("batch of \(entries.count) requests exceeds the limit of \(maximumBatchSize)")
            )
        }
        // In order, one at a time: a batch like "send transaction, then read the receipt"
        // must see its own effects.
        var responses: [JSONValue] = []
        for entry in entries {
            if let response = await response(toRequest: entry) { responses.append(response) }
        }
        return responses.isEmpty ? nil : .array(responses)
    }

    private func response(toRequest value: JSONValue) async -> JSONValue? {
        let request: Request
        switch Request.validate(value) {
        case .success(let valid): request = valid
        case .failure(let failure): return Self.errorResponse(id: failure.id, failure.error)
        }
        let outcome = await call(request)
        guard let id = request.id else { return nil }  // a notification gets no answer, even an error
        switch outcome {
        case .success(let result): return ["jsonrpc": "2.0", "id": id, "result": result]
        case .failure(let error): return Self.errorResponse(id: id, error)
        }
    }

    private func call(_ request: Request) async -> Result<JSONValue, RPCError> {
        guard let handler = methods.handler(for: request.method) else {
            return .failure(.methodNotFound(request.method))
        }
        do {
            return .success(try await handler(request.params))
        } catch let error as RPCError {
            return .failure(error)
        } catch {
            // The caller learns only that it failed; the details may name files, keys or state.
            logger.error("RPC handler failed", metadata: ["method": "\(request.method)", "error": "\(error)"])
            return .failure(.internalError)
        }
    }

    static func errorResponse(id: JSONValue, _ error: RPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": error.json]
    }
}

/// One validated request object.
private struct Request {
    /// The id to echo, or nil for a notification (no `id` member at all; `"id": null` is an id).
    let id: JSONValue?
    let method: String
    /// The `params` member, or an empty array when it is absent, so positional handlers have one path.
    let params: JSONValue

    struct Failure: Error {
        let id: JSONValue
        let error: RPCError
    }

    static func validate(_ value: JSONValue) -> Result<Request, Failure> {
        guard case .object(let members) = value else {
            return .failure(Failure(id: .null, error: .invalidRequest("a request must be an object")))
        }
        let id = members["id"]
        switch id {
        case nil, .null?, .integer?, .double?, .string?: break
        default: return .failure(Failure(id: .null, error: .invalidRequest("id must be a string, a number or null")))
        }
        // Once the id is known to be valid it is echoed, so a client can match the error.
        let echo = id ?? .null
        guard members["jsonrpc"] == .string("2.0") else {
            return .failure(Failure(id: echo, error: .invalidRequest("jsonrpc must be \"2.0\"")))
        }
        guard let method = members["method"]?.string else {
            return .failure(Failure(id: echo, error: .invalidRequest("method must be a string")))
        }
        let params = members["params"] ?? .array([])
        switch params {
        case .array, .object: break
        default: return .failure(Failure(id: echo, error: .invalidRequest("params must be an array or an object")))
        }
        return .success(Request(id: id, method: method, params: params))
    }
}
