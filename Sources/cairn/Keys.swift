import ArgumentParser
import CairnCrypto
import Foundation

/// `cairn keys`: create, import, list, show and export keys in the encrypted keystore.
struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the keys in the encrypted keystore, and publish messaging key bundles.",
        subcommands: [New.self, Import.self, List.self, Show.self, Export.self, Publish.self, Rotate.self]
    )
}

/// Options every `keys` subcommand shares.
struct KeystoreOptions: ParsableArguments {
    @Option(help: "Cairn home directory (default: $CAIRN_HOME, else ~/.cairn).")
    var home: String?

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    /// The keystore; `parameters` only matter to commands that create keys.
    func keystore(parameters: Argon2id.Parameters = .standard) -> Keystore {
        let directory = home.map { URL(fileURLWithPath: $0).appendingPathComponent("keys") } ?? Keystore.defaultDirectory()
        return Keystore(directory: directory, parameters: parameters)
    }
}

/// Options of the commands that create keys.
struct NewKeyOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Argon2id cost: 'standard' (256 MiB, about 0.5 s here) or 'interactive' (64 MiB, for small machines).",
        valueName: "profile"))
    var kdf: KDFProfile = .standard
}

/// Named Argon2id cost profiles.
enum KDFProfile: String, ExpressibleByArgument, CaseIterable {
    case standard
    case interactive

    var parameters: Argon2id.Parameters {
        switch self {
        case .standard: return .standard
        case .interactive: return .interactive
        }
    }
}

/// Where the passphrase comes from: `--passphrase-file`, then `CAIRN_PASSPHRASE`, then a terminal prompt.
struct PassphraseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the passphrase from this file (one trailing newline is ignored).", valueName: "file"))
    var passphraseFile: String?

    /// The passphrase; `confirm` asks twice when prompting, for new keys.
    func passphrase(confirm: Bool) throws -> String {
        if let passphraseFile {
            guard let data = FileManager.default.contents(atPath: passphraseFile) else {
                throw CLIError("cannot read passphrase file \(passphraseFile)")
            }
            var text = String(decoding: data, as: UTF8.self)
            if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
            return try nonEmpty(text)
        }
        if let env = ProcessInfo.processInfo.environment["CAIRN_PASSPHRASE"] { return try nonEmpty(env) }
        guard let first = Terminal.prompt("Passphrase: ", secret: true) else {
            throw CLIError("no passphrase: set CAIRN_PASSPHRASE or pass --passphrase-file (there is no terminal to ask on)")
        }
        if confirm {
            guard Terminal.prompt("Repeat passphrase: ", secret: true) == first else {
                throw CLIError("the two passphrases differ")
            }
        }
        return try nonEmpty(first)
    }

    private func nonEmpty(_ s: String) throws -> String {
        guard !s.isEmpty else { throw CLIError("the passphrase must not be empty") }
        return s
    }
}

extension KeyKind: ExpressibleByArgument {}

/// The public facts of a key, as `--json` prints them.
struct KeyReport: Encodable {
    let name: String
    let kind: String
    let address: String?
    let publicKey: String
    let path: String

    init(_ info: KeyInfo) {
        name = info.name
        kind = info.kind.rawValue
        address = info.address?.checksummed
        publicKey = "0x" + Hex.encode(info.publicKey)
        path = info.path
    }

    /// Human form: one `label: value` per line, aligned.
    var text: String {
        var lines = [("name", name), ("kind", kind)]
        if let address { lines.append(("address", address)) }
        lines.append(("public key", publicKey))
        lines.append(("file", path))
        return lines.map { $0.0.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }
}

extension Keys {
    /// `cairn keys new`: a fresh random key.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a new random key.")

        @Option(help: "Name of the new key.") var name: String
        @Option(help: "Kind of key: secp256k1 (an account) or ed25519 (a validator or device key).")
        var type: KeyKind = .secp256k1
        @OptionGroup var options: KeystoreOptions
        @OptionGroup var cost: NewKeyOptions
        @OptionGroup var passphrase: PassphraseOptions

        func run() async throws {
            let store = options.keystore(parameters: cost.kdf.parameters)
            try Keystore.validate(name: name)
            if store.contains(name: name) { throw KeystoreError.keyExists(name) }
            let key: StoredKey = type == .secp256k1 ? .secp256k1(.init()) : .ed25519(.init())
            let info = try store.create(name: name, key: key, passphrase: passphrase.passphrase(confirm: true))
            let report = KeyReport(info)
            if options.json { try printJSON(report) } else { print(report.text) }
        }
    }

    /// `cairn keys import`: an existing key from hex or a BIP-39 mnemonic.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a key: private-key hex from stdin or a file, or a BIP-39 mnemonic.",
            discussion: """
                With --mnemonic-file the key is derived at m/44'/60'/0'/0/INDEX, the path Ethereum wallets and \
                devnets use, so the development mnemonic gives the usual development accounts.
                """
        )

        @Option(help: "Name for the imported key.") var name: String
        @Option(help: ArgumentHelp("Read the private key (hex) from this file instead of stdin.", valueName: "file"))
        var privateKeyFile: String?
        @Option(help: ArgumentHelp("Derive the key from the BIP-39 mnemonic in this file.", valueName: "file"))
        var mnemonicFile: String?
        @Option(help: "Account index in m/44'/60'/0'/0/INDEX (with --mnemonic-file).") var index: UInt32 = 0
        @Option(help: "Kind of key in the hex (a 32-byte scalar or Ed25519 seed).") var type: KeyKind = .secp256k1
        @OptionGroup var options: KeystoreOptions
        @OptionGroup var cost: NewKeyOptions
        @OptionGroup var passphrase: PassphraseOptions

        func validate() throws {
            if mnemonicFile != nil && privateKeyFile != nil {
                throw ValidationError("give either --mnemonic-file or --private-key-file, not both")
            }
            if mnemonicFile != nil && type != .secp256k1 {
                throw ValidationError("--mnemonic-file derives secp256k1 account keys only")
            }
        }

        func run() async throws {
            let store = options.keystore(parameters: cost.kdf.parameters)
            try Keystore.validate(name: name)
            if store.contains(name: name) { throw KeystoreError.keyExists(name) }
            let key: StoredKey
            if let mnemonicFile {
                guard let data = FileManager.default.contents(atPath: mnemonicFile) else {
                    throw CLIError("cannot read mnemonic file \(mnemonicFile)")
                }
                let mnemonic = try Mnemonic(phrase: String(decoding: data, as: UTF8.self))
                let node = try ExtendedPrivateKey(seed: mnemonic.seed()).derive(.ethereum(index: index))
                key = .secp256k1(node.privateKey)
            } else {
                let text: String
                if let privateKeyFile {
                    guard let data = FileManager.default.contents(atPath: privateKeyFile) else {
                        throw CLIError("cannot read private key file \(privateKeyFile)")
                    }
                    text = String(decoding: data, as: UTF8.self)
                } else if isatty(STDIN_FILENO) == 1 {
                    guard let typed = Terminal.prompt("Private key (hex): ", secret: true) else {
                        throw CLIError("no private key given on stdin")
                    }
                    text = typed
                } else {
                    text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                }
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard var bytes = try? Hex.decode(trimmed), bytes.count == 32 else {
                    throw CLIError("the private key must be 32 bytes of hex (64 digits, 0x optional)")
                }
                defer { bytes.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) } }
                key = try StoredKey(kind: type, secret: bytes)
            }
            let info = try store.create(name: name, key: key, passphrase: passphrase.passphrase(confirm: true))
            let report = KeyReport(info)
            if options.json { try printJSON(report) } else { print(report.text) }
        }
    }

    /// `cairn keys list`: every key's public facts; needs no passphrase.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the keys in the keystore.")
        @OptionGroup var options: KeystoreOptions

        struct Listing: Encodable { let keys: [KeyReport] }

        func run() async throws {
            let reports = try options.keystore().list().map(KeyReport.init)
            if options.json { return try printJSON(Listing(keys: reports)) }
            if reports.isEmpty { return print("no keys in \(options.keystore().directory.path)") }
            let width = max(4, reports.map(\.name.count).max() ?? 0) + 2
            print("NAME".padding(toLength: width, withPad: " ", startingAt: 0) + "KIND       ADDRESS / PUBLIC KEY")
            for r in reports {
                print(r.name.padding(toLength: width, withPad: " ", startingAt: 0)
                      + r.kind.padding(toLength: 11, withPad: " ", startingAt: 0) + (r.address ?? r.publicKey))
            }
        }
    }

    /// `cairn keys show`: one key's public facts; needs no passphrase.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a key's address and public key.")
        @Argument(help: "Name of the key.") var name: String
        @OptionGroup var options: KeystoreOptions

        func run() async throws {
            let report = KeyReport(try options.keystore().info(name: name))
            if options.json { try printJSON(report) } else { print(report.text) }
        }
    }

    /// `cairn keys export`: the private key in plain hex, after confirmation.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a key's private key in plain hex (asks for confirmation).")
        @Argument(help: "Name of the key.") var name: String
        @Flag(help: "Do not ask for confirmation (for scripts).") var yes = false
        @OptionGroup var options: KeystoreOptions
        @OptionGroup var passphrase: PassphraseOptions

        struct Exported: Encodable {
            let name: String
            let kind: String
            let address: String?
            let publicKey: String
            let privateKey: String
        }

        func run() async throws {
            let store = options.keystore()
            let info = try store.info(name: name)
            if !yes {
                guard let answer = Terminal.prompt(
                    "This prints the private key of '\(name)' in plain text. Type the key name to confirm: ", secret: false)
                else { throw CLIError("refusing to export without confirmation: pass --yes in scripts") }
                guard answer == name else { throw CLIError("not confirmed; nothing exported") }
            }
            let key = try store.unlock(name: name, passphrase: passphrase.passphrase(confirm: false))
            let report = KeyReport(info)
            let exported = Exported(
                name: name, kind: report.kind, address: report.address, publicKey: report.publicKey,
                privateKey: "0x" + Hex.encode(key.secret.unprotectedBytes))
            if options.json { try printJSON(exported) } else { print(exported.privateKey) }
        }
    }
}
