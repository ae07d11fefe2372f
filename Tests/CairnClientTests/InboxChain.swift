import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnState
import Foundation
import Testing

/// A dev chain in a temporary directory, driven in-process (no network), with helpers to anchor inbox
/// entries and to build the pages an honest gateway would serve, straight from the chain.
final class InboxChain {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let genesisURL = root.appendingPathComponent("Genesis/devnet.json")
    static let genesis = try! Genesis.load(from: genesisURL)
    static let keys = DevnetKeys.validatorKeys(for: genesis)
    static let entryFee: UInt128 = 100_000_000_000_000
    static let batchFee: UInt128 = 1_000_000_000_000_000

    let directory: URL
    let chain: Chain
    private var time: UInt64

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        chain = try Chain(
            genesis: Self.genesis, genesisDirectory: Self.genesisURL.deletingLastPathComponent(),
            databasePath: directory.appendingPathComponent("chain.sqlite").path)
        time = Self.genesis.genesisTime + 5
    }

    deinit {
        chain.close()
        try? FileManager.default.removeItem(at: directory)
    }

    var chainID: UInt64 { Self.genesis.chainId }
    var inbox: Address { Self.genesis.contracts.inbox.address }
    var layout: InboxLayout { InboxLayout(contract: inbox) }

    /// Queues a contract call from development account `account`; returns the transaction hash.
    @discardableResult
    func call(_ account: Int, _ contract: Address, _ method: String, _ args: [UInt8], value: UInt128 = 0) throws -> [UInt8] {
        let key = try DevnetKeys.accountKey(account, genesis: Self.genesis)
        let nonce = try chain.locked { try chain.mempool.nextNonce(of: Address(publicKey: key.publicKey), state: chain.state()) }
        let transaction = try Transaction(
            chainID: chainID, nonce: nonce, maxPriorityFeePerGas: FeeMarket.gwei, maxFeePerGas: 10 * FeeMarket.gwei,
            gasLimit: 2_000_000, to: contract, value: value, data: ContractCall(method: method, args: args).canonicalBytes
        ).signed(with: key)
        return try chain.submit(raw: transaction.raw).hash
    }

    /// Queues `Inbox.anchor(tag, cid)`.
    @discardableResult
    func anchor(_ tag: [UInt8], _ cid: [UInt8], from account: Int = 0) throws -> [UInt8] {
        var args = CanonicalWriter()
        args.writeFixed(tag)
        args.writeBytes(cid)
        return try call(account, inbox, "anchor", args.bytes, value: Self.entryFee)
    }

    /// Queues `Inbox.anchorBatch` for `batch`, its manifest named by the manifest's CID.
    @discardableResult
    func anchor(_ batch: InboxBatch, from account: Int = 0) throws -> [UInt8] {
        var args = CanonicalWriter()
        args.writeFixed(batch.root)
        args.writeUInt32(UInt32(batch.entries.count))
        args.writeBytes(CID(content: batch.manifest).bytes)
        return try call(account, inbox, "anchorBatch", args.bytes, value: Self.batchFee)
    }

    /// Makes a block of everything queued and requires every transaction in it to succeed.
    func produce(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let block = try chain.produceBlock(time: time, keys: Self.keys)
        time += 5
        for transaction in block.transactions {
            let receipt = try chain.transaction(hash: transaction.hash)?.receipt
            #expect(receipt?.status == .success, "\(String(decoding: receipt?.output ?? [], as: UTF8.self))", sourceLocation: sourceLocation)
        }
    }

    /// What an honest gateway proves for `keys` at `height` (the head when nil).
    func attestation(_ keys: [StateKey], at height: UInt64? = nil) throws -> StateAttestation {
        let (items, header) = try chain.proofs(keys, at: height)
        let commit = try chain.locked { try chain.blocks.commit(at: header.height) }
        // As cairn_getValidators: the set that signs block h was fixed after block h - 1.
        let validators = try chain.validators(at: header.height == 0 ? 0 : header.height - 1)
        return StateAttestation(
            header: header, commit: commit, validators: validators,
            values: items.map { ProvenValue(key: $0.key, value: $0.value, proof: $0.proof) })
    }

    /// The page an honest gateway serves for `query`, holding the manifests of `manifests`.
    func page(_ query: InboxQuery, manifests: [InboxBatch]) throws -> InboxPage {
        let head = try InboxLayout.counter(try chain.proof(layout.head(query.tag)).value)
        let batchCount = try InboxLayout.counter(try chain.proof(layout.batchCount).value)
        let singles = InboxQuery.range(from: query.cursor.after, count: head, limit: query.limit)
        let batches = InboxQuery.range(from: query.cursor.afterBatch, count: batchCount, limit: query.batchLimit)
        let keys = [layout.head(query.tag), layout.batchCount] + singles.map { layout.entry(query.tag, $0) } + batches.map(layout.batch)
        let attestation = try attestation(keys)
        let proofs = try batches.map { seq -> InboxPage.Batch in
            let record = try InboxBatchRecord(canonical: try #require(try chain.proof(layout.batch(seq)).value))
            let manifest = manifests.first { $0.root == record.root }
            return InboxPage.Batch(seq: seq, proof: manifest.map { .proof($0.proof(tag: query.tag)) } ?? .unavailable("no manifest"))
        }
        return InboxPage(
            tag: query.tag, cursor: query.cursor, head: head, batchCount: batchCount, attestation: attestation, batches: proofs,
            next: InboxCursor(after: singles.upperBound, afterBatch: batches.upperBound))
    }

    /// A tag from a label.
    static func tag(_ label: String) -> [UInt8] { SHA256.hash(Array("tag \(label)".utf8)) }

    /// A CID (binary) of some content.
    static func cid(_ label: String) -> [UInt8] { CID(content: Array(label.utf8)).bytes }
}
