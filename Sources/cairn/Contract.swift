import ArgumentParser
import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation

/// `cairn contract`: deploy a contract, call it in a transaction, or query it read-only.
struct Contract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Deploy, call and query contracts over JSON-RPC.",
        discussion: "Arguments are the method's canonical encoding in hex (Contracts/ABI.md). A refused deploy or a failed call exits 1.",
        subcommands: [Deploy.self, Call.self, Query.self]
    )
}

/// Where the node is and how to print.
struct RPCOptions: ParsableArguments {
    @Option(help: "Node JSON-RPC URL.") var rpc = "http://127.0.0.1:8545"
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func client() throws -> RPCClient {
        RPCClient(url: try httpURL(rpc, option: "--rpc", example: "http://127.0.0.1:8545"))
    }
}

/// The signing key and the transaction's value and gas.
struct SendOptions: ParsableArguments {
    @Option(help: "Keystore key that signs and pays.") var key: String
    @Option(help: "Cairn home directory (default: $CAIRN_HOME, else ~/.cairn).") var home: String?
    @Option(help: "Value sent with the call, in wei.") var value: String = "0"
    @Option(help: "Gas limit (default: estimated by the node, plus 20%).") var gas: UInt64?
    @Option(help: "Seconds to wait for the receipt.") var timeout: Double = 30
    @OptionGroup var passphrase: PassphraseOptions

    func signer() throws -> Secp256k1.PrivateKey {
        let directory = home.map { URL(fileURLWithPath: $0).appendingPathComponent("keys") } ?? Keystore.defaultDirectory()
        let store = Keystore(directory: directory)
        guard store.contains(name: key) else { throw CLIError("no key named '\(key)' in the keystore") }
        guard case let .secp256k1(signer) = try store.unlock(name: key, passphrase: passphrase.passphrase(confirm: false)) else {
            throw CLIError("key '\(key)' is not a secp256k1 account key")
        }
        return signer
    }

    func amount() throws -> UInt128 {
        guard let parsed = UInt128(value) else { throw CLIError("--value must be a whole number of wei") }
        return parsed
    }
}

extension Contract {
    struct Deploy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deploy a .wasm contract; prints its address.")
        @Argument(help: "The contract's .wasm file.") var file: String
        @Option(help: "Constructor (init) arguments, canonical hex.") var initArgs: String = ""
        @OptionGroup var send: SendOptions
        @OptionGroup var options: RPCOptions

        func run() async throws {
            guard let code = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            let data = ContractDeploy(code: [UInt8](code), initArgs: try parseHex(initArgs, "--init-args")).canonicalBytes
            let outcome = try await sendTransaction(to: nil, data: data, send: send, options: options)
            try report(outcome, json: options.json)
        }
    }

    struct Call: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Call a contract method in a signed transaction.")
        @Argument(help: "The contract's address.") var address: String
        @Argument(help: "The method.") var method: String
        @Option(help: "Arguments, canonical hex.") var args: String = ""
        @OptionGroup var send: SendOptions
        @OptionGroup var options: RPCOptions

        func run() async throws {
            let contract = try parseAddress(address)
            let data = ContractCall(method: method, args: try parseHex(args, "--args")).canonicalBytes
            let outcome = try await sendTransaction(to: contract, data: data, send: send, options: options)
            try report(outcome, json: options.json)
        }
    }

    struct Query: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Call a method read-only (nothing is signed or kept).")
        @Argument(help: "The contract's address.") var address: String
        @Argument(help: "The method.") var method: String
        @Option(help: "Arguments, canonical hex.") var args: String = ""
        @Option(help: "Caller address the contract sees.") var from: String?
        @Option(help: "Block height to query at (default: latest).") var height: UInt64?
        @OptionGroup var options: RPCOptions

        func run() async throws {
            let contract = try parseAddress(address)
            var request: [String: JSONValue] = [
                "to": .string("0x" + Hex.encode(contract.bytes)), "method": .string(method),
                "args": .string("0x" + Hex.encode(try parseHex(args, "--args"))),
            ]
            if let from { request["from"] = .string("0x" + Hex.encode(try parseAddress(from).bytes)) }
            let tag: JSONValue = height.map { .string("0x" + String($0, radix: 16)) } ?? "latest"
            let answer = try await rpc(options) { try await $0.call("cairn_call", [.object(request), tag]) }
            let status = answer["status"]?.string ?? "unknown"
            let output = answer["output"]?.string ?? "0x"
            if options.json {
                try printJSON(QueryReport(status: status, output: output, gasUsed: answer["gasUsed"]?.string ?? "0x0",
                                          reason: answer["reason"]?.string))
            } else if status == "success" {
                print(output)
            } else {
                print("\(status)\(answer["reason"]?.string.map { ": \($0)" } ?? "")")
            }
            if status != "success" { throw ExitCode(1) }
        }
    }
}

/// What `contract query --json` prints.
struct QueryReport: Encodable {
    let status: String
    let output: String
    let gasUsed: String
    let reason: String?
}

/// What `contract deploy` and `contract call` print: the transaction and its receipt.
struct TransactionReport: Encodable {
    let transactionHash: String
    let status: String
    let blockNumber: String
    let gasUsed: String
    let contractAddress: String?
    let output: String
    let events: [EventReport]
}

/// One event of a receipt.
struct EventReport: Encodable {
    let address: String
    let topics: [String]
    let data: String
}

/// Signs and sends a transaction from `send.key`, waits for its receipt, and returns it.
func sendTransaction(to: Address?, data: [UInt8], send: SendOptions, options: RPCOptions) async throws -> TransactionReport {
    let key = try send.signer()
    let value = try send.amount()
    let client = try options.client()
    // Straight-line code rather than a closure passed to `rpc`: in the debug build (Swift 6.3, Linux) an
    // async closure holding this body crashed at its first suspension (SIGSEGV, null resume in swift_job_run).
    do {
        return try await submit(to: to, data: data, value: value, key: key, timeout: send.timeout, gas: send.gas, client: client)
    } catch let error as RPCError {
        throw CLIError("node refused: \(error.message)")
    } catch let error as RPCTransportError {
        throw CLIError("\(error)")
    }
}

/// Prices, signs and sends the transaction, then polls for its receipt.
private func submit(
    to: Address?, data: [UInt8], value: UInt128, key: Secp256k1.PrivateKey, timeout: Double, gas: UInt64?, client: RPCClient
) async throws -> TransactionReport {
    let sender = Address(publicKey: key.publicKey)
    let chainID = try quantity(try await client.call("eth_chainId"), "eth_chainId")
    let nonce = try quantity(try await client.call("eth_getTransactionCount", [hex(sender.bytes), "pending"]), "nonce")
    let gasPrice = try quantity(try await client.call("eth_gasPrice"), "eth_gasPrice")
    let tip = try quantity(try await client.call("eth_maxPriorityFeePerGas"), "eth_maxPriorityFeePerGas")
    var gas = gas
    if gas == nil {
        var request: [String: JSONValue] = ["from": hex(sender.bytes), "data": hex(data), "value": .string("0x" + String(value, radix: 16))]
        if let to { request["to"] = hex(to.bytes) }
        let estimate = try quantity(try await client.call("eth_estimateGas", [.object(request)]), "eth_estimateGas")
        gas = UInt64(clamping: estimate + estimate / 5)
    }
    let transaction = Transaction(
        chainID: UInt64(clamping: chainID), nonce: UInt64(clamping: nonce), maxPriorityFeePerGas: tip,
        maxFeePerGas: 2 * gasPrice + tip, gasLimit: gas!, to: to, value: value, data: data)
    let signed = try transaction.signed(with: key)
    _ = try await client.call("eth_sendRawTransaction", [hex(signed.raw)])
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        let receipt = try await client.call("eth_getTransactionReceipt", [hex(signed.hash)])
        if !receipt.isNull {
            let events = (receipt["logs"]?.array ?? []).map { log in
                EventReport(address: log["address"]?.string ?? "", topics: (log["topics"]?.array ?? []).compactMap(\.string),
                            data: log["data"]?.string ?? "0x")
            }
            return TransactionReport(
                transactionHash: "0x" + Hex.encode(signed.hash), status: receipt["cairnStatus"]?.string ?? "unknown",
                blockNumber: receipt["blockNumber"]?.string ?? "", gasUsed: receipt["gasUsed"]?.string ?? "",
                contractAddress: receipt["contractAddress"]?.string, output: receipt["output"]?.string ?? "0x", events: events)
        }
        try await Task.sleep(for: .milliseconds(100))
    }
    throw CLIError("transaction 0x\(Hex.encode(signed.hash)) sent, but no receipt within \(timeout) s")
}

/// Prints a transaction's outcome; exits 1 unless it succeeded.
func report(_ outcome: TransactionReport, json: Bool) throws {
    if json {
        try printJSON(outcome)
    } else {
        print("transaction \(outcome.transactionHash)")
        print("status      \(outcome.status) (block \(outcome.blockNumber), gas \(outcome.gasUsed))")
        if let address = outcome.contractAddress { print("contract    \(address)") }
        if outcome.output != "0x" { print("output      \(outcome.output)") }
        for event in outcome.events { print("event       \(event.address) \(event.topics.first ?? "") \(event.data)") }
    }
    if outcome.status != "success" { throw ExitCode(1) }
}

/// Runs `body` with a client, turning transport and JSON-RPC errors into one-line CLI errors.
func rpc<T>(_ options: RPCOptions, _ body: (RPCClient) async throws -> T) async throws -> T {
    let client = try options.client()
    do {
        return try await body(client)
    } catch let error as RPCError {
        throw CLIError("node refused: \(error.message)")
    } catch let error as RPCTransportError {
        throw CLIError("\(error)")
    }
}

func hex(_ bytes: [UInt8]) -> JSONValue { .string("0x" + Hex.encode(bytes)) }

func quantity(_ value: JSONValue, _ what: String) throws -> UInt128 {
    guard let text = value.string, text.hasPrefix("0x"), let parsed = UInt128(text.dropFirst(2), radix: 16) else {
        throw CLIError("node sent a malformed \(what): \(value)")
    }
    return parsed
}

func parseHex(_ text: String, _ what: String) throws -> [UInt8] {
    let digits = text.hasPrefix("0x") ? String(text.dropFirst(2)) : text
    guard let bytes = try? Hex.decode(digits) else { throw CLIError("\(what) must be hex") }
    return bytes
}

func parseAddress(_ text: String) throws -> Address {
    do {
        return try Address(text)
    } catch {
        throw CLIError("\(text) is not an address (\(error))")
    }
}
