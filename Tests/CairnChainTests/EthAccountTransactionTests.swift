import CairnChain
import CairnCrypto
import CairnTestSupport
import Foundation
import Testing

/// Transactions signed by eth-account (an independent Ethereum signer) must decode here with the same hash
/// and sender: "a transaction signed by an ordinary Ethereum signer is accepted as is".
@Suite("eth-account transactions")
struct EthAccountTransactionTests {
    static let script = #"""
    import json, random, sys
    from eth_account import Account
    rng = random.Random(int(sys.argv[1]))
    out = []
    for i in range(12):
        key = bytes(rng.getrandbits(8) for _ in range(32))
        deploy = i % 4 == 3
        tx = {"type": 2, "chainId": 31337, "nonce": rng.randrange(0, 1 << 20),
              "maxPriorityFeePerGas": rng.randrange(0, 1 << 40), "maxFeePerGas": rng.randrange(1 << 40, 1 << 64),
              "gas": rng.randrange(21000, 1 << 25), "value": rng.randrange(0, 1 << 120),
              "data": "0x" + bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 200))).hex(), "accessList": []}
        tx["to"] = "" if deploy else Account.from_key(bytes(rng.getrandbits(8) for _ in range(32))).address
        signed = Account.sign_transaction(tx, key)
        out.append({"raw": signed.raw_transaction.hex(), "hash": signed.hash.hex(), "sender": Account.from_key(key).address,
                    "deploy": deploy})
    print(json.dumps(out))
    """#

    struct Signed: Decodable { let raw: String; let hash: String; let sender: String; let deploy: Bool }

    @Test("random transfers, calls and deploys signed by eth-account decode with its hash and sender")
    func crossCheck() async throws {
        let output = try await Python3.run(["-c", Self.script, String(UInt64.random(in: 0..<1 << 32))])
        try #require(output.status == 0, "eth-account failed: \(output.stderr)")
        let cases = try JSONDecoder().decode([Signed].self, from: output.stdout)
        #expect(cases.count == 12)
        func unprefixed(_ hex: String) -> String { hex.hasPrefix("0x") ? String(hex.dropFirst(2)) : hex }
        for signed in cases {
            let tx = try SignedTransaction(raw: Hex.decode(unprefixed(signed.raw)))
            #expect(tx.hash == (try Hex.decode(unprefixed(signed.hash))))
            #expect(tx.sender == (try Address(signed.sender)))
            #expect((tx.transaction.to == nil) == signed.deploy)
        }
    }
}
