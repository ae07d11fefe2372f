import CairnCodec
import CairnCrypto

/// The high-s twin of a signed transaction's fields: (r, n - s) with the parity flipped recovers the same
/// key, so only the low-s rule tells them apart.
enum HighS {
    static let order = try! Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")

    /// `fields` are the twelve items of a type-2 transaction's RLP list.
    static func twin(_ fields: [RLPItem]) throws -> [RLPItem] {
        var fields = fields
        let s = try fields[11].bytes()
        let padded = [UInt8](repeating: 0, count: 32 - s.count) + s
        var high = [UInt8](repeating: 0, count: 32)
        var borrow = 0
        for index in (0..<32).reversed() {
            let difference = Int(order[index]) - Int(padded[index]) - borrow
            high[index] = UInt8((difference + 256) % 256)
            borrow = difference < 0 ? 1 : 0
        }
        fields[9] = RLPItem(try fields[9].uint64() ^ 1)
        fields[11] = RLPItem(unsignedBigEndian: high)
        return fields
    }

    /// The raw twin of a raw type-2 transaction.
    static func twin(raw: [UInt8]) throws -> [UInt8] {
        [0x02] + RLP.encode(.list(try twin(RLP.decode(raw.dropFirst()).list())))
    }
}
