import CairnCrypto
import CairnTestSupport
import Foundation
import Testing
@testable import CairnMessaging

/// The per-message derivations of docs/MESSAGING.md pinned by values computed outside this code: Python's
/// hashlib.blake2b (the BLAKE2 reference implementation, not libsodium), fixed below and recomputed live.
@Suite("Ratchet KDF vectors (protocol v2)")
struct RatchetKDFVectorTests {
    /// chain key 00 01 … 1f, then one step further. Computed with
    ///   out = hashlib.blake2b(b"", key=ck, digest_size=64, person=b"cairn/ck/v2").digest(); mk, ck' = out[:32], out[32:]
    ///   hn = hashlib.blake2b(b"", key=ck, digest_size=24, person=b"cairn/hn/v2").digest()
    static let vector: [(chainKey: String, messageKey: String, nextChainKey: String, headerNonce: String)] = [
        ("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
         "5f85957536b444bd4eb439567d00ee71fbf4ac5ff57672e5e757ca2f03182368",
         "4f41ad589b7066ef717f18d525a781ed2ca87ebb0867004625b454665ecde8d7",
         "bf7967fbd3e8b24b92f4c60936670ecf9798c7fc76d644bf"),
        ("4f41ad589b7066ef717f18d525a781ed2ca87ebb0867004625b454665ecde8d7",
         "01adebe2f0279ed9b8d4ddb94df6c12c7d26ebca083d3f24ca5cbb2079a5558a",
         "68325829e09b9a0a7f11fe76669a335d9aaf9c8ac407319052de9b2a89938a80",
         "c7741fa723464033a98b92211c05797430242457400144f9"),
    ]

    @Test func chainStepAndHeaderNonceMatchTheFixedVector() throws {
        for v in Self.vector {
            let chainKey = SecretBytes(try Hex.decode(v.chainKey))
            let (next, message) = RatchetKDF.chain(chainKey)
            #expect(Hex.encode(message.unprotectedBytes) == v.messageKey)
            #expect(Hex.encode(next.unprotectedBytes) == v.nextChainKey)
            #expect(Hex.encode(RatchetKDF.headerNonce(chainKey)) == v.headerNonce)
        }
    }

    /// A whole message from a known sending chain: the header is hn ‖ XChaCha20-Poly1305(HKs, hn, header), the
    /// body ChaCha20-Poly1305(mk, 0^12, plaintext, AD ‖ encrypted header), with hn and mk from the vector.
    @Test func messageIsComposedAsTheDocSays() throws {
        var pair = try RatchetPair()
        let first = try #require(Self.vector.first)
        pair.alice.sendingChainKey = SecretBytes(try Hex.decode(first.chainKey))
        let headerKey = try #require(pair.alice.sendingHeaderKey)
        let ad = Array("ad".utf8), plaintext = Array("vector".utf8)
        let header = RatchetHeader(ratchetKey: pair.alice.sendingRatchetKey.publicKey, previousChainLength: 0, messageNumber: 0).bytes
        let message = try pair.alice.encrypt(plaintext, associatedData: ad)

        let nonce = try Hex.decode(first.headerNonce)
        #expect(message.encryptedHeader == nonce + (try XChaCha20Poly1305.seal(header, key: headerKey, nonce: nonce)))
        let body = try ChaCha20Poly1305.seal(
            plaintext, key: SecretBytes(try Hex.decode(first.messageKey)), nonce: [UInt8](repeating: 0, count: 12),
            associatedData: ad + message.encryptedHeader)
        #expect(message.ciphertext == body)
        #expect(pair.alice.sendingChainKey == SecretBytes(try Hex.decode(first.nextChainKey)))
    }

    @Test func randomChainKeysAgreeWithPythonHashlib() async throws {
        let chainKeys = (0..<8).map { _ in SecureRandom.bytes(32) }
        let python = try await Self.runPython(chainKeys)
        try #require(python.count == chainKeys.count)
        for (key, expected) in zip(chainKeys, python) {
            let (next, message) = RatchetKDF.chain(SecretBytes(key))
            let context = Comment(rawValue: "chain key \(Hex.encode(key))")
            #expect(Hex.encode(message.unprotectedBytes) == expected[0], context)
            #expect(Hex.encode(next.unprotectedBytes) == expected[1], context)
            #expect(Hex.encode(RatchetKDF.headerNonce(SecretBytes(key))) == expected[2], context)
        }
    }

    static let script = #"""
    import hashlib, json, sys
    out = []
    for ck in map(bytes.fromhex, sys.argv[1:]):
        kdf = hashlib.blake2b(b"", key=ck, digest_size=64, person=b"cairn/ck/v2").digest()
        hn = hashlib.blake2b(b"", key=ck, digest_size=24, person=b"cairn/hn/v2").digest()
        out.append([kdf[:32].hex(), kdf[32:].hex(), hn.hex()])
    print(json.dumps(out))
    """#

    static func runPython(_ chainKeys: [[UInt8]]) async throws -> [[String]] {
        let output = try await Python3.run(["-c", script] + chainKeys.map { Hex.encode($0) })
        try #require(output.status == 0, "python3 failed: \(output.stderr)")
        return try JSONDecoder().decode([[String]].self, from: output.stdout)
    }
}
