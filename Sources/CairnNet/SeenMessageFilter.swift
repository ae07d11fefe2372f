import CairnCrypto

/// The last N gossip digests, so a message flooding a mesh is delivered and relayed once per node.
///
/// A ring of digests with a set for lookup: the oldest is forgotten when the ring is full. N only has to outlast
/// the time a message takes to cross the mesh; a digest forgotten earlier just means one more harmless copy.
struct SeenMessageFilter {
    private var ring: [[UInt8]?]
    private var next = 0
    private var members: Set<[UInt8]> = []

    init(capacity: Int) {
        ring = Array(repeating: nil, count: max(capacity, 1))
    }

    /// SHA-256(kind ‖ payload): the identity of a gossip message.
    static func digest(kind: UInt8, payload: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update([kind])
        hasher.update(payload)
        return hasher.finalize()
    }

    /// Records `digest`; true if it was new.
    mutating func insert(_ digest: [UInt8]) -> Bool {
        guard !members.contains(digest) else { return false }
        if let evicted = ring[next] { members.remove(evicted) }
        ring[next] = digest
        members.insert(digest)
        next = (next + 1) % ring.count
        return true
    }

    /// Whether `digest` is remembered.
    func contains(_ digest: [UInt8]) -> Bool { members.contains(digest) }

    /// How many digests are remembered.
    var count: Int { members.count }
}
