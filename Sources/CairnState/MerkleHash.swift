import CairnCrypto
import Foundation

/// A 32-byte SHA-256 digest naming a node of the state tree, a tree's root, or a key's path.
///
/// Held as four big-endian words rather than an array: the tree hashes, compares and looks up millions
/// of these, and a fixed-size value does that without a heap allocation each.
public struct MerkleHash: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Byte size of a digest.
    public static let byteCount = 32
    /// The hash of an empty subtree: 32 zero bytes (no preimage is known, so it cannot be forged).
    public static let empty = MerkleHash(words: (0, 0, 0, 0))

    // Big-endian words, most significant first, so word order is byte order.
    private let w0, w1, w2, w3: UInt64

    private init(words: (UInt64, UInt64, UInt64, UInt64)) {
        (w0, w1, w2, w3) = words
    }

    /// Wraps exactly 32 bytes; nil for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for (i, byte) in bytes.enumerated() {
            let shift = UInt64(56 - 8 * (i % 8))
            switch i / 8 {
            case 0: words.0 |= UInt64(byte) << shift
            case 1: words.1 |= UInt64(byte) << shift
            case 2: words.2 |= UInt64(byte) << shift
            default: words.3 |= UInt64(byte) << shift
            }
        }
        self.init(words: words)
    }

    /// SHA-256 of `data`.
    public static func digest(_ data: some ContiguousBytes) -> MerkleHash {
        fromDigest(SHA256.hash(data))
    }

    /// The path of `key` in the tree: SHA-256 of its bytes, so keys spread evenly whatever their shape.
    public static func path(of key: StateKey) -> MerkleHash { digest(key.bytes) }

    /// The 32 bytes, most significant first.
    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(Self.byteCount)
        append(to: &out)
        return out
    }

    /// Whether this is the empty-subtree hash.
    public var isEmpty: Bool { self == .empty }

    /// Bit `index` of the path (0 = the most significant bit of the first byte): 0 goes left, 1 right.
    @inline(__always)
    public func bit(_ index: Int) -> Bool {
        let word: UInt64
        switch index >> 6 {
        case 0: word = w0
        case 1: word = w1
        case 2: word = w2
        default: word = w3
        }
        return (word >> UInt64(63 - (index & 63))) & 1 == 1
    }

    /// Appends the 32 bytes to `out`.
    func append(to out: inout [UInt8]) {
        for word in [w0, w1, w2, w3] {
            withUnsafeBytes(of: word.bigEndian) { out.append(contentsOf: $0) }
        }
    }

    /// Converts a digest known to be 32 bytes (SHA-256 output).
    static func fromDigest(_ digest: [UInt8]) -> MerkleHash {
        guard let hash = MerkleHash(bytes: digest) else { preconditionFailure("SHA-256 gives 32 bytes") }
        return hash
    }

    // Digests are uniformly random already, so one word is as good a hash key as four and feeds the
    // hasher a quarter of the input (the tree looks these up in dictionaries tens of thousands of times a block).
    public func hash(into hasher: inout Hasher) { hasher.combine(w0) }

    public static func < (a: MerkleHash, b: MerkleHash) -> Bool {
        (a.w0, a.w1, a.w2, a.w3) < (b.w0, b.w1, b.w2, b.w3)
    }

    public var description: String { Hex.encode(bytes) }
}
