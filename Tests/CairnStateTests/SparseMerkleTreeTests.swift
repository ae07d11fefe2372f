import CairnCodec
import CairnCrypto
import CairnState
import Testing

@Suite("Sparse Merkle tree")
struct SparseMerkleTreeTests {
    static let zero = [UInt8](repeating: 0, count: 32)

    /// A tree of `count` numbered keys.
    static func tree(_ count: Int) -> SparseMerkleTree {
        var entries: [StateKey: [UInt8]] = [:]
        for n in 0..<count { entries[TestKeys.key(n)] = TestKeys.value(n) }
        return SparseMerkleTree(entries)
    }

    // MARK: - Known roots, computed by hand

    @Test("empty tree's root is 32 zero bytes")
    func emptyRoot() {
        #expect(SparseMerkleTree().root.bytes == Self.zero)
        #expect(SparseMerkleTree().root == .empty)
    }

    @Test("one key's root is its leaf hash")
    func singleLeafRoot() {
        let key = TestKeys.key(0)
        let value: [UInt8] = [1, 2, 3]
        let tree = SparseMerkleTree([key: value])
        #expect(tree.root.bytes == sha([0x00], sha(key.bytes), sha(value)))
    }

    @Test("two keys' root: branch where their paths split, empty siblings above")
    func twoLeafRoot() {
        let a = TestKeys.key(1), b = TestKeys.key(2)
        let va: [UInt8] = [0xaa], vb: [UInt8] = []
        let pa = sha(a.bytes), pb = sha(b.bytes)
        let split = (0..<256).first { bit(pa, $0) != bit(pb, $0) }!
        let la = sha([0x00], pa, sha(va)), lb = sha([0x00], pb, sha(vb))
        var hash = bit(pa, split) ? sha([0x01], lb, la) : sha([0x01], la, lb)
        for depth in (0..<split).reversed() {
            hash = bit(pa, depth) ? sha([0x01], Self.zero, hash) : sha([0x01], hash, Self.zero)
        }
        #expect(SparseMerkleTree([a: va, b: vb]).root.bytes == hash)
    }

    @Test("golden root of three keys pins the format")
    func goldenRoot() throws {
        let tree = SparseMerkleTree([TestKeys.key(0): [1], TestKeys.key(1): [2], TestKeys.key(2): [3]])
        #expect(Hex.encode(tree.root.bytes) == "3b9553b5c8c92b97cee4560a99299a09e6da965d531defdcc93a1d4e0bc22519")
    }

    @Test("deleting every key returns to the empty root; deleting one returns to the smaller tree's root")
    func deleteRestoresRoots() {
        var tree = Self.tree(40)
        let smaller = Self.tree(39)
        tree.apply([TestKeys.key(39): nil])
        #expect(tree.root == smaller.root)
        tree.apply(Dictionary(uniqueKeysWithValues: (0..<39).map { (TestKeys.key($0), nil as [UInt8]?) }))
        #expect(tree.root == .empty)
        #expect(tree.count == 0)
    }

    @Test("the root ignores insertion order, and an empty value is present")
    func orderIndependent() {
        var rng = SplitMix64(seed: 7)
        let expected = Self.tree(200).root
        var tree = SparseMerkleTree()
        for n in (0..<200).shuffled(using: &rng) { tree.apply([TestKeys.key(n): TestKeys.value(n)]) }
        #expect(tree.root == expected)
        var withEmpty = tree
        withEmpty.apply([TestKeys.key(500): []])
        #expect(withEmpty.root != tree.root)
    }

    // MARK: - Proofs

    @Test("inclusion proofs verify for every key, and encode and decode to the same proof")
    func inclusionVerifies() throws {
        let tree = Self.tree(300)
        for n in 0..<300 {
            let proof = tree.proof(for: TestKeys.key(n))
            #expect(proof.leaf == nil)
            #expect(proof.verify(root: tree.root, key: TestKeys.key(n), value: TestKeys.value(n)))
            #expect(try StateProof.decode(canonical: proof.canonicalBytes) == proof)
        }
    }

    @Test("non-inclusion proofs verify, both where the path ends empty and where it ends at another leaf")
    func nonInclusionVerifies() throws {
        let tree = Self.tree(300)
        var endsAtLeaf = 0, endsEmpty = 0
        for n in 300..<600 {
            let proof = tree.proof(for: TestKeys.key(n))
            if proof.leaf == nil { endsEmpty += 1 } else { endsAtLeaf += 1 }
            #expect(proof.verify(root: tree.root, key: TestKeys.key(n), value: nil))
            #expect(!proof.verify(root: tree.root, key: TestKeys.key(n), value: TestKeys.value(n)))
            #expect(try StateProof.decode(canonical: proof.canonicalBytes) == proof)
        }
        #expect(endsAtLeaf > 0 && endsEmpty > 0)
        let empty = SparseMerkleTree()
        #expect(empty.proof(for: TestKeys.key(1)).verify(root: .empty, key: TestKeys.key(1), value: nil))
    }

    @Test("a changed value, sibling, bitmap bit, leaf or root fails")
    func tamperingFails() throws {
        let tree = Self.tree(300)
        let other = Self.tree(301)
        for n in [0, 1, 2, 150, 299, 400, 401, 402] {
            let key = TestKeys.key(n)
            let value = tree.value(for: key)
            let proof = tree.proof(for: key)
            #expect(proof.verify(root: tree.root, key: key, value: value))
            // Value: a different one, or present/absent swapped.
            #expect(!proof.verify(root: tree.root, key: key, value: (value ?? []) + [0]))
            #expect(!proof.verify(root: tree.root, key: key, value: value == nil ? [] : nil))
            // Root.
            #expect(!proof.verify(root: other.root, key: key, value: value))
            #expect(!proof.verify(root: .empty, key: key, value: value))
            // Every sibling, empty or not, changed in one bit.
            for depth in proof.siblings.indices {
                var bytes = proof.siblings[depth].bytes
                bytes[depth % 32] ^= 0x01
                var changed = proof
                changed.siblings[depth] = MerkleHash(bytes: bytes)!
                #expect(!changed.verify(root: tree.root, key: key, value: value))
            }
            // A sibling dropped or added.
            var shorter = proof
            shorter.siblings.removeLast()
            #expect(!shorter.verify(root: tree.root, key: key, value: value))
            var longer = proof
            longer.siblings.append(.empty)
            #expect(!longer.verify(root: tree.root, key: key, value: value))
            // The other leaf, if any, changed; or one invented.
            if let leaf = proof.leaf {
                var changed = proof
                changed.leaf = StateProof.Leaf(path: leaf.path, valueHash: .digest([9]))
                #expect(!changed.verify(root: tree.root, key: key, value: nil))
            } else {
                var invented = proof
                invented.leaf = StateProof.Leaf(path: .digest([1]), valueHash: .digest([2]))
                #expect(!invented.verify(root: tree.root, key: key, value: value))
            }
            // Every bit of the encoding (bitmap included): the mutant is refused or fails to verify.
            let encoded = proof.canonicalBytes
            for index in encoded.indices {
                for bitIndex in 0..<8 {
                    var mutated = encoded
                    mutated[index] ^= 1 << UInt8(bitIndex)
                    let accepted = (try? StateProof.decode(canonical: mutated))?.verify(root: tree.root, key: key, value: value)
                    #expect(accepted != true, "byte \(index) bit \(bitIndex) of the proof for key \(n)")
                }
            }
        }
    }

    @Test("a proof for another key fails")
    func proofForAnotherKeyFails() {
        let tree = Self.tree(100)
        let proof = tree.proof(for: TestKeys.key(5))
        #expect(!proof.verify(root: tree.root, key: TestKeys.key(6), value: TestKeys.value(5)))
        #expect(!proof.verify(root: tree.root, key: TestKeys.key(6), value: nil))
    }

    @Test("non-canonical encodings are refused")
    func nonCanonicalEncodingRefused() throws {
        let proof = StateProof(siblings: [.digest([1]), .empty, .digest([2])], leaf: nil)
        var bytes = proof.canonicalBytes
        #expect(bytes[0] == 3 && bytes[1] == 0b1010_0000)
        #expect(try StateProof.decode(canonical: bytes) == proof)
        bytes[1] |= 0b0000_0001 // a padding bit
        #expect(throws: CodecError.self) { try StateProof.decode(canonical: bytes) }
        // A present sibling that is the empty hash.
        let marked: [UInt8] = [1, 0x80] + Self.zero + [0]
        #expect(throws: CodecError.self) { try StateProof.decode(canonical: marked) }
        // Deeper than 256 levels.
        #expect(throws: CodecError.self) { try StateProof.decode(canonical: [0x81, 0x02]) }
    }

    @Test("earlier roots stay provable in memory")
    func earlierRootsProvable() throws {
        var tree = Self.tree(50)
        let oldRoot = tree.root
        tree.apply([TestKeys.key(3): [7], TestKeys.key(4): nil])
        let proof = try tree.proof(for: TestKeys.key(4), atRoot: oldRoot)
        #expect(proof.verify(root: oldRoot, key: TestKeys.key(4), value: TestKeys.value(4)))
        #expect(tree.proof(for: TestKeys.key(4)).verify(root: tree.root, key: TestKeys.key(4), value: nil))
        #expect(throws: StateTreeError.self) { try tree.proof(for: TestKeys.key(4), atRoot: .digest([0])) }
    }

    // MARK: - Properties against a dictionary model

    @Test("random batches of inserts, updates and deletes match a fresh tree of the model", arguments: 0..<12)
    func randomBatchesMatchModel(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var model: [StateKey: [UInt8]] = [:]
        var tree = SparseMerkleTree()
        let universe = Int.random(in: 1...400, using: &rng)
        for _ in 0..<8 {
            var batch: [StateKey: [UInt8]?] = [:]
            for _ in 0..<Int.random(in: 0...120, using: &rng) {
                let key = TestKeys.key(Int.random(in: 0..<universe, using: &rng))
                batch[key] = Bool.random(using: &rng) && Int.random(in: 0..<3, using: &rng) == 0
                    ? nil : TestKeys.randomValue(&rng)
            }
            for (key, value) in batch { model[key] = value }
            tree.apply(batch)
            #expect(tree.root == SparseMerkleTree(model).root, "seed \(seed)")
            #expect(tree.values == model)
            for n in 0..<universe {
                let key = TestKeys.key(n)
                #expect(tree.proof(for: key).verify(root: tree.root, key: key, value: model[key]), "seed \(seed) key \(n)")
            }
        }
    }

    @Test("one write at a time gives the same roots as the batch", arguments: 100..<104)
    func singleWritesMatchBatch(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var batch: [StateKey: [UInt8]?] = [:]
        var tree = Self.tree(150)
        var oneByOne = tree
        for _ in 0..<100 {
            let n = Int.random(in: 0..<300, using: &rng)
            batch[TestKeys.key(n)] = Bool.random(using: &rng) ? nil : TestKeys.randomValue(&rng)
        }
        tree.apply(batch)
        for (key, value) in batch.shuffled(using: &rng) { oneByOne.apply([key: value]) }
        #expect(tree.root == oneByOne.root)
    }

    // MARK: - Size

    @Test("proofs at 100k keys stay under 1 KiB")
    func proofSizeAt100k() {
        let tree = Self.tree(100_000)
        var largest = 0, total = 0
        for n in stride(from: 0, to: 200_000, by: 97) {
            let size = tree.proof(for: TestKeys.key(n)).canonicalBytes.count
            largest = max(largest, size)
            total += size
        }
        let samples = (0..<200_000).count / 97 + 1
        print("state proof at 100k keys: mean \(total / samples) B, largest \(largest) B")
        #expect(largest < 1024)
    }
}
