import CSodium
import Foundation

/// Secret key material held in memory that is zeroed when the last reference goes away.
///
/// Copies of a `[UInt8]` are invisible and cannot be wiped, so secrets live in one heap buffer owned by a
/// class: value copies share it, and `deinit` wipes it with `sodium_memzero`, which the compiler may not
/// elide. Equality is constant-time.
public final class SecretBytes: @unchecked Sendable, Equatable, ContiguousBytes {
    // Immutable after init, so sharing across threads is safe; hence the unchecked Sendable.
    private let buffer: UnsafeMutableRawBufferPointer

    /// Copies `bytes` into protected storage. The caller should wipe its own copy if it can.
    public init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer = .allocate(byteCount: bytes.count, alignment: 16)
        buffer.copyBytes(from: bytes)
    }

    /// Copies `bytes` straight into protected storage, with no intermediate array left unwiped.
    public convenience init(copying bytes: some ContiguousBytes) {
        let count = bytes.withUnsafeBytes { $0.count }
        self.init(count: count) { (out: UnsafeMutableRawBufferPointer) in
            bytes.withUnsafeBytes { if $0.count > 0 { out.copyMemory(from: $0) } }
        }
    }

    /// `count` cryptographically secure random bytes.
    public init(randomCount count: Int) {
        Sodium.ensure()
        buffer = .allocate(byteCount: count, alignment: 16)
        if count > 0 { randombytes_buf(buffer.baseAddress!, count) }
    }

    /// Storage of `count` bytes filled by `body`, for C functions that write a secret into a buffer.
    init<E: Error>(count: Int, fill body: (UnsafeMutableRawBufferPointer) throws(E) -> Void) throws(E) {
        // Fill a local buffer and only then store it: once `buffer` is set the object is fully initialised,
        // and a throw would run `deinit` too, freeing the buffer twice.
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        do { try body(storage) } catch {
            SecretBytes.wipe(storage)
            storage.deallocate()
            throw error
        }
        buffer = storage
    }

    deinit {
        Self.wipe(buffer)
        buffer.deallocate()
    }

    private static func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
        if let base = buffer.baseAddress, buffer.count > 0 { sodium_memzero(base, buffer.count) }
    }

    /// Number of bytes.
    public var count: Int { buffer.count }

    /// Calls `body` with the bytes; do not let the pointer escape.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(buffer))
    }

    /// A plain copy, for the rare places (export, serialisation into an encrypted file) that need one.
    public var unprotectedBytes: [UInt8] { Array(buffer) }

    /// Constant-time comparison: the time taken depends only on the lengths.
    public static func == (lhs: SecretBytes, rhs: SecretBytes) -> Bool {
        lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in ConstantTime.equals(a, b) } }
    }
}

/// Comparisons whose running time does not depend on the contents, for MACs, tags and secrets.
public enum ConstantTime {
    /// True when both buffers are equal. Lengths are not secret; contents are.
    public static func equals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        Sodium.ensure()
        guard a.count == b.count else { return false }
        if a.count == 0 { return true }
        return sodium_memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
    }

    /// True when both byte arrays are equal.
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in equals(pa, pb) } }
    }
}

/// Cryptographically secure randomness from the operating system, through libsodium.
public enum SecureRandom {
    /// `count` random bytes.
    public static func bytes(_ count: Int) -> [UInt8] {
        Sodium.ensure()
        var out = [UInt8](repeating: 0, count: count)
        if count > 0 { out.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, count) } }
        return out
    }
}
