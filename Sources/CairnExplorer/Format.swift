import CairnCrypto
import CairnRPC
import Foundation

/// How the explorer writes numbers, amounts, times and long hex for people: exact, with units, short
/// enough for a 100-column terminal.
public enum Format {
    /// 1 CAIRN in the chain's smallest unit.
    public static let unitsPerCairn: UInt128 = 1_000_000_000_000_000_000
    public static let unitsPerGwei: UInt128 = 1_000_000_000

    /// An amount in the unit that keeps it readable and exact: CAIRN from 0.00001 up, gwei from 0.001 gwei
    /// up, else the smallest unit ("wei", as wallets call it).
    public static func amount(_ value: UInt128) -> String {
        if value == 0 { return "0 CAIRN" }
        if value >= unitsPerCairn / 100_000 { return decimal(value, decimals: 18) + " CAIRN" }
        if value >= 1_000_000 { return decimal(value, decimals: 9) + " gwei" }
        return grouped(value) + " wei"
    }

    /// An amount always in CAIRN, for columns that must compare at a glance (stake, voting power).
    public static func cairn(_ value: UInt128) -> String { decimal(value, decimals: 18) + " CAIRN" }

    /// A gas price, always in gwei (as wallets show fees).
    public static func gwei(_ value: UInt128) -> String { decimal(value, decimals: 9) + " gwei" }

    /// `value / 10^decimals` written exactly, trailing zeros dropped, thousands grouped.
    public static func decimal(_ value: UInt128, decimals: Int) -> String {
        var scale: UInt128 = 1
        for _ in 0..<decimals { scale *= 10 }
        let whole = value / scale
        let fraction = value % scale
        guard fraction != 0 else { return grouped(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: decimals - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return grouped(whole) + "." + digits
    }

    /// An integer with thousands separators: 1,234,567.
    public static func grouped<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// Unix seconds as UTC: 2026-01-01 00:00:05 UTC.
    public static func time(_ seconds: UInt64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(min(seconds, 253_402_300_799)))) + " UTC"
    }

    /// Unix seconds as ISO 8601 UTC without spaces, for inline fields: 2026-01-01T00:00:05Z.
    public static func isoTime(_ seconds: UInt64) -> String {
        time(seconds).dropLast(4).replacingOccurrences(of: " ", with: "T") + "Z"
    }

    /// A duration in the largest units that matter: 29d 23h, 5m 3s, 42s.
    public static func duration(_ seconds: UInt64) -> String {
        let days = seconds / 86_400, hours = seconds % 86_400 / 3_600, minutes = seconds % 3_600 / 60, rest = seconds % 60
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes)m" }
        if minutes > 0 { return "\(minutes)m \(rest)s" }
        return "\(rest)s"
    }

    /// Basis points as a percentage: 500 → 5%, 10 → 0.1%.
    public static func bps<T: BinaryInteger>(_ value: T) -> String { decimal(UInt128(value), decimals: 2) + "%" }

    /// `part / total` as a percentage with one decimal.
    public static func percent(_ part: UInt128, of total: UInt128) -> String {
        guard total > 0 else { return "0%" }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 1000)
        let tenths = overflow ? part / Swift.max(1, total / 1000) : scaled / total
        return decimal(tenths, decimals: 1) + "%"
    }

    public static func hex(_ bytes: [UInt8]) -> String { "0x" + Hex.encode(bytes) }

    /// Long hex cut in the middle: 0x1234abcd…9f0e (the ends are what people compare).
    public static func short(_ bytes: [UInt8]) -> String {
        guard bytes.count > 8 else { return hex(bytes) }
        return "0x" + Hex.encode(Array(bytes.prefix(4))) + "…" + Hex.encode(Array(bytes.suffix(2)))
    }

    /// An address cut in the middle, keeping its EIP-55 checksum letters: 0x70997970…79C8.
    public static func short(_ address: Address) -> String {
        let text = address.checksummed
        return String(text.prefix(10)) + "…" + String(text.suffix(4))
    }
}

/// An unsigned integer for JSON: a number when every JSON reader holds it exactly (below 2^53), else a
/// decimal string. Values come from a node that may lie, so nothing here may trap.
public func jsonNumber<T: BinaryInteger>(_ value: T) -> JSONValue {
    value >= 0 && value < (1 << 53) ? .integer(Int64(value)) : .string(String(value))
}

extension UInt128 {
    /// The sum, or `.max` when it would overflow: amounts from a node are not trusted to be sane.
    func saturatingAdd(_ other: UInt128) -> UInt128 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    func saturatingMultiply(_ other: UInt128) -> UInt128 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}

extension String {
    /// The text with every control character (but newlines when `keepNewlines`) and every bidirectional
    /// override written as `\u{…}`: strings from the chain (method names, handles, revert reasons) must not
    /// move the cursor, clear the screen or reorder what the terminal shows.
    public func safeForTerminal(keepNewlines: Bool = true) -> String {
        var out = ""
        for scalar in unicodeScalars {
            let value = scalar.value
            let control = value < 0x20 || (0x7F...0x9F).contains(value)
            let bidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            if (control && !(keepNewlines && scalar == "\n")) || bidi {
                out += "\\u{" + String(value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Aligned columns for people: each column as wide as its widest cell, two spaces between.
public struct TextTable {
    /// How a column's cells line up.
    public enum Alignment: Sendable { case left, right }

    public let headers: [String]
    public let alignments: [Alignment]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table with a line under each row, indented under its second column (a transaction's call
    /// under its hash), cut to fit 96 columns.
    public func interleaved(_ details: [String]) -> String {
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = (headers.first.map { _ in (rows.map { $0.first?.count ?? 0 } + [headers[0].count]).max()! } ?? 0) + 2
        var out = [lines[0]]
        for (offset, line) in lines.dropFirst().enumerated() {
            out.append(line)
            if offset < details.count, !details[offset].isEmpty {
                out.append(String(repeating: " ", count: indent) + details[offset].fit(96 - indent))
            }
        }
        return out.joined(separator: "\n")
    }

    public var rendered: String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for column in headers.indices {
                let cell = row.indices.contains(column) ? row[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let isLast = column == headers.count - 1
                line += alignments[column] == .right ? padding + cell : cell + (isLast ? "" : padding)
                if !isLast { line += "  " }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

/// Labelled lines with the values lined up: "height    12".
public struct KeyValueList {
    public private(set) var items: [(String, String)] = []

    public init() {}

    public mutating func append(_ label: String, _ value: String) { items.append((label, value)) }

    public var rendered: String {
        let width = items.map(\.0.count).max() ?? 0
        return items.map { label, value in
            let continuation = "\n" + String(repeating: " ", count: width + 2)
            return label + String(repeating: " ", count: width - label.count) + "  "
                + value.replacingOccurrences(of: "\n", with: continuation)
        }.joined(separator: "\n")
    }
}

extension ABIValue {
    /// The value for `--json`: addresses EIP-55, bytes 0x-hex, amounts and 128-bit integers as decimal
    /// strings (JSON numbers lose precision past 2^53), other integers as numbers, names as names.
    public var json: JSONValue {
        switch self {
        case let .address(address): .string(address.checksummed)
        case let .bytes(bytes): .string(Format.hex(bytes))
        case let .text(text): .string(text)
        case let .uint(value, meaning):
            switch meaning {
            case let .names(names): names[UInt64(clamping: value)].map(JSONValue.string) ?? jsonNumber(value)
            case .amount: .string(String(value))
            default: jsonNumber(value)
            }
        case let .bool(flag): .bool(flag)
        case .none: .null
        case let .list(elements): .array(elements.map(\.json))
        case let .record(fields): .object(Dictionary(fields.map { ($0.name, $0.value.json) }, uniquingKeysWith: { $1 }))
        }
    }

    /// The value in full when that fits in `width` columns, else with long hex cut in the middle.
    public func fitting(_ width: Int) -> String {
        let full = text(short: false)
        return full.count <= width ? full : text(short: true)
    }

    /// A record's `name=value` fields packed into lines of at most `width` columns (a field longer than
    /// that is cut); any other value on one line, cut.
    public func wrapped(width: Int) -> String {
        guard case let .record(fields) = self else { return text().fit(width) }
        return packed(fields.map { "\($0.name)=\($0.value.text())".fit(width) }, width: width)
    }

    /// The value for people, on one line: `name=value` fields, short hex when `short`.
    public func text(short: Bool = true) -> String {
        switch self {
        case let .address(address): short ? Format.short(address) : address.checksummed
        case let .bytes(bytes): bytes.isEmpty ? "0x" : short && bytes.count > 8 ? Format.short(bytes) : Format.hex(bytes)
        case let .text(text): text.isEmpty ? "\"\"" : text.contains(" ") ? "\"\(text.safeForTerminal(keepNewlines: false))\"" : text.safeForTerminal(keepNewlines: false)
        case let .uint(value, meaning):
            switch meaning {
            case .plain, .height: String(value)
            case .amount: Format.amount(value)
            case .time: value == 0 ? "0" : Format.isoTime(UInt64(clamping: value))
            case .seconds: Format.duration(UInt64(clamping: value))
            case .bps: Format.bps(value)
            case let .names(names): names[UInt64(clamping: value)].map { $0.replacingOccurrences(of: " ", with: "-") } ?? String(value)
            }
        case let .bool(flag): flag ? "yes" : "no"
        case .none: "none"
        case let .list(elements):
            short && elements.count > 4
                ? "[" + elements.prefix(3).map { $0.text(short: short) }.joined(separator: ", ") + ", … \(elements.count) in all]"
                : "[" + elements.map { $0.text(short: short) }.joined(separator: ", ") + "]"
        case let .record(fields): fields.map { "\($0.name)=\($0.value.text(short: short))" }.joined(separator: " ")
        }
    }
}
