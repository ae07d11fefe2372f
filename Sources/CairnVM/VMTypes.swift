import CairnCodec
import CairnCrypto

/// The block a call executes in: what `block_height`, `block_time` and `chain_id` answer.
public struct BlockContext: Sendable, Equatable {
    public var chainID: UInt64
    public var height: UInt64
    /// Unix seconds.
    public var time: UInt64

    public init(chainID: UInt64, height: UInt64, time: UInt64) {
        self.chainID = chainID
        self.height = height
        self.time = time
    }
}

/// A top-level call into a contract, as a transaction makes it.
public struct Message: Sendable, Equatable {
    /// The account that signed the transaction.
    public var origin: Address
    /// The immediate caller (the origin, for a top-level call).
    public var caller: Address
    public var contract: Address
    public var method: String
    public var args: [UInt8]
    /// Moved from caller to contract before the code runs.
    public var value: UInt128
    public var gasLimit: UInt64

    public init(
        origin: Address, caller: Address? = nil, contract: Address, method: String, args: [UInt8] = [],
        value: UInt128 = 0, gasLimit: UInt64
    ) {
        self.origin = origin
        self.caller = caller ?? origin
        self.contract = contract
        self.method = method
        self.args = args
        self.value = value
        self.gasLimit = gasLimit
    }
}

/// How a call ended.
public enum CallStatus: Sendable, Equatable, CustomStringConvertible {
    /// Its writes, transfers and events are kept.
    case success
    /// The contract called `revert`; the reason is its message (lossy UTF-8).
    case reverted(String)
    /// The call failed for a reason that is not the contract's choice: a wasm trap, a misused host
    /// function, a limit, a missing contract or method, too little balance for the value.
    case trapped(String)
    /// The gas limit was reached; the whole limit is charged.
    case outOfGas

    public var isSuccess: Bool { self == .success }

    public var description: String {
        switch self {
        case .success: "success"
        case .reverted(let reason): "reverted: \(reason)"
        case .trapped(let reason): "trapped: \(reason)"
        case .outOfGas: "out of gas"
        }
    }
}

/// A log entry a contract emitted: kept only if the whole transaction succeeds.
public struct Event: Sendable, Equatable, Hashable, CanonicalCodable {
    public var contract: Address
    /// 32 bytes each, at most `VMLimits.maxEventTopics`.
    public var topics: [[UInt8]]
    public var data: [UInt8]

    public init(contract: Address, topics: [[UInt8]], data: [UInt8]) {
        self.contract = contract
        self.topics = topics
        self.data = data
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(contract.bytes)
        writer.writeVarint(UInt64(topics.count))
        for topic in topics { writer.writeFixed(topic) }
        writer.writeBytes(data)
    }

    public init(from reader: inout CanonicalReader) throws {
        contract = try Address(bytes: reader.readFixed(count: Address.byteCount))
        let count = try reader.readLength(limit: VMLimits.standard.maxEventTopics)
        topics = try (0..<count).map { _ in try reader.readFixed(count: 32) }
        data = try reader.readBytes(maxLength: VMLimits.standard.maxEventDataSize)
    }
}

/// The outcome of a call: status, gas, output and (on success) events.
public struct CallResult: Sendable, Equatable {
    public var status: CallStatus
    public var gasUsed: UInt64
    /// The return data on success; the raw revert reason on revert; empty otherwise.
    public var returnData: [UInt8]
    /// Events in emission order, including those of nested calls that succeeded; empty unless success.
    public var events: [Event]

    public init(status: CallStatus, gasUsed: UInt64, returnData: [UInt8] = [], events: [Event] = []) {
        self.status = status
        self.gasUsed = gasUsed
        self.returnData = returnData
        self.events = events
    }
}

/// The result of deploying a contract: its address and the constructor's outcome.
public struct DeployResult: Sendable, Equatable {
    public var address: Address
    public var result: CallResult
}

/// What a validated module offers: its methods (exports) and code hash.
public struct ContractInterface: Sendable, Equatable {
    /// Keccak-256 of the code.
    public var codeHash: [UInt8]
    /// Exported methods, sorted; `init` (the constructor) included if present.
    public var methods: [String]
    public var codeSize: Int
}

/// Addresses with a meaning to the VM.
public enum SystemAddress {
    /// The caller of calls the chain makes itself (no key signs for it).
    public static let system = try! Address(bytes: [UInt8](repeating: 0, count: 20))
}
