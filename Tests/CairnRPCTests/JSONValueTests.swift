import Testing
@testable import CairnRPC

@Suite struct JSONValueTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONValue(parsing: #" { "a" : [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"} } "#)
        #expect(value == ["a": [1, -2, 3.5, 1000.0, true, false, nil], "b": ["c": "d"]])
        #expect(value["a"]?[2]?.double == 3.5)
        #expect(value["b"]?["c"]?.string == "d")
    }

    @Test func encodesDeterministicallyWithSortedKeys() throws {
        let value: JSONValue = ["zeta": 1, "alpha": [true, nil, "x"], "Mid": ["b": 2, "a": 1]]
        #expect(value.encodedString() == #"{"Mid":{"a":1,"b":2},"alpha":[true,null,"x"],"zeta":1}"#)
        let reparsed = try JSONValue(parsing: value.encoded())
        #expect(reparsed == value)
        #expect(reparsed.encoded() == value.encoded())
    }

    @Test func integersStayExactAndOthersBecomeDoubles() throws {
        #expect(try JSONValue(parsing: "9223372036854775807") == .integer(Int64.max))
        #expect(try JSONValue(parsing: "-9223372036854775808") == .integer(Int64.min))
        #expect(try JSONValue(parsing: "9223372036854775808") == .double(9223372036854775808))
        #expect(try JSONValue(parsing: "-0") == .integer(0))
        #expect(try JSONValue(parsing: "2.0") == .double(2))
        #expect(try JSONValue(parsing: "1E-2") == .double(0.01))
        #expect(JSONValue.double(2).encodedString() == "2.0")
        #expect(JSONValue.double(.infinity).encodedString() == "null")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: #""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\u{8}\u{C}\n\r\té😀"))
    }

    @Test func escapesControlCharactersAndKeepsUnicodeRaw() throws {
        let value = JSONValue.string("q\"b\\n\n\u{1}é")
        #expect(value.encodedString() == #""q\"b\\n\n\u0001é""#)
        #expect(try JSONValue(parsing: value.encoded()) == value)
    }

    @Test func accessorsAnswerNilForTheWrongShape() {
        let value: JSONValue = [1, "two"]
        #expect(value[5] == nil)
        #expect(value[-1] == nil)
        #expect(value["key"] == nil)
        #expect(value.string == nil)
        #expect(value[0]?.integer == 1)
        #expect(value[1]?.integer == nil)
        #expect(JSONValue.double(1.5).integer == nil)
        #expect(JSONValue.integer(3).double == 3)
        #expect(JSONValue.null.isNull)
    }

    @Test(arguments: [
        ("", JSONParseError.Reason.unexpectedEnd),
        ("   ", .unexpectedEnd),
        ("[1, 2", .unexpectedEnd),
        ("{\"a\": 1", .unexpectedEnd),
        ("\"abc", .unexpectedEnd),
        ("[1,]", .unexpectedByte(UInt8(ascii: "]"))),
        ("{\"a\" 1}", .unexpectedByte(UInt8(ascii: "1"))),
        ("{a: 1}", .unexpectedByte(UInt8(ascii: "a"))),
        ("tru", .unexpectedEnd),
        ("nul1", .unexpectedByte(UInt8(ascii: "1"))),
        ("01", .invalidNumber),
        ("-", .invalidNumber),
        ("1.", .invalidNumber),
        ("1e+", .invalidNumber),
        (".5", .unexpectedByte(UInt8(ascii: "."))),
        ("1e400", .numberOutOfRange),
        ("\"\\x\"", .invalidEscape),
        ("\"\\u12g4\"", .invalidEscape),
        ("\"\\ud800\"", .invalidEscape),
        ("\"\\udc00\"", .invalidEscape),
        ("\"a\tb\"", .controlCharacterInString),
        ("{\"a\": 1, \"a\": 2}", .duplicateKey("a")),
        ("1 2", .trailingBytes),
        ("{} x", .trailingBytes),
    ])
    func rejectsMalformedJSON(text: String, reason: JSONParseError.Reason) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.reason == reason, "\(text.debugDescription): \(error)")
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        let bytes: [UInt8] = [UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")]
        #expect(throws: JSONParseError(.invalidUTF8, at: 1)) { try JSONValue(parsing: bytes) }
    }

    @Test func boundsNestingDepth() throws {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(try JSONValue(parsing: deepest).array?.count == 1)
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONParseError(.tooDeep(limit: 64), at: 64)) { try JSONValue(parsing: tooDeep) }
        // A hostile document far deeper than any stack allows still ends in a typed error.
        let hostile = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: hostile) }
    }

    @Test func randomAndTruncatedInputsNeverCrash() {
        var generator = SplitMix64(seed: 0xCA1F)
        let sample: JSONValue = [
            "jsonrpc": "2.0", "id": 7, "method": "eth_call",
            "params": [["to": "0xabc", "data": "0x\u{0}\"é😀"], "latest", 1.25, -3, [nil, true, false]],
        ]
        let valid = sample.encoded()
        var parsed = 0
        // Every prefix of a valid document: each must parse or throw, and only the whole one parses.
        for length in 0...valid.count {
            if (try? JSONValue(parsing: valid.prefix(length))) != nil { parsed += 1 }
        }
        #expect(parsed == 1)
        // Random mutations of the valid document, and random bytes biased towards JSON syntax.
        let alphabet = Array(#"{}[]":,.-+eE0123456789 truefalsn\u"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xFF]
        for round in 0..<3_000 {
            var bytes = valid
            if round % 2 == 0 {
                for _ in 0..<(1 + Int(generator.next() % 4)) {
                    let position = Int(generator.next() % UInt64(bytes.count))
                    bytes[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            } else {
                bytes = (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            }
            if let value = try? JSONValue(parsing: bytes) {
                // Whatever parses must survive its own encoding unchanged.
                #expect((try? JSONValue(parsing: value.encoded())) == value)
            }
        }
    }
}

/// A small seeded generator, so a failing fuzz round replays exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
