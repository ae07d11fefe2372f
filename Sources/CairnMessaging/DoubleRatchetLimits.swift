/// How far ahead a session skips in one chain (the spec's MAX_SKIP) and how many skipped keys it keeps.
public struct RatchetLimits: Sendable, Equatable {
    /// Most message keys one received message may make the session derive and store.
    public let maxSkip: Int
    /// Most skipped keys kept in total; the oldest are dropped beyond it, so their messages become unreadable.
    public let maxStoredSkipped: Int

    /// A hard ceiling on both, so restored state cannot ask for unbounded work or memory.
    public static let ceiling = 100_000

    /// Limits checked against `ceiling`; the store must hold at least one chain's worth of skipped keys.
    public init(maxSkip: Int, maxStoredSkipped: Int) throws(RatchetError) {
        guard (0...Self.ceiling).contains(maxSkip) else { throw .invalidLimits("maxSkip \(maxSkip) not in 0...\(Self.ceiling)") }
        guard (maxSkip...Self.ceiling).contains(maxStoredSkipped) else {
            throw .invalidLimits("maxStoredSkipped \(maxStoredSkipped) not in \(maxSkip)...\(Self.ceiling)")
        }
        self.maxSkip = maxSkip
        self.maxStoredSkipped = maxStoredSkipped
    }

    private init(unchecked maxSkip: Int, _ maxStoredSkipped: Int) {
        self.maxSkip = maxSkip
        self.maxStoredSkipped = maxStoredSkipped
    }

    /// 1000 per chain, 2000 in all: enough for heavy reordering, small enough to bound a hostile peer's cost.
    public static let standard = RatchetLimits(unchecked: 1000, 2000)
}
