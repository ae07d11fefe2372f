import CairnCrypto
import Foundation
import Testing

@Suite("BIP-39 mnemonics and BIP-32/44 derivation")
struct HDWalletTests {
    static let devMnemonic = "test test test test test test test test test test test junk"
    /// The accounts every Ethereum devnet (anvil, Hardhat) derives from the development mnemonic.
    static let devAccounts: [(String, String)] = [
        ("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
        ("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
        ("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"),
        ("0x90F79bf6EB2c4f870365E785982E1f101E93b906", "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"),
        ("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"),
    ]

    @Test func developmentMnemonicYieldsTheDevelopmentAccounts() throws {
        let master = try ExtendedPrivateKey(seed: Mnemonic(phrase: Self.devMnemonic).seed())
        for (index, (address, privateKey)) in Self.devAccounts.enumerated() {
            let node = try master.derive(.ethereum(index: UInt32(index)))
            #expect(node.privateKey.publicKey.address.checksummed == address)
            #expect(Hex.encode(node.privateKey.rawRepresentation.unprotectedBytes) == privateKey)
        }
    }

    @Test func bip39ReferenceVector() throws {
        // Trezor's reference vectors (passphrase "TREZOR"): all-zero entropy.
        let m = try Mnemonic(entropy: [UInt8](repeating: 0, count: 16))
        #expect(m.phrase == "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
        #expect(Hex.encode(m.seed(passphrase: "TREZOR").unprotectedBytes) ==
            "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04")
        let m2 = try Mnemonic(entropy: [UInt8](repeating: 0xff, count: 32))
        #expect(m2.phrase.hasSuffix("zoo zoo zoo vote"))
    }

    @Test func bip32ReferenceVector1() throws {
        // BIP-32 test vector 1, chain m/0'/1/2'/2/1000000000.
        let master = try ExtendedPrivateKey(seed: Hex.decode("000102030405060708090a0b0c0d0e0f"))
        #expect(Hex.encode(master.privateKey.rawRepresentation.unprotectedBytes) == "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35")
        let leaf = try master.derive(DerivationPath("m/0'/1/2'/2/1000000000"))
        #expect(Hex.encode(leaf.privateKey.rawRepresentation.unprotectedBytes) == "471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8")
        #expect(Hex.encode(leaf.chainCode.unprotectedBytes) == "c783e67b921d2beb8f6b389cc646d7263b4145701dadd2161548a8b078e65e9e")
    }

    @Test func mnemonicValidationRejectsTyposAndBadChecksums() {
        #expect(throws: CryptoError.self) { try Mnemonic(phrase: "test test test test test test test test test test test test") }
        #expect(throws: CryptoError.self) { try Mnemonic(phrase: "test test test test test test test test test test test jnuk") }
        #expect(throws: CryptoError.self) { try Mnemonic(phrase: "test test test") }
        #expect((try? Mnemonic(phrase: "  TEST test test test test test test test test test test junk\n"))?.phrase == Self.devMnemonic)
        #expect(!"\(try! Mnemonic(phrase: Self.devMnemonic))".contains("junk"), "mnemonics never print their words")
    }

    @Test func wordListIsTheCanonicalOne() throws {
        var all = [String]()
        for i in 0..<2048 { all.append(try Mnemonic(entropy: Self.entropy(selecting: i)).phrase.split(separator: " ")[0].description) }
        let file = all.joined(separator: "\n") + "\n"
        #expect(Hex.encode(SHA256.hash(Array(file.utf8))) == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda")
    }

    @Test func derivationPathsParseStrictly() throws {
        #expect(try DerivationPath("m/44'/60'/0'/0/7").description == "m/44'/60'/0'/0/7")
        #expect(try DerivationPath("m/44h/60H/0").description == "m/44'/60'/0")
        #expect(try DerivationPath("m").components.isEmpty)
        for bad in ["", "44'/60'", "m/", "m/01", "m/-1", "m/2147483648", "m/1''", "m/a"] {
            #expect(throws: CryptoError.self, "\(bad)") { try DerivationPath(bad) }
        }
    }

    /// 16 bytes of entropy whose first 11 bits are `index`, so the first word is word `index`.
    static func entropy(selecting index: Int) -> [UInt8] {
        var e = [UInt8](repeating: 0, count: 16)
        e[0] = UInt8(index >> 3)
        e[1] = UInt8((index & 7) << 5)
        return e
    }
}
