import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation

/// Why an explorer command could not answer; its description is the one line the user sees.
public enum ExplorerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The block, transaction, account or key asked for does not exist.
    case notFound(String)
    /// The command line asked for something malformed (a bad hash, an address with a bad checksum).
    case badInput(String)
    /// The node could not be reached, or refused the request.
    case node(String)
    /// The node answered with something that is not what the RPC documents.
    case malformed(String)
    /// A proof or signature the node sent does not verify.
    case verificationFailed(String)

    public var description: String {
        switch self {
        case let .notFound(detail), let .badInput(detail), let .node(detail): detail
        case let .malformed(detail): "the node sent a malformed answer: \(detail)"
        case let .verificationFailed(detail): "verification failed: \(detail)"
        }
    }
}

/// The node's JSON-RPC methods the explorer uses, typed, with every failure an `ExplorerError`.
public final class ExplorerClient: Sendable {
    public let rpc: RPCClient

    public init(rpc: RPCClient) {
        self.rpc = rpc
    }

    public convenience init(url: URL) {
        self.init(rpc: RPCClient(url: url, timeout: .seconds(10)))
    }

    /// `method(params)`, with transport and JSON-RPC errors as one-line `ExplorerError`s.
    public func call(_ method: String, _ params: JSONValue = []) async throws(ExplorerError) -> JSONValue {
        do {
            return try await rpc.call(method, params)
        } catch let error as RPCError {
            throw .node("the node refused \(method): \(error.message.safeForTerminal(keepNewlines: false))")
        } catch let error as RPCTransportError {
            throw .node("\(error)")
        } catch {
            throw .node("\(method) failed: \(error)")
        }
    }

    // MARK: Typed reads

    public func chainInfo() async throws(ExplorerError) -> JSONValue { try await call("cairn_chainInfo") }

    public func directory() async throws(ExplorerError) -> ContractDirectory { try ContractDirectory(chainInfo: try await chainInfo()) }

    public func head() async throws(ExplorerError) -> UInt64 { try Self.uint64(try await call("eth_blockNumber"), "eth_blockNumber") }

    /// The block at `height` (with full transactions and their receipts when `full`), or nil.
    public func block(height: UInt64, full: Bool = false) async throws(ExplorerError) -> JSONValue? {
        try await call("eth_getBlockByNumber", [Self.quantity(height), .bool(full)]).nonNull
    }

    public func blockHeight(hash: [UInt8]) async throws(ExplorerError) -> UInt64? {
        guard let block = try await call("eth_getBlockByHash", [.string(Format.hex(hash)), false]).nonNull else { return nil }
        return try Self.uint64(block["number"], "block number")
    }

    public func transaction(hash: [UInt8]) async throws(ExplorerError) -> JSONValue? {
        try await call("eth_getTransactionByHash", [.string(Format.hex(hash))]).nonNull
    }

    public func receipt(hash: [UInt8]) async throws(ExplorerError) -> JSONValue? {
        try await call("eth_getTransactionReceipt", [.string(Format.hex(hash))]).nonNull
    }

    public func commit(height: UInt64) async throws(ExplorerError) -> JSONValue? {
        try await call("cairn_getCommit", [Self.quantity(height)]).nonNull
    }

    /// The validator set that signs the block at `height`.
    public func validators(height: UInt64) async throws(ExplorerError) -> JSONValue {
        try await call("cairn_getValidators", [Self.quantity(height)])
    }

    public func balance(_ address: Address, height: UInt64? = nil) async throws(ExplorerError) -> UInt128 {
        try Self.uint128(try await call("eth_getBalance", [.string(address.checksummed), Self.tag(height)]), "balance")
    }

    public func nonce(_ address: Address, height: UInt64? = nil) async throws(ExplorerError) -> UInt64 {
        try Self.uint64(try await call("eth_getTransactionCount", [.string(address.checksummed), Self.tag(height)]), "nonce")
    }

    public func code(_ address: Address) async throws(ExplorerError) -> [UInt8] {
        try Self.bytes(try await call("eth_getCode", [.string(address.checksummed), "latest"]), "code")
    }

    /// Runs `method` read-only and returns its output; a revert or trap is an error naming the reason.
    public func query(_ contract: Address, _ method: String, _ args: [UInt8] = [], height: UInt64? = nil) async throws(ExplorerError) -> [UInt8] {
        let request: JSONValue = ["to": .string(contract.checksummed), "method": .string(method), "args": .string(Format.hex(args))]
        let answer = try await call("cairn_call", [request, Self.tag(height)])
        guard answer["status"]?.string == "success" else {
            let reason = answer["reason"]?.string.map { ": \($0.safeForTerminal(keepNewlines: false))" } ?? ""
            throw .node("\(method) on \(contract.checksummed) failed: \((answer["status"]?.string ?? "unknown").safeForTerminal(keepNewlines: false))\(reason)")
        }
        return try Self.bytes(answer["output"], "output")
    }

    /// `method` of a known contract, its output decoded by the contract's ABI.
    public func query(_ abi: ContractABI, at contract: Address, _ method: String, _ args: [UInt8] = [], height: UInt64? = nil)
        async throws(ExplorerError) -> ABIValue
    {
        guard let returns = abi.method(method)?.returns else { throw .badInput("\(abi.name).\(method) returns nothing") }
        let output = try await query(contract, method, args, height: height)
        do {
            return try ABIDecoder.decode(returns, from: output)
        } catch {
            throw .malformed("\(abi.name).\(method) returned \(Format.short(output)): \(error)")
        }
    }

    /// One storage slot's value (through `cairn_getProof`, which reads any slot), or nil when absent.
    public func storage(_ contract: Address, slot: [UInt8], height: UInt64? = nil) async throws(ExplorerError) -> [UInt8]? {
        let key: JSONValue = ["contract": .string(contract.checksummed), "slot": .string(Format.hex(slot))]
        let answer = try await call("cairn_getProof", [key, Self.tag(height)])
        guard let value = answer["value"]?.nonNull else { return nil }
        return try Self.bytes(value, "storage value")
    }

    // MARK: Parsing the node's answers

    static func quantity(_ value: UInt64) -> JSONValue { .string("0x" + String(value, radix: 16)) }

    static func tag(_ height: UInt64?) -> JSONValue { height.map(quantity) ?? "latest" }

    public static func uint128(_ value: JSONValue?, _ what: String) throws(ExplorerError) -> UInt128 {
        guard let text = value?.string, text.hasPrefix("0x"), text.count > 2, let parsed = UInt128(text.dropFirst(2), radix: 16) else {
            throw .malformed("\(what) is \(value.map { $0.encodedString() } ?? "missing")")
        }
        return parsed
    }

    public static func uint64(_ value: JSONValue?, _ what: String) throws(ExplorerError) -> UInt64 {
        guard let parsed = UInt64(exactly: try uint128(value, what)) else { throw .malformed("\(what) is too large") }
        return parsed
    }

    public static func bytes(_ value: JSONValue?, _ what: String) throws(ExplorerError) -> [UInt8] {
        guard let text = value?.string, text.hasPrefix("0x"), let bytes = try? Hex.decode(text.dropFirst(2)) else {
            throw .malformed("\(what) is \(value.map { $0.encodedString() } ?? "missing")")
        }
        return bytes
    }

    public static func address(_ value: JSONValue?, _ what: String) throws(ExplorerError) -> Address {
        guard let text = value?.string, let address = try? Address(text) else {
            throw .malformed("\(what) is \(value.map { $0.encodedString() } ?? "missing")")
        }
        return address
    }
}
