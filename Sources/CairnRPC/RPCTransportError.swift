/// Why `RPCClient` got no JSON-RPC answer at all (an answer that is an error is an `RPCError`).
public enum RPCTransportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing answered: connection refused or reset, unknown host, or the like.
    case unreachable(url: String, reason: String)
    /// No answer within the client's timeout.
    case timedOut(url: String, seconds: Double)
    /// The server answered with an HTTP status other than 200; `body` is its start, for the message.
    case httpStatus(Int, body: String)
    /// The server answered 200 with something that is not a JSON-RPC response to this request.
    case invalidResponse(String)

    public var description: String {
        switch self {
        case .unreachable(let url, let reason):
            return "cannot reach the node at \(url): \(reason)"
        case .timedOut(let url, let seconds):
            return "the node at \(url) did not answer within \(seconds) s"
        case .httpStatus(let status, let body):
            return body.isEmpty ? "the node answered HTTP \(status)" : "the node answered HTTP \(status): \(body)"
        case .invalidResponse(let detail):
            return "the node's answer is not a JSON-RPC response: \(detail)"
        }
    }
}
