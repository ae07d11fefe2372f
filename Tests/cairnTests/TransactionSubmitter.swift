import CairnChain
import CairnCrypto
import CairnRPC
import Testing

/// One mined transaction, as the signed transaction and its receipt describe it.
struct MinedTransaction: Equatable {
    let name: String
    /// 0x-prefixed lowercase hex.
    let hash: String
    let height: UInt64
    let from: Address
    /// nil for a deploy.
    let to: Address?
    let value: UInt128
    let nonce: UInt64
    let gasLimit: UInt64
    let gasUsed: UInt64
    let effectiveGasPrice: UInt128
    /// The receipt's `cairnStatus`: "success", "reverted", "failed" or "out of gas".
    let status: String
    /// The canonical return bytes, or the revert reason.
    let output: [UInt8]
    /// A deploy's new contract; nil for calls and transfers.
    let contractAddress: Address?
}

/// Signs development-account transactions with nonces it counts itself, and submits them one at a time,
/// waiting for each receipt: on a dev node every transaction gets a block of its own.
///
/// Signing is synchronous and `submit` takes the signed transaction, so no amount is ever an argument of an
/// async function: in debug builds on x86_64 Linux (Swift 6.3.1) an async function whose `UInt128`
/// argument does not fit in registers crashes with a null jump when it resumes.
final class TransactionSubmitter {
    let client: RPCClient
    private var nonces: [UInt64]

    /// Starts from each development account's nonce on the node.
    init(client: RPCClient) async throws {
        self.client = client
        var nonces: [UInt64] = []
        for index in DevAccounts.keys.indices {
            nonces.append(UInt64(try await client.nonce(DevAccounts.hex(index))))
        }
        self.nonces = nonces
    }

    /// A transaction from `account`, with its next nonce.
    func transaction(from account: Int, to: Address?, value: UInt128 = 0, data: [UInt8] = [], gas: UInt64 = 21_000) throws
        -> SignedTransaction
    {
        let signed = try DevAccounts.transaction(from: account, nonce: nonces[account], to: to, value: value, data: data, gas: gas)
        nonces[account] += 1
        return signed
    }

    /// A contract call. 2M gas is well above what the system contracts document (a publish of 100 prekeys
    /// is about 0.66M); unused gas is refunded.
    func call(from account: Int, _ contract: Address, _ method: String, _ args: [UInt8], value: UInt128 = 0) throws -> SignedTransaction {
        try transaction(from: account, to: contract, value: value, data: ContractCall(method: method, args: args).canonicalBytes, gas: 2_000_000)
    }

    /// Sends `signed`, waits for its receipt and requires its `cairnStatus` to be `status`.
    func submit(_ name: String, _ signed: SignedTransaction, expecting status: String = "success") async throws -> MinedTransaction {
        let sent = try await client.call("eth_sendRawTransaction", [signed.rawHex])
        try #require(sent.string == signed.hashHex, "\(name): eth_sendRawTransaction returned \(sent)")
        let receipt = try #require(try await client.receipt(signed.hashHex), "\(name): no receipt")
        try #require(receipt["cairnStatus"]?.string == status, "\(name): \(receipt)")
        let outputHex = try #require(receipt["output"]?.string)
        let tx = signed.transaction
        return MinedTransaction(
            name: name, hash: signed.hashHex, height: UInt64(try Self.quantity(receipt["blockNumber"])), from: signed.sender,
            to: tx.to, value: tx.value, nonce: tx.nonce, gasLimit: tx.gasLimit, gasUsed: UInt64(try Self.quantity(receipt["gasUsed"])),
            effectiveGasPrice: try Self.quantity(receipt["effectiveGasPrice"]), status: status, output: try Hex.decode(outputHex.dropFirst(2)),
            contractAddress: try receipt["contractAddress"]?.string.map { try Address($0) })
    }

    /// The gas the node says `data` needs when `account` sends it with no recipient (a deploy).
    func estimateDeployGas(from account: Int, data: [UInt8]) async throws -> UInt64 {
        let request: JSONValue = ["from": .string(DevAccounts.hex(account)), "data": .string("0x" + Hex.encode(data))]
        return UInt64(try await client.quantity("eth_estimateGas", [request]))
    }

    /// The head block's timestamp, unix seconds.
    func latestBlockTime() async throws -> UInt64 {
        let block = try await client.call("eth_getBlockByNumber", ["latest", false])
        return UInt64(try Self.quantity(block["timestamp"]))
    }

    private static func quantity(_ value: JSONValue?) throws -> UInt128 {
        let text = try #require(value?.string, "expected a quantity, got \(String(describing: value))")
        return try #require(UInt128(text.dropFirst(2), radix: 16), "not a quantity: \(text)")
    }
}
