import CairnConsensus
import CairnCrypto
import CairnRPC

/// One block's line in `blocks` and `watch`.
public struct BlockSummary: Sendable {
    public let height: UInt64
    public let time: UInt64
    public let hash: [UInt8]
    public let proposer: Address
    public let transactions: Int
    public let gasUsed: UInt64
    public let gasLimit: UInt64
    public let baseFee: UInt128

    /// From an `eth_getBlockBy…` object.
    public init(block: JSONValue) throws(ExplorerError) {
        height = try ExplorerClient.uint64(block["number"], "block number")
        time = try ExplorerClient.uint64(block["timestamp"], "block timestamp")
        hash = try ExplorerClient.bytes(block["hash"], "block hash")
        proposer = try ExplorerClient.address(block["miner"], "block proposer")
        transactions = block["transactions"]?.array?.count ?? 0
        gasUsed = try ExplorerClient.uint64(block["gasUsed"], "gas used")
        gasLimit = try ExplorerClient.uint64(block["gasLimit"], "gas limit")
        baseFee = try ExplorerClient.uint128(block["baseFeePerGas"], "base fee")
    }

    public var json: JSONValue {
        [
            "height": jsonNumber(height), "time": jsonNumber(time), "hash": .string(Format.hex(hash)),
            "proposer": .string(proposer.checksummed), "transactions": jsonNumber(transactions),
            "gasUsed": jsonNumber(gasUsed), "gasLimit": jsonNumber(gasLimit), "baseFee": .string(String(baseFee)),
        ]
    }

    static let columns: [(String, TextTable.Alignment)] = [
        ("height", .right), ("time", .left), ("hash", .left), ("proposer", .left), ("txs", .right), ("gas used", .right),
    ]

    var cells: [String] {
        [String(height), Format.time(time), Format.short(hash), Format.short(proposer), String(transactions), Format.grouped(gasUsed)]
    }

    /// The header line of `watch`, whose rows cannot wait to be measured.
    public static var watchHeader: String { line(columns.map(\.0)) }

    /// This block as a `watch` row, in fixed-width columns.
    public var watchLine: String { Self.line(cells) }

    static func line(_ cells: [String]) -> String {
        let widths = [8, 23, 15, 15, 5, 12]
        return zip(cells, zip(widths, columns.map(\.1))).map { cell, format in
            let padding = String(repeating: " ", count: max(0, format.0 - cell.count))
            return format.1 == .right ? padding + cell : cell + padding
        }.joined(separator: "  ").trimmingTrailingSpaces()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

extension Explorer {
    /// The most blocks one `blocks` command lists.
    public static let maxListedBlocks = 1_000

    /// `blocks --last N`: the newest `last` blocks, newest first.
    public func blocks(last: Int) async throws(ExplorerError) -> ExplorerOutput {
        guard last >= 1, last <= Self.maxListedBlocks else { throw .badInput("--last must be 1 to \(Self.maxListedBlocks)") }
        let head = try await client.head()
        let oldest = head - min(head, UInt64(last - 1))
        var summaries: [BlockSummary] = []
        for height in stride(from: head, through: oldest, by: -1) {
            guard let block = try await client.block(height: height) else { throw .malformed("the node has no block \(height) below its head") }
            summaries.append(try BlockSummary(block: block))
        }
        var table = TextTable(BlockSummary.columns)
        for summary in summaries { table.append(summary.cells) }
        return ExplorerOutput(
            json: ["head": jsonNumber(head), "blocks": .array(summaries.map(\.json))],
            text: table.rendered)
    }

    /// `block HEIGHT|HASH`: the header, the decoded transactions, the commit's signers and the evidence.
    public func block(_ id: String) async throws(ExplorerError) -> ExplorerOutput {
        let height = try await resolveBlock(id)
        guard let block = try await client.block(height: height, full: true) else { throw .notFound("no block at height \(height)") }
        let summary = try BlockSummary(block: block)
        let transactions = try (block["transactions"]?.array ?? []).map { (tx: JSONValue) throws(ExplorerError) -> TransactionLine in
            try TransactionLine(transaction: tx, directory: directory)
        }
        // A full block's transactions carry their receipt's status (`cairnStatus`).
        let statuses = (block["transactions"]?.array ?? []).map {
            ($0["cairnStatus"]?.string ?? "unknown").safeForTerminal(keepNewlines: false)
        }
        let signers = try await commitSigners(height: height, blockHash: summary.hash)
        let evidence = block["evidence"]?.array ?? []

        var header = KeyValueList()
        header.append("block", String(height))
        header.append("hash", Format.hex(summary.hash))
        header.append("parent", Format.hex(try ExplorerClient.bytes(block["parentHash"], "parent hash")))
        header.append("time", Format.time(summary.time))
        header.append("proposer", label(summary.proposer))
        header.append("gas", "\(Format.grouped(summary.gasUsed)) of \(Format.grouped(summary.gasLimit)) "
            + "(\(Format.percent(UInt128(summary.gasUsed), of: UInt128(summary.gasLimit))))")
        header.append("base fee", Format.gwei(summary.baseFee))
        for (label, key) in [
            ("state root", "stateRoot"), ("transactions root", "transactionsRoot"), ("receipts root", "receiptsRoot"),
            ("validator set", "validatorSetHash"), ("last commit", "lastCommitHash"), ("evidence root", "evidenceHash"),
        ] {
            header.append(label, Format.hex(try ExplorerClient.bytes(block[key], key)))
        }
        var text = header.rendered

        text += "\n\ntransactions (\(transactions.count))"
        if !transactions.isEmpty {
            var table = TextTable([("#", .right), ("hash", .left), ("from", .left), ("status", .left)])
            for (index, transaction) in transactions.enumerated() {
                table.append([String(index), Format.short(transaction.hash), Format.short(transaction.from), statuses[index]])
            }
            text += "\n" + table.interleaved(transactions.map { $0.callText(self) }).indented
        }

        text += "\n\n" + signers.text
        if !evidence.isEmpty {
            text += "\n\nevidence (\(evidence.count))"
            for item in evidence {
                let key = try ExplorerClient.bytes(item["consensusKey"], "evidence key")
                let a = item["voteA"], b = item["voteB"]
                text += "\n  double sign by key \(Format.short(key)): \((a?["kind"]?.string ?? "?").safeForTerminal(keepNewlines: false))"
                    + " at height \(try ExplorerClient.uint64(a?["height"], "evidence height"))"
                    + " round \(try ExplorerClient.uint64(a?["round"], "evidence round")) for"
                    + " \(Format.short(try ExplorerClient.bytes(a?["blockHash"], "evidence block"))) and"
                    + " \(Format.short(try ExplorerClient.bytes(b?["blockHash"], "evidence block")))"
            }
        }

        var json = summary.json.object ?? [:]
        for key in ["parentHash", "stateRoot", "transactionsRoot", "receiptsRoot", "validatorSetHash", "lastCommitHash", "evidenceHash"] {
            json[key] = block[key] ?? .null
        }
        json["transactions"] = .array(zip(transactions, statuses).map { transaction, status in
            var object = transaction.json.object ?? [:]
            object["status"] = .string(status)
            return .object(object)
        })
        json["commit"] = signers.json
        json["evidence"] = .array(evidence)
        return ExplorerOutput(json: .object(json), text: text)
    }

    /// Who signed the commit of the block at `height`, with their power, checked against the set.
    func commitSigners(height: UInt64, blockHash: [UInt8]) async throws(ExplorerError) -> (json: JSONValue, text: String) {
        guard height > 0 else { return (.null, "commit: none (genesis)") }
        guard let commit = try await client.commit(height: height) else { return (.null, "commit: not stored on this node") }
        let set = try await client.validators(height: height)
        var powers: [[UInt8]: (Address, UInt128)] = [:]
        for validator in set["validators"]?.array ?? [] {
            let key = try ExplorerClient.bytes(validator["consensusKey"], "consensus key")
            powers[key] = (try ExplorerClient.address(validator["operator"], "operator"), try ExplorerClient.uint128(validator["power"], "power"))
        }
        let total = try ExplorerClient.uint128(set["totalPower"], "total power")
        guard total > 0 else { throw .malformed("the validator set of block \(height) has no power") }
        let round = try ExplorerClient.uint64(commit["round"], "commit round")
        var signed: UInt128 = 0
        var rows: [JSONValue] = []
        var table = TextTable([("operator", .left), ("consensus key", .left), ("power", .right), ("share", .right)])
        var seen = Set<[UInt8]>()
        for signature in commit["signatures"]?.array ?? [] {
            let key = try ExplorerClient.bytes(signature["consensusKey"], "consensus key")
            guard seen.insert(key).inserted else { throw .malformed("the commit of block \(height) lists key \(Format.short(key)) twice") }
            let (operatorAddress, power) = powers[key] ?? (nil, 0)
            signed = signed.saturatingAdd(power)
            rows.append([
                "consensusKey": .string(Format.hex(key)), "operator": operatorAddress.map { .string($0.checksummed) } ?? .null,
                "power": .string(String(power)),
            ])
            table.append([
                operatorAddress.map { Format.short($0) } ?? "not in the set", Format.short(key), Format.cairn(power),
                Format.percent(power, of: total),
            ])
        }
        let json: JSONValue = [
            "round": jsonNumber(round), "signers": .array(rows), "signedPower": .string(String(signed)),
            "totalPower": .string(String(total)), "validators": jsonNumber(powers.count),
        ]
        let text = "commit (round \(round)): \(rows.count) of \(powers.count) validators, "
            + "\(Format.percent(signed, of: total)) of the power\n" + table.rendered.indented
        return (json, text)
    }
}

/// A transaction as one line of a list: hash, sender, recipient and decoded call.
struct TransactionLine {
    let hash: [UInt8]
    let from: Address
    let to: Address?
    let value: UInt128
    let call: DecodedCall
    let height: UInt64?

    init(transaction: JSONValue, directory: ContractDirectory) throws(ExplorerError) {
        hash = try ExplorerClient.bytes(transaction["hash"], "transaction hash")
        from = try ExplorerClient.address(transaction["from"], "sender")
        to = try transaction["to"]?.nonNull.map { (value: JSONValue) throws(ExplorerError) -> Address in
            try ExplorerClient.address(value, "recipient")
        }
        value = try ExplorerClient.uint128(transaction["value"], "value")
        call = DecodedCall(to: to, data: try ExplorerClient.bytes(transaction["input"], "input"), directory: directory)
        height = try transaction["blockNumber"]?.nonNull.map { (value: JSONValue) throws(ExplorerError) -> UInt64 in
            try ExplorerClient.uint64(value, "block number")
        }
    }

    /// "transfer 1.5 CAIRN to 0x…", "Inbox.anchor(…)".
    func callText(_ explorer: Explorer) -> String {
        switch call {
        case .transfer: "transfer \(Format.amount(value)) to \(to.map { explorer.label($0, short: true) } ?? "?")"
        default: call.text()
        }
    }

    var json: JSONValue {
        [
            "hash": .string(Format.hex(hash)), "from": .string(from.checksummed), "to": to.map { .string($0.checksummed) } ?? .null,
            "value": .string(String(value)), "call": call.json,
        ]
    }
}

extension String {
    /// Every line indented by two spaces.
    var indented: String { split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") }
}
