import CairnChain
import CairnRPC

/// JSON: `{"tag": "0x…", "count": n, "members": [member], "before": member | null, "after": member | null}`,
/// a member being `{"tag": "0x…", "cid": "0x…" (binary CID), "index": n, "path": ["0x…32", …]}`.
extension InboxBatch.TagProof {
    public var json: JSONValue {
        [
            "tag": WireFormat.hex(tag), "count": WireFormat.number(count), "members": .array(members.map(\.json)),
            "before": before?.json ?? .null, "after": after?.json ?? .null,
        ]
    }

    /// Reads a proof. Counts and indices are bounded by the largest batch a manifest may describe, so
    /// the arithmetic of `InboxBatch.verify` cannot overflow on hostile input.
    public init(json: JSONValue) throws(WireFormatError) {
        let tag = try WireFormat.bytes(json["tag"], "tag", count: 32)
        let count = try WireFormat.count(json["count"], "count", maximum: InboxBatch.maximumEntries)
        let members = try WireFormat.array(json["members"], "members", maximum: InboxBatch.maximumEntries).map {
            (member: JSONValue) throws(WireFormatError) -> InboxBatch.Member in try InboxBatch.Member(json: member)
        }
        func neighbour(_ name: String) throws(WireFormatError) -> InboxBatch.Member? {
            guard let value = json[name], !value.isNull else { return nil }
            return try InboxBatch.Member(json: value)
        }
        self.init(tag: tag, count: count, members: members, before: try neighbour("before"), after: try neighbour("after"))
    }
}

extension InboxBatch.Member {
    /// The longest path a batch of `InboxBatch.maximumEntries` entries can have, with room to spare.
    static let maximumPathLength = 64

    public var json: JSONValue {
        [
            "tag": WireFormat.hex(entry.tag), "cid": WireFormat.hex(entry.cid), "index": WireFormat.number(index),
            "path": .array(path.map(WireFormat.hex)),
        ]
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let tag = try WireFormat.bytes(json["tag"], "tag", count: 32)
        let cid = try WireFormat.bytes(json["cid"], "cid", maximum: 64)
        let index = try WireFormat.count(json["index"], "index", maximum: InboxBatch.maximumEntries)
        let path = try WireFormat.array(json["path"], "path", maximum: Self.maximumPathLength).map {
            (node: JSONValue) throws(WireFormatError) -> [UInt8] in try WireFormat.bytes(node, "path", count: 32)
        }
        self.init(entry: InboxBatchEntry(tag: tag, cid: cid), index: index, path: path)
    }
}
