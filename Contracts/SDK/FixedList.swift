/// A list of equal-width byte strings (keys, hashes) held in one buffer.
///
/// Canonically, `[32]` is a varint count followed by the raw elements, so keeping the elements
/// flat makes decoding and encoding a single copy instead of one allocation per element; for a
/// bundle of 100 prekeys that is most of the gas of reading it.
public struct FixedList: Equatable {
    /// Bytes per element.
    public let width: Int
    /// The elements, back to back.
    public private(set) var bytes: [UInt8]

    /// An empty list of `width`-byte elements.
    public init(width: Int) {
        precondition(width > 0, "element width must be positive")
        self.width = width
        self.bytes = []
    }

    init(width: Int, bytes: [UInt8]) {
        self.width = width
        self.bytes = bytes
    }

    public var count: Int { bytes.count / width }
    public var isEmpty: Bool { bytes.isEmpty }

    /// The element at `index` (0 ≤ index < count).
    public subscript(index: Int) -> [UInt8] {
        copy(bytes, from: index * width, count: width)
    }

    /// The index of the first element equal to `element`, compared in place.
    public func firstIndex(of element: [UInt8]) -> Int? {
        guard element.count == width else { return nil }
        return bytes.withUnsafeBufferPointer { flat in
            element.withUnsafeBufferPointer { wanted in
                for index in 0..<count where FixedList.equal(flat, index * width, wanted, 0, width) {
                    return index
                }
                return nil
            }
        }
    }

    public func contains(_ element: [UInt8]) -> Bool { firstIndex(of: element) != nil }

    /// Whether two elements are equal: O(count²) in-place comparisons, fine for the short lists
    /// contracts keep and paid for by whoever submits the list.
    public var hasDuplicate: Bool {
        bytes.withUnsafeBufferPointer { flat in
            for i in 0..<count {
                for j in (i + 1)..<count where FixedList.equal(flat, i * width, flat, j * width, width) {
                    return true
                }
            }
            return false
        }
    }

    /// Appends one element of exactly `width` bytes.
    public mutating func append(_ element: [UInt8]) {
        precondition(element.count == width, "element has the wrong width")
        bytes.append(contentsOf: element)
    }

    /// Removes and returns the element at `index`.
    @discardableResult
    public mutating func remove(at index: Int) -> [UInt8] {
        let element = self[index]
        bytes = removing(bytes, from: index * width, count: width)
        return element
    }

    private static func equal(
        _ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ width: Int
    ) -> Bool {
        for offset in 0..<width where a[aStart + offset] != b[bStart + offset] {
            return false
        }
        return true
    }
}
