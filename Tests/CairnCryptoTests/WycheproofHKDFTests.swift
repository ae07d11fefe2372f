import CairnCrypto
import Testing

// Wycheproof HKDF-SHA256 against `HKDF.deriveKey`.

struct WycheproofHKDFGroup: Decodable {
    let keySize: Int
    let tests: [WycheproofHKDFCase]
}

struct WycheproofHKDFCase: Decodable, WycheproofCase {
    let tcId: Int
    let comment: String
    let flags: [String]
    let ikm: WycheproofBytes
    let salt: WycheproofBytes
    let info: WycheproofBytes
    let size: Int
    let okm: WycheproofBytes
    let result: WycheproofResult
}

@Suite("Wycheproof HKDF-SHA256")
struct WycheproofHKDFTests {
    /// valid → `deriveKey` yields okm; invalid (SizeTooLarge: more than 255·32 bytes) → throws. No `acceptable`
    /// cases in the file.
    @Test func hkdfSHA256() throws {
        let name = "hkdf_sha256_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofHKDFGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            for test in group.tests {
                let outcome = WycheproofOutcome {
                    try HKDF.deriveKey(inputKeyMaterial: test.ikm.bytes, salt: test.salt.bytes, info: test.info.bytes,
                                       outputByteCount: test.size).unprotectedBytes
                }
                let problem: String?
                switch test.result {
                case .valid:
                    problem = test.okm.count == test.size ? outcome.problemUnlessAccepted(producing: test.okm.bytes)
                        : "vector okm has \(test.okm.count) bytes, size says \(test.size)"
                case .invalid:
                    problem = outcome.problemUnlessRejected
                case .acceptable:
                    problem = "no policy for acceptable cases in this file"
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
    }
}
