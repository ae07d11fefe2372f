import CairnChain
import CairnCodec
import CairnCrypto
import CairnState
import CairnVM
import Foundation

/// What a user's everyday calls to the system contracts cost: gas, and calls per second through the VM,
/// each run on a fresh overlay of the devnet genesis state (so every iteration does the same work).
extension Bench {
    static func measureSystemContracts() throws {
        let genesisURL = URL(fileURLWithPath: "Genesis/devnet.json")
        let genesis = try Genesis.load(from: genesisURL)
        let state = MemoryStateStore()
        let vm = ContractVM()
        try genesis.apply(to: state, vm: vm, codeDirectory: genesisURL.deletingLastPathComponent())
        let context = BlockContext(chainID: genesis.chainId, height: 1, time: genesis.genesisTime + 5)
        let user = genesis.accounts[0].address
        let contracts = genesis.contracts
        let identityKey = try Ed25519.PrivateKey(seed: [UInt8](repeating: 1, count: 32))
        let publicKey = identityKey.publicKey.rawRepresentation

        func chainBytes(_ value: UInt64) -> [UInt8] { withUnsafeBytes(of: value.bigEndian) { Array($0) } }

        var register = CanonicalWriter()
        register.writeFixed(publicKey)
        register.writeBytes(Array("alice".utf8))
        register.writeFixed(identityKey.signature(
            for: Array("cairn/identity/register/v1".utf8) + chainBytes(genesis.chainId) + user.bytes + publicKey))

        let prekey = try X25519.PrivateKey(rawRepresentation: [UInt8](repeating: 2, count: 32)).publicKey.rawRepresentation
        let expiry = context.time + 30 * 24 * 3600
        var publish = CanonicalWriter()
        publish.writeFixed(publicKey)
        publish.writeFixed(prekey)
        publish.writeFixed(identityKey.signature(
            for: Array("cairn/keybundle/spk/v1".utf8) + chainBytes(genesis.chainId) + user.bytes + publicKey + prekey
                + chainBytes(expiry)))
        publish.writeUInt64(expiry)
        publish.writeVarint(100)
        for index in 0..<100 { publish.writeFixed(SHA256.hash([UInt8(index)])) }
        publish.writeUInt8(0)

        var anchor = CanonicalWriter()
        anchor.writeFixed(SHA256.hash(Array("tag".utf8)))
        anchor.writeBytes([0x01, 0x55, 0x12, 0x20] + SHA256.hash(Array("blob".utf8)))
        let entryFee = contracts.inbox.params["entryFee"]!.value

        func run(_ contract: Address, _ method: String, _ args: [UInt8], value: UInt128 = 0, on parent: StateStore) -> CallResult {
            let message = Message(origin: user, contract: contract, method: method, args: args, value: value, gasLimit: 30_000_000)
            let result = try! vm.call(message, context: context, state: StateOverlay(parent: parent))
            precondition(result.status == .success, "\(method): \(result.status)")
            return result
        }

        // Registration is measured against genesis; publishing needs the identity, so it runs on top of it.
        let registered = StateOverlay(parent: state)
        let registerGas = run(contracts.identity.address, "register", register.bytes, on: state).gasUsed
        _ = try vm.call(
            Message(origin: user, contract: contracts.identity.address, method: "register", args: register.bytes, gasLimit: 30_000_000),
            context: context, state: registered)
        let publishGas = run(contracts.keyBundle.address, "publish", publish.bytes, on: registered).gasUsed
        let anchorGas = run(contracts.inbox.address, "anchor", anchor.bytes, value: entryFee, on: state).gasUsed

        measure("contract: Identity.register") { sink &+= run(contracts.identity.address, "register", register.bytes, on: state).gasUsed }
        measure("contract: KeyBundle.publish (100 one-time prekeys)") {
            sink &+= run(contracts.keyBundle.address, "publish", publish.bytes, on: registered).gasUsed
        }
        measure("contract: Inbox.anchor") {
            sink &+= run(contracts.inbox.address, "anchor", anchor.bytes, value: entryFee, on: state).gasUsed
        }
        fixedResults += [
            Result(name: "gas: Identity.register", value: Double(registerGas), unit: "gas", iterations: 1, seconds: 0),
            Result(name: "gas: KeyBundle.publish (100 one-time prekeys)", value: Double(publishGas), unit: "gas", iterations: 1, seconds: 0),
            Result(name: "gas: Inbox.anchor", value: Double(anchorGas), unit: "gas", iterations: 1, seconds: 0),
        ]
    }
}
