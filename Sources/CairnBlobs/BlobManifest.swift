/// The list of chunks of a blob too large for one block, itself stored as a DAG-JSON block whose CID names
/// the whole: `{"chunks":[{"/":"bafk…"},…],"size":N}` (keys in byte order, no whitespace, as DAG-JSON's
/// canonical form requires, so one manifest has one encoding and one CID).
public struct BlobManifest: Equatable, Sendable {
    /// The raw chunks, in order.
    public let chunks: [CID]
    /// The total size of the content.
    public let size: UInt64

    public init(chunks: [CID], size: UInt64) {
        self.chunks = chunks
        self.size = size
    }

    public var bytes: [UInt8] {
        let links = chunks.map { "{\"/\":\"\($0.string)\"}" }.joined(separator: ",")
        return Array("{\"chunks\":[\(links)],\"size\":\(size)}".utf8)
    }

    /// Parses exactly the canonical form: anything else (another key order, spaces, a chunk that is not
    /// a raw CID) is refused, so a manifest cannot be spelled two ways.
    public init(bytes: [UInt8]) throws(CIDError) {
        guard let text = String(validating: bytes, as: UTF8.self), text.hasPrefix("{\"chunks\":["), text.hasSuffix("}"),
            let end = text.range(of: "],\"size\":", options: .backwards)
        else { throw .malformed("not a Cairn manifest") }
        let list = text[text.index(text.startIndex, offsetBy: 11)..<end.lowerBound]
        let sizeText = text[end.upperBound..<text.index(before: text.endIndex)]
        guard let size = UInt64(sizeText), String(size) == sizeText else { throw .malformed("manifest size '\(sizeText)'") }
        var chunks: [CID] = []
        if !list.isEmpty {
            for link in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard link.hasPrefix("{\"/\":\""), link.hasSuffix("\"}"), link.count > 8 else { throw .malformed("manifest link '\(link)'") }
                let cid = try CID(link.dropFirst(6).dropLast(2))
                guard cid.codec == .raw else { throw .malformed("a manifest chunk must be raw") }
                chunks.append(cid)
            }
        }
        guard !chunks.isEmpty else { throw .malformed("a manifest without chunks") }
        self.init(chunks: chunks, size: size)
        guard self.bytes == bytes else { throw .malformed("manifest is not in canonical form") }
    }
}
