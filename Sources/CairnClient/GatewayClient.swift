import CairnBlobs
import CairnCrypto
import CairnRPC
import Foundation
import Synchronization

/// A gateway's HTTP routes as a client uses them, with every answer checked before it is returned:
/// blobs against their CIDs, chain reads against state proofs under headers the `LightClient` trusts.
/// A lying gateway can refuse or stall, not deceive.
public final class GatewayClient: Sendable {
    /// The largest blob fetched or sent (the gateway's own default limit).
    public static let maximumBlobSize = 16 << 20

    public let url: URL
    public let chainID: UInt64
    public let directory: KeyDirectoryLayout
    public let inboxContract: Address
    public let lightClient: LightClient
    /// The gateway's chunk size: content above it is stored as chunks under a manifest CID, which the
    /// client computes the same way (`BlobStore.Configuration.chunkSize`, 1 MiB by default).
    public let chunkSize: Int
    let http: GatewayHTTP
    /// The highest block any proven answer was at: an answer below the mark as it stood when the request
    /// was sent is a gateway replaying old state.
    private let highWater = Mutex<UInt64>(0)

    public init(
        url: URL, directory: KeyDirectoryLayout, inbox: Address, lightClient: LightClient, chunkSize: Int = 1 << 20,
        timeout: Duration = .seconds(30)
    ) {
        precondition(chunkSize > 0, "chunks hold at least one byte")
        self.url = url
        chainID = lightClient.chainID
        self.directory = directory
        inboxContract = inbox
        self.lightClient = lightClient
        self.chunkSize = chunkSize
        // A page of 256 entries with proofs is well under 2 MiB; a blob's raw block is at most one chunk.
        http = GatewayHTTP(base: url, timeout: timeout, maximumBody: max(Self.maximumBlobSize, chunkSize) + 64 << 10)
    }

    /// The highest block height a verified answer has shown.
    public var notBefore: UInt64 { highWater.withLock { $0 } }

    // MARK: Blobs

    /// The CID `content` has on a gateway with this client's chunk size.
    public func cid(of content: [UInt8]) -> CID {
        guard content.count > chunkSize else { return CID(content: content) }
        let chunks = stride(from: 0, to: content.count, by: chunkSize).map {
            CID(content: Array(content[$0..<min($0 + chunkSize, content.count)]))
        }
        return CID(content: BlobManifest(chunks: chunks, size: UInt64(content.count)).bytes, codec: .dagJSON)
    }

    /// Stores `content` and returns its CID, computed here; the gateway must answer the same one.
    public func putBlob(_ content: [UInt8]) async throws(GatewayClientError) -> CID {
        let expected = cid(of: content)
        let reply = try await http.post("/v1/blobs", body: content, contentType: "application/octet-stream")
        let json = try Self.json(reply, expecting: [200, 201])
        guard let text = json["cid"]?.string else { throw .malformed("the answer has no 'cid'") }
        guard text == expected.string else { throw .verification(.cidMismatch(expected: expected, got: String(text.prefix(128)))) }
        return expected
    }

    /// The content named by `cid`, fetched as raw blocks and each checked against its hash (a chunked
    /// blob's manifest first, then every chunk).
    public func blob(_ cid: CID) async throws(GatewayClientError) -> [UInt8] {
        let block = try await rawBlock(cid)
        guard cid.codec == .dagJSON else { return block }
        let manifest: BlobManifest
        do { manifest = try BlobManifest(bytes: block) } catch { throw .malformed("the manifest \(cid) does not parse: \(error)") }
        guard manifest.size <= UInt64(Self.maximumBlobSize) else { throw .malformed("\(cid) is \(manifest.size) bytes, more than this client fetches") }
        var content: [UInt8] = []
        content.reserveCapacity(Int(manifest.size))
        for chunk in manifest.chunks {
            content += try await rawBlock(chunk)
            guard content.count <= Int(manifest.size) else { throw .malformed("the chunks of \(cid) exceed its size") }
        }
        guard content.count == Int(manifest.size) else { throw .malformed("the chunks of \(cid) fall short of its size") }
        return content
    }

    private func rawBlock(_ cid: CID) async throws(GatewayClientError) -> [UInt8] {
        let reply = try await http.get("/ipfs/\(cid.string)?format=raw", accept: "application/vnd.ipld.raw")
        switch reply.status {
        case 200: break
        case 404: throw .unavailable("the gateway does not hold \(cid)")
        default: throw Self.failure(reply)
        }
        guard cid.matches(reply.body) else { throw .blobMismatch(cid) }
        return reply.body
    }

    // MARK: Anchoring

    /// Queues `request` for anchoring; the gateway must acknowledge it under the request's own digest.
    public func anchor(_ request: AnchorRequest) async throws(GatewayClientError) -> AnchorReceipt {
        let cid: CID
        do { cid = try CID(bytes: request.cid) } catch { throw .malformed("the request's CID is not a CID Cairn serves: \(error)") }
        let body = request.json(cidText: cid.string).encoded()
        let json = try Self.json(try await http.post("/v1/anchors", body: body, contentType: "application/json"), expecting: [200, 201, 202])
        guard let text = json["id"]?.string, text.lowercased() == "0x" + Hex.encode(request.digest) else {
            throw .verification(.anchor("the gateway acknowledged another request than the one sent"))
        }
        return AnchorReceipt(id: request.digest, mode: json["mode"]?.string)
    }

    /// Where the request `id` (an `AnchorReceipt.id`) stands, as the gateway says.
    public func anchorStatus(_ id: [UInt8]) async throws(GatewayClientError) -> AnchorStatus {
        guard id.count == 32 else { throw .malformed("an anchoring request id is 32 bytes") }
        let json = try Self.json(try await http.get("/v1/anchors/0x\(Hex.encode(id))"), expecting: [200])
        return try AnchorStatus(json: json, id: id)
    }

    // MARK: Helpers

    /// The JSON body of a reply whose status is one of `statuses`; otherwise the typed failure.
    static func json(_ reply: GatewayHTTP.Reply, expecting statuses: Set<Int>) throws(GatewayClientError) -> JSONValue {
        guard statuses.contains(reply.status) else { throw failure(reply) }
        guard let json = reply.json else { throw .malformed("the body is not JSON") }
        return json
    }

    static func failure(_ reply: GatewayHTTP.Reply) -> GatewayClientError {
        reply.status == 503 ? .unavailable(reply.message) : .http(status: reply.status, message: reply.message)
    }

    /// The mark to check an answer against, read before its request is sent (so concurrent requests
    /// answered out of order are not mistaken for replays).
    func currentMark() -> UInt64 { highWater.withLock { $0 } }

    func raiseMark(to height: UInt64) { highWater.withLock { $0 = max($0, height) } }
}
