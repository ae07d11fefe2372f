import CSodium

/// Process-wide libsodium initialisation; every entry point that calls libsodium touches `Sodium.ready` first.
enum Sodium {
    /// `sodium_init` is idempotent and thread-safe, but it must run before the first call; a global `let`
    /// gives us exactly-once initialisation for free.
    static let ready: Bool = {
        let result = sodium_init()
        // -1 means libsodium could not initialise its RNG; nothing in this module is safe without it.
        precondition(result >= 0, "libsodium failed to initialise")
        return true
    }()

    @inline(__always) static func ensure() { _ = ready }
}

extension UnsafeRawBufferPointer {
    /// A non-null byte pointer even for an empty buffer: several C functions assert non-null inputs even
    /// when the length is zero (an empty HMAC key, an empty passphrase).
    var nonNullBytes: UnsafePointer<UInt8> {
        baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? UnsafePointer(emptyByte)
    }
}

// One readable byte shared by every empty input; never written.
nonisolated(unsafe) private let emptyByte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
