import CairnCrypto
import Testing

// Wycheproof X25519 against `X25519.PrivateKey.sharedSecret(with:)`.

struct WycheproofXDHGroup: Decodable {
    let curve: String
    let tests: [WycheproofKeyAgreementCase]
}


@Suite("Wycheproof X25519")
struct WycheproofX25519Tests {
    /// valid → the shared secret matches. acceptable → if the expected secret is all zeros (LowOrderPublic /
    /// ZeroSharedSecret), `sharedSecret` throws exactly `CryptoError.weakSharedSecret` (libsodium refuses
    /// low-order points and all-zero results); otherwise (Twist, NonCanonicalPublic, EdgeCase..., SmallPublicKey,
    /// SpecialPublicKey) it is accepted and must match. invalid → throws (none in the current file).
    @Test func sharedSecrets() throws {
        let name = "x25519_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofXDHGroup.self)
        var report = WycheproofReport(name)
        var casesInFile = 0
        var weakRefused = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            #expect(group.curve == "curve25519")
            for test in group.tests {
                let outcome = WycheproofOutcome {
                    let key = try X25519.PrivateKey(rawRepresentation: test.private.bytes)
                    let peer = try X25519.PublicKey(rawRepresentation: test.public.bytes)
                    return try key.sharedSecret(with: peer).unprotectedBytes
                }
                let problem: String?
                switch test.result {
                case .valid:
                    problem = outcome.problemUnlessAccepted(producing: test.shared.bytes)
                case .invalid:
                    problem = outcome.problemUnlessRejected
                case .acceptable:
                    if test.shared.bytes.allSatisfy({ $0 == 0 }) {
                        switch outcome {
                        case let .rejected(error as CryptoError) where error == .weakSharedSecret:
                            weakRefused += 1
                            problem = nil
                        case let .rejected(error):
                            problem = "rejected with \(error), expected CryptoError.weakSharedSecret"
                        case .accepted:
                            problem = "all-zero shared secret accepted; expected CryptoError.weakSharedSecret"
                        }
                    } else {
                        problem = outcome.problemUnlessAccepted(producing: test.shared.bytes)
                    }
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
        #expect(weakRefused > 0, "no low-order case exercised")
    }
}
