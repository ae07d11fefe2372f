import CairnBlobs
import CairnCrypto
import CairnRPC

extension GatewayClient {
    /// How much one bulk request carries at most; larger calls are split into several requests. Below the
    /// gateway's own limits (4,096 items, 32 MiB), so that a default gateway takes every request.
    public static let bulkLimit = (items: 1_000, bytes: 8 << 20)

    /// Stores many blobs with few requests: their blocks go as CAR v1 files (`POST /v1/blobs`,
    /// `application/vnd.ipld.car`), each stored by the gateway in one transaction. Returns one result per
    /// content, in order: its CID (computed here, and the gateway must acknowledge every block of it under
    /// the CID its bytes have), or why the gateway refused it. Throws when a request fails as a whole.
    public func putBlobs(_ contents: [[UInt8]]) async throws(GatewayClientError) -> [Result<CID, GatewayClientError>] {
        var results: [Result<CID, GatewayClientError>] = []
        results.reserveCapacity(contents.count)
        var pending: [(root: CID, blocks: [(cid: CID, data: [UInt8])])] = []
        var blockCount = 0, byteCount = 0
        func flush() async throws(GatewayClientError) {
            guard !pending.isEmpty else { return }
            results += try await putCAR(pending)
            pending.removeAll(keepingCapacity: true)
            blockCount = 0
            byteCount = 0
        }
        for content in contents {
            let parts = self.blocks(of: content)
            let size = parts.reduce(0) { $0 + $1.data.count + 48 }
            if !pending.isEmpty && (blockCount + parts.count > Self.bulkLimit.items || byteCount + size > Self.bulkLimit.bytes) {
                try await flush()
            }
            pending.append((parts.last?.cid ?? cid(of: content), parts))
            blockCount += parts.count
            byteCount += size
        }
        try await flush()
        return results
    }

    /// Queues many signed requests with few `POST /v1/anchors/bulk` calls. Returns one result per request,
    /// in order: the gateway's acknowledgement under the request's own digest, or its refusal of that
    /// request (409 a replay, 422 a blob not stored there, 429 a sender over its rate, …).
    public func anchor(_ requests: [AnchorRequest]) async throws(GatewayClientError) -> [Result<AnchorReceipt, GatewayClientError>] {
        var results: [Result<AnchorReceipt, GatewayClientError>] = []
        results.reserveCapacity(requests.count)
        for start in stride(from: 0, to: requests.count, by: Self.bulkLimit.items) {
            let slice = requests[start..<min(start + Self.bulkLimit.items, requests.count)]
            var items: [JSONValue] = []
            for request in slice {
                do {
                    items.append(request.json(cidText: try CID(bytes: request.cid).string))
                } catch {
                    throw .malformed("a request's CID is not a CID Cairn serves: \(error)")
                }
            }
            let reply = try await http.post("/v1/anchors/bulk", body: JSONValue.array(items).encoded(), contentType: "application/json")
            let answers = try Self.bulkAnswers(reply, key: "results", count: slice.count)
            let mode = try Self.json(reply, expecting: [200])["mode"]?.string
            for (request, answer) in zip(slice, answers) {
                guard answer["code"]?.integer == 202 else {
                    results.append(.failure(Self.itemFailure(answer)))
                    continue
                }
                guard let id = answer["id"]?.string, id.lowercased() == "0x" + Hex.encode(request.digest) else {
                    results.append(.failure(.verification(.anchor("the gateway acknowledged another request than the one sent"))))
                    continue
                }
                results.append(.success(AnchorReceipt(id: request.digest, mode: mode)))
            }
        }
        return results
    }

    // MARK: Helpers

    /// The blocks `content` is stored as here: itself, or its chunks then their manifest (the root, last).
    func blocks(of content: [UInt8]) -> [(cid: CID, data: [UInt8])] {
        guard content.count > chunkSize else { return [(CID(content: content), content)] }
        let chunks = stride(from: 0, to: content.count, by: chunkSize).map { Array(content[$0..<min($0 + chunkSize, content.count)]) }
        let cids = chunks.map { CID(content: $0) }
        let manifest = BlobManifest(chunks: cids, size: UInt64(content.count)).bytes
        return Array(zip(cids, chunks)) + [(CID(content: manifest, codec: .dagJSON), manifest)]
    }

    private func putCAR(_ contents: [(root: CID, blocks: [(cid: CID, data: [UInt8])])]) async throws(GatewayClientError)
        -> [Result<CID, GatewayClientError>]
    {
        let blocks = contents.flatMap(\.blocks)
        let car = CARv1.encode(roots: contents.map(\.root), blocks: blocks)
        let reply = try await http.post("/v1/blobs", body: car, contentType: CARv1.mediaType)
        var answers = try Self.bulkAnswers(reply, key: "blocks", count: blocks.count)[...]
        return contents.map { content in
            let mine = answers.prefix(content.blocks.count)
            answers = answers.dropFirst(content.blocks.count)
            for (block, answer) in zip(content.blocks, mine) {
                guard answer["code"]?.integer == 201 else { return .failure(Self.itemFailure(answer)) }
                guard let text = answer["cid"]?.string, text == block.cid.string else {
                    let got = String((answer["cid"]?.string ?? "nothing").prefix(128))
                    return .failure(.verification(.cidMismatch(expected: block.cid, got: got)))
                }
            }
            return .success(content.root)
        }
    }

    /// The per-item answers of a bulk reply, which must be one per item sent.
    static func bulkAnswers(_ reply: GatewayHTTP.Reply, key: String, count: Int) throws(GatewayClientError) -> [JSONValue] {
        let json = try Self.json(reply, expecting: [200])
        guard let answers = json[key]?.array else { throw .malformed("the bulk answer has no '\(key)' list") }
        guard answers.count == count else { throw .malformed("the bulk answer has \(answers.count) answers for \(count) items") }
        return answers
    }

    /// One refused item of a bulk, typed as the single route's refusal would be.
    static func itemFailure(_ answer: JSONValue) -> GatewayClientError {
        let message = String((answer["error"]?.string ?? "no reason given").prefix(300))
        guard let code = answer["code"]?.integer, (100...599).contains(code) else { return .malformed("a bulk answer without a status code") }
        return code == 503 ? .unavailable(message) : .http(status: Int(code), message: message)
    }
}
