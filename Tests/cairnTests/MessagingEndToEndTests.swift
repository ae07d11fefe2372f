import CairnChain
import CairnClient
import CairnCrypto
import CairnMessaging
import CairnRPC
import Foundation
import Testing

extension LiveDevnetTests {
    /// Two people on a real devnet (4 validator processes and the devnet's gateway): the CLI registers them
    /// and sends the first message; the client library then carries 200 more both ways, with the recipient
    /// offline for half, a second device added and then revoked.
    @Suite("messaging end to end on a devnet", .timeLimit(.minutes(12)))
    struct MessagingEndToEndTests {
        static let passphrase = "end to end passphrase"
        /// Conversation tags change every 4 s here, so the exchange spans many epochs.
        static let sessionEpoch: UInt64 = 4

        @Test("200 messages both ways: exactly once, in order, offline recipient, second device, revoked device, no metadata in clear")
        func exchange() async throws {
            let devnet = try await DevnetHarness.up(validators: 4, blockTime: 0.3)
            let environment = ["CAIRN_DEVNET": devnet.directory.path, "CAIRN_PASSPHRASE": Self.passphrase]
            let genesis = try Genesis.load(from: devnet.directory.appendingPathComponent("genesis.json"))
            func cli(_ arguments: [String], timeout: TimeInterval = 90) async throws -> [String: Any] {
                let result = try await devnet.runner.run(arguments + ["--json"], extraEnvironment: environment, timeout: timeout)
                try #require(result.status == 0, "cairn \(arguments.joined(separator: " ")): \(result.stderr)")
                return try result.json()
            }
            let aliceKey = try DevnetKeys.accountKey(1, genesis: genesis)
            let bobKey = try DevnetKeys.accountKey(2, genesis: genesis)
            for (name, key) in [("alice", aliceKey), ("bob", bobKey)] {
                let file = devnet.runner.home.appendingPathComponent("\(name).hex")
                try Data(Hex.encode(key.rawRepresentation.unprotectedBytes).utf8).write(to: file)
                let imported = try await devnet.runner.run(
                    ["keys", "import", "--name", name, "--private-key-file", file.path, "--kdf", "interactive"], extraEnvironment: environment)
                try #require(imported.status == 0, "\(imported.stderr)")
                _ = try await cli(["id", "register", "--key", name, "--handle", name, "--kdf", "interactive", "--session-epoch", String(Self.sessionEpoch)])
                _ = try await cli(["keys", "publish", "--key", name, "--one-time", "5"])
            }
            let aliceAddress = Address(publicKey: aliceKey.publicKey)
            let bobAddress = Address(publicKey: bobKey.publicKey)

            // The CLI path: send by handle, read with `inbox`.
            let sent = try await cli(["send", "--key", "alice", "--to", "@bob", "hello bob, from the command line"])
            #expect((sent["block"] as? Int ?? 0) > 0, "sent: \(sent)")
            #expect((sent["cid"] as? String)?.hasPrefix("bafkrei") == true)
            let inbox = try await cli(["inbox", "--key", "bob"])
            let first = try #require((inbox["messages"] as? [[String: Any]])?.first, "inbox: \(inbox)")
            #expect(first["text"] as? String == "hello bob, from the command line")
            #expect(first["from"] as? String == aliceAddress.checksummed)
            #expect(first["verified"] as? Bool == true)
            #expect((inbox["rejected"] as? [Any])?.isEmpty == true)

            // The library path, on the same stores.
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: devnet.directory.appendingPathComponent("devnet.json"))) as? [String: Any]
            let gatewayText = try #require(manifest?["gatewayURL"] as? String)
            let gatewayURL = try #require(URL(string: gatewayText))
            let endpoints = MessengerEndpoints(gateway: gatewayURL, node: devnet.nodes[0].rpc)
            func store(_ key: String, _ device: String) -> String {
                devnet.runner.home.appendingPathComponent("messaging/\(key)/\(device).store").path
            }
            let alice = try Messenger.open(at: store("alice", "primary"), passphrase: Self.passphrase, endpoints: endpoints)
            let bob = try Messenger.open(at: store("bob", "primary"), passphrase: Self.passphrase, endpoints: endpoints)
            var tagsByEpoch: [[UInt8]: Set<UInt64>] = [:]
            func send(_ from: Messenger, _ key: Secp256k1.PrivateKey, _ to: Address, _ text: String, wait: Bool = false) async throws {
                let before = UInt64(Date().timeIntervalSince1970) / Self.sessionEpoch
                let report = try await from.send(Array(text.utf8), to: to, account: key, wait: wait)
                // A send that straddles an epoch's end may have used either epoch's tag: not counted.
                guard UInt64(Date().timeIntervalSince1970) / Self.sessionEpoch == before else { return }
                for copy in report.copies { tagsByEpoch[copy.tag, default: []].insert(before) }
            }

            // Both online: 50 each way, reading as they go.
            for index in 0..<50 {
                try await send(alice, aliceKey, bobAddress, "a->b \(index)")
                try await send(bob, bobKey, aliceAddress, "b->a \(index)")
                if index % 10 == 9 {
                    _ = try await bob.sync()
                    _ = try await alice.sync()
                }
            }
            // Each phase starts in an epoch of its own, however fast the machine: the check below that no
            // conversation tag spans two epochs then always has at least three to compare.
            try await Self.waitForNextEpoch()
            // Bob adds a phone; then goes offline while alice sends 50 more, which the phone reads.
            _ = try await cli(["device", "add", "phone", "--key", "bob", "--kdf", "interactive"])
            let phone = try Messenger.open(at: store("bob", "phone"), passphrase: Self.passphrase, endpoints: endpoints)
            for index in 50..<100 {
                try await send(alice, aliceKey, bobAddress, "a->b \(index)")
                if index % 10 == 9 { _ = try await phone.sync() }
            }
            // Bob is back: everything alice sent is there, once.
            try await readUntil(bob, count: 101, from: aliceAddress)
            for index in 50..<100 { try await send(bob, bobKey, aliceAddress, "b->a \(index)") }
            try await readUntil(alice, count: 100, from: bobAddress)
            try await readUntil(phone, count: 50, from: aliceAddress)

            try await Self.waitForNextEpoch()
            // The phone is revoked: what alice sends next reaches bob's primary device only.
            _ = try await cli(["device", "revoke", "phone", "--key", "bob"])
            for index in 0..<3 { try await send(alice, aliceKey, bobAddress, "after revocation \(index)", wait: true) }
            try await readUntil(bob, count: 104, from: aliceAddress)
            _ = try await phone.sync()

            try expectExactlyOnceInOrder(bob, from: aliceAddress, expected: ["hello bob, from the command line"] + (0..<100).map { "a->b \($0)" }
                + (0..<3).map { "after revocation \($0)" })
            try expectExactlyOnceInOrder(alice, from: bobAddress, expected: (0..<100).map { "b->a \($0)" })
            try expectExactlyOnceInOrder(phone, from: aliceAddress, expected: (50..<100).map { "a->b \($0)" })
            // The phone also holds bob's own messages sent while it was active, as sent-copies.
            let phoneSent = try phone.messages().filter { $0.direction == .sent }.map(\.text)
            #expect(Set(phoneSent) == Set((50..<100).map { "b->a \($0)" }))

            // No conversation tag is used in two epochs (first-contact tags are per day, per device).
            let repeated = tagsByEpoch.filter { $0.value.count > 1 && !Self.isFirstContact($0.key, devices: [alice, bob, phone]) }
            #expect(repeated.isEmpty, "\(repeated.count) conversation tags were used in more than one epoch")
            let epochs = Set(tagsByEpoch.values.flatMap { $0 })
            #expect(epochs.count >= 3, "the exchange spanned only \(epochs.count) epochs")
            #expect(tagsByEpoch.count >= epochs.count, "only \(tagsByEpoch.count) distinct tags in \(epochs.count) epochs")

            try await expectNoMetadataInClear(devnet, addresses: [aliceAddress, bobAddress], texts: ["a->b 7", "b->a 42", "after revocation 1"])
        }

        /// Sleeps into the next session epoch (at most `sessionEpoch` seconds).
        static func waitForNextEpoch() async throws {
            let now = Date().timeIntervalSince1970
            let next = (now / Double(sessionEpoch)).rounded(.down) * Double(sessionEpoch) + Double(sessionEpoch)
            try await Task.sleep(for: .milliseconds(Int((next - now) * 1000) + 100))
        }

        /// Syncs until `count` messages from `sender` are stored (or fails after a minute).
        func readUntil(_ messenger: Messenger, count: Int, from sender: Address) async throws {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                let report = try await messenger.sync()
                #expect(report.rejected.isEmpty, "rejected: \(report.rejected)")
                if try messenger.messages().filter({ $0.sender == sender && $0.direction == .received }).count >= count { return }
                try await Task.sleep(for: .milliseconds(300))
            }
            let have = try messenger.messages().filter { $0.sender == sender && $0.direction == .received }.count
            Issue.record("\(messenger.deviceName) has \(have) of \(count) messages from \(sender.checksummed)")
        }

        func expectExactlyOnceInOrder(_ messenger: Messenger, from sender: Address, expected: [String]) throws {
            let received = try messenger.messages().filter { $0.sender == sender && $0.direction == .received }
            #expect(received.map(\.text) == expected, "\(messenger.deviceName): got \(received.count), expected \(expected.count)")
            #expect(received.allSatisfy { $0.verified })
            #expect(received.allSatisfy { $0.anchorHeight > 0 })
            let sequences = received.map(\.sequence)
            #expect(sequences == sequences.sorted() && Set(sequences).count == sequences.count)
        }

        static func isFirstContact(_ tag: [UInt8], devices: [Messenger]) -> Bool {
            let today = InboxTag.epoch(at: UInt64(Date().timeIntervalSince1970))
            for device in devices {
                for day in (today - 1)...(today + 1) {
                    let candidate = InboxTag.firstContact(chainID: device.chain.chainID, deviceKey: device.deviceKey, epoch: day)
                    if candidate == tag { return true }
                }
            }
            return false
        }

        /// Every block's transactions and events, and the gateway's whole blob store on disk: no plaintext, and
        /// neither address in any Inbox transaction, event or stored blob.
        func expectNoMetadataInClear(_ devnet: DevnetHarness, addresses: [Address], texts: [String]) async throws {
            let head = try #require(await devnet.height(0))
            let inbox = "0x0000000000000000000000000000000000001003"
            var inboxBytes: [[UInt8]] = []
            var allBytes: [[UInt8]] = []
            for height in 1...head {
                let block = try await devnet.call(0, "eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), .bool(true)])
                for transaction in block["transactions"]?.array ?? [] {
                    let input = try Hex.decode((transaction["input"]?.string ?? "0x").dropFirst(2))
                    allBytes.append(input)
                    if transaction["to"]?.string?.lowercased() == inbox { inboxBytes.append(input) }
                }
            }
            let logs = try await devnet.call(0, "eth_getLogs", [["fromBlock": "0x1", "toBlock": .string("0x" + String(head, radix: 16)), "address": .string(inbox)]])
            for log in logs.array ?? [] {
                inboxBytes.append(try Hex.decode((log["data"]?.string ?? "0x").dropFirst(2)))
                for topic in log["topics"]?.array ?? [] { inboxBytes.append(try Hex.decode((topic.string ?? "0x").dropFirst(2))) }
            }
            #expect(!inboxBytes.isEmpty)
            var blobFiles: [[UInt8]] = []
            let gatewayHome = devnet.directory.appendingPathComponent("gateway")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: gatewayHome.path)) ?? [] where name.hasPrefix("blobs.sqlite") {
                blobFiles.append([UInt8](try Data(contentsOf: gatewayHome.appendingPathComponent(name))))
            }
            #expect(!blobFiles.isEmpty)
            for text in texts {
                let needle = Array(text.utf8)
                #expect(!(allBytes + inboxBytes + blobFiles).contains { $0.containsBytes(needle) }, "'\(text)' is in the clear")
            }
            for address in addresses {
                for needle in [address.bytes, Array(Hex.encode(address.bytes).utf8), Array(address.checksummed.utf8)] {
                    #expect(!(inboxBytes + blobFiles).contains { $0.containsBytes(needle) }, "\(address.checksummed) is in an anchor or a blob")
                }
            }
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in this array.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { start in self[start..<start + needle.count].elementsEqual(needle) }
    }
}
