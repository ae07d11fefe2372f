/// EIP-1559 fee rules: the base fee moves toward half-full blocks by at most 1/8 per block, and never
/// falls below a floor, so that spam gets more expensive the longer it lasts and an idle chain stays cheap.
///
/// Where fees go: the base fee times gas used is burned (it leaves the supply); the effective tip times
/// gas used goes to the block's proposer. Unused gas is refunded to the sender.
public enum FeeMarket {
    public static let gwei: UInt128 = 1_000_000_000
    /// The genesis block's base fee, and the floor.
    public static let initialBaseFee: UInt128 = gwei
    public static let minimumBaseFee: UInt128 = gwei
    /// What a wallet is told to tip when it asks (`eth_maxPriorityFeePerGas`).
    public static let suggestedTip: UInt128 = gwei
    /// EIP-1559's elasticity (target = limit / 2) and change denominator.
    static let elasticity: UInt64 = 2
    static let changeDenominator: UInt128 = 8

    /// The base fee of the block after one with these figures.
    public static func nextBaseFee(parentBaseFee: UInt128, parentGasUsed: UInt64, parentGasLimit: UInt64) -> UInt128 {
        let target = UInt128(parentGasLimit / elasticity)
        guard target > 0 else { return max(parentBaseFee, minimumBaseFee) }
        let used = UInt128(parentGasUsed)
        let next: UInt128
        if used == target {
            next = parentBaseFee
        } else if used > target {
            // A base fee near 2^128 (hundreds of full blocks in a row) saturates rather than trapping.
            guard let scaled = scaled(parentBaseFee, by: used - target, over: target) else { return .max }
            let (sum, overflow) = parentBaseFee.addingReportingOverflow(max(scaled / changeDenominator, 1))
            next = overflow ? .max : sum
        } else {
            // At most the base fee itself, so it always fits; the product need not.
            next = parentBaseFee - scaled(parentBaseFee, by: target - used, over: target)! / changeDenominator
        }
        return max(next, minimumBaseFee)
    }

    /// `value * numerator / denominator` rounded down, through a 256-bit product so that only a quotient
    /// too large for 128 bits (nil) is lost: a base fee x gas product overflows long before the fee does.
    private static func scaled(_ value: UInt128, by numerator: UInt128, over denominator: UInt128) -> UInt128? {
        let product = value.multipliedFullWidth(by: numerator)
        guard product.high < denominator else { return nil }
        return denominator.dividingFullWidth(product).quotient
    }
}
