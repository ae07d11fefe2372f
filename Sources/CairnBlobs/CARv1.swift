/// Why a CAR file could not be read. These are faults of the archive's framing, after which no later
/// section can be found; a block's own faults (bytes that do not match its CID, a codec Cairn does not
/// serve) are reported per block by whoever stores the blocks.
public enum CARError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file ends inside the header or a section.
    case truncated(String)
    /// The header is not the DAG-CBOR map `{"roots": [CID…], "version": 1}`.
    case malformedHeader(String)
    /// A CAR of another version (CARv2 starts with a `{"version": 2}` pragma).
    case unsupportedVersion(UInt64)
    /// Section `index` (from 0) cannot be split into a CID and its bytes.
    case malformedSection(index: Int, String)
    /// More blocks, or a larger one, than the reader was told to take.
    case tooLarge(String)

    public var description: String {
        switch self {
        case let .truncated(detail): "truncated CAR file: \(detail)"
        case let .malformedHeader(detail): "malformed CAR header: \(detail)"
        case let .unsupportedVersion(version): "CAR version \(version) is not supported (send CARv1)"
        case let .malformedSection(index, detail): "malformed CAR section \(index): \(detail)"
        case let .tooLarge(detail): "CAR file too large: \(detail)"
        }
    }
}

/// A CAR v1 archive (IPLD's Content Addressable aRchive, `application/vnd.ipld.car`): many blocks in one
/// body, each named by its CID, as IPFS moves them. The framing is a varint-prefixed DAG-CBOR header
/// `{"roots": [CID…], "version": 1}`, then sections of varint(length) ‖ binary CID ‖ block bytes.
///
/// Reading checks the framing only: a block's CID is parsed (an unsupported one is kept as its error, so
/// one odd block does not sink the others) but its bytes are not hashed here. Roots are kept as the
/// header lists them; Cairn does not use them, and an empty list is accepted, as IPLD now advises.
public struct CARv1: Sendable {
    /// One section: the CID as written, what it parses to, and the block's bytes.
    public struct Block: Sendable {
        public let cidBytes: [UInt8]
        public let cid: Result<CID, CIDError>
        public let data: [UInt8]
    }

    public static let mediaType = "application/vnd.ipld.car"

    /// The roots' binary CIDs.
    public let roots: [[UInt8]]
    public let blocks: [Block]

    /// Reads a whole archive; refuses more than `maximumBlocks` blocks or a block over `maximumBlockSize` bytes.
    public init(parsing bytes: [UInt8], maximumBlocks: Int = 10_000, maximumBlockSize: Int = 1 << 20) throws(CARError) {
        var reader = Reader(bytes: bytes)
        guard let headerLength = try reader.varint("the header length", malformed: CARError.malformedHeader) else { throw .truncated("no header") }
        guard headerLength > 0, headerLength <= 1 << 20 else { throw .malformedHeader("a header of \(headerLength) bytes") }
        guard headerLength <= reader.remaining else { throw .truncated("the header says \(headerLength) bytes, \(reader.remaining) follow") }
        roots = try Self.header(Array(bytes[reader.offset..<reader.offset + Int(headerLength)]))
        reader.offset += Int(headerLength)
        var blocks: [Block] = []
        while let length = try reader.varint("section \(blocks.count)'s length", malformed: { [index = blocks.count] in .malformedSection(index: index, $0) }) {
            let index = blocks.count
            guard index < maximumBlocks else { throw .tooLarge("more than \(maximumBlocks) blocks") }
            // A CID of Cairn's kind is 36 bytes; 128 leaves room for any CID that can be delimited.
            guard length <= UInt64(maximumBlockSize + 128) else { throw .tooLarge("section \(index) is \(length) bytes") }
            guard length <= reader.remaining else { throw .truncated("section \(index) says \(length) bytes, \(reader.remaining) follow") }
            let section = Array(bytes[reader.offset..<reader.offset + Int(length)])
            reader.offset += Int(length)
            let cidLength = try Self.cidLength(section, index: index)
            let cidBytes = Array(section[..<cidLength])
            let data = Array(section[cidLength...])
            guard data.count <= maximumBlockSize else { throw .tooLarge("block \(index) is \(data.count) bytes") }
            let cid: Result<CID, CIDError> = cidBytes.count == 34 && cidBytes[0] == 0x12
                ? .failure(.unsupported("CIDv0 (use CIDv1)")) : Result { () throws(CIDError) in try CID(bytes: cidBytes) }
            blocks.append(Block(cidBytes: cidBytes, cid: cid, data: data))
        }
        self.blocks = blocks
    }

    /// The archive of `blocks` under `roots`, in the canonical header form (DAG-CBOR: "roots" before "version").
    public static func encode(roots: [CID], blocks: [(cid: CID, data: [UInt8])]) -> [UInt8] {
        var header: [UInt8] = [0xa2, 0x65] + Array("roots".utf8) + cborHead(major: 4, roots.count)
        for root in roots {
            let cid = root.bytes
            header += [0xd8, 0x2a] + cborHead(major: 2, cid.count + 1) + [0x00] + cid
        }
        header += [0x67] + Array("version".utf8) + [0x01]
        var out = CID.varint(UInt64(header.count)) + header
        out.reserveCapacity(out.count + blocks.reduce(0) { $0 + $1.data.count + 40 })
        for block in blocks {
            let cid = block.cid.bytes
            out += CID.varint(UInt64(cid.count + block.data.count))
            out += cid
            out += block.data
        }
        return out
    }

    // MARK: Reading

    /// Unsigned LEB128, minimal, at most 63 bits; nil at the very end of the input.
    struct Reader {
        let bytes: [UInt8]
        var offset = 0
        var remaining: UInt64 { UInt64(bytes.count - offset) }

        mutating func varint(_ what: String, malformed: (String) -> CARError) throws(CARError) -> UInt64? {
            guard offset < bytes.count else { return nil }
            switch CID.decodeVarint(bytes, at: &offset) {
            case let .value(value): return value
            case .truncated: throw .truncated("inside \(what)")
            case .nonMinimal: throw malformed("\(what) is a non-minimal varint")
            case .tooLong: throw malformed("\(what) is a varint over 63 bits")
            }
        }
    }

    /// How many bytes of `section` its CID takes: CIDv1 is varints (version, codec, hash, length) and the
    /// digest; CIDv0 is a bare sha2-256 multihash (34 bytes).
    static func cidLength(_ section: [UInt8], index: Int) throws(CARError) -> Int {
        if section.count >= 34 && section[0] == 0x12 && section[1] == 0x20 { return 34 }
        var reader = Reader(bytes: section)
        func next(_ what: String) throws(CARError) -> UInt64 {
            let value: UInt64?
            do {
                value = try reader.varint("its CID's \(what)", malformed: { .malformedSection(index: index, $0) })
            } catch {
                // The section's length is known: running out inside it is the section's fault, not the file's.
                if case .truncated = error { throw .malformedSection(index: index, "ends inside its CID") }
                throw error
            }
            guard let value else { throw .malformedSection(index: index, "ends inside its CID") }
            return value
        }
        guard try next("version") == 1 else { throw .malformedSection(index: index, "does not start with a CID") }
        _ = try next("codec")
        _ = try next("hash function")
        let digest = try next("digest length")
        guard digest <= reader.remaining else { throw .malformedSection(index: index, "ends inside its CID's digest") }
        return reader.offset + Int(digest)
    }

    /// The roots of a header, which must be a map of "roots" (an array of tag-42 links) and "version" 1.
    static func header(_ bytes: [UInt8]) throws(CARError) -> [[UInt8]] {
        var cbor = CBORReader(bytes: bytes)
        let keys = try cbor.head(major: 5)
        // CARv2's pragma is `{"version": 2}` alone: read what is there, then judge the version first.
        guard (1...2).contains(keys) else { throw .malformedHeader("the header is a map of roots and version") }
        var roots: [[UInt8]]?
        var version: UInt64?
        for _ in 0..<keys {
            switch try cbor.text() {
            case "roots" where roots == nil:
                let count = try cbor.head(major: 4)
                guard count <= 10_000 else { throw .malformedHeader("\(count) roots") }
                var list: [[UInt8]] = []
                for _ in 0..<count {
                    guard try cbor.head(major: 6) == 42 else { throw .malformedHeader("a root is not a CID link (tag 42)") }
                    let link = try cbor.byteString()
                    guard link.first == 0x00, link.count > 1 else { throw .malformedHeader("a root link lacks its 0x00 prefix") }
                    list.append(Array(link.dropFirst()))
                }
                roots = list
            case "version" where version == nil:
                version = try cbor.head(major: 0)
            case let key:
                throw .malformedHeader("unexpected key '\(key.prefix(40))'")
            }
        }
        guard let version else { throw .malformedHeader("no version") }
        guard version == 1 else { throw .unsupportedVersion(version) }
        guard let roots else { throw .malformedHeader("no roots") }
        guard cbor.offset == bytes.count else { throw .malformedHeader("bytes after the header map") }
        return roots
    }

    /// Just enough CBOR for a CAR header: definite lengths, integers, strings, arrays, maps and tags.
    struct CBORReader {
        let bytes: [UInt8]
        var offset = 0

        /// The argument of the next item, which must be of `major` type.
        mutating func head(major: UInt8) throws(CARError) -> UInt64 {
            guard offset < bytes.count else { throw .truncated("inside the header") }
            let initial = bytes[offset]
            offset += 1
            guard initial >> 5 == major else { throw .malformedHeader("expected CBOR major type \(major), found \(initial >> 5)") }
            let info = initial & 0x1f
            if info < 24 { return UInt64(info) }
            guard info <= 27 else { throw .malformedHeader("indefinite or reserved CBOR length") }
            let size = 1 << Int(info - 24)
            guard bytes.count - offset >= size else { throw .truncated("inside the header") }
            let value = bytes[offset..<offset + size].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            offset += size
            return value
        }

        mutating func byteString() throws(CARError) -> [UInt8] { try payload(major: 2) }

        mutating func text() throws(CARError) -> String {
            let raw = try payload(major: 3)
            guard let text = String(validating: raw, as: UTF8.self) else { throw .malformedHeader("a key is not UTF-8") }
            return text
        }

        private mutating func payload(major: UInt8) throws(CARError) -> [UInt8] {
            let length = try head(major: major)
            guard length <= UInt64(bytes.count - offset) else { throw .truncated("inside the header") }
            defer { offset += Int(length) }
            return Array(bytes[offset..<offset + Int(length)])
        }
    }

    static func cborHead(major: UInt8, _ value: Int) -> [UInt8] {
        let value = UInt64(value)
        switch value {
        case ..<24: return [major << 5 | UInt8(value)]
        case ..<0x100: return [major << 5 | 24, UInt8(value)]
        case ..<0x10000: return [major << 5 | 25, UInt8(value >> 8), UInt8(value & 0xff)]
        default: return [major << 5 | 26] + (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> UInt64($0 * 8)) }
        }
    }
}
