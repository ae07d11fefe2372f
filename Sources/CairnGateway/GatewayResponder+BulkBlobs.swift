import CairnBlobs
import CairnRPC
import Hummingbird

extension GatewayResponder {
    /// `POST /v1/blobs` with `Content-Type: application/vnd.ipld.car`: every block of a CAR v1 file,
    /// stored in one transaction. 200 with one answer per block, in the file's order: `{"cid", "size",
    /// "code": 201}` when stored, `{"cid", "code", "error"}` when refused (400 a CID Cairn does not serve,
    /// 413 a block over the chunk size, 422 bytes that do not hash to their CID or a manifest whose chunks
    /// are missing). A file whose framing is broken cannot be split into blocks and is refused whole (400),
    /// as is one over the size or block limits (413); nothing of it is stored.
    func putCAR(_ request: Request) async -> Response {
        let limit = configuration.maximumBulkSize
        guard let body = await Self.readBody(request, limit: limit) else {
            var response = Self.error(.contentTooLarge, "a CAR file is at most \(limit) bytes here; split it")
            response.headers[.connection] = "close"
            return response
        }
        let car: CARv1
        do {
            // The body's own limit bounds a block; one over the chunk size is refused alone, by the store.
            car = try CARv1(parsing: body, maximumBlocks: configuration.maximumBulkItems, maximumBlockSize: limit)
        } catch {
            if case .tooLarge = error { return Self.error(.contentTooLarge, "\(error) (at most \(configuration.maximumBulkItems) blocks)") }
            return Self.error(.badRequest, error.description)
        }
        var answers = [JSONValue](repeating: .null, count: car.blocks.count)
        var parsed: [(index: Int, cid: CID, data: [UInt8])] = []
        parsed.reserveCapacity(car.blocks.count)
        for (index, block) in car.blocks.enumerated() {
            switch block.cid {
            case let .success(cid): parsed.append((index, cid, block.data))
            case let .failure(error): answers[index] = ["code": 400, "error": .string(error.description)]
            }
        }
        let outcomes: [BlobStoreError?]
        do {
            outcomes = try await store.putBlocks(parsed.map { ($0.cid, $0.data) }, now: clock())
        } catch {
            // Not acknowledged: nothing of this file was stored, the client may retry.
            return Self.error(.serviceUnavailable, "\(error)")
        }
        var stored = 0, bytes = 0
        for (block, outcome) in zip(parsed, outcomes) {
            let cid = JSONValue.string(block.cid.string)
            guard let outcome else {
                stored += 1
                bytes += block.data.count
                answers[block.index] = ["cid": cid, "size": .integer(Int64(block.data.count)), "code": 201]
                continue
            }
            let code: Int64 = if case .tooLarge = outcome { 413 } else { 422 }
            answers[block.index] = ["cid": cid, "code": .integer(code), "error": .string(outcome.description)]
        }
        metrics.stored(bytes: bytes)
        return Self.json(.ok, ["blocks": .array(answers), "stored": .integer(Int64(stored)), "refused": .integer(Int64(answers.count - stored))])
    }
}
