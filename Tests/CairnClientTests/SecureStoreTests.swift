import CSQLite
import CairnClient
import CairnCrypto
import Foundation
import Testing

/// The encrypted store: what it keeps, what it refuses, and what its file does not show.
@Suite("Secure store")
struct SecureStoreTests {
    /// The cheapest costs Argon2id allows: the tests are about the store, not the KDF.
    static let cheap = try! Argon2id.Parameters(opsLimit: 1, memLimit: 8_192)

    /// A fresh directory for one test's store, removed afterwards.
    static func withPath<T>(_ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory.appendingPathComponent("client.store").path)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func storesReadsUpdatesAndDeletes() throws {
        try Self.withPath { path in
            let store = try SecureStore(path: path, passphrase: "correct horse", create: Self.cheap)
            #expect(try store.get("contacts", Self.bytes("alice")) == nil)
            try store.put("contacts", Self.bytes("alice"), Self.bytes("one"))
            try store.put("contacts", Self.bytes("alice"), Self.bytes("two"))
            try store.put("ratchets", Self.bytes("alice"), [])
            #expect(try store.get("contacts", Self.bytes("alice")) == Self.bytes("two"))
            #expect(try store.get("ratchets", Self.bytes("alice")) == [])
            #expect(try store.count("contacts") == 1)
            #expect(try store.delete("contacts", Self.bytes("alice")))
            #expect(try !store.delete("contacts", Self.bytes("alice")))
            #expect(try store.get("contacts", Self.bytes("alice")) == nil)
            #expect(try store.count("ratchets") == 1)
        }
    }

    @Test func reopensWithThePassphraseAndRefusesAnother() throws {
        try Self.withPath { path in
            do {
                let store = try SecureStore(path: path, passphrase: "correct horse", create: Self.cheap)
                try store.put("keys", [1, 2, 3], [4, 5, 6])
            }
            let reopened = try SecureStore(path: path, passphrase: "correct horse", create: nil)
            #expect(try reopened.get("keys", [1, 2, 3]) == [4, 5, 6])
            #expect(throws: SecureStoreError.wrongPassphrase) { try SecureStore(path: path, passphrase: "battery staple", create: nil) }
            // Creating over an existing store opens it instead: the passphrase must still be its own.
            #expect(throws: SecureStoreError.wrongPassphrase) { try SecureStore(path: path, passphrase: "wrong", create: Self.cheap) }
            #expect(throws: SecureStoreError.notFound(path + ".missing")) { try SecureStore(path: path + ".missing", passphrase: "x", create: nil) }
        }
    }

    @Test func listsInFirstInsertionOrder() throws {
        try Self.withPath { path in
            let store = try SecureStore(path: path, passphrase: "p", create: Self.cheap)
            for name in ["carol", "alice", "bob"] { try store.put("contacts", Self.bytes(name), Self.bytes("v1 " + name)) }
            try store.put("contacts", Self.bytes("carol"), Self.bytes("v2 carol"))
            try store.delete("contacts", Self.bytes("alice"))
            try store.put("contacts", Self.bytes("alice"), Self.bytes("v3 alice"))
            try store.put("other", Self.bytes("zed"), [])
            let listed = try store.list("contacts")
            #expect(listed.map { String(decoding: $0.key, as: UTF8.self) } == ["carol", "bob", "alice"])
            #expect(listed.map { String(decoding: $0.value, as: UTF8.self) } == ["v2 carol", "v1 bob", "v3 alice"])
        }
    }

    @Test func transactionWritesTogetherOrNotAtAll() throws {
        struct Abort: Error {}
        try Self.withPath { path in
            let store = try SecureStore(path: path, passphrase: "p", create: Self.cheap)
            try store.put("ratchet", [1], Self.bytes("state 0"))
            #expect(throws: Abort.self) {
                try store.transaction { writer in
                    try writer.put("ratchet", [1], Self.bytes("state 1"))
                    try writer.put("messages", [9], Self.bytes("hello"))
                    #expect(try writer.get("messages", [9]) == Self.bytes("hello"))
                    throw Abort()
                }
            }
            #expect(try store.get("ratchet", [1]) == Self.bytes("state 0"))
            #expect(try store.count("messages") == 0)
            let stored: Int = try store.transaction { writer in
                try writer.put("ratchet", [1], Self.bytes("state 1"))
                try writer.put("messages", [9], Self.bytes("hello"))
                return try writer.count("messages")
            }
            #expect(stored == 1)
            #expect(try store.get("ratchet", [1]) == Self.bytes("state 1"))
        }
    }

    @Test func detectsATamperedBodyAndBodiesSwappedBetweenRows() throws {
        try Self.withPath { path in
            do {
                let store = try SecureStore(path: path, passphrase: "p", create: Self.cheap)
                try store.put("contacts", Self.bytes("alice"), Self.bytes("alice's state"))
                try store.put("contacts", Self.bytes("bob"), Self.bytes("bob's state"))
            }
            // Swap the two rows' bodies, as someone with the file could.
            try Self.sql(path, """
                UPDATE rows SET body = CASE seq WHEN 1 THEN (SELECT body FROM rows WHERE seq = 2)
                ELSE (SELECT body FROM rows WHERE seq = 1) END
                """)
            let store = try SecureStore(path: path, passphrase: "p", create: nil)
            #expect(throws: SecureStoreError.self) { try store.get("contacts", Self.bytes("alice")) }
            #expect(throws: SecureStoreError.self) { try store.list("contacts") }
            try store.put("contacts", Self.bytes("alice"), Self.bytes("fresh"))
            try store.put("contacts", Self.bytes("bob"), Self.bytes("fresh"))
            // Flip one bit of a body.
            try Self.sql(path, """
                UPDATE rows SET body = CAST(substr(body, 1, 30) || CASE WHEN substr(body, 31, 1) = x'ff' THEN x'00' ELSE x'ff' END
                || substr(body, 32) AS BLOB) WHERE seq = 1
                """)
            let reopened = try SecureStore(path: path, passphrase: "p", create: nil)
            do {
                _ = try reopened.get("contacts", Self.bytes("alice"))
                Issue.record("a tampered body was read")
            } catch {
                guard case .corrupt? = error as? SecureStoreError else { Issue.record("expected .corrupt, got \(error)"); return }
            }
            #expect(try reopened.get("contacts", Self.bytes("bob")) == Self.bytes("fresh"))
        }
    }

    @Test func theFileShowsNoKeyValueOrAddress() throws {
        try Self.withPath { path in
            let address = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
            let store = try SecureStore(path: path, passphrase: "p", create: Self.cheap)
            try store.put("contacts", Self.bytes(address), Self.bytes("SECRET-VALUE-MARKER"))
            try store.put("keys", Self.bytes("KEY-NAME-MARKER"), Self.bytes(address.lowercased()))
            // Read while the store is open, so the write-ahead log still holds the pages.
            let files = [path, path + "-wal"].compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
            #expect(files.count == 2)
            // The search works: namespace names are stored in the clear.
            #expect(files.contains { Self.contains($0, Self.bytes("contacts")) })
            for needle in ["SECRET-VALUE-MARKER", "KEY-NAME-MARKER", address, address.lowercased(), String(address.dropFirst(2)).lowercased()] {
                for file in files { #expect(!Self.contains(file, Self.bytes(needle)), "found \(needle)") }
            }
            let raw = try Hex.decode(String(address.dropFirst(2)))
            for file in files { #expect(!Self.contains(file, raw)) }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Runs `statement` on the file directly, as an attacker with the file would.
    static func sql(_ path: String, _ statement: String) throws {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw SecureStoreError.storage("open") }
        defer { sqlite3_close(db) }
        guard sqlite3_exec(db, statement, nil, nil, nil) == SQLITE_OK else {
            throw SecureStoreError.storage(String(cString: sqlite3_errmsg(db)))
        }
    }
}
