import CairnCodec
import CairnConsensus
import CairnCrypto
import Foundation

/// SplitMix64: a seeded generator, so that a simulation seed replays exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
}

/// Verifies each distinct (key, message, signature) once per simulation: every validator checks the same
/// votes, and a thousand seeds would otherwise spend their time in Ed25519.
final class CachingVerifier: SignatureVerifier, @unchecked Sendable {
    private var cache: [[UInt8]: Bool] = [:]
    private let lock = NSLock()
    private(set) var verified = 0

    func isValid(signature: [UInt8], key: [UInt8], message: [UInt8]) -> Bool {
        let cacheKey = signature + key + message
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[cacheKey] { return known }
        verified += 1
        let result = Ed25519Verifier().isValid(signature: signature, key: key, message: message)
        cache[cacheKey] = result
        return result
    }
}

/// A simulated block: enough structure for validity (height, parent link, a validity flag a faulty
/// proposer can clear) and for carrying double-sign evidence into the chain.
struct SimBlock: Equatable, CanonicalCodable {
    var height: UInt64
    var round: UInt32
    var proposer: UInt32
    var parentHash: [UInt8]
    var valid: Bool
    var nonce: UInt64
    var evidence: [DoubleSignEvidence]

    var bytes: [UInt8] { canonicalBytes }
    var hash: [UInt8] { SHA256.hash(bytes) }

    func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeUInt32(proposer)
        writer.writeFixed(parentHash)
        writer.writeBool(valid)
        writer.writeUInt64(nonce)
        writer.writeArray(evidence) { $0.write($1) }
    }

    init(height: UInt64, round: UInt32, proposer: UInt32, parentHash: [UInt8], valid: Bool, nonce: UInt64, evidence: [DoubleSignEvidence]) {
        self.height = height
        self.round = round
        self.proposer = proposer
        self.parentHash = parentHash
        self.valid = valid
        self.nonce = nonce
        self.evidence = evidence
    }

    init(from reader: inout CanonicalReader) throws {
        height = try reader.readUInt64()
        round = try reader.readUInt32()
        proposer = try reader.readUInt32()
        parentHash = try reader.readFixed(count: 32)
        valid = try reader.readBool()
        nonce = try reader.readUInt64()
        evidence = try reader.readArray(maxCount: 16) { try $0.read(DoubleSignEvidence.self) }
    }
}

/// A min-heap of timed events; ties break by insertion order, so the schedule is a function of the seed.
struct EventQueue<Event> {
    private var heap: [(time: UInt64, sequence: UInt64, event: Event)] = []
    private var sequence: UInt64 = 0

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ event: Event, at time: UInt64) {
        sequence += 1
        heap.append((time, sequence, event))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (time: UInt64, event: Event)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, less(left, smallest) { smallest = left }
            if right < heap.count, less(right, smallest) { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return (top.time, top.event)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        (heap[a].time, heap[a].sequence) < (heap[b].time, heap[b].sequence)
    }
}
