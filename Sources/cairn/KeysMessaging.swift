import ArgumentParser
import CairnClient
import Foundation

extension Keys {
    /// `cairn keys publish`: this device's key bundle.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish this device's key bundle: a signed prekey and one-time prekeys.",
            discussion: "The signed prekey is kept while it has more than a quarter of its month left; --one-time adds fresh one-time prekeys.")
        @OptionGroup var options: MessagingOptions
        @Option(help: "One-time prekeys to publish (0 to 100).") var oneTime = 20

        func run() async throws { try await publish(options: options, oneTime: oneTime, rotate: false) }
    }

    /// `cairn keys rotate`: a new signed prekey.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace this device's signed prekey (the previous one still opens messages until it expires).")
        @OptionGroup var options: MessagingOptions
        @Option(help: "One-time prekeys to publish with it (0 to 100).") var oneTime = 20

        func run() async throws { try await publish(options: options, oneTime: oneTime, rotate: true) }
    }
}

/// Publishes the bundle of `--device`, signed with the primary device's identity key.
private func publish(options: MessagingOptions, oneTime: Int, rotate: Bool) async throws {
    let secret = try options.secret()
    let account = try options.accountKey(secret)
    let device = try options.messenger(secret)
    let primary = device.isPrimary ? device : try options.messenger(secret, device: "primary")
    guard let identityKey = primary.identityKeyPair else { throw CLIError("the primary store holds no identity key") }
    let published = try await options.run {
        try await device.publishBundle(oneTime: oneTime, rotate: rotate, identityKey: identityKey, account: account)
    }
    struct Report: Encodable { var device: String; var signedPrekey: String; var expiry: UInt64; var oneTimePrekeys: Int; var block: UInt64 }
    let report = Report(device: device.deviceKey.hex, signedPrekey: published.signedPrekey.hex, expiry: published.expiry,
                        oneTimePrekeys: published.oneTimePrekeys, block: published.receipt.blockNumber)
    if options.json { return try printJSON(report) }
    print("published the bundle of device \(device.deviceName) in block \(report.block): signed prekey \(report.signedPrekey) " +
          "(expires \(Date(timeIntervalSince1970: Double(report.expiry)))), \(report.oneTimePrekeys) one-time prekeys")
}
