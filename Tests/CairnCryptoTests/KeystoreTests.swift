import CairnCrypto
import Foundation
import Testing

@Suite("Keystore: keys at rest under Argon2id + XChaCha20-Poly1305")
final class KeystoreTests {
    let store: Keystore
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-keystore-\(UUID().uuidString)/keys")
        // Interactive costs keep the suite fast; the standard profile is exercised by the CLI tests.
        store = Keystore(directory: directory, parameters: .interactive)
    }

    // Each test has its own instance: its directory goes with it, whether the test passed or not.
    deinit { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }

    private func fileBytes(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
    }

    private func writeFile(_ name: String, _ data: Data) throws {
        try data.write(to: directory.appendingPathComponent("\(name).json"))
    }

    @Test func roundTripsBothKindsOfKey() throws {
        let account = Secp256k1.PrivateKey()
        let info = try store.create(name: "alice", key: .secp256k1(account), passphrase: "correct horse")
        #expect(info.address == account.publicKey.address)
        #expect(info.publicKey == account.publicKey.compressed)
        guard case let .secp256k1(back) = try store.unlock(name: "alice", passphrase: "correct horse") else {
            Issue.record("wrong kind"); return
        }
        #expect(back.rawRepresentation == account.rawRepresentation)

        let validator = Ed25519.PrivateKey()
        try store.create(name: "val-0", key: .ed25519(validator), passphrase: "pw")
        guard case let .ed25519(v) = try store.unlock(name: "val-0", passphrase: "pw") else { Issue.record("wrong kind"); return }
        #expect(v.publicKey == validator.publicKey)
        #expect(try store.list().map(\.name) == ["alice", "val-0"])
        #expect(try store.info(name: "val-0").address == nil)
    }

    @Test func filesAreOwnerOnlyAndHoldNoPlaintextSecret() throws {
        let key = Secp256k1.PrivateKey()
        try store.create(name: "k", key: .secp256k1(key), passphrase: "pw")
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("k.json").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let dirAttributes = try FileManager.default.attributesOfItem(atPath: directory.path)
        #expect((dirAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let text = String(decoding: try fileBytes("k"), as: UTF8.self)
        #expect(!text.contains(Hex.encode(key.rawRepresentation.unprotectedBytes)))
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["k.json"])
    }

    @Test func wrongPassphraseIsReportedAndLeavesTheFileUntouched() throws {
        try store.create(name: "k", key: .secp256k1(.init()), passphrase: "right")
        let before = try fileBytes("k")
        #expect(throws: KeystoreError.wrongPassphrase("k")) { try store.unlock(name: "k", passphrase: "wrong") }
        #expect(throws: KeystoreError.wrongPassphrase("k")) { try store.unlock(name: "k", passphrase: "") }
        #expect(try fileBytes("k") == before)
    }

    @Test func corruptedCiphertextIsDistinguishedFromAWrongPassphrase() throws {
        try store.create(name: "k", key: .secp256k1(.init()), passphrase: "pw")
        var json = try JSONSerialization.jsonObject(with: fileBytes("k")) as! [String: Any]
        var crypto = json["crypto"] as! [String: Any]
        var ct = Array(crypto["ciphertext"] as! String)
        ct[4] = ct[4] == "0" ? "1" : "0"
        crypto["ciphertext"] = String(ct)
        json["crypto"] = crypto
        let corrupted = try JSONSerialization.data(withJSONObject: json)
        try writeFile("k", corrupted)
        #expect(throws: KeystoreError.corruptFile(name: "k", reason: "ciphertext or header was altered (authentication failed)")) {
            try store.unlock(name: "k", passphrase: "pw")
        }
        #expect(try fileBytes("k") == corrupted)
    }

    @Test func editedHeaderFieldsFailAuthentication() throws {
        try store.create(name: "k", key: .secp256k1(.init()), passphrase: "pw")
        let original = try JSONSerialization.jsonObject(with: fileBytes("k")) as! [String: Any]
        // Swapping in another address must not produce a key file that lies about whose key it holds.
        var json = original
        json["address"] = Secp256k1.PrivateKey().publicKey.address.checksummed
        try writeFile("k", try JSONSerialization.data(withJSONObject: json))
        #expect(throws: KeystoreError.self) { try store.unlock(name: "k", passphrase: "pw") }
        // Lowering the KDF cost must not go unnoticed either.
        json = original
        var crypto = json["crypto"] as! [String: Any]
        crypto["kdfParams"] = ["opsLimit": 1, "memLimit": 8192]
        json["crypto"] = crypto
        try writeFile("k", try JSONSerialization.data(withJSONObject: json))
        #expect(throws: KeystoreError.wrongPassphrase("k")) { try store.unlock(name: "k", passphrase: "pw") }
    }

    @Test func truncatedAndGarbageFilesAreCorruptNotCrashes() throws {
        try store.create(name: "k", key: .secp256k1(.init()), passphrase: "pw")
        let full = try fileBytes("k")
        for length in [0, 1, full.count / 2, full.count - 3] {
            let truncated = full.prefix(length)
            try writeFile("k", Data(truncated))
            #expect(throws: KeystoreError.self, "truncated to \(length)") { try store.unlock(name: "k", passphrase: "pw") }
            #expect(throws: KeystoreError.self) { try store.info(name: "k") }
            #expect(try fileBytes("k") == Data(truncated))
        }
        try writeFile("k", Data("{\"version\":2,\"name\":\"k\"}".utf8))
        #expect(throws: KeystoreError.corruptFile(name: "k", reason: "unsupported key file version 2")) { try store.info(name: "k") }
        var json = try JSONSerialization.jsonObject(with: full) as! [String: Any]
        var crypto = json["crypto"] as! [String: Any]
        crypto["kdfParams"] = ["opsLimit": 3, "memLimit": 1 << 45]
        json["crypto"] = crypto
        try writeFile("k", try JSONSerialization.data(withJSONObject: json))
        #expect(throws: KeystoreError.self, "a file may not demand 32 TiB of memory") { try store.unlock(name: "k", passphrase: "pw") }
    }

    @Test func missingKeysAndBadNamesAreTypedErrors() throws {
        #expect(throws: KeystoreError.keyNotFound("ghost")) { try store.info(name: "ghost") }
        #expect(try store.list().isEmpty)
        for bad in ["", ".hidden", "a/b", "../x", String(repeating: "a", count: 65), "sp ace", "ünï"] {
            #expect(throws: KeystoreError.invalidName(bad)) { try store.create(name: bad, key: .ed25519(.init()), passphrase: "pw") }
        }
    }

    @Test func neverOverwritesAnExistingKey() throws {
        let first = Secp256k1.PrivateKey()
        try store.create(name: "k", key: .secp256k1(first), passphrase: "pw")
        let before = try fileBytes("k")
        #expect(throws: KeystoreError.keyExists("k")) { try store.create(name: "k", key: .secp256k1(.init()), passphrase: "pw") }
        #expect(try fileBytes("k") == before)
    }

    @Test func concurrentWritersOfOneNameLeaveExactlyOneWholeKey() async throws {
        let keys = (0..<6).map { _ in Secp256k1.PrivateKey() }
        let store = self.store
        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for (i, key) in keys.enumerated() {
                group.addTask { (i, (try? store.create(name: "shared", key: .secp256k1(key), passphrase: "pw")) != nil) }
            }
            return await group.reduce(into: [(Int, Bool)]()) { $0.append($1) }
        }
        let winners = outcomes.filter(\.1).map(\.0)
        #expect(winners.count == 1)
        guard let winner = winners.first, case let .secp256k1(stored) = try store.unlock(name: "shared", passphrase: "pw") else {
            Issue.record("no winner"); return
        }
        #expect(stored.publicKey == keys[winner].publicKey, "the file on disk is the winner's, whole")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["shared.json"])
    }

    @Test func concurrentWritersOfDifferentNamesAllSucceed() async throws {
        let store = self.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<8 {
                group.addTask { try store.create(name: "k\(i)", key: .ed25519(.init()), passphrase: "pw\(i)") }
            }
            try await group.waitForAll()
        }
        #expect(try store.list().count == 8)
        for i in 0..<8 { _ = try store.unlock(name: "k\(i)", passphrase: "pw\(i)") }
    }

    @Test func renamedFileIsDetected() throws {
        try store.create(name: "a", key: .secp256k1(.init()), passphrase: "pw")
        try FileManager.default.moveItem(at: directory.appendingPathComponent("a.json"), to: directory.appendingPathComponent("b.json"))
        #expect(throws: KeystoreError.self) { try store.info(name: "b") }
    }
}

extension KeystoreTests {
    @Test func unreadableAndOversizedFilesReportTheRealCause() throws {
        try store.create(name: "k", key: .secp256k1(.init()), passphrase: "pw")
        let path = directory.appendingPathComponent("k.json")
        // A directory where the file should be: open succeeds, read fails with EISDIR.
        try FileManager.default.removeItem(at: path)
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
        #expect(throws: KeystoreError.io(path: path.path, operation: "read", errno: EISDIR)) { try store.info(name: "k") }
        try FileManager.default.removeItem(at: path)
        try Data(count: 2 << 20).write(to: path)
        #expect(throws: KeystoreError.corruptFile(name: "k", reason: "file is larger than 1 MiB")) { try store.info(name: "k") }
        #expect(store.contains(name: "k"))
        #expect(!store.contains(name: "other"))
    }
}
