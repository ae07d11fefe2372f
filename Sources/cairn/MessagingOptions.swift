import ArgumentParser
import CairnChain
import CairnClient
import CairnCrypto
import CairnMessaging
import Foundation

/// Options every messaging command shares: which account and device, where the network is, how to print.
struct MessagingOptions: ParsableArguments {
    @Option(help: "The account key in the keystore (secp256k1; it owns the identity and pays).") var key: String
    @Option(help: "This account's device to act as (default: primary, the one holding the identity key).") var device = "primary"
    @Option(help: "Cairn home directory (default: $CAIRN_HOME, else ~/.cairn).") var home: String?
    @Option(help: "Gateway URL (default: the running devnet's, else http://127.0.0.1:8080).") var gateway: String?
    @Option(help: "Node JSON-RPC URL (default: the running devnet's first node, else http://127.0.0.1:8545).") var rpc: String?
    @Flag(help: "Print one JSON document instead of text.") var json = false
    @OptionGroup var passphrase: PassphraseOptions

    var homeDirectory: URL {
        if let home { return URL(fileURLWithPath: home) }
        return Keystore.defaultDirectory().deletingLastPathComponent()
    }

    var keystore: Keystore { Keystore(directory: homeDirectory.appendingPathComponent("keys")) }

    /// `$HOME/messaging/KEY/DEVICE.store`: one encrypted store per device.
    func storePath(device name: String? = nil) throws -> String {
        let device = name ?? self.device
        try Keystore.validate(name: device)
        return homeDirectory.appendingPathComponent("messaging").appendingPathComponent(key).appendingPathComponent(device + ".store").path
    }

    func endpoints() throws -> MessengerEndpoints {
        let devnet = Devnet.local()
        let gatewayURL: URL
        if let gateway {
            gatewayURL = try httpURL(gateway, option: "--gateway", example: "http://127.0.0.1:8080")
        } else {
            gatewayURL = URL(string: devnet?.manifest.gatewayURL ?? "http://127.0.0.1:8080") ?? URL(string: "http://127.0.0.1:8080")!
        }
        let nodeURL: URL
        if let rpc {
            nodeURL = try httpURL(rpc, option: "--rpc", example: "http://127.0.0.1:8545")
        } else if let (manifest, directory) = devnet,
            let node = manifest.nodes.first(where: { Devnet.runningPid(Devnet.home($0.home, in: directory)) != nil }),
            let url = URL(string: node.rpcURL)
        {
            nodeURL = url
        } else {
            nodeURL = URL(string: "http://127.0.0.1:8545")!
        }
        return MessengerEndpoints(gateway: gatewayURL, node: nodeURL)
    }

    /// The passphrase, asked once for both the keystore and the device store.
    func secret() throws -> String { try passphrase.passphrase(confirm: false) }

    /// The account key.
    func accountKey(_ secret: String) throws -> Secp256k1.PrivateKey {
        guard keystore.contains(name: key) else { throw CLIError("no key named '\(key)' in the keystore (create one with `cairn keys new`)") }
        guard case let .secp256k1(signer) = try keystore.unlock(name: key, passphrase: secret) else {
            throw CLIError("key '\(key)' is not a secp256k1 account key")
        }
        return signer
    }

    /// Opens this device's store.
    func messenger(_ secret: String, device name: String? = nil) throws -> Messenger {
        let path = try storePath(device: name)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no device '\(name ?? device)' for key '\(key)' (run `cairn id register --key \(key)` first)")
        }
        do {
            return try Messenger.open(at: path, passphrase: secret, endpoints: try endpoints())
        } catch let error as SecureStoreError {
            throw CLIError("\(error)")
        }
    }

    /// Runs `body`, turning the messenger's typed errors into one line and exit 1.
    func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as MessengerError {
            throw CLIError("\(error)")
        } catch let error as SecureStoreError {
            throw CLIError("\(error)")
        } catch let error as GatewayClientError {
            throw CLIError("gateway: \(error)")
        }
    }
}

/// Where the trust of a new device store starts: the chain's genesis file.
struct GenesisOptions: ParsableArguments {
    @Option(help: "The chain's genesis file, the light client's root of trust (default: the devnet's).") var genesis: String?

    /// The chain context: contract addresses from genesis, and the genesis block hash and validator set,
    /// computed here by applying the genesis rather than asked of a node.
    func context() throws -> ChainContext {
        let url: URL
        if let genesis {
            url = URL(fileURLWithPath: genesis)
        } else if let (_, directory) = Devnet.local() {
            url = directory.appendingPathComponent("genesis.json")
        } else {
            throw CLIError("no devnet found: give --genesis FILE (the chain's genesis) to trust")
        }
        return try ChainContext(genesisFile: url)
    }
}

/// `0x…` address or `@handle` on the command line.
func parseRecipient(_ text: String) throws -> Recipient {
    if text.hasPrefix("@") {
        let handle = String(text.dropFirst())
        guard !handle.isEmpty else { throw CLIError("'@' must be followed by a handle") }
        return .handle(handle)
    }
    return .address(try parseAddress(text))
}

/// Who a command is about.
enum Recipient {
    case address(Address)
    case handle(String)

    func resolve(with messenger: Messenger) async throws -> Address {
        switch self {
        case let .address(address): return address
        case let .handle(handle):
            guard let owner = try await messenger.resolve(handle: handle) else { throw CLIError("no identity has the handle @\(handle)") }
            return owner
        }
    }
}

extension Array where Element == UInt8 {
    var hex: String { "0x" + Hex.encode(self) }
}
