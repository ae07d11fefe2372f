import CairnCrypto
import Testing

// Wycheproof HMAC-SHA256 against `HMACSHA256`.

struct WycheproofMACGroup: Decodable {
    let keySize: Int
    /// Tag size in bits; the tags of the group are the first tagSize/8 bytes of the full MAC.
    let tagSize: Int
    let tests: [WycheproofMACCase]
}

struct WycheproofMACCase: Decodable, WycheproofCase {
    let tcId: Int
    let comment: String
    let flags: [String]
    let key: WycheproofBytes
    let msg: WycheproofBytes
    let tag: WycheproofBytes
    let result: WycheproofResult
}

@Suite("Wycheproof HMAC-SHA256")
struct WycheproofHMACTests {
    /// The computed MAC, truncated to the group's tagSize, equals the tag for valid cases and differs from it for
    /// invalid ones. `HMACSHA256.isValid` only takes full 32-byte tags: for full-size groups it must agree with
    /// the expected result, and for truncated groups it must reject every tag (its documented policy). No
    /// `acceptable` cases in the file.
    @Test func hmacSHA256() throws {
        let name = "hmac_sha256_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofMACGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        var truncatedCases = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            let tagBytes = group.tagSize / 8
            #expect(group.tagSize % 8 == 0 && tagBytes <= HMACSHA256.byteCount)
            for test in group.tests {
                let mac = HMACSHA256.authenticationCode(for: test.msg.bytes, key: test.key.bytes)
                let truncated = Array(mac.prefix(tagBytes))
                let matches = truncated == test.tag.bytes
                let isValid = HMACSHA256.isValid(test.tag.bytes, for: test.msg.bytes, key: test.key.bytes)
                let full = tagBytes == HMACSHA256.byteCount
                if !full { truncatedCases += 1 }

                var problem: String?
                switch test.result {
                case .valid:
                    if test.tag.count != tagBytes {
                        problem = "vector tag has \(test.tag.count) bytes, tagSize says \(tagBytes)"
                    } else if !matches {
                        problem = "computed \(Wycheproof.hexString(truncated)), expected \(test.tag.hex)"
                    }
                case .invalid:
                    if matches { problem = "computed tag equals the invalid tag" }
                case .acceptable:
                    problem = "no policy for acceptable cases in this file"
                }
                if problem == nil {
                    let expectIsValid = full && test.result == .valid
                    if isValid != expectIsValid { problem = "isValid returned \(isValid), expected \(expectIsValid)" }
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
        #expect(truncatedCases > 0, "no truncated-tag group in \(name)")
    }
}
