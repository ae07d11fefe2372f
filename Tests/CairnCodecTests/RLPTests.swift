import Testing
import CairnCodec

@Suite("RLP")
struct RLPTests {
    // MARK: - Classic vectors (Ethereum wiki / Yellow Paper appendix B)

    static let lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"

    static let vectors: [(name: String, item: RLPItem, encoded: String)] = [
        ("dog", RLPItem("dog"), "83646f67"),
        ("cat-dog list", .list([RLPItem("cat"), RLPItem("dog")]), "c88363617483646f67"),
        ("empty string", .bytes([]), "80"),
        ("empty list", .list([]), "c0"),
        ("integer 0", RLPItem(0), "80"),
        ("byte 0x00", .bytes([0x00]), "00"),
        ("integer 15", RLPItem(15), "0f"),
        ("integer 127", RLPItem(127), "7f"),
        ("integer 128", RLPItem(128), "8180"),
        ("integer 1024", RLPItem(1024), "820400"),
        ("set-theoretic three", .list([.list([]), .list([.list([])]), .list([.list([]), .list([.list([])])])]), "c7c0c1c0c3c0c1c0"),
        ("lorem long string", RLPItem(lorem), "b838" + hexString(Array(lorem.utf8))),
        ("55-byte string stays short", .bytes([UInt8](repeating: 0xaa, count: 55)), "b7" + String(repeating: "aa", count: 55)),
        ("1024-byte string", .bytes([UInt8](repeating: 0x01, count: 1024)), "b90400" + String(repeating: "01", count: 1024)),
        ("56-byte list payload", .list([RLPItem](repeating: RLPItem(1), count: 56)), "f838" + String(repeating: "01", count: 56)),
        ("nested long list", .list([RLPItem(lorem), RLPItem(lorem)]), "f874" + String(repeating: "b838" + hexString(Array(lorem.utf8)), count: 2)),
    ]

    @Test("classic vectors encode and decode exactly", arguments: vectors.indices)
    func classicVector(index: Int) throws {
        let vector = Self.vectors[index]
        let expected = hex(vector.encoded)
        #expect(hexString(RLP.encode(vector.item)) == vector.encoded, "\(vector.name)")
        #expect(try RLP.decode(expected) == vector.item, "\(vector.name)")
    }

    @Test("encode(into:) appends after existing bytes")
    func encodeIntoAppends() {
        var output: [UInt8] = [0x02]
        RLP.encode(.list([RLPItem("cat"), RLPItem("dog")]), into: &output)
        #expect(output == hex("02c88363617483646f67"))
    }

    // MARK: - Conveniences

    @Test("integers round-trip through minimal big-endian", arguments: [
        UInt64(0), 1, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x1_0000, 1 << 32, UInt64.max - 1, UInt64.max,
    ])
    func integerRoundTrip(value: UInt64) throws {
        let item = RLPItem(value)
        let decoded = try RLP.decode(RLP.encode(item))
        #expect(try decoded.uint64() == value)
        #expect(try decoded.bytes().first != 0)
    }

    @Test("unsignedBigEndian strips leading zeros and round-trips 256-bit values")
    func bigUnsignedRoundTrip() throws {
        #expect(RLPItem(unsignedBigEndian: [0, 0, 0x01, 0x00]) == .bytes([0x01, 0x00]))
        #expect(RLPItem(unsignedBigEndian: [0, 0, 0]) == .bytes([]))
        #expect(RLPItem(unsignedBigEndian: []) == RLPItem(0))
        let max256 = [UInt8](repeating: 0xff, count: 32)
        let item = RLPItem(unsignedBigEndian: max256)
        #expect(try RLP.decode(RLP.encode(item)).unsignedBytes(maxLength: 32) == max256)
    }

    @Test("accessors return the payload of the matching shape")
    func accessors() throws {
        #expect(try RLPItem("dog").bytes() == Array("dog".utf8))
        #expect(try RLPItem.list([RLPItem(1)]).list() == [RLPItem(1)])
        #expect(try RLPItem(0).unsignedBytes(maxLength: 0) == [])
        #expect(throws: RLPError.expectedBytes) { try RLPItem.list([]).bytes() }
        #expect(throws: RLPError.expectedList) { try RLPItem.bytes([]).list() }
        #expect(throws: RLPError.expectedBytes) { try RLPItem.list([]).uint64() }
    }

    @Test("uint64 rejects a leading zero byte")
    func uint64RejectsLeadingZero() {
        #expect(throws: RLPError.nonCanonicalInteger) { try RLPItem.bytes([0x00]).uint64() }
        #expect(throws: RLPError.nonCanonicalInteger) { try RLPItem.bytes([0x00, 0x01]).uint64() }
    }

    @Test("uint64 rejects more than 8 bytes")
    func uint64RejectsTooLong() {
        let nine = [UInt8](repeating: 0x01, count: 9)
        #expect(throws: RLPError.integerTooLarge(byteCount: 9, maxLength: 8)) { try RLPItem.bytes(nine).uint64() }
    }

    @Test("unsignedBytes rejects leading zeros and excess length")
    func unsignedBytesRejections() {
        #expect(throws: RLPError.nonCanonicalInteger) { try RLPItem.bytes([0x00, 0xff]).unsignedBytes(maxLength: 32) }
        let long = [UInt8](repeating: 0xff, count: 33)
        #expect(throws: RLPError.integerTooLarge(byteCount: 33, maxLength: 32)) {
            try RLPItem.bytes(long).unsignedBytes(maxLength: 32)
        }
    }

    // MARK: - Prefix decoding (typed envelopes)

    @Test("decodePrefix reports the bytes consumed and ignores what follows")
    func decodePrefix() throws {
        let envelope = hex("02c88363617483646f67ffee")
        let (item, consumed) = try RLP.decodePrefix(envelope.dropFirst())
        #expect(item == .list([RLPItem("cat"), RLPItem("dog")]))
        #expect(consumed == 9)
        #expect(throws: RLPError.trailingBytes(count: 2)) { try RLP.decode(envelope.dropFirst()) }
        #expect(throws: RLPError.emptyInput) { try RLP.decodePrefix([UInt8]()[...]) }
    }

    // MARK: - Rejection rules, one per rule

    @Test("empty input")
    func rejectsEmptyInput() {
        #expect(throws: RLPError.emptyInput) { try RLP.decode([]) }
    }

    @Test("single byte below 0x80 wrapped in a one-byte string")
    func rejectsWrappedSingleByte() throws {
        #expect(throws: RLPError.nonCanonicalSingleByte(0x05)) { try RLP.decode(hex("8105")) }
        #expect(throws: RLPError.nonCanonicalSingleByte(0x00)) { try RLP.decode(hex("8100")) }
        #expect(throws: RLPError.nonCanonicalSingleByte(0x7f)) { try RLP.decode(hex("c2817f")) }
        #expect(try RLP.decode(hex("8180")) == .bytes([0x80]))
    }

    @Test("string shorter than 56 bytes in long form")
    func rejectsLongFormShortString() {
        #expect(throws: RLPError.nonCanonicalLongForm(length: 3)) { try RLP.decode(hex("b803646f67")) }
        let fiftyFive = "b837" + String(repeating: "aa", count: 55)
        #expect(throws: RLPError.nonCanonicalLongForm(length: 55)) { try RLP.decode(hex(fiftyFive)) }
    }

    @Test("list shorter than 56 bytes in long form")
    func rejectsLongFormShortList() {
        #expect(throws: RLPError.nonCanonicalLongForm(length: 1)) { try RLP.decode(hex("f801c0")) }
        #expect(throws: RLPError.nonCanonicalLongForm(length: 3)) { try RLP.decode(hex("f803808080")) }
    }

    @Test("long-form length with a leading zero byte")
    func rejectsLengthLeadingZero() {
        let string = "b90038" + String(repeating: "aa", count: 56)
        #expect(throws: RLPError.lengthHasLeadingZero) { try RLP.decode(hex(string)) }
        let list = "f90038" + String(repeating: "01", count: 56)
        #expect(throws: RLPError.lengthHasLeadingZero) { try RLP.decode(hex(list)) }
        // A zero length in long form is caught by the same rule: its only length byte is zero.
        #expect(throws: RLPError.lengthHasLeadingZero) { try RLP.decode(hex("f800")) }
    }

    @Test("long-form length that overflows Int")
    func rejectsLengthOverflow() {
        #expect(throws: RLPError.lengthOverflow) { try RLP.decode(hex("bfffffffffffffffff")) }
        #expect(throws: RLPError.lengthOverflow) { try RLP.decode(hex("ff8000000000000000")) }
    }

    @Test("declared length beyond the remaining input, without allocating it")
    func rejectsLengthBeyondInput() {
        #expect(throws: RLPError.truncated(needed: Int.max, available: 0)) { try RLP.decode(hex("bf7fffffffffffffff")) }
        #expect(throws: RLPError.truncated(needed: 0xffff, available: 3)) { try RLP.decode(hex("b9ffff010203")) }
        #expect(throws: RLPError.truncated(needed: 0xffff_ffff, available: 0)) { try RLP.decode(hex("fbffffffff")) }
    }

    @Test("truncated input")
    func rejectsTruncation() {
        #expect(throws: RLPError.truncated(needed: 3, available: 2)) { try RLP.decode(hex("83646f")) }
        #expect(throws: RLPError.truncated(needed: 1, available: 0)) { try RLP.decode(hex("b8")) }
        #expect(throws: RLPError.truncated(needed: 2, available: 1)) { try RLP.decode(hex("b904")) }
        #expect(throws: RLPError.truncated(needed: 8, available: 4)) { try RLP.decode(hex("c883636174")) }
    }

    @Test("trailing bytes after the top-level item")
    func rejectsTrailingBytes() {
        #expect(throws: RLPError.trailingBytes(count: 1)) { try RLP.decode(hex("8000")) }
        #expect(throws: RLPError.trailingBytes(count: 2)) { try RLP.decode(hex("c0c0c0")) }
    }

    @Test("list payload that its items do not exactly fill")
    func rejectsListPayloadMismatch() {
        // c2's two-byte payload holds only the 0x82 header and one of its two bytes.
        #expect(throws: RLPError.listPayloadMismatch(payloadLength: 2)) { try RLP.decode(hex("c2820102")) }
        // The inner c1 list's single byte is a string header whose body lies outside it.
        #expect(throws: RLPError.listPayloadMismatch(payloadLength: 1)) { try RLP.decode(hex("c4c1820102")) }
        // A long-form length header cut off by the list boundary.
        #expect(throws: RLPError.listPayloadMismatch(payloadLength: 1)) { try RLP.decode(hex("c1b8")) }
    }

    @Test("nesting up to the limit is accepted, one level more is rejected")
    func nestingLimit() throws {
        func nested(_ depth: Int) -> RLPItem {
            (0..<depth - 1).reduce(RLPItem.list([])) { inner, _ in .list([inner]) }
        }
        let deepest = RLP.encode(nested(RLP.maxNestingDepth))
        #expect(try RLP.encode(RLP.decode(deepest)) == deepest)
        let tooDeep = RLP.encode(nested(RLP.maxNestingDepth + 1))
        #expect(throws: RLPError.nestingTooDeep(limit: RLP.maxNestingDepth)) { try RLP.decode(tooDeep) }
    }

    @Test("hostile deep nesting fails fast instead of exhausting the stack")
    func hostileNesting() {
        // 100,000 correctly framed nested lists, built from the inside out without recursion.
        var headers: [[UInt8]] = []
        var innerLength = 1
        for _ in 0..<100_000 {
            let header: [UInt8]
            if innerLength < 56 {
                header = [0xc0 + UInt8(innerLength)]
            } else {
                let lengthBytes = [UInt8(innerLength >> 16), UInt8(innerLength >> 8 & 0xff), UInt8(innerLength & 0xff)]
                let minimal = Array(lengthBytes.drop { $0 == 0 })
                header = [0xf7 + UInt8(minimal.count)] + minimal
            }
            headers.append(header)
            innerLength += header.count
        }
        var input: [UInt8] = []
        input.reserveCapacity(innerLength)
        for header in headers.reversed() { input += header }
        input.append(0xc0)
        #expect(throws: RLPError.nestingTooDeep(limit: RLP.maxNestingDepth)) { try RLP.decode(input) }
    }

    @Test("errors describe the problem")
    func errorDescriptions() {
        #expect(RLPError.nonCanonicalSingleByte(0x05).description.contains("0x05"))
        #expect(RLPError.truncated(needed: 3, available: 2).description.contains("3"))
    }

    // MARK: - Fuzzing

    @Test("random and mutated inputs never crash, and anything accepted is canonical")
    func fuzz() {
        var rng = SplitMix64(seed: 0xCA1_2_C0DEC)
        var corpus: [[UInt8]] = (0..<200).map { _ in RLP.encode(Self.randomItem(depth: 0, using: &rng)) }
        corpus += Self.vectors.map { hex($0.encoded) }
        var accepted = 0
        var acceptedMutations = 0
        for iteration in 0..<20_000 {
            let isMutation = iteration % 2 == 1
            let input = isMutation
                ? Mutation.mutate(corpus[Int.random(in: corpus.indices, using: &rng)], using: &rng)
                : Mutation.randomBytes(maxLength: 48, using: &rng)
            guard let item = try? RLP.decode(input) else { continue }
            accepted += 1
            if isMutation { acceptedMutations += 1 }
            let reencoded = RLP.encode(item)
            #expect(reencoded == input, "non-canonical input accepted: \(hexString(input))")
            if reencoded != input { return }
        }
        // Guards against a decoder that trivially rejects everything.
        #expect(accepted > 500)
        #expect(acceptedMutations > 500)
    }

    @Test("random items round-trip")
    func randomRoundTrip() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            let item = Self.randomItem(depth: 0, using: &rng)
            let encoded = RLP.encode(item)
            #expect(try RLP.decode(encoded) == item)
        }
    }

    /// Random items biased toward boundaries: single bytes around 0x80 and lengths around 55/56.
    static func randomItem(depth: Int, using rng: inout SplitMix64) -> RLPItem {
        if depth < 4 && Int.random(in: 0..<3, using: &rng) == 0 {
            let count = Int.random(in: 0...6, using: &rng)
            return .list((0..<count).map { _ in randomItem(depth: depth + 1, using: &rng) })
        }
        let lengths = [0, 1, 1, 1, 2, 20, 54, 55, 56, 57, 300]
        let length = lengths[Int.random(in: lengths.indices, using: &rng)]
        return .bytes((0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) })
    }
}
