import CairnChain
import CairnCrypto
import CairnState
import CairnVM
import Testing

@Suite("Mempool")
struct MempoolTests {
    static let rules = ChainRules(chainID: 31337, blockGasLimit: 30_000_000, baseFee: 1_000_000_000)
    static let keys = (1...6).map { try! Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: UInt8($0), count: 32)) }
    static let recipient = try! Address("0x00000000000000000000000000000000000000aa")

    let state = MemoryStateStore()

    init() throws {
        for key in Self.keys { try WorldState(state).setBalance(Address(publicKey: key.publicKey), 10_000_000_000_000_000) }
    }

    func tx(_ key: Int, nonce: UInt64, tip: UInt128 = 1_000_000_000, fee: UInt128 = 5_000_000_000,
            value: UInt128 = 1, gas: UInt64 = 21_000) throws -> SignedTransaction {
        try Transaction(chainID: 31337, nonce: nonce, maxPriorityFeePerGas: tip, maxFeePerGas: fee, gasLimit: gas,
                        to: Self.recipient, value: value, data: []).signed(with: Self.keys[key])
    }

    func sender(_ key: Int) -> Address { Address(publicKey: Self.keys[key].publicKey) }

    @Test("blocks take the best-paying sender first and each sender in nonce order")
    func ordering() throws {
        let pool = Mempool()
        try pool.add(try tx(0, nonce: 0, tip: 1_000_000_000), rules: Self.rules, state: state)
        try pool.add(try tx(0, nonce: 1, tip: 3_000_000_000), rules: Self.rules, state: state)
        try pool.add(try tx(1, nonce: 0, tip: 2_000_000_000), rules: Self.rules, state: state)
        let block = pool.select(gasLimit: 30_000_000, baseFee: Self.rules.baseFee)
        #expect(block.map(\.sender) == [sender(1), sender(0), sender(0)])
        #expect(block.filter { $0.sender == sender(0) }.map(\.transaction.nonce) == [0, 1])
        // The gas limit stops the block; a sender whose next transaction does not fit waits entirely.
        #expect(pool.select(gasLimit: 42_000, baseFee: Self.rules.baseFee).count == 2)
    }

    @Test("nonce gaps, reuse, duplicates and unaffordable queues are refused")
    func admission() throws {
        let pool = Mempool()
        #expect(throws: TransactionError.nonceTooHigh(expected: 0, got: 1)) { try pool.add(try tx(0, nonce: 1), rules: Self.rules, state: state) }
        let first = try tx(0, nonce: 0)
        try pool.add(first, rules: Self.rules, state: state)
        #expect(throws: MempoolError.alreadyKnown) { try pool.add(first, rules: Self.rules, state: state) }
        try WorldState(state).setAccount(sender(1), Account(nonce: 5, balance: 10_000_000_000_000_000))
        #expect(throws: TransactionError.nonceTooLow(expected: 5, got: 4)) { try pool.add(try tx(1, nonce: 4), rules: Self.rules, state: state) }
        // Two transactions each affordable alone, but not together.
        let half: UInt128 = 6_000_000_000_000_000
        try pool.add(try tx(2, nonce: 0, value: half), rules: Self.rules, state: state)
        #expect(throws: TransactionError.self) { try pool.add(try tx(2, nonce: 1, value: half), rules: Self.rules, state: state) }
        #expect(throws: TransactionError.wrongChain(expected: 31337, got: 1)) {
            try pool.add(try Transaction(chainID: 1, nonce: 0, maxPriorityFeePerGas: 1, maxFeePerGas: 5_000_000_000, gasLimit: 21_000,
                                         to: Self.recipient, value: 1, data: []).signed(with: Self.keys[3]), rules: Self.rules, state: state)
        }
        #expect(pool.count == 2)
    }

    @Test("a replacement needs 10% more fee cap and tip")
    func replacement() throws {
        let pool = Mempool()
        let original = try tx(0, nonce: 0, tip: 1_000_000_000, fee: 5_000_000_000)
        try pool.add(original, rules: Self.rules, state: state)
        #expect(throws: MempoolError.replacementUnderpriced(percent: 10)) {
            try pool.add(try tx(0, nonce: 0, tip: 1_050_000_000, fee: 5_500_000_000), rules: Self.rules, state: state)
        }
        let better = try tx(0, nonce: 0, tip: 1_100_000_000, fee: 5_500_000_000)
        #expect(try pool.add(better, rules: Self.rules, state: state) == .replaced(original.hash))
        #expect(pool.count == 1)
        #expect(pool.contains(hash: better.hash) && !pool.contains(hash: original.hash))
        #expect(pool.transaction(hash: better.hash) == better && pool.transaction(hash: original.hash) == nil)
    }

    @Test("a full pool evicts the cheapest tail, and only for a better-paying newcomer")
    func eviction() throws {
        var config = Mempool.Config()
        config.maxTransactions = 3
        config.maxPerSender = 2
        let pool = Mempool(config: config)
        try pool.add(try tx(0, nonce: 0, tip: 3_000_000_000), rules: Self.rules, state: state)
        try pool.add(try tx(0, nonce: 1, tip: 1_000_000_000), rules: Self.rules, state: state)
        #expect(throws: MempoolError.senderQueueFull(limit: 2)) { try pool.add(try tx(0, nonce: 2), rules: Self.rules, state: state) }
        try pool.add(try tx(1, nonce: 0, tip: 2_000_000_000), rules: Self.rules, state: state)
        #expect(throws: MempoolError.full) { try pool.add(try tx(2, nonce: 0, tip: 500_000_000), rules: Self.rules, state: state) }
        try pool.add(try tx(3, nonce: 0, tip: 2_500_000_000), rules: Self.rules, state: state)
        #expect(pool.count == 3)
        // Sender 0's tail (nonce 1, the cheapest) went; its nonce 0 stays, so its queue has no gap.
        let block = pool.select(gasLimit: 30_000_000, baseFee: Self.rules.baseFee)
        #expect(block.map(\.sender) == [sender(0), sender(3), sender(1)])
    }

    @Test("after a block, used nonces and unaffordable tails are pruned")
    func prune() throws {
        let pool = Mempool()
        for nonce in 0..<3 { try pool.add(try tx(0, nonce: UInt64(nonce)), rules: Self.rules, state: state) }
        try pool.add(try tx(1, nonce: 0, value: 1_000), rules: Self.rules, state: state)
        // The block ran sender 0's first two transactions and drained sender 1.
        try WorldState(state).setAccount(sender(0), Account(nonce: 2, balance: 10_000_000_000_000_000))
        try WorldState(state).setAccount(sender(1), Account(nonce: 0, balance: 10))
        try pool.prune(state: state)
        #expect(pool.count == 1)
        #expect(pool.select(gasLimit: 30_000_000, baseFee: Self.rules.baseFee).map(\.transaction.nonce) == [2])
        #expect(try pool.nextNonce(of: sender(0), state: state) == 3)
    }
}
