/// This contract's key-value storage (keys 1 to 128 bytes, values up to 64 KiB).
///
/// Keys are a one-byte map prefix followed by the fixed-width key (`Storage.key`), so maps never
/// collide and a key's length tells its map.
public enum Storage {
    /// `prefix` followed by `parts`, in order.
    public static func key(_ prefix: UInt8, _ parts: [UInt8]...) -> [UInt8] {
        var key: [UInt8] = [prefix]
        for part in parts {
            key.append(contentsOf: part)
        }
        return key
    }

    /// The stored value, or nil if the key is absent (an empty value is present).
    public static func get(_ key: [UInt8]) -> [UInt8]? {
        // Most values are small: one host call reads them; larger ones take a second, exact read.
        let guess = 256
        var value = [UInt8](repeating: 0, count: guess)
        let length = key.withUnsafeBytes { keyBytes in
            value.withUnsafeMutableBytes {
                cairn_storage_get(keyBytes.baseAddress, Int32(keyBytes.count), $0.baseAddress, Int32(guess))
            }
        }
        if length < 0 { return nil }
        let count = Int(length)
        if count <= guess {
            value.removeLast(guess - count)
            return value
        }
        value = [UInt8](repeating: 0, count: count)
        _ = key.withUnsafeBytes { keyBytes in
            value.withUnsafeMutableBytes {
                cairn_storage_get(keyBytes.baseAddress, Int32(keyBytes.count), $0.baseAddress, Int32(count))
            }
        }
        return value
    }

    /// Writes `value` under `key`.
    public static func set(_ key: [UInt8], _ value: [UInt8]) {
        key.withUnsafeBytes { keyBytes in
            value.withUnsafeBytes {
                cairn_storage_set(keyBytes.baseAddress, Int32(keyBytes.count), $0.baseAddress, Int32($0.count))
            }
        }
    }

    /// Removes `key`; nothing happens if it is absent.
    public static func delete(_ key: [UInt8]) {
        key.withUnsafeBytes { cairn_storage_delete($0.baseAddress, Int32($0.count)) }
    }

    /// Whether `key` holds a value.
    public static func has(_ key: [UInt8]) -> Bool {
        key.withUnsafeBytes { cairn_storage_has($0.baseAddress, Int32($0.count)) == 1 }
    }

    // MARK: - Typed values, stored in their canonical encoding

    /// A stored canonical value; a stored value that does not decode reverts "corrupt state".
    public static func get<Value: CanonicalDecodable>(_ key: [UInt8], as type: Value.Type) -> Value? {
        guard let bytes = get(key) else { return nil }
        return Value.decode(bytes, failure: "corrupt state")
    }

    /// Stores `value` in its canonical encoding.
    public static func set(_ key: [UInt8], _ value: some CanonicalEncodable) {
        set(key, value.encoded)
    }

    /// A stored UInt64, or 0 when absent: counters and totals start at zero.
    public static func uint64(_ key: [UInt8]) -> UInt64 {
        get(key, as: UInt64.self) ?? 0
    }

    /// A stored UInt128, or 0 when absent.
    public static func uint128(_ key: [UInt8]) -> UInt128 {
        get(key, as: UInt128.self) ?? 0
    }
}
