import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import CairnVM
import Foundation

/// Why the chain refused to open or to go on.
public enum ChainError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data directory belongs to another chain (or another genesis).
    case genesisMismatch(String)
    /// Stored data contradicts itself: the node must stop.
    case corrupt(String)
    /// The node holds no key of a validator in the set, or too few to commit alone.
    case cannotCommit(String)
    case unknownBlock(String)

    public var description: String {
        switch self {
        case let .genesisMismatch(detail): "data directory does not match the genesis: \(detail)"
        case let .corrupt(detail): "chain data is corrupt: \(detail)"
        case let .cannotCommit(detail): "cannot commit blocks: \(detail)"
        case let .unknownBlock(detail): "unknown block \(detail)"
        }
    }
}

/// One node's chain: the state database with its blocks, the mempool, and the executor; it builds blocks
/// (as a proposer), applies blocks (as a follower, or when replaying), and answers queries.
///
/// Every method takes one lock: the SQLite connection is single-threaded, and a block must never be built
/// on a head that moves underneath it. Queries are short; block production holds the lock for a block.
public final class Chain: @unchecked Sendable {
    public let genesis: Genesis
    public let vm: ContractVM
    public let executor: BlockExecutor
    public let database: StateDatabase
    public let blocks: BlockStore
    public let mempool: Mempool
    /// Guards the SQLite connection, the head and the mempool; shared with `blocks`.
    private let lock = NSRecursiveLock()
    private var headHeader: BlockHeader

    /// Opens the chain stored at `databasePath`, writing the genesis block first if the database is new.
    /// `retainedHeights` bounds the heights of state kept for proofs (nil keeps all); blocks are always kept.
    public init(
        genesis: Genesis, genesisDirectory: URL, databasePath: String, retainedHeights: UInt64? = nil,
        vm: ContractVM = ContractVM(), mempool: Mempool = Mempool()
    ) throws {
        self.genesis = genesis
        self.vm = vm
        self.mempool = mempool
        executor = BlockExecutor(vm: vm, chainID: genesis.chainId)
        database = try StateDatabase(path: databasePath, retainedHeights: retainedHeights)
        blocks = BlockStore(database: database, lock: lock)
        if let latest = database.latestHeight {
            guard let head = try blocks.header(at: latest) else {
                throw ChainError.corrupt("state is at height \(latest) but its block is missing")
            }
            guard head.stateRoot == (try database.root(at: latest)).bytes else {
                throw ChainError.corrupt("block \(latest) names a state root that is not the stored one")
            }
            guard let first = try blocks.header(at: 0), first.chainID == genesis.chainId, first.time == genesis.genesisTime
            else {
                throw ChainError.genesisMismatch("stored chain \(head.chainID) does not start at this genesis")
            }
            headHeader = head
        } else {
            headHeader = try Self.writeGenesis(genesis, directory: genesisDirectory, vm: vm, database: database)
        }
    }

    /// Writes genesis state and block 0 in one transaction.
    private static func writeGenesis(_ genesis: Genesis, directory: URL, vm: ContractVM, database: StateDatabase) throws
        -> BlockHeader
    {
        let writer = database.beginBlock()
        try genesis.apply(to: writer, vm: vm, codeDirectory: directory)
        let validators = try activeSet(genesis: genesis, vm: vm, height: 0, time: genesis.genesisTime, state: writer)
        let root = try writer.prepare(height: 0)
        let header = BlockHeader(
            chainID: genesis.chainId, height: 0, time: genesis.genesisTime, parentHash: zeroHash, proposer: SystemAddress.system,
            transactionsRoot: ListMerkleTree.root([]), receiptsRoot: ListMerkleTree.root([]), stateRoot: root.bytes,
            validatorSetHash: validators.hash, lastCommitHash: zeroHash, evidenceHash: ListMerkleTree.root([]),
            gasLimit: genesis.blockGasLimit, gasUsed: 0, baseFee: FeeMarket.initialBaseFee)
        let block = Block(header: header, transactions: [], lastCommit: nil)
        var records = BlockStore.records(block: block, commit: nil, receipts: [])
        records.append((BlockStore.key(.validators, 0), validators.canonicalBytes))
        _ = try writer.commit(height: 0, records: records)
        return header
    }

    static let zeroHash = [UInt8](repeating: 0, count: 32)

    /// Closes the database; the chain must not be used afterwards.
    public func close() { locked { database.close() } }

    // MARK: Reading

    /// The latest committed block's header.
    public var head: BlockHeader { locked { headHeader } }

    /// Runs `body` under the chain's lock (for a consistent read of several facts).
    public func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Read-only state at `height` (latest when nil).
    public func state(at height: UInt64? = nil) throws -> StateStore {
        try locked {
            let height = height ?? headHeader.height
            guard height <= headHeader.height else { throw ChainError.unknownBlock("at height \(height)") }
            return HistoricalState(database: database, height: height, lock: lock)
        }
    }

    /// The validator set that signs the block at `height` (stored with each block).
    public func validators(at height: UInt64) throws -> ValidatorSet {
        try locked {
            guard let bytes = try database.record(BlockStore.key(.validators, height)) else {
                throw ChainError.unknownBlock("at height \(height)")
            }
            return try ValidatorSet.decode(canonical: bytes)
        }
    }

    /// The staking contract's active set in `state`: who signs the next block.
    static func activeSet(genesis: Genesis, vm: ContractVM, height: UInt64, time: UInt64, state: StateStore) throws
        -> ValidatorSet
    {
        let chainID = genesis.chainId
        let staking = genesis.contracts.staking.address
        let scratch = StateOverlay(parent: state)
        let result = try vm.call(
            Message(origin: SystemAddress.system, contract: staking, method: "activeSet", gasLimit: 50_000_000),
            context: BlockContext(chainID: chainID, height: height, time: time), state: scratch)
        guard result.status == .success else { throw ChainError.corrupt("Staking.activeSet failed: \(result.status)") }
        var reader = CanonicalReader(result.returnData)
        let members = try reader.readArray(maxCount: ValidatorSet.maxCount) { reader in
            ValidatorInfo(
                operatorAddress: try Address(bytes: reader.readFixed(count: Address.byteCount)),
                consensusKey: try reader.readFixed(count: 32), power: try reader.readUInt128())
        }
        try reader.finish()
        return ValidatorSet(members)
    }

    /// The base fee the next block will charge.
    public var nextBaseFee: UInt128 {
        locked {
            FeeMarket.nextBaseFee(
                parentBaseFee: headHeader.baseFee, parentGasUsed: headHeader.gasUsed, parentGasLimit: headHeader.gasLimit)
        }
    }

    /// The rules a transaction is checked against for the next block.
    public var nextRules: ChainRules {
        ChainRules(chainID: genesis.chainId, blockGasLimit: genesis.blockGasLimit, baseFee: nextBaseFee)
    }

    // MARK: Mempool

    /// Decodes, checks and queues a raw transaction for the next block.
    @discardableResult
    public func submit(raw: [UInt8]) throws -> SignedTransaction {
        let transaction = try SignedTransaction(raw: raw)
        try locked {
            let state = database.beginBlock()
            // Stateful admission against the latest state: the mempool checks nonce order and funds itself.
            try mempool.add(transaction, rules: nextRules, state: state)
        }
        return transaction
    }

    // MARK: Producing and applying blocks

    /// Builds the next block from the mempool, signs its commit with `keys` (a dev chain holds enough of
    /// the validator keys to commit alone), and stores both. Returns the block.
    public func produceBlock(time: UInt64, keys: [Ed25519.PrivateKey]) throws -> Block {
        try locked {
            let parent = headHeader
            let height = parent.height + 1
            let signers = try currentSigners(keys)
            let proposer = Self.proposer(height: height, validators: signers.set)
            let environment = BlockExecutor.BlockEnvironment(
                context: BlockContext(chainID: genesis.chainId, height: height, time: max(time, parent.time)),
                proposer: proposer, baseFee: nextBaseFee, gasLimit: genesis.blockGasLimit)
            let writer = database.beginBlock()
            var included: [SignedTransaction] = []
            var receipts: [Receipt] = []
            var gasUsed: UInt64 = 0
            for transaction in mempool.select(gasLimit: environment.gasLimit, baseFee: environment.baseFee, maxCount: Block.maxTransactions) {
                let overlay = StateOverlay(parent: writer)
                do {
                    let receipt = try executor.apply(
                        transaction, index: included.count, gasUsedBefore: gasUsed, in: environment, state: overlay)
                    try overlay.commit()
                    included.append(transaction)
                    receipts.append(receipt)
                    gasUsed = receipt.cumulativeGasUsed
                } catch is BlockError {
                    mempool.remove(hash: transaction.hash)
                }
            }
            let block = try seal(
                parent: parent, environment: environment, transactions: included, receipts: receipts, writer: writer)
            let nextValidators = try Self.activeSet(
                genesis: genesis, vm: vm, height: height, time: environment.context.time, state: writer)
            let commit = Commit.signed(
                height: height, blockHash: block.hash, chainID: genesis.chainId, validators: signers.set, keys: keys)
            try commit.verify(chainID: genesis.chainId, height: height, blockHash: block.hash, validators: signers.set)
            try store(block, commit: commit, receipts: receipts, nextValidators: nextValidators, writer: writer)
            return block
        }
    }

    /// Who proposes the block at `height`: members take turns in set order. (Stake-weighted rotation comes
    /// with BFT consensus; until then every follower can still check the proposer exactly.)
    public static func proposer(height: UInt64, validators: ValidatorSet) -> Address {
        validators.validators[Int(height % UInt64(validators.validators.count))].operatorAddress
    }

    /// The validator set signing the next block, and its members whose keys are in `keys`.
    private func currentSigners(_ keys: [Ed25519.PrivateKey]) throws -> (set: ValidatorSet, members: [ValidatorInfo]) {
        let set = try validators(at: headHeader.height)
        let held = Set(keys.map(\.publicKey.rawRepresentation))
        let members = set.validators.filter { held.contains($0.consensusKey) }
        guard !members.isEmpty else { throw ChainError.cannotCommit("no key of the current validator set is held") }
        return (set, members)
    }

    /// Fills in the header of a block whose transactions ran on `writer`.
    private func seal(
        parent: BlockHeader, environment: BlockExecutor.BlockEnvironment, transactions: [SignedTransaction],
        receipts: [Receipt], writer: StateDatabase.BlockWriter
    ) throws -> Block {
        let height = parent.height + 1
        let lastCommit = try blocks.commit(at: parent.height)
        let stateRoot = try writer.prepare(height: height)
        let header = BlockHeader(
            chainID: genesis.chainId, height: height, time: environment.context.time, parentHash: parent.hash,
            proposer: environment.proposer, transactionsRoot: Block.transactionsRoot(transactions),
            receiptsRoot: ListMerkleTree.root(receipts.map(\.canonicalBytes)), stateRoot: stateRoot.bytes,
            validatorSetHash: try validators(at: parent.height).hash, lastCommitHash: lastCommit?.hash ?? Self.zeroHash,
            evidenceHash: ListMerkleTree.root([]), gasLimit: environment.gasLimit,
            gasUsed: receipts.last?.cumulativeGasUsed ?? 0, baseFee: environment.baseFee)
        return Block(header: header, transactions: transactions, lastCommit: lastCommit)
    }

    private func store(
        _ block: Block, commit: Commit, receipts: [Receipt], nextValidators: ValidatorSet, writer: StateDatabase.BlockWriter
    ) throws {
        let height = block.header.height
        var records = BlockStore.records(block: block, commit: commit, receipts: receipts)
        records.append((BlockStore.key(.validators, height), nextValidators.canonicalBytes))
        _ = try writer.commit(height: height, records: records)
        headHeader = block.header
        try mempool.prune(state: database.beginBlock())
    }

    /// Checks `block` against the head and its `commit`, executes it, and stores it if every header field
    /// matches what execution gives: how a follower (and a replay from genesis) advances.
    public func apply(_ block: Block, commit: Commit) throws {
        try locked {
            let parent = headHeader
            let header = block.header
            let height = parent.height + 1
            func check(_ ok: Bool, _ field: String) throws { if !ok { throw BlockError.headerMismatch(field: field) } }
            try check(header.chainID == genesis.chainId, "chainID")
            try check(header.height == height, "height")
            try check(header.parentHash == parent.hash, "parentHash")
            try check(header.time >= parent.time, "time")
            try check(header.gasLimit == genesis.blockGasLimit, "gasLimit")
            try check(header.baseFee == nextBaseFee, "baseFee")
            let validators = try validators(at: parent.height)
            try check(header.validatorSetHash == validators.hash, "validatorSetHash")
            guard block.transactions.count <= Block.maxTransactions else {
                throw BlockError.tooManyTransactions(block.transactions.count)
            }
            guard block.evidence.isEmpty else { throw BlockError.evidenceNotSupported }
            try check(header.evidenceHash == ListMerkleTree.root([]), "evidenceHash")
            try check(header.transactionsRoot == Block.transactionsRoot(block.transactions), "transactionsRoot")
            if parent.height == 0 {
                try check(block.lastCommit == nil && header.lastCommitHash == Self.zeroHash, "lastCommitHash")
            } else {
                guard let lastCommit = block.lastCommit else { throw BlockError.badCommit("missing") }
                let signers = try self.validators(at: parent.height - 1)
                do throws(CommitError) {
                    try lastCommit.verify(chainID: genesis.chainId, height: parent.height, blockHash: parent.hash, validators: signers)
                } catch {
                    throw BlockError.badCommit(error.description)
                }
                try check(header.lastCommitHash == lastCommit.hash, "lastCommitHash")
            }
            do throws(CommitError) {
                try commit.verify(chainID: genesis.chainId, height: height, blockHash: block.hash, validators: validators)
            } catch {
                throw BlockError.badCommit(error.description)
            }
            try check(header.proposer == Self.proposer(height: height, validators: validators), "proposer")

            let environment = BlockExecutor.BlockEnvironment(
                context: BlockContext(chainID: genesis.chainId, height: height, time: header.time),
                proposer: header.proposer, baseFee: header.baseFee, gasLimit: header.gasLimit)
            let writer = database.beginBlock()
            let receipts = try executor.execute(block.transactions, in: environment, state: writer)
            try check(header.gasUsed == (receipts.last?.cumulativeGasUsed ?? 0), "gasUsed")
            try check(header.receiptsRoot == ListMerkleTree.root(receipts.map(\.canonicalBytes)), "receiptsRoot")
            try check(header.stateRoot == (try writer.prepare(height: height)).bytes, "stateRoot")
            let nextValidators = try Self.activeSet(
                genesis: genesis, vm: vm, height: height, time: header.time, state: writer)
            try store(block, commit: commit, receipts: receipts, nextValidators: nextValidators, writer: writer)
        }
    }
}

/// State as it was committed at one height: reads only.
final class HistoricalState: StateStore {
    let database: StateDatabase
    let height: UInt64
    let lock: NSRecursiveLock

    init(database: StateDatabase, height: UInt64, lock: NSRecursiveLock) {
        self.database = database
        self.height = height
        self.lock = lock
    }

    func get(_ key: StateKey) throws -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return try database.value(key, at: height)
    }

    func set(_ key: StateKey, _ value: [UInt8]) throws { throw ChainError.corrupt("historical state is read-only") }
    func delete(_ key: StateKey) throws { throw ChainError.corrupt("historical state is read-only") }
}
