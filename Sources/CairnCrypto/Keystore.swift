import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private key that the keystore can hold: an account key (secp256k1) or a signing key (Ed25519).
public enum StoredKey: Sendable {
    /// An Ethereum-shaped account key.
    case secp256k1(Secp256k1.PrivateKey)
    /// A validator consensus key or device signing key.
    case ed25519(Ed25519.PrivateKey)

    /// The file's name for this kind of key.
    public var kind: KeyKind {
        switch self {
        case .secp256k1: return .secp256k1
        case .ed25519: return .ed25519
        }
    }

    /// Compressed SEC 1 for secp256k1, the 32-byte encoding for Ed25519.
    public var publicKey: [UInt8] {
        switch self {
        case let .secp256k1(key): return key.publicKey.compressed
        case let .ed25519(key): return key.publicKey.rawRepresentation
        }
    }

    /// The account address, for secp256k1 keys.
    public var address: Address? {
        if case let .secp256k1(key) = self { return key.publicKey.address }
        return nil
    }

    /// The secret: the 32-byte scalar, or the 32-byte Ed25519 seed.
    public var secret: SecretBytes {
        switch self {
        case let .secp256k1(key): return key.rawRepresentation
        case let .ed25519(key): return key.seed
        }
    }

    /// Rebuilds a key from its kind and secret.
    public init(kind: KeyKind, secret: some ContiguousBytes) throws(CryptoError) {
        switch kind {
        case .secp256k1: self = .secp256k1(try Secp256k1.PrivateKey(rawRepresentation: secret))
        case .ed25519: self = .ed25519(try Ed25519.PrivateKey(seed: secret))
        }
    }
}

/// The kinds of key a keystore file may hold.
public enum KeyKind: String, Codable, Sendable, CaseIterable {
    case secp256k1
    case ed25519
}

/// What can be read about a stored key without its passphrase.
public struct KeyInfo: Equatable, Sendable {
    /// The key's name in the keystore.
    public let name: String
    /// The kind of key.
    public let kind: KeyKind
    /// The account address (secp256k1 keys only).
    public let address: Address?
    /// The public key bytes.
    public let publicKey: [UInt8]
    /// The file that holds it.
    public let path: String
}

/// Why a keystore operation failed; each message names the key and what to do.
public enum KeystoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Names are 1–64 characters of letters, digits, `.`, `_` and `-`, not starting with `.`.
    case invalidName(String)
    /// No key of that name.
    case keyNotFound(String)
    /// A key of that name already exists; the keystore never overwrites one.
    case keyExists(String)
    /// The passphrase does not open this key.
    case wrongPassphrase(String)
    /// The passphrase is right but the file was altered or damaged.
    case corruptFile(name: String, reason: String)
    /// An operating-system call failed.
    case io(path: String, operation: String, errno: Int32)

    public var description: String {
        switch self {
        case let .invalidName(n):
            return "invalid key name '\(n)': use 1-64 letters, digits, '.', '_' or '-', not starting with '.'"
        case let .keyNotFound(n): return "no key named '\(n)' in the keystore"
        case let .keyExists(n): return "a key named '\(n)' already exists; choose another name"
        case let .wrongPassphrase(n): return "wrong passphrase for key '\(n)'"
        case let .corruptFile(n, why): return "key file for '\(n)' is corrupt: \(why)"
        case let .io(path, op, code): return "\(op) \(path): \(String(cString: strerror(code)))"
        }
    }
}

/// Keys at rest in one directory, one JSON file per key, each encrypted under its own passphrase.
///
/// The passphrase goes through Argon2id to 64 bytes: the first 32 are the XChaCha20-Poly1305 key, the last 32
/// are hashed into a verifier stored in the file. The verifier lets us tell a wrong passphrase from a damaged
/// file without weakening anything: an attacker with the file can already test guesses against the AEAD tag.
/// Everything in the file that is not secret (name, kind, public key, KDF parameters) is bound as associated
/// data, so editing any of it makes decryption fail. Files are written to a temporary name, fsynced, and
/// linked into place, which is atomic and refuses to replace an existing key.
public struct Keystore: Sendable {
    /// The directory holding the key files (`$CAIRN_HOME/keys`).
    public let directory: URL
    /// Argon2id costs for keys created from now on; files remember their own.
    public let parameters: Argon2id.Parameters

    /// A keystore in `directory`, created (mode 0700) on first write.
    public init(directory: URL, parameters: Argon2id.Parameters = .standard) {
        self.directory = directory
        self.parameters = parameters
    }

    /// The default location: `$CAIRN_HOME/keys`, or `~/.cairn/keys`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let home = environment["CAIRN_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cairn"
        return URL(fileURLWithPath: home).appendingPathComponent("keys")
    }

    /// Checks a key name.
    public static func validate(name: String) throws(KeystoreError) {
        let allowed = name.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        }
        guard (1...64).contains(name.utf8.count), allowed, !name.hasPrefix(".") else { throw .invalidName(name) }
    }

    func path(for name: String) -> String { directory.appendingPathComponent(name + ".json").path }

    /// Encrypts and stores `key` under `name`; fails with `keyExists` rather than replace a key.
    @discardableResult
    public func create(name: String, key: StoredKey, passphrase: String) throws -> KeyInfo {
        try Self.validate(name: name)
        let file = try KeyFile.seal(name: name, key: key, passphrase: passphrase, parameters: parameters)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(file) + [UInt8(ascii: "\n")]
        try ensureDirectory()
        try Self.writeNew(data, to: path(for: name), name: name)
        return try file.info(path: path(for: name))
    }

    /// The public facts of every key, sorted by name. Files that cannot be read are reported, not skipped.
    public func list() throws -> [KeyInfo] {
        guard let dir = opendir(directory.path) else {
            if errno == ENOENT { return [] }
            throw KeystoreError.io(path: directory.path, operation: "list", errno: errno)
        }
        defer { closedir(dir) }
        var names = [String]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".json") && !name.hasPrefix(".") { names.append(String(name.dropLast(5))) }
        }
        return try names.sorted().map { try info(name: $0) }
    }

    /// Whether a file for `name` exists, readable or not; lets the CLI refuse before asking for a passphrase.
    public func contains(name: String) -> Bool {
        FileManager.default.fileExists(atPath: path(for: name))
    }

    /// The public facts of one key.
    public func info(name: String) throws -> KeyInfo {
        try keyFile(name: name).info(path: path(for: name))
    }

    /// Decrypts a key.
    public func unlock(name: String, passphrase: String) throws -> StoredKey {
        try keyFile(name: name).open(passphrase: passphrase)
    }

    func keyFile(name: String) throws -> KeyFile {
        try Self.validate(name: name)
        let p = path(for: name)
        let data = try Self.readAll(p, name: name)
        let file: KeyFile
        do { file = try JSONDecoder().decode(KeyFile.self, from: data) } catch let error as KeystoreError {
            throw error
        } catch {
            throw KeystoreError.corruptFile(name: name, reason: "not a Cairn key file (\(Self.summary(of: error)))")
        }
        guard file.name == name else {
            throw KeystoreError.corruptFile(name: name, reason: "file names key '\(file.name)'; was it renamed?")
        }
        return file
    }

    private func ensureDirectory() throws {
        // CAIRN_HOME may not exist yet; the keys directory itself is made owner-only.
        let parent = directory.deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        if mkdir(directory.path, 0o700) != 0 && errno != EEXIST {
            throw KeystoreError.io(path: directory.path, operation: "create directory", errno: errno)
        }
    }

    /// The whole file, with the real errno on failure (and `keyNotFound` for a missing one).
    static func readAll(_ path: String, name: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? KeystoreError.keyNotFound(name) : KeystoreError.io(path: path, operation: "open", errno: errno)
        }
        defer { close(fd) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw KeystoreError.io(path: path, operation: "read", errno: errno)
            }
            if n == 0 { return data }
            // Key files are under a kilobyte; anything vastly larger is not one, and reading it all is pointless.
            guard data.count + n <= 1 << 20 else { throw KeystoreError.corruptFile(name: name, reason: "file is larger than 1 MiB") }
            data.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes `data` to a fresh temporary file, fsyncs it, links it to `path` (failing if `path` exists), and
    /// fsyncs the directory so the new name survives a crash.
    static func writeNew(_ data: Data, to path: String, name: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = directory + "/.\(name).\(Hex.encode(SecureRandom.bytes(8))).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw KeystoreError.io(path: temporary, operation: "create", errno: errno) }
        defer { unlink(temporary) }
        var failure: KeystoreError?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .io(path: temporary, operation: "write", errno: errno)
                    return
                }
                offset += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = .io(path: temporary, operation: "fsync", errno: errno) }
        close(fd)
        if let failure { throw failure }
        if link(temporary, path) != 0 {
            throw errno == EEXIST ? KeystoreError.keyExists(name) : KeystoreError.io(path: path, operation: "link", errno: errno)
        }
        let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    static func summary(of error: any Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case let .dataCorrupted(c): return c.debugDescription
            case let .keyNotFound(k, _): return "missing field '\(k.stringValue)'"
            case let .typeMismatch(_, c), let .valueNotFound(_, c):
                return "bad field '\(c.codingPath.map(\.stringValue).joined(separator: "."))'"
            @unknown default: return "undecodable"
            }
        }
        return "\(error)"
    }
}

/// The JSON layout of one key file (version 1).
struct KeyFile: Codable, Equatable {
    var version: Int
    var name: String
    var kind: KeyKind
    var publicKey: String
    var address: String?
    var crypto: Crypto

    struct Crypto: Codable, Equatable {
        var kdf: String
        var kdfParams: Argon2id.Parameters
        var salt: String
        var verifier: String
        var cipher: String
        var nonce: String
        var ciphertext: String
    }

    static let kdfName = "argon2id"
    static let cipherName = "xchacha20-poly1305"

    static func seal(name: String, key: StoredKey, passphrase: String, parameters: Argon2id.Parameters) throws -> KeyFile {
        let salt = SecureRandom.bytes(Argon2id.saltByteCount)
        let nonce = SecureRandom.bytes(XChaCha20Poly1305.nonceByteCount)
        var file = KeyFile(
            version: 1, name: name, kind: key.kind, publicKey: Hex.encode(key.publicKey),
            address: key.address?.checksummed,
            crypto: Crypto(kdf: kdfName, kdfParams: parameters, salt: Hex.encode(salt), verifier: "",
                           cipher: cipherName, nonce: Hex.encode(nonce), ciphertext: ""))
        let (encryptionKey, verifier) = try deriveKeys(passphrase: passphrase, salt: salt, parameters: parameters)
        file.crypto.verifier = Hex.encode(verifier)
        let ciphertext = try XChaCha20Poly1305.seal(key.secret, key: encryptionKey, nonce: nonce, associatedData: file.associatedData)
        file.crypto.ciphertext = Hex.encode(ciphertext)
        return file
    }

    func open(passphrase: String) throws -> StoredKey {
        let salt = try field(crypto.salt, "salt", count: Argon2id.saltByteCount)
        let nonce = try field(crypto.nonce, "nonce", count: XChaCha20Poly1305.nonceByteCount)
        let storedVerifier = try field(crypto.verifier, "verifier", count: 32)
        let ciphertext = try field(crypto.ciphertext, "ciphertext", count: 32 + XChaCha20Poly1305.tagByteCount)
        let (encryptionKey, verifier) = try Self.deriveKeys(passphrase: passphrase, salt: salt, parameters: crypto.kdfParams)
        guard ConstantTime.equals(verifier, storedVerifier) else { throw KeystoreError.wrongPassphrase(name) }
        let secret: [UInt8]
        do {
            secret = try XChaCha20Poly1305.open(ciphertext, key: encryptionKey, nonce: nonce, associatedData: associatedData)
        } catch {
            throw KeystoreError.corruptFile(name: name, reason: "ciphertext or header was altered (authentication failed)")
        }
        var plain = secret
        defer { wipe(&plain) }
        let key: StoredKey
        do { key = try StoredKey(kind: kind, secret: plain) } catch {
            throw KeystoreError.corruptFile(name: name, reason: "decrypted key is invalid")
        }
        guard Hex.encode(key.publicKey) == publicKey else {
            throw KeystoreError.corruptFile(name: name, reason: "public key does not match the private key")
        }
        return key
    }

    func info(path: String) throws -> KeyInfo {
        let pub = try field(publicKey, "publicKey", count: kind == .secp256k1 ? 33 : 32)
        var addr: Address?
        if kind == .secp256k1 {
            guard let a = address, let parsed = try? Address(a) else {
                throw KeystoreError.corruptFile(name: name, reason: "missing or malformed address")
            }
            addr = parsed
        }
        return KeyInfo(name: name, kind: kind, address: addr, publicKey: pub, path: path)
    }

    /// Every public field, in a fixed order with lengths, so that no two headers share associated data.
    var associatedData: [UInt8] {
        let fields = [
            "cairn-keystore", String(version), name, kind.rawValue, publicKey, address ?? "", crypto.kdf,
            String(crypto.kdfParams.opsLimit), String(crypto.kdfParams.memLimit), crypto.salt, crypto.verifier,
            crypto.cipher,
        ]
        var out = [UInt8]()
        for f in fields {
            let bytes = Array(f.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes)
        }
        return out
    }

    private func field(_ hex: String, _ what: String, count: Int) throws -> [UInt8] {
        guard let bytes = try? Hex.decode(hex), bytes.count == count else {
            throw KeystoreError.corruptFile(name: name, reason: "field '\(what)' must be \(count) bytes of hex")
        }
        return bytes
    }

    private static func deriveKeys(
        passphrase: String, salt: [UInt8], parameters: Argon2id.Parameters
    ) throws -> (SecretBytes, [UInt8]) {
        let stretched = try Argon2id.deriveKey(password: Array(passphrase.utf8), salt: salt, parameters: parameters, outputByteCount: 64)
        return stretched.withUnsafeBytes { b in
            (SecretBytes(b[0..<32]), SHA256.hash(Array("cairn-keystore-verifier".utf8) + Array(b[32..<64])))
        }
    }

    init(version: Int, name: String, kind: KeyKind, publicKey: String, address: String?, crypto: Crypto) {
        self.version = version; self.name = name; self.kind = kind; self.publicKey = publicKey
        self.address = address; self.crypto = crypto
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        name = try c.decode(String.self, forKey: .name)
        guard version == 1 else {
            throw KeystoreError.corruptFile(name: name, reason: "unsupported key file version \(version)")
        }
        kind = try c.decode(KeyKind.self, forKey: .kind)
        publicKey = try c.decode(String.self, forKey: .publicKey)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        crypto = try c.decode(Crypto.self, forKey: .crypto)
        guard crypto.kdf == Self.kdfName, crypto.cipher == Self.cipherName else {
            throw KeystoreError.corruptFile(name: name, reason: "unsupported kdf or cipher")
        }
    }
}
