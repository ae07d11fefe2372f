import CairnChain
import CairnCodec
import CairnCrypto
import CairnMessaging
import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveNodeTests {
    /// `cairn explorer` through the real executable, against a real dev node after `ExplorerHistory`:
    /// each subcommand's `--json` holds the history's values, and its text shows them.
    @Suite("cairn explorer", .timeLimit(.minutes(8)))
    struct ExplorerCommandTests {
        /// Runs `explorer ARGS --rpc URL` and parses its one JSON document.
        struct Explorer {
            let cli: CLIRunner
            let rpc: [String]

            func text(_ args: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
                let result = try await cli.run(["explorer"] + args + rpc)
                try #require(result.status == 0, "explorer \(args): \(result.stderr)", sourceLocation: sourceLocation)
                for line in result.stdout.split(separator: "\n") {
                    #expect(line.count <= 100, "explorer \(args) printed a line wider than 100 columns: \(line)", sourceLocation: sourceLocation)
                }
                return result.stdout
            }

            func json(_ args: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
                let result = try await cli.run(["explorer"] + args + ["--json"] + rpc)
                try #require(result.status == 0, "explorer \(args) --json: \(result.stderr)", sourceLocation: sourceLocation)
                return try JSONValue(parsing: result.stdout)
            }

            /// A failure: non-zero exit and exactly one line on stderr containing `text`.
            func failure(_ args: [String], containing text: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
                let result = try await cli.run(["explorer"] + args + rpc)
                ContractCommandTests.expectOneLineFailure(result, containing: text, sourceLocation: sourceLocation)
            }
        }

        static func checksummed(_ address: Address) -> JSONValue { .string(address.checksummed) }

        @Test("after a scripted history every subcommand shows it, as JSON and as text")
        func history() async throws {
            let node = try await DevNodeProcess.launch()
            let cli = try CLIRunner()
            defer {
                node.removeHome()
                cli.cleanUp()
            }
            try await node.showingOutputOnFailure {
                let history = try await ExplorerHistory.run(on: node.client)
                // One more anchor, under alice's first-contact tag of today, for `inbox @alice`.
                let chainInfo = try await node.client.call("cairn_chainInfo")
                let latest = try await node.client.call("eth_getBlockByNumber", ["latest", false])
                let timestamp = try #require(latest["timestamp"]?.string)
                let headTime = try #require(UInt64(timestamp.dropFirst(2), radix: 16))
                let firstContact = InboxTag.firstContact(
                    chainID: DevAccounts.genesis.chainId, deviceKey: history.bundle.device, epoch: InboxTag.epoch(at: headTime))
                let submitter = try await TransactionSubmitter(client: node.client)
                var args = CanonicalWriter()
                args.writeFixed(firstContact)
                args.writeBytes(Array("bafkreifirstcontact".utf8))
                let fee = try #require(DevAccounts.genesis.contracts.inbox.params["entryFee"]?.value)
                _ = try await submitter.submit(
                    "first contact", submitter.call(from: 7, DevAccounts.genesis.contracts.inbox.address, "anchor", args.bytes, value: fee))
                #expect(chainInfo["chainId"]?.string == "0x7a69")

                let explorer = Explorer(cli: cli, rpc: ["--rpc", node.url.absoluteString])
                try await blocks(explorer, history, node)
                try await transactions(explorer, history)
                try await accounts(explorer, history, node)
                try await contracts(explorer, history)
                try await validators(explorer, history)
                try await events(explorer, history)
                try await inboxes(explorer, history, firstContact)
                try await proofs(explorer, history)
                try await watch(explorer, submitter, node)
                try await errors(explorer, history)
                try await devnetDiscovery(cli, node)
            }
        }

        func blocks(_ explorer: Explorer, _ history: ExplorerHistory, _ node: DevNodeProcess) async throws {
            let head = try await node.client.blockNumber()
            let listed = try await explorer.json(["blocks", "--last", "5"])
            #expect(listed["head"] == .integer(Int64(head)))
            let rows = try #require(listed["blocks"]?.array)
            #expect(rows.map { $0["height"] } == (0..<5).map { .integer(Int64(head) - $0) })
            let headBlock = try await node.client.call("eth_getBlockByNumber", ["latest", false])
            #expect(rows.first?["hash"] == headBlock["hash"])
            #expect(rows.first?["transactions"] == 1)
            let text = try await explorer.text(["blocks", "--last", "5"])
            #expect(text.hasPrefix("height"))
            #expect(text.contains(String(head)))

            // A block with its decoded call, commit and (no) evidence; the same by hash.
            let registered = try await explorer.json(["block", String(history.alice.transaction.height)])
            let transaction = try #require(registered["transactions"]?.array?.first)
            #expect(transaction["hash"]?.string == history.alice.transaction.hash)
            #expect(transaction["status"] == "success")
            #expect(transaction["call"]?["contract"] == "Identity")
            #expect(transaction["call"]?["method"] == "register")
            #expect(transaction["call"]?["arguments"]?["handle"] == "alice")
            #expect(transaction["call"]?["arguments"]?["identityKey"]?.string == "0x" + Hex.encode(history.alice.identityKey))
            let commit = try #require(registered["commit"])
            #expect(commit["signers"]?.array?.count == 4)
            #expect(commit["signedPower"] == commit["totalPower"])
            #expect(registered["evidence"] == [])
            let byHash = try await explorer.json(["block", try #require(registered["hash"]?.string)])
            #expect(byHash["height"] == .integer(Int64(history.alice.transaction.height)))
            let blockText = try await explorer.text(["block", String(history.alice.transaction.height)])
            #expect(blockText.contains("Identity.register("))
            #expect(blockText.contains("handle=alice"))
            #expect(blockText.contains("commit (round 0): 4 of 4 validators, 100% of the power"))
        }

        func transactions(_ explorer: Explorer, _ history: ExplorerHistory) async throws {
            let anchor = history.anchors[1]
            let shown = try await explorer.json(["tx", anchor.transaction.hash])
            #expect(shown["status"] == "success")
            #expect(shown["block"] == .integer(Int64(anchor.transaction.height)))
            #expect(shown["position"] == 0)
            #expect(shown["from"] == Self.checksummed(anchor.transaction.from))
            #expect(shown["call"]?["method"] == "anchor")
            #expect(shown["call"]?["arguments"]?["cid"]?.string == String(decoding: anchor.cid, as: UTF8.self))
            #expect(shown["value"]?.string == String(anchor.transaction.value))
            #expect(shown["fee"]?.string == String(UInt128(anchor.transaction.gasUsed) * anchor.transaction.effectiveGasPrice))
            #expect(shown["gasUsed"] == .integer(Int64(anchor.transaction.gasUsed)))
            #expect(shown["returned"] == 1)
            let event = try #require(shown["events"]?.array?.first)
            #expect(event["name"] == "Inbox.Anchored")
            #expect(event["fields"]?["tag"]?.string == "0x" + Hex.encode(anchor.tag))
            #expect(event["fields"]?["seq"] == 1)
            let text = try await explorer.text(["tx", anchor.transaction.hash])
            #expect(text.contains("  Inbox.Anchored\n    tag  0x\(Hex.encode(anchor.tag))\n    seq  1\n    cid  \(String(decoding: anchor.cid, as: UTF8.self))"))
            #expect(text.contains("Inbox (") || text.contains("(Inbox)"))
            #expect(text.contains("0.0001 CAIRN"))

            let transfer = try await explorer.json(["tx", history.largeTransfer.hash])
            #expect(transfer["call"]?["kind"] == "transfer")
            #expect(transfer["value"] == "1500000000000000000")
            #expect(transfer["to"] == Self.checksummed(DevAccounts.address(5)))
            #expect(try await explorer.text(["tx", history.largeTransfer.hash]).contains("1.5 CAIRN"))

            let reverted = try await explorer.json(["tx", history.revert.hash])
            #expect(reverted["status"]?.string?.hasPrefix("reverted") == true)
            #expect(try await explorer.text(["tx", history.revert.hash]).contains("already registered"))

            let deploy = try await explorer.json(["tx", history.deployment.hash])
            #expect(deploy["call"]?["kind"] == "deploy")
            #expect(deploy["call"]?["codeSize"] == .integer(Int64(history.code.count)))
            #expect(deploy["contractAddress"] == Self.checksummed(history.contract))
        }

        func accounts(_ explorer: Explorer, _ history: ExplorerHistory, _ node: DevNodeProcess) async throws {
            let alice = try await explorer.json(["account", "@alice"])
            #expect(alice["address"] == Self.checksummed(history.alice.owner))
            #expect(alice["identity"]?["handle"] == "alice")
            #expect(alice["identity"]?["identityKey"]?.string == "0x" + Hex.encode(history.alice.identityKey))
            #expect(alice["identity"]?["devices"]?.array?.map { $0["key"] } == [.string("0x" + Hex.encode(history.deviceKey))])
            let bundle = try #require(alice["keyBundles"]?.array?.first)
            #expect(bundle["device"]?.string == "0x" + Hex.encode(history.bundle.device))
            #expect(bundle["expiry"] == .integer(Int64(history.bundle.expiry)))
            #expect(bundle["oneTimePrekeys"]?.array?.count == history.bundle.oneTimePrekeys.count - 1)
            let hashes = (alice["transactions"]?.array ?? []).compactMap { $0["hash"]?.string }
            // Bob's claim of alice's prekey is bob's transaction to KeyBundle: alice is neither its sender nor recipient.
            #expect(!hashes.contains(history.claim.hash))
            for mined in [history.alice.transaction, history.deviceAddition, history.bundle.transaction] {
                #expect(hashes.contains(mined.hash), "\(mined.name) is not among alice's transactions")
            }
            #expect(alice["balance"]?.string == String(try await node.client.balance(history.alice.owner.checksummed)))
            let aliceText = try await explorer.text(["account", "@alice"])
            #expect(aliceText.contains("@alice"))
            #expect(aliceText.contains("key bundles (1)"))
            #expect(aliceText.contains("0x" + Hex.encode(history.deviceKey)))

            let delegator = try await explorer.json(["account", DevAccounts.address(4).checksummed])
            let delegation = try #require(delegator["stake"]?["delegations"]?.array?.first)
            #expect(delegation["validator"] == Self.checksummed(history.validator))
            #expect(delegation["amount"]?.string == String(history.delegation.value))
            #expect(try await explorer.text(["account", DevAccounts.address(4).checksummed]).contains("delegates 10 CAIRN to"))
            // Lower-case addresses carry no checksum and are accepted.
            let receiver = try await explorer.json(["account", DevAccounts.hex(5).lowercased(), "--recent", "1"])
            #expect(receiver["transactions"]?.array?.first?["hash"]?.string == history.largeTransfer.hash)
        }

        func contracts(_ explorer: Explorer, _ history: ExplorerHistory) async throws {
            let deployed = try await explorer.json(["contract", history.contract.checksummed])
            #expect(deployed["codeSize"] == .integer(Int64(history.code.count)))
            #expect(deployed["codeHash"]?.string == "0x" + Hex.encode(Keccak256.hash(history.code)))
            #expect((deployed["methods"]?.array?.count ?? 0) > 0)

            // Every slot of every system contract decodes through its documented layout.
            for name in ["Identity", "KeyBundle", "Inbox", "Staking", "Slashing"] {
                let shown = try await explorer.json(["contract", name, "--storage", "--limit", "1000"])
                #expect(shown["name"]?.string == name)
                let slots = try #require(shown["storage"]?.array)
                #expect(!slots.isEmpty, "\(name) has no storage")
                for slot in slots {
                    #expect(slot["map"]?.isNull == false && slot["decoded"]?.isNull == false, "\(name) slot not decoded: \(slot)")
                }
            }
            let identity = try await explorer.json(["contract", "identity", "--storage"])
            let handles = (identity["storage"]?.array ?? []).filter { $0["map"] == "handles" }.compactMap { $0["key"]?["handle"]?.string }
            #expect(Set(handles) == ["alice", "bob"])
            let identityText = try await explorer.text(["contract", "Identity", "--storage"])
            #expect(identityText.contains("handles handle=alice"))

            // Storage pages continue where the previous one stopped.
            let first = try await explorer.json(["contract", "Staking", "--storage", "--limit", "2"])
            let next = try #require(first["next"]?.string)
            let second = try await explorer.json(["contract", "Staking", "--storage", "--limit", "2", "--after", next])
            let whole = try await explorer.json(["contract", "Staking", "--storage", "--limit", "4"])
            #expect((first["storage"]?.array ?? []) + (second["storage"]?.array ?? []) == whole["storage"]?.array)
            #expect(try await explorer.text(["contract", "Staking", "--storage", "--limit", "2"]).contains("more: --after \(next)"))
        }

        func validators(_ explorer: Explorer, _ history: ExplorerHistory) async throws {
            let shown = try await explorer.json(["validators"])
            let rows = try #require(shown["validators"]?.array)
            #expect(rows.count == DevAccounts.genesis.validators.count)
            #expect(rows.allSatisfy { $0["status"] == "active" && $0["tombstoned"] == false })
            let delegated = try #require(rows.first { $0["operator"] == Self.checksummed(history.validator) })
            #expect(delegated["delegated"]?.string == String(history.delegation.value))
            #expect(shown["missedWindow"] == 100)
            let text = try await explorer.text(["validators"])
            #expect(text.contains("4 active of 4 registered"))
            #expect(text.contains("1,010 CAIRN"))
        }

        func events(_ explorer: Explorer, _ history: ExplorerHistory) async throws {
            let inbox = try await explorer.json(["events", "--contract", "Inbox"])
            let names = (inbox["events"]?.array ?? []).compactMap { $0["name"]?.string }
            #expect(names == ["Inbox.Anchored", "Inbox.Anchored", "Inbox.Anchored", "Inbox.BatchAnchored", "Inbox.Anchored"])
            let tag = history.anchors[1].tag
            let anchoredLine = "Inbox.Anchored tag=0x\(Hex.encode(tag.prefix(4)))…\(Hex.encode(tag.suffix(2))) seq=1 cid=bafkreihistory1"
            #expect(try await explorer.text(["events", "--contract", "Inbox"]).contains(anchoredLine))
            let batch = try #require(inbox["events"]?.array?[3])
            #expect(batch["fields"]?["count"] == 5)
            #expect(batch["fields"]?["submitter"] == Self.checksummed(DevAccounts.address(3)))
            let height = history.bundle.transaction.height
            let one = try await explorer.json(["events", "--from-block", String(height), "--to-block", String(height)])
            #expect((one["events"]?.array ?? []).map { $0["name"] } == ["KeyBundle.Published"])
            let text = try await explorer.text(["events", "--from-block", String(height), "--to-block", String(height)])
            #expect(text.contains("KeyBundle.Published"))
            #expect(text.contains("1 event in blocks \(height) to \(height)"))
        }

        func inboxes(_ explorer: Explorer, _ history: ExplorerHistory, _ firstContact: [UInt8]) async throws {
            let tag = try await explorer.json(["inbox", "0x" + Hex.encode(history.tag1)])
            let entries = try #require(tag["entries"]?.array)
            #expect(entries.map { $0["seq"] } == [0, 1])
            #expect(entries.map { $0["cid"]?.string } == history.anchors.prefix(2).map { String(decoding: $0.cid, as: UTF8.self) })
            #expect(entries.map { $0["height"] } == history.anchors.prefix(2).map { .integer(Int64($0.transaction.height)) })
            #expect(entries.allSatisfy { $0["kind"] == "single" })
            #expect(try await explorer.text(["inbox", "0x" + Hex.encode(history.tag1)]).contains("bafkreihistory1"))

            let alice = try await explorer.json(["inbox", "@alice", "--days", "2"])
            let tags = try #require(alice["tags"]?.array)
            #expect(tags.count == 2)
            #expect(tags.first?["tag"]?.string == "0x" + Hex.encode(firstContact))
            #expect(tags.first?["entries"]?.array?.first?["cid"] == "bafkreifirstcontact")
            #expect(try await explorer.text(["inbox", "@alice"]).contains("bafkreifirstcontact"))
        }

        func proofs(_ explorer: Explorer, _ history: ExplorerHistory) async throws {
            let identity = try await explorer.json(["proof", "identity:@alice"])
            #expect(identity["present"] == true)
            #expect(identity["verified"] == true)
            #expect(identity["decoded"]?["handle"] == "alice")
            #expect(identity["signedPower"] == identity["totalPower"])
            let before = try await explorer.json(["proof", "identity:\(history.alice.owner.checksummed)", "--height", String(history.alice.transaction.height - 1)])
            #expect(before["present"] == false, "alice's identity existed before she registered")
            #expect(before["verified"] == true)
            let head = try await explorer.json(["proof", "storage:Inbox:0x01\(Hex.encode(history.tag1))"])
            #expect(head["value"]?.string == "0x0000000000000002")
            let entry = try await explorer.json(["proof", "inbox:0x\(Hex.encode(history.tag2)):0"])
            #expect(entry["decoded"]?["cid"]?.string == String(decoding: history.anchors[2].cid, as: UTF8.self))
            let text = try await explorer.text(["proof", "account:\(DevAccounts.hex(5))"])
            #expect(text.contains("present"))
            #expect(text.contains("balance=") && text.contains("nonce=0"))
            #expect(text.contains("verified"))
        }

        func watch(_ explorer: Explorer, _ submitter: TransactionSubmitter, _ node: DevNodeProcess) async throws {
            let head = try await node.client.blockNumber()
            async let watched = explorer.cli.run(["explorer", "watch", "--count", "2", "--json", "--interval", "50"] + explorer.rpc, timeout: 60)
            try await Task.sleep(for: .milliseconds(500))
            _ = try await submitter.submit("watched transfer", submitter.transaction(from: 8, to: DevAccounts.address(9), value: 1))
            let result = try await watched
            try #require(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            let heights = try lines.map { try JSONValue(parsing: $0)["height"] }
            #expect(heights == [.integer(Int64(head)), .integer(Int64(head + 1))])
        }

        func errors(_ explorer: Explorer, _ history: ExplorerHistory) async throws {
            try await explorer.failure(["block", "999999"], containing: "no block at height 999999")
            try await explorer.failure(["block", "0x" + String(repeating: "ab", count: 32)], containing: "no block has the hash")
            try await explorer.failure(["tx", "0x" + String(repeating: "00", count: 32)], containing: "no transaction has the hash")
            try await explorer.failure(["tx", "0x1234"], containing: "64 hex digits")
            // One letter of a checksummed address in the wrong case.
            var wrong = Array(history.alice.owner.checksummed)
            let letter = try #require(wrong.indices.dropFirst(2).first { wrong[$0].isLetter })
            wrong[letter] = Character(wrong[letter].isUppercase ? wrong[letter].lowercased() : wrong[letter].uppercased())
            try await explorer.failure(["account", String(wrong)], containing: "checksum")
            try await explorer.failure(["account", "@nobody"], containing: "no identity has the handle @nobody")
            try await explorer.failure(["contract", DevAccounts.hex(5)], containing: "holds no contract")
            try await explorer.failure(["proof", "nonsense"], containing: "is not a state key")
            let closed = try ContractCommandTests.closedPort()
            let down = try await explorer.cli.run(["explorer", "blocks", "--rpc", "http://127.0.0.1:\(closed)"])
            ContractCommandTests.expectOneLineFailure(down, containing: "cannot reach the node at http://127.0.0.1:\(closed)")
        }

        /// Without --rpc, the explorer reads the first running node of the devnet in $CAIRN_DEVNET.
        func devnetDiscovery(_ cli: CLIRunner, _ node: DevNodeProcess) async throws {
            let devnet = cli.home.appendingPathComponent("devnet")
            let home = node.home.appendingPathComponent("node")
            try FileManager.default.createDirectory(at: devnet, withIntermediateDirectories: true)
            let manifest: JSONValue = [
                "chainId": 31337,
                "nodes": [["index": 0, "home": .string(home.path), "rpcURL": .string(node.url.absoluteString), "p2pPort": 1, "validator": true]],
            ]
            try manifest.encodedString().write(to: devnet.appendingPathComponent("devnet.json"), atomically: true, encoding: .utf8)
            try String(try #require(node.process?.processIdentifier)).write(to: home.appendingPathComponent("node.pid"), atomically: true, encoding: .utf8)
            let found = try await cli.run(["explorer", "blocks", "--last", "1", "--json"], extraEnvironment: ["CAIRN_DEVNET": devnet.path])
            #expect(found.status == 0, "\(found.stderr)")
            #expect(try JSONValue(parsing: found.stdout)["head"] == .integer(Int64(try await node.client.blockNumber())))
        }
    }
}
