import CairnCodec
import CairnCrypto
import CairnState
import Foundation

/// Why the encrypted store refused an operation.
public enum SecureStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The passphrase does not unlock this store.
    case wrongPassphrase
    /// There is no store at the path and none was to be created.
    case notFound(String)
    /// A store already exists at the path (creating would overwrite it).
    case alreadyExists(String)
    /// A row or the store's metadata was altered or damaged; nothing from it is returned.
    case corrupt(String)
    /// The file was written in a layout this code does not read.
    case unsupportedFormat(Int64)
    /// SQLite or the file system failed (disk full, I/O error, locked).
    case storage(String)
    /// A key or value is larger than the store accepts.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .wrongPassphrase: "the passphrase does not unlock this store"
        case let .notFound(path): "there is no store at \(path)"
        case let .alreadyExists(path): "a store already exists at \(path)"
        case let .corrupt(detail): "the store is damaged or was altered: \(detail)"
        case let .unsupportedFormat(found): "the store is in format \(found); this version reads format \(SecureStore.format)"
        case let .storage(detail): "the store could not be read or written: \(detail)"
        case let .tooLarge(detail): "\(detail) is too large for the store"
        }
    }
}

/// An encrypted key-value store in one SQLite file (WAL, synchronous=FULL), for the client's secrets:
/// ratchet states, contacts, keys, cursors.
///
/// The passphrase goes through Argon2id (salt and costs in the `meta` table) to 64 bytes, split by HKDF
/// into an encryption key and a MAC key. A row is `(namespace, id, seq, body)` with `id = HMAC(macKey,
/// namespace ‖ key)` and `body = nonce ‖ XChaCha20-Poly1305(key ‖ value, ad = namespace ‖ id)`, so the file
/// shows no key, no value and no contact address; moving a body to another row or namespace fails its
/// tag and is reported as `.corrupt`. What the file does show: namespace names, row counts, sizes and
/// insertion order. Deleting a row or rolling the whole file back is not detected.
///
/// Thread-safe: every call holds one lock (the class is Sendable through it).
public final class SecureStore: @unchecked Sendable {
    /// The file layout this code writes and reads.
    public static let format: Int64 = 1
    /// The largest key and value accepted.
    public static let maximumKeySize = 4_096
    public static let maximumValueSize = 16 << 20

    let connection: SQLiteConnection
    let keys: RowKeys
    // Recursive so that a `transaction` body may also call the store's own methods (on the same connection).
    private let lock = NSRecursiveLock()

    /// Opens the store at `path` with `passphrase`; with `parameters`, creates it first when it does not
    /// exist (nil: open an existing store only). Throws `.wrongPassphrase` when the passphrase is not this
    /// store's.
    public init(path: String, passphrase: String, create parameters: Argon2id.Parameters?) throws(SecureStoreError) {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && parameters == nil { throw .notFound(path) }
        do {
            connection = try SQLiteConnection(path: path)
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA synchronous = FULL")
            try connection.execute("PRAGMA secure_delete = ON")
        } catch {
            throw .storage("\(error)")
        }
        let meta = try Self.readMeta(connection)
        if meta.isEmpty {
            guard let parameters else { throw .notFound(path) }
            keys = try Self.create(connection, passphrase: passphrase, parameters: parameters)
        } else {
            keys = try Self.unlock(meta, passphrase: passphrase)
        }
    }

    deinit { connection.close() }

    /// The value under `key` in `namespace`, nil when there is none.
    public func get(_ namespace: String, _ key: [UInt8]) throws(SecureStoreError) -> [UInt8]? {
        try locked { () throws(SecureStoreError) in try Writer(store: self).get(namespace, key) }
    }

    /// Stores `value` under `key` (replacing a value keeps the key's place in `list`); durable on return.
    public func put(_ namespace: String, _ key: [UInt8], _ value: [UInt8]) throws(SecureStoreError) {
        try write { writer throws(SecureStoreError) in try writer.put(namespace, key, value) }
    }

    /// Removes `key`; returns whether it was there.
    @discardableResult
    public func delete(_ namespace: String, _ key: [UInt8]) throws(SecureStoreError) -> Bool {
        try write { writer throws(SecureStoreError) in try writer.delete(namespace, key) }
    }

    /// Every key and value of `namespace`, in the order the keys were first stored.
    public func list(_ namespace: String) throws(SecureStoreError) -> [(key: [UInt8], value: [UInt8])] {
        try locked { () throws(SecureStoreError) in try Writer(store: self).list(namespace) }
    }

    /// The number of keys in `namespace`.
    public func count(_ namespace: String) throws(SecureStoreError) -> Int {
        try locked { () throws(SecureStoreError) in try Writer(store: self).count(namespace) }
    }

    /// Runs `body` in one transaction: all its writes land together, durably, or (when it throws) none do,
    /// and the error is rethrown. A ratchet state and the message it decrypted are stored this way.
    public func transaction<T>(_ body: (Writer) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do { try connection.execute("BEGIN IMMEDIATE") } catch { throw SecureStoreError.storage("\(error)") }
        let result: T
        do {
            result = try body(Writer(store: self))
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
        do { try connection.execute("COMMIT") } catch {
            try? connection.execute("ROLLBACK")
            throw SecureStoreError.storage("\(error)")
        }
        return result
    }

    private func write<T>(_ body: (Writer) throws(SecureStoreError) -> T) throws(SecureStoreError) -> T {
        do {
            return try transaction { writer in try body(writer) }
        } catch let error as SecureStoreError {
            throw error
        } catch {
            throw .storage("\(error)")
        }
    }

    func locked<T>(_ body: () throws(SecureStoreError) -> T) throws(SecureStoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

// MARK: Opening

extension SecureStore {
    private static let verifierLabel = Array("cairn/secure-store/v1/verifier".utf8)

    private static func readMeta(_ connection: SQLiteConnection) throws(SecureStoreError) -> [String: [UInt8]] {
        var meta: [String: [UInt8]] = [:]
        do {
            try connection.execute("CREATE TABLE IF NOT EXISTS meta (name BLOB PRIMARY KEY, value BLOB NOT NULL)")
            try connection.run("SELECT name, value FROM meta", []) { row in
                meta[String(decoding: row.blob(0) ?? [], as: UTF8.self)] = row.blob(1) ?? []
            }
        } catch {
            throw .storage("\(error)")
        }
        return meta
    }

    private static func create(_ connection: SQLiteConnection, passphrase: String, parameters: Argon2id.Parameters)
        throws(SecureStoreError) -> RowKeys
    {
        let salt = SecureRandom.bytes(Argon2id.saltByteCount)
        let keys = try RowKeys(passphrase: passphrase, salt: salt, parameters: parameters)
        let verifier = keys.mac(verifierLabel)
        let rows: [(String, [UInt8])] = [
            ("format", bigEndian(UInt64(format))), ("salt", salt), ("opsLimit", bigEndian(parameters.opsLimit)),
            ("memLimit", bigEndian(parameters.memLimit)), ("verifier", verifier),
        ]
        do {
            try connection.transaction { () throws(StateDatabaseError) in
                try connection.execute("""
                    CREATE TABLE IF NOT EXISTS rows (namespace TEXT NOT NULL, id BLOB NOT NULL, seq INTEGER NOT NULL,
                    body BLOB NOT NULL, PRIMARY KEY (namespace, id))
                    """)
                try connection.execute("CREATE INDEX IF NOT EXISTS rows_order ON rows (namespace, seq)")
                for (name, value) in rows {
                    try connection.run("INSERT INTO meta (name, value) VALUES (?, ?)", [.blob(Array(name.utf8)), .blob(value)])
                }
            }
        } catch {
            throw .storage("\(error)")
        }
        return keys
    }

    private static func unlock(_ meta: [String: [UInt8]], passphrase: String) throws(SecureStoreError) -> RowKeys {
        func number(_ name: String) throws(SecureStoreError) -> UInt64 {
            guard let bytes = meta[name], bytes.count == 8 else { throw .corrupt("the metadata field '\(name)' is missing or malformed") }
            return bytes.reduce(0) { $0 << 8 | UInt64($1) }
        }
        let found = try number("format")
        guard found == UInt64(format) else { throw .unsupportedFormat(Int64(clamping: found)) }
        guard let salt = meta["salt"], salt.count == Argon2id.saltByteCount, let verifier = meta["verifier"] else {
            throw .corrupt("the salt or the passphrase verifier is missing")
        }
        let parameters: Argon2id.Parameters
        do { parameters = try Argon2id.Parameters(opsLimit: try number("opsLimit"), memLimit: try number("memLimit")) } catch {
            throw .corrupt("the stored Argon2id costs are out of bounds: \(error)")
        }
        let keys = try RowKeys(passphrase: passphrase, salt: salt, parameters: parameters)
        guard ConstantTime.equals(keys.mac(verifierLabel), verifier) else { throw .wrongPassphrase }
        return keys
    }

    static func bigEndian(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) } }
}
