import CairnChain
import CairnCodec
import CairnCrypto
import Foundation

/// The chain end to end, on a `Chain` opened from `Genesis/devnet.json` in a temporary directory: transactions
/// submitted (decoded, sender recovered, admitted to the mempool) and blocks produced (executed, state and
/// block committed in one SQLite transaction with fsync, the commit signed by the four devnet validator keys).
/// Every transaction is signed before the clock starts; each block must include all that was submitted and
/// every receipt must succeed, or the run stops.
extension Bench {
    /// Senders, and so transfers per block (`CAIRN_BENCH_CHAIN_SENDERS`).
    static let chainSenderCount = Int(ProcessInfo.processInfo.environment["CAIRN_BENCH_CHAIN_SENDERS"] ?? "") ?? 1000

    /// Returns the function that closes the chain and deletes its files once every case has run.
    static func measureChain() throws -> () -> Void {
        let load = try ChainLoad(senderCount: chainSenderCount)

        // What submit does before the mempool: RLP decode, low-s check, sender recovery, Keccak of the raw bytes.
        let transfer = try load.sign(load.keys[0], nonce: 0, to: load.addresses[1], value: 1)
        measure("tx.decode (SignedTransaction(raw:), a transfer)", batch: 100, baseline: recoverBaseline) {
            for _ in 0..<100 { sink &+= UInt64((try! SignedTransaction(raw: transfer)).hash[0]) }
        }

        let senders = load.keys.count
        measureSteps("chain.transfers (blocks of \(senders), one per sender)", steps: ["submit", "produce"], batch: senders,
                     baseline: recoverBaseline) {
            let raws = (0..<senders).map { try! load.transfer(from: $0, to: load.addresses[($0 + 1) % senders]) }
            return load.run(raws).durations
        }
        // The calls that fit the block gas limit at the calibrated gas limit, from the next senders in turn.
        let anchorsPerBlock = min(senders, Int(load.genesis.blockGasLimit / load.anchorGasLimit))
        measureSteps("chain.calls: Inbox.anchor (blocks of \(anchorsPerBlock), one per sender)", steps: ["submit", "produce"],
                     batch: anchorsPerBlock, baseline: recoverBaseline) {
            let raws = (0..<anchorsPerBlock).map { _ in try! load.anchor(from: load.nextSender()) }
            return load.run(raws).durations
        }
        // The fixed cost of a block: Staking.activeSet, four commit signatures and their check, the fsync.
        measure("chain.block (empty)", baseline: recoverBaseline) { load.run([]) }
        fixedResults.append(Result(name: "chain.gas: Inbox.anchor transaction (gas used)", value: Double(load.anchorGasUsed),
                                   unit: "gas", iterations: 1, seconds: 0))
        return { load.close() }
    }

    /// A devnet chain with `senderCount` funded senders, and the nonces and clock of the blocks it is fed.
    final class ChainLoad {
        let directory: URL
        let genesis: Genesis
        let chain: Chain
        let validatorKeys: [Ed25519.PrivateKey]
        let keys: [Secp256k1.PrivateKey]
        let addresses: [Address]
        private var nonces: [UInt64]
        private var time: UInt64
        private var cursor = 0
        private var anchors: UInt64 = 0
        private let entryFee: UInt128
        /// An anchor's gas used on this chain plus a quarter: a block holds block gas limit / this many.
        private(set) var anchorGasLimit: UInt64 = 2_000_000
        /// What one anchor transaction used (intrinsic gas and the call).
        private(set) var anchorGasUsed: UInt64 = 0
        static let tip = FeeMarket.gwei

        init(senderCount: Int) throws {
            let genesisURL = URL(fileURLWithPath: "Genesis/devnet.json")
            genesis = try Genesis.load(from: genesisURL)
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-chain-\(getpid())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            chain = try Chain(
                genesis: genesis, genesisDirectory: genesisURL.deletingLastPathComponent(),
                databasePath: directory.appendingPathComponent("chain.sqlite").path)
            validatorKeys = DevnetKeys.validatorKeys(for: genesis)
            time = genesis.genesisTime
            entryFee = genesis.contracts.inbox.params["entryFee"]!.value
            keys = try (0..<senderCount).map {
                try Secp256k1.PrivateKey(rawRepresentation: SHA256.hash(Array("cairn/bench/sender/\($0)".utf8)))
            }
            addresses = keys.map { Address(publicKey: $0.publicKey) }
            nonces = [UInt64](repeating: 0, count: senderCount)

            // Untimed setup: the ten dev accounts fund the senders, 64 each per block (the mempool's sender limit).
            let funders = try (0..<10).map { try DevnetKeys.accountKey($0, genesis: genesis) }
            var funderNonces = [UInt64](repeating: 0, count: funders.count)
            var pending: [[UInt8]] = []
            for (index, address) in addresses.enumerated() {
                let funder = index % funders.count
                pending.append(try sign(funders[funder], nonce: funderNonces[funder], to: address, value: 10 * 1_000_000_000_000_000_000))
                funderNonces[funder] += 1
                if pending.count == 64 * funders.count || index == addresses.count - 1 {
                    run(pending)
                    pending = []
                }
            }
            // Calibrates the anchor's gas limit from one anchor with room to spare.
            let block = run([try anchor(from: nextSender())]).block
            let used = try chain.blocks.receipts(at: block.header.height)![0].gasUsed
            anchorGasUsed = used
            anchorGasLimit = used + used / 4
        }

        func close() {
            chain.close()
            try? FileManager.default.removeItem(at: directory)
        }

        /// Senders in turn, so that no sender queues more than the mempool allows.
        func nextSender() -> Int {
            defer { cursor = (cursor + 1) % keys.count }
            return cursor
        }

        func transfer(from sender: Int, to recipient: Address) throws -> [UInt8] {
            try signed(by: sender, to: recipient, value: 1)
        }

        /// `Inbox.anchor` of a fresh tag and content ID, paying the entry fee.
        func anchor(from sender: Int) throws -> [UInt8] {
            anchors += 1
            let counter = withUnsafeBytes(of: anchors.bigEndian) { Array($0) }
            var args = CanonicalWriter()
            args.writeFixed(SHA256.hash(Array("cairn/bench/tag".utf8) + counter))
            args.writeBytes([0x01, 0x55, 0x12, 0x20] + SHA256.hash(Array("cairn/bench/blob".utf8) + counter))
            return try signed(
                by: sender, to: genesis.contracts.inbox.address, value: entryFee,
                data: ContractCall(method: "anchor", args: args.bytes).canonicalBytes, gas: anchorGasLimit)
        }

        /// Sender `sender`'s next transaction (every block includes all of them, so the nonces are known).
        private func signed(by sender: Int, to: Address, value: UInt128, data: [UInt8] = [], gas: UInt64 = 21_000) throws -> [UInt8] {
            defer { nonces[sender] += 1 }
            return try sign(keys[sender], nonce: nonces[sender], to: to, value: value, data: data, gas: gas)
        }

        /// A fee cap of twice the next base fee: blocks fuller than half raise it by up to 1/8 each.
        func sign(
            _ key: Secp256k1.PrivateKey, nonce: UInt64, to: Address, value: UInt128, data: [UInt8] = [], gas: UInt64 = 21_000
        ) throws -> [UInt8] {
            try Transaction(
                chainID: genesis.chainId, nonce: nonce, maxPriorityFeePerGas: Self.tip,
                maxFeePerGas: 2 * chain.nextBaseFee + Self.tip, gasLimit: gas, to: to, value: value, data: data
            ).signed(with: key).raw
        }

        /// Submits `raws` and produces the next block, five seconds after the last; returns how long each took.
        @discardableResult
        func run(_ raws: [[UInt8]]) -> (durations: [Duration], block: Block) {
            let clock = ContinuousClock()
            time += 5
            let start = clock.now
            for raw in raws { try! chain.submit(raw: raw) }
            let submitted = clock.now
            let block = try! chain.produceBlock(time: time, keys: validatorKeys)
            let produced = clock.now
            // Checked after the clock stops: a block that left something out would flatter the rate.
            precondition(block.transactions.count == raws.count, "block \(block.header.height) holds \(block.transactions.count) of \(raws.count)")
            for receipt in try! chain.blocks.receipts(at: block.header.height)! {
                precondition(receipt.status == .success, "a benchmark transaction failed: \(receipt.status)")
            }
            return ([submitted - start, produced - submitted], block)
        }
    }
}
