import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import CairnVM
import Testing

@Suite("Chain: evidence and downtime reach the Slashing contract, and the validator set follows at epochs")
struct SlashingChainTests {
    typealias F = ChainFixture

    /// The devnet genesis with epochs of `epochLength` blocks.
    static func genesis(epochLength: UInt64) -> Genesis {
        var genesis = F.genesis
        var parameters = Genesis.ConsensusParameters.default
        parameters.epochLength = epochLength
        genesis.consensus = parameters
        return genesis
    }

    /// Two prevotes by validator `index` at `height` for different blocks.
    static func doubleSign(_ index: Int, height: UInt64, chainID: UInt64 = 31337) -> DoubleSignEvidence {
        let key = F.validatorKeys[index]
        let a = SignedVote(vote: Vote(kind: .prevote, height: height, round: 0, blockHash: [UInt8](repeating: 1, count: 32)), chainID: chainID, key: key)
        let b = SignedVote(vote: Vote(kind: .prevote, height: height, round: 0, blockHash: [UInt8](repeating: 2, count: 32)), chainID: chainID, key: key)
        return DoubleSignEvidence(a, b)!
    }

    static func member(_ index: Int, of set: ValidatorSet) -> Bool {
        set.member(consensusKey: F.validatorKeys[index].publicKey.rawRepresentation) != nil
    }

    /// Staking.validator(operator) decoded to (selfStake, jailedUntil, tombstoned).
    static func stakingRecord(_ fixture: ChainFixture, _ index: Int) throws -> (selfStake: UInt128, jailedUntil: UInt64, tombstoned: Bool) {
        var args = CanonicalWriter()
        args.writeFixed(fixture.genesis.validators[index].operator.bytes)
        let result = try fixture.chain.vm.call(
            Message(origin: SystemAddress.system, contract: fixture.genesis.contracts.staking.address, method: "validator", args: args.bytes, gasLimit: 10_000_000),
            context: BlockContext(chainID: 31337, height: fixture.chain.head.height + 1, time: fixture.chain.head.time),
            state: StateOverlay(parent: try fixture.chain.state()))
        var reader = CanonicalReader(result.returnData)
        #expect(try reader.readUInt8() == 1)
        _ = try reader.readFixed(count: 20)
        _ = try reader.readFixed(count: 32)
        _ = try reader.readUInt16()
        let selfStake = try reader.readUInt128()
        _ = try reader.readUInt128()
        let jailedUntil = try reader.readUInt64()
        let tombstoned = try reader.readBool()
        return (selfStake, jailedUntil, tombstoned)
    }

    @Test("double-sign evidence in a block slashes, jails and tombstones; the validator leaves at the next epoch")
    func evidence() throws {
        let fixture = try ChainFixture(genesis: Self.genesis(epochLength: 3))
        try fixture.produce()
        let before = try Self.stakingRecord(fixture, 2)
        let block = try fixture.produce(evidence: [Self.doubleSign(2, height: 1)])
        #expect(block.evidence == [Self.doubleSign(2, height: 1).canonicalBytes])
        let after = try Self.stakingRecord(fixture, 2)
        #expect(after.tombstoned)
        #expect(after.jailedUntil > 0)
        #expect(after.selfStake == before.selfStake - before.selfStake * 500 / 10_000)
        // Height 2 is inside the epoch that started after block 0: the set for 3 is still the old one,
        // the set for 4 (after block 3 closes the epoch) no longer holds validator 2.
        #expect(Self.member(2, of: try fixture.chain.validators(at: 2)))
        try fixture.produce()
        #expect(!Self.member(2, of: try fixture.chain.validators(at: 3)))
        #expect(try fixture.chain.validators(at: 3).validators.count == 3)
        // The chain goes on without it, and a follower replaying the blocks agrees.
        try fixture.produce(keys: [0, 1, 3].map { F.validatorKeys[$0] })
        let follower = try ChainFixture(genesis: Self.genesis(epochLength: 3))
        for height in 1...fixture.chain.head.height {
            try follower.chain.apply(try #require(try fixture.chain.blocks.block(at: height)), commit: try #require(try fixture.chain.blocks.commit(at: height)))
        }
        #expect(follower.chain.head == fixture.chain.head)
    }

    @Test("evidence the Slashing contract refuses is left out by a proposer, and makes a block carrying it invalid")
    func refusedEvidence() throws {
        let fixture = try ChainFixture()
        try fixture.produce()
        var forged = Self.doubleSign(1, height: 1)
        forged.signatureB[0] ^= 1
        let otherChain = Self.doubleSign(1, height: 1, chainID: 7)
        let proposed = try fixture.chain.proposeBlock(round: 0, time: F.genesis.genesisTime + 100, evidence: [forged, otherChain])
        #expect(proposed.evidence.isEmpty)

        var block = proposed
        block.evidence = [forged.canonicalBytes]
        block.header.evidenceHash = ListMerkleTree.root(block.evidence)
        let set = try fixture.chain.validators(at: 1)
        let commit = Commit.signed(height: 2, blockHash: block.hash, chainID: 31337, validators: set, keys: F.validatorKeys)
        #expect(throws: BlockError.invalidEvidence(index: 0, reason: "reverted: bad signature")) {
            try fixture.chain.apply(block, commit: commit)
        }
        // Used evidence cannot be used twice.
        try fixture.produce(evidence: [Self.doubleSign(1, height: 1)])
        let again = try fixture.chain.proposeBlock(round: 0, time: F.genesis.genesisTime + 200, evidence: [Self.doubleSign(1, height: 1)])
        #expect(again.evidence.isEmpty)
    }

    @Test("a validator missing from more than half the window's commits is jailed and leaves the set")
    func downtime() throws {
        let fixture = try ChainFixture()
        let window = try #require(F.genesis.contracts.slashing.params["window"]).value
        let minSigned = try #require(F.genesis.contracts.slashing.params["minSignedBps"]).value
        let allowed = window - window * minSigned / 10_000
        let others = [0, 1, 2].map { F.validatorKeys[$0] }
        // Block h carries the commit of h-1, so block h records h-1's missing signers.
        var height: UInt64 = 0
        while Self.member(3, of: try fixture.chain.validators(at: fixture.chain.head.height)) {
            try fixture.produce(keys: others)
            height += 1
            #expect(height <= UInt64(allowed) + 3, "validator 3 was never jailed")
            if height > UInt64(allowed) + 3 { return }
        }
        #expect(height == UInt64(allowed) + 2)
        #expect(try Self.stakingRecord(fixture, 3).jailedUntil > 0)
        #expect(try !Self.stakingRecord(fixture, 3).tombstoned)
        // Validators that signed every block were never touched.
        #expect(try Self.stakingRecord(fixture, 0).jailedUntil == 0)
    }

    @Test("the proposer of each block is the stake-weighted choice for the commit's round")
    func proposerFollowsRound() throws {
        let fixture = try ChainFixture()
        try fixture.produce()
        let set = try fixture.chain.validators(at: 1)
        var round: UInt32 = 0
        while Chain.proposer(height: 2, round: round, validators: set) == Chain.proposer(height: 2, round: 0, validators: set) { round += 1 }
        let block = try fixture.chain.proposeBlock(round: round, time: F.genesis.genesisTime + 100, evidence: [])
        #expect(block.header.proposer == Chain.proposer(height: 2, round: round, validators: set))
        try fixture.chain.validate(block, round: round)
        #expect(throws: BlockError.headerMismatch(field: "proposer")) { try fixture.chain.validate(block, round: 0) }
        let roundZeroCommit = Commit.signed(height: 2, round: 0, blockHash: block.hash, chainID: 31337, validators: set, keys: F.validatorKeys)
        #expect(throws: BlockError.headerMismatch(field: "proposer")) { try fixture.chain.apply(block, commit: roundZeroCommit) }
        let commit = Commit.signed(height: 2, round: round, blockHash: block.hash, chainID: 31337, validators: set, keys: F.validatorKeys)
        try fixture.chain.apply(block, commit: commit)
        #expect(fixture.chain.head == block.header)
    }

    @Test("late precommits grow the commit the next block carries, which becomes the stored commit; bad offers are ignored")
    func lateCommit() throws {
        let fixture = try ChainFixture()
        try fixture.produce()
        let block = try fixture.produce(keys: Array(F.validatorKeys[0..<3]))
        let set = try fixture.chain.validators(at: 1)
        #expect(try fixture.chain.blocks.commit(at: 2)?.signatures.count == 3)
        let full = Commit.signed(height: 2, blockHash: block.hash, chainID: 31337, validators: set, keys: F.validatorKeys)
        var forged = full
        forged.signatures[3].signature[0] ^= 1
        fixture.chain.offerLateCommit(forged)
        #expect(try fixture.chain.proposeBlock(round: 0, time: F.genesis.genesisTime + 100, evidence: []).lastCommit?.signatures.count == 3)
        fixture.chain.offerLateCommit(full)
        let next = try fixture.chain.proposeBlock(round: 0, time: F.genesis.genesisTime + 100, evidence: [])
        #expect(next.lastCommit == full)
        // Stored with the next block, the fuller commit is the canonical one for height 2.
        let commit = Commit.signed(height: 3, blockHash: next.hash, chainID: 31337, validators: set, keys: F.validatorKeys)
        try fixture.chain.apply(next, commit: commit)
        #expect(try fixture.chain.blocks.commit(at: 2) == full)
    }
}
