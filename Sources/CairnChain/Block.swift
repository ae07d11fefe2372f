import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState

/// A block header: everything a light client needs to check a block and the state it produced.
///
/// `stateRoot` is the root after this block's transactions (as in Ethereum), so a proof at height h is
/// checked against header h. `validatorSetHash` names the set that signs this block (read from the parent's
/// state); `lastCommitHash` the commit that finalized the parent. The hash is SHA-256 of the canonical encoding.
public struct BlockHeader: Sendable, Hashable, CanonicalCodable {
    public var chainID: UInt64
    public var height: UInt64
    /// Unix seconds; never earlier than the parent's.
    public var time: UInt64
    public var parentHash: [UInt8]
    /// The operator address of the validator that proposed the block; it receives the priority fees.
    public var proposer: Address
    /// `ListMerkleTree` root over the raw signed transactions.
    public var transactionsRoot: [UInt8]
    /// `ListMerkleTree` root over the canonical receipts.
    public var receiptsRoot: [UInt8]
    public var stateRoot: [UInt8]
    public var validatorSetHash: [UInt8]
    /// Hash of the parent's commit; 32 zero bytes for the first block after genesis.
    public var lastCommitHash: [UInt8]
    /// `ListMerkleTree` root over the block's evidence.
    public var evidenceHash: [UInt8]
    public var gasLimit: UInt64
    public var gasUsed: UInt64
    /// EIP-1559 base fee per gas of this block (burned).
    public var baseFee: UInt128

    public init(
        chainID: UInt64, height: UInt64, time: UInt64, parentHash: [UInt8], proposer: Address, transactionsRoot: [UInt8],
        receiptsRoot: [UInt8], stateRoot: [UInt8], validatorSetHash: [UInt8], lastCommitHash: [UInt8],
        evidenceHash: [UInt8], gasLimit: UInt64, gasUsed: UInt64, baseFee: UInt128
    ) {
        self.chainID = chainID
        self.height = height
        self.time = time
        self.parentHash = parentHash
        self.proposer = proposer
        self.transactionsRoot = transactionsRoot
        self.receiptsRoot = receiptsRoot
        self.stateRoot = stateRoot
        self.validatorSetHash = validatorSetHash
        self.lastCommitHash = lastCommitHash
        self.evidenceHash = evidenceHash
        self.gasLimit = gasLimit
        self.gasUsed = gasUsed
        self.baseFee = baseFee
    }

    /// The block's identity: SHA-256 of the canonical header.
    public var hash: [UInt8] { SHA256.hash(canonicalBytes) }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(chainID)
        writer.writeUInt64(height)
        writer.writeUInt64(time)
        writer.writeFixed(parentHash)
        writer.writeFixed(proposer.bytes)
        writer.writeFixed(transactionsRoot)
        writer.writeFixed(receiptsRoot)
        writer.writeFixed(stateRoot)
        writer.writeFixed(validatorSetHash)
        writer.writeFixed(lastCommitHash)
        writer.writeFixed(evidenceHash)
        writer.writeUInt64(gasLimit)
        writer.writeUInt64(gasUsed)
        writer.writeUInt128(baseFee)
    }

    public init(from reader: inout CanonicalReader) throws {
        chainID = try reader.readUInt64()
        height = try reader.readUInt64()
        time = try reader.readUInt64()
        parentHash = try reader.readFixed(count: 32)
        proposer = try Address(bytes: reader.readFixed(count: Address.byteCount))
        transactionsRoot = try reader.readFixed(count: 32)
        receiptsRoot = try reader.readFixed(count: 32)
        stateRoot = try reader.readFixed(count: 32)
        validatorSetHash = try reader.readFixed(count: 32)
        lastCommitHash = try reader.readFixed(count: 32)
        evidenceHash = try reader.readFixed(count: 32)
        gasLimit = try reader.readUInt64()
        gasUsed = try reader.readUInt64()
        baseFee = try reader.readUInt128()
    }
}

/// A block: its header, its transactions in execution order, the parent's commit and any evidence.
public struct Block: Sendable, Equatable, CanonicalCodable {
    /// No block holds more transactions than this (a 30M-gas block holds at most 1,428 transfers).
    public static let maxTransactions = 10_000
    public static let maxEvidence = 100

    public var header: BlockHeader
    public var transactions: [SignedTransaction]
    /// The commit that finalized the parent; nil only for the first block after genesis (and genesis).
    public var lastCommit: Commit?
    /// Double-sign evidence, each a canonical `DoubleSignEvidence` (the Slashing contract's argument bytes).
    public var evidence: [[UInt8]]

    public init(header: BlockHeader, transactions: [SignedTransaction], lastCommit: Commit?, evidence: [[UInt8]] = []) {
        self.header = header
        self.transactions = transactions
        self.lastCommit = lastCommit
        self.evidence = evidence
    }

    public var hash: [UInt8] { header.hash }

    /// The transactions root this block's header must carry.
    public static func transactionsRoot(_ transactions: [SignedTransaction]) -> [UInt8] {
        ListMerkleTree.root(transactions.map(\.raw))
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.write(header)
        writer.writeArray(transactions) { $0.writeBytes($1.raw) }
        writer.writeOptional(lastCommit) { $0.write($1) }
        writer.writeArray(evidence) { $0.writeBytes($1) }
    }

    public init(from reader: inout CanonicalReader) throws {
        header = try reader.read(BlockHeader.self)
        transactions = try reader.readArray(maxCount: Self.maxTransactions) { reader in
            try SignedTransaction(raw: reader.readBytes(maxLength: SignedTransaction.maxEncodedSize))
        }
        lastCommit = try reader.readOptional { try $0.read(Commit.self) }
        evidence = try reader.readArray(maxCount: Self.maxEvidence) { try $0.readBytes(maxLength: 64 * 1024) }
    }
}
