import ArgumentParser
import CairnClient
import CairnCrypto
import Foundation

/// `cairn inbox`: fetch, verify, decrypt and show messages.
struct InboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox", abstract: "Fetch new messages, check them and show the conversation history.",
        discussion: """
            Every entry is checked before it is shown: the inbox listing is proved complete against a block \
            signed by more than 2/3 of the validator power, each envelope hashes to its CID, decrypts, and comes \
            from a device the sender's identity authorises. Entries that fail are reported, not shown.
            """)
    @OptionGroup var options: MessagingOptions
    @Flag(help: "Keep fetching (every --interval seconds) and print messages as they arrive.") var follow = false
    @Option(help: "Seconds between fetches with --follow.") var interval: Double = 1
    @Option(help: "Only messages sent at or after this time: Unix seconds, or an age like 10m, 2h, 3d.") var since: String?
    @Flag(help: "Only show what this fetch brought.") var new = false
    @Option(help: "Accept first messages only from these accounts (comma-separated; 'open' accepts anyone).") var allow: String?

    struct Row: Encodable {
        var direction: String
        var from: String
        var peer: String
        var sentAt: UInt64
        var text: String
        var messageId: String
        var sequence: UInt64
        var cid: String
        var tag: String
        var block: UInt64
        var verified: Bool
    }

    func sinceMillis() throws -> UInt64 {
        guard let since else { return 0 }
        let now = UInt64(Date().timeIntervalSince1970)
        let units: [Character: UInt64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        if let unit = since.last, let scale = units[unit], let count = UInt64(since.dropLast()) {
            return (now - min(now, count * scale)) * 1_000
        }
        guard let seconds = UInt64(since) else { throw CLIError("--since takes Unix seconds or an age like 10m, 2h, 3d") }
        return seconds * 1_000
    }

    static func row(_ message: StoredMessage) -> Row {
        Row(direction: message.direction == .received ? "received" : "sent", from: message.sender.checksummed, peer: message.peer.checksummed,
            sentAt: message.sentAt, text: message.text, messageId: message.messageID.hex, sequence: message.sequence,
            cid: Messenger.cidText(message.cid), tag: message.tag.hex, block: message.anchorHeight, verified: message.verified)
    }

    func run() async throws {
        let secret = try options.secret()
        let messenger = try options.messenger(secret)
        if let allow {
            try messenger.setContactPolicy(allowing: allow == "open" ? nil : try allow.split(separator: ",").map { try parseAddress(String($0)) })
        }
        let since = try sinceMillis()
        repeat {
            let report = try await options.run { try await messenger.sync() }
            let shown = new || follow ? report.received.filter { $0.sentAt >= since } : try messenger.messages(since: since)
            try messenger.acknowledge(shown)
            if options.json {
                struct Rejected: Encodable { var cid: String; var reason: String }
                struct Document: Encodable {
                    var address: String; var device: String; var messages: [Row]; var rejected: [Rejected]; var refused: Int
                    var unresolvedBatches: Int; var tagsRead: Int
                }
                try printJSON(Document(
                    address: messenger.address.checksummed, device: messenger.deviceName, messages: shown.map(Self.row),
                    rejected: report.rejected.map { Rejected(cid: $0.cid, reason: $0.reason) }, refused: report.refused,
                    unresolvedBatches: report.unresolvedBatches, tagsRead: report.tagsRead))
            } else {
                for message in shown { print(Self.line(message, me: messenger.address).safeForTerminal()) }
                for item in report.rejected { print("REJECTED \(item.cid): \(item.reason)".safeForTerminal()) }
                if report.refused > 0 { print("\(report.refused) first message(s) from senders not on the allow list were dropped") }
                if report.unresolvedBatches > 0 { print("WARNING: \(report.unresolvedBatches) batch(es) could not be checked (no manifest)") }
                if !follow && shown.isEmpty { print("no messages") }
            }
            if follow { try await Task.sleep(for: .milliseconds(Int(max(interval, 0.1) * 1_000))) }
        } while follow
    }

    static func line(_ message: StoredMessage, me: Address) -> String {
        let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(message.sentAt) / 1_000))
        let who = message.direction == .received ? "from \(message.sender.checksummed)" : "to   \(message.peer.checksummed)"
        let check = message.verified ? "✓ verified" : "✗ unverified"
        let block = message.anchorHeight > 0 ? "block \(message.anchorHeight)" : "not yet anchored"
        return "\(time)  \(who)  [\(block), \(check)]\n    \(message.text)"
    }
}

