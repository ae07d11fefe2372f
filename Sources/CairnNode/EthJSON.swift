import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnVM

/// Ethereum JSON-RPC encodings: quantities as minimal 0x-hex, data as 0x-hex, and the block, transaction,
/// receipt and log objects shaped as Ethereum clients (web3.py, ethers, viem) read them.
enum EthJSON {
    static func quantity<T: UnsignedInteger & FixedWidthInteger>(_ value: T) -> JSONValue {
        .string("0x" + String(value, radix: 16))
    }

    static func quantity(_ value: Int) -> JSONValue { quantity(UInt64(value)) }

    static func data(_ bytes: [UInt8]) -> JSONValue { .string("0x" + Hex.encode(bytes)) }

    static func address(_ address: Address) -> JSONValue { .string("0x" + Hex.encode(address.bytes)) }

    /// keccak256(rlp([])): the uncle hash of a block without uncles.
    static let emptyUncleHash = data(try! Hex.decode("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"))
    static let emptyBloom = data([UInt8](repeating: 0, count: 256))

    // MARK: Parsing parameters

    static func param(_ params: JSONValue, _ index: Int) -> JSONValue? {
        guard let array = params.array, index < array.count else { return nil }
        return array[index].nonNull
    }

    static func required(_ params: JSONValue, _ index: Int, _ name: String) throws(RPCError) -> JSONValue {
        guard let value = param(params, index) else { throw .invalidParams("missing parameter \(index): \(name)") }
        return value
    }

    static func parseBytes(_ value: JSONValue, _ name: String) throws(RPCError) -> [UInt8] {
        guard let text = value.string, text.hasPrefix("0x") || text.hasPrefix("0X") else {
            throw .invalidParams("\(name) must be a 0x-prefixed hex string")
        }
        guard text.count % 2 == 0, let bytes = try? Hex.decode(text.dropFirst(2)) else {
            throw .invalidParams("\(name) is not valid hex")
        }
        return bytes
    }

    static func parseHash(_ value: JSONValue, _ name: String) throws(RPCError) -> [UInt8] {
        let bytes = try parseBytes(value, name)
        guard bytes.count == 32 else { throw .invalidParams("\(name) must be 32 bytes") }
        return bytes
    }

    static func parseAddress(_ value: JSONValue, _ name: String) throws(RPCError) -> Address {
        let bytes = try parseBytes(value, name)
        guard let address = try? Address(bytes: bytes) else { throw .invalidParams("\(name) must be a 20-byte address") }
        return address
    }

    static func parseQuantity(_ value: JSONValue, _ name: String) throws(RPCError) -> UInt128 {
        if let integer = value.integer, integer >= 0 { return UInt128(integer) }
        guard let text = value.string, text.hasPrefix("0x"), text.count > 2, text.count <= 34,
            let parsed = UInt128(text.dropFirst(2), radix: 16)
        else { throw .invalidParams("\(name) must be a hex quantity") }
        return parsed
    }

    static func parseUInt64(_ value: JSONValue, _ name: String) throws(RPCError) -> UInt64 {
        let wide = try parseQuantity(value, name)
        guard let narrow = UInt64(exactly: wide) else { throw .invalidParams("\(name) is too large") }
        return narrow
    }

    /// A block tag ("latest", "earliest", "pending", "safe", "finalized") or number, as a height.
    /// Blocks are final when committed, so "pending", "safe" and "finalized" all mean the latest block.
    static func parseBlockTag(_ value: JSONValue?, head: UInt64) throws(RPCError) -> UInt64 {
        guard let value else { return head }
        if let object = value.object {
            // EIP-1898: {"blockNumber": ...}; block hashes are resolved by the caller.
            if let number = object["blockNumber"] { return try parseBlockTag(number, head: head) }
            throw .invalidParams("block parameter object needs blockNumber")
        }
        switch value.string {
        case "latest", "pending", "safe", "finalized": return head
        case "earliest": return 0
        default:
            let height = try parseUInt64(value, "block number")
            guard height <= head else { throw RPCError(code: -32000, message: "block \(height) is not committed yet (head \(head))") }
            return height
        }
    }

    // MARK: Objects

    static func block(_ block: Block, receipts: [Receipt]?, full: Bool) -> JSONValue {
        let header = block.header
        let hash = block.hash
        let transactions: [JSONValue] = block.transactions.enumerated().map { index, tx in
            full ? transaction(tx, header: header, index: index, receipt: receipts?[index]) : data(tx.hash)
        }
        return .object([
            "number": quantity(header.height),
            "hash": data(hash),
            "parentHash": data(header.parentHash),
            "nonce": data([UInt8](repeating: 0, count: 8)),
            "mixHash": data([UInt8](repeating: 0, count: 32)),
            "sha3Uncles": emptyUncleHash,
            "logsBloom": emptyBloom,
            "transactionsRoot": data(header.transactionsRoot),
            "stateRoot": data(header.stateRoot),
            "receiptsRoot": data(header.receiptsRoot),
            "miner": address(header.proposer),
            "difficulty": "0x0",
            "totalDifficulty": "0x0",
            "extraData": "0x",
            "size": quantity(block.canonicalBytes.count),
            "gasLimit": quantity(header.gasLimit),
            "gasUsed": quantity(header.gasUsed),
            "timestamp": quantity(header.time),
            "baseFeePerGas": quantity(header.baseFee),
            "transactions": .array(transactions),
            "uncles": [],
            // Cairn's own header fields.
            "validatorSetHash": data(header.validatorSetHash),
            "lastCommitHash": data(header.lastCommitHash),
            "evidenceHash": data(header.evidenceHash),
            "chainId": quantity(header.chainID),
            "evidence": .array(block.evidence.map(evidence)),
        ])
    }

    /// One piece of a block's evidence: decoded when it is a `DoubleSignEvidence` (blocks only hold valid
    /// ones), and always with its canonical bytes.
    static func evidence(_ bytes: [UInt8]) -> JSONValue {
        guard let decoded = try? DoubleSignEvidence.decode(canonical: bytes) else { return .object(["encoded": data(bytes)]) }
        func vote(_ vote: Vote, _ signature: [UInt8]) -> JSONValue {
            .object([
                "kind": .string(vote.kind == .prevote ? "prevote" : "precommit"), "height": quantity(vote.height),
                "round": quantity(UInt64(vote.round)), "blockHash": data(vote.blockHash), "signature": data(signature),
            ])
        }
        return .object([
            "consensusKey": data(decoded.consensusKey),
            "voteA": vote(decoded.voteA, decoded.signatureA),
            "voteB": vote(decoded.voteB, decoded.signatureB),
            "encoded": data(bytes),
        ])
    }

    static func transaction(_ signed: SignedTransaction, header: BlockHeader?, index: Int?, receipt: Receipt?) -> JSONValue {
        let tx = signed.transaction
        let gasPrice = receipt?.effectiveGasPrice ?? header.map { $0.baseFee + signed.effectiveTip(baseFee: $0.baseFee) }
            ?? tx.maxFeePerGas
        // With its receipt (a full block, an account's list), a transaction also says how it ended:
        // Cairn's own fields, so a list needs no receipt request per transaction.
        var fields: [String: JSONValue] = [
            "hash": data(signed.hash),
            "type": "0x2",
            "chainId": quantity(tx.chainID),
            "nonce": quantity(tx.nonce),
            "from": address(signed.sender),
            "to": tx.to.map(address) ?? .null,
            "value": quantity(tx.value),
            "input": data(tx.data),
            "gas": quantity(tx.gasLimit),
            "gasPrice": quantity(gasPrice),
            "maxFeePerGas": quantity(tx.maxFeePerGas),
            "maxPriorityFeePerGas": quantity(tx.maxPriorityFeePerGas),
            "accessList": [],
            "v": quantity(UInt64(signed.yParity)),
            "yParity": quantity(UInt64(signed.yParity)),
            "r": quantity(UInt256Hex(signed.r)),
            "s": quantity(UInt256Hex(signed.s)),
            "blockHash": header.map { data($0.hash) } ?? .null,
            "blockNumber": header.map { quantity($0.height) } ?? .null,
            "transactionIndex": index.map { quantity($0) } ?? .null,
        ]
        if let receipt {
            fields["cairnStatus"] = .string(receipt.status.description)
            fields["gasUsed"] = quantity(receipt.gasUsed)
        }
        return .object(fields)
    }

    /// r and s as minimal hex quantities (they are 256-bit, beyond UInt128).
    struct UInt256Hex { let bytes: [UInt8]; init(_ bytes: [UInt8]) { self.bytes = bytes } }

    static func quantity(_ value: UInt256Hex) -> JSONValue {
        let digits = Hex.encode(value.bytes).drop(while: { $0 == "0" })
        return .string("0x" + (digits.isEmpty ? "0" : String(digits)))
    }

    static func receipt(_ receipt: Receipt, transaction signed: SignedTransaction, header: BlockHeader, index: Int, firstLogIndex: Int)
        -> JSONValue
    {
        let logs = receipt.events.enumerated().map { offset, event in
            log(event, height: header.height, blockHash: header.hash, transactionHash: receipt.transactionHash,
                transactionIndex: index, logIndex: firstLogIndex + offset)
        }
        return .object([
            "transactionHash": data(receipt.transactionHash),
            "transactionIndex": quantity(index),
            "blockHash": data(header.hash),
            "blockNumber": quantity(header.height),
            "from": address(signed.sender),
            "to": signed.transaction.to.map(address) ?? .null,
            "cumulativeGasUsed": quantity(receipt.cumulativeGasUsed),
            "gasUsed": quantity(receipt.gasUsed),
            "effectiveGasPrice": quantity(receipt.effectiveGasPrice),
            "contractAddress": receipt.contractAddress.map(address) ?? .null,
            "logs": .array(logs),
            "logsBloom": emptyBloom,
            "type": "0x2",
            "status": receipt.status == .success ? "0x1" : "0x0",
            // Cairn's own: why it failed, and what it returned or the revert reason.
            "cairnStatus": .string(receipt.status.description),
            "output": data(receipt.output),
        ])
    }

    static func log(_ event: Event, height: UInt64, blockHash: [UInt8], transactionHash: [UInt8], transactionIndex: Int, logIndex: Int)
        -> JSONValue
    {
        .object([
            "address": address(event.contract),
            "topics": .array(event.topics.map(data)),
            "data": data(event.data),
            "blockNumber": quantity(height),
            "blockHash": data(blockHash),
            "transactionHash": data(transactionHash),
            "transactionIndex": quantity(transactionIndex),
            "logIndex": quantity(logIndex),
            "removed": false,
        ])
    }

    static func header(_ header: BlockHeader) -> JSONValue {
        .object([
            "chainId": quantity(header.chainID),
            "height": quantity(header.height),
            "time": quantity(header.time),
            "parentHash": data(header.parentHash),
            "proposer": address(header.proposer),
            "transactionsRoot": data(header.transactionsRoot),
            "receiptsRoot": data(header.receiptsRoot),
            "stateRoot": data(header.stateRoot),
            "validatorSetHash": data(header.validatorSetHash),
            "lastCommitHash": data(header.lastCommitHash),
            "evidenceHash": data(header.evidenceHash),
            "gasLimit": quantity(header.gasLimit),
            "gasUsed": quantity(header.gasUsed),
            "baseFee": quantity(header.baseFee),
            "hash": data(header.hash),
            // The canonical bytes, so a light client can hash them itself.
            "encoded": data(header.canonicalBytes),
        ])
    }

    static func commit(_ commit: Commit) -> JSONValue {
        .object([
            "height": quantity(commit.height),
            "round": quantity(UInt64(commit.round)),
            "blockHash": data(commit.blockHash),
            "signatures": .array(commit.signatures.map { .object(["consensusKey": data($0.consensusKey), "signature": data($0.signature)]) }),
            "encoded": data(commit.canonicalBytes),
        ])
    }

    static func validators(_ set: ValidatorSet) -> JSONValue {
        .object([
            "validators": .array(set.validators.map {
                .object(["operator": address($0.operatorAddress), "consensusKey": data($0.consensusKey), "power": quantity($0.power)])
            }),
            "totalPower": quantity(set.totalPower),
            "hash": data(set.hash),
            "encoded": data(set.canonicalBytes),
        ])
    }
}
