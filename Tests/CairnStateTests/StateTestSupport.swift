import CairnCrypto
import CairnState

/// Deterministic 64-bit generator (Steele, Lea & Flood's SplitMix64) so a failing seed replays exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Keys of every namespace, numbered so tests can name them.
enum TestKeys {
    static func address(_ n: UInt32) -> Address {
        let bytes = [UInt8](repeating: 0, count: 16) + withUnsafeBytes(of: n.bigEndian) { Array($0) }
        guard let address = try? Address(bytes: bytes) else { preconditionFailure("20 bytes") }
        return address
    }

    /// Key number `n`: accounts, code and storage slots in turn.
    static func key(_ n: Int) -> StateKey {
        let index = UInt32(truncatingIfNeeded: n)
        switch n % 3 {
        case 0: return .account(address(index))
        case 1: return .code(hash: SHA256.hash(withUnsafeBytes(of: index.bigEndian) { Array($0) }))
        default: return .storage(address(index % 7), withUnsafeBytes(of: index.bigEndian) { Array($0) })
        }
    }

    static func value(_ n: Int, _ generation: Int = 0) -> [UInt8] {
        Array("value \(n) gen \(generation)".utf8)
    }

    static func randomValue(_ rng: inout SplitMix64) -> [UInt8] {
        (0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }
}

/// SHA-256 over concatenated parts, computed without the tree's own types (an independent check).
func sha(_ parts: [UInt8]...) -> [UInt8] { SHA256.hash(parts.flatMap { $0 }) }

/// Bit `i` (most significant first) of a 32-byte path.
func bit(_ path: [UInt8], _ i: Int) -> Bool { (path[i / 8] >> UInt8(7 - i % 8)) & 1 == 1 }
