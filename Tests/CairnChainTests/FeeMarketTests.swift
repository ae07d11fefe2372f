import CairnChain
import CairnCodec
import CairnCrypto
import Testing

@Suite("FeeMarket: the EIP-1559 base fee")
struct FeeMarketTests {
    static let limit: UInt64 = 30_000_000
    static let target: UInt64 = 15_000_000
    let gwei = FeeMarket.gwei

    static func next(_ baseFee: UInt128, used: UInt64, limit: UInt64 = limit) -> UInt128 {
        FeeMarket.nextBaseFee(parentBaseFee: baseFee, parentGasUsed: used, parentGasLimit: limit)
    }

    @Test("a block at the target (half the limit) keeps the base fee")
    func atTargetKeeps() {
        for fee in [gwei, 8 * gwei, 123_456_789_012, UInt128(1) << 100] {
            #expect(Self.next(fee, used: Self.target) == fee)
        }
    }

    @Test("a full block raises the base fee by exactly 1/8, a half-way excess by 1/16")
    func fullBlockRaisesByAnEighth() {
        #expect(Self.next(8 * gwei, used: Self.limit) == 9 * gwei)
        #expect(Self.next(16 * gwei, used: Self.target + Self.target / 2) == 17 * gwei)
        // Rounds the delta down: 1,000,000,007 / 8 = 125,000,000 remainder 7.
        #expect(Self.next(1_000_000_007, used: Self.limit) == 1_125_000_007)
    }

    @Test("an empty block lowers the base fee by 1/8, never below the floor")
    func emptyBlockLowersToTheFloor() {
        #expect(Self.next(8 * gwei, used: 0) == 7 * gwei)
        #expect(Self.next(16 * gwei, used: Self.target / 2) == 15 * gwei)
        #expect(FeeMarket.minimumBaseFee == gwei)
        #expect(Self.next(gwei, used: 0) == gwei)
        #expect(Self.next(gwei + gwei / 10, used: 0) == gwei, "1.1 gwei less 1/8 is under the floor")
        #expect(Self.next(0, used: 0) == gwei, "a fee under the floor is lifted to it")
        // From 8 gwei, each empty block takes 1/8 off (7, 6.125, ...) until the floor holds it at 1 gwei.
        var fee = 8 * gwei
        for _ in 0..<40 {
            let lowered = Self.next(fee, used: 0)
            #expect(lowered >= gwei)
            #expect(lowered == max(fee - fee / 8, gwei))
            fee = lowered
        }
        #expect(fee == gwei)
    }

    @Test("one gas over the target raises the base fee by at least 1 wei")
    func tinyExcessRaisesByOneWei() {
        // With a 1,000,000,000,000 limit, 1 gwei x 1 / 500,000,000,000 / 8 rounds to zero: the rule makes it 1.
        #expect(Self.next(gwei, used: 500_000_000_001, limit: 1_000_000_000_000) == gwei + 1)
        // At the devnet's limit the exact delta is 1e9 / 15e6 / 8 = 8 wei.
        #expect(Self.next(gwei, used: Self.target + 1) == gwei + 8)
    }

    @Test("a zero gas limit (no target) leaves the base fee, floored")
    func zeroLimit() {
        #expect(Self.next(5 * gwei, used: 0, limit: 0) == 5 * gwei)
        #expect(Self.next(0, used: 0, limit: 1) == gwei)
    }

    @Test("huge base fees saturate going up and come down exactly, without trapping")
    func hugeBaseFees() {
        // base fee x excess overflows 128 bits here, though the raised fee itself would not.
        let top = UInt128.max
        let large = UInt128(1) << 120
        #expect(Self.next(large, used: Self.limit) == large + large / 8)
        #expect(Self.next(top / 2, used: Self.limit) == top / 2 + top / 16)
        #expect(Self.next(top - 1, used: Self.limit) == top)
        #expect(Self.next(top, used: Self.limit) == top)
        #expect(Self.next(top, used: Self.target + 1) == top)
        // And back down: a saturated fee followed by empty or quiet blocks.
        #expect(Self.next(top, used: 0) == top - top / 8)
        #expect(Self.next(top, used: Self.target / 2) == top - top / 16)
        #expect(Self.next(top, used: Self.target) == top)
        // An excess larger than the target itself (a limit of 2 with 2^64 - 1 used) saturates too.
        #expect(Self.next(top / 3, used: .max, limit: 2) == top)
    }

    @Test("through the chain: each header's base fee is the formula applied to its parent, and rises after a heavy block")
    func chainFollowsTheFormula() throws {
        let fixture = try ChainFixture()
        let chain = fixture.chain
        #expect(chain.head.baseFee == FeeMarket.initialBaseFee)
        // Calls to an address with no code, each with about 200 kB of non-zero arguments: 3.2M intrinsic gas
        // apiece, so five of them take the block past its 15M target without running any contract.
        let nowhere = try Address("0x00000000000000000000000000000000000000bb")
        let args = [UInt8](repeating: 0xA5, count: 200_000)
        let data = ContractCall(method: "anything", args: args).canonicalBytes
        for account in 0..<5 {
            let tx = try fixture.transaction(from: account, to: nowhere, data: data, gas: 3_400_000, feeCap: 2 * FeeMarket.gwei)
            try chain.submit(raw: tx.raw)
        }
        let heavy = try fixture.produce()
        #expect(heavy.transactions.count == 5)
        #expect(heavy.header.gasUsed > Self.target)
        #expect(heavy.header.baseFee == FeeMarket.initialBaseFee)

        let expected = Self.next(heavy.header.baseFee, used: heavy.header.gasUsed, limit: heavy.header.gasLimit)
        let excess = UInt128(heavy.header.gasUsed - Self.target)
        #expect(expected == gwei + gwei * excess / UInt128(Self.target) / 8)
        #expect(expected > gwei)
        #expect(chain.nextBaseFee == expected)
        #expect(chain.nextRules.baseFee == expected)

        // A transaction whose fee cap sits between the old and the new base fee is no longer admitted.
        let cheap = try fixture.transaction(from: 6, value: 1, tip: 0, feeCap: gwei)
        #expect(throws: TransactionError.feeCapBelowBaseFee(cap: gwei, baseFee: expected)) { try chain.submit(raw: cheap.raw) }

        let light = try fixture.produce()
        #expect(light.header.baseFee == expected)
        #expect(light.header.gasUsed == 0)
        // An empty block after it brings the fee back down to the floor.
        let after = try fixture.produce()
        #expect(after.header.baseFee == max(expected - expected / 8, gwei))
        #expect(after.header.baseFee == gwei)
    }
}
