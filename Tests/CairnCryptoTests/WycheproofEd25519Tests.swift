import CairnCrypto
import Testing

// Wycheproof Ed25519 verification against `Ed25519.PublicKey.isValidSignature`, plus deterministic signing with
// `Ed25519.PrivateKey(seed:)` for the groups whose seed is known.

struct WycheproofEd25519Group: Decodable {
    struct Key: Decodable { let curve: String; let pk: WycheproofBytes }
    struct PrivateKey: Decodable { let sk: WycheproofBytes }
    let publicKey: Key
    /// Not present in testvectors_v1 files; decoded in case a future file carries it.
    let privateKey: PrivateKey?
    let tests: [WycheproofSignatureCase]
}

@Suite("Wycheproof Ed25519")
struct WycheproofEd25519Tests {
    /// testvectors_v1/ed25519_test.json gives only public keys. These seeds are the `key.sk` values of the same
    /// groups in Wycheproof's earlier testvectors/eddsa_test.json (the generator's key, a key with a 00 byte,
    /// the RFC 8032 keys and the "random test failure" keys). A group is signed with a seed only when the seed's
    /// derived public key equals the group's, so the table cannot be wrong silently.
    static let knownSeeds = [
        "add4bb8103785baf9ac534258e8aaf65f5f1adb5ef5f3df19bb80ab989c4d64b",
        "0a23a20072891237aa0864b5765139514908787878cd77135a0059881d313f00",
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
        "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
        "d7ad3f1f6bbe0477c3c357a806a19eb41ae3f94025035bc87f281f8ee9fc0e34",
        "ad9b22793336fcdac10e136c4deea599be187a38eef91c1cf7c7a4ec884dda08",
        "04a6553d68a9baef78a2175af375458eaa01cdb77350c61e282ef5f0c7116599",
        "c367c8d2ebeeecd70c1e8985b70c3808b75657f243b21ba4f322792540e92257",
        "56c1e22d616cbb6dea869288b4b1c02bb98696583c2f6e650013a03e17049c62",
        "b7d2f64276df417fed27d8e15b4e90f6fd93dace707294c338bd32bc4bbd8fdb",
        "7d597c3b7283929d07ed8f01f31d2596823e5e46ab226c7be4234d1a9dcaef37",
        "f401cee4bfb1732f0e9b8d8ba79469565c3115296141dbdf7e9c311a0ac1823b",
        "3d658956410377d0644676d2599542412a4f3b0e4eadfb7f3f836615f42b18bc",
        "bccb61323840c2a96fc36f7e54ea6c8e55f9d221f7f05791ed60025e06064439",
        "f2d3023b9c19e241748bc4039a7a43c595701f23675505015213a8a2a0274c1b",
        "12fc31c40d5a7af71e05424623ba970b670cf6ecb44cda6120210e6370245ddb",
    ]

    /// valid → verifies; invalid → does not verify (or the key is refused). The file has no `acceptable` cases.
    /// For groups with a known seed, signing each valid message reproduces the vector's signature exactly.
    @Test func verifyAndSign() throws {
        let name = "ed25519_test.json"
        let vectors = try Wycheproof.load(name, groups: WycheproofEd25519Group.self)

        var keysByPublic: [[UInt8]: Ed25519.PrivateKey] = [:]
        for seed in Self.knownSeeds {
            let key = try Ed25519.PrivateKey(seed: Wycheproof.hex(seed))
            keysByPublic[key.publicKey.rawRepresentation] = key
        }
        var matchedKeys = Set<[UInt8]>()

        var report = WycheproofReport(name)
        var casesInFile = 0
        var signingChecks = 0
        for group in vectors.testGroups {
            casesInFile += group.tests.count
            #expect(group.publicKey.curve == "edwards25519")
            let key = try? Ed25519.PublicKey(rawRepresentation: group.publicKey.pk.bytes)
            var signer: Ed25519.PrivateKey? = keysByPublic[group.publicKey.pk.bytes]
            if let sk = group.privateKey?.sk.bytes {
                let given = try Ed25519.PrivateKey(seed: sk)
                #expect(given.publicKey.rawRepresentation == group.publicKey.pk.bytes, "privateKey.sk does not match pk")
                signer = given
            }
            if signer != nil { matchedKeys.insert(group.publicKey.pk.bytes) }

            for test in group.tests {
                let accepted = key?.isValidSignature(test.sig.bytes, for: test.msg.bytes) ?? false
                var problem: String?
                switch test.result {
                case .valid:
                    problem = key == nil ? "public key rejected" : accepted ? nil : "valid signature rejected"
                    if problem == nil, let signer {
                        signingChecks += 1
                        let signature = signer.signature(for: test.msg.bytes)
                        if signature != test.sig.bytes {
                            problem = "signing produced \(Wycheproof.hexString(signature))"
                        }
                    }
                case .invalid:
                    problem = accepted ? "invalid signature accepted" : nil
                case .acceptable:
                    problem = "no policy for acceptable cases in this file (accepted: \(accepted))"
                }
                report.record(test, problem: problem)
            }
        }
        report.finish(vectors, casesInFile: casesInFile)
        #expect(matchedKeys.count == keysByPublic.count, "a known seed matched no group of \(name)")
        #expect(signingChecks > 0)
    }
}
