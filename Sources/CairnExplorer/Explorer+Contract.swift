import CairnCrypto
import CairnRPC
import CairnVM

extension Explorer {
    /// `contract ADDRESS|NAME [--storage]`: the code's hash, size and methods; with `storage`, one page of
    /// its storage slots after `after`, decoded by the contract's layout when it is a system contract.
    public func contract(_ text: String, storage: Bool, after: [UInt8]? = nil, limit: Int = 50) async throws(ExplorerError) -> ExplorerOutput {
        guard limit >= 1, limit <= 1_000 else { throw .badInput("--limit must be 1 to 1000") }
        let address = try resolveContract(text)
        let code = try await client.code(address)
        guard !code.isEmpty else { throw .notFound("\(address.checksummed) holds no contract") }
        // The node accepted this code at deploy, so the VM's own reading of it names its methods.
        let methods: [String]
        do {
            methods = try ContractVM().validate(code: code).methods.sorted()
        } catch {
            throw .malformed("the code at \(address.checksummed) is not a valid contract: \(error)")
        }
        let abi = directory[address]
        var list = KeyValueList()
        list.append("contract", label(address))
        list.append("code hash", Format.hex(Keccak256.hash(code)) + " (keccak256)")
        list.append("size", "\(Format.grouped(code.count)) bytes")
        list.append("methods", methods.joined(separator: ", ").wrapped(width: 80))
        if let abi {
            list.append("events", abi.events.map(\.name).joined(separator: ", ").wrapped(width: 80))
        }
        var text = list.rendered
        var json: [String: JSONValue] = [
            "address": .string(address.checksummed), "name": abi.map { .string($0.name) } ?? .null,
            "codeHash": .string(Format.hex(Keccak256.hash(code))), "codeSize": jsonNumber(code.count),
            "methods": .array(methods.map(JSONValue.string)),
        ]
        if storage {
            var params: [String: JSONValue] = ["limit": .integer(Int64(limit))]
            if let after { params["after"] = .string(Format.hex(after)) }
            let page = try await client.call("cairn_getStorage", [.string(address.checksummed), .object(params), "latest"])
            let slots = try (page["entries"]?.array ?? []).map { (entry: JSONValue) throws(ExplorerError) -> DecodedSlot in
                DecodedSlot(slot: try ExplorerClient.bytes(entry["slot"], "slot"), value: try ExplorerClient.bytes(entry["value"], "value"), abi: abi)
            }
            let next = try page["next"]?.nonNull.map { (value: JSONValue) throws(ExplorerError) -> [UInt8] in
                try ExplorerClient.bytes(value, "next slot")
            }
            json["storage"] = .array(slots.map(\.json))
            json["next"] = next.map { .string(Format.hex($0)) } ?? .null
            text += "\n\nstorage (\(slots.count) slots\(after == nil ? "" : " after \(Format.hex(after!))"))"
            for slot in slots {
                if let map = slot.map, let key = slot.key, let value = slot.decodedValue {
                    let keyText = key.text()
                    text += "\n  \(map)\(keyText.isEmpty ? "" : " " + keyText)\n" + value.wrapped(width: 92).indented.indented
                } else {
                    text += "\n  \(Format.hex(slot.slot).fit(60))\n    \(Format.hex(slot.value).fit(96))"
                }
            }
            if let next { text += "\n\nmore: --after \(Format.hex(next))" }
        }
        return ExplorerOutput(json: .object(json), text: text)
    }
}

extension String {
    /// Space-separated words packed into lines of at most `width` columns.
    func wrapped(width: Int) -> String { packed(split(separator: " ").map(String.init), width: width) }
}

/// `items` joined by spaces into lines of at most `width` columns (an item longer than that gets a line).
func packed(_ items: [String], width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for item in items {
        if !line.isEmpty && line.count + 1 + item.count > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + item
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
}
