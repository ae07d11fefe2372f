import CairnBlobs
import CairnClient
import CairnCrypto
import CairnRPC
import Foundation
import Hummingbird

/// What the anchoring routes need: the durable queue, the per-sender limit, the mode (for answers).
struct AnchorIntake: Sendable {
    let store: AnchorStore
    let limiter: RateLimiter
    let mode: AnchorMode
    let metrics: AnchorMetrics
    /// The largest request body: a request is a few hundred bytes of JSON.
    static let maximumBody = 4_096
}

extension GatewayResponder {
    /// `POST /v1/anchors` (queue a signed request) and `GET /v1/anchors/{id}` (where it stands).
    func anchors(_ request: Request, path: String) async -> Response {
        guard let intake = anchorIntake, let node else {
            return Self.error(.serviceUnavailable, "this gateway does not anchor (it has no node or no signing key)")
        }
        if path == "/v1/anchors" {
            guard request.method == .post else { return Self.error(.methodNotAllowed, "use POST to queue an anchoring request", allow: "POST") }
            return await accept(request, intake: intake, node: node)
        }
        if path == "/v1/anchors/bulk" {
            guard request.method == .post else { return Self.error(.methodNotAllowed, "use POST to queue anchoring requests", allow: "POST") }
            return await acceptBulk(request, intake: intake, node: node)
        }
        guard request.method == .get || request.method == .head else { return Self.error(.methodNotAllowed, "use GET", allow: "GET") }
        let id = String(path.dropFirst("/v1/anchors/".count))
        guard id.hasPrefix("0x"), let digest = try? Hex.decode(id.dropFirst(2)), digest.count == 32 else {
            return Self.error(.badRequest, "an anchoring request id is 0x and 32 bytes in hex")
        }
        do {
            guard let status = try intake.store.status(digest: digest) else { return Self.error(.notFound, "no anchoring request \(id)") }
            return Self.json(.ok, Self.statusJSON(id: id, status: status))
        } catch {
            return Self.error(.serviceUnavailable, "\(error)")
        }
    }

    private func accept(_ request: Request, intake: AnchorIntake, node: NodeLink) async -> Response {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("application/json") else {
            intake.metrics.refused("content-type")
            return Self.error(.unsupportedMediaType, "an anchoring request is JSON: send Content-Type: application/json")
        }
        guard let body = await Self.readBody(request, limit: AnchorIntake.maximumBody) else {
            intake.metrics.refused("size")
            return Self.error(.contentTooLarge, "an anchoring request is at most \(AnchorIntake.maximumBody) bytes")
        }
        let json: JSONValue
        do { json = try JSONValue(parsing: body) } catch {
            intake.metrics.refused("malformed")
            return Self.error(.badRequest, "the body is not JSON: \(error)")
        }
        let chainID: UInt64
        switch await Self.chainID(intake: intake, node: node) {
        case let .success(id): chainID = id
        case let .failure(refusal): return refusal.response
        }
        let anchor: AnchorRequest
        do {
            anchor = try AnchorRequest(json: json, chainID: chainID) { (try? CID($0))?.bytes }
            try anchor.check(now: clock())
        } catch let error {
            if case .badSignature = error {
                intake.metrics.refused("signature")
                return Self.error(.unauthorized, error.description)
            }
            intake.metrics.refused("malformed")
            return Self.error(.badRequest, error.description)
        }
        if let wait = intake.limiter.take(anchor.sender) {
            intake.metrics.refused("rate")
            var response = Self.error(.tooManyRequests, "\(anchor.sender) is sending anchoring requests too fast; retry later")
            response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            return response
        }
        // Only blobs kept here are anchored here: the gateway must be able to serve what it anchors.
        do {
            guard let cid = try? CID(bytes: anchor.cid), try store.has(cid) else {
                intake.metrics.refused("unknown-blob")
                return Self.error(.unprocessableContent, "no blob with this CID here: POST it to /v1/blobs first")
            }
            try await intake.store.accept(anchor, receivedMilliseconds: Anchorer.milliseconds())
        } catch AnchorStoreError.replayed {
            intake.metrics.refused("replay")
            return Self.error(.conflict, AnchorStoreError.replayed.description)
        } catch {
            // Not acknowledged: nothing was queued, the client may retry.
            return Self.error(.serviceUnavailable, "\(error)")
        }
        intake.metrics.accepted()
        let id = "0x" + Hex.encode(anchor.digest)
        var response = Self.json(.accepted, [
            "id": .string(id), "status": "waiting", "mode": .string(intake.mode.rawValue), "sender": .string(anchor.sender.description),
        ])
        response.headers[.location] = "/v1/anchors/\(id)"
        return response
    }

    /// The chain requests are signed for. The queue remembers it, so it is known even with the node down.
    static func chainID(intake: AnchorIntake, node: NodeLink) async -> Result<UInt64, ResponseRefusal> {
        do {
            if let known = try intake.store.chainID() { return .success(known) }
            return .success(try await node.facts().chainID)
        } catch {
            return .failure(ResponseRefusal(Self.error(.serviceUnavailable, "\(error)")))
        }
    }

    static func statusJSON(id: String, status: AnchorStore.Status) -> JSONValue {
        switch status {
        case .waiting:
            return ["id": .string(id), "status": "waiting"]
        case let .submitted(nonce, transaction):
            return ["id": .string(id), "status": "submitted", "nonce": .integer(Int64(clamping: nonce)),
                    "transaction": .string("0x" + Hex.encode(transaction))]
        case let .anchored(mode, height, seq, transaction):
            return ["id": .string(id), "status": "anchored", "mode": .string(mode.rawValue), "height": .integer(Int64(clamping: height)),
                    "seq": .integer(Int64(clamping: seq)), "transaction": .string("0x" + Hex.encode(transaction))]
        }
    }

    /// The body, or nil when it is longer than `limit` (or cannot be read).
    static func readBody(_ request: Request, limit: Int) async -> [UInt8]? {
        let declared = request.headers[.contentLength].flatMap(Int.init)
        if let declared, declared > limit { return nil }
        var body: [UInt8] = []
        // The length is the client's claim: reserve for it only up to a mebibyte, the rest grows as it comes.
        body.reserveCapacity(min(max(0, declared ?? 0), 1 << 20))
        do {
            for try await chunk in request.body {
                guard body.count + chunk.readableBytes <= limit else { return nil }
                body += chunk.readableBytesView
            }
        } catch {
            return nil
        }
        return body
    }
}
