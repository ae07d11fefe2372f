import CairnChain
import CairnCrypto
import CairnRPC
import Foundation

/// Why a transaction the client sent did not take effect.
public enum ChainWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The node refused or could not be reached.
    case node(String)
    /// The transaction was included but reverted (or trapped, or ran out of gas).
    case reverted(method: String, reason: String)
    /// No receipt arrived in time; the transaction may still be included.
    case timedOut(transaction: String)
    /// The node's answer does not parse.
    case malformed(String)

    public var description: String {
        switch self {
        case let .node(detail): "the node refused the transaction: \(detail)"
        case let .reverted(method, reason): "\(method) reverted: \(reason)"
        case let .timedOut(hash): "transaction \(hash) sent, but no receipt arrived in time"
        case let .malformed(detail): "the node's answer is malformed: \(detail)"
        }
    }
}

/// A transaction's outcome as the node reports it in its receipt.
public struct ChainReceipt: Sendable, Equatable {
    public let transactionHash: [UInt8]
    public let blockNumber: UInt64
    /// The called method's return data.
    public let output: [UInt8]
}

/// Signs contract calls with an account key, sends them to a node and waits for their receipts.
///
/// The node is not trusted for what matters: a receipt only tells the client that a call was made, and
/// everything the messenger relies on afterwards (identities, bundles, anchors) is read back through proofs.
public struct ChainWriter: Sendable {
    public let node: RPCClient
    public let chainID: UInt64
    /// How long to wait for a receipt.
    public var timeout: Duration = .seconds(60)

    public init(node: RPCClient, chainID: UInt64) {
        self.node = node
        self.chainID = chainID
    }

    /// Calls `method` of `contract` from `key`'s account and returns the receipt of a successful call.
    public func call(_ contract: Address, _ method: String, args: [UInt8], key: Secp256k1.PrivateKey) async throws(ChainWriteError)
        -> ChainReceipt
    {
        let hash = try await send(contract, method, args: args, key: key)
        return try await receipt(hash, method: method)
    }

    /// Signs and sends the call; returns its transaction hash without waiting.
    public func send(_ contract: Address, _ method: String, args: [UInt8], key: Secp256k1.PrivateKey) async throws(ChainWriteError)
        -> [UInt8]
    {
        let sender = Address(publicKey: key.publicKey)
        let data = ContractCall(method: method, args: args).canonicalBytes
        do {
            let nonce = try Self.quantity(try await node.call("eth_getTransactionCount", [Self.hex(sender.bytes), "pending"]))
            let gasPrice = try Self.quantity(try await node.call("eth_gasPrice"))
            let tip = try Self.quantity(try await node.call("eth_maxPriorityFeePerGas"))
            let request: JSONValue = ["from": Self.hex(sender.bytes), "to": Self.hex(contract.bytes), "data": Self.hex(data)]
            let estimate = try Self.quantity(try await node.call("eth_estimateGas", [request]))
            let transaction = Transaction(
                chainID: chainID, nonce: UInt64(clamping: nonce), maxPriorityFeePerGas: tip, maxFeePerGas: 2 * gasPrice + tip,
                gasLimit: UInt64(clamping: estimate + estimate / 4 + 10_000), to: contract, value: 0, data: data)
            let signed = try transaction.signed(with: key)
            _ = try await node.call("eth_sendRawTransaction", [Self.hex(signed.raw)])
            return signed.hash
        } catch let error as ChainWriteError {
            throw error
        } catch let error as RPCError {
            throw .node(error.message)
        } catch {
            throw .node("\(error)")
        }
    }

    /// Waits for the receipt of `hash`; a reverted call is an error.
    public func receipt(_ hash: [UInt8], method: String) async throws(ChainWriteError) -> ChainReceipt {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let answer: JSONValue
            do {
                answer = try await node.call("eth_getTransactionReceipt", [Self.hex(hash)])
            } catch {
                throw .node("\(error)")
            }
            if !answer.isNull {
                let status = answer["cairnStatus"]?.string ?? "unknown"
                guard let blockText = answer["blockNumber"]?.string, let block = try? Self.quantity(.string(blockText)),
                    let output = try? Hex.decode((answer["output"]?.string ?? "0x").dropFirst(2))
                else { throw .malformed("the receipt of \(method)") }
                guard status == "success" else {
                    // A revert's output is its reason; anything else is shown as its status.
                    let reason = String(decoding: output.prefix(200), as: UTF8.self).filter { !$0.isASCII || $0.isLetter || $0 == " " || $0.isNumber }
                    throw .reverted(method: method, reason: reason.isEmpty ? status : reason)
                }
                return ChainReceipt(transactionHash: hash, blockNumber: UInt64(clamping: block), output: output)
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        throw .timedOut(transaction: "0x" + Hex.encode(hash))
    }

    static func hex(_ bytes: [UInt8]) -> JSONValue { .string("0x" + Hex.encode(bytes)) }

    static func quantity(_ value: JSONValue) throws(ChainWriteError) -> UInt128 {
        guard let text = value.string, text.hasPrefix("0x"), let number = UInt128(text.dropFirst(2), radix: 16) else {
            throw .malformed("expected a hex quantity")
        }
        return number
    }
}
