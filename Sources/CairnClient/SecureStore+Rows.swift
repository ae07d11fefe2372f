import CairnCodec
import CairnCrypto
import CairnState

/// The two keys a store's rows are sealed with, derived from the passphrase.
struct RowKeys: Sendable {
    private let encryption: SecretBytes
    private let authentication: SecretBytes

    init(passphrase: String, salt: [UInt8], parameters: Argon2id.Parameters) throws(SecureStoreError) {
        do {
            let master = try Argon2id.deriveKey(password: SecretBytes(passphrase.utf8), salt: salt, parameters: parameters, outputByteCount: 64)
            // One Argon2id run, split by HKDF so the two keys are independent even if one leaks.
            let prk = HKDF.extract(inputKeyMaterial: master, salt: Array("cairn/secure-store/v1".utf8))
            encryption = try HKDF.expand(pseudoRandomKey: prk, info: Array("encryption".utf8), outputByteCount: 32)
            authentication = try HKDF.expand(pseudoRandomKey: prk, info: Array("row id".utf8), outputByteCount: 32)
        } catch {
            throw .storage("the key derivation failed: \(error)")
        }
    }

    func mac(_ message: [UInt8]) -> [UInt8] { HMACSHA256.authenticationCode(for: message, key: authentication) }

    /// `HMAC(macKey, namespace ‖ key)`, the namespace length-prefixed so no two pairs share an input.
    func id(_ namespace: String, _ key: [UInt8]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeBytes(Array(namespace.utf8))
        writer.writeFixed(key)
        return mac(writer.bytes)
    }

    func seal(_ namespace: String, id: [UInt8], key: [UInt8], value: [UInt8]) throws(SecureStoreError) -> [UInt8] {
        var plaintext = CanonicalWriter()
        plaintext.writeBytes(key)
        plaintext.writeFixed(value)
        let nonce = SecureRandom.bytes(XChaCha20Poly1305.nonceByteCount)
        do {
            return nonce + (try XChaCha20Poly1305.seal(plaintext.bytes, key: encryption, nonce: nonce, associatedData: Self.ad(namespace, id)))
        } catch {
            throw .storage("encryption failed: \(error)")
        }
    }

    /// The key and value in `body`; `.corrupt` unless the body was sealed for exactly this namespace and id.
    func open(_ namespace: String, id: [UInt8], body: [UInt8]) throws(SecureStoreError) -> (key: [UInt8], value: [UInt8]) {
        let nonceCount = XChaCha20Poly1305.nonceByteCount
        guard body.count >= nonceCount + XChaCha20Poly1305.tagByteCount else { throw .corrupt("a row's body is truncated") }
        let plaintext: [UInt8]
        do {
            plaintext = try XChaCha20Poly1305.open(
                Array(body[nonceCount...]), key: encryption, nonce: Array(body[..<nonceCount]), associatedData: Self.ad(namespace, id))
        } catch {
            throw .corrupt("a row in '\(namespace)' fails its authentication tag")
        }
        var reader = CanonicalReader(plaintext)
        guard let key = try? reader.readBytes(maxLength: SecureStore.maximumKeySize) else { throw .corrupt("a row's key does not decode") }
        // The tag already binds the body to the id; this also pins the id to the key inside.
        guard ConstantTime.equals(self.id(namespace, key), id) else { throw .corrupt("a row's key does not match its id") }
        return (key, Array(plaintext[(plaintext.count - reader.remainingCount)...]))
    }

    private static func ad(_ namespace: String, _ id: [UInt8]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeBytes(Array(namespace.utf8))
        writer.writeFixed(id)
        return writer.bytes
    }
}

extension SecureStore {
    /// Reads and writes inside one `transaction` (or one call); only valid while that call runs.
    public struct Writer {
        let store: SecureStore

        private var connection: SQLiteConnection { store.connection }
        private var keys: RowKeys { store.keys }

        /// The value under `key` in `namespace`, nil when there is none (this transaction's writes included).
        public func get(_ namespace: String, _ key: [UInt8]) throws(SecureStoreError) -> [UInt8]? {
            let id = keys.id(namespace, key)
            var body: [UInt8]?
            try sql("SELECT body FROM rows WHERE namespace = ? AND id = ?", [.blob(Array(namespace.utf8)), .blob(id)]) { row in
                body = row.blob(0)
            }
            guard let body else { return nil }
            return try keys.open(namespace, id: id, body: body).value
        }

        /// Stores `value` under `key`; an existing key keeps its place in `list`.
        public func put(_ namespace: String, _ key: [UInt8], _ value: [UInt8]) throws(SecureStoreError) {
            guard key.count <= SecureStore.maximumKeySize else { throw .tooLarge("a key of \(key.count) bytes") }
            guard value.count <= SecureStore.maximumValueSize else { throw .tooLarge("a value of \(value.count) bytes") }
            let id = keys.id(namespace, key)
            let body = try keys.seal(namespace, id: id, key: key, value: value)
            let space = SQLiteValue.blob(Array(namespace.utf8))
            // The upsert keeps `seq` on conflict, so an update does not move the key to the end.
            try sql("""
                INSERT INTO rows (namespace, id, seq, body)
                VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM rows WHERE namespace = ?), ?)
                ON CONFLICT (namespace, id) DO UPDATE SET body = excluded.body
                """, [space, .blob(id), space, .blob(body)])
        }

        /// Removes `key`; returns whether it was there.
        @discardableResult
        public func delete(_ namespace: String, _ key: [UInt8]) throws(SecureStoreError) -> Bool {
            let bindings: [SQLiteValue] = [.blob(Array(namespace.utf8)), .blob(keys.id(namespace, key))]
            var found = false
            try sql("SELECT 1 FROM rows WHERE namespace = ? AND id = ?", bindings) { _ in found = true }
            if found { try sql("DELETE FROM rows WHERE namespace = ? AND id = ?", bindings) }
            return found
        }

        /// Every key and value of `namespace`, in first-insertion order.
        public func list(_ namespace: String) throws(SecureStoreError) -> [(key: [UInt8], value: [UInt8])] {
            var rows: [(id: [UInt8], body: [UInt8])] = []
            try sql("SELECT id, body FROM rows WHERE namespace = ? ORDER BY seq", [.blob(Array(namespace.utf8))]) { row in
                rows.append((row.blob(0) ?? [], row.blob(1) ?? []))
            }
            var entries: [(key: [UInt8], value: [UInt8])] = []
            for row in rows { entries.append(try keys.open(namespace, id: row.id, body: row.body)) }
            return entries
        }

        /// The number of keys in `namespace`.
        public func count(_ namespace: String) throws(SecureStoreError) -> Int {
            var count = 0
            try sql("SELECT COUNT(*) FROM rows WHERE namespace = ?", [.blob(Array(namespace.utf8))]) { row in
                count = Int(row.integer(0))
            }
            return count
        }

        private func sql(_ text: String, _ bindings: [SQLiteValue], row: (SQLiteRow) -> Void = { _ in }) throws(SecureStoreError) {
            try store.locked { () throws(SecureStoreError) in
                do { try connection.run(text, bindings) { row($0) } } catch { throw .storage("\(error)") }
            }
        }
    }
}
