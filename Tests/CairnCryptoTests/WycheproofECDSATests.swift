import CairnCrypto
import Testing

// Wycheproof ECDSA over secp256k1 with SHA-256, against `Secp256k1.PublicKey.isValidSignature`.

struct WycheproofECDSAGroup: Decodable {
    struct Key: Decodable { let curve: String; let uncompressed: WycheproofBytes }
    let publicKey: Key
    let sha: String
    let tests: [WycheproofSignatureCase]
}

struct WycheproofSignatureCase: Decodable, WycheproofCase {
    let tcId: Int
    let comment: String
    let flags: [String]
    let msg: WycheproofBytes
    let sig: WycheproofBytes
    let result: WycheproofResult
}

@Suite("Wycheproof ECDSA secp256k1")
struct WycheproofECDSATests {
    /// DER signatures with Bitcoin's low-s rule. High-s is `invalid` in this file, which is exactly what our
    /// strict verifier does. The file has no `acceptable` cases; one appearing in a future file fails the test
    /// until a policy is chosen for it.
    @Test func bitcoinDER() throws {
        let name = "ecdsa_secp256k1_sha256_bitcoin_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofECDSAGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            #expect(group.sha == "SHA-256" && group.publicKey.curve == "secp256k1")
            let key = try? Secp256k1.PublicKey(bytes: group.publicKey.uncompressed.bytes)
            for test in group.tests {
                let digest = SHA256.hash(test.msg.bytes)
                let parsed: Secp256k1.Signature?
                do { parsed = try Secp256k1.Signature(der: test.sig.bytes) } catch { parsed = nil }
                let accepted = key.map { key in parsed.map { key.isValidSignature($0, forDigest: digest) } ?? false } ?? false

                let problem: String?
                switch test.result {
                case .valid:
                    if key == nil {
                        problem = "public key \(group.publicKey.uncompressed.hex) rejected"
                    } else if let parsed {
                        if !accepted {
                            problem = "signature rejected by isValidSignature"
                        } else if !parsed.isLowS {
                            problem = "verified but isLowS is false"
                        } else if parsed.der != test.sig.bytes {
                            problem = "strict DER did not round-trip: \(Wycheproof.hexString(parsed.der))"
                        } else {
                            problem = nil
                        }
                    } else {
                        problem = "Signature(der:) threw"
                    }
                case .invalid:
                    problem = accepted ? "invalid signature was accepted" : nil
                case .acceptable:
                    problem = "no policy for acceptable cases in this file (accepted: \(accepted))"
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
    }

    /// IEEE P1363 (r || s, 64 bytes). Here high-s signatures are `valid`, but `isValidSignature` is strict low-s by
    /// design (EIP-2 / BIP-146). Asserted: a valid signature verifies after `normalized`, and strict verification
    /// succeeds exactly when `isLowS`; an invalid one fails to parse, or fails both strict and normalized
    /// verification. The file has no `acceptable` cases.
    @Test func p1363() throws {
        let name = "ecdsa_secp256k1_sha256_p1363_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofECDSAGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        var validHighS = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            #expect(group.sha == "SHA-256" && group.publicKey.curve == "secp256k1")
            let key = try? Secp256k1.PublicKey(bytes: group.publicKey.uncompressed.bytes)
            for test in group.tests {
                let digest = SHA256.hash(test.msg.bytes)
                let parsed: Secp256k1.Signature?
                do { parsed = try Secp256k1.Signature(compact: test.sig.bytes) } catch { parsed = nil }

                let problem: String?
                switch test.result {
                case .valid:
                    if let key, let parsed {
                        let strict = key.isValidSignature(parsed, forDigest: digest)
                        let normalized = key.isValidSignature(parsed.normalized, forDigest: digest)
                        if !parsed.isLowS { validHighS += 1 }
                        if !normalized {
                            problem = "normalized signature rejected"
                        } else if strict != parsed.isLowS {
                            problem = "strict verify \(strict) but isLowS \(parsed.isLowS)"
                        } else if !parsed.normalized.isLowS {
                            problem = "normalized signature is not low-s"
                        } else {
                            problem = nil
                        }
                    } else {
                        problem = key == nil ? "public key rejected" : "Signature(compact:) threw"
                    }
                case .invalid:
                    if let key, let parsed {
                        let strict = key.isValidSignature(parsed, forDigest: digest)
                        let normalized = key.isValidSignature(parsed.normalized, forDigest: digest)
                        problem = strict || normalized ? "accepted (strict \(strict), normalized \(normalized))" : nil
                    } else {
                        problem = nil
                    }
                case .acceptable:
                    problem = "no policy for acceptable cases in this file"
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
        // The strict-vs-normalized distinction must actually be exercised by the file.
        #expect(validHighS > 0, "no valid high-s signature in \(name)")
    }
}
