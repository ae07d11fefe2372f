import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import CairnVM

/// An event as the chain reports it: the event and where it was emitted.
public struct LoggedEvent: Sendable, Equatable {
    public var event: Event
    public var height: UInt64
    public var blockHash: [UInt8]
    public var transactionHash: [UInt8]
    public var transactionIndex: Int
    /// Position among all events of the block.
    public var logIndex: Int
}

/// A transaction the chain knows: included in a block (with its receipt) or waiting in the mempool.
public struct TransactionRecord: Sendable {
    public var transaction: SignedTransaction
    public var location: TransactionLocation?
    public var header: BlockHeader?
    public var receipt: Receipt?
    /// The block-wide index of the receipt's first event (Ethereum's `logIndex`).
    public var firstLogIndex = 0
}

/// A call or transaction simulated on a copy of state: nothing it does is kept.
public struct SimulatedCall: Sendable {
    public var from: Address
    /// nil for a deploy.
    public var to: Address?
    public var value: UInt128
    /// A transaction's `data`: empty (transfer), a canonical `ContractCall`, or a canonical `ContractDeploy`.
    public var data: [UInt8]
    public var gasLimit: UInt64

    public init(from: Address, to: Address?, value: UInt128 = 0, data: [UInt8] = [], gasLimit: UInt64) {
        self.from = from
        self.to = to
        self.value = value
        self.data = data
        self.gasLimit = gasLimit
    }
}

/// Why a query could not be answered.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case badPayload(String)
    case rangeTooLarge(Int, limit: Int)
    /// The simulated transaction fails even with all the gas a block allows.
    case executionFailed(ReceiptStatus, output: [UInt8])

    public var description: String {
        switch self {
        case let .badPayload(detail): detail
        case let .rangeTooLarge(count, limit): "range of \(count) blocks is more than \(limit)"
        case let .executionFailed(status, _): "execution \(status)"
        }
    }
}

extension Chain {
    /// The most blocks one events query may scan.
    public static let maxEventRange = 10_000

    /// A transaction by hash, from the blocks or the mempool.
    public func transaction(hash: [UInt8]) throws -> TransactionRecord? {
        try locked {
            if let location = try blocks.location(ofTransaction: hash),
                let (transaction, header) = try blocks.transaction(at: location),
                let receipts = try blocks.receipts(at: location.height), location.index < receipts.count
            {
                return TransactionRecord(
                    transaction: transaction, location: location, header: header, receipt: receipts[location.index],
                    firstLogIndex: receipts[..<location.index].reduce(0) { $0 + $1.events.count })
            }
            return mempool.transaction(hash: hash).map { TransactionRecord(transaction: $0) }
        }
    }

    /// Runs `call` against the state at `height` (latest when nil) as if it were the next block's first
    /// transaction, without a signature and without fees, and throws nothing away but the result.
    public func simulate(_ call: SimulatedCall, height: UInt64? = nil) throws -> (result: CallResult, gasUsed: UInt64, contract: Address?) {
        let base = try state(at: height)
        let header = try locked { try height.flatMap { try blocks.header(at: $0) } ?? head }
        let scratch = StateOverlay(parent: base)
        let context = BlockContext(chainID: genesis.chainId, height: header.height + 1, time: header.time)
        let intrinsic = IntrinsicGas.of(
            Transaction(chainID: genesis.chainId, nonce: 0, maxPriorityFeePerGas: 0, maxFeePerGas: 0, gasLimit: call.gasLimit,
                        to: call.to, value: call.value, data: call.data))
        guard call.gasLimit >= intrinsic else {
            return (CallResult(status: .outOfGas, gasUsed: call.gasLimit), call.gasLimit, nil)
        }
        let available = call.gasLimit - intrinsic
        let result: CallResult
        var contract: Address?
        if let to = call.to {
            if call.data.isEmpty {
                let moved = try WorldState(scratch).transfer(from: call.from, to: to, amount: call.value)
                result = CallResult(status: moved ? .success : .reverted("insufficient balance"), gasUsed: 0)
            } else {
                guard let decoded = try? ContractCall.decode(canonical: call.data) else {
                    throw QueryError.badPayload("data is not a canonical contract call (method, arguments)")
                }
                result = try vm.call(
                    Message(origin: call.from, contract: to, method: decoded.method, args: decoded.args, value: call.value,
                            gasLimit: available),
                    context: context, state: scratch)
            }
        } else {
            guard let deploy = try? ContractDeploy.decode(canonical: call.data) else {
                throw QueryError.badPayload("data is not a canonical deploy (code, init arguments)")
            }
            let nonce = try WorldState(scratch).account(call.from).nonce
            let deployed = try vm.deploy(
                code: deploy.code, initArgs: deploy.initArgs, deployer: call.from, nonce: nonce, value: call.value,
                gasLimit: available, context: context, state: scratch)
            result = deployed.result
            contract = deployed.address
        }
        return (result, intrinsic + min(result.gasUsed, available), contract)
    }

    /// The least gas limit with which `call` succeeds, found by bisection (nested calls forward 63/64 of
    /// what is left, so the gas a successful run used is not always enough as a limit).
    public func estimateGas(_ call: SimulatedCall) throws -> UInt64 {
        var probe = call
        probe.gasLimit = min(call.gasLimit, genesis.blockGasLimit)
        let first = try simulate(probe)
        guard first.result.status.isSuccess else {
            throw QueryError.executionFailed(ReceiptStatus(first.result.status), output: first.result.returnData)
        }
        var low = first.gasUsed - 1
        var high = probe.gasLimit
        // Most calls succeed at exactly what they used: try that first.
        probe.gasLimit = first.gasUsed
        if try simulate(probe).result.status.isSuccess { return first.gasUsed }
        low = first.gasUsed
        while high - low > 1 {
            let middle = low + (high - low) / 2
            probe.gasLimit = middle
            if try simulate(probe).result.status.isSuccess { high = middle } else { low = middle }
        }
        return high
    }

    /// Events emitted in heights `from...to`, optionally only by `contracts` and with `topic0` first.
    public func events(from: UInt64, to: UInt64, contracts: Set<Address>? = nil, topic0: Set<[UInt8]>? = nil, limit: Int = 10_000)
        throws -> [LoggedEvent]
    {
        guard from <= to else { return [] }
        let count = to - from + 1
        guard count <= UInt64(Self.maxEventRange) else { throw QueryError.rangeTooLarge(Int(clamping: count), limit: Self.maxEventRange) }
        return try locked {
            var found: [LoggedEvent] = []
            for height in from...min(to, head.height) {
                guard let receipts = try blocks.receipts(at: height), !receipts.isEmpty,
                    let header = try blocks.header(at: height)
                else { continue }
                var logIndex = 0
                for (index, receipt) in receipts.enumerated() {
                    for event in receipt.events {
                        defer { logIndex += 1 }
                        if let contracts, !contracts.contains(event.contract) { continue }
                        if let topic0, !(event.topics.first.map(topic0.contains) ?? false) { continue }
                        found.append(LoggedEvent(
                            event: event, height: height, blockHash: header.hash, transactionHash: receipt.transactionHash,
                            transactionIndex: index, logIndex: logIndex))
                        if found.count >= limit { return found }
                    }
                }
            }
            return found
        }
    }

    /// The value of `key` at `height` with its proof and the header whose state root it is checked against.
    public func proof(_ key: StateKey, at height: UInt64? = nil) throws -> (value: [UInt8]?, proof: StateProof, header: BlockHeader) {
        try locked {
            let height = height ?? head.height
            guard let header = try blocks.header(at: height) else { throw ChainError.unknownBlock("at height \(height)") }
            return (try database.value(key, at: height), try database.proof(key, at: height), header)
        }
    }

    /// The values of `keys` at `height` with their proofs, all read under one lock against one header, so a
    /// reader never gets proofs from two different states.
    public func proofs(_ keys: [StateKey], at height: UInt64? = nil) throws
        -> (items: [(key: StateKey, value: [UInt8]?, proof: StateProof)], header: BlockHeader)
    {
        try locked {
            let height = height ?? head.height
            guard let header = try blocks.header(at: height) else { throw ChainError.unknownBlock("at height \(height)") }
            let items = try keys.map { key in (key: key, value: try database.value(key, at: height), proof: try database.proof(key, at: height)) }
            return (items, header)
        }
    }
}
