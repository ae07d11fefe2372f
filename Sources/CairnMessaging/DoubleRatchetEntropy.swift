import CairnCrypto

/// Where a session gets fresh ratchet keys (and initial envelopes their seal nonces); injectable so tests replay exactly.
public struct RatchetEntropy: Sendable {
    private let source: @Sendable (Int) -> [UInt8]

    /// Entropy from `source`, which must return exactly the number of bytes asked for.
    public init(_ source: @escaping @Sendable (Int) -> [UInt8]) { self.source = source }

    /// The operating system's secure randomness.
    public static let system = RatchetEntropy { SecureRandom.bytes($0) }

    func bytes(_ count: Int) -> [UInt8] {
        let out = source(count)
        // A short source would silently weaken keys; a broken generator is a programming error.
        precondition(out.count == count, "RatchetEntropy source returned \(out.count) bytes, not \(count)")
        return out
    }

    func privateKey() -> X25519.PrivateKey {
        var raw = bytes(X25519.keyByteCount)
        defer { for i in raw.indices { raw[i] = 0 } }
        // The length is checked above, and it is the only thing the initializer checks.
        return try! X25519.PrivateKey(rawRepresentation: raw)
    }
}
