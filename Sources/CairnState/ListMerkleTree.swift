import CairnCrypto

/// A Merkle tree over an ordered list (RFC 6962's Merkle Tree Hash): what a block header commits to for its
/// transactions and receipts, with inclusion proofs for one item.
///
/// leaf = SHA-256(0x00 ‖ item), node = SHA-256(0x01 ‖ left ‖ right), the split at the largest power of two
/// below the count, and SHA-256("") for an empty list. The domain bytes keep a leaf from passing as a node.
public enum ListMerkleTree {
    /// The root over `items`, in order.
    public static func root(_ items: [[UInt8]]) -> [UInt8] {
        guard !items.isEmpty else { return SHA256.hash([UInt8]()) }
        return subtreeRoot(items.map(leafHash), 0..<items.count)
    }

    /// The sibling hashes from `index`'s leaf up to the root.
    public static func proof(_ items: [[UInt8]], index: Int) -> [[UInt8]] {
        precondition(items.indices.contains(index), "index out of range")
        var path: [[UInt8]] = []
        collectPath(items.map(leafHash), 0..<items.count, index, &path)
        return path
    }

    /// The proofs of several indices (each as `proof` gives it), hashing the tree once: O(n + k log n)
    /// rather than O(k n), so proving every entry of a large batch stays cheap.
    ///
    /// RFC 6962's tree is the one built bottom-up by pairing neighbours and carrying an odd last node up
    /// unpaired, so each level's sibling is read off the level below.
    public static func proofs(_ items: [[UInt8]], indices: [Int]) -> [[[UInt8]]] {
        precondition(indices.allSatisfy(items.indices.contains), "index out of range")
        var levels = [items.map(leafHash)]
        while let level = levels.last, level.count > 1 {
            levels.append(stride(from: 0, to: level.count, by: 2).map { $0 + 1 < level.count ? nodeHash(level[$0], level[$0 + 1]) : level[$0] })
        }
        return indices.map { index in
            var path: [[UInt8]] = []
            var position = index
            for level in levels.dropLast() {
                if position & 1 == 1 {
                    path.append(level[position - 1])
                } else if position + 1 < level.count {
                    path.append(level[position + 1])
                }
                position >>= 1
            }
            return path
        }
    }

    /// Whether `item` is at `index` of a list of `count` items whose root is `root`.
    public static func verify(item: [UInt8], index: Int, count: Int, proof: [[UInt8]], root: [UInt8]) -> Bool {
        guard index >= 0, index < count else { return false }
        // RFC 9162 section 2.1.3.2: walk up from the leaf, using the index bits to know which side we are on.
        var fn = index
        var sn = count - 1
        var hash = leafHash(item)
        for sibling in proof {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                hash = nodeHash(sibling, hash)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                hash = nodeHash(hash, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && hash == root
    }

    static func leafHash(_ item: [UInt8]) -> [UInt8] { SHA256.hash([0x00] + item) }

    static func nodeHash(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] { SHA256.hash([0x01] + left + right) }

    private static func split(_ count: Int) -> Int {
        var k = 1
        while k << 1 < count { k <<= 1 }
        return k
    }

    private static func subtreeRoot(_ leaves: [[UInt8]], _ range: Range<Int>) -> [UInt8] {
        if range.count == 1 { return leaves[range.lowerBound] }
        let middle = range.lowerBound + split(range.count)
        return nodeHash(subtreeRoot(leaves, range.lowerBound..<middle), subtreeRoot(leaves, middle..<range.upperBound))
    }

    private static func collectPath(_ leaves: [[UInt8]], _ range: Range<Int>, _ index: Int, _ path: inout [[UInt8]]) {
        guard range.count > 1 else { return }
        let middle = range.lowerBound + split(range.count)
        if index < middle {
            collectPath(leaves, range.lowerBound..<middle, index, &path)
            path.append(subtreeRoot(leaves, middle..<range.upperBound))
        } else {
            collectPath(leaves, middle..<range.upperBound, index, &path)
            path.append(subtreeRoot(leaves, range.lowerBound..<middle))
        }
    }
}
