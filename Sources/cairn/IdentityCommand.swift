import ArgumentParser
import CairnClient
import CairnCrypto
import CairnMessaging
import Foundation

/// `cairn id`: register an identity and look identities up.
struct IdentityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id", abstract: "Register this account's messaging identity, or show one.",
        subcommands: [Register.self, Show.self, RegisterWallet.self])

    /// What `id register` and `id show` print with --json.
    struct Report: Encodable {
        var address: String
        var handle: String?
        var identityKey: String
        var devices: [DeviceReport]
        var block: UInt64?
        var provedAt: UInt64?
    }

    struct DeviceReport: Encodable {
        var key: String
        var active: Bool
        var addedAt: UInt64
        var revokedAt: UInt64?
        var name: String?
    }

    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create this account's identity key (primary device) and register it on-chain.",
            discussion: "The keys are kept in $CAIRN_HOME/messaging/KEY/primary.store, encrypted with the passphrase.")
        @OptionGroup var options: MessagingOptions
        @OptionGroup var trust: GenesisOptions
        @OptionGroup var kdf: NewKeyOptions
        @Option(help: "A unique handle: 1 to 32 of a-z 0-9 _ -, starting with a letter.") var handle = ""
        @Option(help: "Session tag epoch in seconds (how often conversation tags change).") var sessionEpoch: UInt64 = SessionTag.defaultEpochLength

        func run() async throws {
            let secret = try options.secret()
            let account = try options.accountKey(secret)
            let path = try options.storePath(device: "primary")
            let messenger: Messenger
            if FileManager.default.fileExists(atPath: path) {
                // A registration that failed after the store was made is retried with the same identity key.
                messenger = try options.messenger(secret, device: "primary")
            } else {
                let identityKey = Ed25519.PrivateKey()
                messenger = try await options.run {
                    try await Messenger.create(
                        at: path, passphrase: secret, kdf: kdf.kdf.parameters, chain: try trust.context(),
                        address: Address(publicKey: account.publicKey), deviceName: "primary", deviceKey: identityKey,
                        identityKey: identityKey, endpoints: try options.endpoints(), sessionEpochLength: max(sessionEpoch, 1))
                }
            }
            let receipt = try await options.run { try await messenger.register(handle: handle, account: account) }
            let report = Report(
                address: messenger.address.checksummed, handle: handle.isEmpty ? nil : handle,
                identityKey: (messenger.identityKey ?? []).hex, devices: [], block: receipt?.blockNumber, provedAt: nil)
            if options.json { return try printJSON(report) }
            if let receipt {
                print("registered \(report.address)\(handle.isEmpty ? "" : " as @\(handle)") in block \(receipt.blockNumber)")
            } else {
                print("\(report.address) is registered already, with this identity key")
            }
            print("identity key \(report.identityKey)")
            print("next: cairn keys publish --key \(options.key)")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an identity (default: this account's), proved against a block signed by 2/3 of the validators.")
        @Argument(help: "0xADDRESS or @HANDLE.") var who: String?
        @OptionGroup var options: MessagingOptions

        func run() async throws {
            let secret = try options.secret()
            let messenger = try options.messenger(secret)
            let owner = try await options.run { try await (who.map(parseRecipient) ?? .address(messenger.address)).resolve(with: messenger) }
            guard let record = try await options.run({ try await messenger.identity(of: owner) }) else {
                throw CLIError("\(owner.checksummed) has no identity")
            }
            let names = try messenger.deviceNames()
            let devices = [DeviceReport(key: record.identityKey.hex, active: true, addedAt: record.registeredAt, revokedAt: nil, name: "primary")]
                + record.devices.map {
                    DeviceReport(key: $0.key.hex, active: $0.isActive, addedAt: $0.addedAt, revokedAt: $0.isActive ? nil : $0.revokedAt,
                                 name: owner == messenger.address ? names[$0.key] : nil)
                }
            let report = Report(
                address: owner.checksummed, handle: record.handle.isEmpty ? nil : record.handle, identityKey: record.identityKey.hex,
                devices: devices, block: nil, provedAt: messenger.lastVerifiedHeight)
            if options.json { return try printJSON(report) }
            print("\(report.address)\(record.handle.isEmpty ? "" : "  @\(record.handle)")".safeForTerminal())
            print("identity key \(report.identityKey)  registered in block \(record.registeredAt)")
            for device in devices {
                let state = device.active ? "active" : "revoked in block \(device.revokedAt ?? 0)"
                print("  device \(device.key)  \(state)\(device.name.map { "  (\($0))" } ?? "")".safeForTerminal())
            }
            print("proved at block \(report.provedAt ?? 0) (signed by more than 2/3 of the validator power)")
        }
    }

    struct RegisterWallet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "register-wallet",
            abstract: "Register an Ethereum wallet's identity with its EIP-191 signature; this account pays.",
            discussion: """
                First run with --print-message to get the text for the wallet to sign (personal_sign); then run \
                again with --wallet-signature FILE (the 65-byte signature in hex). The identity key is kept in \
                the store of the key named by --wallet-key, which must be the wallet's key imported into the \
                keystore (it signs this identity's later changes and publishes its bundles).
                """)
        @OptionGroup var options: MessagingOptions
        @OptionGroup var trust: GenesisOptions
        @OptionGroup var kdf: NewKeyOptions
        @Option(help: "The wallet's key in this keystore (its address owns the identity).") var walletKey: String
        @Option(help: "A unique handle.") var handle = ""
        @Option(help: "File with the wallet's signature (0x + 130 hex digits).") var walletSignature: String?
        @Flag(help: "Print the text the wallet must sign, and stop.") var printMessage = false

        func run() async throws {
            let secret = try options.secret()
            let payer = try options.accountKey(secret)
            var walletOptions = options
            walletOptions.key = walletKey
            let wallet = try walletOptions.accountKey(secret)
            let owner = Address(publicKey: wallet.publicKey)
            let path = try walletOptions.storePath(device: "primary")
            let messenger: Messenger
            if FileManager.default.fileExists(atPath: path) {
                messenger = try walletOptions.messenger(secret, device: "primary")
            } else {
                let identityKey = Ed25519.PrivateKey()
                messenger = try await options.run {
                    try await Messenger.create(
                        at: path, passphrase: secret, kdf: kdf.kdf.parameters, chain: try trust.context(), address: owner,
                        deviceName: "primary", deviceKey: identityKey, identityKey: identityKey, endpoints: try options.endpoints())
                }
            }
            let text = try messenger.walletRegistrationText(handle: handle)
            if printMessage { return print(text) }
            guard let walletSignature else { throw CLIError("give --wallet-signature FILE, or --print-message to get the text to sign") }
            guard let data = FileManager.default.contents(atPath: walletSignature) else { throw CLIError("cannot read \(walletSignature)") }
            let signature = try parseHex(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), "the wallet signature")
            let receipt = try await options.run {
                try await messenger.registerWallet(handle: handle, walletSignature: signature, payer: payer)
            }
            if options.json {
                return try printJSON(Report(address: owner.checksummed, handle: handle.isEmpty ? nil : handle,
                                            identityKey: (messenger.identityKey ?? []).hex, devices: [], block: receipt.blockNumber, provedAt: nil))
            }
            print("registered \(owner.checksummed) (wallet-signed, paid by \(Address(publicKey: payer.publicKey).checksummed)) in block \(receipt.blockNumber)")
        }
    }
}
