import CairnBlobs
import CairnRPC
import Foundation
import Hummingbird
import Synchronization

/// The gateway's HTTP routes: blobs in, blobs out by CID as the IPFS trustless gateway serves them,
/// health and metrics. Every refusal is a 4xx with a JSON body `{"error": "…"}`; nothing a client sends
/// can crash it.
struct GatewayResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: BlobStore
    let node: NodeLink?
    let anchorIntake: AnchorIntake?
    let follower: ChainFollower?
    let configuration: GatewayConfiguration
    let metrics: GatewayMetrics
    let clock: @Sendable () -> UInt64

    func respond(to request: Request, context: Context) async throws -> Response {
        metrics.count(request: request.uri.path)
        let path = request.uri.path
        if path == "/v1/blobs" {
            guard request.method == .post else { return Self.error(.methodNotAllowed, "use POST to add a blob", allow: "POST") }
            // A CAR file carries many blocks at once; any other body is one blob's bytes, as before.
            if (request.headers[.contentType] ?? "").lowercased().hasPrefix(CARv1.mediaType) { return await putCAR(request) }
            return await putBlob(request)
        }
        if path == "/v1/anchors" || path.hasPrefix("/v1/anchors/") { return await anchors(request, path: path) }
        if path == "/v1/stream" { return stream(request) }
        if path.hasPrefix("/ipfs/") {
            guard request.method == .get || request.method == .head else {
                return Self.error(.methodNotAllowed, "use GET or HEAD", allow: "GET, HEAD")
            }
            return getBlob(request, cidText: String(path.dropFirst("/ipfs/".count)))
        }
        if let response = await proofRoute(request, path: path) { return response }
        switch path {
        case "/healthz":
            return Self.json(.ok, ["status": "ok"])
        case "/metrics":
            var text = metrics.rendered(statistics: try? store.statistics())
            if let follower { text += "cairn_gateway_stream_subscribers \(follower.subscriberCount)\n" }
            if let intake = anchorIntake {
                text += intake.metrics.rendered(waiting: try? intake.store.waitingSummary().count).joined(separator: "\n") + "\n"
            }
            return Self.text(.ok, text)
        default:
            return Self.error(.notFound, "no such path")
        }
    }

    // MARK: Blobs

    private func putBlob(_ request: Request) async -> Response {
        let limit = configuration.maximumBlobSize
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { return tooLarge(limit) }
        var body: [UInt8] = []
        do {
            for try await chunk in request.body {
                guard body.count + chunk.readableBytes <= limit else { return tooLarge(limit) }
                body += chunk.readableBytesView
            }
        } catch {
            return Self.error(.badRequest, "could not read the request body")
        }
        do {
            let cid = try await store.putConcurrently(body, now: clock())
            metrics.stored(bytes: body.count)
            return Self.json(.created, ["cid": .string(cid.string), "size": .integer(Int64(body.count))])
        } catch {
            if case .tooLarge = error { return tooLarge(limit) }
            // Not acknowledged: the client may retry; nothing half-stored is ever served (one transaction).
            return Self.error(.serviceUnavailable, "\(error)")
        }
    }

    /// `GET /ipfs/{cid}`: the content (a manifest's chunks joined); with `?format=raw` or
    /// `Accept: application/vnd.ipld.raw`, the block itself, which the client can hash against the CID.
    private func getBlob(_ request: Request, cidText: String) -> Response {
        let cid: CID
        do { cid = try CID(cidText) } catch { return Self.error(.badRequest, "\(error)") }
        let format = request.uri.queryParameters.get("format")
        let accept = request.headers[.accept] ?? ""
        let raw = format == "raw" || accept.contains("application/vnd.ipld.raw")
        if let format, format != "raw" { return Self.error(.badRequest, "unsupported format '\(format)' (this gateway serves raw blocks)") }
        let bytes: [UInt8]?
        do {
            bytes = raw ? try store.block(cid) : try store.content(cid)
        } catch {
            return Self.error(.internalServerError, "\(error)")
        }
        guard let bytes else { return Self.error(.notFound, "no blob \(cid)") }
        metrics.served(bytes: bytes.count)
        var headers: HTTPFields = [
            .contentType: raw ? "application/vnd.ipld.raw" : "application/octet-stream",
            // Content named by its hash never changes (trustless gateway spec: immutable caching).
            .cacheControl: "public, max-age=29030400, immutable",
            .eTag: raw ? "\"\(cid).raw\"" : "\"\(cid)\"",
            .contentLength: String(bytes.count),
            .init("X-Ipfs-Path")!: "/ipfs/\(cid)",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if raw { headers[.contentDisposition] = "attachment; filename=\"\(cid).bin\"" }
        if let match = request.headers[.ifNoneMatch], match == headers[.eTag] {
            return Response(status: .notModified, headers: headers)
        }
        if request.method == .head { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func tooLarge(_ limit: Int) -> Response {
        var response = Self.error(.contentTooLarge, "blob exceeds \(limit) bytes")
        response.headers[.connection] = "close"
        return response
    }

    // MARK: Responses

    static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.encoded())))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; version=0.0.4"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String, allow: String? = nil) -> Response {
        var response = json(status, ["error": .string(message)])
        if let allow { response.headers[.allow] = allow }
        return response
    }
}

/// Counters for `/metrics`, in Prometheus' text format.
final class GatewayMetrics: Sendable {
    private struct Counts {
        var requests: [String: Int] = [:]
        var storedBytes = 0
        var servedBytes = 0
    }

    private let counts = Mutex(Counts())

    func count(request path: String) {
        // Paths are bucketed by route so a client cannot grow the table with made-up paths.
        let prefixes = ["/ipfs/", "/v1/inbox/", "/v1/identities/", "/v1/keybundles/", "/v1/anchors/"]
        let exact = ["/v1/blobs", "/v1/anchors", "/v1/anchors/bulk", "/v1/stream", "/healthz", "/metrics"]
        let route = exact.contains(path) ? path : prefixes.first(where: path.hasPrefix).map { String($0.dropLast()) } ?? "other"
        counts.withLock { $0.requests[route, default: 0] += 1 }
    }

    func stored(bytes: Int) { counts.withLock { $0.storedBytes += bytes } }
    func served(bytes: Int) { counts.withLock { $0.servedBytes += bytes } }

    func rendered(statistics: BlobStore.Statistics?) -> String {
        let counts = counts.withLock { $0 }
        var lines = counts.requests.sorted { $0.key < $1.key }.map { "cairn_gateway_requests_total{route=\"\($0.key)\"} \($0.value)" }
        lines.append("cairn_gateway_blob_bytes_stored_total \(counts.storedBytes)")
        lines.append("cairn_gateway_blob_bytes_served_total \(counts.servedBytes)")
        if let statistics {
            lines.append("cairn_gateway_blobs \(statistics.blobs)")
            lines.append("cairn_gateway_blob_bytes \(statistics.bytes)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
