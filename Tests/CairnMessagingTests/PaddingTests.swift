import CairnMessaging
import Testing

@Suite("Padding to size buckets")
struct PaddingTests {
    @Test("content pads to the smallest power-of-two bucket from 256 bytes and unpads back", arguments: [0, 1, 200, 255, 256, 1_000, 4_095, 70_000])
    func roundTrip(size: Int) throws {
        let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
        let padded = try Padding.pad(content)
        #expect(padded.count >= 256 && padded.count >= size + 1 && padded.count & (padded.count - 1) == 0)
        #expect(padded.count == 256 || padded.count / 2 < size + 1)
        #expect(try Padding.unpad(padded) == content)
    }

    @Test("content ending in zeros or 0x80 survives; what pad never produces is refused")
    func edges() throws {
        for content in [[0x80], [0, 0, 0], [0x80, 0, 0x80], [UInt8](repeating: 0, count: 255)] as [[UInt8]] {
            #expect(try Padding.unpad(try Padding.pad(content)) == content)
        }
        let good = try Padding.pad([1, 2, 3])
        #expect(throws: PaddingError.malformed) { try Padding.unpad([UInt8](repeating: 0, count: 256)) }
        #expect(throws: PaddingError.malformed) { try Padding.unpad(Array(good.dropLast())) }
        #expect(throws: PaddingError.malformed) { try Padding.unpad(good + [UInt8](repeating: 0, count: 256)) }
        #expect(throws: PaddingError.malformed) { try Padding.unpad([UInt8](repeating: 1, count: 256)) }
        #expect(throws: PaddingError.malformed) { try Padding.unpad([]) }
        #expect(throws: PaddingError.tooLarge(size: 16 << 20, limit: (16 << 20) - 1)) { try Padding.pad([UInt8](repeating: 0, count: 16 << 20)) }
    }
}
