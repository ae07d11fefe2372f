import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnState
import CairnVM
import Foundation
import Testing

@Suite("Chain: blocks, execution, fees, persistence")
struct ChainTests {
    typealias F = ChainFixture

    @Test("genesis is block 0: its header names the stored state root and the genesis validator set")
    func genesisBlock() throws {
        let fixture = try ChainFixture()
        let chain = fixture.chain
        let head = chain.head
        #expect(head.height == 0)
        #expect(head.time == F.genesis.genesisTime)
        #expect(head.stateRoot == (try chain.database.root(at: 0)).bytes)
        let validators = try chain.validators(at: 0)
        #expect(Set(validators.validators.map(\.consensusKey)) == Set(F.genesis.validators.map(\.consensusKey.bytes)))
        #expect(head.validatorSetHash == validators.hash)
        #expect(F.validatorKeys.count == 4)
        try fixture.reopen()
        #expect(fixture.chain.head == head)
    }

    @Test("a transfer moves value, charges 21,000 gas at base fee plus tip, burns the base fee and pays the tip")
    func transferAndFees() throws {
        let fixture = try ChainFixture()
        let sender = F.address(0)
        let before = try fixture.balance(sender)
        let value: UInt128 = 3 * 1_000_000_000_000_000_000
        let tx = try fixture.transaction(from: 0, value: value, tip: 2 * FeeMarket.gwei)
        try fixture.chain.submit(raw: tx.raw)
        let block = try fixture.produce()
        #expect(block.transactions.map(\.hash) == [tx.hash])
        let receipt = try #require(try fixture.receipt(tx.hash))
        #expect(receipt.status == .success)
        #expect(receipt.gasUsed == 21_000)
        let baseFee = block.header.baseFee
        #expect(receipt.effectiveGasPrice == baseFee + 2 * FeeMarket.gwei)
        #expect(try fixture.balance(sender) == before - value - 21_000 * receipt.effectiveGasPrice)
        #expect(try fixture.balance(F.recipient) == value)
        #expect(try fixture.nonce(sender) == 1)
        #expect(try fixture.balance(block.header.proposer) >= 21_000 * 2 * FeeMarket.gwei)
        // The base fee is burned: the supply shrinks by exactly base fee x gas.
        let supply = try Self.supply(fixture)
        #expect(supply == Self.genesisSupply - 21_000 * baseFee)
    }

    @Test("contract calls: a success keeps its events, a failure keeps only its gas and the nonce")
    func contractCalls() throws {
        let fixture = try ChainFixture()
        let staking = F.genesis.contracts.staking.address
        let operatorAccount = 6
        let bond = try fixture.call(from: operatorAccount, staking, "bond", value: 1_000_000_000_000_000_000)
        try fixture.chain.submit(raw: bond.raw)
        let missing = try fixture.call(from: 1, staking, "noSuchMethod")
        try fixture.chain.submit(raw: missing.raw)
        let powerBefore = try fixture.chain.validators(at: 0).totalPower
        let block = try fixture.produce()
        #expect(block.transactions.count == 2)

        let bonded = try #require(try fixture.receipt(bond.hash))
        #expect(bonded.status == .success)
        #expect(bonded.events.first?.topics.first == Keccak256.hash(Array("Staking.Bonded".utf8)))
        let failed = try #require(try fixture.receipt(missing.hash))
        #expect(failed.status == .failed)
        #expect(failed.events.isEmpty)
        #expect(failed.output.isEmpty, "receipts keep no engine text")
        #expect(failed.gasUsed > IntrinsicGas.of(missing.transaction))
        #expect(try fixture.nonce(F.address(1)) == 1)
        // The bond raised the operator's power: the set signing the next block follows the staking contract.
        #expect(try fixture.chain.validators(at: 1).totalPower == powerBefore + 1_000_000_000_000_000_000)
        let next = try fixture.produce()
        #expect(next.header.validatorSetHash == (try fixture.chain.validators(at: 1)).hash)
        #expect(next.header.validatorSetHash != block.header.validatorSetHash)
    }

    @Test("a deploy stores the code at the CREATE address, and a call reaches it")
    func deploy() throws {
        let fixture = try ChainFixture()
        let code = [UInt8](try Data(contentsOf: F.repositoryRoot.appendingPathComponent("Contracts/build/Identity.wasm")))
        let deploy = try fixture.transaction(
            from: 2, to: nil, data: ContractDeploy(code: code).canonicalBytes, gas: 25_000_000, feeCap: 2 * FeeMarket.gwei)
        try fixture.chain.submit(raw: deploy.raw)
        try fixture.produce()
        let receipt = try #require(try fixture.receipt(deploy.hash))
        #expect(receipt.status == .success)
        let address = ContractVM.contractAddress(deployer: F.address(2), nonce: 0)
        #expect(receipt.contractAddress == address)
        #expect(try WorldState(fixture.chain.state()).code(at: address)?.code == code)
    }

    @Test("refused transactions get typed errors and change nothing")
    func rejections() throws {
        let fixture = try ChainFixture()
        let chain = fixture.chain
        let good = try fixture.transaction(from: 0, value: 1)
        try chain.submit(raw: good.raw)
        try fixture.produce()
        let root = chain.head.stateRoot

        func refused(_ raw: [UInt8], _ check: (any Error) -> Bool) {
            let count = chain.mempool.count
            do {
                try chain.submit(raw: raw)
                Issue.record("accepted a transaction that must be refused")
            } catch {
                #expect(check(error), "unexpected error \(error)")
            }
            #expect(chain.mempool.count == count)
        }
        refused(try fixture.transaction(from: 0, nonce: 1, chainID: 1).raw) { ($0 as? TransactionError) == .wrongChain(expected: 31337, got: 1) }
        refused(try fixture.transaction(from: 0, nonce: 0).raw) { ($0 as? TransactionError) == .nonceTooLow(expected: 1, got: 0) }
        refused(try fixture.transaction(from: 0, nonce: 5).raw) { ($0 as? TransactionError) == .nonceTooHigh(expected: 1, got: 5) }
        refused(try fixture.transaction(from: 0, nonce: 1, value: UInt128(1) << 100).raw) {
            if case .insufficientFunds = $0 as? TransactionError { return true } else { return false }
        }
        var badSignature = try fixture.transaction(from: 0, nonce: 1).raw
        badSignature[badSignature.count - 5] ^= 0xFF
        refused(badSignature) { $0 is TransactionError }
        refused(try HighS.twin(raw: try fixture.transaction(from: 0, nonce: 1).raw)) {
            if case .badSignature = $0 as? TransactionError { return true } else { return false }
        }
        refused([0x02] + [UInt8](repeating: 0xC0, count: SignedTransaction.maxEncodedSize + 1)) {
            if case .oversized = $0 as? TransactionError { return true } else { return false }
        }
        refused([0x02, 0xF8, 0x05, 0x01]) {
            if case .malformed = $0 as? TransactionError { return true } else { return false }
        }
        let empty = try fixture.produce()
        #expect(empty.transactions.isEmpty)
        #expect(chain.head.stateRoot == root)
    }

    @Test("blocks, commits and receipts survive reopening; the head's commit verifies against its validator set")
    func persistence() throws {
        let fixture = try ChainFixture()
        var hashes: [[UInt8]] = []
        for round in 0..<3 {
            for account in 0..<3 {
                let tx = try fixture.transaction(from: account, value: UInt128(round + 1))
                try fixture.chain.submit(raw: tx.raw)
                hashes.append(tx.hash)
            }
            try fixture.produce()
        }
        let head = fixture.chain.head
        try fixture.reopen()
        let chain = fixture.chain
        #expect(chain.head == head)
        for hash in hashes { #expect(try fixture.receipt(hash)?.status == .success) }
        for height in 1...head.height {
            let block = try #require(try chain.blocks.block(at: height))
            let commit = try #require(try chain.blocks.commit(at: height))
            try commit.verify(chainID: 31337, height: height, blockHash: block.hash, validators: try chain.validators(at: height - 1))
            #expect(try chain.blocks.height(ofBlock: block.hash) == height)
            if height > 1 { #expect(block.lastCommit == (try chain.blocks.commit(at: height - 1))) }
        }
        // And it goes on from where it was.
        try chain.submit(raw: try fixture.transaction(from: 0, value: 1).raw)
        #expect(try fixture.produce().header.height == head.height + 1)
    }

    static let genesisSupply: UInt128 = {
        let accounts = F.genesis.accounts.reduce(UInt128(0)) { $0 + $1.balance.value }
        return accounts + F.genesis.validators.reduce(UInt128(0)) { $0 + $1.stake.value }
    }()

    /// Every balance in state: accounts of genesis, the recipient, and the contracts.
    static func supply(_ fixture: ChainFixture) throws -> UInt128 {
        let state = try fixture.chain.state()
        let world = WorldState(state)
        let c = F.genesis.contracts
        var addresses = Set(F.genesis.accounts.map(\.address))
        addresses.insert(F.recipient)
        for entry in [c.identity, c.keyBundle, c.inbox, c.staking, c.slashing] { addresses.insert(entry.address) }
        return try addresses.reduce(UInt128(0)) { $0 + (try world.balance(of: $1)) }
    }
}
