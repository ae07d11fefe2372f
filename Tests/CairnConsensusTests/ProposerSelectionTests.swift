import CairnConsensus
import CairnCrypto
import Testing

@Suite("Proposer selection: stake-weighted rotation computed from the set alone")
struct ProposerSelectionTests {
    static func set(_ powers: [UInt128]) -> ValidatorSet {
        ValidatorSet(
            powers.enumerated().map { index, power in
                ValidatorInfo(
                    operatorAddress: try! Address(bytes: [UInt8](repeating: UInt8(index + 1), count: 20)),
                    consensusKey: [UInt8](repeating: UInt8(index + 1), count: 32), power: power)
            })
    }

    @Test("Each validator proposes in proportion to its power over a window", arguments: [
        [1, 1, 1, 1] as [UInt128], [10, 20, 30, 40], [1, 99], [5_000_000_000_000_000_000_000, 1_000_000_000_000_000_000_000, 4_000_000_000_000_000_000_000],
    ])
    func proportional(_ powers: [UInt128]) {
        let set = Self.set(powers)
        let window = 10_000
        var counts = [Int](repeating: 0, count: powers.count)
        for height in 1...UInt64(window) {
            counts[ProposerSelection.proposerIndex(height: height, round: 0, validators: set)!] += 1
        }
        let total = powers.reduce(0, +)
        for (index, power) in powers.enumerated() {
            let expected = Double(power) / Double(total) * Double(window)
            // A Weyl sequence's discrepancy is tiny: within 1% of the window.
            #expect(abs(Double(counts[index]) - expected) < Double(window) / 100, "validator \(index): \(counts[index]) vs \(expected)")
        }
    }

    @Test("A failed round hands the proposal to someone else, and zero-power members never propose")
    func rotation() {
        let set = Self.set([10, 0, 10, 10])
        for height in UInt64(1)...200 {
            let first = ProposerSelection.proposerIndex(height: height, round: 0, validators: set)!
            #expect(first != 1)
            let rounds = (0..<UInt32(6)).map { ProposerSelection.proposerIndex(height: height, round: $0, validators: set)! }
            #expect(Set(rounds).count > 1)
        }
        #expect(ProposerSelection.proposerIndex(height: 1, round: 0, validators: Self.set([])) == nil)
        #expect(ProposerSelection.proposerIndex(height: 1, round: 0, validators: Self.set([0, 0])) == nil)
    }
}
