import CairnBlobs
import CairnCrypto
import Testing

/// CAR v1 framing: what `encode` writes reads back, every way a file's framing can break is a typed error,
/// and a block's own faults (an unsupported CID) stay with that block.
@Suite("CAR v1")
struct CARv1Tests {
    static let blocks: [(cid: CID, data: [UInt8])] = (0..<3).map { index in
        let data = Array("block \(index)".utf8)
        return (CID(content: data), data)
    }

    @Test func roundTripsBlocksAndRoots() throws {
        let bytes = CARv1.encode(roots: [Self.blocks[0].cid], blocks: Self.blocks)
        let car = try CARv1(parsing: bytes)
        #expect(car.roots == [Self.blocks[0].cid.bytes])
        #expect(car.blocks.map(\.data) == Self.blocks.map(\.data))
        #expect(try car.blocks.map { try $0.cid.get() } == Self.blocks.map(\.cid))
        // No roots, no blocks: still a CAR file (IPLD now advises readers to accept empty roots).
        let empty = try CARv1(parsing: CARv1.encode(roots: [], blocks: []))
        #expect(empty.roots.isEmpty && empty.blocks.isEmpty)
    }

    @Test func writesTheHeaderGoCarAndJsCarWrite() throws {
        // {"roots": [bafkrei… of "block 0"], "version": 1} in DAG-CBOR, by hand: map(2), "roots", array(1),
        // tag 42, bytes(37) = 0x00 ‖ CID (36 bytes), "version", 1.
        let cid = Self.blocks[0].cid.bytes
        let header: [UInt8] = [0xa2, 0x65] + Array("roots".utf8) + [0x81, 0xd8, 0x2a, 0x58, 0x25, 0x00] + cid + [0x67] + Array("version".utf8) + [0x01]
        let bytes = CARv1.encode(roots: [Self.blocks[0].cid], blocks: [])
        #expect(bytes == [UInt8(header.count)] + header)
    }

    @Test func everyTruncationIsTypedNeverATrap() throws {
        let bytes = CARv1.encode(roots: [Self.blocks[0].cid], blocks: Self.blocks)
        let headerEnd = Int(bytes[0]) + 1
        var boundaries = Set([headerEnd])
        var offset = headerEnd
        for block in Self.blocks {
            offset += 1 + block.cid.bytes.count + block.data.count
            boundaries.insert(offset)
        }
        for length in 0..<bytes.count {
            let prefix = Array(bytes.prefix(length))
            if boundaries.contains(length) {
                // Cut between sections: a shorter but whole file.
                #expect(throws: Never.self) { try CARv1(parsing: prefix) }
                continue
            }
            #expect(throws: CARError.self, "a CAR cut to \(length) bytes was read") { try CARv1(parsing: prefix) }
        }
    }

    @Test func refusesBrokenHeadersAndSections() throws {
        func header(_ cbor: [UInt8]) -> [UInt8] { [UInt8(cbor.count)] + cbor }
        // CARv2's pragma, {"version": 2}.
        #expect(throws: CARError.unsupportedVersion(2)) { try CARv1(parsing: header([0xa1, 0x67] + Array("version".utf8) + [0x02])) }
        // Not a map, an unknown key, a root that is not a link.
        #expect(throws: CARError.self) { try CARv1(parsing: header([0x01])) }
        #expect(throws: CARError.self) { try CARv1(parsing: header([0xa2, 0x63] + Array("foo".utf8) + [0x01, 0x67] + Array("version".utf8) + [0x01])) }
        #expect(throws: CARError.self) { try CARv1(parsing: header([0xa2, 0x65] + Array("roots".utf8) + [0x81, 0x01, 0x67] + Array("version".utf8) + [0x01])) }
        // A varint header length with a trailing zero group, and one past 63 bits.
        #expect(throws: CARError.malformedHeader("the header length is a non-minimal varint")) { try CARv1(parsing: [0x80, 0x00]) }
        #expect(throws: CARError.malformedHeader("the header length is a varint over 63 bits")) {
            try CARv1(parsing: [UInt8](repeating: 0xff, count: 12))
        }
        #expect(throws: CARError.truncated("inside the header length")) { try CARv1(parsing: [0x80]) }
        // A section that does not start with a CID.
        let good = CARv1.encode(roots: [], blocks: [])
        #expect(throws: CARError.malformedSection(index: 0, "does not start with a CID")) { try CARv1(parsing: good + [0x03, 0x07, 0x01, 0x02]) }
        // A section whose CID claims a digest longer than the section.
        #expect(throws: CARError.malformedSection(index: 0, "ends inside its CID's digest")) {
            try CARv1(parsing: good + [0x05, 0x01, 0x55, 0x12, 0x20, 0x00])
        }
    }

    @Test func limitsBlocksAndSizes() throws {
        let bytes = CARv1.encode(roots: [], blocks: Self.blocks)
        #expect(throws: CARError.tooLarge("more than 2 blocks")) { try CARv1(parsing: bytes, maximumBlocks: 2) }
        #expect(throws: CARError.self) { try CARv1(parsing: bytes, maximumBlockSize: 4) }
        #expect(try CARv1(parsing: bytes, maximumBlocks: 3, maximumBlockSize: 7).blocks.count == 3)
    }

    @Test func keepsAnUnsupportedCIDWithItsBlock() throws {
        let data = Array("dag-pb".utf8)
        // CIDv1, dag-pb (0x70): delimited, but not a codec Cairn serves.
        let dagPB: [UInt8] = [0x01, 0x70, 0x12, 0x20] + SHA256.hash(data)
        // CIDv0: a bare sha2-256 multihash.
        let v0: [UInt8] = [0x12, 0x20] + SHA256.hash(data)
        var bytes = CARv1.encode(roots: [], blocks: [Self.blocks[0]])
        for cid in [dagPB, v0] { bytes += [UInt8(cid.count + data.count)] + cid + data }
        let car = try CARv1(parsing: bytes)
        #expect(car.blocks.count == 3)
        #expect(try car.blocks[0].cid.get() == Self.blocks[0].cid)
        #expect(car.blocks[1].cid == .failure(.unsupported("codec 0x70")))
        #expect(car.blocks[2].cid == .failure(.unsupported("CIDv0 (use CIDv1)")))
        #expect(car.blocks[1].data == data && car.blocks[2].cidBytes == v0)
    }
}
