/// Why padded bytes could not be unpadded.
public enum PaddingError: Error, Equatable, Sendable {
    /// No 0x80 marker before the zero fill, or the length is not a bucket size.
    case malformed
    /// The content does not fit the largest bucket.
    case tooLarge(size: Int, limit: Int)
}

/// Pads plaintext up to a size bucket before it is encrypted, so that what an observer sees (a blob's
/// size) tells it only the bucket, not the message's length.
///
/// The padding is ISO/IEC 7816-4's, as Signal uses: a 0x80 byte, then zeros up to the bucket. Buckets
/// grow by powers of two from 256 bytes, so padding never costs more than double, and a short text, a
/// long text and a small file look alike within their bucket.
public enum Padding {
    /// The smallest bucket: every short message looks the same.
    public static let smallestBucket = 256
    /// The largest bucket: the gateway's largest blob.
    public static let largestBucket = 16 << 20

    /// The bucket `size` bytes of content (plus the marker) are padded to.
    public static func bucket(for size: Int) throws(PaddingError) -> Int {
        let needed = size + 1
        guard needed <= largestBucket else { throw .tooLarge(size: size, limit: largestBucket - 1) }
        var bucket = smallestBucket
        while bucket < needed { bucket <<= 1 }
        return bucket
    }

    public static func pad(_ content: [UInt8]) throws(PaddingError) -> [UInt8] {
        let bucket = try bucket(for: content.count)
        var padded = content
        padded.reserveCapacity(bucket)
        padded.append(0x80)
        padded.append(contentsOf: repeatElement(0, count: bucket - padded.count))
        return padded
    }

    /// The content of padded bytes; anything not produced by `pad` is `.malformed`.
    public static func unpad(_ padded: [UInt8]) throws(PaddingError) -> [UInt8] {
        guard padded.count >= smallestBucket, padded.count <= largestBucket, padded.count & (padded.count - 1) == 0,
            let marker = padded.lastIndex(where: { $0 != 0 }), padded[marker] == 0x80
        else { throw .malformed }
        // The bucket must be the one `pad` would choose, so one content has one padded form.
        guard (try? bucket(for: marker)) == padded.count else { throw .malformed }
        return Array(padded[..<marker])
    }
}
