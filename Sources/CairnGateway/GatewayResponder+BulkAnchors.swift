import CairnBlobs
import CairnClient
import CairnCrypto
import CairnRPC
import Foundation
import Hummingbird

/// A refusal already written as the response to send.
struct ResponseRefusal: Error {
    let response: Response
    init(_ response: Response) { self.response = response }
}

extension AnchorIntake {
    /// The largest bulk body: 4,096 requests of a few hundred bytes each, with room to spare.
    static let maximumBulkBody = 4 << 20
}

extension GatewayResponder {
    /// `POST /v1/anchors/bulk`: a JSON array of signed requests, each judged as `POST /v1/anchors` judges
    /// one, and all that pass queued in one commit. 200 with `{"mode", "accepted", "refused", "results"}`,
    /// one result per request in order: the single route's answer body with its status as `code` (202
    /// `{"id", "status": "waiting"}`; 400, 401, 409, 422 or 429 with `error`, and `id` once the
    /// request parsed). One bad request never sinks the others. A body that is not a JSON array, or that
    /// holds more than `maximumBulkItems` requests, is refused whole (400, 413).
    func acceptBulk(_ request: Request, intake: AnchorIntake, node: NodeLink) async -> Response {
        guard (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") else {
            intake.metrics.refused("content-type")
            return Self.error(.unsupportedMediaType, "a bulk of anchoring requests is a JSON array: send Content-Type: application/json")
        }
        guard let body = await Self.readBody(request, limit: AnchorIntake.maximumBulkBody) else {
            intake.metrics.refused("size")
            return Self.error(.contentTooLarge, "a bulk of anchoring requests is at most \(AnchorIntake.maximumBulkBody) bytes")
        }
        guard case let .array(items)? = try? JSONValue(parsing: body) else {
            intake.metrics.refused("malformed")
            return Self.error(.badRequest, "the body is not a JSON array of anchoring requests")
        }
        guard items.count <= configuration.maximumBulkItems else {
            intake.metrics.refused("size")
            return Self.error(.contentTooLarge, "a bulk holds at most \(configuration.maximumBulkItems) requests, this one \(items.count)")
        }
        let chainID: UInt64
        switch await Self.chainID(intake: intake, node: node) {
        case let .success(id): chainID = id
        case let .failure(refusal): return refusal.response
        }
        let verified = await Self.verify(items, chainID: chainID, now: clock())

        // The single route's order: the request itself, the sender's rate, the blob, then the queue.
        var answers = [JSONValue](repeating: .null, count: items.count)
        var candidates: [(index: Int, request: AnchorRequest, cid: CID?)] = []
        for (index, outcome) in verified.enumerated() {
            switch outcome {
            case let .failure(error):
                let signature = if case .badSignature = error { true } else { false }
                intake.metrics.refused(signature ? "signature" : "malformed")
                answers[index] = ["code": signature ? 401 : 400, "error": .string(error.description)]
            case let .success(anchor):
                if let wait = intake.limiter.take(anchor.sender) {
                    intake.metrics.refused("rate")
                    answers[index] = Self.refusal(429, "\(anchor.sender) is sending anchoring requests too fast; retry later", anchor,
                                                  extra: ["retryAfter": .integer(Int64(wait.rounded(.up)))])
                } else {
                    candidates.append((index, anchor, try? CID(bytes: anchor.cid)))
                }
            }
        }
        let present: [Bool]
        do {
            present = try store.has(candidates.map { $0.cid ?? CID(content: []) })
        } catch {
            return Self.error(.serviceUnavailable, "\(error)")
        }
        var queued: [(index: Int, request: AnchorRequest)] = []
        for (candidate, isPresent) in zip(candidates, present) {
            guard candidate.cid != nil, isPresent else {
                intake.metrics.refused("unknown-blob")
                answers[candidate.index] = Self.refusal(422, "no blob with this CID here: POST it to /v1/blobs first", candidate.request)
                continue
            }
            queued.append((candidate.index, candidate.request))
        }
        let outcomes: [Result<Int64, AnchorStoreError>]
        do {
            outcomes = try await intake.store.accept(queued.map(\.request), receivedMilliseconds: Anchorer.milliseconds())
        } catch {
            // Not acknowledged: nothing of this bulk was queued, the client may retry all of it.
            return Self.error(.serviceUnavailable, "\(error)")
        }
        var accepted = 0
        for (item, outcome) in zip(queued, outcomes) {
            switch outcome {
            case .success:
                accepted += 1
                answers[item.index] = ["code": 202, "id": .string(Self.id(item.request)), "status": "waiting"]
            case let .failure(error):
                intake.metrics.refused(error == .replayed ? "replay" : "storage")
                answers[item.index] = Self.refusal(error == .replayed ? 409 : 503, error.description, item.request)
            }
        }
        intake.metrics.accepted(accepted)
        return Self.json(.ok, [
            "mode": .string(intake.mode.rawValue), "accepted": .integer(Int64(accepted)), "refused": .integer(Int64(items.count - accepted)),
            "results": .array(answers),
        ])
    }

    static func id(_ request: AnchorRequest) -> String { "0x" + Hex.encode(request.digest) }

    static func refusal(_ code: Int64, _ message: String, _ request: AnchorRequest, extra: [String: JSONValue] = [:]) -> JSONValue {
        .object(["code": .integer(code), "error": .string(message), "id": .string(id(request))].merging(extra) { $1 })
    }

    /// Parses each request and recovers its signer, spread over the cores: a recovery is most of what a
    /// request costs the gateway, and the requests of a bulk do not depend on each other.
    static func verify(_ items: [JSONValue], chainID: UInt64, now: UInt64) async -> [Result<AnchorRequest, AnchorRequestError>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / 32))
        guard workers > 1 else { return items.map { check($0, chainID: chainID, now: now) } }
        return await withTaskGroup(of: (Int, [Result<AnchorRequest, AnchorRequestError>]).self) { group in
            for worker in 0..<workers {
                let slice = items[items.count * worker / workers..<items.count * (worker + 1) / workers]
                group.addTask { (worker, slice.map { check($0, chainID: chainID, now: now) }) }
            }
            var parts = [[Result<AnchorRequest, AnchorRequestError>]](repeating: [], count: workers)
            for await (worker, part) in group { parts[worker] = part }
            return parts.flatMap { $0 }
        }
    }

    static func check(_ item: JSONValue, chainID: UInt64, now: UInt64) -> Result<AnchorRequest, AnchorRequestError> {
        Result { () throws(AnchorRequestError) in
            let request = try AnchorRequest(json: item, chainID: chainID) { (try? CID($0))?.bytes }
            try request.check(now: now)
            return request
        }
    }
}
