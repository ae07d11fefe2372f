import CairnCodec
import CairnCrypto
import CairnMessaging
import CairnRPC

extension Explorer {
    /// `events`: the decoded events of a block range (default: the newest 10,000 blocks, the node's limit
    /// per query), of one contract when `contract` is given.
    public func events(contract: String?, from: UInt64?, to: UInt64?) async throws(ExplorerError) -> ExplorerOutput {
        let head = try await client.head()
        let last = to ?? head
        for (option, height) in [("--from-block", from), ("--to-block", to)] {
            if let height, height > head { throw .notFound("\(option) \(height) is past the chain's head, \(head)") }
        }
        let first = from ?? (last >= 9_999 ? last - 9_999 : 0)
        guard first <= last else { throw .badInput("--from-block \(first) is after --to-block \(last)") }
        var filter: [String: JSONValue] = [
            "fromBlock": ExplorerClient.quantity(first), "toBlock": ExplorerClient.quantity(last),
        ]
        if let contract { filter["address"] = .string(try resolveContract(contract).checksummed) }
        let logs = try await client.call("cairn_getEvents", [.object(filter)]).array ?? []
        var rows: [JSONValue] = []
        var table = TextTable([("block", .right), ("tx", .left), ("event", .left)])
        for log in logs {
            let event = try DecodedEvent(log: log, directory: directory)
            let height = try ExplorerClient.uint64(log["blockNumber"], "block number")
            let transaction = try ExplorerClient.bytes(log["transactionHash"], "transaction hash")
            var object = event.json.object ?? [:]
            object["block"] = jsonNumber(height)
            object["transactionHash"] = .string(Format.hex(transaction))
            object["logIndex"] = jsonNumber(try ExplorerClient.uint64(log["logIndex"], "log index"))
            rows.append(.object(object))
            table.append([String(height), Format.short(transaction), event.text().fit(76)])
        }
        // The node stops at this many events per query: say so rather than show a cut list as whole.
        let cut = rows.count >= Self.maxEventsPerQuery ? " (the node's limit: narrow the range to see the rest)" : ""
        let text = "\(rows.count) \(rows.count == 1 ? "event" : "events") in blocks \(first) to \(last)\(cut)"
            + (rows.isEmpty ? "" : "\n" + table.rendered)
        return ExplorerOutput(
            json: ["fromBlock": jsonNumber(first), "toBlock": jsonNumber(last), "events": .array(rows)], text: text)
    }

    /// The most events a node returns for one `cairn_getEvents` query.
    public static let maxEventsPerQuery = 10_000

    /// The most entries `inbox` reads per tag: a spammed tag (or a lying node) must not exhaust memory.
    public static let maxInboxEntries = 10_000

    /// `inbox TAG|ADDRESS`: the entries anchored under a tag; for an account, under the first-contact tags
    /// of each device it published a bundle for, over the last `days` epochs.
    public func inbox(_ target: String, days: Int = 7) async throws(ExplorerError) -> ExplorerOutput {
        if target.hasPrefix("0x") && target.count == 66 {
            let tag = try Self.parseHash(target, "a tag")
            let entries = try await entries(tag: tag)
            var text = "tag \(Format.hex(tag)): \(entries.count) entries"
            if !entries.isEmpty { text += "\n" + entryTable(entries.map { (nil, $0) }) }
            return ExplorerOutput(json: ["tag": .string(Format.hex(tag)), "entries": .array(entries.map(\.json))], text: text)
        }
        guard days >= 1, days <= 366 else { throw .badInput("--days must be 1 to 366") }
        let (owner, _) = try await resolveAccount(target)
        let chainID = try ExplorerClient.uint64(try await client.chainInfo()["chainId"], "chain id")
        let head = try await client.head()
        let now = try ExplorerClient.uint64(try await client.block(height: head)?["timestamp"], "head time")
        let devices = try await client.query(SystemABI.keyBundle, at: address(of: SystemABI.keyBundle), "devices", owner.bytes).list ?? []
        let current = InboxTag.epoch(at: now)
        var found: [(label: String?, entry: ABIValue)] = []
        var tags: [JSONValue] = []
        for device in devices.compactMap(\.bytes) {
            for epoch in stride(from: current, through: current >= UInt64(days - 1) ? current - UInt64(days - 1) : 0, by: -1) {
                let tag = InboxTag.firstContact(chainID: chainID, deviceKey: device, epoch: epoch)
                let entries = try await entries(tag: tag)
                tags.append([
                    "device": .string(Format.hex(device)), "epoch": jsonNumber(epoch), "tag": .string(Format.hex(tag)),
                    "entries": .array(entries.map(\.json)),
                ])
                found += entries.map { (Format.short(device) + " " + Format.time(epoch * InboxTag.epochLength).prefix(10), $0) }
            }
        }
        var text = "\(owner.checksummed): \(found.count) first-contact \(found.count == 1 ? "entry" : "entries") for "
            + "\(devices.count) \(devices.count == 1 ? "device" : "devices") over \(days) \(days == 1 ? "day" : "days")"
        if devices.isEmpty { text += " (no key bundle published: nobody can start a conversation)" }
        if !found.isEmpty { text += "\n" + entryTable(found) }
        return ExplorerOutput(json: ["address": .string(owner.checksummed), "epoch": jsonNumber(current), "tags": .array(tags)], text: text)
    }

    /// Every entry under `tag`, in pages of Inbox's maximum (256).
    func entries(tag: [UInt8]) async throws(ExplorerError) -> [ABIValue] {
        let inbox = address(of: SystemABI.inbox)
        let head = try await client.query(SystemABI.inbox, at: inbox, "head", tag).uint ?? 0
        var entries: [ABIValue] = []
        var next: UInt64 = 0
        // Pages of 256 (Inbox's maximum) up to `maxInboxEntries`; a page must hold exactly the sequence
        // numbers asked for, so a node cannot keep the loop going with made-up pages.
        while UInt128(next) < head, entries.count < Self.maxInboxEntries {
            var writer = CanonicalWriter()
            writer.writeFixed(tag)
            writer.writeUInt64(next)
            writer.writeUInt32(256)
            let page = try await client.query(SystemABI.inbox, at: inbox, "entries", writer.bytes).list ?? []
            for (offset, entry) in page.enumerated() where entry["seq"]?.uint != UInt128(next) + UInt128(offset) {
                throw .malformed("Inbox.entries from \(next) returned seq \(entry["seq"]?.uint.map(String.init) ?? "none") at \(offset)")
            }
            guard page.count <= 256 else { throw .malformed("Inbox.entries returned \(page.count) entries for a page of 256") }
            entries += page
            if page.count < 256 { break }
            next += 256
        }
        return entries
    }

    func entryTable(_ entries: [(label: String?, entry: ABIValue)]) -> String {
        let labelled = entries.contains { $0.label != nil }
        var table = TextTable((labelled ? [("device", TextTable.Alignment.left)] : []) + [
            ("seq", .right), ("block", .right), ("kind", .left), ("cid", .left),
        ])
        for (label, entry) in entries {
            table.append((labelled ? [label ?? ""] : []) + [
                String(entry["seq"]?.uint ?? 0), String(entry["height"]?.uint ?? 0), entry["kind"]?.text() ?? "",
                entry["cid"]?.text(short: false).fit(64) ?? "",
            ])
        }
        return table.rendered
    }
}
