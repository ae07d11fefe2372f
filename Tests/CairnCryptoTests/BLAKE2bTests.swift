import CairnCrypto
import Testing

@Suite("BLAKE2b: keyed, personalized, and as a KDF")
struct BLAKE2bTests {
    static let kat = "10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568"

    @Test func keyedHashMatchesTheReferenceKnownAnswer() throws {
        // blake2b-kat.txt (BLAKE2 reference), keyed: key 00 01 … 3f, empty input, 64-byte output.
        let key = (0..<64).map(UInt8.init)
        #expect(Hex.encode(try BLAKE2b.hash([UInt8](), outputByteCount: 64, key: key)) == Self.kat)
        #expect(Hex.encode(try BLAKE2b.hash([UInt8](), outputByteCount: 64, key: SecretBytes(key))) == Self.kat)
    }

    @Test func personalizationMatchesPythonHashlib() throws {
        // Python's hashlib.blake2b (the BLAKE2 reference code, not libsodium), which zero-pads `person` to 16 bytes:
        //   blake2b(b"abc", key=bytes(range(32)), digest_size=32, person=b"cairn-test").hexdigest()
        //   blake2b(b"abc", digest_size=64, person=b"0123456789abcdef").hexdigest()
        let abc = Array("abc".utf8)
        #expect(Hex.encode(try BLAKE2b.hash(abc, outputByteCount: 32, key: (0..<32).map(UInt8.init), personalization: Array("cairn-test".utf8)))
            == "c207e1d5ab1ca08430f5aaab211a65b53eb6a7076ce1910499270145683889c3")
        #expect(Hex.encode(try BLAKE2b.hash(abc, outputByteCount: 64, personalization: Array("0123456789abcdef".utf8)))
            == "30c7fb5d5824341814d3992da32b37384b936b1ee179b123ba508392a4b84e377675a86c8e9383091a1a599a221be96823dab17e511fa754a2843ad7d9e448d8")
        // A zero personalization is no personalization.
        #expect(try BLAKE2b.hash(abc, personalization: [UInt8](repeating: 0, count: 16)) == BLAKE2b.hash(abc))
    }

    @Test func deriveKeyPairSplitsTheKeyedHashOfNothing() throws {
        let key = SecretBytes((0..<32).map(UInt8.init))
        let label = Array("cairn/ck/v2".utf8)
        let (first, second) = try BLAKE2b.deriveKeyPair(key: key, personalization: label)
        let whole = try BLAKE2b.hash([UInt8](), outputByteCount: 64, key: key, personalization: label)
        #expect(first.unprotectedBytes == Array(whole[..<32]))
        #expect(second.unprotectedBytes == Array(whole[32...]))
        // hashlib.blake2b(b"", key=bytes(range(32)), digest_size=64, person=b"cairn/ck/v2"), first half.
        #expect(Hex.encode(first.unprotectedBytes) == "5f85957536b444bd4eb439567d00ee71fbf4ac5ff57672e5e757ca2f03182368")
    }

    @Test func refusesSizesLibsodiumDoesNot() {
        #expect(throws: CryptoError.self) { try BLAKE2b.hash([1], outputByteCount: 8) }
        #expect(throws: CryptoError.self) { try BLAKE2b.hash([1], outputByteCount: 65) }
        #expect(throws: CryptoError.self) { try BLAKE2b.hash([1], key: [UInt8](repeating: 1, count: 65)) }
        #expect(throws: CryptoError.self) { try BLAKE2b.hash([1], personalization: [UInt8](repeating: 1, count: 17)) }
        #expect(throws: CryptoError.self) { try BLAKE2b.deriveKeyPair(key: [UInt8](repeating: 1, count: 65), personalization: []) }
    }
}
