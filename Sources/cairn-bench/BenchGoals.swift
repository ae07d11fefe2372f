import Foundation

/// Issue 9's targets, each read from the figures of one run and set beside the physical limits measured in
/// that same run, so the summary (JSON `goals` and `limits`, and the Markdown table) never mixes runs.
enum BenchGoals {
    /// One target: the figure it reads, how it is compared, and what it reads as.
    struct Goal {
        let title: String
        /// The result's name, before any " (…)" in which a figure states its plan.
        let figure: String
        let threshold: Double
        let atLeast: Bool
        /// Compare the figure's `ratio` to its baseline rather than its value.
        var usesRatio = false
        let limits: [String]
    }

    /// What the JSON reports for a goal.
    struct Outcome: Encodable {
        let goal: String
        let figure: String?
        let value: Double?
        let unit: String?
        let target: String
        let met: Bool
        let limits: [String]
    }

    /// A physical limit measured in the run.
    struct Limit: Encodable {
        let name: String
        let value: Double
        let unit: String
    }

    static let secp256k1Verify = "raw C: secp256k1 verify"
    static let aead = "raw C: xchacha20poly1305 encrypt (1 KiB)"
    static let sqlite = "sqlite.insert (1 KiB rows, WAL, 10k per txn)"

    static let goals: [Goal] = [
        Goal(title: "anchored messages per second, end to end, batched, 4-validator devnet", figure: Bench.AnchoredFigure.messages.rawValue,
             threshold: 5_000, atLeast: true, limits: [secp256k1Verify, aead, sqlite]),
        Goal(title: "finality p99 (ms)", figure: Bench.DevnetFigure.finalityP99.rawValue, threshold: 2_000, atLeast: false, limits: [secp256k1Verify]),
        Goal(title: "ratchet encrypt+decrypt against raw AEAD seal+open (ratio)", figure: Bench.ratchetRoundTrip,
             threshold: 1.0 / 3.0, atLeast: true, usesRatio: true, limits: [aead]),
        Goal(title: "validator node memory, peak resident set over the run (MiB)", figure: Bench.DevnetFigure.memoryMax.rawValue, threshold: 300, atLeast: false, limits: []),
    ]

    /// Each goal against `results`; a figure the run did not measure is reported as not met.
    static func outcomes(_ results: [Bench.Result]) -> [Outcome] {
        goals.map { goal in
            let result = results.first { $0.name == goal.figure || $0.name.hasPrefix(goal.figure + " (") }
            let value = goal.usesRatio ? result?.ratio : result?.value
            let met = value.map { goal.atLeast ? $0 >= goal.threshold : $0 < goal.threshold } ?? false
            let target = (goal.atLeast ? ">= " : "< ") + format(goal.threshold)
            return Outcome(goal: goal.title, figure: result?.name, value: value, unit: goal.usesRatio ? "ratio" : result?.unit,
                           target: target, met: met, limits: goal.limits)
        }
    }

    /// `results` with each goal's target and outcome on the figure it reads, for the JSON and the table.
    static func annotated(_ results: [Bench.Result]) -> [Bench.Result] {
        var results = results
        for outcome in outcomes(results) {
            guard let index = results.firstIndex(where: { $0.name == outcome.figure }) else { continue }
            results[index].goal = (outcome.unit == "ratio" ? "ratio " : "") + outcome.target
            results[index].goalMet = outcome.met
        }
        return results
    }

    /// The physical limits this run measured, by name.
    static func limits(_ results: [Bench.Result]) -> [Limit] {
        [secp256k1Verify, aead, sqlite].compactMap { name in
            results.first { $0.name == name }.map { Limit(name: name, value: $0.value, unit: $0.unit) }
        }
    }

    /// The README's summary table: goal, measured, target, met, and the limits of the same run.
    static func markdown(_ results: [Bench.Result]) -> String {
        let measured = Dictionary(limits(results).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = ["| goal | measured | target | met | physical limits, same run |", "| --- | ---: | ---: | :---: | --- |"]
        for outcome in outcomes(results) {
            let value = outcome.value.map { format($0) + (outcome.unit.map { $0 == "ratio" ? "" : " \($0)" } ?? "") } ?? "not measured"
            let limits = outcome.limits.compactMap { measured[$0] }.map { "\($0.name.replacingOccurrences(of: "raw C: ", with: "")): \(format($0.value)) \($0.unit)" }
            lines.append("| \(outcome.goal) | \(value) | \(outcome.target) | \(outcome.met ? "yes" : "**no**") | \(limits.joined(separator: "; ")) |")
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        if value >= 100 {
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            formatter.maximumFractionDigits = 0
            return formatter.string(from: NSNumber(value: value.rounded())) ?? String(Int(value))
        }
        return String(format: value >= 1 ? "%.2f" : "%.3f", value)
    }
}
