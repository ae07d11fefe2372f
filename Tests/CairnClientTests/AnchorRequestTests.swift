import CairnBlobs
import CairnClient
import CairnCrypto
import CairnRPC
import Testing

@Suite("Anchoring requests: signed, bound to one chain, strict")
struct AnchorRequestTests {
    static let key = try! Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 7, count: 32))
    static let cid = CID(content: Array("hello".utf8))
    static let tag = [UInt8](repeating: 0xAB, count: 32)
    static func parseCID(_ text: String) -> [UInt8]? { (try? CID(text))?.bytes }

    @Test("a signed request parses back to the same request and the signer")
    func roundTrip() throws {
        let request = try AnchorRequest(tag: Self.tag, cid: Self.cid.bytes, expires: 10_000, chainID: 31337, key: Self.key)
        let parsed = try AnchorRequest(json: request.json(cidText: Self.cid.string), chainID: 31337, cid: Self.parseCID)
        #expect(parsed == request)
        #expect(parsed.sender == Address(publicKey: Self.key.publicKey))
        try parsed.check(now: 9_999)
        try parsed.check(now: 10_000 - AnchorRequest.maximumLifetime)
        #expect(throws: AnchorRequestError.self) { try parsed.check(now: 10_000) }
        #expect(throws: AnchorRequestError.self) { try parsed.check(now: 10_000 - AnchorRequest.maximumLifetime - 1) }
    }

    @Test("another chain, a changed field, a claimed sender that did not sign, a high s or a malformed field is refused")
    func refusals() throws {
        let request = try AnchorRequest(tag: Self.tag, cid: Self.cid.bytes, expires: 1_000, chainID: 31337, key: Self.key)
        let good = request.json(cidText: Self.cid.string)
        // On another chain the signature recovers to someone else, who is not the sender named.
        #expect(throws: AnchorRequestError.self) { try AnchorRequest(json: good, chainID: 1, cid: Self.parseCID) }
        func altered(_ field: String, _ value: JSONValue) -> JSONValue {
            guard case var .object(fields) = good else { return good }
            fields[field] = value
            return .object(fields)
        }
        let other = Address(publicKey: try Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 8, count: 32)).publicKey)
        let cases: [JSONValue] = [
            altered("expires", 1_001), altered("tag", .string("0x" + String(repeating: "cd", count: 32))),
            altered("cid", .string(CID(content: [1]).string)), altered("sender", .string(other.description)),
            altered("tag", "0x1234"), altered("cid", "not-a-cid"), altered("expires", -5), altered("expires", "soon"),
            altered("signature", "0x00"), altered("signature", .string("0x" + String(repeating: "00", count: 65))),
            [:], "a string", [1, 2],
        ]
        for body in cases {
            #expect(throws: AnchorRequestError.self) { try AnchorRequest(json: body, chainID: 31337, cid: Self.parseCID) }
        }
        // The high-s twin of a valid signature recovers the same key; it is still refused.
        let order: [UInt8] = try Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        var s = Array(request.signature[32..<64])
        var borrow = 0
        for i in stride(from: 31, through: 0, by: -1) {
            let difference = Int(order[i]) - Int(s[i]) - borrow
            s[i] = UInt8((difference + 256) % 256)
            borrow = difference < 0 ? 1 : 0
        }
        let v = request.signature[64] == 27 ? UInt8(28) : UInt8(27)
        let twin = Array(request.signature[0..<32]) + s + [v]
        #expect(throws: AnchorRequestError.self) {
            try AnchorRequest(json: altered("signature", .string("0x" + Hex.encode(twin))), chainID: 31337, cid: Self.parseCID)
        }
    }
}
