import CairnCodec
import CairnCrypto
import CairnVM
import Testing

@Suite("Inbox contract")
struct InboxTests {
    typealias Chain = SystemChain
    let inbox = SystemChain.inbox

    static func tag(_ n: UInt8) -> [UInt8] { [UInt8](repeating: n, count: 32) }
    static func cid(_ n: UInt8, length: Int = 36) -> [UInt8] { [0x01, 0x55] + [UInt8](repeating: n, count: length - 2) }

    static func anchorArgs(_ tag: [UInt8], _ cid: [UInt8]) -> [UInt8] {
        tag + CanonicalWriter.encoding { $0.writeBytes(cid) }
    }

    static func batchArgs(_ root: [UInt8], count: UInt32, _ manifest: [UInt8]) -> [UInt8] {
        root + CanonicalWriter.encoding { $0.writeUInt32(count); $0.writeBytes(manifest) }
    }

    static func seq(_ result: CallResult) throws -> UInt64 {
        try UInt64.decode(canonical: result.returnData)
    }

    /// An account with `stake` delegated to the first genesis validator.
    static func staker(_ chain: Chain, _ n: UInt64, stake: UInt128) -> Address {
        let account = chain.account(n)
        chain.succeed(Chain.staking, "delegate", chain.genesis[0].operator.bytes, from: account, value: stake)
        return account
    }

    // MARK: anchor

    @Test func anchorAppendsEntriesUnderATagAndKeepsTheFee() throws {
        let chain = try Chain()
        let sender = chain.account(1)
        let first = chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(1)), from: sender, value: 10)
        chain.harness.advance()
        let second = chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(2)), from: sender, value: 15)

        #expect(try Self.seq(first) == 0)
        #expect(try Self.seq(second) == 1)
        #expect(try chain.head(Self.tag(1)) == 2)
        #expect(try chain.head(Self.tag(2)) == 0)
        let entries = try chain.entries(Self.tag(1), from: 0, limit: 10)
        #expect(entries.map(\.seq) == [0, 1])
        #expect(entries.map(\.height) == [1, 2])
        #expect(entries.map(\.cid) == [Self.cid(1), Self.cid(2)])
        #expect(entries.map(\.kind) == [0, 0])
        #expect(chain.harness.balance(inbox) == 25)
        #expect(chain.harness.balance(sender) == 1_000_000 - 25)
        #expect(first.events == [Event(
            contract: inbox, topics: [TestBytes.topic("Inbox.Anchored"), Self.tag(1)],
            data: CanonicalWriter.encoding { $0.writeUInt64(0); $0.writeBytes(Self.cid(1)) })])
    }

    @Test func anchorRejections() throws {
        let chain = try Chain()
        let sender = chain.account(1)
        chain.expectRevert("fee too low", inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(1)), from: sender, value: 9)
        chain.expectRevert("bad cid", inbox, "anchor", Self.anchorArgs(Self.tag(1), []), from: sender, value: 10)
        chain.expectRevert("bad cid", inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(1, length: 65)),
                           from: sender, value: 10)
        chain.expectRevert("bad arguments", inbox, "anchor", Array(Self.anchorArgs(Self.tag(1), Self.cid(1)).dropLast()),
                           from: sender, value: 10)
        chain.expectRevert("bad arguments", inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(1)) + [0],
                           from: sender, value: 10)
        chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(1, length: 64)), from: sender, value: 10)
        chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(1, length: 2)), from: sender, value: 10)
    }

    // MARK: rate limit

    @Test func aStakerGetsMoreAnchorsPerWindowThanANonStaker() throws {
        let chain = try Chain()
        let plain = chain.account(1)
        let staker = Self.staker(chain, 2, stake: 3000)
        #expect(try chain.allowance(plain) == InboxAllowance(used: 0, limit: 2))
        #expect(try chain.allowance(staker) == InboxAllowance(used: 0, limit: 5))

        for n in 0..<2 {
            chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(UInt8(n))), from: plain, value: 10)
        }
        chain.expectRevert("rate limited", inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(9)), from: plain, value: 10)

        // base 2 + 3000 / 1000 = 5.
        for n in 0..<5 {
            chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(2), Self.cid(UInt8(n))), from: staker, value: 10)
        }
        chain.expectRevert("rate limited", inbox, "anchor", Self.anchorArgs(Self.tag(2), Self.cid(9)), from: staker, value: 10)
        #expect(try chain.allowance(plain) == InboxAllowance(used: 2, limit: 2))
        #expect(try chain.allowance(staker) == InboxAllowance(used: 5, limit: 5))
    }

    @Test func allowanceIsCappedAtMaxAllowance() throws {
        let chain = try Chain()
        // A validator's 5000 self stake would give 2 + 5 = 7; the cap is 5.
        #expect(try chain.allowance(chain.genesis[0].operator) == InboxAllowance(used: 0, limit: 5))
        #expect(try chain.allowance(Self.staker(chain, 1, stake: 1999)) == InboxAllowance(used: 0, limit: 3))
    }

    @Test func theAllowanceStartsAgainInTheNextWindow() throws {
        let chain = try Chain()
        let sender = chain.account(1)
        for n in 0..<2 {
            chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(UInt8(n))), from: sender, value: 10)
        }
        chain.harness.advance(blocks: 8)  // height 9: still the window [0, 10)
        chain.expectRevert("rate limited", inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(7)), from: sender, value: 10)
        chain.harness.advance()  // height 10
        #expect(try chain.allowance(sender) == InboxAllowance(used: 0, limit: 2))
        chain.succeed(inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(7)), from: sender, value: 10)
        #expect(try chain.allowance(sender) == InboxAllowance(used: 1, limit: 2))
    }

    @Test func anchorsBeyondTheBaseAllowanceNeedStaking() throws {
        let harness = ContractHarness()
        try harness.install("Inbox", at: Chain.inbox, initArgs: Chain.inboxInit())
        let sender = Chain.address(0xA1)
        harness.fund(sender, 1000)
        for n in 0..<2 {
            let result = harness.call(Chain.inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(UInt8(n))),
                                      from: sender, value: 10)
            #expect(result.status == .success)
        }
        let before = harness.stateDigest
        let third = harness.call(Chain.inbox, "anchor", Self.anchorArgs(Self.tag(1), Self.cid(3)), from: sender, value: 10)
        #expect(third.status == .reverted("staking unavailable"))
        #expect(harness.stateDigest == before)
    }

    // MARK: batches

    @Test func aBatchIsAppendedAndCountsOnceAgainstTheAllowance() throws {
        let chain = try Chain()
        let sender = chain.account(1)
        let root = [UInt8](repeating: 0xAB, count: 32)
        let first = chain.succeed(inbox, "anchorBatch", Self.batchArgs(root, count: 100, Self.cid(1)), from: sender, value: 50)
        #expect(try Self.seq(first) == 0)
        #expect(try chain.allowance(sender) == InboxAllowance(used: 1, limit: 2))
        #expect(first.events == [Event(
            contract: inbox, topics: [TestBytes.topic("Inbox.BatchAnchored"), root, TestBytes.topic(sender)],
            data: CanonicalWriter.encoding { $0.writeUInt64(0); $0.writeUInt32(100); $0.writeBytes(Self.cid(1)) })])

        chain.harness.advance()
        let second = chain.succeed(inbox, "anchorBatch", Self.batchArgs(root, count: 1, Self.cid(2)), from: sender, value: 60)
        #expect(try Self.seq(second) == 1)
        chain.expectRevert("rate limited", inbox, "anchorBatch", Self.batchArgs(root, count: 1, Self.cid(3)),
                           from: sender, value: 50)

        let batch = try #require(try chain.batch(0))
        #expect(batch.seq == 0 && batch.root == root && batch.count == 100)
        #expect(batch.manifestCid == Self.cid(1) && batch.height == 1 && batch.submitter == sender)
        #expect(try chain.batch(2) == nil)
        #expect(try chain.batchCount() == 2)
        #expect(try chain.batches(from: 0, limit: 10).map(\.seq) == [0, 1])
        #expect(try chain.batches(from: 1, limit: 1).map(\.manifestCid) == [Self.cid(2)])
        #expect(try chain.batches(from: 2, limit: 10).isEmpty)
        #expect(chain.harness.balance(inbox) == 110)
    }

    @Test func anchorBatchRejections() throws {
        let chain = try Chain()
        let sender = chain.account(1)
        let root = [UInt8](repeating: 1, count: 32)
        chain.expectRevert("bad count", inbox, "anchorBatch", Self.batchArgs(root, count: 0, Self.cid(1)), from: sender, value: 50)
        chain.expectRevert("bad cid", inbox, "anchorBatch", Self.batchArgs(root, count: 1, []), from: sender, value: 50)
        chain.expectRevert("bad cid", inbox, "anchorBatch", Self.batchArgs(root, count: 1, Self.cid(1, length: 65)),
                           from: sender, value: 50)
        chain.expectRevert("fee too low", inbox, "anchorBatch", Self.batchArgs(root, count: 1, Self.cid(1)),
                           from: sender, value: 49)
        chain.expectRevert("bad arguments", inbox, "anchorBatch", Array(root.prefix(31)), from: sender, value: 50)
    }

    // MARK: reads

    @Test func entriesArePagedBySeq() throws {
        let chain = try Chain()
        let staker = Self.staker(chain, 1, stake: 3000)
        let tag = Self.tag(7)
        for n in 0..<5 {
            chain.succeed(inbox, "anchor", Self.anchorArgs(tag, Self.cid(UInt8(n))), from: staker, value: 10)
        }
        #expect(try chain.entries(tag, from: 1, limit: 2).map(\.seq) == [1, 2])
        #expect(try chain.entries(tag, from: 1, limit: 2).map(\.cid) == [Self.cid(1), Self.cid(2)])
        #expect(try chain.entries(tag, from: 4, limit: 10).map(\.seq) == [4])
        #expect(try chain.entries(tag, from: 5, limit: 10).isEmpty)
        #expect(try chain.entries(tag, from: UInt64.max, limit: 256).isEmpty)
        #expect(try chain.entries(tag, from: 0, limit: 0).isEmpty)
        #expect(try chain.entries(tag, from: 0, limit: 256).count == 5)
        #expect(try chain.entries(Self.tag(8), from: 0, limit: 256).isEmpty)

        let reader = chain.account(2)
        chain.expectRevert("limit too large", inbox, "entries", tag + TestBytes.u64(0) + TestBytes.u32(257), from: reader)
        chain.expectRevert("limit too large", inbox, "batches", TestBytes.u64(0) + TestBytes.u32(257), from: reader)
    }

    @Test func readsRejectValueAndMalformedArguments() throws {
        let chain = try Chain()
        let reader = chain.account(1)
        chain.expectRevert("bad arguments", inbox, "head", Array(Self.tag(1).prefix(31)), from: reader)
        chain.expectRevert("bad arguments", inbox, "batchCount", [0], from: reader)
        chain.expectRevert("bad arguments", inbox, "batch", [0, 0, 0, 0], from: reader)
        chain.expectRevert("bad arguments", inbox, "entries", Self.tag(1) + TestBytes.u64(0), from: reader)
        chain.expectRevert("bad arguments", inbox, "allowance", reader.bytes + [0], from: reader)
        chain.expectRevert("not payable", inbox, "head", Self.tag(1), from: reader, value: 1)
    }

    @Test func initRejectsAZeroWindow() throws {
        #expect(throws: VMError.constructorFailed(.reverted("bad config"))) {
            try ContractHarness().install("Inbox", at: Chain.inbox, initArgs: Chain.inboxInit(window: 0))
        }
    }
}
