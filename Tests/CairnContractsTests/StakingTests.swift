import CairnCodec
import CairnCrypto
import CairnVM
import Testing

@Suite("Staking contract")
struct StakingTests {
    typealias Chain = SystemChain
    let staking = SystemChain.staking

    static func registerArgs(_ keys: ValidatorKeys, commission: UInt16 = 250, signature: [UInt8]? = nil) -> [UInt8] {
        keys.consensusKey + CanonicalWriter.encoding { $0.writeUInt16(commission) } + (signature ?? keys.possessionSignature())
    }

    static func unbondArgs(_ validator: Address, _ amount: UInt128) -> [UInt8] {
        validator.bytes + CanonicalWriter.encoding { $0.writeUInt128(amount) }
    }

    static func slashArgs(_ validator: Address, bps: UInt16, jail: UInt64, tombstone: Bool) -> [UInt8] {
        CanonicalWriter.encoding {
            $0.writeFixed(validator.bytes)
            $0.writeUInt16(bps)
            $0.writeUInt64(jail)
            $0.writeBool(tombstone)
        }
    }

    /// Registers validator `index` with `stake`, funding its operator first.
    @discardableResult
    static func register(_ chain: Chain, index: Int, stake: UInt128 = 2000) -> ValidatorKeys {
        let keys = ValidatorKeys(index: index)
        chain.harness.fund(keys.operator, 100_000)
        chain.succeed(SystemChain.staking, "registerValidator", registerArgs(keys), from: keys.operator, value: stake)
        return keys
    }

    // MARK: genesis and registration

    @Test func initRecordsGenesisValidators() throws {
        let chain = try Chain()
        let first = chain.genesis[0]
        let record = try #require(try chain.validator(first.operator))
        #expect(record.operator == first.operator)
        #expect(record.consensusKey == first.consensusKey)
        #expect(record.commissionBps == 100)
        #expect(record.selfStake == 5000 && record.delegated == 0)
        #expect(record.jailedUntil == 0 && !record.tombstoned && record.slashedTotal == 0)
        #expect(try chain.validatorByKey(first.consensusKey) == first.operator)
        #expect(try chain.stakeOf(first.operator) == 5000)
        #expect(try chain.activeSet().count == 2)
        #expect(try chain.validator(Chain.address(0x77)) == nil)
        #expect(try chain.validatorByKey([UInt8](repeating: 9, count: 32)) == nil)
    }

    static func initArgs(
        maxValidators: UInt32 = Chain.maxValidators, jailBlocks: UInt64 = Chain.jailBlocks,
        _ validators: [(op: Address, key: [UInt8], commission: UInt16, stake: UInt128)]
    ) -> [UInt8] {
        CanonicalWriter.encoding { args in
            args.writeFixed(Chain.slashing.bytes)
            args.writeUInt128(Chain.minSelfStake)
            args.writeUInt64(Chain.unbondingBlocks)
            args.writeUInt32(maxValidators)
            args.writeUInt64(jailBlocks)
            args.writeArray(validators) { writer, validator in
                writer.writeFixed(validator.op.bytes)
                writer.writeFixed(validator.key)
                writer.writeUInt16(validator.commission)
                writer.writeUInt128(validator.stake)
            }
        }
    }

    @Test func initRejections() throws {
        let (a, b) = (ValidatorKeys(index: 1), ValidatorKeys(index: 2))
        let good = [(a.operator, a.consensusKey, UInt16(0), UInt128(5000)), (b.operator, b.consensusKey, 0, 5000)]
        let cases: [(String, [UInt8])] = [
            ("bad config", Self.initArgs(maxValidators: 0, good)),
            ("bad config", Self.initArgs(maxValidators: 257, good)),
            ("bad config", Self.initArgs(jailBlocks: 0, good)),
            ("bad commission", Self.initArgs([(a.operator, a.consensusKey, 10_001, 5000)])),
            ("stake too low", Self.initArgs([(a.operator, a.consensusKey, 0, 999)])),
            ("already validator", Self.initArgs([(a.operator, a.consensusKey, 0, 5000), (a.operator, b.consensusKey, 0, 5000)])),
            ("key in use", Self.initArgs([(a.operator, a.consensusKey, 0, 5000), (b.operator, a.consensusKey, 0, 5000)])),
            ("bad arguments", Self.initArgs(good) + [0]),
            ("bad arguments", Self.initArgs((0..<257).map { n in
                let keys = ValidatorKeys(index: n + 1)
                return (keys.operator, keys.consensusKey, 0, 5000)
            })),
        ]
        for (reason, args) in cases {
            let harness = ContractHarness()
            #expect(throws: VMError.constructorFailed(.reverted(reason))) {
                try harness.install("Staking", at: Chain.staking, initArgs: args)
            }
        }
        try ContractHarness().install("Staking", at: Chain.staking, initArgs: Self.initArgs(good))
    }

    @Test func registerValidatorRecordsStakeKeyAndEvent() throws {
        let chain = try Chain()
        let keys = ValidatorKeys(index: 7)
        chain.harness.fund(keys.operator, 10_000)
        let result = chain.succeed(staking, "registerValidator", Self.registerArgs(keys), from: keys.operator, value: 2500)

        let record = try #require(try chain.validator(keys.operator))
        #expect(record.selfStake == 2500 && record.commissionBps == 250 && record.consensusKey == keys.consensusKey)
        #expect(try chain.validatorByKey(keys.consensusKey) == keys.operator)
        #expect(chain.harness.balance(keys.operator) == 7500)
        #expect(chain.harness.balance(staking) == 12_500)
        #expect(result.events == [Event(
            contract: staking,
            topics: [TestBytes.topic("Staking.ValidatorRegistered"), TestBytes.topic(keys.operator)],
            data: keys.consensusKey + CanonicalWriter.encoding { $0.writeUInt16(250); $0.writeUInt128(2500) }
        )])
        #expect(try chain.activeSet().map(\.operator).contains(keys.operator))
    }

    @Test func registerValidatorRejections() throws {
        let chain = try Chain()
        let keys = ValidatorKeys(index: 7)
        chain.harness.fund(keys.operator, 10_000)
        let genesis = chain.genesis[0]

        chain.expectRevert("bad commission", staking, "registerValidator",
                           Self.registerArgs(keys, commission: 10_001), from: keys.operator, value: 2000)
        chain.harness.fund(genesis.operator, 10_000)
        chain.expectRevert("already validator", staking, "registerValidator",
                           Self.registerArgs(keys), from: genesis.operator, value: 2000)
        let stolenKey = genesis.consensusKey + [0, 0] + keys.possessionSignature()
        chain.expectRevert("key in use", staking, "registerValidator", stolenKey, from: keys.operator, value: 2000)
        chain.expectRevert("stake too low", staking, "registerValidator",
                           Self.registerArgs(keys), from: keys.operator, value: 999)
        // A proof made for another operator, and one made for another chain, do not verify.
        let other = ValidatorKeys(index: 8)
        let forOther = keys.key.signature(
            for: Array("cairn/staking/validator/v1".utf8) + TestBytes.u64(31337) + other.operator.bytes + keys.consensusKey)
        chain.expectRevert("bad signature", staking, "registerValidator",
                           Self.registerArgs(keys, signature: forOther), from: keys.operator, value: 2000)
        chain.expectRevert("bad signature", staking, "registerValidator",
                           Self.registerArgs(keys, signature: keys.possessionSignature(chainID: 1)),
                           from: keys.operator, value: 2000)
        chain.expectRevert("bad arguments", staking, "registerValidator",
                           Array(Self.registerArgs(keys).dropLast()), from: keys.operator, value: 2000)
        chain.expectRevert("bad arguments", staking, "registerValidator",
                           Self.registerArgs(keys) + [0], from: keys.operator, value: 2000)
    }

    @Test func registerValidatorRejectsThe257thValidator() throws {
        let chain = try Chain(genesis: 256, genesisStake: 1000)
        let keys = ValidatorKeys(index: 0)
        chain.harness.fund(keys.operator, 10_000)
        chain.expectRevert("too many validators", staking, "registerValidator",
                           Self.registerArgs(keys), from: keys.operator, value: 2000)
        #expect(try chain.activeSet().count == Int(Chain.maxValidators))
    }

    // MARK: bond and delegate

    @Test func bondAddsSelfStake() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        chain.harness.fund(op, 1000)
        let result = chain.succeed(staking, "bond", from: op, value: 300)
        #expect(try chain.validator(op)?.selfStake == 5300)
        #expect(try chain.stakeOf(op) == 5300)
        #expect(result.events == [Event(
            contract: staking, topics: [TestBytes.topic("Staking.Bonded"), TestBytes.topic(op)],
            data: CanonicalWriter.encoding { $0.writeUInt128(300); $0.writeUInt128(5300) })])
    }

    @Test func bondRejections() throws {
        let chain = try Chain()
        let stranger = chain.account(1)
        let op = chain.genesis[0].operator
        chain.harness.fund(op, 1000)
        chain.expectRevert("zero amount", staking, "bond", from: op)
        chain.expectRevert("not validator", staking, "bond", from: stranger, value: 10)
        chain.expectRevert("bad arguments", staking, "bond", [1], from: op, value: 10)
        chain.succeed(staking, "slash", Self.slashArgs(op, bps: 100, jail: 5, tombstone: true), from: Chain.slashing)
        chain.expectRevert("validator tombstoned", staking, "bond", from: op, value: 10)
    }

    @Test func delegateAddsToDelegationAndPower() throws {
        let chain = try Chain()
        let validator = chain.genesis[1].operator
        let delegator = chain.account(1)
        let result = chain.succeed(staking, "delegate", validator.bytes, from: delegator, value: 700)
        chain.succeed(staking, "delegate", validator.bytes, from: delegator, value: 300)

        #expect(try chain.delegation(delegator, validator) == 1000)
        #expect(try chain.delegation(delegator, chain.genesis[0].operator) == 0)
        #expect(try chain.validator(validator)?.delegated == 1000)
        #expect(try chain.stakeOf(delegator) == 1000)
        #expect(chain.harness.balance(delegator) == 999_000)
        #expect(try chain.activeSet().first { $0.operator == validator }?.power == 6000)
        #expect(result.events == [Event(
            contract: staking,
            topics: [TestBytes.topic("Staking.Delegated"), TestBytes.topic(validator), TestBytes.topic(delegator)],
            data: CanonicalWriter.encoding { $0.writeUInt128(700); $0.writeUInt128(700) })])
    }

    @Test func stakeOfSumsSelfStakeAndEveryDelegation() throws {
        let chain = try Chain(genesis: 3)
        let op = chain.genesis[0].operator
        chain.harness.fund(op, 10_000)
        chain.succeed(staking, "delegate", chain.genesis[1].operator.bytes, from: op, value: 400)
        chain.succeed(staking, "delegate", chain.genesis[2].operator.bytes, from: op, value: 600)
        #expect(try chain.stakeOf(op) == 6000)
        #expect(try chain.stakeOf(chain.account(9)) == 0)
    }

    @Test func delegateRejections() throws {
        let chain = try Chain()
        let delegator = chain.account(1)
        let validator = chain.genesis[0].operator
        chain.expectRevert("zero amount", staking, "delegate", validator.bytes, from: delegator)
        chain.expectRevert("unknown validator", staking, "delegate", Chain.address(0x99).bytes, from: delegator, value: 5)
        chain.harness.fund(validator, 100)
        chain.expectRevert("self delegation", staking, "delegate", validator.bytes, from: validator, value: 5)
        chain.expectRevert("bad arguments", staking, "delegate", Array(validator.bytes.dropLast()), from: delegator, value: 5)
        chain.succeed(staking, "slash", Self.slashArgs(validator, bps: 0, jail: 1, tombstone: true), from: Chain.slashing)
        chain.expectRevert("validator tombstoned", staking, "delegate", validator.bytes, from: delegator, value: 5)
    }

    @Test func delegateRejectsThe513thDelegatorAndSlashReachesAll512() throws {
        let chain = try Chain()
        let validator = chain.genesis[0].operator
        for n in 0..<512 {
            chain.succeed(staking, "delegate", validator.bytes, from: chain.account(UInt64(n), funded: 1000), value: 100)
        }
        let late = chain.account(600, funded: 1000)
        chain.expectRevert("too many delegators", staking, "delegate", validator.bytes, from: late, value: 100)
        // An existing delegator may still add to its delegation.
        let first = Chain.address(0xA000_0000)
        chain.succeed(staking, "delegate", validator.bytes, from: first, value: 100)
        #expect(try chain.validator(validator)?.delegated == 51_300)

        // A delegator that unbonds everything keeps its place while its entry can still be slashed,
        // and gives it up when it withdraws.
        let leaver = Chain.address(0xA000_0000 + 5)
        chain.succeed(staking, "unbond", Self.unbondArgs(validator, 100), from: leaver)
        chain.expectRevert("too many delegators", staking, "delegate", validator.bytes, from: late, value: 100)
        chain.harness.advance(blocks: Chain.unbondingBlocks)
        chain.succeed(staking, "withdraw", from: leaver)
        chain.succeed(staking, "delegate", validator.bytes, from: late, value: 100)

        // A downtime-sized slash writes every delegation, within the default 10M gas of one call.
        let slash = chain.call(staking, "slash", Self.slashArgs(validator, bps: 100, jail: 1, tombstone: false),
                               from: Chain.slashing)
        #expect(slash.status == .success)
        #expect(slash.gasUsed < 10_000_000)
        #expect(try chain.validator(validator)?.delegated == 51_300 - 513)
        #expect(try chain.validator(validator)?.slashedTotal == 50 + 513)
        #expect(try chain.delegation(first, validator) == 198)
        #expect(try chain.stakeOf(Chain.address(0xA000_0000 + 511)) == 99)
        #expect(try chain.stakeOf(late) == 99)
        #expect(try chain.stakeOf(leaver) == 0)
    }

    @Test func delegateRejectsASeventeenthValidatorUntilOneIsEmptied() throws {
        let chain = try Chain(genesis: 17)
        let delegator = chain.account(1)
        let v = chain.genesis.map(\.operator)
        for validator in v.prefix(16) {
            chain.succeed(staking, "delegate", validator.bytes, from: delegator, value: 100)
        }
        chain.expectRevert("too many delegations", staking, "delegate", v[16].bytes, from: delegator, value: 100)
        #expect(try chain.stakeOf(delegator) == 1600)

        // Unbonding all of one delegation frees its place, and so does a slash that takes all of one.
        chain.succeed(staking, "unbond", Self.unbondArgs(v[0], 100), from: delegator)
        chain.succeed(staking, "delegate", v[16].bytes, from: delegator, value: 100)
        chain.succeed(staking, "slash", Self.slashArgs(v[1], bps: 10_000, jail: 1, tombstone: true), from: Chain.slashing)
        #expect(try chain.stakeOf(delegator) == 1500)
        chain.succeed(staking, "delegate", v[0].bytes, from: delegator, value: 100)
        #expect(try chain.stakeOf(delegator) == 1600)
    }

    // MARK: unbond and withdraw

    @Test func unbondMovesSelfStakeIntoAnEntryThenWithdrawPaysItAfterThePeriod() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        let unbond = chain.succeed(staking, "unbond", Self.unbondArgs(op, 1500), from: op)
        let release = chain.height + Chain.unbondingBlocks
        #expect(unbond.events == [Event(
            contract: staking, topics: [TestBytes.topic("Staking.Unbonded"), TestBytes.topic(op), TestBytes.topic(op)],
            data: CanonicalWriter.encoding { $0.writeUInt128(1500); $0.writeUInt64(release) })])
        #expect(try chain.validator(op)?.selfStake == 3500)
        #expect(try chain.stakeOf(op) == 3500)
        #expect(try chain.unbonding(op) == [UnbondingEntry(validator: op, amount: 1500, releaseHeight: release)])

        // Too early, then one block too early: the entry is still locked.
        chain.expectRevert("nothing to withdraw", staking, "withdraw", from: op)
        chain.harness.advance(blocks: Chain.unbondingBlocks - 1)
        chain.expectRevert("nothing to withdraw", staking, "withdraw", from: op)

        chain.harness.advance()
        let before = chain.harness.balance(op)
        let withdraw = chain.succeed(staking, "withdraw", from: op)
        #expect(chain.harness.balance(op) == before + 1500)
        #expect(chain.harness.balance(staking) == 8500)
        #expect(try chain.unbonding(op).isEmpty)
        #expect(withdraw.events == [Event(
            contract: staking, topics: [TestBytes.topic("Staking.Withdrawn"), TestBytes.topic(op)],
            data: CanonicalWriter.encoding { $0.writeUInt128(1500) })])
        chain.expectRevert("nothing to withdraw", staking, "withdraw", from: op)
    }

    @Test func withdrawPaysOnlyReleasedEntries() throws {
        let chain = try Chain()
        let validator = chain.genesis[1].operator
        let delegator = chain.account(1)
        chain.succeed(staking, "delegate", validator.bytes, from: delegator, value: 1000)
        chain.succeed(staking, "unbond", Self.unbondArgs(validator, 100), from: delegator)
        chain.harness.advance(blocks: 5)
        chain.succeed(staking, "unbond", Self.unbondArgs(validator, 200), from: delegator)
        #expect(try chain.delegation(delegator, validator) == 700)
        #expect(try chain.validator(validator)?.delegated == 700)
        #expect(try chain.stakeOf(delegator) == 700)

        chain.harness.advance(blocks: 5)
        let before = chain.harness.balance(delegator)
        chain.succeed(staking, "withdraw", from: delegator)
        #expect(chain.harness.balance(delegator) == before + 100)
        #expect(try chain.unbonding(delegator).map(\.amount) == [200])
    }

    @Test func unbondEverythingLeavesTheActiveSet() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        chain.succeed(staking, "unbond", Self.unbondArgs(op, 5000), from: op)
        #expect(try chain.validator(op)?.selfStake == 0)
        #expect(try chain.activeSet().map(\.operator) == [chain.genesis[1].operator])
    }

    @Test func unbondRejections() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        let delegator = chain.account(1)
        chain.succeed(staking, "delegate", op.bytes, from: delegator, value: 50)

        chain.expectRevert("zero amount", staking, "unbond", Self.unbondArgs(op, 0), from: op)
        chain.expectRevert("unknown validator", staking, "unbond", Self.unbondArgs(Chain.address(0x99), 1), from: delegator)
        chain.expectRevert("insufficient stake", staking, "unbond", Self.unbondArgs(op, 5001), from: op)
        chain.expectRevert("insufficient stake", staking, "unbond", Self.unbondArgs(op, 51), from: delegator)
        chain.expectRevert("insufficient stake", staking, "unbond",
                           Self.unbondArgs(chain.genesis[1].operator, 1), from: delegator)
        chain.expectRevert("self stake below minimum", staking, "unbond", Self.unbondArgs(op, 4001), from: op)
        chain.expectRevert("not payable", staking, "unbond", Self.unbondArgs(op, 1), from: delegator, value: 1)
        chain.expectRevert("bad arguments", staking, "unbond", Self.unbondArgs(op, 1) + [0], from: delegator)
    }

    @Test func unbondRejectsThe33rdEntry() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        for _ in 0..<32 { chain.succeed(staking, "unbond", Self.unbondArgs(op, 1), from: op) }
        chain.expectRevert("too many unbonding entries", staking, "unbond", Self.unbondArgs(op, 1), from: op)
        chain.harness.advance(blocks: Chain.unbondingBlocks)
        chain.succeed(staking, "withdraw", from: op)
        chain.succeed(staking, "unbond", Self.unbondArgs(op, 1), from: op)
    }

    // MARK: slash and unjail

    @Test func slashOnlyFromSlashing() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        let args = Self.slashArgs(op, bps: 1000, jail: 5, tombstone: false)
        chain.expectRevert("not slashing", staking, "slash", args, from: chain.account(1))
        chain.expectRevert("not slashing", staking, "slash", args, from: op)
        chain.expectRevert("not slashing", staking, "slash", args, from: Chain.system)
    }

    @Test func slashCutsSelfStakeDelegationsAndPendingUnbondingThenJails() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        let delegator = chain.account(1)
        chain.succeed(staking, "delegate", op.bytes, from: delegator, value: 2000)
        chain.succeed(staking, "unbond", Self.unbondArgs(op, 1000), from: delegator)  // released at 11
        chain.succeed(staking, "unbond", Self.unbondArgs(op, 1000), from: op)          // released at 11
        chain.harness.advance(blocks: Chain.unbondingBlocks)
        chain.succeed(staking, "unbond", Self.unbondArgs(op, 500), from: delegator)   // pending until 21
        chain.succeed(staking, "unbond", Self.unbondArgs(op, 500), from: op)          // pending until 21

        // 10% of: self 3500, delegation 500, the two pending entries of 500; released entries escape.
        let result = chain.succeed(staking, "slash", Self.slashArgs(op, bps: 1000, jail: 7, tombstone: false),
                                   from: Chain.slashing)
        let record = try #require(try chain.validator(op))
        #expect(record.selfStake == 3150 && record.delegated == 450)
        #expect(record.slashedTotal == 500)
        #expect(record.jailedUntil == chain.height + 7)
        #expect(!record.tombstoned)
        #expect(try chain.delegation(delegator, op) == 450)
        #expect(try chain.stakeOf(delegator) == 450)
        #expect(try chain.unbonding(delegator).map(\.amount) == [1000, 450])
        #expect(try chain.unbonding(op).map(\.amount) == [1000, 450])
        #expect(!(try chain.activeSet().map(\.operator).contains(op)))
        #expect(result.events == [
            Event(contract: staking, topics: [TestBytes.topic("Staking.Slashed"), TestBytes.topic(op)],
                  data: CanonicalWriter.encoding { $0.writeUInt16(1000); $0.writeUInt128(500); $0.writeBool(false) }),
            Event(contract: staking, topics: [TestBytes.topic("Staking.Jailed"), TestBytes.topic(op)],
                  data: TestBytes.u64(chain.height + 7)),
        ])

        // The slashed stake stays in the contract: withdrawals pay exactly what is left.
        let balanceBefore = chain.harness.balance(staking)
        chain.succeed(staking, "withdraw", from: delegator)
        #expect(chain.harness.balance(staking) == balanceBefore - 1000)
    }

    @Test func slashWithZeroJailUsesTheConfiguredJail() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        chain.succeed(staking, "slash", Self.slashArgs(op, bps: 0, jail: 0, tombstone: false), from: Chain.slashing)
        #expect(try chain.validator(op)?.jailedUntil == chain.height + Chain.jailBlocks)
    }

    @Test func slashRejections() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        chain.expectRevert("bad fraction", staking, "slash", Self.slashArgs(op, bps: 10_001, jail: 1, tombstone: false),
                           from: Chain.slashing)
        chain.expectRevert("unknown validator", staking, "slash",
                           Self.slashArgs(Chain.address(0x99), bps: 1, jail: 1, tombstone: false), from: Chain.slashing)
        var badBool = Self.slashArgs(op, bps: 1, jail: 1, tombstone: false)
        badBool[badBool.count - 1] = 2
        chain.expectRevert("bad arguments", staking, "slash", badBool, from: Chain.slashing)
        chain.succeed(staking, "slash", Self.slashArgs(op, bps: 100, jail: 1, tombstone: true), from: Chain.slashing)
        #expect(try chain.validator(op)?.tombstoned == true)
        chain.expectRevert("already tombstoned", staking, "slash", Self.slashArgs(op, bps: 100, jail: 1, tombstone: false),
                           from: Chain.slashing)
    }

    @Test func unjailAfterTheJailRestoresTheValidator() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        chain.succeed(staking, "slash", Self.slashArgs(op, bps: 0, jail: 4, tombstone: false), from: Chain.slashing)
        chain.expectRevert("still jailed", staking, "unjail", from: op)
        chain.harness.advance(blocks: 3)
        chain.expectRevert("still jailed", staking, "unjail", from: op)
        chain.harness.advance()
        let result = chain.succeed(staking, "unjail", from: op)
        #expect(try chain.validator(op)?.jailedUntil == 0)
        #expect(try chain.activeSet().map(\.operator).contains(op))
        #expect(result.events == [Event(contract: staking, topics: [TestBytes.topic("Staking.Unjailed"), TestBytes.topic(op)],
                                        data: [])])
    }

    @Test func unjailRejections() throws {
        let chain = try Chain()
        let op = chain.genesis[0].operator
        let other = chain.genesis[1].operator
        chain.expectRevert("not validator", staking, "unjail", from: chain.account(1))
        chain.expectRevert("not jailed", staking, "unjail", from: op)

        // Slashed below the minimum self stake: bond back up first.
        chain.succeed(staking, "slash", Self.slashArgs(op, bps: 9000, jail: 1, tombstone: false), from: Chain.slashing)
        chain.harness.advance()
        chain.expectRevert("stake too low", staking, "unjail", from: op)
        chain.harness.fund(op, 1000)
        chain.succeed(staking, "bond", from: op, value: 500)
        chain.succeed(staking, "unjail", from: op)

        chain.succeed(staking, "slash", Self.slashArgs(other, bps: 100, jail: 1, tombstone: true), from: Chain.slashing)
        chain.harness.advance(blocks: 2)
        chain.expectRevert("validator tombstoned", staking, "unjail", from: other)
        chain.expectRevert("not payable", staking, "unjail", from: op, value: 1)
    }

    // MARK: active set

    @Test func activeSetOrdersByPowerThenAddressAndCapsAtMaxValidators() throws {
        let chain = try Chain(genesis: 0)
        // Validators 1…5: powers 3000, 2000, 3000, 1000 (+2500 delegated), 1500.
        for (index, stake) in [(1, 3000), (2, 2000), (3, 3000), (4, 1000), (5, 1500)] as [(Int, UInt128)] {
            Self.register(chain, index: index, stake: stake)
        }
        let v = (1...5).map { ValidatorKeys(index: $0) }
        chain.succeed(staking, "delegate", v[3].operator.bytes, from: chain.account(1), value: 2500)

        let set = try chain.activeSet()
        // 3500 first; the two 3000s by address (…B001 < …B003); 2000 and 1500 are cut at 3.
        #expect(set.map(\.operator) == [v[3].operator, v[0].operator, v[2].operator])
        #expect(set.map(\.power) == [3500, 3000, 3000])
        #expect(set.map(\.consensusKey) == [v[3].consensusKey, v[0].consensusKey, v[2].consensusKey])

        // Jailing the strongest lets the next in line in; asking again gives the same answer.
        chain.succeed(staking, "slash", Self.slashArgs(v[3].operator, bps: 0, jail: 5, tombstone: false),
                      from: Chain.slashing)
        let jailed = try chain.activeSet()
        #expect(jailed.map(\.operator) == [v[0].operator, v[2].operator, v[1].operator])
        #expect(try chain.activeSet() == jailed)

        // Tombstoned validators never come back.
        chain.succeed(staking, "slash", Self.slashArgs(v[0].operator, bps: 0, jail: 0, tombstone: true),
                      from: Chain.slashing)
        #expect(try chain.activeSet().map(\.operator) == [v[2].operator, v[1].operator, v[4].operator])
    }

    @Test func readsRejectMalformedArguments() throws {
        let chain = try Chain()
        let caller = chain.account(1)
        chain.expectRevert("bad arguments", staking, "validator", [1, 2, 3], from: caller)
        chain.expectRevert("bad arguments", staking, "validatorByKey", [UInt8](repeating: 0, count: 33), from: caller)
        chain.expectRevert("bad arguments", staking, "delegation", caller.bytes, from: caller)
        chain.expectRevert("bad arguments", staking, "stakeOf", caller.bytes + [0], from: caller)
        chain.expectRevert("bad arguments", staking, "unbonding", [], from: caller)
        chain.expectRevert("bad arguments", staking, "activeSet", [0], from: caller)
    }
}
