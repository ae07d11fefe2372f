import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import CairnVM
import Foundation
import Testing

@Suite("Chain: replaying stored blocks, and refusing altered ones")
struct ReplayTests {
    typealias F = ChainFixture
    static let ether: UInt128 = 1_000_000_000_000_000_000

    @Test("replaying the stored blocks into a fresh state gives every stored header, state root and receipt")
    func replayReproducesHistory() throws {
        let leader = try ChainFixture()
        var rng = SplitMix64(seed: 0xCA1F_2026)
        let hashes = try leader.buildHistory(blocks: 20, rng: &rng)
        let chain = leader.chain
        #expect(chain.head.height == 20)

        // The history holds what the replay must reproduce: every receipt status, a deploy, a changing set.
        var statuses = Set<ReceiptStatus>()
        var deployed = false
        for height in 1...chain.head.height {
            for receipt in try #require(try chain.blocks.receipts(at: height)) {
                statuses.insert(receipt.status)
                if receipt.contractAddress != nil { deployed = true }
            }
        }
        #expect(statuses == [.success, .reverted, .failed])
        #expect(deployed)
        #expect(try chain.validators(at: 20) != chain.validators(at: 0), "bonds changed the validator set")
        #expect(try (1...20).contains { try chain.blocks.block(at: $0)?.transactions.isEmpty == true }, "an empty block")
        for hash in hashes { #expect(try leader.receipt(hash) != nil, "every submitted transaction landed") }

        let follower = try ChainFixture()
        #expect(follower.chain.head == (try chain.blocks.header(at: 0)))
        for height in 1...chain.head.height {
            let block = try #require(try chain.blocks.block(at: height))
            let commit = try #require(try chain.blocks.commit(at: height))
            try follower.chain.apply(block, commit: commit)
            let replayed = follower.chain.head
            #expect(replayed.hash == block.hash, "header at \(height)")
            #expect(replayed.stateRoot == block.header.stateRoot, "state root at \(height)")
            #expect(try follower.chain.database.root(at: height).bytes == (try chain.database.root(at: height)).bytes)
            #expect(try follower.chain.blocks.receipts(at: height) == (try chain.blocks.receipts(at: height)), "receipts at \(height)")
            #expect(try follower.chain.validators(at: height) == (try chain.validators(at: height)), "validators after \(height)")
            #expect(try follower.chain.blocks.commit(at: height) == commit)
        }
        for address in (0..<10).map(F.address) + [F.genesis.contracts.staking.address] {
            #expect(try follower.balance(address) == (try leader.balance(address)))
            #expect(try follower.nonce(address) == (try leader.nonce(address)))
        }
    }

    // MARK: Refusals

    /// A leader three blocks ahead and a follower two, with the leader's third block (one transfer with a
    /// tip, and a last commit) as the candidate the follower is offered in altered forms.
    struct Candidate {
        let leader: ChainFixture
        let follower: ChainFixture
        let block: Block
        let commit: Commit

        init() throws {
            leader = try ChainFixture()
            for account in 0..<2 {
                try leader.chain.submit(raw: try leader.transaction(from: account, value: 5).raw)
                try leader.produce()
            }
            try leader.chain.submit(raw: try leader.transaction(from: 0, value: 7, tip: 3 * FeeMarket.gwei).raw)
            block = try leader.produce()
            commit = try #require(try leader.chain.blocks.commit(at: 3))
            follower = try ChainFixture()
            for height in 1...UInt64(2) {
                try follower.chain.apply(
                    try #require(try leader.chain.blocks.block(at: height)), commit: try #require(try leader.chain.blocks.commit(at: height)))
            }
            #expect(block.transactions.count == 1 && block.lastCommit != nil)
        }

        /// A commit by every validator for `block`, as an honest quorum would sign an altered block.
        func resigned(_ block: Block) throws -> Commit {
            Commit.signed(
                height: block.header.height, blockHash: block.hash, chainID: F.genesis.chainId,
                validators: try follower.chain.validators(at: 2), keys: F.validatorKeys)
        }

        /// Offers `block` with `commit` to the follower; returns the refusal, after checking it changed nothing.
        func refusal(_ block: Block, commit: Commit) throws -> BlockError? {
            let head = follower.chain.head
            let root = try follower.chain.database.root(at: 2).bytes
            let balance = try follower.balance(F.address(0))
            var refusal: BlockError?
            do {
                try follower.chain.apply(block, commit: commit)
            } catch let error as BlockError {
                refusal = error
            }
            #expect(follower.chain.head == head)
            #expect(follower.chain.database.latestHeight == 2)
            #expect(try follower.chain.database.root(at: 2).bytes == root)
            #expect(try follower.balance(F.address(0)) == balance)
            #expect(try follower.chain.blocks.block(at: 3) == nil)
            return refusal
        }

        /// After the refusals, the unaltered block still applies and the follower matches the leader.
        func appliesTheRealBlock() throws {
            try follower.chain.apply(block, commit: commit)
            #expect(follower.chain.head == leader.chain.head)
            #expect(try follower.chain.blocks.receipts(at: 3) == (try leader.chain.blocks.receipts(at: 3)))
        }
    }

    static let alterations: [(field: String, alter: @Sendable (inout BlockHeader) -> Void)] = [
        ("stateRoot", { $0.stateRoot[0] ^= 1 }),
        ("receiptsRoot", { $0.receiptsRoot[31] ^= 1 }),
        ("transactionsRoot", { $0.transactionsRoot[5] ^= 1 }),
        ("gasUsed", { $0.gasUsed += 1 }),
        ("gasUsed", { $0.gasUsed -= 1 }),
        ("baseFee", { $0.baseFee += 1 }),
        ("parentHash", { $0.parentHash[0] ^= 1 }),
        ("validatorSetHash", { $0.validatorSetHash[9] ^= 1 }),
        ("proposer", { $0.proposer = F.recipient }),
        ("lastCommitHash", { $0.lastCommitHash[2] ^= 1 }),
        ("evidenceHash", { $0.evidenceHash[2] ^= 1 }),
        ("chainID", { $0.chainID += 1 }),
        ("height", { $0.height += 1 }),
        ("gasLimit", { $0.gasLimit -= 1 }),
        ("time", { $0.time = F.genesis.genesisTime }),
    ]

    @Test("a block with any header field altered is refused as a header mismatch, even under a valid commit")
    func refusesAlteredHeaders() throws {
        let candidate = try Candidate()
        for (field, alter) in Self.alterations {
            var altered = candidate.block
            alter(&altered.header)
            #expect(altered.hash != candidate.block.hash)
            let refusal = try candidate.refusal(altered, commit: try candidate.resigned(altered))
            #expect(refusal == .headerMismatch(field: field), "altered \(field)")
        }
        // Another member as proposer is refused too: the proposer of each height is fixed by the set.
        var otherProposer = candidate.block
        let members = try candidate.follower.chain.validators(at: 2).validators.map(\.operatorAddress)
        otherProposer.header.proposer = try #require(members.first { $0 != candidate.block.header.proposer })
        #expect(try candidate.refusal(otherProposer, commit: try candidate.resigned(otherProposer)) == .headerMismatch(field: "proposer"))
        try candidate.appliesTheRealBlock()
    }

    @Test("a block without a quorum behind it, or behind its parent, is refused as a bad commit")
    func refusesWeakCommits() throws {
        let candidate = try Candidate()
        let validators = try candidate.follower.chain.validators(at: 2)
        let block = candidate.block
        func isBadCommit(_ error: BlockError?) -> Bool { if case .badCommit = error { true } else { false } }

        let half = Commit.signed(
            height: 3, blockHash: block.hash, chainID: F.genesis.chainId, validators: validators, keys: Array(F.validatorKeys[0..<2]))
        #expect(half.signatures.count == 2)
        #expect(isBadCommit(try candidate.refusal(block, commit: half)))

        var forged = candidate.commit
        forged.signatures[0].signature[0] ^= 1
        #expect(isBadCommit(try candidate.refusal(block, commit: forged)))

        let otherChain = Commit.signed(height: 3, blockHash: block.hash, chainID: 1, validators: validators, keys: F.validatorKeys)
        #expect(isBadCommit(try candidate.refusal(block, commit: otherChain)))

        // The block's own record of its parent's commit, cut to two signers: the block hash is unchanged.
        var weakParent = block
        weakParent.lastCommit?.signatures.removeLast(2)
        #expect(isBadCommit(try candidate.refusal(weakParent, commit: candidate.commit)))
        var noParent = block
        noParent.lastCommit = nil
        #expect(try candidate.refusal(noParent, commit: candidate.commit) == .badCommit("the parent's commit is missing"))
        try candidate.appliesTheRealBlock()
    }

    @Test("a block with a transaction out of nonce order is refused, and its executed prefix is not kept")
    func refusesBadNonces() throws {
        let candidate = try Candidate()
        let real = candidate.block.transactions[0]
        let nonce = real.transaction.nonce
        // Account 0 sent at height 1 and again in the candidate, so its next nonce at height 2 is 1.
        #expect(nonce == 1)

        func withTransactions(_ transactions: [SignedTransaction]) throws -> BlockError? {
            var block = candidate.block
            block.transactions = transactions
            block.header.transactionsRoot = Block.transactionsRoot(transactions)
            return try candidate.refusal(block, commit: try candidate.resigned(block))
        }
        let skipping = try candidate.leader.transaction(from: 0, nonce: nonce + 2, value: 1)
        #expect(try withTransactions([real, skipping]) == .invalidTransaction(index: 1, .nonceTooHigh(expected: nonce + 1, got: nonce + 2)))
        #expect(try withTransactions([skipping]) == .invalidTransaction(index: 0, .nonceTooHigh(expected: nonce, got: nonce + 2)))
        // The transaction of height 1 again: a replay.
        let first = try #require(try candidate.leader.chain.blocks.block(at: 1)).transactions[0]
        #expect(try withTransactions([first]) == .invalidTransaction(index: 0, .nonceTooLow(expected: nonce, got: 0)))
        #expect(try withTransactions([real, real]) == .invalidTransaction(index: 1, .nonceTooLow(expected: nonce + 1, got: nonce)))
        try candidate.appliesTheRealBlock()
    }
}

extension ChainFixture {
    /// Produces `blocks` blocks of a seeded mix: transfers between dev accounts, bonds by the validator
    /// operators (accounts 6-9), calls that fail or revert, one deploy of Identity.wasm, and empty blocks.
    /// Returns the hashes of every transaction submitted.
    func buildHistory(blocks: Int, rng: inout SplitMix64) throws -> [[UInt8]] {
        let staking = Self.genesis.contracts.staking.address
        let identityCode = [UInt8](try Data(contentsOf: Self.repositoryRoot.appendingPathComponent("Contracts/build/Identity.wasm")))
        let deployAt = Int.random(in: 2...(blocks - 2), using: &rng)
        var hashes: [[UInt8]] = []
        for index in 1...blocks {
            // Submitted as each is made: the fixture takes the next nonce from the mempool.
            var transactions: [SignedTransaction] = []
            func add(_ transaction: SignedTransaction) throws {
                try chain.submit(raw: transaction.raw)
                transactions.append(transaction)
            }
            if index == deployAt {
                try add(
                    try transaction(
                        from: Int.random(in: 0...5, using: &rng), to: nil, data: ContractDeploy(code: identityCode).canonicalBytes,
                        gas: 25_000_000, feeCap: 2 * FeeMarket.gwei))
            } else {
                // About one block in four is empty.
                let count = Int.random(in: 0...3, using: &rng) == 0 ? 0 : Int.random(in: 1...5, using: &rng)
                for _ in 0..<count {
                    let tip = UInt128.random(in: 0...2, using: &rng) * FeeMarket.gwei
                    switch Int.random(in: 0..<10, using: &rng) {
                    case 0..<4:
                        let from = Int.random(in: 0...9, using: &rng)
                        let to = Self.address(Int.random(in: 0...9, using: &rng))
                        try add(try transaction(from: from, to: to, value: UInt128.random(in: 0...ReplayTests.ether, using: &rng), tip: tip))
                    case 4..<6:
                        let value = UInt128.random(in: 1...5, using: &rng) * ReplayTests.ether
                        try add(try call(from: Int.random(in: 6...9, using: &rng), staking, "bond", value: value))
                    case 6, 7:
                        try add(try call(from: Int.random(in: 0...9, using: &rng), staking, "noSuchMethod"))
                    default:
                        // Reverts: a zero bond ("zero amount"), or a bond from an account that is no validator.
                        let reverting = Bool.random(using: &rng)
                            ? try call(from: Int.random(in: 6...9, using: &rng), staking, "bond")
                            : try call(from: Int.random(in: 0...5, using: &rng), staking, "bond", value: ReplayTests.ether)
                        try add(reverting)
                    }
                }
            }
            hashes += transactions.map(\.hash)
            let block = try produce()
            #expect(Set(block.transactions.map(\.hash)) == Set(transactions.map(\.hash)), "block \(index) holds what was submitted")
        }
        return hashes
    }
}

/// A small seeded generator (SplitMix64), so that a failing history replays exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
