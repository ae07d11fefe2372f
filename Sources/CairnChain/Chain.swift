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
    /// A commit for the head with more signatures than the stored one (precommits that arrived after the
    /// decision): the next block we propose carries it, so liveness counts every validator that signed.
    private var lateCommit: Commit?

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
            try blocks.buildAccountIndexIfMissing()
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
        records.append((BlockStore.accountIndexMarker, []))
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
    public func produceBlock(time: UInt64, keys: [Ed25519.PrivateKey], evidence: [DoubleSignEvidence] = []) throws -> Block {
        try locked {
            let set = try validators(at: headHeader.height)
            let held = Set(keys.map(\.publicKey.rawRepresentation))
            guard set.validators.contains(where: { held.contains($0.consensusKey) }) else {
                throw ChainError.cannotCommit("no key of the current validator set is held")
            }
            let built = try build(round: 0, time: time, evidence: evidence)
            let height = built.block.header.height
            let commit = Commit.signed(
                height: height, blockHash: built.block.hash, chainID: genesis.chainId, validators: set, keys: keys)
            try commit.verify(chainID: genesis.chainId, height: height, blockHash: built.block.hash, validators: set)
            try store(built.block, commit: commit, receipts: built.receipts, writer: built.writer)
            return built.block
        }
    }

    /// Builds the block this node proposes for the next height in `round`: mempool transactions and the
    /// evidence the Slashing contract accepts (the rest is dropped). Nothing is stored.
    public func proposeBlock(round: UInt32, time: UInt64, evidence: [DoubleSignEvidence]) throws -> Block {
        try locked { try build(round: round, time: time, evidence: evidence).block }
    }

    /// Offers a commit for the head holding more signatures than the one stored (late precommits); the
    /// next block this node proposes carries it. A commit that does not verify, or holds no more, is ignored.
    public func offerLateCommit(_ commit: Commit) {
        locked {
            guard commit.height == headHeader.height, commit.blockHash == headHeader.hash,
                let stored = try? blocks.commit(at: headHeader.height),
                commit.signatures.count > max(stored.signatures.count, lateCommit?.signatures.count ?? 0),
                let set = try? validators(at: headHeader.height - 1),
                (try? commit.verify(chainID: genesis.chainId, height: commit.height, blockHash: commit.blockHash, validators: set)) != nil
            else { return }
            lateCommit = commit
        }
    }

    /// Checks a proposed block for the next height as every validator must before prevoting for it:
    /// every header field, the parent's commit, the proposer of `round`, and its execution. Nothing is stored.
    public func validate(_ block: Block, round: UInt32) throws {
        try locked { _ = try checkAndExecute(block, round: round) }
    }

    /// Who proposes the block at `height` in `round` under `validators`: the stake-weighted rotation of
    /// `ProposerSelection`, by operator address.
    public static func proposer(height: UInt64, round: UInt32, validators: ValidatorSet) -> Address? {
        ProposerSelection.proposer(height: height, round: round, validators: validators)?.operatorAddress
    }

    private struct Built {
        var block: Block
        var receipts: [Receipt]
        var writer: StateDatabase.BlockWriter
    }

    private func build(round: UInt32, time: UInt64, evidence: [DoubleSignEvidence]) throws -> Built {
        let parent = headHeader
        let height = parent.height + 1
        let set = try validators(at: parent.height)
        guard let proposer = Self.proposer(height: height, round: round, validators: set) else {
            throw ChainError.cannotCommit("the validator set has no power")
        }
        let environment = BlockExecutor.BlockEnvironment(
            context: BlockContext(chainID: genesis.chainId, height: height, time: max(time, parent.time)),
            proposer: proposer, baseFee: nextBaseFee, gasLimit: genesis.blockGasLimit)
        let writer = database.beginBlock()
        let stored = try blocks.commit(at: parent.height)
        let lastCommit = lateCommit.flatMap { $0.height == parent.height ? $0 : nil } ?? stored
        var included: [[UInt8]] = []
        for item in evidence.prefix(Block.maxEvidence) {
            let overlay = StateOverlay(parent: writer)
            if (try? submitEvidence(item.canonicalBytes, context: environment.context, state: overlay)) != nil {
                try overlay.commit()
                included.append(item.canonicalBytes)
            }
        }
        try recordLiveness(lastCommit: lastCommit, height: height, context: environment.context, state: writer)
        var transactions: [SignedTransaction] = []
        var receipts: [Receipt] = []
        var gasUsed: UInt64 = 0
        for transaction in mempool.select(gasLimit: environment.gasLimit, baseFee: environment.baseFee, maxCount: Block.maxTransactions) {
            let overlay = StateOverlay(parent: writer)
            do {
                let receipt = try executor.apply(
                    transaction, index: transactions.count, gasUsedBefore: gasUsed, in: environment, state: overlay)
                try overlay.commit()
                transactions.append(transaction)
                receipts.append(receipt)
                gasUsed = receipt.cumulativeGasUsed
            } catch is BlockError {
                mempool.remove(hash: transaction.hash)
            }
        }
        let stateRoot = try writer.prepare(height: height)
        let header = BlockHeader(
            chainID: genesis.chainId, height: height, time: environment.context.time, parentHash: parent.hash,
            proposer: environment.proposer, transactionsRoot: Block.transactionsRoot(transactions),
            receiptsRoot: ListMerkleTree.root(receipts.map(\.canonicalBytes)), stateRoot: stateRoot.bytes,
            validatorSetHash: set.hash, lastCommitHash: lastCommit?.hash ?? Self.zeroHash,
            evidenceHash: ListMerkleTree.root(included), gasLimit: environment.gasLimit,
            gasUsed: receipts.last?.cumulativeGasUsed ?? 0, baseFee: environment.baseFee)
        let block = Block(header: header, transactions: transactions, lastCommit: lastCommit, evidence: included)
        return Built(block: block, receipts: receipts, writer: writer)
    }

    /// Hands double-sign evidence to the Slashing contract as the system; throws its refusal.
    private func submitEvidence(_ evidence: [UInt8], context: BlockContext, state: StateStore) throws {
        let result = try vm.call(
            Message(
                origin: SystemAddress.system, contract: genesis.contracts.slashing.address, method: "submitEvidence",
                args: evidence, gasLimit: Self.systemGas),
            context: context, state: state)
        guard result.status == .success else { throw BlockError.invalidEvidence(index: 0, reason: "\(result.status)") }
    }

    /// Gas for the chain's own calls at the start of a block (not counted against the block's gas).
    static let systemGas: UInt64 = 50_000_000

    /// Tells the Slashing contract which members of the set that signed the parent are missing from its
    /// commit (SYSTEM.md: `recordLiveness` at the start of every block). The commit is the one this block
    /// carries, so every node counts the same signatures.
    private func recordLiveness(lastCommit: Commit?, height: UInt64, context: BlockContext, state: StateStore) throws {
        guard let lastCommit, height >= 2 else { return }
        let signers = try validators(at: height - 2)
        let signed = Set(lastCommit.signatures.map(\.consensusKey))
        let missed = signers.validators.filter { !signed.contains($0.consensusKey) }.map(\.operatorAddress)
        var args = CanonicalWriter()
        args.writeUInt64(height - 1)
        args.writeArray(missed.prefix(256)) { $0.writeFixed($1.bytes) }
        let result = try vm.call(
            Message(
                origin: SystemAddress.system, contract: genesis.contracts.slashing.address, method: "recordLiveness",
                args: args.bytes, gasLimit: Self.systemGas),
            context: context, state: state)
        guard result.status == .success else {
            throw ChainError.corrupt("Slashing.recordLiveness failed at height \(height): \(result.status)")
        }
    }

    /// The set that signs the block after `height`: re-read from Staking after the last block of an epoch,
    /// carried over otherwise.
    private func nextValidators(after height: UInt64, time: UInt64, state: StateStore) throws -> ValidatorSet {
        let epoch = max(genesis.consensusParameters.epochLength, 1)
        if height % epoch == 0 {
            return try Self.activeSet(genesis: genesis, vm: vm, height: height, time: time, state: state)
        }
        return try validators(at: height - 1)
    }

    private func store(_ block: Block, commit: Commit, receipts: [Receipt], writer: StateDatabase.BlockWriter) throws {
        let height = block.header.height
        let next = try nextValidators(after: height, time: block.header.time, state: writer)
        var records = BlockStore.records(block: block, commit: commit, receipts: receipts)
        records.append((BlockStore.key(.validators, height), next.canonicalBytes))
        // The parent's canonical commit is the one this block carries (it may hold more signatures than
        // the one this node stored), so every node serves the same commit for every height.
        if let lastCommit = block.lastCommit { records.append((BlockStore.key(.commit, height - 1), lastCommit.canonicalBytes)) }
        _ = try writer.commit(height: height, records: records)
        headHeader = block.header
        lateCommit = nil
        try mempool.prune(state: database.beginBlock())
    }

    /// Checks `block` against the head and its `commit`, executes it, and stores it if every header field
    /// matches what execution gives: how a follower, block sync and a replay from genesis advance, and how
    /// a validator stores what consensus decided.
    public func apply(_ block: Block, commit: Commit) throws {
        try locked {
            // The commit is checked before anything is executed, so that a peer cannot make us run blocks
            // nobody signed; a block for another height is named as such first.
            guard block.header.height == headHeader.height + 1 else { throw BlockError.headerMismatch(field: "height") }
            let validators = try validators(at: headHeader.height)
            do throws(CommitError) {
                try commit.verify(
                    chainID: genesis.chainId, height: headHeader.height + 1, blockHash: block.hash, validators: validators)
            } catch {
                throw BlockError.badCommit(error.description)
            }
            let executed = try checkAndExecute(block, round: commit.round)
            try store(block, commit: commit, receipts: executed.receipts, writer: executed.writer)
        }
    }

    private func checkAndExecute(_ block: Block, round: UInt32) throws -> (receipts: [Receipt], writer: StateDatabase.BlockWriter) {
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
        try check(header.proposer == Self.proposer(height: height, round: round, validators: validators), "proposer")
        guard block.transactions.count <= Block.maxTransactions else {
            throw BlockError.tooManyTransactions(block.transactions.count)
        }
        try check(header.evidenceHash == ListMerkleTree.root(block.evidence), "evidenceHash")
        try check(header.transactionsRoot == Block.transactionsRoot(block.transactions), "transactionsRoot")
        if parent.height == 0 {
            try check(block.lastCommit == nil && header.lastCommitHash == Self.zeroHash, "lastCommitHash")
        } else {
            guard let lastCommit = block.lastCommit else { throw BlockError.badCommit("the parent's commit is missing") }
            let signers = try self.validators(at: parent.height - 1)
            do throws(CommitError) {
                try lastCommit.verify(chainID: genesis.chainId, height: parent.height, blockHash: parent.hash, validators: signers)
            } catch {
                throw BlockError.badCommit("parent's: \(error.description)")
            }
            try check(header.lastCommitHash == lastCommit.hash, "lastCommitHash")
        }

        let environment = BlockExecutor.BlockEnvironment(
            context: BlockContext(chainID: genesis.chainId, height: height, time: header.time),
            proposer: header.proposer, baseFee: header.baseFee, gasLimit: header.gasLimit)
        let writer = database.beginBlock()
        for (index, evidence) in block.evidence.enumerated() {
            guard (try? DoubleSignEvidence.decode(canonical: evidence)) != nil else {
                throw BlockError.invalidEvidence(index: index, reason: "does not decode")
            }
            do {
                try submitEvidence(evidence, context: environment.context, state: writer)
            } catch let BlockError.invalidEvidence(_, reason) {
                throw BlockError.invalidEvidence(index: index, reason: reason)
            }
        }
        try recordLiveness(lastCommit: block.lastCommit, height: height, context: environment.context, state: writer)
        let receipts = try executor.execute(block.transactions, in: environment, state: writer)
        try check(header.gasUsed == (receipts.last?.cumulativeGasUsed ?? 0), "gasUsed")
        try check(header.receiptsRoot == ListMerkleTree.root(receipts.map(\.canonicalBytes)), "receiptsRoot")
        try check(header.stateRoot == (try writer.prepare(height: height)).bytes, "stateRoot")
        return (receipts, writer)
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
