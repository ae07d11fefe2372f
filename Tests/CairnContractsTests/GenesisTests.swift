import CairnChain
import CairnCodec
import CairnCrypto
import CairnState
import CairnVM
import Foundation
import Testing

@Suite("Genesis/devnet.json")
struct GenesisTests {
    static let genesisURL = ContractHarness.repositoryRoot.appendingPathComponent("Genesis/devnet.json")

    @Test("it pins the committed system contracts and installs them, with the validators staked")
    func appliesAndInstalls() throws {
        let genesis = try Genesis.load(from: Self.genesisURL)
        #expect(genesis.chainId == 31337)
        let state = MemoryStateStore()
        let vm = ContractVM()
        try genesis.apply(to: state, vm: vm, codeDirectory: Self.genesisURL.deletingLastPathComponent())

        let world = WorldState(state)
        let contracts = genesis.contracts
        for (name, entry) in [("Identity", contracts.identity), ("KeyBundle", contracts.keyBundle),
                              ("Inbox", contracts.inbox), ("Staking", contracts.staking), ("Slashing", contracts.slashing)] {
            let code = try ContractHarness.wasm(name)
            #expect(try world.code(at: entry.address)?.code == code, "\(name) is not installed from its committed build")
            #expect(entry.codeHash.bytes == Keccak256.hash(code), "\(name): run Scripts/make-genesis after rebuilding")
        }
        let totalStake = genesis.validators.reduce(UInt128(0)) { $0 + $1.stake.value }
        #expect(try world.balance(of: contracts.staking.address) == totalStake)
        for account in genesis.accounts {
            #expect(try world.balance(of: account.address) == account.balance.value)
        }

        // The staking contract reports the genesis validators as the active set.
        let context = BlockContext(chainID: genesis.chainId, height: 1, time: genesis.genesisTime + 5)
        let result = try vm.call(
            Message(origin: genesis.accounts[0].address, contract: contracts.staking.address, method: "activeSet", gasLimit: 10_000_000),
            context: context, state: state)
        #expect(result.status == .success)
        var reader = CanonicalReader(result.returnData)
        let count = try reader.readLength(limit: 1_000)
        var operators: Set<Address> = []
        for _ in 0..<count {
            operators.insert(try Address(bytes: reader.readFixed(count: 20)))
            _ = try reader.readFixed(count: 32)
            #expect(try reader.readUInt128() == genesis.validators[0].stake.value)
        }
        try reader.finish()
        #expect(operators == Set(genesis.validators.map(\.operator)))
    }

    @Test("its accounts are the standard development mnemonic's and its validator keys come from the published seeds")
    func keysAreReproducible() throws {
        let genesis = try Genesis.load(from: Self.genesisURL)
        let mnemonic = try Mnemonic(phrase: try #require(genesis.developmentMnemonic))
        let root = try ExtendedPrivateKey(seed: mnemonic.seed())
        for (index, account) in genesis.accounts.enumerated() {
            let key = try root.derive(.ethereum(index: UInt32(index))).privateKey
            #expect(Address(publicKey: key.publicKey) == account.address)
        }
        #expect(genesis.accounts[0].address == (try Address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")))
        for (index, validator) in genesis.validators.enumerated() {
            let seed = SHA256.hash(Array("cairn/devnet/validator/\(index)".utf8))
            #expect(try Ed25519.PrivateKey(seed: seed).publicKey.rawRepresentation == validator.consensusKey.bytes)
        }
    }

    @Test("a genesis whose pinned hash does not match the code is refused")
    func refusesWrongHash() throws {
        var genesis = try Genesis.load(from: Self.genesisURL)
        genesis.contracts.inbox.codeHash = HexBytes([UInt8](repeating: 0, count: 32))
        #expect(throws: GenesisError.self) {
            try genesis.apply(to: MemoryStateStore(), vm: ContractVM(), codeDirectory: Self.genesisURL.deletingLastPathComponent())
        }
    }

    @Test("Scripts/make-genesis reproduces the committed file")
    func generatorAgrees() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ContractHarness.repositoryRoot.appendingPathComponent("Scripts/make-genesis").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Genesis/devnet.json is stale: run Scripts/make-genesis")
    }
}
