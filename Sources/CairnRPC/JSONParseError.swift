/// Why bytes are not acceptable JSON; `offset` is the byte position where parsing stopped.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of malformed input the parser refuses.
    public enum Reason: Equatable, Sendable {
        /// The input ended inside a value (or was empty).
        case unexpectedEnd
        /// A byte that cannot start or continue a value here.
        case unexpectedByte(UInt8)
        /// A number that breaks the JSON grammar (leading zeros, a bare `-`, `1.`, `1e`).
        case invalidNumber
        /// A number too large for a finite `Double`.
        case numberOutOfRange
        /// A backslash escape JSON does not define, bad hex digits, or an unpaired surrogate.
        case invalidEscape
        /// String bytes that are not valid UTF-8.
        case invalidUTF8
        /// A raw control character (below U+0020) inside a string; JSON requires it escaped.
        case controlCharacterInString
        /// The same key twice in one object; refused because parsers disagree on which one wins.
        case duplicateKey(String)
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(limit: Int)
        /// Non-whitespace bytes after the value.
        case trailingBytes
    }

    /// What is wrong.
    public let reason: Reason
    /// The byte offset at which the problem was found.
    public let offset: Int

    /// Builds an error for `reason` found at byte `offset`.
    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        let what: String
        switch reason {
        case .unexpectedEnd: what = "unexpected end of input"
        case .unexpectedByte(let byte): what = "unexpected byte 0x\(String(byte, radix: 16))"
        case .invalidNumber: what = "malformed number"
        case .numberOutOfRange: what = "number out of range"
        case .invalidEscape: what = "invalid escape sequence"
        case .invalidUTF8: what = "invalid UTF-8 in string"
        case .controlCharacterInString: what = "unescaped control character in string"
        case .duplicateKey(let key): what = "duplicate key \"\(key)\""
        case .tooDeep(let limit): what = "nesting deeper than \(limit) levels"
        case .trailingBytes: what = "unexpected data after the JSON value"
        }
        return "invalid JSON at byte \(offset): \(what)"
    }
}
