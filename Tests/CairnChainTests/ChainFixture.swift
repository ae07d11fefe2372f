import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import CairnVM
import Foundation

/// A chain in a temporary directory, from the committed devnet genesis, with its development keys.
final class ChainFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let genesisURL = repositoryRoot.appendingPathComponent("Genesis/devnet.json")
    static let genesis = try! Genesis.load(from: genesisURL)
    static let validatorKeys = DevnetKeys.validatorKeys(for: genesis)
    static let accounts = (0..<10).map { try! DevnetKeys.accountKey($0, genesis: genesis) }
    static let recipient = try! Address("0x00000000000000000000000000000000000000aa")

    let directory: URL
    let genesis: Genesis
    private(set) var chain: Chain
    private var nextTime: UInt64

    init(genesis: Genesis = ChainFixture.genesis) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.genesis = genesis
        chain = try Self.open(directory, genesis: genesis)
        nextTime = genesis.genesisTime + 5
    }

    deinit {
        chain.close()
        try? FileManager.default.removeItem(at: directory)
    }

    static func open(_ directory: URL, genesis: Genesis = ChainFixture.genesis) throws -> Chain {
        try Chain(
            genesis: genesis, genesisDirectory: genesisURL.deletingLastPathComponent(),
            databasePath: directory.appendingPathComponent("chain.sqlite").path)
    }

    /// Closes and reopens the chain from its files, as a restarted node does.
    func reopen() throws {
        chain.close()
        chain = try Self.open(directory, genesis: genesis)
    }

    static func address(_ account: Int) -> Address { Address(publicKey: accounts[account].publicKey) }

    /// A signed EIP-1559 transaction from dev account `account`.
    func transaction(
        from account: Int, nonce: UInt64? = nil, to: Address? = recipient, value: UInt128 = 0, data: [UInt8] = [],
        gas: UInt64 = 21_000, tip: UInt128 = FeeMarket.gwei, feeCap: UInt128 = 10 * FeeMarket.gwei, chainID: UInt64 = 31337
    ) throws -> SignedTransaction {
        let nonce = try nonce ?? chain.mempool.nextNonce(of: Self.address(account), state: chain.state())
        return try Transaction(
            chainID: chainID, nonce: nonce, maxPriorityFeePerGas: tip, maxFeePerGas: feeCap, gasLimit: gas, to: to,
            value: value, data: data
        ).signed(with: Self.accounts[account])
    }

    /// A call of `method` on `contract` from `account`.
    func call(from account: Int, _ contract: Address, _ method: String, _ args: [UInt8] = [], value: UInt128 = 0, gas: UInt64 = 2_000_000)
        throws -> SignedTransaction
    {
        try transaction(from: account, to: contract, value: value, data: ContractCall(method: method, args: args).canonicalBytes, gas: gas)
    }

    /// Produces the next block, five seconds after the last.
    @discardableResult
    func produce(keys: [Ed25519.PrivateKey] = ChainFixture.validatorKeys, evidence: [DoubleSignEvidence] = []) throws -> Block {
        defer { nextTime += 5 }
        return try chain.produceBlock(time: nextTime, keys: keys, evidence: evidence)
    }

    func balance(_ address: Address) throws -> UInt128 { try WorldState(chain.state()).balance(of: address) }
    func nonce(_ address: Address) throws -> UInt64 { try WorldState(chain.state()).account(address).nonce }
    func receipt(_ hash: [UInt8]) throws -> Receipt? {
        guard let location = try chain.blocks.location(ofTransaction: hash) else { return nil }
        return try chain.blocks.receipts(at: location.height)?[location.index]
    }
}
