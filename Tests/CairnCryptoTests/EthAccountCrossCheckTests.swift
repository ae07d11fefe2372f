import CairnCodec
import CairnCrypto
import CairnTestSupport
import Foundation
import Testing

/// Independent cross-check: eth-account (PyPI, installed by Scripts/setup) derives, signs and serialises with
/// fresh random inputs each run; Cairn must agree byte for byte. The fixed vectors pin known answers; this
/// catches what fixed vectors happen not to exercise.
@Suite("Cross-check against eth-account")
struct EthAccountCrossCheckTests {
    static let script = #"""
    import json, random, sys
    from eth_account import Account
    from eth_account.messages import encode_defunct
    Account.enable_unaudited_hdwallet_features()
    rng = random.Random(int(sys.argv[1]))
    def rbytes(n): return bytes(rng.getrandbits(8) for _ in range(n))
    out = {"accounts": [], "messages": [], "transactions": []}
    for i in range(5, 10):
        a = Account.from_mnemonic("test test test test test test test test test test test junk", account_path=f"m/44'/60'/0'/0/{i}")
        out["accounts"].append({"index": i, "address": a.address, "key": a.key.hex()})
    for _ in range(10):
        key = rbytes(32); msg = rbytes(rng.randrange(0, 300))
        signed = Account.sign_message(encode_defunct(primitive=msg), private_key=key)
        out["messages"].append({"key": key.hex(), "message": msg.hex(), "signature": signed.signature.hex(),
                                "address": Account.from_key(key).address})
    for _ in range(10):
        key = rbytes(32)
        tx = {"type": 2, "chainId": rng.randrange(1, 1 << 32), "nonce": rng.randrange(0, 1 << 40),
              "maxPriorityFeePerGas": rng.randrange(0, 1 << 40), "maxFeePerGas": rng.randrange(0, 1 << 64),
              "gas": rng.randrange(21000, 1 << 30), "to": Account.from_key(rbytes(32)).address,
              "value": rng.randrange(0, 1 << 200), "data": "0x" + rbytes(rng.randrange(0, 100)).hex(), "accessList": []}
        signed = Account.sign_transaction(tx, key)
        out["transactions"].append({"key": key.hex(), "raw": signed.raw_transaction.hex(), "hash": signed.hash.hex(),
                                    "sender": Account.from_key(key).address})
    print(json.dumps(out))
    """#

    struct Output: Decodable {
        struct Account: Decodable { let index: UInt32; let address: String; let key: String }
        struct Message: Decodable { let key: String; let message: String; let signature: String; let address: String }
        struct Transaction: Decodable { let key: String; let raw: String; let hash: String; let sender: String }
        let accounts: [Account]
        let messages: [Message]
        let transactions: [Transaction]
    }

    static func runEthAccount(seed: UInt64) async throws -> Output {
        let output = try await Python3.run(["-c", script, String(seed)])
        try #require(output.status == 0, "eth-account failed (Scripts/setup installs it): \(output.stderr)")
        return try JSONDecoder().decode(Output.self, from: output.stdout)
    }

    @Test func cairnAgreesWithEthAccount() async throws {
        let seed = UInt64.random(in: 0..<1 << 32)
        let eth = try await Self.runEthAccount(seed: seed)
        let context = Comment(rawValue: "python seed \(seed)")

        let master = try ExtendedPrivateKey(seed: Mnemonic(phrase: "test test test test test test test test test test test junk").seed())
        for a in eth.accounts {
            let node = try master.derive(.ethereum(index: a.index))
            #expect(node.privateKey.publicKey.address.checksummed == a.address, context)
            #expect(node.privateKey.rawRepresentation.unprotectedBytes == (try Hex.decode(a.key)), context)
        }

        for m in eth.messages {
            let key = try Secp256k1.PrivateKey(rawRepresentation: Hex.decode(m.key))
            let message = try Hex.decode(m.message)
            #expect(key.publicKey.address.checksummed == m.address, context)
            #expect(PersonalMessage.sign(message, with: key) == (try Hex.decode(m.signature)), context)
            #expect(try PersonalMessage.recoverSigner(of: message, signature: Hex.decode(m.signature)).checksummed == m.address, context)
        }

        for t in eth.transactions {
            let raw = try Hex.decode(t.raw)
            #expect(raw.first == 0x02, context)
            #expect(Keccak256.hash(raw) == (try Hex.decode(t.hash)), context)
            let fields = try RLP.decode(raw[1...]).list()
            #expect(RLP.encode(.list(fields)) == Array(raw[1...]), "canonical re-encoding, \(context)")
            let signingHash = Keccak256.hash([0x02] + RLP.encode(.list(Array(fields[0..<9]))))
            let r = try fields[10].unsignedBytes(maxLength: 32), s = try fields[11].unsignedBytes(maxLength: 32)
            let pad = { (b: [UInt8]) in [UInt8](repeating: 0, count: 32 - b.count) + b }
            let sig = try Secp256k1.RecoverableSignature(compact: pad(r) + pad(s), recoveryID: UInt8(try fields[9].uint64()))
            #expect(try sig.recoverPublicKey(forDigest: signingHash).address.checksummed == t.sender, context)
            let key = try Secp256k1.PrivateKey(rawRepresentation: Hex.decode(t.key))
            #expect(try key.recoverableSignature(forDigest: signingHash) == sig, "RFC 6979 agrees, \(context)")
        }
    }
}
