/// Who proposes at a height and round: a stake-weighted rotation that any node (and any light client)
/// computes from the validator set alone.
///
/// Slot `s = height + round` maps to the point `frac(s / φ)` of the total power (a Weyl sequence with the
/// golden ratio, the lowest-discrepancy step there is), and the validator whose cumulative power interval
/// holds that point proposes. Over any window each validator proposes in proportion to its power, within
/// O(log n / n) of it; consecutive slots land far apart, so a failed round hands over to someone else.
/// Tendermint reaches the same proportions with priorities carried from height to height; this needs no
/// state beyond the set, so the proposer of any block is checkable from its header and set alone.
public enum ProposerSelection {
    /// 2^64 / φ, odd: the fractional step of the Weyl sequence in 64-bit fixed point.
    static let weylStep: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The index in `validators` of the proposer at `height` and `round`; nil for a set with no power.
    public static func proposerIndex(height: UInt64, round: UInt32, validators: ValidatorSet) -> Int? {
        let total = validators.totalPower
        guard total > 0 else { return nil }
        let fraction = (height &+ UInt64(round)) &* weylStep
        // target = floor(total * fraction / 2^64) < total, in 256-bit width.
        let product = total.multipliedFullWidth(by: UInt128(fraction))
        let target = (product.high << 64) | (product.low >> 64)
        var cumulative: UInt128 = 0
        for (index, member) in validators.validators.enumerated() {
            cumulative += member.power
            if target < cumulative { return index }
        }
        return nil
    }

    /// The proposer's entry at `height` and `round`.
    public static func proposer(height: UInt64, round: UInt32, validators: ValidatorSet) -> ValidatorInfo? {
        proposerIndex(height: height, round: round, validators: validators).map { validators.validators[$0] }
    }
}
