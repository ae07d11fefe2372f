import CairnBlobs
import CairnCrypto
import Foundation
import Testing

@Suite("CIDs")
struct CIDTests {
    struct Vector: Decodable {
        let data: String
        let cid: String
        let cidBytes: String
    }

    static let vectors: [Vector] = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { directory.deleteLastPathComponent() }
        let url = directory.deletingLastPathComponent().appendingPathComponent("shared/testvectors/cid.json")
        struct File: Decodable { let raw: [Vector] }
        return try! JSONDecoder().decode(File.self, from: Data(contentsOf: url)).raw
    }()

    @Test("every CID of ../shared/testvectors/cid.json is reproduced, in text and bytes, and parses back")
    func vectors() throws {
        #expect(Self.vectors.count >= 4)
        for vector in Self.vectors {
            let data = try Hex.decode(vector.data)
            let cid = CID(content: data)
            #expect(cid.string == vector.cid)
            #expect(Hex.encode(cid.bytes) == vector.cidBytes)
            #expect(try CID(vector.cid) == cid)
            #expect(try CID(bytes: Hex.decode(vector.cidBytes)) == cid)
            #expect(cid.matches(data))
            #expect(!cid.matches(data + [0]))
        }
    }

    @Test("malformed and unsupported CIDs are refused with a reason")
    func refusals() throws {
        let good = CID(content: Array("hello world".utf8)).string
        #expect(throws: CIDError.self) { try CID("") }
        #expect(throws: CIDError.self) { try CID("B" + good.dropFirst()) }
        #expect(throws: CIDError.self) { try CID(good.dropLast()) }
        #expect(throws: CIDError.self) { try CID(good + "a") }
        #expect(throws: CIDError.self) { try CID(good.replacingOccurrences(of: "a", with: "1")) }
        #expect(throws: CIDError.unsupported("CIDv0 (use the base32 CIDv1 form)")) { try CID("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG") }
        // dag-pb (0x70) and sha2-512 (0x13) are valid CIDs Cairn does not serve.
        #expect(throws: CIDError.unsupported("codec 0x70")) { try CID(bytes: [1, 0x70, 0x12, 32] + [UInt8](repeating: 0, count: 32)) }
        #expect(throws: CIDError.self) { try CID(bytes: [1, 0x55, 0x13, 64] + [UInt8](repeating: 0, count: 64)) }
        // A non-minimal varint would give one CID two spellings.
        #expect(throws: CIDError.malformed("non-minimal varint")) { try CID(bytes: [0x81, 0x00, 0x55, 0x12, 32] + [UInt8](repeating: 0, count: 32)) }
        #expect(throws: CIDError.malformed("varint too long")) { try CID(bytes: [UInt8](repeating: 0xff, count: 10)) }
        #expect(throws: CIDError.malformed("truncated")) { try CID(bytes: [0x01, 0x81]) }
        #expect(throws: CIDError.self) { try CID(String(repeating: "b", count: 500)) }
    }

    @Test("base32 round-trips every length, and refuses non-zero padding bits")
    func base32() {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
        }
        #expect(Base32.encode(Array("foobar".utf8)) == "mzxw6ytboi")
        #expect(Base32.decode("mzxw6ytboj") == nil, "non-zero padding bits decode")
        #expect(Base32.decode("MZXW6YTBOI") == nil, "upper case is another multibase")
    }

    @Test("manifests have one canonical encoding and refuse any other")
    func manifests() throws {
        let chunks = [CID(content: [1]), CID(content: [2])]
        let manifest = BlobManifest(chunks: chunks, size: 2)
        #expect(String(decoding: manifest.bytes, as: UTF8.self) == "{\"chunks\":[{\"/\":\"\(chunks[0])\"},{\"/\":\"\(chunks[1])\"}],\"size\":2}")
        #expect(try BlobManifest(bytes: manifest.bytes) == manifest)
        for bad in [
            "{\"size\":2,\"chunks\":[{\"/\":\"\(chunks[0])\"}]}", "{\"chunks\":[],\"size\":0}",
            "{\"chunks\":[{\"/\":\"\(chunks[0])\"}],\"size\":02}", "{\"chunks\":[{\"/\":\"\(chunks[0])\"} ],\"size\":1}",
            "{\"chunks\":[{\"/\":\"\(CID(content: [1], codec: .dagJSON))\"}],\"size\":1}",
        ] {
            #expect(throws: CIDError.self, "\(bad)") { try BlobManifest(bytes: Array(bad.utf8)) }
        }
    }
}
