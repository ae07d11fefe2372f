import CairnCodec
import CairnCrypto
import CairnVM
import Testing

@Suite("Slashing contract")
struct SlashingTests {
    typealias Chain = SystemChain
    let slashing = SystemChain.slashing

    static func evidenceArgs(_ key: [UInt8], _ a: SignedVote, _ b: SignedVote) -> [UInt8] {
        CanonicalWriter.encoding {
            $0.writeFixed(key)
            a.encode(to: &$0)
            b.encode(to: &$0)
        }
    }

    static func livenessArgs(height: UInt64, _ missed: [Address]) -> [UInt8] {
        CanonicalWriter.encoding {
            $0.writeUInt64(height)
            $0.writeArray(missed) { $0.writeFixed($1.bytes) }
        }
    }

    /// Reports `validator` as absent at the current height, then moves one block on.
    static func miss(_ chain: Chain, _ validator: Address) {
        chain.succeed(Chain.slashing, "recordLiveness", livenessArgs(height: chain.height, [validator]), from: Chain.system)
        chain.harness.advance()
    }

    // MARK: double signing

    @Test func doubleSignEvidenceSlashesJailsAndTombstones() throws {
        let chain = try Chain()
        let offender = chain.genesis[0]
        let delegator = chain.account(1)
        chain.succeed(Chain.staking, "delegate", offender.operator.bytes, from: delegator, value: 1000)

        let a = offender.vote(height: 1, block: 0xAA)
        let b = offender.vote(height: 1, block: 0xBB)
        let result = chain.succeed(slashing, "submitEvidence", Self.evidenceArgs(offender.consensusKey, a, b),
                                   from: chain.account(2))

        let record = try #require(try chain.validator(offender.operator))
        #expect(record.selfStake == 4750 && record.delegated == 950 && record.slashedTotal == 300)
        #expect(record.tombstoned)
        #expect(record.jailedUntil == chain.height + UInt64.max / 2)
        #expect(try chain.delegation(delegator, offender.operator) == 950)
        #expect(try chain.activeSet().map(\.operator) == [chain.genesis[1].operator])
        #expect(try chain.slashes() == [SlashRecord(validator: offender.operator, height: chain.height, reason: 1,
                                                     fractionBps: Chain.doubleSignSlashBps)])
        #expect(result.events.map { $0.topics[0] } == [
            TestBytes.topic("Staking.Slashed"), TestBytes.topic("Staking.Jailed"), TestBytes.topic("Slashing.Evidence"),
        ])
        #expect(result.events.last == Event(
            contract: slashing, topics: [TestBytes.topic("Slashing.Evidence"), TestBytes.topic(offender.operator),
                                         offender.consensusKey],
            data: CanonicalWriter.encoding {
                $0.writeUInt8(2); $0.writeUInt64(1); $0.writeUInt32(0); $0.writeUInt16(Chain.doubleSignSlashBps)
            }))
    }

    @Test func aPrevoteForNilAgainstOneForABlockIsDoubleSigning() throws {
        let chain = try Chain()
        let offender = chain.genesis[1]
        chain.harness.advance(blocks: 4)
        let a = offender.vote(kind: 1, height: 3, round: 2, block: 0x00)
        let b = offender.vote(kind: 1, height: 3, round: 2, block: 0x11)
        chain.succeed(slashing, "submitEvidence", Self.evidenceArgs(offender.consensusKey, a, b), from: chain.account(2))
        #expect(try chain.validator(offender.operator)?.tombstoned == true)
    }

    @Test func evidenceRejections() throws {
        let chain = try Chain()
        let offender = chain.genesis[0]
        let reporter = chain.account(1)
        let key = offender.consensusKey
        let a = offender.vote(height: 1, block: 0xAA)

        chain.expectRevert("identical votes", slashing, "submitEvidence", Self.evidenceArgs(key, a, a), from: reporter)
        chain.expectRevert("not conflicting", slashing, "submitEvidence",
                           Self.evidenceArgs(key, a, offender.vote(height: 2, block: 0xBB)), from: reporter)
        chain.expectRevert("not conflicting", slashing, "submitEvidence",
                           Self.evidenceArgs(key, a, offender.vote(height: 1, round: 1, block: 0xBB)), from: reporter)
        chain.expectRevert("not conflicting", slashing, "submitEvidence",
                           Self.evidenceArgs(key, a, offender.vote(kind: 1, height: 1, block: 0xBB)), from: reporter)

        // A vote signed by another key, one signed for another chain, and a corrupted signature.
        let other = chain.genesis[1]
        var forged = other.vote(height: 1, block: 0xBB)
        chain.expectRevert("bad signature", slashing, "submitEvidence", Self.evidenceArgs(key, a, forged), from: reporter)
        chain.expectRevert("bad signature", slashing, "submitEvidence",
                           Self.evidenceArgs(key, a, offender.vote(height: 1, block: 0xBB, chainID: 1)), from: reporter)
        forged = offender.vote(height: 1, block: 0xBB)
        forged.signature[5] ^= 1
        chain.expectRevert("bad signature", slashing, "submitEvidence", Self.evidenceArgs(key, a, forged), from: reporter)

        let stranger = ValidatorKeys(index: 99)
        chain.expectRevert("unknown validator", slashing, "submitEvidence",
                           Self.evidenceArgs(stranger.consensusKey, stranger.vote(height: 1, block: 1),
                                             stranger.vote(height: 1, block: 2)), from: reporter)

        let b = offender.vote(height: 1, block: 0xBB)
        var badKind = Self.evidenceArgs(key, a, b)
        badKind[32] = 3
        chain.expectRevert("bad arguments", slashing, "submitEvidence", badKind, from: reporter)
        chain.expectRevert("bad arguments", slashing, "submitEvidence", Self.evidenceArgs(key, a, b) + [0], from: reporter)
        chain.expectRevert("not payable", slashing, "submitEvidence", Self.evidenceArgs(key, a, b), from: reporter, value: 1)
        #expect(try chain.validator(offender.operator)?.tombstoned == false)
    }

    @Test func replayedEvidenceIsRejected() throws {
        let chain = try Chain()
        let offender = chain.genesis[0]
        let reporter = chain.account(1)
        let a = offender.vote(height: 1, block: 0xAA)
        let b = offender.vote(height: 1, block: 0xBB)
        chain.succeed(slashing, "submitEvidence", Self.evidenceArgs(offender.consensusKey, a, b), from: reporter)

        chain.expectRevert("evidence already used", slashing, "submitEvidence",
                           Self.evidenceArgs(offender.consensusKey, a, b), from: reporter)
        // Another pair proving the same offence is the same offence.
        chain.expectRevert("evidence already used", slashing, "submitEvidence",
                           Self.evidenceArgs(offender.consensusKey, b, offender.vote(height: 1, block: 0xCC)),
                           from: reporter)
        // A new offence by a tombstoned validator is not punished twice.
        chain.expectRevert("already tombstoned", slashing, "submitEvidence",
                           Self.evidenceArgs(offender.consensusKey, offender.vote(height: 1, round: 1, block: 1),
                                             offender.vote(height: 1, round: 1, block: 2)), from: reporter)
        #expect(try chain.slashes().count == 1)
    }

    @Test func evidenceOlderThanMaxEvidenceAgeIsRejected() throws {
        let chain = try Chain()
        let reporter = chain.account(1)
        let (first, second) = (chain.genesis[0], chain.genesis[1])
        chain.harness.advance(blocks: Chain.maxEvidenceAge)
        // At height 101, votes from height 1 are exactly maxEvidenceAge old: still accepted.
        chain.succeed(slashing, "submitEvidence", Self.evidenceArgs(
            first.consensusKey, first.vote(height: 1, block: 1), first.vote(height: 1, block: 2)), from: reporter)
        chain.harness.advance()
        chain.expectRevert("evidence too old", slashing, "submitEvidence", Self.evidenceArgs(
            second.consensusKey, second.vote(height: 1, block: 1), second.vote(height: 1, block: 2)), from: reporter)
    }

    // MARK: liveness

    @Test func livenessOnlyFromTheSystemCaller() throws {
        let chain = try Chain()
        let args = Self.livenessArgs(height: 1, [chain.genesis[0].operator])
        chain.expectRevert("not system", slashing, "recordLiveness", args, from: chain.account(1))
        chain.expectRevert("not system", slashing, "recordLiveness", args, from: Chain.staking)
        chain.expectRevert("not system", slashing, "recordLiveness", args, from: chain.genesis[0].operator)
    }

    @Test func livenessRejections() throws {
        let chain = try Chain()
        let v = chain.genesis[0].operator
        chain.expectRevert("bad arguments", slashing, "recordLiveness", Self.livenessArgs(height: 1, [v, v]),
                           from: Chain.system)
        chain.expectRevert("future height", slashing, "recordLiveness", Self.livenessArgs(height: 2, [v]),
                           from: Chain.system)
        chain.expectRevert("bad arguments", slashing, "recordLiveness", Self.livenessArgs(height: 1, [v]) + [0],
                           from: Chain.system)
    }

    @Test func missedBlocksCountWithinAWindowAndStartAgainInTheNext() throws {
        let chain = try Chain()
        let v = chain.genesis[0].operator
        for _ in 0..<3 { Self.miss(chain, v) }
        #expect(try chain.missed(v) == MissedBlocks(windowStart: 0, missed: 3))
        #expect(try chain.missed(chain.genesis[1].operator) == MissedBlocks(windowStart: 0, missed: 0))

        chain.harness.advance(blocks: 10 - chain.height)
        #expect(try chain.missed(v) == MissedBlocks(windowStart: 10, missed: 0))
        Self.miss(chain, v)
        #expect(try chain.missed(v) == MissedBlocks(windowStart: 10, missed: 1))
        #expect(try chain.validator(v)?.jailedUntil == 0)
    }

    @Test func downtimeSlashesAndJailsOnceMissesExceedTheAllowance() throws {
        let chain = try Chain()
        let v = chain.genesis[0].operator
        // Window 10 with 50% to sign allows 5 misses.
        for _ in 0..<5 { Self.miss(chain, v) }
        #expect(try chain.validator(v)?.jailedUntil == 0)
        #expect(try chain.slashes().isEmpty)

        let height = chain.height
        let sixth = chain.succeed(slashing, "recordLiveness", Self.livenessArgs(height: height, [v]), from: Chain.system)
        let record = try #require(try chain.validator(v))
        #expect(record.selfStake == 4950 && record.slashedTotal == 50)
        #expect(record.jailedUntil == height + Chain.downtimeJailBlocks)
        #expect(!record.tombstoned)
        #expect(try chain.missed(v) == MissedBlocks(windowStart: 0, missed: 0))
        #expect(try chain.slashes() == [SlashRecord(validator: v, height: height, reason: 2,
                                                     fractionBps: Chain.downtimeSlashBps)])
        #expect(try chain.activeSet().map(\.operator) == [chain.genesis[1].operator])
        #expect(sixth.events.last == Event(
            contract: slashing, topics: [TestBytes.topic("Slashing.Downtime"), TestBytes.topic(v)],
            data: CanonicalWriter.encoding { $0.writeUInt64(0); $0.writeUInt64(6); $0.writeUInt16(Chain.downtimeSlashBps) }))

        // Served and unjailed, the validator is back.
        chain.harness.advance(blocks: Chain.downtimeJailBlocks)
        chain.succeed(Chain.staking, "unjail", from: v)
        #expect(try chain.activeSet().count == 2)
    }

    @Test func livenessSkipsAddressesStakingRefuses() throws {
        let chain = try Chain()
        let stranger = Chain.address(0x4242)
        let tombstoned = chain.genesis[1]
        chain.succeed(slashing, "submitEvidence", Self.evidenceArgs(
            tombstoned.consensusKey, tombstoned.vote(height: 1, block: 1), tombstoned.vote(height: 1, block: 2)),
            from: chain.account(1))
        for _ in 0..<6 {
            chain.succeed(slashing, "recordLiveness", Self.livenessArgs(height: chain.height, [stranger, tombstoned.operator]),
                          from: Chain.system)
            chain.harness.advance()
        }
        #expect(try chain.missed(stranger) == MissedBlocks(windowStart: 0, missed: 0))
        #expect(try chain.slashes().count == 1)
    }

    @Test func slashesKeepsTheMostRecent256OldestFirst() throws {
        // Signing every block is required here, so each miss is a downtime slash.
        let chain = try Chain(genesis: 200, genesisStake: 1000,
                              slashingArgs: Chain.slashingInit(minSignedBps: 10_000))
        let all = chain.genesis.map(\.operator)
        let first = chain.harness.call(slashing, "recordLiveness", Self.livenessArgs(height: 1, all),
                                       from: Chain.system, gas: 200_000_000)
        #expect(first.status == .success)
        chain.harness.advance()
        let second = chain.harness.call(slashing, "recordLiveness", Self.livenessArgs(height: 2, Array(all.prefix(57))),
                                        from: Chain.system, gas: 200_000_000)
        #expect(second.status == .success)

        let records = try chain.slashes()
        #expect(records.count == 256)
        #expect(records.first == SlashRecord(validator: all[1], height: 1, reason: 2, fractionBps: Chain.downtimeSlashBps))
        #expect(records.last == SlashRecord(validator: all[56], height: 2, reason: 2, fractionBps: Chain.downtimeSlashBps))
    }

    @Test func initRejectsABadConfig() throws {
        for args in [Chain.slashingInit(window: 0), Chain.slashingInit(minSignedBps: 10_001)] {
            #expect(throws: VMError.constructorFailed(.reverted("bad config"))) {
                try ContractHarness().install("Slashing", at: Chain.slashing, initArgs: args)
            }
        }
        #expect(throws: VMError.constructorFailed(.reverted("bad arguments"))) {
            try ContractHarness().install("Slashing", at: Chain.slashing, initArgs: Chain.slashingInit() + [0])
        }
    }

    @Test func evidenceNeedsStakingToAnswer() throws {
        let harness = ContractHarness()
        try harness.install("Slashing", at: Chain.slashing, initArgs: Chain.slashingInit())
        let keys = ValidatorKeys(index: 1)
        let before = harness.stateDigest
        let result = harness.call(Chain.slashing, "submitEvidence", Self.evidenceArgs(
            keys.consensusKey, keys.vote(height: 1, block: 1), keys.vote(height: 1, block: 2)), from: Chain.address(0xA1))
        #expect(result.status == .reverted("staking unavailable"))
        #expect(harness.stateDigest == before)
    }

    @Test func readsRejectMalformedArgumentsAndValue() throws {
        let chain = try Chain()
        let reader = chain.account(1)
        chain.expectRevert("bad arguments", slashing, "missed", [1, 2], from: reader)
        chain.expectRevert("bad arguments", slashing, "slashes", [0], from: reader)
        chain.expectRevert("not payable", slashing, "slashes", from: reader, value: 1)
    }
}
