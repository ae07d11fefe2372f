import CairnCrypto
import Testing

// Wycheproof ECDH over secp256k1 (public keys as X.509 SubjectPublicKeyInfo), against
// `Secp256k1.PrivateKey.sharedSecret(with:)`, which returns the raw x-coordinate.

struct WycheproofECDHGroup: Decodable {
    let curve: String
    let encoding: String
    let tests: [WycheproofKeyAgreementCase]
}

/// A key-agreement case; ECDH (ecdh_test_schema) and X25519 (xdh_comp_schema) share this shape.
struct WycheproofKeyAgreementCase: Decodable, WycheproofCase {
    let tcId: Int
    let comment: String
    let flags: [String]
    let `public`: WycheproofBytes
    let `private`: WycheproofBytes
    let shared: WycheproofBytes
    let result: WycheproofResult
}

enum WycheproofSPKI {
    /// SEQUENCE { SEQUENCE { id-ecPublicKey, secp256k1 }, BIT STRING (0 unused bits) } for a 65-byte point.
    static let uncompressedPrefix = try! Wycheproof.hex("3056301006072a8648ce3d020106052b8104000a034200")
    /// The same for a 33-byte compressed point.
    static let compressedPrefix = try! Wycheproof.hex("3036301006072a8648ce3d020106052b8104000a032200")

    /// The SEC 1 point of a secp256k1 SPKI, or nil. DER is unique, so for this one curve and these two point
    /// sizes a fixed prefix followed by exactly the point is a complete strict parse: any other encoding
    /// (long-form lengths, explicit curve parameters, extra or missing bytes, unused bits) is rejected.
    static func secp256k1Point(_ der: [UInt8]) -> [UInt8]? {
        if der.count == uncompressedPrefix.count + 65, der.starts(with: uncompressedPrefix) {
            return Array(der.dropFirst(uncompressedPrefix.count))
        }
        if der.count == compressedPrefix.count + 33, der.starts(with: compressedPrefix) {
            return Array(der.dropFirst(compressedPrefix.count))
        }
        return nil
    }
}

@Suite("Wycheproof ECDH secp256k1")
struct WycheproofECDHTests {
    /// Big-endian scalar normalised to 32 bytes (leading zeros stripped, left-padded). A value with more than
    /// 32 significant bytes is passed through so that `PrivateKey(rawRepresentation:)` rejects it.
    static func scalar32(_ bytes: [UInt8]) -> [UInt8] {
        let significant = Array(bytes.drop(while: { $0 == 0 }))
        guard significant.count <= 32 else { return significant }
        return [UInt8](repeating: 0, count: 32 - significant.count) + significant
    }

    /// Policy for `acceptable` cases: our API accepts exactly the cases flagged `CompressedPublic` (a valid
    /// compressed point in the strict SPKI form), and the secret must then match. Every other acceptable case
    /// (InvalidAsn, UnusedParam, UnnamedCurve, WrongOrder, ModifiedGenerator, ModifiedCofactor, NoCofactor,
    /// ModifiedCurveParameter: BER/alternative encodings and explicit curve parameters) is rejected, by the
    /// strict SPKI parse or, for a modified point, by `PublicKey(bytes:)`.
    @Test func sharedSecrets() throws {
        let name = "ecdh_secp256k1_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofECDHGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        var compressedAccepted = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            #expect(group.curve == "secp256k1" && group.encoding == "asn")
            for test in group.tests {
                let outcome = WycheproofOutcome {
                    guard let point = WycheproofSPKI.secp256k1Point(test.public.bytes) else {
                        throw WycheproofSPKIRejected()
                    }
                    let peer = try Secp256k1.PublicKey(bytes: point)
                    let key = try Secp256k1.PrivateKey(rawRepresentation: Self.scalar32(test.private.bytes))
                    return try key.sharedSecret(with: peer).unprotectedBytes
                }
                let problem: String?
                switch test.result {
                case .valid:
                    problem = outcome.problemUnlessAccepted(producing: test.shared.bytes)
                case .invalid:
                    problem = outcome.problemUnlessRejected
                case .acceptable:
                    if test.flags.contains("CompressedPublic") {
                        problem = outcome.problemUnlessAccepted(producing: test.shared.bytes)
                        if problem == nil { compressedAccepted += 1 }
                    } else {
                        problem = outcome.problemUnlessRejected
                    }
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
        #expect(compressedAccepted > 0, "no compressed-point case exercised")
    }

    @Test func strictSPKIHelper() throws {
        let point = try Wycheproof.hex(
            "04d8096af8a11e0b80037e1ee68246b5dcbb0aeb1cf1244fd767db80f3fa27da2b396812ea1686e7472e9692eaf3e958e50e9500d3b4c77243db1f2acd67ba9cc4")
        #expect(WycheproofSPKI.secp256k1Point(WycheproofSPKI.uncompressedPrefix + point) == point)
        #expect(WycheproofSPKI.secp256k1Point(WycheproofSPKI.uncompressedPrefix + point + [0]) == nil)
        #expect(WycheproofSPKI.secp256k1Point(WycheproofSPKI.uncompressedPrefix + point.dropLast()) == nil)
        #expect(WycheproofSPKI.secp256k1Point(WycheproofSPKI.compressedPrefix + point) == nil)
        #expect(WycheproofSPKI.secp256k1Point(WycheproofSPKI.compressedPrefix + point.prefix(33)) == Array(point.prefix(33)))
        #expect(Self.scalar32([0, 0x01, 0x02]) == [UInt8](repeating: 0, count: 30) + [0x01, 0x02])
        #expect(Self.scalar32([0] + [UInt8](repeating: 0xff, count: 32)) == [UInt8](repeating: 0xff, count: 32))
        #expect(Self.scalar32([UInt8](repeating: 0xff, count: 33)).count == 33)
    }
}

/// The public key was not one of the two exact DER forms accepted by `WycheproofSPKI`.
struct WycheproofSPKIRejected: Error, CustomStringConvertible {
    var description: String { "SPKI is not a strict DER secp256k1 public key" }
}
