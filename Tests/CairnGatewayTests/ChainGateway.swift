import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnGateway
import CairnNode
import CairnRPC
import Foundation
import Testing

/// A dev chain in a temporary directory behind a real JSON-RPC server, and a real gateway linked to it,
/// both on free ports of 127.0.0.1. Blocks are made on demand (`produce`), so every test sees exactly
/// the history it wrote.
final class ChainGateway {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let genesisURL = root.appendingPathComponent("Genesis/devnet.json")
    static let genesis = try! Genesis.load(from: genesisURL)
    static let keys = DevnetKeys.validatorKeys(for: genesis)
    static let entryFee: UInt128 = 100_000_000_000_000
    static let batchFee: UInt128 = 1_000_000_000_000_000

    let directory: URL
    let chain: Chain
    let store: BlobStore
    let rpc: RPCServer
    let gateway: Gateway
    let url: URL
    private var time: UInt64

    private init(directory: URL, chain: Chain, store: BlobStore, rpc: RPCServer, gateway: Gateway, url: URL) {
        self.directory = directory
        self.chain = chain
        self.store = store
        self.rpc = rpc
        self.gateway = gateway
        self.url = url
        time = Self.genesis.genesisTime + 5
    }

    /// Runs `body` with a fresh chain and gateway; stops and removes everything afterwards, on failure too.
    static func with<T>(_ body: (ChainGateway) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-gateway-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let chain = try Chain(
            genesis: genesis, genesisDirectory: genesisURL.deletingLastPathComponent(),
            databasePath: directory.appendingPathComponent("chain.sqlite").path)
        defer { chain.close() }
        let store = try BlobStore(path: directory.appendingPathComponent("blobs.sqlite").path)
        defer { store.close() }
        let rpc = RPCServer(methods: NodeRPC.methods(chain: chain), configuration: .init(port: 0))
        let rpcPort = try await rpc.start()
        let node = NodeLink(url: URL(string: "http://127.0.0.1:\(rpcPort)")!, timeout: .seconds(10))
        let gateway = Gateway(store: store, node: node, configuration: .init(port: 0))
        let port: Int
        do {
            port = try await gateway.start()
        } catch {
            await rpc.stop()
            throw error
        }
        let harness = ChainGateway(
            directory: directory, chain: chain, store: store, rpc: rpc, gateway: gateway, url: URL(string: "http://127.0.0.1:\(port)")!)
        do {
            let result = try await body(harness)
            await gateway.stop()
            await rpc.stop()
            return result
        } catch {
            await gateway.stop()
            await rpc.stop()
            throw error
        }
    }

    var chainID: UInt64 { Self.genesis.chainId }
    var contracts: SystemContracts { Self.genesis.contracts }
    var layout: KeyDirectoryLayout { KeyDirectoryLayout(identity: contracts.identity.address, keyBundle: contracts.keyBundle.address) }

    static func account(_ index: Int) throws -> Secp256k1.PrivateKey { try DevnetKeys.accountKey(index, genesis: genesis) }

    static func address(_ index: Int) throws -> Address { Address(publicKey: try account(index).publicKey) }

    /// Queues a contract call from development account `account`.
    func call(_ account: Int, _ contract: Address, _ method: String, _ args: [UInt8], value: UInt128 = 0) throws {
        let key = try Self.account(account)
        let nonce = try chain.locked { try chain.mempool.nextNonce(of: Address(publicKey: key.publicKey), state: chain.state()) }
        let transaction = try Transaction(
            chainID: chainID, nonce: nonce, maxPriorityFeePerGas: FeeMarket.gwei, maxFeePerGas: 10 * FeeMarket.gwei,
            gasLimit: 3_000_000, to: contract, value: value, data: ContractCall(method: method, args: args).canonicalBytes
        ).signed(with: key)
        _ = try chain.submit(raw: transaction.raw)
    }

    /// Queues `Inbox.anchor(tag, cid)`.
    func anchor(_ tag: [UInt8], _ cid: [UInt8], from account: Int = 0) throws {
        var args = CanonicalWriter()
        args.writeFixed(tag)
        args.writeBytes(cid)
        try call(account, contracts.inbox.address, "anchor", args.bytes, value: Self.entryFee)
    }

    /// Queues `Inbox.anchorBatch` for `batch`; puts its manifest in the gateway's store when `stored`.
    func anchor(_ batch: InboxBatch, stored: Bool, from account: Int = 0) throws {
        let cid = stored ? try store.put(batch.manifest, now: time) : CID(content: batch.manifest)
        var args = CanonicalWriter()
        args.writeFixed(batch.root)
        args.writeUInt32(UInt32(batch.entries.count))
        args.writeBytes(cid.bytes)
        try call(account, contracts.inbox.address, "anchorBatch", args.bytes, value: Self.batchFee)
    }

    /// Makes a block of everything queued; requires every transaction in it to succeed.
    func produce(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let block = try chain.produceBlock(time: time, keys: Self.keys)
        time += 5
        for transaction in block.transactions {
            let receipt = try chain.transaction(hash: transaction.hash)?.receipt
            #expect(receipt?.status == .success, "\(String(decoding: receipt?.output ?? [], as: UTF8.self))", sourceLocation: sourceLocation)
        }
    }

    /// The time of the next block.
    var nextBlockTime: UInt64 { time }

    /// GET `path` from the gateway: the status and the JSON body.
    func get(_ path: String) async throws -> (status: Int, json: JSONValue) {
        let reply = try await GatewayBlobTests.send(URL(string: "\(url)\(path)")!)
        return (reply.status, (try? JSONValue(parsing: reply.body)) ?? .null)
    }

    /// SYSTEM.md's signed-message layout: domain, chain id, owner, then the purpose's fields.
    func signedMessage(_ domain: String, _ owner: Address, _ fields: (inout CanonicalWriter) -> Void) -> [UInt8] {
        var message = CanonicalWriter()
        message.writeFixed(Array(domain.utf8))
        message.writeUInt64(chainID)
        message.writeFixed(owner.bytes)
        fields(&message)
        return message.bytes
    }
}
