import Hummingbird

/// Maps HTTP onto the dispatcher: `POST /` carries JSON-RPC, `GET /health` answers liveness.
///
/// Every body it sends is JSON. Refusals at the HTTP level (wrong method, unknown path, body too
/// large) carry a JSON-RPC error object with a null id besides their status, so a client that
/// only reads bodies still sees an error. JSON-RPC errors themselves travel with status 200, as
/// Ethereum nodes send them. The request's content type is not checked, so `curl -d` works.
struct RPCHTTPResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let dispatcher: RPCDispatcher
    let maximumBodySize: Int

    func respond(to request: Request, context: Context) async throws -> Response {
        switch request.uri.path {
        case "/", "":
            guard request.method == .post else { return Self.refusal(.methodNotAllowed, allow: "POST", "use POST for JSON-RPC") }
            return await respondToCall(request)
        case "/health":
            guard request.method == .get || request.method == .head else {
                return Self.refusal(.methodNotAllowed, allow: "GET, HEAD", "use GET for /health")
            }
            return Self.json(.ok, ["status": "ok"])
        default:
            return Self.refusal(.notFound, "no such path; JSON-RPC is served at /")
        }
    }

    private func respondToCall(_ request: Request) async -> Response {
        // A declared length over the limit is refused before any of the body is read.
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maximumBodySize {
            return tooLarge()
        }
        var body = ByteBuffer()
        do {
            // Stops as soon as the limit is crossed, for bodies sent without a length.
            for try await chunk in request.body {
                guard body.readableBytes + chunk.readableBytes <= maximumBodySize else { return tooLarge() }
                body.writeImmutableBuffer(chunk)
            }
        } catch {
            return Self.refusal(.badRequest, "could not read the request body")
        }
        guard let answer = await dispatcher.response(to: body.readableBytesView) else {
            return Response(status: .noContent)
        }
        return Self.json(.ok, answer)
    }

    private func tooLarge() -> Response {
        var response = Self.refusal(.contentTooLarge, "request body exceeds \(maximumBodySize) bytes")
        // The unread rest of the body is not worth draining: ask the client to hang up.
        response.headers[.connection] = "close"
        return response
    }

    private static func refusal(_ status: HTTPResponse.Status, allow: String? = nil, _ message: String) -> Response {
        var response = json(status, RPCDispatcher.errorResponse(id: .null, RPCError.invalidRequest(message)))
        if let allow { response.headers[.allow] = allow }
        return response
    }

    private static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        let bytes = value.encoded()
        var buffer = ByteBufferAllocator().buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        return Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: buffer))
    }
}
