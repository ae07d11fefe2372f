import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import CairnVM

/// The contracts the explorer can name, by address: the chain's system contracts, read from the node's
/// `cairn_chainInfo` (genesis decides their addresses).
public struct ContractDirectory: Sendable {
    public let contracts: [Address: ContractABI]

    public init(contracts: [Address: ContractABI]) {
        self.contracts = contracts
    }

    /// From `cairn_chainInfo`'s `contracts` object.
    public init(chainInfo: JSONValue) throws(ExplorerError) {
        let names: [(String, ContractABI)] = [
            ("identity", SystemABI.identity), ("keyBundle", SystemABI.keyBundle), ("inbox", SystemABI.inbox),
            ("staking", SystemABI.staking), ("slashing", SystemABI.slashing),
        ]
        var contracts: [Address: ContractABI] = [:]
        for (key, abi) in names {
            guard let text = chainInfo["contracts"]?[key]?.string, let address = try? Address(text) else {
                throw .malformed("cairn_chainInfo has no address for \(key)")
            }
            guard contracts[address] == nil else { throw .malformed("cairn_chainInfo gives two system contracts one address") }
            contracts[address] = abi
        }
        self.contracts = contracts
    }

    public subscript(address: Address) -> ContractABI? { contracts[address] }

    /// The address of the system contract called `name` (case-insensitive).
    public func address(named name: String) -> Address? {
        contracts.first { $0.value.name.lowercased() == name.lowercased() }?.key
    }

    /// The address of a system contract. Every directory holds all five (its initializer checks), so a
    /// missing one is a programming error.
    public func address(of abi: ContractABI) -> Address {
        guard let address = contracts.first(where: { $0.value.name == abi.name })?.key else {
            preconditionFailure("the contract directory has no \(abi.name)")
        }
        return address
    }
}

/// What a transaction's `data` asks for.
public enum DecodedCall: Sendable, Equatable {
    case transfer
    /// A deploy: the code's size and keccak256, and the constructor arguments.
    case deploy(codeSize: Int, codeHash: [UInt8], initArgs: [UInt8])
    /// A call of a method; `arguments` is nil when the contract is unknown or the bytes do not match its
    /// documented arguments (`raw` is always there).
    case call(contract: String?, method: String, arguments: ABIValue?, raw: [UInt8])
    /// `data` that is none of the above: the transaction fails with a bad payload.
    case undecodable([UInt8])

    public init(to: Address?, data: [UInt8], directory: ContractDirectory) {
        guard let to else {
            if let deploy = try? ContractDeploy.decode(canonical: data) {
                self = .deploy(codeSize: deploy.code.count, codeHash: Keccak256.hash(deploy.code), initArgs: deploy.initArgs)
            } else {
                self = .undecodable(data)
            }
            return
        }
        if data.isEmpty {
            self = .transfer
            return
        }
        guard let call = try? ContractCall.decode(canonical: data) else {
            self = .undecodable(data)
            return
        }
        let abi = directory[to]
        let arguments = abi?.method(call.method).flatMap { try? ABIDecoder.decode(fields: $0.arguments, from: call.args) }
        self = .call(contract: abi?.name, method: call.method, arguments: arguments, raw: call.args)
    }

    /// "Inbox.anchor(tag=0x… cid=…)", "transfer", "deploy 12,345 bytes".
    public func text(short: Bool = true) -> String {
        switch self {
        case .transfer: "transfer"
        case let .deploy(size, _, _): "deploy \(Format.grouped(size)) bytes"
        case let .call(contract, method, arguments, raw):
            "\(contract.map { $0 + "." } ?? "")\(method.safeForTerminal(keepNewlines: false))(\(arguments.map { $0.text(short: short) } ?? (raw.isEmpty ? "" : Format.hex(raw))))"
        case let .undecodable(data): "undecodable data \(Format.short(data))"
        }
    }

    public var json: JSONValue {
        switch self {
        case .transfer: ["kind": "transfer"]
        case let .deploy(size, hash, initArgs):
            ["kind": "deploy", "codeSize": jsonNumber(size), "codeHash": .string(Format.hex(hash)), "initArgs": .string(Format.hex(initArgs))]
        case let .call(contract, method, arguments, raw):
            [
                "kind": "call", "contract": contract.map(JSONValue.string) ?? .null, "method": .string(method),
                "arguments": arguments?.json ?? .null, "args": .string(Format.hex(raw)),
            ]
        case let .undecodable(data): ["kind": "undecodable", "data": .string(Format.hex(data))]
        }
    }
}

/// An event with its contract's name for it and its fields, when the explorer knows the contract.
public struct DecodedEvent: Sendable {
    public let contract: Address
    public let topics: [[UInt8]]
    public let data: [UInt8]
    /// "Inbox.Anchored", or nil for an event of an unknown contract.
    public let name: String?
    /// Indexed fields then data fields, by name.
    public let fields: ABIValue?

    public init(contract: Address, topics: [[UInt8]], data: [UInt8], directory: ContractDirectory) {
        self.contract = contract
        self.topics = topics
        self.data = data
        guard let abi = directory[contract], let first = topics.first, let event = abi.events.first(where: { $0.topic0 == first }),
            topics.count == event.topics.count + 1
        else {
            name = nil
            fields = nil
            return
        }
        name = event.name
        var decoded: [(name: String, value: ABIValue)] = []
        for (field, topic) in zip(event.topics, topics.dropFirst()) {
            decoded.append((field.name, Self.topicValue(topic, field.type)))
        }
        if let dataFields = try? ABIDecoder.decode(fields: event.data, from: data), case let .record(values) = dataFields {
            decoded += values
            fields = .record(decoded)
        } else {
            fields = nil
        }
    }

    /// From an Ethereum-shaped log object (`address`, `topics`, `data`).
    public init(log: JSONValue, directory: ContractDirectory) throws(ExplorerError) {
        guard let contract = log["address"]?.string.flatMap({ try? Address($0) }),
            let rawTopics = log["topics"]?.array, let data = log["data"]?.string.flatMap(Hex.bytes)
        else { throw .malformed("an event without address, topics or data") }
        let topics = rawTopics.compactMap { $0.string.flatMap(Hex.bytes) }
        guard topics.count == rawTopics.count else { throw .malformed("an event topic is not hex") }
        self.init(contract: contract, topics: topics, data: data, directory: directory)
    }

    /// An indexed field from its 32-byte topic: addresses are left-padded.
    static func topicValue(_ topic: [UInt8], _ type: ABIType) -> ABIValue {
        if case .address = type, topic.count == 32, topic.prefix(12).allSatisfy({ $0 == 0 }),
            let address = try? Address(bytes: Array(topic.suffix(20)))
        {
            return .address(address)
        }
        return .bytes(topic)
    }

    /// "Inbox.Anchored tag=0x… seq=0 cid=…", or the raw topics and data of an unknown event.
    public func text(short: Bool = true) -> String {
        if let name, let fields { return "\(name) \(fields.text(short: short))" }
        let topicText = topics.map { short ? Format.short($0) : Format.hex($0) }.joined(separator: ",")
        return "event of \(short ? Format.short(contract) : contract.checksummed) topics=[\(topicText)] data=\(short ? Format.short(data) : Format.hex(data))"
    }

    public var json: JSONValue {
        [
            "contract": .string(contract.checksummed), "name": name.map(JSONValue.string) ?? .null, "fields": fields?.json ?? .null,
            "topics": .array(topics.map { .string(Format.hex($0)) }), "data": .string(Format.hex(data)),
        ]
    }
}

/// A contract storage slot read through the contract's documented layout.
public struct DecodedSlot: Sendable {
    public let slot: [UInt8]
    public let value: [UInt8]
    /// The map's name, and the key fields and value decoded; nil when the layout does not cover the slot.
    public let map: String?
    public let key: ABIValue?
    public let decodedValue: ABIValue?

    public init(slot: [UInt8], value: [UInt8], abi: ContractABI?) {
        self.slot = slot
        self.value = value
        guard let abi, let first = slot.first, let layout = abi.storage.first(where: { $0.prefix == first }),
            let key = try? ABIDecoder.decode(fields: layout.key, from: Array(slot.dropFirst())),
            let decoded = try? ABIDecoder.decode(layout.value, from: value)
        else {
            map = nil
            self.key = nil
            decodedValue = nil
            return
        }
        map = layout.name
        self.key = key
        decodedValue = decoded
    }

    public var json: JSONValue {
        [
            "slot": .string(Format.hex(slot)), "value": .string(Format.hex(value)), "map": map.map(JSONValue.string) ?? .null,
            "key": key?.json ?? .null, "decoded": decodedValue?.json ?? .null,
        ]
    }
}

extension Hex {
    /// 0x-prefixed (or bare) hex as bytes, or nil.
    static func bytes(_ text: String) -> [UInt8]? {
        let digits = text.hasPrefix("0x") || text.hasPrefix("0X") ? String(text.dropFirst(2)) : text
        return try? Hex.decode(digits)
    }
}
