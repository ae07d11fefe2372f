import Foundation

/// Keccak-256 as Ethereum uses it: the original Keccak padding (0x01), not NIST SHA3-256 (0x06).
///
/// No system library here provides it, so this is the one primitive written by hand; it is checked against
/// the vectors in `ethereum.json` and against incremental/one-shot agreement at every block boundary.
public struct Keccak256: Sendable {
    /// Digest size in bytes.
    public static let byteCount = 32
    /// Sponge rate for a 512-bit capacity: 1088 bits.
    static let rate = 136

    private var lanes = [UInt64](repeating: 0, count: 25)
    private var pending = [UInt8]()

    /// A fresh incremental hasher.
    public init() { pending.reserveCapacity(Self.rate) }

    /// Absorbs more input.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { p in
            var input = p[...]
            if !pending.isEmpty {
                let take = min(Self.rate - pending.count, input.count)
                pending.append(contentsOf: input.prefix(take))
                input = input.dropFirst(take)
                if pending.count == Self.rate {
                    lanes.withUnsafeMutableBufferPointer { l in
                        pending.withUnsafeBytes { Self.absorbBlock(l.baseAddress!, $0.baseAddress!) }
                    }
                    pending.removeAll(keepingCapacity: true)
                }
            }
            guard !input.isEmpty else { return }
            let base = UnsafeRawBufferPointer(rebasing: input)
            let full = base.count / Self.rate * Self.rate
            lanes.withUnsafeMutableBufferPointer { l in
                var offset = 0
                while offset < full {
                    Self.absorbBlock(l.baseAddress!, base.baseAddress! + offset)
                    offset += Self.rate
                }
            }
            pending.append(contentsOf: base[full...])
        }
    }

    /// The digest. The hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        var block = [UInt8](repeating: 0, count: Self.rate)
        block.replaceSubrange(0..<pending.count, with: pending)
        block[pending.count] ^= 0x01
        block[Self.rate - 1] ^= 0x80
        return lanes.withUnsafeMutableBufferPointer { l -> [UInt8] in
            block.withUnsafeBytes { Self.absorbBlock(l.baseAddress!, $0.baseAddress!) }
            var out = [UInt8](repeating: 0, count: Self.byteCount)
            for i in 0..<4 {
                withUnsafeBytes(of: l[i].littleEndian) { out.replaceSubrange(i * 8..<(i + 1) * 8, with: $0) }
            }
            return out
        }
    }

    /// One-shot Keccak-256.
    public static func hash(_ data: some ContiguousBytes) -> [UInt8] {
        var h = Keccak256()
        h.update(data)
        return h.finalize()
    }

    @inline(__always)
    private static func absorbBlock(_ a: UnsafeMutablePointer<UInt64>, _ block: UnsafeRawPointer) {
        for i in 0..<(rate / 8) {
            a[i] ^= UInt64(littleEndian: block.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
        }
        permute(a)
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &<< n) | (x &>> (64 &- n)) }

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808a, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808b, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008a, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000a,
        0x0000_0000_8000_808b, 0x8000_0000_0000_008b, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800a, 0x8000_0000_8000_000a,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]
    // The rho rotations and pi lane order, walked as one cycle starting from lane 1.
    private static let rho: [UInt64] = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44]
    private static let pi: [Int] = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1]

    /// Keccak-f[1600], 24 rounds.
    private static func permute(_ a: UnsafeMutablePointer<UInt64>) {
        roundConstants.withUnsafeBufferPointer { rc in
            rho.withUnsafeBufferPointer { rho in
                pi.withUnsafeBufferPointer { pi in
                    for round in 0..<24 {
                        // θ
                        let c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
                        let c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
                        let c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
                        let c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
                        let c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
                        let d0 = c4 ^ rotl(c1, 1), d1 = c0 ^ rotl(c2, 1), d2 = c1 ^ rotl(c3, 1)
                        let d3 = c2 ^ rotl(c4, 1), d4 = c3 ^ rotl(c0, 1)
                        var y = 0
                        while y < 25 {
                            a[y] ^= d0; a[y + 1] ^= d1; a[y + 2] ^= d2; a[y + 3] ^= d3; a[y + 4] ^= d4
                            y += 5
                        }
                        // ρ and π
                        var current = a[1]
                        for i in 0..<24 {
                            let j = pi[i]
                            let next = a[j]
                            a[j] = rotl(current, rho[i])
                            current = next
                        }
                        // χ
                        y = 0
                        while y < 25 {
                            let t0 = a[y], t1 = a[y + 1], t2 = a[y + 2], t3 = a[y + 3], t4 = a[y + 4]
                            a[y] = t0 ^ (~t1 & t2)
                            a[y + 1] = t1 ^ (~t2 & t3)
                            a[y + 2] = t2 ^ (~t3 & t4)
                            a[y + 3] = t3 ^ (~t4 & t0)
                            a[y + 4] = t4 ^ (~t0 & t1)
                            y += 5
                        }
                        // ι
                        a[0] ^= rc[round]
                    }
                }
            }
        }
    }
}
