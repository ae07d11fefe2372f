import CairnCrypto
import CairnState
import Testing

@Suite("ListMerkleTree: RFC 6962 roots and inclusion proofs")
struct ListMerkleTreeTests {
    // Written out here rather than taken from the tree, so that the expected roots do not share its code.
    static func leaf(_ item: [UInt8]) -> [UInt8] { SHA256.hash([0x00] + item) }
    static func node(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] { SHA256.hash([0x01] + left + right) }

    /// Distinct items of different lengths (one empty), so that no two leaves hash alike.
    static func items(_ count: Int) -> [[UInt8]] {
        (0..<count).map { index in [UInt8](repeating: UInt8(truncatingIfNeeded: index &* 37 &+ 1), count: index % 5) + [UInt8(index)] }
    }

    @Test("the empty list's root is SHA-256 of nothing")
    func emptyRoot() throws {
        let expected = try Hex.decode("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ListMerkleTree.root([]) == expected)
    }

    @Test("one item's root is its leaf hash, SHA-256(0x00 ‖ item)")
    func singleItemRoot() {
        let item: [UInt8] = [0xde, 0xad, 0xbe, 0xef]
        #expect(ListMerkleTree.root([item]) == SHA256.hash([0x00, 0xde, 0xad, 0xbe, 0xef]))
        // Not the bare hash: the 0x00 prefix is what keeps a leaf from passing as a node.
        #expect(ListMerkleTree.root([item]) != SHA256.hash(item))
    }

    @Test("2, 3 and 5 items: the split falls at the largest power of two below the count")
    func handComputedRoots() {
        let items = Self.items(5)
        let l = items.map(Self.leaf)
        #expect(ListMerkleTree.root(Array(items[0..<2])) == Self.node(l[0], l[1]))
        #expect(ListMerkleTree.root(Array(items[0..<3])) == Self.node(Self.node(l[0], l[1]), l[2]))
        let five = Self.node(Self.node(Self.node(l[0], l[1]), Self.node(l[2], l[3])), l[4])
        #expect(ListMerkleTree.root(items) == five)
        // A balanced split (3 | 2) would give another root; RFC 6962 puts 4 on the left.
        let balanced = Self.node(Self.node(Self.node(l[0], l[1]), l[2]), Self.node(l[3], l[4]))
        #expect(ListMerkleTree.root(items) != balanced)
    }

    @Test("matches the Certificate Transparency reference roots for the first 1 to 8 of its test leaves")
    func referenceVectors() throws {
        // RFC 6962 test data as used by certificate-transparency and transparency-dev/merkle.
        let leaves = try ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
            .map { try Hex.decode($0) }
        let roots = [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ]
        for count in 1...8 {
            #expect(Hex.encode(ListMerkleTree.root(Array(leaves[0..<count]))) == roots[count - 1], "\(count) leaves")
        }
    }

    @Test("for 1 to 33 items every index's proof verifies, and only for its own item and index")
    func proofsVerifyAtTheirIndexOnly() {
        for count in 1...33 {
            let items = Self.items(count)
            let root = ListMerkleTree.root(items)
            for index in 0..<count {
                let proof = ListMerkleTree.proof(items, index: index)
                #expect(proof.count == Self.path(index, count).count, "proof length, \(index) of \(count)")
                #expect(ListMerkleTree.verify(item: items[index], index: index, count: count, proof: proof, root: root))
                for other in -1...count where other != index {
                    #expect(
                        !ListMerkleTree.verify(item: items[index], index: other, count: count, proof: proof, root: root),
                        "item \(index) of \(count) passed as index \(other)")
                }
                let changed = items[index] + [0x01]
                #expect(!ListMerkleTree.verify(item: changed, index: index, count: count, proof: proof, root: root))
                if index != 0 {
                    #expect(!ListMerkleTree.verify(item: items[0], index: index, count: count, proof: proof, root: root))
                }
            }
        }
    }

    @Test("proofs of many indices at once are the proofs of each, for 1 to 70 items")
    func batchedProofsMatchSingleOnes() {
        for count in 1...70 {
            let items = Self.items(count)
            let all = Array(0..<count)
            #expect(ListMerkleTree.proofs(items, indices: all) == all.map { ListMerkleTree.proof(items, index: $0) }, "\(count) items")
            #expect(ListMerkleTree.proofs(items, indices: [count - 1, 0]) == [ListMerkleTree.proof(items, index: count - 1), ListMerkleTree.proof(items, index: 0)])
        }
        #expect(ListMerkleTree.proofs(Self.items(3), indices: []).isEmpty)
    }

    @Test("a proof with a changed, extra or missing sibling fails")
    func tamperedProofsFail() {
        for count in 1...33 {
            let items = Self.items(count)
            let root = ListMerkleTree.root(items)
            for index in 0..<count {
                let proof = ListMerkleTree.proof(items, index: index)
                func verifies(_ proof: [[UInt8]]) -> Bool {
                    ListMerkleTree.verify(item: items[index], index: index, count: count, proof: proof, root: root)
                }
                for position in proof.indices {
                    var changed = proof
                    changed[position][position % 32] ^= 0x01
                    #expect(!verifies(changed), "changed sibling \(position), \(index) of \(count)")
                    var missing = proof
                    missing.remove(at: position)
                    #expect(!verifies(missing), "missing sibling \(position), \(index) of \(count)")
                }
                #expect(!verifies(proof + [root]), "extra sibling at the top, \(index) of \(count)")
                #expect(!verifies([Self.leaf(items[index])] + proof), "extra sibling at the bottom, \(index) of \(count)")
                // Swapping two siblings keeps the multiset of hashes but not the path.
                if proof.count >= 2 { #expect(!verifies([proof[1], proof[0]] + proof.dropFirst(2))) }
            }
        }
    }

    @Test("a wrong count fails unless that count's tree walks the same path to the index")
    func wrongCount() {
        var refusedCount = 0
        var samePathCount = 0
        for count in 1...33 {
            let items = Self.items(count)
            let root = ListMerkleTree.root(items)
            for index in 0..<count {
                let proof = ListMerkleTree.proof(items, index: index)
                let path = Self.path(index, count)
                for claimed in [0, count - 1, count + 1, count + 2, 2 * count, 64] where claimed != count {
                    let verifies = ListMerkleTree.verify(item: items[index], index: index, count: claimed, proof: proof, root: root)
                    let samePath = index < claimed && Self.path(index, claimed) == path
                    #expect(verifies == samePath, "\(index) of \(count) checked as \(index) of \(claimed)")
                    if samePath { samePathCount += 1 } else { refusedCount += 1 }
                }
            }
        }
        #expect(refusedCount > 0 && samePathCount > 0)
    }

    @Test("the count is not bound by the root: whoever checks a proof must know it from elsewhere")
    func countIsNotInTheRoot() {
        // Index 0 of 6 items has the same path (three right-hand siblings) as index 0 of 5, and item 4 of 6
        // the same as item 2 of 4: the proof passes for those claims against the 6-item root. A header that
        // commits only to the root therefore leaves a proof's index and count to be trusted or fixed elsewhere.
        let items = Self.items(6)
        let root = ListMerkleTree.root(items)
        #expect(ListMerkleTree.verify(item: items[0], index: 0, count: 5, proof: ListMerkleTree.proof(items, index: 0), root: root))
        #expect(ListMerkleTree.verify(item: items[4], index: 2, count: 4, proof: ListMerkleTree.proof(items, index: 4), root: root))
    }

    /// Reference model: the sides on which the siblings sit, from the leaf up (true = sibling on the right).
    static func path(_ index: Int, _ count: Int) -> [Bool] {
        guard count > 1 else { return [] }
        var split = 1
        while split * 2 < count { split *= 2 }
        return index < split ? path(index, split) + [true] : path(index - split, count - split) + [false]
    }
}
