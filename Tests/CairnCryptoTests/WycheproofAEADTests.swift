import CairnCrypto
import Testing

// Wycheproof AEAD vectors against `ChaCha20Poly1305` and `XChaCha20Poly1305` (output is ciphertext || tag).

struct WycheproofAEADGroup: Decodable {
    let ivSize: Int
    let keySize: Int
    let tagSize: Int
    let tests: [WycheproofAEADCase]
}

struct WycheproofAEADCase: Decodable, WycheproofCase {
    let tcId: Int
    let comment: String
    let flags: [String]
    let key: WycheproofBytes
    let iv: WycheproofBytes
    let aad: WycheproofBytes
    let msg: WycheproofBytes
    let ct: WycheproofBytes
    let tag: WycheproofBytes
    let result: WycheproofResult
}

/// One AEAD under test, as closures over its public API.
struct WycheproofAEAD: Sendable {
    let keyByteCount: Int
    let nonceByteCount: Int
    let tagByteCount: Int
    let seal: @Sendable (_ plaintext: [UInt8], _ key: [UInt8], _ nonce: [UInt8], _ aad: [UInt8]) throws -> [UInt8]
    let open: @Sendable (_ sealed: [UInt8], _ key: [UInt8], _ nonce: [UInt8], _ aad: [UInt8]) throws -> [UInt8]

    static let chaCha20Poly1305 = WycheproofAEAD(
        keyByteCount: ChaCha20Poly1305.keyByteCount, nonceByteCount: ChaCha20Poly1305.nonceByteCount,
        tagByteCount: ChaCha20Poly1305.tagByteCount,
        seal: { try ChaCha20Poly1305.seal($0, key: $1, nonce: $2, associatedData: $3) },
        open: { try ChaCha20Poly1305.open($0, key: $1, nonce: $2, associatedData: $3) })

    static let xChaCha20Poly1305 = WycheproofAEAD(
        keyByteCount: XChaCha20Poly1305.keyByteCount, nonceByteCount: XChaCha20Poly1305.nonceByteCount,
        tagByteCount: XChaCha20Poly1305.tagByteCount,
        seal: { try XChaCha20Poly1305.seal($0, key: $1, nonce: $2, associatedData: $3) },
        open: { try XChaCha20Poly1305.open($0, key: $1, nonce: $2, associatedData: $3) })

    /// valid → seal gives ct || tag and open gives msg back. invalid → open throws: `invalidLength` when the key
    /// or nonce has the wrong size (and then seal throws `invalidLength` too), `authenticationFailed` otherwise.
    /// The files have no `acceptable` cases.
    func run(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let vectors = try Wycheproof.load(name, groups: WycheproofAEADGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            #expect(group.tagSize == tagByteCount * 8, sourceLocation: sourceLocation)
            for test in group.tests {
                let sealed = test.ct.bytes + test.tag.bytes
                let sizesOK = test.key.count == keyByteCount && test.iv.count == nonceByteCount
                let sealOutcome = WycheproofOutcome { try seal(test.msg.bytes, test.key.bytes, test.iv.bytes, test.aad.bytes) }
                let openOutcome = WycheproofOutcome { try open(sealed, test.key.bytes, test.iv.bytes, test.aad.bytes) }

                let problem: String?
                switch test.result {
                case .valid:
                    problem = sealOutcome.problemUnlessAccepted(producing: sealed).map { "seal: \($0)" }
                        ?? openOutcome.problemUnlessAccepted(producing: test.msg.bytes).map { "open: \($0)" }
                case .invalid:
                    if let p = openOutcome.problemUnlessRejected {
                        problem = "open: \(p)"
                    } else if case let .rejected(error) = openOutcome, !Self.isExpected(error, sizesOK: sizesOK) {
                        problem = "open threw \(error); expected \(sizesOK ? "authenticationFailed" : "invalidLength")"
                    } else if !sizesOK {
                        if let p = sealOutcome.problemUnlessRejected {
                            problem = "seal with a wrong-size key or nonce: \(p)"
                        } else if case let .rejected(error) = sealOutcome, !Self.isExpected(error, sizesOK: false) {
                            problem = "seal threw \(error); expected invalidLength"
                        } else {
                            problem = nil
                        }
                    } else {
                        problem = nil
                    }
                case .acceptable:
                    problem = "no policy for acceptable cases in this file"
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile, sourceLocation: sourceLocation)
    }

    private static func isExpected(_ error: any Error, sizesOK: Bool) -> Bool {
        switch error as? CryptoError {
        case .authenticationFailed?: return sizesOK
        case .invalidLength?: return !sizesOK
        default: return false
        }
    }
}

@Suite("Wycheproof AEAD")
struct WycheproofAEADTests {
    @Test func chaCha20Poly1305() throws {
        try WycheproofAEAD.chaCha20Poly1305.run("chacha20_poly1305_test.json")
    }

    @Test func xChaCha20Poly1305() throws {
        try WycheproofAEAD.xChaCha20Poly1305.run("xchacha20_poly1305_test.json")
    }
}
