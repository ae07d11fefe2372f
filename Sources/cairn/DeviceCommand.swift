import ArgumentParser
import CairnClient
import CairnCrypto
import Foundation

/// `cairn device`: the devices of this account.
struct DeviceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "device", abstract: "Add, list and revoke this account's devices.",
        subcommands: [Add.self, List.self, Revoke.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new device with its own keys, authorise it on-chain and publish its key bundle.",
            discussion: """
                Run on the primary device (it holds the identity key). The new device's store is \
                $CAIRN_HOME/messaging/KEY/NAME.store; use it with --device NAME.
                """)
        @Argument(help: "The new device's name.") var name: String
        @OptionGroup var options: MessagingOptions
        @OptionGroup var kdf: NewKeyOptions
        @Option(help: "One-time prekeys to publish for it.") var oneTime = 20

        func run() async throws {
            let secret = try options.secret()
            let account = try options.accountKey(secret)
            let primary = try options.messenger(secret, device: "primary")
            guard let identityKey = primary.identityKeyPair else { throw CLIError("the primary store holds no identity key") }
            let path = try options.storePath(device: name)
            guard !FileManager.default.fileExists(atPath: path) else { throw CLIError("device '\(name)' exists already") }
            let deviceKey = Ed25519.PrivateKey()
            let device = try await options.run {
                try await Messenger.create(
                    at: path, passphrase: secret, kdf: kdf.kdf.parameters, chain: primary.chain, address: primary.address, deviceName: name,
                    deviceKey: deviceKey, identityKey: nil, endpoints: try options.endpoints(), sessionEpochLength: primary.sessionEpochLength)
            }
            try primary.rememberDevice(deviceKey.publicKey.rawRepresentation, name: name)
            let added = try await options.run { try await primary.addDevice(deviceKey.publicKey.rawRepresentation, account: account) }
            let published = try await options.run {
                try await device.publishBundle(oneTime: oneTime, rotate: true, identityKey: identityKey, account: account)
            }
            struct Report: Encodable { var name: String; var key: String; var addedIn: UInt64; var bundleIn: UInt64 }
            let report = Report(name: name, key: deviceKey.publicKey.rawRepresentation.hex, addedIn: added.blockNumber,
                                bundleIn: published.receipt.blockNumber)
            if options.json { return try printJSON(report) }
            print("device \(name) \(report.key) added in block \(report.addedIn); bundle published in block \(report.bundleIn)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List this account's devices as the chain proves them.")
        @OptionGroup var options: MessagingOptions

        func run() async throws {
            let secret = try options.secret()
            let messenger = try options.messenger(secret)
            guard let record = try await options.run({ try await messenger.identity(of: messenger.address) }) else {
                throw CLIError("\(messenger.address.checksummed) has no identity")
            }
            let names = try messenger.deviceNames()
            struct Row: Encodable { var key: String; var name: String?; var active: Bool; var addedAt: UInt64; var revokedAt: UInt64? }
            let rows = [Row(key: record.identityKey.hex, name: "primary", active: true, addedAt: record.registeredAt, revokedAt: nil)]
                + record.devices.map { Row(key: $0.key.hex, name: names[$0.key], active: $0.isActive, addedAt: $0.addedAt,
                                           revokedAt: $0.isActive ? nil : $0.revokedAt) }
            if options.json { return try printJSON(rows) }
            for row in rows {
                let state = row.active ? "active, added in block \(row.addedAt)" : "revoked in block \(row.revokedAt ?? 0)"
                print("\(row.key)  \(row.name ?? "-")  \(state)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a device: from the block that records it, nobody encrypts to it any more.")
        @Argument(help: "The device's name, or its key (0x + 64 hex digits).") var target: String
        @OptionGroup var options: MessagingOptions

        func run() async throws {
            let secret = try options.secret()
            let account = try options.accountKey(secret)
            let primary = try options.messenger(secret, device: "primary")
            let key: [UInt8]
            if target.hasPrefix("0x") {
                key = try parseHex(target, "the device key")
            } else if let found = try primary.deviceNames().first(where: { $0.value == target })?.key {
                key = found
            } else {
                throw CLIError("no device named '\(target)' (give its key instead)")
            }
            let receipt = try await options.run { try await primary.revokeDevice(key, account: account) }
            if options.json {
                struct Report: Encodable { var key: String; var revokedIn: UInt64 }
                return try printJSON(Report(key: key.hex, revokedIn: receipt.blockNumber))
            }
            print("device \(key.hex) revoked in block \(receipt.blockNumber)")
        }
    }
}
