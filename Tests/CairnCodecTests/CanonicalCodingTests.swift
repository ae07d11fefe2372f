import Testing
import CairnCodec

@Suite("Canonical binary coding")
struct CanonicalCodingTests {
    static let sampleVote = Vote(
        height: 7, round: 2, kind: .precommit,
        blockHash: Hash32(repeating: 0xaa), signature: Signature64(repeating: 0x55)
    )

    static let sampleValidator = Validator(address: [UInt8](repeating: 0x22, count: 20), power: 10, name: "bob")

    static let sampleHeader = BlockHeader(
        version: 1, height: 300, timestamp: -1, parent: Hash32(repeating: 0x11),
        proposer: sampleValidator, validators: [sampleValidator], votes: [],
        evidence: [.missedRounds(validator: 3, count: 300)], memo: "hé", payload: [0xde, 0xad], isFinal: true
    )

    // MARK: - Golden bytes (written by hand so the format cannot drift)

    @Test("vote golden bytes")
    func voteGolden() throws {
        let expected = hex(
            "0000000000000007" // height
            + "00000002" // round
            + "02" // kind: precommit
            + "01" + String(repeating: "aa", count: 32) // blockHash: present
            + String(repeating: "55", count: 64) // signature, raw
        )
        #expect(Self.sampleVote.canonicalBytes == expected)
        #expect(try Vote.decode(canonical: expected) == Self.sampleVote)

        var nilVote = Self.sampleVote
        nilVote.blockHash = nil
        let expectedNil = hex("0000000000000007" + "00000002" + "02" + "00" + String(repeating: "55", count: 64))
        #expect(nilVote.canonicalBytes == expectedNil)
    }

    @Test("block header golden bytes")
    func headerGolden() throws {
        let validator = String(repeating: "22", count: 20) + "000000000000000a" + "03" + "626f62" // address, power 10, "bob"
        let expected = hex(
            "0001" // version
            + "000000000000012c" // height 300
            + "ffffffffffffffff" // timestamp -1
            + String(repeating: "11", count: 32) // parent
            + validator // proposer
            + "01" + validator // validators: count 1
            + "00" // votes: empty
            + "01" + "02" + "0003" + "0000012c" // evidence: count 1, tag 2, validator 3, count 300
            + "01" + "03" + "68c3a9" // memo: present, 3 UTF-8 bytes "hé"
            + "02" + "dead" // payload
            + "01" // isFinal
        )
        #expect(hexString(Self.sampleHeader.canonicalBytes) == hexString(expected))
        #expect(try BlockHeader.decode(canonical: expected) == Self.sampleHeader)
    }

    @Test("primitive golden bytes")
    func primitiveGolden() throws {
        #expect(UInt8(0xab).canonicalBytes == [0xab])
        #expect(UInt16(0x0102).canonicalBytes == [0x01, 0x02])
        #expect(UInt32(0x0102_0304).canonicalBytes == [0x01, 0x02, 0x03, 0x04])
        #expect(UInt64(0x0102_0304_0506_0708).canonicalBytes == hex("0102030405060708"))
        #expect(Int64(-2).canonicalBytes == hex("fffffffffffffffe"))
        let amount = UInt128(0x0102_0304_0506_0708) << 64 | UInt128(0x090a_0b0c_0d0e_0f10)
        #expect(amount.canonicalBytes == hex("0102030405060708090a0b0c0d0e0f10"))
        #expect(try UInt128.decode(canonical: amount.canonicalBytes) == amount)
        #expect(throws: CodecError.self) { try UInt128.decode(canonical: hex("0102")) }
        #expect(Int64.min.canonicalBytes == hex("8000000000000000"))
        #expect(true.canonicalBytes == [1])
        #expect(false.canonicalBytes == [0])
        #expect("".canonicalBytes == [0])
        #expect(Optional<UInt8>.none.canonicalBytes == [0])
        #expect(Optional<Optional<UInt8>>.some(nil).canonicalBytes == [1, 0])
        #expect(Optional<Optional<UInt8>>.some(5).canonicalBytes == [1, 1, 5])
        #expect([UInt16(1), 2].canonicalBytes == hex("0200010002"))
        #expect(VoteKind.prevote.canonicalBytes == [1])
    }

    @Test("varint golden bytes", arguments: [
        (UInt64(0), "00"), (1, "01"), (127, "7f"), (128, "8001"), (300, "ac02"),
        (16_383, "ff7f"), (16_384, "808001"), (UInt64(UInt32.max), "ffffffff0f"),
        (1 << 63, "80808080808080808001"), (UInt64.max, "ffffffffffffffffff01"),
    ])
    func varintGolden(value: UInt64, encoded: String) throws {
        var writer = CanonicalWriter()
        writer.writeVarint(value)
        #expect(hexString(writer.bytes) == encoded)
        var reader = CanonicalReader(hex(encoded))
        #expect(try reader.readVarint() == value)
        try reader.finish()
    }

    @Test("[UInt8] as bytes and as an array of UInt8 are the same encoding")
    func byteArrayDefinedOnce() throws {
        let bytes: [UInt8] = Array(0...200)
        var asBytes = CanonicalWriter()
        asBytes.writeBytes(bytes)
        var asArray = CanonicalWriter()
        asArray.writeArray(bytes) { writer, byte in writer.writeUInt8(byte) }
        #expect(bytes.canonicalBytes == asBytes.bytes)
        #expect(bytes.canonicalBytes == asArray.bytes)
        var reader = CanonicalReader(asBytes.bytes)
        #expect(try reader.readArray { try $0.readUInt8() } == bytes)
        #expect(try [UInt8].decode(canonical: asArray.bytes) == bytes)
    }

    // MARK: - Round trips

    @Test("standard types round-trip")
    func standardRoundTrips() throws {
        try expectRoundTrip(UInt8.max)
        try expectRoundTrip(UInt16.max)
        try expectRoundTrip(UInt32.max)
        try expectRoundTrip(UInt64.max)
        try expectRoundTrip(Int64.min)
        try expectRoundTrip(Int64.max)
        try expectRoundTrip(true)
        try expectRoundTrip("Cairn ⛰️ — 石塚 \u{0}")
        try expectRoundTrip(String(repeating: "x", count: 300))
        try expectRoundTrip([String]())
        try expectRoundTrip(["a", "", "ü"])
        try expectRoundTrip([[UInt8]([1, 2]), [], [3]])
        try expectRoundTrip([Bool?]([true, nil, false]))
        try expectRoundTrip(UInt8??.some(nil))
        try expectRoundTrip([UInt8](repeating: 7, count: 70_000))
    }

    @Test("consensus structures round-trip")
    func structureRoundTrips() throws {
        try expectRoundTrip(Self.sampleVote)
        try expectRoundTrip(Self.sampleHeader)
        var rng = SplitMix64(seed: 7)
        for _ in 0..<200 {
            try expectRoundTrip(Self.randomHeader(using: &rng))
        }
    }

    @Test("unicode strings keep their exact bytes, with no normalization")
    func stringBytesPreserved() throws {
        let composed = "\u{e9}"
        let decomposed = "e\u{301}"
        #expect(composed == decomposed) // Swift compares by canonical equivalence...
        #expect(composed.canonicalBytes != decomposed.canonicalBytes) // ...but the encodings differ.
        let decoded = try String.decode(canonical: decomposed.canonicalBytes)
        #expect(Array(decoded.utf8) == Array(decomposed.utf8))
    }

    @Test("reader tracks position and leaves the cursor in place on failure")
    func readerCursor() throws {
        var reader = CanonicalReader([0x00, 0x02, 0x01])
        #expect(reader.remainingCount == 3)
        #expect(try reader.readBool() == false)
        #expect(throws: CodecError.invalidBool(0x02)) { try reader.readBool() }
        #expect(reader.offset == 1)
        #expect(throws: CodecError.trailingBytes(count: 2)) { try reader.finish() }
        #expect(try reader.readUInt8() == 2)
        #expect(try reader.readBool() == true)
        #expect(reader.isAtEnd)
        try reader.finish()

        var failing = CanonicalReader(hex("01" + "0000000000000007"))
        #expect(throws: CodecError.self) { try failing.read(Vote?.self) }
        #expect(failing.offset == 0)
    }

    // MARK: - Rejection rules, one per rule

    @Test("truncated input")
    func rejectsTruncation() {
        #expect(throws: CodecError.truncated(needed: 4, available: 3)) { try UInt32.decode(canonical: [0, 0, 0]) }
        #expect(throws: CodecError.truncated(needed: 1, available: 0)) { try Bool.decode(canonical: []) }
        let vote = Self.sampleVote.canonicalBytes
        #expect(throws: CodecError.truncated(needed: 64, available: 63)) { try Vote.decode(canonical: Array(vote.dropLast())) }
        #expect(throws: CodecError.truncated(needed: 8, available: 0)) { try UInt64.decode(canonical: []) }
    }

    @Test("trailing bytes after the value")
    func rejectsTrailingBytes() {
        #expect(throws: CodecError.trailingBytes(count: 1)) { try UInt8.decode(canonical: [1, 2]) }
        #expect(throws: CodecError.trailingBytes(count: 1)) { try Vote.decode(canonical: Self.sampleVote.canonicalBytes + [0]) }
    }

    @Test("varint with a redundant trailing zero group")
    func rejectsNonMinimalVarint() {
        for encoded in ["8000", "ff8000", "ac8200", "80808080808080808000"] {
            var reader = CanonicalReader(hex(encoded))
            #expect(throws: CodecError.nonMinimalVarint, "\(encoded)") { try reader.readVarint() }
        }
        // A length of 3 padded to two bytes must not be accepted as a byte string length.
        #expect(throws: CodecError.nonMinimalVarint) { try [UInt8].decode(canonical: hex("8300616263")) }
    }

    @Test("varint longer than 10 bytes or above 64 bits")
    func rejectsVarintOverflow() {
        for encoded in ["ffffffffffffffffff02", "ffffffffffffffffff7f", "8080808080808080808001", "ffffffffffffffffffff01"] {
            var reader = CanonicalReader(hex(encoded))
            #expect(throws: CodecError.varintOverflow, "\(encoded)") { try reader.readVarint() }
        }
    }

    @Test("varint cut off mid-way")
    func rejectsTruncatedVarint() {
        var reader = CanonicalReader(hex("ff"))
        #expect(throws: CodecError.truncated(needed: 1, available: 0)) { try reader.readVarint() }
    }

    @Test("boolean other than 0x00 or 0x01")
    func rejectsInvalidBool() {
        #expect(throws: CodecError.invalidBool(0x02)) { try Bool.decode(canonical: [0x02]) }
        #expect(throws: CodecError.invalidBool(0xff)) { try Bool.decode(canonical: [0xff]) }
    }

    @Test("optional flag other than 0x00 or 0x01")
    func rejectsInvalidOptionalFlag() {
        #expect(throws: CodecError.invalidOptionalFlag(0x02)) { try UInt8?.decode(canonical: [0x02, 0x05]) }
    }

    @Test("hostile lengths above the limit are rejected before allocating")
    func rejectsLengthAboveLimit() {
        let limit = CanonicalReader.defaultMaxByteCount
        #expect(throws: CodecError.lengthTooLarge(length: 0xffff_ffff, limit: limit)) {
            try [UInt8].decode(canonical: hex("ffffffff0f"))
        }
        #expect(throws: CodecError.lengthTooLarge(length: UInt64.max, limit: limit)) {
            try String.decode(canonical: hex("ffffffffffffffffff01"))
        }
        #expect(throws: CodecError.lengthTooLarge(length: 0xffff_ffff, limit: CanonicalReader.defaultMaxElementCount)) {
            try [UInt64].decode(canonical: hex("ffffffff0f"))
        }
        var reader = CanonicalReader([4, 1, 2, 3, 4])
        #expect(throws: CodecError.lengthTooLarge(length: 4, limit: 3)) { try reader.readArray(maxCount: 3) { try $0.readUInt8() } }
        let longName = Validator(address: [UInt8](repeating: 1, count: 20), power: 1, name: String(repeating: "n", count: 65))
        #expect(throws: CodecError.lengthTooLarge(length: 65, limit: Validator.maxNameLength)) {
            try Validator.decode(canonical: longName.canonicalBytes)
        }
    }

    @Test("lengths within the limit but beyond the remaining input")
    func rejectsLengthBeyondInput() {
        #expect(throws: CodecError.truncated(needed: 5, available: 2)) { try [UInt8].decode(canonical: [5, 1, 2]) }
        #expect(throws: CodecError.truncated(needed: 16 << 20, available: 0)) {
            try [UInt8].decode(canonical: hex("80808008"))
        }
        // A maximal element count with no elements fails at the first element, not by allocating a million.
        #expect(throws: CodecError.truncated(needed: 8, available: 0)) { try [UInt64].decode(canonical: hex("808040")) }
    }

    @Test("string bytes that are not valid UTF-8", arguments: [
        "02c328", // invalid continuation
        "02c0af", // overlong encoding of '/'
        "03eda080", // UTF-16 surrogate
        "04f4908080", // above U+10FFFF
        "01e2", // truncated sequence
        "0180", // lone continuation byte
    ])
    func rejectsInvalidUTF8(encoded: String) {
        #expect(throws: CodecError.invalidUTF8) { try String.decode(canonical: hex(encoded)) }
    }

    @Test("unknown enum and union tags")
    func rejectsUnknownTags() {
        #expect(throws: CodecError.unknownTag(0x03, type: "VoteKind")) { try VoteKind.decode(canonical: [0x03]) }
        #expect(throws: CodecError.unknownTag(0x00, type: "VoteKind")) { try VoteKind.decode(canonical: [0x00]) }
        #expect(throws: CodecError.unknownTag(0x07, type: "Evidence")) { try Evidence.decode(canonical: [0x07]) }
    }

    @Test("well-formed bytes describing a forbidden value")
    func rejectsInvalidValues() {
        let zeroPower = Validator(address: [UInt8](repeating: 1, count: 20), power: 0, name: "z")
        #expect(throws: CodecError.invalidValue("validator power must be positive")) {
            try Validator.decode(canonical: zeroPower.canonicalBytes)
        }
        var reader = CanonicalReader([1, 2])
        #expect(throws: CodecError.invalidValue("fixed-length field cannot have negative length -1")) {
            try reader.readFixed(count: -1)
        }
    }

    @Test("errors describe the problem")
    func errorDescriptions() {
        #expect(CodecError.invalidBool(0x02).description.contains("0x02"))
        #expect(CodecError.unknownTag(0x07, type: "Evidence").description.contains("Evidence"))
        #expect(CodecError.lengthTooLarge(length: 9, limit: 3).description.contains("9"))
    }

    // MARK: - Fuzzing

    @Test("random and mutated inputs never crash, and anything accepted is canonical")
    func fuzz() throws {
        var rng = SplitMix64(seed: 0xC0DE_C_CA1)
        var headers: [[UInt8]] = (0..<100).map { _ in Self.randomHeader(using: &rng).canonicalBytes }
        headers.append(Self.sampleHeader.canonicalBytes)
        let votes: [[UInt8]] = (0..<50).map { _ in Self.randomVote(using: &rng).canonicalBytes }
        let strings: [[UInt8]] = (0..<50).map { _ in Self.randomStrings(using: &rng).canonicalBytes }

        var acceptedMutations = 0
        for iteration in 0..<20_000 {
            let target = iteration % 3
            let corpus = [headers, votes, strings][target]
            let input = iteration % 4 == 0
                ? Mutation.randomBytes(maxLength: 160, using: &rng)
                : Mutation.mutate(corpus[Int.random(in: corpus.indices, using: &rng)], using: &rng)
            let reencoded: [UInt8]?
            switch target {
            case 0: reencoded = (try? BlockHeader.decode(canonical: input))?.canonicalBytes
            case 1: reencoded = (try? Vote.decode(canonical: input))?.canonicalBytes
            default: reencoded = (try? [String?].decode(canonical: input))?.canonicalBytes
            }
            guard let reencoded else { continue }
            if iteration % 4 != 0 { acceptedMutations += 1 }
            #expect(reencoded == input, "non-canonical input accepted: \(hexString(input))")
            if reencoded != input { return }
        }
        // Guards against a decoder that trivially rejects everything.
        #expect(acceptedMutations > 1_000)
    }

    // MARK: - Helpers

    private func expectRoundTrip<T: CanonicalCodable & Equatable>(
        _ value: T,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let bytes = value.canonicalBytes
        let decoded = try T.decode(canonical: bytes)
        #expect(decoded == value, sourceLocation: sourceLocation)
        #expect(decoded.canonicalBytes == bytes, sourceLocation: sourceLocation)
    }

    static func randomBytes(_ count: Int, using rng: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    static func randomVote(using rng: inout SplitMix64) -> Vote {
        Vote(
            height: UInt64.random(in: 0...UInt64.max, using: &rng),
            round: UInt32.random(in: 0...3, using: &rng),
            kind: VoteKind.allCases[Int.random(in: 0..<2, using: &rng)],
            blockHash: Bool.random(using: &rng) ? Hash32(randomBytes(32, using: &rng)) : nil,
            signature: Signature64(randomBytes(64, using: &rng)) ?? Signature64(repeating: 0)
        )
    }

    static func randomValidator(using rng: inout SplitMix64) -> Validator {
        let names = ["", "a", "validator-01", "ü✓", String(repeating: "v", count: 64)]
        return Validator(
            address: randomBytes(20, using: &rng),
            power: UInt64.random(in: 1...1_000, using: &rng),
            name: names[Int.random(in: names.indices, using: &rng)]
        )
    }

    static func randomStrings(using rng: inout SplitMix64) -> [String?] {
        let pool: [String?] = [nil, "", "x", "héllo", "日本", "🙂", String(repeating: "z", count: 130)]
        return (0..<Int.random(in: 0...4, using: &rng)).map { _ in pool[Int.random(in: pool.indices, using: &rng)] }
    }

    static func randomHeader(using rng: inout SplitMix64) -> BlockHeader {
        let evidence: [Evidence] = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
            Bool.random(using: &rng)
                ? .doubleVote(randomVote(using: &rng), randomVote(using: &rng))
                : .missedRounds(validator: UInt16.random(in: 0...UInt16.max, using: &rng), count: UInt32.random(in: 0...500, using: &rng))
        }
        return BlockHeader(
            version: UInt16.random(in: 0...3, using: &rng),
            height: UInt64.random(in: 0...1_000_000, using: &rng),
            timestamp: Int64.random(in: Int64.min...Int64.max, using: &rng),
            parent: Hash32(randomBytes(32, using: &rng)) ?? Hash32(repeating: 0),
            proposer: randomValidator(using: &rng),
            validators: (0..<Int.random(in: 0...3, using: &rng)).map { _ in randomValidator(using: &rng) },
            votes: (0..<Int.random(in: 0...2, using: &rng)).map { _ in randomVote(using: &rng) },
            evidence: evidence,
            memo: Bool.random(using: &rng) ? "memo \(Int.random(in: 0...999, using: &rng))" : nil,
            payload: randomBytes(Int.random(in: 0...200, using: &rng), using: &rng),
            isFinal: Bool.random(using: &rng)
        )
    }
}
