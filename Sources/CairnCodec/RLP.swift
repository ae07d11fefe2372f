/// Ethereum Recursive Length Prefix encoding with strictly canonical decoding.
///
/// Every value has exactly one accepted encoding: the decoder rejects every alternative form
/// the Yellow Paper's encoder would never produce, so `encode(decode(x)) == x` whenever
/// `decode(x)` succeeds and hashes of re-encoded data always match the original.
///
/// Typed (EIP-2718) envelopes are one type byte followed by one RLP item; check the type byte
/// and pass the rest to `decode(_:)`, or use `decodePrefix(_:)` when more data follows.
public enum RLP {
    /// Maximum list nesting accepted by the decoder.
    ///
    /// Decoding recurses once per level, and so do `RLPItem`'s synthesized `==`, `hash(into:)`
    /// and deinitializer, so an unbounded depth would let a few kilobytes of `0xc1` bytes
    /// overflow the stack. The deepest Ethereum structure (a transaction's access list) is three
    /// levels deep; 64 leaves ample room while keeping worst-case stack use tiny even on
    /// secondary threads with small stacks.
    public static let maxNestingDepth = 64

    /// The encoding of `item`.
    public static func encode(_ item: RLPItem) -> [UInt8] {
        var output: [UInt8] = []
        encode(item, into: &output)
        return output
    }

    /// Appends the encoding of `item` to `output`.
    ///
    /// A list header needs its payload length before the payload is written, so a first pass
    /// records every list's payload length in pre-order and the second pass writes; this keeps
    /// encoding linear instead of re-measuring each subtree at every level.
    public static func encode(_ item: RLPItem, into output: inout [UInt8]) {
        var listPayloadLengths: [Int] = []
        let total = measure(item, listPayloadLengths: &listPayloadLengths)
        output.reserveCapacity(output.count + total)
        var nextList = 0
        write(item, listPayloadLengths: listPayloadLengths, nextList: &nextList, into: &output)
    }

    /// Decodes exactly one item that must span the whole input.
    public static func decode(_ input: [UInt8]) throws(RLPError) -> RLPItem {
        try decode(input[...])
    }

    /// Decodes exactly one item that must span the whole slice.
    public static func decode(_ input: ArraySlice<UInt8>) throws(RLPError) -> RLPItem {
        let (item, consumed) = try decodePrefix(input)
        let trailing = input.count - consumed
        guard trailing == 0 else { throw .trailingBytes(count: trailing) }
        return item
    }

    /// Decodes the item at the start of `input` and reports how many bytes it occupied.
    public static func decodePrefix(_ input: ArraySlice<UInt8>) throws(RLPError) -> (item: RLPItem, consumed: Int) {
        guard !input.isEmpty else { throw .emptyInput }
        var parser = Parser(input: input)
        let item = try parser.item(end: input.endIndex, enclosingPayloadLength: nil, depth: 0)
        return (item, parser.position - input.startIndex)
    }

    // MARK: - Encoding

    private static func measure(_ item: RLPItem, listPayloadLengths: inout [Int]) -> Int {
        switch item {
        case let .bytes(bytes):
            if bytes.count == 1 && bytes[0] < 0x80 { return 1 }
            return headerLength(payloadLength: bytes.count) + bytes.count
        case let .list(items):
            let slot = listPayloadLengths.count
            listPayloadLengths.append(0)
            var payload = 0
            for element in items {
                payload += measure(element, listPayloadLengths: &listPayloadLengths)
            }
            listPayloadLengths[slot] = payload
            return headerLength(payloadLength: payload) + payload
        }
    }

    private static func write(
        _ item: RLPItem,
        listPayloadLengths: [Int],
        nextList: inout Int,
        into output: inout [UInt8]
    ) {
        switch item {
        case let .bytes(bytes):
            if bytes.count == 1 && bytes[0] < 0x80 {
                output.append(bytes[0])
            } else {
                writeHeader(payloadLength: bytes.count, shortBase: 0x80, into: &output)
                output.append(contentsOf: bytes)
            }
        case let .list(items):
            let payload = listPayloadLengths[nextList]
            nextList += 1
            writeHeader(payloadLength: payload, shortBase: 0xc0, into: &output)
            for element in items {
                write(element, listPayloadLengths: listPayloadLengths, nextList: &nextList, into: &output)
            }
        }
    }

    private static func headerLength(payloadLength: Int) -> Int {
        payloadLength < 56 ? 1 : 1 + lengthByteCount(payloadLength)
    }

    private static func lengthByteCount(_ length: Int) -> Int {
        (Int.bitWidth - length.leadingZeroBitCount + 7) / 8
    }

    /// `shortBase` is 0x80 for strings and 0xc0 for lists; long forms start 55 above it.
    private static func writeHeader(payloadLength: Int, shortBase: UInt8, into output: inout [UInt8]) {
        if payloadLength < 56 {
            output.append(shortBase + UInt8(payloadLength))
            return
        }
        let byteCount = lengthByteCount(payloadLength)
        output.append(shortBase + 55 + UInt8(byteCount))
        for index in stride(from: byteCount - 1, through: 0, by: -1) {
            output.append(UInt8(truncatingIfNeeded: payloadLength >> (index * 8)))
        }
    }

    // MARK: - Decoding

    /// Walks the input with absolute slice indices; `end` is the limit of the innermost
    /// enclosing list (or of the input), so no item can read past its container.
    private struct Parser {
        let input: ArraySlice<UInt8>
        var position: Int

        init(input: ArraySlice<UInt8>) {
            self.input = input
            self.position = input.startIndex
        }

        mutating func item(end: Int, enclosingPayloadLength: Int?, depth: Int) throws(RLPError) -> RLPItem {
            guard position < end else {
                throw overrun(needed: 1, available: 0, enclosingPayloadLength: enclosingPayloadLength)
            }
            let prefix = input[position]
            position += 1
            switch prefix {
            case 0x00...0x7f:
                return .bytes([prefix])
            case 0x80...0xbf:
                let length = try payloadLength(prefix: prefix, shortBase: 0x80, end: end, enclosingPayloadLength: enclosingPayloadLength)
                if length == 1 && input[position] < 0x80 {
                    throw .nonCanonicalSingleByte(input[position])
                }
                let bytes = Array(input[position..<position + length])
                position += length
                return .bytes(bytes)
            default:
                guard depth < RLP.maxNestingDepth else { throw .nestingTooDeep(limit: RLP.maxNestingDepth) }
                let length = try payloadLength(prefix: prefix, shortBase: 0xc0, end: end, enclosingPayloadLength: enclosingPayloadLength)
                let listEnd = position + length
                var items: [RLPItem] = []
                while position < listEnd {
                    items.append(try item(end: listEnd, enclosingPayloadLength: length, depth: depth + 1))
                }
                return .list(items)
            }
        }

        /// Reads the length part of a header and checks it fits before `end`.
        ///
        /// The length-of-length is at most 8 because the prefix ranges (0xb8...0xbf and
        /// 0xf8...0xff) cannot express more, so it always fits in a UInt64 accumulator.
        private mutating func payloadLength(
            prefix: UInt8,
            shortBase: UInt8,
            end: Int,
            enclosingPayloadLength: Int?
        ) throws(RLPError) -> Int {
            let length: Int
            let shortLimit = shortBase + 55
            if prefix <= shortLimit {
                length = Int(prefix - shortBase)
            } else {
                let lengthOfLength = Int(prefix - shortLimit)
                let available = end - position
                guard lengthOfLength <= available else {
                    throw overrun(needed: lengthOfLength, available: available, enclosingPayloadLength: enclosingPayloadLength)
                }
                guard input[position] != 0 else { throw .lengthHasLeadingZero }
                var value: UInt64 = 0
                for offset in 0..<lengthOfLength {
                    value = value << 8 | UInt64(input[position + offset])
                }
                position += lengthOfLength
                guard value <= UInt64(Int.max) else { throw .lengthOverflow }
                length = Int(value)
                guard length >= 56 else { throw .nonCanonicalLongForm(length: length) }
            }
            let available = end - position
            guard length <= available else {
                throw overrun(needed: length, available: available, enclosingPayloadLength: enclosingPayloadLength)
            }
            return length
        }

        /// Running past a list's declared payload is a framing error of that list; running past
        /// the input itself means the input was cut short.
        private func overrun(needed: Int, available: Int, enclosingPayloadLength: Int?) -> RLPError {
            if let enclosingPayloadLength {
                return .listPayloadMismatch(payloadLength: enclosingPayloadLength)
            }
            return .truncated(needed: needed, available: available)
        }
    }
}
