import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import Foundation

/// Where a transaction landed: its block height and index.
public struct TransactionLocation: Sendable, Equatable {
    public var height: UInt64
    public var index: Int

    public init(height: UInt64, index: Int) {
        self.height = height
        self.index = index
    }
}

/// The chain's blocks, commits, receipts and indexes, kept as records of the state database so that a
/// block and the state it produced are always stored by one transaction.
///
/// Record keys: `h‖height` header, `b‖height` block, `c‖height` commit, `r‖height` receipts, `H‖hash` height,
/// `T‖tx hash` height and index, `v‖height` the validator set that signs the next block, `A‖address‖height‖index`
/// (empty) for each transaction an account sent, received or created a contract with. Heights are big-endian so
/// records sort by height, and an account's index entries sort by position in the chain.
///
/// Reads take the chain's lock: the SQLite connection is not thread-safe, and a read must not interleave
/// with a block being stored on the same connection.
public struct BlockStore: @unchecked Sendable {
    public let database: StateDatabase
    private let lock: NSRecursiveLock

    public init(database: StateDatabase, lock: NSRecursiveLock = NSRecursiveLock()) {
        self.database = database
        self.lock = lock
    }

    private func record(_ key: [UInt8]) throws -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return try database.record(key)
    }

    /// The records that store `block`, its commit (if any) and its receipts.
    public static func records(block: Block, commit: Commit?, receipts: [Receipt]) -> [(key: [UInt8], value: [UInt8])] {
        let height = block.header.height
        var records: [(key: [UInt8], value: [UInt8])] = [
            (key(.header, height), block.header.canonicalBytes),
            (key(.block, height), block.canonicalBytes),
            (key(.receipts, height), receiptsBytes(receipts)),
            (key(.blockHash, block.hash), bigEndian(height)),
        ]
        if let commit { records.append((key(.commit, height), commit.canonicalBytes)) }
        for (index, transaction) in block.transactions.enumerated() {
            records.append((key(.transaction, transaction.hash), bigEndian(height) + bigEndian(UInt32(index))))
        }
        return records + accountRecords(block: block, receipts: receipts)
    }

    /// The account index entries of `block`: one per account a transaction was sent by, sent to, or
    /// created a contract at.
    public static func accountRecords(block: Block, receipts: [Receipt]) -> [(key: [UInt8], value: [UInt8])] {
        var records: [(key: [UInt8], value: [UInt8])] = []
        for (index, transaction) in block.transactions.enumerated() {
            let position = bigEndian(block.header.height) + bigEndian(UInt32(index))
            var accounts = [transaction.sender]
            if let to = transaction.transaction.to { accounts.append(to) }
            if index < receipts.count, let created = receipts[index].contractAddress { accounts.append(created) }
            for (offset, account) in accounts.enumerated() where !accounts[..<offset].contains(account) {
                records.append((key(.account, account.bytes) + position, []))
            }
        }
        return records
    }

    /// Present once every stored block is in the account index (`A` alone sorts before every entry).
    public static let accountIndexMarker: [UInt8] = [Kind.account.rawValue]

    /// Adds the account index entries of every stored block, when a database written before the index
    /// existed is opened; afterwards each block brings its own.
    public func buildAccountIndexIfMissing() throws {
        lock.lock()
        defer { lock.unlock() }
        guard try database.record(Self.accountIndexMarker) == nil, let latest = database.latestHeight else { return }
        var records: [(key: [UInt8], value: [UInt8])] = []
        for height in 0...latest {
            guard let block = try block(at: height), let receipts = try receipts(at: height) else { continue }
            records += Self.accountRecords(block: block, receipts: receipts)
        }
        records.append((Self.accountIndexMarker, []))
        try database.putRecords(records)
    }

    public func header(at height: UInt64) throws -> BlockHeader? {
        try record(Self.key(.header, height)).map { try BlockHeader.decode(canonical: $0) }
    }

    public func block(at height: UInt64) throws -> Block? {
        try record(Self.key(.block, height)).map { try Block.decode(canonical: $0) }
    }

    /// The transaction at `location` with its block's header, decoding (and recovering the sender of) only
    /// that one: a receipt lookup must not cost a signature recovery per transaction of the block.
    public func transaction(at location: TransactionLocation) throws -> (transaction: SignedTransaction, header: BlockHeader)? {
        guard let bytes = try record(Self.key(.block, location.height)) else { return nil }
        var reader = CanonicalReader(bytes)
        let header = try reader.read(BlockHeader.self)
        let count = try reader.readLength(limit: Block.maxTransactions)
        guard location.index < count else { return nil }
        for _ in 0..<location.index { _ = try reader.readBytes(maxLength: SignedTransaction.maxEncodedSize) }
        return (try SignedTransaction(raw: reader.readBytes(maxLength: SignedTransaction.maxEncodedSize)), header)
    }

    /// The commit that finalized the block at `height` (none for genesis).
    public func commit(at height: UInt64) throws -> Commit? {
        try record(Self.key(.commit, height)).map { try Commit.decode(canonical: $0) }
    }

    public func receipts(at height: UInt64) throws -> [Receipt]? {
        try record(Self.key(.receipts, height)).map { bytes in
            var reader = CanonicalReader(bytes)
            let receipts = try reader.readArray(maxCount: Block.maxTransactions) { try $0.read(Receipt.self) }
            try reader.finish()
            return receipts
        }
    }

    public func height(ofBlock hash: [UInt8]) throws -> UInt64? {
        guard hash.count == 32, let bytes = try record(Self.key(.blockHash, hash)) else { return nil }
        return try Self.readHeight(bytes, 0)
    }

    public func location(ofTransaction hash: [UInt8]) throws -> TransactionLocation? {
        guard hash.count == 32, let bytes = try record(Self.key(.transaction, hash)) else { return nil }
        guard bytes.count == 12 else { throw StateDatabaseError.corrupt("transaction index entry is \(bytes.count) bytes") }
        let index = bytes[8..<12].reduce(0) { $0 << 8 | Int($1) }
        return TransactionLocation(height: try Self.readHeight(bytes, 0), index: index)
    }

    /// The newest transactions `account` sent, received or created a contract with, newest first, at most
    /// `limit`, strictly before `before` when given (the last location of the previous page).
    public func transactions(of account: Address, before: TransactionLocation? = nil, limit: Int) throws -> [TransactionLocation] {
        let prefix = Self.key(.account, account.bytes)
        let upper = before.map { prefix + Self.bigEndian($0.height) + Self.bigEndian(UInt32(clamping: $0.index)) }
            ?? prefix + [UInt8](repeating: 0xFF, count: 13)
        lock.lock()
        defer { lock.unlock() }
        return try database.records(from: prefix, to: upper, limit: limit, descending: true).map { record in
            guard record.key.count == prefix.count + 12 else {
                throw StateDatabaseError.corrupt("account index key is \(record.key.count) bytes")
            }
            let index = record.key[(prefix.count + 8)...].reduce(0) { $0 << 8 | Int($1) }
            return TransactionLocation(height: try Self.readHeight(Array(record.key[prefix.count...]), 0), index: index)
        }
    }

    /// The headers of heights `from...to`, newest first when `descending`.
    public func headers(from: UInt64, to: UInt64, limit: Int, descending: Bool = false) throws -> [BlockHeader] {
        guard from <= to else { return [] }
        let upper = to == .max ? [Kind.header.rawValue + 1] : Self.key(.header, to + 1)
        lock.lock()
        defer { lock.unlock() }
        return try database.records(from: Self.key(.header, from), to: upper, limit: limit, descending: descending)
            .map { try BlockHeader.decode(canonical: $0.value) }
    }

    enum Kind: UInt8 {
        case header = 0x68  // h
        case block = 0x62  // b
        case commit = 0x63  // c
        case receipts = 0x72  // r
        case blockHash = 0x48  // H
        case transaction = 0x54  // T
        /// The validator set that signs the block after this height.
        case validators = 0x76  // v
        /// An account's transactions, by position.
        case account = 0x41  // A
    }

    static func key(_ kind: Kind, _ height: UInt64) -> [UInt8] { [kind.rawValue] + bigEndian(height) }
    static func key(_ kind: Kind, _ hash: [UInt8]) -> [UInt8] { [kind.rawValue] + hash }

    static func receiptsBytes(_ receipts: [Receipt]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeArray(receipts) { $0.write($1) }
        return writer.bytes
    }

    static func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value.bigEndian) { Array($0) } }

    static func readHeight(_ bytes: [UInt8], _ offset: Int) throws -> UInt64 {
        guard bytes.count >= offset + 8 else { throw StateDatabaseError.corrupt("height entry is \(bytes.count) bytes") }
        return bytes[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
    }
}
