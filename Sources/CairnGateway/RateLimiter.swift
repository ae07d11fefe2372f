import CairnCrypto
import Synchronization

/// A token bucket per key (a sender's address): `rate` requests a second on average, bursts up to
/// `burst`. Idle keys are forgotten, so a flood of one-off senders cannot grow the table without bound.
public final class RateLimiter: Sendable {
    /// Requests per second, and the most at once.
    public struct Limit: Sendable, Equatable {
        public var rate: Double
        public var burst: Double

        public init(rate: Double, burst: Double) {
            precondition(rate > 0 && burst >= 1)
            self.rate = rate
            self.burst = burst
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let limit: Limit
    /// Beyond this many tracked keys, full buckets are dropped (a full bucket is the same as none).
    private let maximumKeys: Int
    private let buckets = Mutex<[Address: Bucket]>([:])

    public init(limit: Limit, maximumKeys: Int = 100_000) {
        self.limit = limit
        self.maximumKeys = maximumKeys
    }

    /// Takes a token for `key` at `now`; when none is left, returns how many seconds until one is.
    public func take(_ key: Address, now: ContinuousClock.Instant = .now) -> Double? {
        buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: limit.burst, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(limit.burst, bucket.tokens + max(0, seconds) * limit.rate)
            bucket.updated = now
            guard bucket.tokens >= 1 else {
                buckets[key] = bucket
                return (1 - bucket.tokens) / limit.rate
            }
            bucket.tokens -= 1
            buckets[key] = bucket
            if buckets.count > maximumKeys { prune(&buckets, now: now) }
            return nil
        }
    }

    private func prune(_ buckets: inout [Address: Bucket], now: ContinuousClock.Instant) {
        let refill = Duration.seconds(limit.burst / limit.rate)
        buckets = buckets.filter { now - $0.value.updated < refill }
    }
}
