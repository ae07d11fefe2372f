import CairnChain
import CairnCodec
import CairnCrypto
import CairnState
import Testing

@Suite("Inbox batches: inclusion and tag completeness")
struct InboxBatchTests {
    static func tag(_ n: UInt8) -> [UInt8] { [UInt8](repeating: n, count: 32) }
    static func entry(_ tag: UInt8, _ cid: String) -> InboxBatchEntry { InboxBatchEntry(tag: Self.tag(tag), cid: Array(cid.utf8)) }

    static let batch = InboxBatch([
        entry(5, "b"), entry(2, "x"), entry(5, "a"), entry(9, "z"), entry(5, "a"), entry(7, "q"), entry(2, "w"),
    ])

    @Test("entries are sorted by tag and CID without duplicates, and each tag's proof gives exactly its CIDs")
    func completeProofs() throws {
        #expect(Self.batch.entries.count == 6)
        #expect(Self.batch.entries == Self.batch.entries.sorted())
        let root = Self.batch.root
        #expect(InboxBatch.verify(Self.batch.proof(tag: Self.tag(5)), root: root) == [Array("a".utf8), Array("b".utf8)])
        #expect(InboxBatch.verify(Self.batch.proof(tag: Self.tag(2)), root: root) == [Array("w".utf8), Array("x".utf8)])
        #expect(InboxBatch.verify(Self.batch.proof(tag: Self.tag(9)), root: root) == [Array("z".utf8)])
        // Tags with no entry, before, between and after the others: proved empty.
        for absent: UInt8 in [1, 3, 6, 8, 10] {
            #expect(InboxBatch.verify(Self.batch.proof(tag: Self.tag(absent)), root: root) == [], "tag \(absent)")
        }
        let empty = InboxBatch([])
        #expect(InboxBatch.verify(empty.proof(tag: Self.tag(1)), root: empty.root) == [])
        // Every size and every tag, against a brute-force answer.
        for size in 1...17 {
            let entries = (0..<size).map { Self.entry(UInt8(($0 * 7) % 5), "c\($0)") }
            let batch = InboxBatch(entries)
            for tag: UInt8 in 0...5 {
                let expected = batch.entries.filter { $0.tag == Self.tag(tag) }.map(\.cid)
                #expect(InboxBatch.verify(batch.proof(tag: Self.tag(tag)), root: batch.root) == expected, "size \(size) tag \(tag)")
            }
        }
    }

    @Test("a tag that holds every entry of the largest batch gets its whole proof (the tree is hashed once, not per entry)")
    func largestSingleTagBatch() {
        let entries = (0..<InboxBatch.maximumEntries).map { Self.entry(4, "cid \($0)") }
        let batch = InboxBatch(entries + [Self.entry(1, "before"), Self.entry(8, "after")])
        let proof = batch.proof(tag: Self.tag(4))
        #expect(proof.members.count == InboxBatch.maximumEntries)
        #expect(InboxBatch.verify(proof, root: batch.root)?.count == InboxBatch.maximumEntries)
    }

    @Test("a dropped entry, a tampered entry, a wrong root or a neighbour of the same tag fails")
    func tamperedProofs() throws {
        let root = Self.batch.root
        let honest = Self.batch.proof(tag: Self.tag(5))
        // A gateway that hides one of the tag's entries: the members no longer meet their neighbours.
        let dropped = InboxBatch.TagProof(tag: honest.tag, count: honest.count, members: [honest.members[0]], before: honest.before, after: honest.after)
        #expect(InboxBatch.verify(dropped, root: root) == nil)
        let droppedFirst = InboxBatch.TagProof(tag: honest.tag, count: honest.count, members: [honest.members[1]], before: honest.before, after: honest.after)
        #expect(InboxBatch.verify(droppedFirst, root: root) == nil)
        // Hiding all of them behind the true neighbours leaves a gap.
        let hidden = InboxBatch.TagProof(tag: honest.tag, count: honest.count, members: [], before: honest.before, after: honest.after)
        #expect(InboxBatch.verify(hidden, root: root) == nil)
        // A tampered CID.
        let original = honest.members[0]
        let altered = InboxBatch.Member(entry: InboxBatchEntry(tag: original.entry.tag, cid: Array("evil".utf8)), index: original.index, path: original.path)
        let tampered = InboxBatch.TagProof(tag: honest.tag, count: honest.count, members: [altered, honest.members[1]], before: honest.before, after: honest.after)
        #expect(InboxBatch.verify(tampered, root: root) == nil)
        // Another batch's root.
        #expect(InboxBatch.verify(honest, root: InboxBatch([Self.entry(5, "a")]).root) == nil)
        // A lying count (to hide entries past the end).
        let shorter = InboxBatch.TagProof(tag: Self.tag(9), count: 5, members: Self.batch.proof(tag: Self.tag(9)).members, before: Self.batch.proof(tag: Self.tag(9)).before, after: nil)
        #expect(InboxBatch.verify(shorter, root: root) == nil)
        // A proof for one tag passed off as another's.
        let other = Self.batch.proof(tag: Self.tag(2))
        let relabelled = InboxBatch.TagProof(tag: Self.tag(5), count: other.count, members: other.members, before: other.before, after: other.after)
        #expect(InboxBatch.verify(relabelled, root: root) == nil)
        // Claiming a neighbour of the same tag as the edge (to hide the entries beyond it).
        let edge = InboxBatch.TagProof(tag: honest.tag, count: honest.count, members: [honest.members[0]], before: honest.before, after: honest.members[1])
        #expect(InboxBatch.verify(edge, root: root) == nil)
    }

    @Test("a manifest rebuilds its batch, and only the canonical form is accepted")
    func manifests() throws {
        let batch = InboxBatch([Self.entry(2, "b"), Self.entry(1, "z"), Self.entry(1, "a")])
        let rebuilt = try InboxBatch(manifest: batch.manifest)
        #expect(rebuilt.entries == batch.entries)
        #expect(rebuilt.root == batch.root)
        #expect(try InboxBatch(manifest: InboxBatch([]).manifest).entries.isEmpty)

        // Entries out of order, repeated, a trailing byte, a truncation or another magic are refused.
        func manifest(_ entries: [InboxBatchEntry], magic: String = "cairn-batch-v1") -> [UInt8] {
            var writer = CanonicalWriter()
            writer.writeFixed(Array(magic.utf8))
            writer.writeUInt32(UInt32(entries.count))
            for entry in entries {
                writer.writeFixed(entry.tag)
                writer.writeBytes(entry.cid)
            }
            return writer.bytes
        }
        #expect(manifest(batch.entries) == batch.manifest)
        #expect(throws: CodecError.self) { try InboxBatch(manifest: manifest(batch.entries.reversed())) }
        #expect(throws: CodecError.self) { try InboxBatch(manifest: manifest(batch.entries + [batch.entries.last!])) }
        #expect(throws: CodecError.self) { try InboxBatch(manifest: batch.manifest + [0]) }
        #expect(throws: CodecError.self) { try InboxBatch(manifest: Array(batch.manifest.dropLast())) }
        #expect(throws: CodecError.self) { try InboxBatch(manifest: manifest(batch.entries, magic: "cairn-batch-v2")) }
        // A count beyond the limit is refused before anything is allocated for it.
        var huge = CanonicalWriter()
        huge.writeFixed(Array("cairn-batch-v1".utf8))
        huge.writeUInt32(UInt32.max)
        #expect(throws: CodecError.self) { try InboxBatch(manifest: huge.bytes) }
    }
}
