import Synchronization

/// Anchoring counters for `/metrics`: requests, submissions, batch sizes and the latency from a
/// request's acceptance to the block that anchors it.
public final class AnchorMetrics: Sendable {
    /// Upper bounds of the latency histogram, in milliseconds.
    static let latencyBuckets: [Int64] = [250, 500, 1_000, 2_000, 5_000, 10_000, 30_000]
    /// Upper bounds of the batch size histogram.
    static let sizeBuckets: [Int] = [1, 10, 100, 1_000, 10_000]

    struct Counts {
        var accepted = 0
        var refused: [String: Int] = [:]
        var anchoredEntries = 0
        var submissions: [String: Int] = [:]
        var failedSubmissions = 0
        var latencyCounts = [Int](repeating: 0, count: AnchorMetrics.latencyBuckets.count + 1)
        var latencySumMilliseconds: Int64 = 0
        var latencyCount = 0
        var sizeCounts = [Int](repeating: 0, count: AnchorMetrics.sizeBuckets.count + 1)
        var sizeSum = 0
        var sizeCount = 0
        var nodeErrors = 0
        var lastError: String?
    }

    private let counts = Mutex(Counts())

    public init() {}

    func accepted(_ count: Int = 1) { counts.withLock { $0.accepted += count } }
    func refused(_ reason: String, _ count: Int = 1) { counts.withLock { $0.refused[reason, default: 0] += count } }
    func submitted(_ mode: AnchorMode, size: Int) {
        counts.withLock {
            $0.submissions[mode.rawValue, default: 0] += 1
            if mode == .batch {
                $0.sizeCounts[Self.sizeBuckets.firstIndex { size <= $0 } ?? Self.sizeBuckets.count] += 1
                $0.sizeSum += size
                $0.sizeCount += 1
            }
        }
    }
    func failed() { counts.withLock { $0.failedSubmissions += 1 } }
    func anchored(latenciesMilliseconds: [Int64]) {
        counts.withLock {
            $0.anchoredEntries += latenciesMilliseconds.count
            for latency in latenciesMilliseconds {
                $0.latencyCounts[Self.latencyBuckets.firstIndex { latency <= $0 } ?? Self.latencyBuckets.count] += 1
                $0.latencySumMilliseconds += latency
                $0.latencyCount += 1
            }
        }
    }
    func nodeError(_ description: String) {
        counts.withLock {
            $0.nodeErrors += 1
            $0.lastError = description
        }
    }

    /// The number of entries anchored so far (for tests and the benchmark).
    public var anchoredEntries: Int { counts.withLock { $0.anchoredEntries } }
    /// The last error talking to the node, if any.
    public var lastError: String? { counts.withLock { $0.lastError } }

    /// Prometheus text lines.
    func rendered(waiting: Int?) -> [String] {
        let c = counts.withLock { $0 }
        var lines = ["cairn_gateway_anchor_requests_accepted_total \(c.accepted)"]
        lines += c.refused.sorted { $0.key < $1.key }.map { "cairn_gateway_anchor_requests_refused_total{reason=\"\($0.key)\"} \($0.value)" }
        lines.append("cairn_gateway_anchored_entries_total \(c.anchoredEntries)")
        lines += c.submissions.sorted { $0.key < $1.key }.map { "cairn_gateway_anchor_submissions_total{mode=\"\($0.key)\"} \($0.value)" }
        lines.append("cairn_gateway_anchor_submissions_failed_total \(c.failedSubmissions)")
        if let waiting { lines.append("cairn_gateway_anchor_requests_waiting \(waiting)") }
        lines.append("cairn_gateway_node_errors_total \(c.nodeErrors)")
        lines += Self.histogram("cairn_gateway_anchor_latency_seconds", bounds: Self.latencyBuckets.map { String(Double($0) / 1000) },
                                counts: c.latencyCounts, sum: String(Double(c.latencySumMilliseconds) / 1000), count: c.latencyCount)
        lines += Self.histogram("cairn_gateway_batch_size", bounds: Self.sizeBuckets.map(String.init),
                                counts: c.sizeCounts, sum: String(c.sizeSum), count: c.sizeCount)
        return lines
    }

    static func histogram(_ name: String, bounds: [String], counts: [Int], sum: String, count: Int) -> [String] {
        var lines: [String] = []
        var running = 0
        for (bound, n) in zip(bounds + ["+Inf"], counts) {
            running += n
            lines.append("\(name)_bucket{le=\"\(bound)\"} \(running)")
        }
        return lines + ["\(name)_sum \(sum)", "\(name)_count \(count)"]
    }
}
