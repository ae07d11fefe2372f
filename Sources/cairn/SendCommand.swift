import ArgumentParser
import CairnClient
import CairnCrypto
import Foundation

/// `cairn send`: one end-to-end encrypted message.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send", abstract: "Send an end-to-end encrypted message; its content ID is anchored on-chain.",
        discussion: """
            The message is encrypted to each of the recipient's current devices and to this account's other \
            devices, stored on the gateway and anchored. Prints the CID, the inbox tag and the block that \
            anchored it (once committed, which is final), unless --no-wait.
            """)
    @Option(help: "The recipient: 0xADDRESS or @HANDLE.") var to: String
    @Argument(help: "The message (default: --file, else standard input).") var message: String?
    @Option(help: "Send this file's bytes.") var file: String?
    @Flag(help: "Return once the gateway has queued the anchors.") var noWait = false
    @OptionGroup var options: MessagingOptions

    func body() throws -> [UInt8] {
        if let message {
            guard file == nil else { throw CLIError("give the message or --file, not both") }
            return Array(message.utf8)
        }
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            return [UInt8](data)
        }
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    func run() async throws {
        let body = try body()
        guard !body.isEmpty else { throw CLIError("the message is empty") }
        let secret = try options.secret()
        let account = try options.accountKey(secret)
        let messenger = try options.messenger(secret)
        let recipient = try await options.run { try await parseRecipient(to).resolve(with: messenger) }
        let report = try await options.run { try await messenger.send(body, to: recipient, account: account, wait: !noWait) }
        struct Copy: Encodable { var device: String; var own: Bool; var cid: String; var tag: String; var anchor: String; var block: UInt64? }
        struct Document: Encodable { var messageId: String; var to: String; var cid: String; var tag: String; var block: UInt64?; var copies: [Copy] }
        let copies = report.copies.map {
            Copy(device: $0.device.hex, own: $0.own, cid: $0.cid.description, tag: $0.tag.hex, anchor: $0.anchorID.hex, block: $0.blockHeight)
        }
        guard let first = copies.first(where: { !$0.own }) else { throw CLIError("no copy was sent") }
        let document = Document(messageId: report.messageID.hex, to: recipient.checksummed, cid: first.cid, tag: first.tag, block: first.block,
                                copies: copies)
        if options.json { return try printJSON(document) }
        print("sent to \(recipient.checksummed): \(copies.filter { !$0.own }.count) device(s), \(copies.filter(\.own).count) own copy(ies)")
        print("cid   \(first.cid)")
        print("tag   \(first.tag)")
        print(first.block.map { "block \($0) (committed)" } ?? "anchor \(first.anchor) queued (--no-wait)")
    }
}
