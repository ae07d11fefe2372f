import CairnCrypto
import Testing

/// Decodes hex through CairnCrypto's strict decoder; records a test issue and returns `[]` on bad input.
func hex(_ string: String, sourceLocation: SourceLocation = #_sourceLocation) -> [UInt8] {
    do { return try Hex.decode(string) } catch {
        Issue.record("invalid hex string: \(string)", sourceLocation: sourceLocation)
        return []
    }
}

/// Lower-case hex of `bytes`, for readable failure messages.
func hexString(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }

/// Minimal big-endian bytes of a decimal integer of any size (empty for zero); nil if not all digits.
func bigEndianBytes(decimal: String) -> [UInt8]? {
    guard !decimal.isEmpty else { return nil }
    var bytes: [UInt8] = []
    for character in decimal.utf8 {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(character) else { return nil }
        // bytes = bytes * 10 + digit, least significant byte last.
        var carry = UInt(character - UInt8(ascii: "0"))
        for index in bytes.indices.reversed() {
            let product = UInt(bytes[index]) * 10 + carry
            bytes[index] = UInt8(truncatingIfNeeded: product)
            carry = product >> 8
        }
        while carry > 0 {
            bytes.insert(UInt8(truncatingIfNeeded: carry), at: 0)
            carry >>= 8
        }
    }
    return bytes
}

/// Deterministic 64-bit generator (Steele, Lea & Flood's SplitMix64) so fuzz failures reproduce.
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

/// Fuzz input shapes shared by the RLP and canonical-format fuzz tests.
enum Mutation {
    /// Random bytes of a random length up to `maxLength`.
    static func randomBytes(maxLength: Int, using rng: inout SplitMix64) -> [UInt8] {
        let count = Int.random(in: 0...maxLength, using: &rng)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    /// Prefix and length-boundary bytes of both formats, where off-by-one framing bugs live.
    static let interestingBytes: [UInt8] = [0x00, 0x01, 0x02, 0x37, 0x38, 0x7f, 0x80, 0x81, 0xb7, 0xb8, 0xb9, 0xc0, 0xf7, 0xf8, 0xff]

    /// `input` with one to three random edits: flip a bit, overwrite, insert, delete, truncate,
    /// nudge a byte by one (a length field), or plant a boundary byte.
    static func mutate(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            switch Int.random(in: 0..<8, using: &rng) {
            case 0 where !bytes.isEmpty:
                let index = Int.random(in: bytes.indices, using: &rng)
                bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
            case 1 where !bytes.isEmpty:
                bytes[Int.random(in: bytes.indices, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            case 2:
                bytes.insert(UInt8.random(in: 0...255, using: &rng), at: Int.random(in: 0...bytes.count, using: &rng))
            case 3 where !bytes.isEmpty:
                bytes.remove(at: Int.random(in: bytes.indices, using: &rng))
            case 4 where !bytes.isEmpty:
                bytes.removeLast(Int.random(in: 1...bytes.count, using: &rng))
            case 5 where !bytes.isEmpty:
                let index = Int.random(in: bytes.indices, using: &rng)
                bytes[index] = Bool.random(using: &rng) ? bytes[index] &+ 1 : bytes[index] &- 1
            case 6 where !bytes.isEmpty:
                let byte = interestingBytes[Int.random(in: interestingBytes.indices, using: &rng)]
                bytes[Int.random(in: bytes.indices, using: &rng)] = byte
            case 7:
                let byte = interestingBytes[Int.random(in: interestingBytes.indices, using: &rng)]
                bytes.insert(byte, at: Int.random(in: 0...bytes.count, using: &rng))
            default:
                bytes.append(UInt8.random(in: 0...255, using: &rng))
            }
        }
        return bytes
    }
}
