import CairnRPC
import Foundation
import Hummingbird
import Logging

/// A gateway that lies: an HTTP server on 127.0.0.1 that forwards every request to a real gateway and
/// lets a test rewrite the path asked for and the answer given, so the client under test meets the lie
/// over a real socket.
struct LyingGateway: HTTPResponder {
    typealias Context = BasicRequestContext
    /// What the upstream answered: the status and body, rewritten in place.
    struct Answer {
        var status: Int
        var body: [UInt8]
        /// The body as JSON, for edits; setting it re-encodes the body.
        var json: JSONValue {
            get { (try? JSONValue(parsing: body)) ?? .null }
            set { body = newValue.encoded() }
        }
    }

    let upstream: URL
    /// The path (and query) to forward a request for this path to.
    let forward: @Sendable (String) -> String
    /// Rewrites the upstream's answer to a request for this path (the original, before `forward`).
    let rewrite: @Sendable (String, inout Answer) -> Void

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let body = try await request.body.collect(upTo: 32 << 20)
        var headers: [String: String] = [:]
        headers["Content-Type"] = request.headers[.contentType]
        headers["Accept"] = request.headers[.accept]
        let target = try URL(string: upstream.absoluteString + forward(path)).orLie()
        let reply = try await GatewayBlobTests.send(
            target, method: request.method.rawValue, body: body.readableBytes > 0 ? body.getBytes(at: body.readerIndex, length: body.readableBytes) : nil, headers: headers)
        var answer = Answer(status: reply.status, body: reply.body)
        rewrite(path, &answer)
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: [.contentType: reply.header("Content-Type") ?? "application/octet-stream"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// Runs `body` with the URL of a lying gateway in front of `upstream`; stops it afterwards.
    static func with<T>(
        upstream: URL, forward: @escaping @Sendable (String) -> String = { $0 },
        rewrite: @escaping @Sendable (String, inout Answer) -> Void, _ body: (URL) async throws -> T
    ) async throws -> T {
        let server = HTTPServer(
            responder: LyingGateway(upstream: upstream, forward: forward, rewrite: rewrite), host: "127.0.0.1", port: 0,
            logger: Logger(label: "lying-gateway"))
        let port = try await server.start()
        do {
            let result = try await body(URL(string: "http://127.0.0.1:\(port)")!)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}

/// A test's lie that could not be told (the upstream's answer was not what the test expected to edit).
struct UntellableLie: Error {}

extension Optional {
    /// The value, or `UntellableLie`: a proxy must not trap on an answer it did not expect.
    func orLie() throws -> Wrapped {
        guard let self else { throw UntellableLie() }
        return self
    }
}
