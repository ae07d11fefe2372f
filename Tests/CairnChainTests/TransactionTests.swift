import CairnChain
import CairnCodec
import CairnCrypto
import CairnState
import CairnVM
import Foundation
import Testing

/// The EIP-1559 vectors of ../shared/testvectors/ethereum.json (signed by eth-account).
struct EthereumTransactionVectors: Decodable {
    struct Case: Decodable {
        struct Fields: Decodable {
            let chainId: UInt64
            let nonce: UInt64
            let maxPriorityFeePerGas: Decimal
            let maxFeePerGas: Decimal
            let gas: UInt64
            let to: String
            let value: Decimal
            let data: String
        }
        let privateKey: String
        let sender: String
        let tx: Fields
        let raw: String
        let hash: String
    }
    let eip1559_transactions: [Case]

    static func load() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/testvectors/ethereum.json").standardizedFileURL
        return try JSONDecoder().decode(Self.self, from: Data(contentsOf: url)).eip1559_transactions
    }
}

@Suite("EIP-1559 transactions")
struct TransactionTests {
    static let key = try! Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 0x11, count: 32))
    static let recipient = try! Address("0x00000000000000000000000000000000000000aa")

    static func transfer(nonce: UInt64 = 0, chainID: UInt64 = 31337, value: UInt128 = 1_000, gas: UInt64 = 21_000,
                         fee: UInt128 = 2_000_000_000, tip: UInt128 = 1_000_000_000, data: [UInt8] = []) -> Transaction {
        Transaction(chainID: chainID, nonce: nonce, maxPriorityFeePerGas: tip, maxFeePerGas: fee, gasLimit: gas,
                    to: recipient, value: value, data: data)
    }

    @Test("the shared vectors decode to their fields, hash and sender")
    func vectors() throws {
        let cases = try EthereumTransactionVectors.load()
        #expect(cases.count >= 6)
        for vector in cases {
            let signed = try SignedTransaction(raw: Hex.decode(vector.raw))
            let tx = signed.transaction
            #expect(tx.chainID == vector.tx.chainId)
            #expect(tx.nonce == vector.tx.nonce)
            #expect(Decimal(string: String(tx.maxPriorityFeePerGas)) == vector.tx.maxPriorityFeePerGas)
            #expect(Decimal(string: String(tx.maxFeePerGas)) == vector.tx.maxFeePerGas)
            #expect(tx.gasLimit == vector.tx.gas)
            #expect(tx.to == (try Address(vector.tx.to)))
            #expect(Decimal(string: String(tx.value)) == vector.tx.value)
            #expect(tx.data == (try Hex.decode(vector.tx.data)))
            #expect(signed.hash == (try Hex.decode(vector.hash)))
            #expect(signed.sender == (try Address(vector.sender)))
            // Signing the same fields with the same key reproduces the envelope byte for byte (RFC 6979).
            let key = try Secp256k1.PrivateKey(rawRepresentation: Hex.decode(vector.privateKey))
            #expect(try tx.signed(with: key).raw == (try Hex.decode(vector.raw)))
        }
    }

    @Test("a transaction signed here decodes back with its sender")
    func roundTrip() throws {
        let tx = Self.transfer(data: ContractCall(method: "register", args: [1, 2]).canonicalBytes)
        let signed = try tx.signed(with: Self.key)
        let decoded = try SignedTransaction(raw: signed.raw)
        #expect(decoded == signed)
        #expect(decoded.sender == Address(publicKey: Self.key.publicKey))
        #expect(decoded.hash == Keccak256.hash(signed.raw))
    }

    private func refusal(_ raw: [UInt8]) -> TransactionError? {
        do {
            _ = try SignedTransaction(raw: raw)
            return nil
        } catch {
            return error
        }
    }

    @Test("malformed envelopes are refused with a typed error")
    func malformed() throws {
        let good = try Self.transfer().signed(with: Self.key).raw
        #expect(refusal([]) == .malformed("empty transaction"))
        #expect(refusal([0x01] + good.dropFirst()) == .unsupportedType(1))
        if case .malformed = refusal(Array(good.dropLast())) {} else { Issue.record("truncated envelope accepted") }
        if case .malformed = refusal(good + [0x00]) {} else { Issue.record("trailing byte accepted") }
        #expect(refusal([0x02] + [UInt8](repeating: 0xc0, count: SignedTransaction.maxEncodedSize)) ==
            .oversized(SignedTransaction.maxEncodedSize + 1, limit: SignedTransaction.maxEncodedSize))

        var fields = try RLP.decode(good.dropFirst()).list()
        func envelope(_ change: (inout [RLPItem]) -> Void) -> [UInt8] {
            var copy = fields
            change(&copy)
            return [0x02] + RLP.encode(.list(copy))
        }
        if case .malformed = refusal(envelope { $0[1] = .bytes([0x00, 0x01]) }) {} else { Issue.record("non-canonical nonce accepted") }
        if case .malformed = refusal(envelope { $0[6] = .bytes([UInt8](repeating: 0xff, count: 17)) }) {} else {
            Issue.record("value over u128 accepted")
        }
        #expect(refusal(envelope { $0[8] = .list([.list([.bytes([UInt8](repeating: 1, count: 20)), .list([])])]) }) == .accessListNotSupported)
        if case .badSignature = refusal(envelope { $0[9] = RLPItem(2) }) {} else { Issue.record("y parity 2 accepted") }
        if case .malformed = refusal(envelope { $0.removeLast() }) {} else { Issue.record("11 fields accepted") }

        // The high-s twin: (r, n - s) with the parity flipped recovers the same key, and must be refused.
        fields = try HighS.twin(fields)
        #expect(refusal([0x02] + RLP.encode(.list(fields))) == .badSignature("high s"))
    }


    @Test("state rules: chain id, nonce, funds, gas and fee caps, payload")
    func rules() throws {
        let state = MemoryStateStore()
        let sender = Address(publicKey: Self.key.publicKey)
        try WorldState(state).setAccount(sender, Account(nonce: 3, balance: 1_000_000_000_000_000))
        let rules = ChainRules(chainID: 31337, blockGasLimit: 30_000_000, baseFee: 1_000_000_000)
        func check(_ tx: Transaction) -> TransactionError? {
            do {
                try tx.signed(with: Self.key).validate(rules: rules, state: state)
                return nil
            } catch {
                return error as? TransactionError
            }
        }
        #expect(check(Self.transfer(nonce: 3)) == nil)
        #expect(check(Self.transfer(nonce: 3, chainID: 1)) == .wrongChain(expected: 31337, got: 1))
        #expect(check(Self.transfer(nonce: 2)) == .nonceTooLow(expected: 3, got: 2))
        #expect(check(Self.transfer(nonce: 4)) == .nonceTooHigh(expected: 3, got: 4))
        #expect(check(Self.transfer(nonce: 3, value: 1_000_000_000_000_000)) ==
            .insufficientFunds(needed: 1_000_000_000_000_000 + 21_000 * 2_000_000_000, available: 1_000_000_000_000_000))
        #expect(check(Self.transfer(nonce: 3, gas: 30_000_001)) == .gasLimitTooHigh(30_000_001, blockLimit: 30_000_000))
        #expect(check(Self.transfer(nonce: 3, gas: 20_999)) == .intrinsicGasTooLow(needed: 21_000, limit: 20_999))
        #expect(check(Self.transfer(nonce: 3, fee: 1_000_000_000, tip: 2_000_000_000)) == .feeCapBelowTip)
        #expect(check(Self.transfer(nonce: 3, fee: 999_999_999, tip: 1)) == .feeCapBelowBaseFee(cap: 999_999_999, baseFee: 1_000_000_000))
        if case .badPayload = check(Self.transfer(nonce: 3, gas: 100_000, data: [0xff])) {} else { Issue.record("garbage call data accepted") }
        var deploy = Self.transfer(nonce: 3, gas: 100_000, data: [1, 2, 3])
        deploy.to = nil
        if case .badPayload = check(deploy) {} else { Issue.record("garbage deploy data accepted") }
        deploy.data = ContractDeploy(code: [0, 0x61, 0x73, 0x6d], initArgs: []).canonicalBytes
        #expect(check(deploy) == nil)
        #expect(IntrinsicGas.of(deploy) == 21_000 + 32_000 + UInt64(deploy.data.filter { $0 == 0 }.count) * 4
            + UInt64(deploy.data.filter { $0 != 0 }.count) * 16)
    }
}
