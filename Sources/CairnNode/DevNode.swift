import CairnChain
import CairnCrypto
import CairnRPC
import Foundation

/// A single-validator development node: one process that holds every development validator key, makes a
/// block whenever transactions wait (or every `blockTime`), and serves JSON-RPC.
///
/// Each block is stored with its state in one SQLite transaction, so `kill -9` at any moment leaves the
/// data directory at the last committed block; a restart opens it there and goes on. Transactions still in
/// the mempool are lost on a crash, as in any Ethereum node without a journal.
public final class DevNode: @unchecked Sendable {
    /// Where the node keeps its data and how it serves.
    public struct Configuration: Sendable {
        public var home: URL
        public var genesisURL: URL
        /// nil: a block as soon as transactions wait; otherwise a block every interval, empty or not.
        public var blockTime: Duration?
        public var rpcHost = "127.0.0.1"
        public var rpcPort = 8545
        /// Heights of state kept for proofs and historical queries; nil keeps every height.
        public var retainedHeights: UInt64?

        public init(home: URL, genesisURL: URL, blockTime: Duration? = nil, rpcPort: Int = 8545, retainedHeights: UInt64? = nil) {
            self.home = home
            self.genesisURL = genesisURL
            self.blockTime = blockTime
            self.rpcPort = rpcPort
            self.retainedHeights = retainedHeights
        }
    }

    public let configuration: Configuration
    public let chain: Chain
    private let keys: [Ed25519.PrivateKey]
    private var server: RPCServer?
    private let wake = DispatchSemaphore(value: 0)
    private let stopping = NSCondition()
    private var stopped = false
    private var producerDone = true
    private let log: @Sendable (String) -> Void

    /// Opens (or creates) the chain in `configuration.home`.
    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void = { print($0) }) throws {
        self.configuration = configuration
        self.log = log
        try FileManager.default.createDirectory(at: configuration.home, withIntermediateDirectories: true)
        let genesis = try Genesis.load(from: configuration.genesisURL)
        keys = DevnetKeys.validatorKeys(for: genesis)
        guard !keys.isEmpty else {
            throw ChainError.cannotCommit("--dev needs the development validator keys, and this genesis has none of them")
        }
        chain = try Chain(
            genesis: genesis, genesisDirectory: configuration.genesisURL.deletingLastPathComponent(),
            databasePath: configuration.home.appendingPathComponent("chain.sqlite").path,
            retainedHeights: configuration.retainedHeights)
    }

    /// Starts serving and producing; returns the RPC port.
    @discardableResult
    public func start() async throws -> Int {
        let methods = NodeRPC.methods(chain: chain) { [wake] _ in wake.signal() }
        var rpc = RPCServer.Configuration()
        rpc.host = configuration.rpcHost
        rpc.port = configuration.rpcPort
        let server = RPCServer(methods: methods, configuration: rpc)
        let port = try await server.start()
        self.server = server
        let head = chain.head
        log("cairn dev node: chain \(chain.genesis.chainId), head \(head.height) (0x\(Hex.encode(head.hash)))")
        log("rpc listening on http://\(configuration.rpcHost):\(port)")
        setProducerRunning()
        let thread = Thread { [self] in produceLoop() }
        thread.name = "cairn-block-producer"
        thread.start()
        return port
    }

    /// Stops producing and serving, and closes the chain.
    public func stop() async {
        markStopped()
        await server?.stop()
        // At most one block's production: the producer checks `stopped` between blocks.
        waitForProducer()
        chain.close()
    }

    private func setProducerRunning() {
        stopping.lock()
        producerDone = false
        stopping.unlock()
    }

    private func markStopped() {
        stopping.lock()
        stopped = true
        stopping.unlock()
        wake.signal()
    }

    private func waitForProducer() {
        stopping.lock()
        while !producerDone { stopping.wait() }
        stopping.unlock()
    }

    private var isStopped: Bool {
        stopping.lock()
        defer { stopping.unlock() }
        return stopped
    }

    private func produceLoop() {
        defer {
            stopping.lock()
            producerDone = true
            stopping.broadcast()
            stopping.unlock()
        }
        let interval = configuration.blockTime.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
        var nextTick = Date().timeIntervalSince1970 + (interval ?? 0)
        while !isStopped {
            if let interval {
                let wait = nextTick - Date().timeIntervalSince1970
                if wait > 0 { Thread.sleep(forTimeInterval: min(wait, 0.25)); continue }
                nextTick += interval
                produce()
            } else {
                _ = wake.wait(timeout: .now() + .milliseconds(500))
                while !isStopped && chain.locked({ chain.mempool.count > 0 }) {
                    guard produce() else { break }
                }
            }
        }
    }

    /// Makes one block; false (after logging why) if it could not.
    @discardableResult
    private func produce() -> Bool {
        do {
            let block = try chain.produceBlock(time: UInt64(Date().timeIntervalSince1970), keys: keys)
            let header = block.header
            log("block \(header.height) txs \(block.transactions.count) gas \(header.gasUsed) hash 0x\(Hex.encode(header.hash).prefix(16))")
            return true
        } catch {
            // A failing store means this node must not go on building blocks on a guess.
            log("cannot produce a block: \(error)")
            return false
        }
    }
}
