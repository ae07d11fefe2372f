import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation

/// What one explorer command prints: a JSON document for `--json`, and text for people.
public struct ExplorerOutput: Sendable {
    public let json: JSONValue
    public let text: String

    public init(json: JSONValue, text: String) {
        self.json = json
        self.text = text
    }
}

/// `cairn explorer`: reads the chain over JSON-RPC and describes it, decoding calls, events and storage
/// of the system contracts. Each command is one method returning an `ExplorerOutput`.
public struct Explorer: Sendable {
    public let client: ExplorerClient
    public let directory: ContractDirectory

    public init(client: ExplorerClient, directory: ContractDirectory) {
        self.client = client
        self.directory = directory
    }

    /// Connects: reads the chain's facts (the system contracts' addresses) once.
    public static func connect(url: URL) async throws(ExplorerError) -> Explorer {
        let client = ExplorerClient(url: url)
        return Explorer(client: client, directory: try await client.directory())
    }

    func address(of abi: ContractABI) -> Address { directory.address(of: abi) }

    // MARK: Parsing what the user typed

    /// An address: `0x` + 40 hex digits, checked against its EIP-55 checksum when mixed-case.
    public static func parseAddress(_ text: String) throws(ExplorerError) -> Address {
        do {
            return try Address(text)
        } catch {
            throw .badInput("\(error)")
        }
    }

    /// A 32-byte hash: `0x` + 64 hex digits.
    public static func parseHash(_ text: String, _ what: String) throws(ExplorerError) -> [UInt8] {
        guard text.hasPrefix("0x"), text.count == 66, let bytes = try? Hex.decode(text.dropFirst(2)) else {
            throw .badInput("\(what) must be 0x followed by 64 hex digits, not '\(text)'")
        }
        return bytes
    }

    /// An account: an address, or `@handle` resolved through Identity.
    public func resolveAccount(_ text: String) async throws(ExplorerError) -> (address: Address, handle: String?) {
        guard text.hasPrefix("@") else { return (try Self.parseAddress(text), nil) }
        let handle = String(text.dropFirst())
        var writer = CanonicalWriter()
        writer.writeBytes(Array(handle.utf8))
        let owner = try await client.query(SystemABI.identity, at: address(of: SystemABI.identity), "resolve", writer.bytes)
        guard let address = owner.address else { throw .notFound("no identity has the handle @\(handle)") }
        return (address, handle)
    }

    /// A block: a height (decimal), `latest`, or a block hash.
    public func resolveBlock(_ text: String) async throws(ExplorerError) -> UInt64 {
        let head = try await client.head()
        if text == "latest" || text == "head" { return head }
        if text.hasPrefix("0x") && text.count == 66 {
            let hash = try Self.parseHash(text, "a block hash")
            guard let height = try await client.blockHeight(hash: hash) else { throw .notFound("no block has the hash \(text)") }
            return height
        }
        guard let height = UInt64(text) else {
            throw .badInput("a block is a height, 'latest' or a 0x-prefixed 32-byte hash, not '\(text)'")
        }
        guard height <= head else { throw .notFound("no block at height \(height): the chain's head is \(head)") }
        return height
    }

    /// A contract: its address, or the name of a system contract (`Inbox`, `staking`).
    public func resolveContract(_ text: String) throws(ExplorerError) -> Address {
        if let address = directory.address(named: text) { return address }
        guard text.hasPrefix("0x") else {
            let names = SystemABI.all.map(\.name).joined(separator: ", ")
            throw .badInput("'\(text)' is neither an address nor a system contract (\(names))")
        }
        return try Self.parseAddress(text)
    }

    /// "Inbox" for a system contract's address.
    func contractName(_ address: Address) -> String? { directory[address]?.name }

    /// An address for people, named when it is a system contract.
    func label(_ address: Address, short: Bool = false) -> String {
        let text = short ? Format.short(address) : address.checksummed
        return contractName(address).map { "\(text) (\($0))" } ?? text
    }
}

extension String {
    /// The string cut to `width` characters, ending in "…" when cut.
    func fit(_ width: Int) -> String {
        count <= width ? self : String(prefix(Swift.max(0, width - 1))) + "…"
    }
}
