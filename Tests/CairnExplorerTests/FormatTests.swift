import CairnCrypto
import CairnExplorer
import Testing

@Suite("Explorer formatting")
struct FormatTests {
    @Test("amounts are exact, in CAIRN, gwei or wei by size")
    func amounts() {
        #expect(Format.amount(0) == "0 CAIRN")
        #expect(Format.amount(1_500_000_000_000_000_000) == "1.5 CAIRN")
        #expect(Format.amount(1_000_000 * Format.unitsPerCairn) == "1,000,000 CAIRN")
        #expect(Format.amount(100_000_000_000_000) == "0.0001 CAIRN")
        #expect(Format.amount(10_000_000_000_000) == "0.00001 CAIRN")
        #expect(Format.amount(7_500_000_000) == "7.5 gwei")
        #expect(Format.amount(42) == "42 wei")
        #expect(Format.amount(UInt128.max).hasSuffix(" CAIRN"))
        #expect(Format.gwei(1_000_000_007) == "1.000000007 gwei")
        #expect(Format.gwei(0) == "0 gwei")
    }

    @Test("integers, percentages, basis points, times and durations")
    func numbers() {
        #expect(Format.grouped(0) == "0")
        #expect(Format.grouped(999) == "999")
        #expect(Format.grouped(1_000) == "1,000")
        #expect(Format.grouped(30_000_000) == "30,000,000")
        #expect(Format.bps(500) == "5%")
        #expect(Format.bps(10) == "0.1%")
        #expect(Format.bps(10_000) == "100%")
        #expect(Format.percent(1, of: 3) == "33.3%")
        #expect(Format.percent(3, of: 3) == "100%")
        #expect(Format.percent(1, of: 0) == "0%")
        #expect(Format.time(1_767_225_600) == "2026-01-01 00:00:00 UTC")
        #expect(Format.isoTime(1_767_225_605) == "2026-01-01T00:00:05Z")
        #expect(Format.duration(42) == "42s")
        #expect(Format.duration(303) == "5m 3s")
        #expect(Format.duration(30 * 86_400 - 60) == "29d 23h")
    }

    @Test("long hex and addresses are cut in the middle, keeping the EIP-55 letters")
    func shortening() throws {
        #expect(Format.short([1, 2, 3]) == "0x010203")
        #expect(Format.short([UInt8](0..<32)) == "0x00010203…1e1f")
        let address = try Address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
        #expect(Format.short(address) == "0x70997970…79C8")
    }

    @Test("tables align columns, right-aligned numbers, with no trailing spaces")
    func tables() {
        var table = TextTable([("name", .left), ("n", .right), ("note", .left)])
        table.append(["a", "1", "x"])
        table.append(["longer", "1,000", ""])
        #expect(table.rendered == """
            name        n  note
            a           1  x
            longer  1,000
            """)
        var list = KeyValueList()
        list.append("block", "12")
        list.append("state root", "0xab\n0xcd")
        #expect(list.rendered == "block       12\nstate root  0xab\n            0xcd")
    }

    @Test("nothing a node sends can trap the arithmetic or reach the terminal as a control sequence")
    func hostileValues() {
        #expect(Format.percent(UInt128.max, of: UInt128.max) == "100%")
        #expect(Format.percent(UInt128.max / 2, of: UInt128.max) == "50%")
        #expect(jsonNumber(UInt64(42)) == 42)
        #expect(jsonNumber(UInt64.max) == .string("18446744073709551615"))
        #expect(jsonNumber(UInt64(1) << 53) == .string("9007199254740992"))
        #expect("ok\u{1b}[2Jgone\u{202e}txt\nnext".safeForTerminal() == "ok\\u{1b}[2Jgone\\u{202e}txt\nnext")
        #expect("a\nb".safeForTerminal(keepNewlines: false) == "a\\u{a}b")
        #expect(ABIValue.text("bad\u{7}handle").text() == "bad\\u{7}handle")
    }
}
