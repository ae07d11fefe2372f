// Byte copies as single `memory.copy` operators. Embedded Swift's generic paths (slicing,
// `Array(buffer)`, `append(contentsOf:)`) copy byte by byte, at about 20 gas a byte.

/// `count` bytes of `source` starting at `start`; the caller has checked the range.
func copy(_ source: [UInt8], from start: Int, count: Int) -> [UInt8] {
    guard count > 0 else { return [] }
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        source.withUnsafeBytes { from in
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: from.baseAddress! + start, byteCount: count)
        }
        initialized = count
    }
}

/// `source` without the `count` bytes at `start`; the caller has checked the range.
func removing(_ source: [UInt8], from start: Int, count: Int) -> [UInt8] {
    let total = source.count - count
    guard total > 0 else { return [] }
    return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
        source.withUnsafeBytes { from in
            let target = UnsafeMutableRawPointer(buffer.baseAddress!)
            target.copyMemory(from: from.baseAddress!, byteCount: start)
            (target + start).copyMemory(from: from.baseAddress! + start + count, byteCount: total - start)
        }
        initialized = total
    }
}
