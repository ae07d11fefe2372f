import CairnConsensus
import Foundation
import Testing

/// Seeds per test run; `CAIRN_SIM_SEEDS` raises it for a long soak, `CAIRN_SIM_SEED` replays one seed.
private let seedCount: UInt64 = ProcessInfo.processInfo.environment["CAIRN_SIM_SEEDS"].flatMap(UInt64.init) ?? 1_000

@Suite("Consensus simulation: seeded networks with loss, delay, duplicates, partitions, crashes and a double signer")
struct SimulationTests {
    /// The seeds in batches, so Swift Testing spreads them over the cores while each batch stays one task.
    static let batches: [ClosedRange<UInt64>] = stride(from: 0, to: seedCount, by: 50).map { $0...min($0 + 49, seedCount - 1) }

    @Test("Agreement, validity and progress hold on every seed", arguments: batches)
    func seeds(_ batch: ClosedRange<UInt64>) {
        for seed in batch {
            let report = Simulation(config: .random(seed: seed)).run()
            #expect(
                report.failures.isEmpty,
                "\(report.config)\n\(report.failures.joined(separator: "\n"))\n\(report.finalState.joined(separator: "\n"))\nreplay: CAIRN_SIM_SEED=\(seed) swift test --filter SimulationTests"
            )
        }
    }

    @Test("One seed replays exactly: same events, same blocks")
    func replay() {
        let seed = ProcessInfo.processInfo.environment["CAIRN_SIM_SEED"].flatMap(UInt64.init) ?? 7
        let first = Simulation(config: .random(seed: seed)).run()
        let second = Simulation(config: .random(seed: seed)).run()
        #expect(first.failures.isEmpty, "\(first.config): \(first.failures)")
        #expect(first.digest == second.digest)
        #expect(first.events == second.events)
        #expect(first.heights == second.heights)
        let other = Simulation(config: .random(seed: seed + 1)).run()
        #expect(other.digest != first.digest)
    }

    @Test("A double signer is caught, its evidence committed, and it leaves the set at the next epoch")
    func doubleSignerIsRemoved() {
        var removed = 0
        var runs = 0
        for seed in UInt64(0)..<40 {
            var config = SimConfig.random(seed: seed)
            guard config.byzantine != nil else { continue }
            config.crashes = 0
            config.minimumHeight = 14
            runs += 1
            let report = Simulation(config: config).run()
            #expect(report.failures.isEmpty, "\(config): \(report.failures)")
            if report.evidenceCommitted > 0 {
                #expect(report.byzantineRemoved, "\(config): evidence committed but the double signer is still in the set")
                removed += 1
            }
        }
        // The double signer sends its second vote to about half of its peers each time, so nearly every run
        // catches it; demand most, not all, since a run with heavy loss may commit its last blocks first.
        #expect(runs > 10)
        #expect(removed * 2 > runs, "caught in \(removed) of \(runs) runs")
    }

    @Test("A lying peer's forged block is refused by block sync")
    func lyingSyncPeer() {
        var rejected = 0
        for seed in UInt64(100)..<140 {
            var config = SimConfig.random(seed: seed)
            config.byzantine = config.byzantine ?? 0
            config.crashes = 3
            let report = Simulation(config: config).run()
            #expect(report.failures.isEmpty, "\(config): \(report.failures)")
            rejected += report.rejectedSyncResponses
        }
        #expect(rejected > 0)
    }
}
