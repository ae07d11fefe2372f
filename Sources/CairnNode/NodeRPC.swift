import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnState
import CairnVM

/// The node's JSON-RPC methods: Ethereum's where a wallet or library needs them, and Cairn's for
/// contract calls, proofs, validators, commits and events.
///
/// Handlers run concurrently; each takes the chain's lock only for its own reads, so a query never sees
/// a half-stored block. `chain.blocks` reads the chain's single SQLite connection directly, so every
/// use of it here is wrapped in `chain.locked`: unlocked, concurrent reads corrupt the connection.
public enum NodeRPC {
    public static let clientVersion = "cairn/0.1.0"
    /// Ethereum's error code for a rejected transaction or failed call.
    static let rejected: Int64 = -32000
    /// geth's code for a reverted call, with the revert data.
    static let reverted: Int64 = 3
    /// The most transactions one `cairn_getAccountTransactions` page holds.
    static let maxAccountTransactions: UInt64 = 1_000
    /// The most storage slots one `cairn_getStorage` page holds.
    static let maxStorageEntries: UInt64 = 1_000
    /// The most state keys one `cairn_getProofs` call proves (each proof is up to ~8 KiB of JSON).
    public static let maxProofKeys = 256

    /// The method table for `chain`; `onSubmit` runs after each accepted transaction (the dev node wakes
    /// its block producer).
    public static func methods(chain: Chain, onSubmit: @escaping @Sendable (SignedTransaction) -> Void = { _ in }) -> RPCMethodTable {
        var table = RPCMethodTable()
        let chainID = chain.genesis.chainId
        func register(_ name: String, _ handler: @escaping @Sendable (JSONValue) throws -> JSONValue) {
            table.register(name) { params in
                do {
                    return try handler(params)
                } catch let error as RPCError {
                    throw error
                } catch let error as TransactionError {
                    throw RPCError(code: rejected, message: error.description)
                } catch let error as MempoolError {
                    throw RPCError(code: rejected, message: error.description)
                } catch let error as QueryError {
                    throw RPCError(code: rejected, message: error.description)
                } catch let error as ChainError {
                    throw RPCError(code: rejected, message: error.description)
                } catch let error as StateDatabaseError {
                    if case .pruned = error { throw RPCError(code: rejected, message: error.description) }
                    throw error
                }
            }
        }

        register("web3_clientVersion") { _ in .string(clientVersion) }
        register("net_version") { _ in .string(String(chainID)) }
        register("net_listening") { _ in true }
        register("eth_chainId") { _ in EthJSON.quantity(chainID) }
        register("eth_syncing") { _ in false }
        register("eth_accounts") { _ in [] }
        register("eth_blockNumber") { _ in EthJSON.quantity(chain.head.height) }
        register("eth_gasPrice") { _ in EthJSON.quantity(chain.nextBaseFee + FeeMarket.suggestedTip) }
        register("eth_maxPriorityFeePerGas") { _ in EthJSON.quantity(FeeMarket.suggestedTip) }

        register("eth_getBalance") { params in
            let address = try EthJSON.parseAddress(try EthJSON.required(params, 0, "address"), "address")
            let height = try height(params, 1, chain)
            return EthJSON.quantity(try WorldState(chain.state(at: height)).balance(of: address))
        }
        register("eth_getTransactionCount") { params in
            let address = try EthJSON.parseAddress(try EthJSON.required(params, 0, "address"), "address")
            if EthJSON.param(params, 1)?.string == "pending" {
                return EthJSON.quantity(try chain.locked { try chain.mempool.nextNonce(of: address, state: chain.state()) })
            }
            return EthJSON.quantity(try WorldState(chain.state(at: try height(params, 1, chain))).account(address).nonce)
        }
        register("eth_getCode") { params in
            let address = try EthJSON.parseAddress(try EthJSON.required(params, 0, "address"), "address")
            return EthJSON.data(try WorldState(chain.state(at: try height(params, 1, chain))).code(at: address)?.code ?? [])
        }

        register("eth_sendRawTransaction") { params in
            let raw = try EthJSON.parseBytes(try EthJSON.required(params, 0, "raw transaction"), "raw transaction")
            let transaction = try chain.submit(raw: raw)
            onSubmit(transaction)
            return EthJSON.data(transaction.hash)
        }
        register("eth_getTransactionByHash") { params in
            let hash = try EthJSON.parseHash(try EthJSON.required(params, 0, "hash"), "hash")
            guard let record = try chain.transaction(hash: hash) else { return .null }
            return EthJSON.transaction(record.transaction, header: record.header, index: record.location?.index, receipt: record.receipt)
        }
        register("eth_getTransactionReceipt") { params in
            let hash = try EthJSON.parseHash(try EthJSON.required(params, 0, "hash"), "hash")
            guard let record = try chain.transaction(hash: hash), let location = record.location, let header = record.header,
                let receipt = record.receipt
            else { return .null }
            return EthJSON.receipt(
                receipt, transaction: record.transaction, header: header, index: location.index,
                firstLogIndex: record.firstLogIndex)
        }
        register("eth_getBlockByNumber") { params in
            let height = try height(params, 0, chain, required: true)
            let full = EthJSON.param(params, 1)?.bool ?? false
            return try blockJSON(chain, height: height, full: full)
        }
        register("eth_getBlockByHash") { params in
            let hash = try EthJSON.parseHash(try EthJSON.required(params, 0, "hash"), "hash")
            guard let height = try chain.locked({ try chain.blocks.height(ofBlock: hash) }) else { return .null }
            return try blockJSON(chain, height: height, full: EthJSON.param(params, 1)?.bool ?? false)
        }
        register("eth_feeHistory") { params in try feeHistory(chain, params) }
        register("eth_estimateGas") { params in
            let call = try simulatedCall(try EthJSON.required(params, 0, "transaction"), chain: chain)
            do {
                return EthJSON.quantity(try chain.estimateGas(call))
            } catch let QueryError.executionFailed(status, output) {
                if status == .reverted {
                    throw RPCError(code: reverted, message: "execution reverted: \(String(decoding: output, as: UTF8.self))",
                                   data: EthJSON.data(output))
                }
                throw RPCError(code: rejected, message: "execution \(status)")
            }
        }
        register("eth_getLogs") { params in try events(chain, params) }

        register("cairn_call") { params in
            let request = try EthJSON.required(params, 0, "call")
            let to = try EthJSON.parseAddress(try field(request, "to"), "to")
            guard let method = request["method"]?.string else { throw RPCError.invalidParams("call needs a method") }
            let args = try request["args"].map { try EthJSON.parseBytes($0, "args") } ?? []
            let from = try request["from"].map { try EthJSON.parseAddress($0, "from") } ?? SystemAddress.system
            let value = try request["value"].map { try EthJSON.parseQuantity($0, "value") } ?? 0
            let gas = try request["gas"].map { try EthJSON.parseUInt64($0, "gas") } ?? chain.genesis.blockGasLimit
            let data = ContractCall(method: method, args: args).canonicalBytes
            let at = try height(params, 1, chain)
            let outcome = try chain.simulate(SimulatedCall(from: from, to: to, value: value, data: data, gasLimit: gas), height: at)
            var answer: [String: JSONValue] = [
                "status": .string(ReceiptStatus(outcome.result.status).description),
                "output": EthJSON.data(outcome.result.returnData),
                "gasUsed": EthJSON.quantity(outcome.gasUsed),
                "height": EthJSON.quantity(at),
                "events": .array(outcome.result.events.map {
                    .object(["address": EthJSON.address($0.contract), "topics": .array($0.topics.map(EthJSON.data)), "data": EthJSON.data($0.data)])
                }),
            ]
            // Read-only calls may show the engine's reason: nothing is stored or hashed from it.
            if case let .trapped(reason) = outcome.result.status { answer["reason"] = .string(reason) }
            if case let .reverted(reason) = outcome.result.status { answer["reason"] = .string(reason) }
            return .object(answer)
        }
        register("cairn_getProof") { params in
            let key = try stateKey(try EthJSON.required(params, 0, "key"))
            let at = try height(params, 1, chain)
            let (value, proof, header) = try chain.proof(key, at: at)
            return .object([
                "key": EthJSON.data(key.bytes),
                "value": value.map(EthJSON.data) ?? .null,
                "proof": EthJSON.data(proof.canonicalBytes),
                "height": EthJSON.quantity(header.height),
                "stateRoot": EthJSON.data(header.stateRoot),
                "header": EthJSON.header(header),
            ])
        }
        register("cairn_getProofs") { params in
            guard let list = try EthJSON.required(params, 0, "keys").array else { throw RPCError.invalidParams("keys must be an array") }
            guard (1...maxProofKeys).contains(list.count) else { throw RPCError.invalidParams("keys must hold 1 to \(maxProofKeys) keys") }
            let keys = try list.map(stateKey)
            let (items, header) = try chain.proofs(keys, at: try height(params, 1, chain))
            return .object([
                "height": EthJSON.quantity(header.height),
                "stateRoot": EthJSON.data(header.stateRoot),
                "header": EthJSON.header(header),
                "proofs": .array(items.map {
                    .object(["key": EthJSON.data($0.key.bytes), "value": $0.value.map(EthJSON.data) ?? .null, "proof": EthJSON.data($0.proof.canonicalBytes)])
                }),
            ])
        }
        register("cairn_getHeader") { params in
            let at = try height(params, 0, chain)
            guard let header = try chain.locked({ try chain.blocks.header(at: at) }) else { return .null }
            return EthJSON.header(header)
        }
        register("cairn_getValidators") { params in
            let at = try height(params, 0, chain)
            // The set that signs block `at` was fixed by the state after the block before it.
            var answer = EthJSON.validators(try chain.validators(at: at == 0 ? 0 : at - 1))
            if case var .object(fields) = answer {
                fields["height"] = EthJSON.quantity(at)
                answer = .object(fields)
            }
            return answer
        }
        register("cairn_getCommit") { params in
            let at = try height(params, 0, chain)
            let (stored, storedHeader) = try chain.locked { (try chain.blocks.commit(at: at), try chain.blocks.header(at: at)) }
            guard let commit = stored, let header = storedHeader else { return .null }
            var answer = EthJSON.commit(commit)
            if case var .object(fields) = answer {
                fields["header"] = EthJSON.header(header)
                answer = .object(fields)
            }
            return answer
        }
        register("cairn_getEvents") { params in try events(chain, params) }
        register("cairn_chainInfo") { _ in
            let contracts = chain.genesis.contracts
            return .object([
                "chainId": EthJSON.quantity(chainID),
                "genesisTime": EthJSON.quantity(chain.genesis.genesisTime),
                "blockGasLimit": EthJSON.quantity(chain.genesis.blockGasLimit),
                "epochLength": EthJSON.quantity(chain.genesis.consensusParameters.epochLength),
                "height": EthJSON.quantity(chain.head.height),
                "contracts": .object([
                    "identity": EthJSON.address(contracts.identity.address),
                    "keyBundle": EthJSON.address(contracts.keyBundle.address),
                    "inbox": EthJSON.address(contracts.inbox.address),
                    "staking": EthJSON.address(contracts.staking.address),
                    "slashing": EthJSON.address(contracts.slashing.address),
                ]),
            ])
        }
        register("cairn_getAccountTransactions") { params in
            let address = try EthJSON.parseAddress(try EthJSON.required(params, 0, "address"), "address")
            let options = EthJSON.param(params, 1) ?? [:]
            let limit = try options["limit"].flatMap(\.nonNull).map { try EthJSON.parseUInt64($0, "limit") } ?? 25
            guard limit >= 1, limit <= maxAccountTransactions else {
                throw RPCError.invalidParams("limit must be 1 to \(maxAccountTransactions)")
            }
            var before: TransactionLocation?
            if let cursor = options["before"], !cursor.isNull {
                let height = try EthJSON.parseUInt64(try field(cursor, "height"), "before.height")
                let index = try EthJSON.parseUInt64(try field(cursor, "index"), "before.index")
                before = TransactionLocation(height: height, index: Int(clamping: index))
            }
            let (page, records) = try chain.locked {
                let page = try chain.blocks.transactions(of: address, before: before, limit: Int(limit))
                // Receipts are stored per block: read each block's once, however many of its transactions are listed.
                var receiptsByHeight: [UInt64: [Receipt]] = [:]
                return (page, try page.compactMap { location -> (TransactionLocation, SignedTransaction, BlockHeader, Receipt?)? in
                    guard let (transaction, header) = try chain.blocks.transaction(at: location) else { return nil }
                    if receiptsByHeight[location.height] == nil { receiptsByHeight[location.height] = try chain.blocks.receipts(at: location.height) ?? [] }
                    let receipts = receiptsByHeight[location.height]!
                    return (location, transaction, header, location.index < receipts.count ? receipts[location.index] : nil)
                })
            }
            let transactions: [JSONValue] = records.map { record in
                let (location, transaction, header, receipt) = record
                return EthJSON.transaction(transaction, header: header, index: location.index, receipt: receipt)
            }
            let next: JSONValue = page.count == Int(limit)
                ? .object(["height": EthJSON.quantity(page.last!.height), "index": EthJSON.quantity(page.last!.index)]) : .null
            return .object(["transactions": .array(transactions), "next": next])
        }
        register("cairn_getStorage") { params in
            let address = try EthJSON.parseAddress(try EthJSON.required(params, 0, "address"), "address")
            let options = EthJSON.param(params, 1) ?? [:]
            let limit = try options["limit"].flatMap(\.nonNull).map { try EthJSON.parseUInt64($0, "limit") } ?? 100
            guard limit >= 1, limit <= maxStorageEntries else { throw RPCError.invalidParams("limit must be 1 to \(maxStorageEntries)") }
            let after = try options["after"].flatMap(\.nonNull).map { try EthJSON.parseBytes($0, "after") }
            let at = try height(params, 2, chain)
            let prefix = StateKey.storage(address, []).bytes
            let entries = try chain.locked {
                try chain.database.entries(withPrefix: prefix, after: after.map { prefix + $0 }, limit: Int(limit), at: at)
            }
            let slots = entries.map { Array($0.key.bytes.dropFirst(prefix.count)) }
            return .object([
                "height": EthJSON.quantity(at),
                "entries": .array(zip(slots, entries).map { .object(["slot": EthJSON.data($0), "value": EthJSON.data($1.value)]) }),
                "next": entries.count == Int(limit) ? EthJSON.data(slots.last!) : .null,
            ])
        }
        return table
    }

    // MARK: Helpers

    static func field(_ object: JSONValue, _ name: String) throws(RPCError) -> JSONValue {
        guard let value = object[name], !value.isNull else { throw .invalidParams("missing field \(name)") }
        return value
    }

    static func height(_ params: JSONValue, _ index: Int, _ chain: Chain, required: Bool = false) throws -> UInt64 {
        let value = EthJSON.param(params, index)
        if required && value == nil { throw RPCError.invalidParams("missing parameter \(index): block") }
        if let hash = value?.object?["blockHash"] {
            let blockHash = try EthJSON.parseHash(hash, "blockHash")
            guard let height = try chain.locked({ try chain.blocks.height(ofBlock: blockHash) }) else {
                throw RPCError(code: rejected, message: "unknown block hash")
            }
            return height
        }
        return try EthJSON.parseBlockTag(value, head: chain.head.height)
    }

    static func blockJSON(_ chain: Chain, height: UInt64, full: Bool) throws -> JSONValue {
        let (stored, receipts) = try chain.locked { (try chain.blocks.block(at: height), full ? try chain.blocks.receipts(at: height) : nil) }
        guard let block = stored else { return .null }
        return EthJSON.block(block, receipts: receipts, full: full)
    }

    /// A transaction object (eth_estimateGas) as a simulated call.
    static func simulatedCall(_ object: JSONValue, chain: Chain) throws -> SimulatedCall {
        guard object.object != nil else { throw RPCError.invalidParams("transaction must be an object") }
        let from = try object["from"].flatMap(\.nonNull).map { try EthJSON.parseAddress($0, "from") } ?? SystemAddress.system
        let to = try object["to"].flatMap(\.nonNull).map { try EthJSON.parseAddress($0, "to") }
        let value = try object["value"].flatMap(\.nonNull).map { try EthJSON.parseQuantity($0, "value") } ?? 0
        let data = try (object["data"]?.nonNull ?? object["input"]?.nonNull).map { try EthJSON.parseBytes($0, "data") } ?? []
        let gas = try object["gas"].flatMap(\.nonNull).map { try EthJSON.parseUInt64($0, "gas") } ?? chain.genesis.blockGasLimit
        return SimulatedCall(from: from, to: to, value: value, data: data, gasLimit: gas)
    }

    /// A state key: raw hex, or {"account": addr}, {"code": hash}, {"contract": addr, "slot": hex}.
    static func stateKey(_ value: JSONValue) throws -> StateKey {
        if value.string != nil {
            guard let key = StateKey(bytes: try EthJSON.parseBytes(value, "key")), key.bytes.count <= 1 + 20 + 1024 else {
                throw RPCError.invalidParams("key must start with a namespace byte (1 account, 2 code, 3 storage)")
            }
            return key
        }
        if let account = value["account"] { return .account(try EthJSON.parseAddress(account, "account")) }
        if let code = value["code"] { return .code(hash: try EthJSON.parseHash(code, "code")) }
        if let contract = value["contract"], let slot = value["slot"] {
            return .storage(try EthJSON.parseAddress(contract, "contract"), try EthJSON.parseBytes(slot, "slot"))
        }
        throw RPCError.invalidParams("key must be hex or one of {account}, {code}, {contract, slot}")
    }

    static func events(_ chain: Chain, _ params: JSONValue) throws -> JSONValue {
        let filter = EthJSON.param(params, 0) ?? [:]
        let head = chain.head.height
        let from = try EthJSON.parseBlockTag(filter["fromBlock"], head: head)
        let to = try EthJSON.parseBlockTag(filter["toBlock"], head: head)
        var contracts: Set<Address>?
        if let address = filter["address"], !address.isNull {
            let list = address.array ?? [address]
            contracts = Set(try list.map { try EthJSON.parseAddress($0, "address") })
        }
        var topic0: Set<[UInt8]>?
        if let topics = filter["topics"]?.array, let first = topics.first, !first.isNull {
            let list = first.array ?? [first]
            topic0 = Set(try list.map { try EthJSON.parseHash($0, "topic") })
        }
        let found = try chain.events(from: from, to: to, contracts: contracts, topic0: topic0)
        return .array(found.map {
            EthJSON.log($0.event, height: $0.height, blockHash: $0.blockHash, transactionHash: $0.transactionHash,
                        transactionIndex: $0.transactionIndex, logIndex: $0.logIndex)
        })
    }

    /// EIP-1559 fee history: base fees (one more than blocks, for the next), gas used ratios, and the
    /// requested percentiles of effective tips weighted by gas.
    static func feeHistory(_ chain: Chain, _ params: JSONValue) throws -> JSONValue {
        let count = try EthJSON.parseUInt64(try EthJSON.required(params, 0, "blockCount"), "blockCount")
        guard count >= 1, count <= 1024 else { throw RPCError.invalidParams("blockCount must be 1 to 1024") }
        let newest = try height(params, 1, chain, required: true)
        let percentiles = try (EthJSON.param(params, 2)?.array ?? []).map { value throws -> Double in
            guard let number = value.double ?? value.integer.map(Double.init), number >= 0, number <= 100 else {
                throw RPCError.invalidParams("reward percentiles must be numbers from 0 to 100")
            }
            return number
        }
        guard zip(percentiles, percentiles.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw RPCError.invalidParams("reward percentiles must increase")
        }
        let oldest = newest + 1 >= count ? newest + 1 - count : 0
        var baseFees: [JSONValue] = []
        var ratios: [JSONValue] = []
        var rewards: [JSONValue] = []
        var last: BlockHeader?
        for height in oldest...newest {
            let (stored, storedReceipts) = try chain.locked { (try chain.blocks.block(at: height), try chain.blocks.receipts(at: height)) }
            guard let block = stored, let receipts = storedReceipts else { continue }
            let header = block.header
            baseFees.append(EthJSON.quantity(header.baseFee))
            ratios.append(.double(header.gasLimit == 0 ? 0 : Double(header.gasUsed) / Double(header.gasLimit)))
            if !percentiles.isEmpty {
                let tips = zip(block.transactions, receipts)
                    .map { (tip: $0.effectiveTip(baseFee: header.baseFee), gas: $1.gasUsed) }
                    .sorted { $0.tip < $1.tip }
                rewards.append(.array(percentiles.map { percentile in
                    guard !tips.isEmpty else { return EthJSON.quantity(UInt64(0)) }
                    let threshold = Double(header.gasUsed) * percentile / 100
                    var cumulative: UInt64 = 0
                    for entry in tips {
                        cumulative += entry.gas
                        if Double(cumulative) >= threshold { return EthJSON.quantity(entry.tip) }
                    }
                    return EthJSON.quantity(tips.last!.tip)
                }))
            }
            last = header
        }
        if let last {
            baseFees.append(EthJSON.quantity(
                FeeMarket.nextBaseFee(parentBaseFee: last.baseFee, parentGasUsed: last.gasUsed, parentGasLimit: last.gasLimit)))
        }
        var answer: [String: JSONValue] = [
            "oldestBlock": EthJSON.quantity(oldest), "baseFeePerGas": .array(baseFees), "gasUsedRatio": .array(ratios),
        ]
        if !percentiles.isEmpty { answer["reward"] = .array(rewards) }
        return .object(answer)
    }
}
