import CairnChain
import CairnCrypto
import Foundation

/// One validator's (or full node's) configuration: `config.json` in its home directory.
///
/// Relative paths are resolved against the home directory, so a node's folder can be moved or copied
/// to another machine whole.
public struct NodeConfig: Codable, Sendable, Equatable {
    /// A short name for logs and status.
    public var moniker: String
    /// The genesis file.
    public var genesis: String
    /// Where the chain database and the consensus WAL live.
    public var dataDirectory: String
    public var p2p: P2P
    public var rpc: RPC
    /// The consensus key; nil for a node that follows without voting.
    public var consensusKey: KeySource?
    /// The key the node proves in the p2p handshake.
    public var nodeKey: KeySource
    /// The least time between two blocks, in seconds (Tendermint's `timeout_commit`).
    public var blockTime: Double
    /// Heights of state kept for proofs; nil keeps every height.
    public var retainedHeights: UInt64?
    /// Test only: sign a second, conflicting prevote for every prevote, to be caught and slashed.
    public var testDoubleSign: Bool?
    /// Devnet only: serve the admin JSON-RPC method `cairn_partition`, which cuts this node off from its peers
    /// and reconnects it (`cairn devnet partition`/`heal`). Never set it on a node others rely on: whoever
    /// reaches the RPC port could isolate the node.
    public var devnetAdmin: Bool?

    /// Where the node listens for and finds its peers.
    public struct P2P: Codable, Sendable, Equatable {
        public var host: String
        public var port: Int
        public var peers: [Peer]

        public init(host: String = "127.0.0.1", port: Int, peers: [Peer]) {
            self.host = host
            self.port = port
            self.peers = peers
        }
    }

    /// A peer to dial: address and (optionally) the node key it must prove.
    public struct Peer: Codable, Sendable, Equatable {
        public var host: String
        public var port: Int
        /// The peer's node public key, hex; when set, a peer proving another key is refused.
        public var nodeKey: String?

        public init(host: String, port: Int, nodeKey: String?) {
            self.host = host
            self.port = port
            self.nodeKey = nodeKey
        }
    }

    /// Where the JSON-RPC server listens.
    public struct RPC: Codable, Sendable, Equatable {
        public var host: String
        public var port: Int

        public init(host: String = "127.0.0.1", port: Int) {
            self.host = host
            self.port = port
        }
    }

    /// Where a key comes from.
    public enum KeySource: Codable, Sendable, Equatable {
        /// A development key derived from a public seed (`DevnetKeys`): for local devnets only.
        case development(index: Int, purpose: String)
        /// An Ed25519 key in a keystore directory, unlocked with the passphrase in `CAIRN_PASSPHRASE`.
        case keystore(directory: String, name: String)

        /// Loads the key; `home` resolves relative keystore paths.
        public func load(home: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Ed25519.PrivateKey {
            switch self {
            case let .development(index, purpose):
                return purpose == "consensus" ? DevnetKeys.validatorKey(index) : DevnetKeys.nodeKey(index)
            case let .keystore(directory, name):
                guard let passphrase = environment["CAIRN_PASSPHRASE"] else {
                    throw NodeConfigError.invalid("key \(name) is in a keystore: set CAIRN_PASSPHRASE to unlock it")
                }
                let store = Keystore(directory: NodeConfig.resolve(directory, home: home))
                guard case let .ed25519(key) = try store.unlock(name: name, passphrase: passphrase) else {
                    throw NodeConfigError.invalid("key \(name) is not an Ed25519 key")
                }
                return key
            }
        }
    }

    public init(
        moniker: String, genesis: String, dataDirectory: String = "data", p2p: P2P, rpc: RPC, consensusKey: KeySource?,
        nodeKey: KeySource, blockTime: Double, retainedHeights: UInt64? = nil, testDoubleSign: Bool? = nil, devnetAdmin: Bool? = nil
    ) {
        self.moniker = moniker
        self.genesis = genesis
        self.dataDirectory = dataDirectory
        self.p2p = p2p
        self.rpc = rpc
        self.consensusKey = consensusKey
        self.nodeKey = nodeKey
        self.blockTime = blockTime
        self.retainedHeights = retainedHeights
        self.testDoubleSign = testDoubleSign
        self.devnetAdmin = devnetAdmin
    }

    /// The configuration file's name inside a node's home.
    public static let fileName = "config.json"

    /// Reads `config.json` from `home`.
    public static func load(home: URL) throws -> NodeConfig {
        let url = home.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NodeConfigError.invalid("no \(fileName) in \(home.path)")
        }
        do {
            return try JSONDecoder().decode(NodeConfig.self, from: data)
        } catch {
            throw NodeConfigError.invalid("\(url.path) is malformed: \(error)")
        }
    }

    /// Writes `config.json` into `home`.
    public func save(home: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: home.appendingPathComponent(Self.fileName), options: .atomic)
    }

    /// `path` against `home` unless absolute.
    public static func resolve(_ path: String, home: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : home.appendingPathComponent(path)
    }
}

/// Why a node configuration cannot be used.
public enum NodeConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case let .invalid(detail): detail
        }
    }
}
