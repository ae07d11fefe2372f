import CairnCrypto
import CairnRPC

extension Explorer {
    /// `tx HASH`: who sent what to whom, the decoded call and result, the fee, and the decoded events.
    public func transaction(_ hashText: String) async throws(ExplorerError) -> ExplorerOutput {
        let hash = try Self.parseHash(hashText, "a transaction hash")
        guard let transaction = try await client.transaction(hash: hash) else { throw .notFound("no transaction has the hash \(hashText)") }
        let line = try TransactionLine(transaction: transaction, directory: directory)
        let receipt = try await client.receipt(hash: hash)
        let nonce = try ExplorerClient.uint64(transaction["nonce"], "nonce")
        let gasLimit = try ExplorerClient.uint64(transaction["gas"], "gas limit")

        var list = KeyValueList()
        var json: [String: JSONValue] = line.json.object ?? [:]
        json["nonce"] = jsonNumber(nonce)
        json["gasLimit"] = jsonNumber(gasLimit)
        list.append("transaction", Format.hex(hash))

        var events: [DecodedEvent] = []
        if let receipt {
            let status = (receipt["cairnStatus"]?.string ?? "unknown").safeForTerminal(keepNewlines: false)
            let height = try ExplorerClient.uint64(receipt["blockNumber"], "block number")
            let index = try ExplorerClient.uint64(receipt["transactionIndex"], "transaction index")
            let gasUsed = try ExplorerClient.uint64(receipt["gasUsed"], "gas used")
            let price = try ExplorerClient.uint128(receipt["effectiveGasPrice"], "gas price")
            let fee = UInt128(gasUsed).saturatingMultiply(price)
            events = try (receipt["logs"]?.array ?? []).map { (log: JSONValue) throws(ExplorerError) -> DecodedEvent in
                try DecodedEvent(log: log, directory: directory)
            }
            list.append("status", status)
            list.append("block", "\(height), position \(index)")
            json["status"] = .string(status)
            json["block"] = jsonNumber(height)
            json["position"] = jsonNumber(index)
            json["gasUsed"] = jsonNumber(gasUsed)
            json["gasPrice"] = .string(String(price))
            json["fee"] = .string(String(fee))
            json["events"] = .array(events.map(\.json))
            let output = (receipt["output"]?.string).flatMap(Hex.bytes) ?? []
            json["output"] = .string(Format.hex(output))
            if let created = receipt["contractAddress"]?.nonNull { json["contractAddress"] = .string((try? Address(created.string ?? ""))?.checksummed ?? "") }
            list.append("from", line.from.checksummed)
            appendRecipient(line, to: &list)
            appendCall(line, to: &list)
            if let created = json["contractAddress"]?.string { list.append("created", created) }
            list.append("value", Format.amount(line.value))
            list.append("fee", "\(Format.amount(fee)) (\(Format.grouped(gasUsed)) gas × \(Format.gwei(price)))")
            list.append("gas", "\(Format.grouped(gasUsed)) used of \(Format.grouped(gasLimit))")
            list.append("nonce", String(nonce))
            if status == "success", let returned = decodeReturn(line, output) {
                json["returned"] = returned.json
                list.append("returned", returned.text(short: false))
            } else if !output.isEmpty {
                list.append(status == "success" ? "returned" : "reason", status == "success" ? Format.hex(output)
                    : String(decoding: output, as: UTF8.self).safeForTerminal(keepNewlines: false))
            }
        } else {
            json["status"] = "pending"
            list.append("status", "pending (in the mempool, not yet in a block)")
            list.append("from", line.from.checksummed)
            appendRecipient(line, to: &list)
            appendCall(line, to: &list)
            list.append("value", Format.amount(line.value))
            list.append("max fee", Format.gwei(try ExplorerClient.uint128(transaction["maxFeePerGas"], "max fee")) + " per gas")
            list.append("gas limit", Format.grouped(gasLimit))
            list.append("nonce", String(nonce))
        }
        var text = list.rendered
        if !events.isEmpty {
            text += "\n\nevents (\(events.count))"
            for event in events {
                guard let name = event.name, case let .record(fields)? = event.fields else {
                    text += "\n  " + event.text()
                    continue
                }
                var list = KeyValueList()
                for field in fields { list.append(field.name, field.value.fitting(84)) }
                text += "\n  \(name)" + (fields.isEmpty ? "" : "\n" + list.rendered.indented.indented)
            }
        }
        return ExplorerOutput(json: .object(json), text: text)
    }

    private func appendRecipient(_ line: TransactionLine, to list: inout KeyValueList) {
        if let to = line.to { list.append("to", label(to)) } else { list.append("to", "none (contract creation)") }
    }

    /// The call's method and each argument on its own line, in full.
    private func appendCall(_ line: TransactionLine, to list: inout KeyValueList) {
        switch line.call {
        case .transfer:
            list.append("call", "transfer")
        case let .deploy(size, hash, initArgs):
            list.append("call", "deploy \(Format.grouped(size)) bytes of code, keccak256 \(Format.hex(hash))")
            if !initArgs.isEmpty { list.append("init args", Format.hex(initArgs)) }
        case let .call(contract, method, arguments, raw):
            list.append("call", "\(contract.map { $0 + "." } ?? "")\(method)")
            if case let .record(fields)? = arguments {
                for field in fields { list.append("  " + field.name, field.value.fitting(80)) }
            } else if !raw.isEmpty {
                list.append("  args", Format.hex(raw))
            }
        case let .undecodable(data):
            list.append("call", "data that is neither a call nor a deploy: \(Format.short(data))")
        }
    }

    /// A successful call's return data decoded by its contract's ABI.
    private func decodeReturn(_ line: TransactionLine, _ output: [UInt8]) -> ABIValue? {
        guard case let .call(contract, method, _, _) = line.call, contract != nil, let to = line.to,
            let returns = directory[to]?.method(method)?.returns
        else { return nil }
        return try? ABIDecoder.decode(returns, from: output)
    }
}
