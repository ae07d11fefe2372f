import CairnCrypto
import CairnRPC
import Foundation
import Hummingbird

extension GatewayResponder {
    /// The most tags one stream may follow.
    static let maximumStreamTags = 64

    /// `GET /v1/stream?tags=0x…,0x…`: server-sent events, one `entry` event per inbox entry under one of
    /// the tags as soon as its block is committed, `opaque-batch` when a batch's manifest is not here
    /// (check it with `/v1/inbox`), and a comment every 15 s. After a disconnect a client catches up
    /// with `/v1/inbox` from its cursor: the stream is a prompt, the proofs are in `/v1/inbox`.
    func stream(_ request: Request) -> Response {
        guard request.method == .get else { return Self.error(.methodNotAllowed, "use GET", allow: "GET") }
        guard let follower else { return Self.error(.serviceUnavailable, "this gateway has no node to follow") }
        let list = (request.uri.queryParameters.get("tags") ?? "").split(separator: ",", omittingEmptySubsequences: false)
        guard !list.isEmpty, list.count <= Self.maximumStreamTags else {
            return Self.error(.badRequest, "give 1 to \(Self.maximumStreamTags) tags: ?tags=0x…,0x…")
        }
        var tags = Set<[UInt8]>()
        for text in list {
            guard text.hasPrefix("0x"), let tag = try? Hex.decode(text.dropFirst(2)), tag.count == 32 else {
                return Self.error(.badRequest, "a tag is 0x and 32 bytes in hex, not '\(text.prefix(80))'")
            }
            tags.insert(tag)
        }
        guard let messages = follower.subscribe(tags: tags) else {
            return Self.error(.serviceUnavailable, "too many open streams; retry later")
        }
        let count = tags.count
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store", .init("X-Accel-Buffering")!: "no"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // The first bytes tell the client the stream is open before any entry arrives.
            try await writer.write(ByteBuffer(string: ": following \(count) tags\n\n"))
            for await message in messages {
                let text: String
                switch message {
                case let .entry(event):
                    text = "event: entry\nid: \(event.height)\ndata: \(String(decoding: event.json.encoded(), as: UTF8.self))\n\n"
                case let .opaqueBatch(seq, height):
                    text = "event: opaque-batch\nid: \(height)\ndata: {\"seq\":\(seq),\"height\":\(height)}\n\n"
                case .ping:
                    text = ": ping\n\n"
                }
                try await writer.write(ByteBuffer(string: text))
            }
            try await writer.finish(nil)
        })
    }
}
