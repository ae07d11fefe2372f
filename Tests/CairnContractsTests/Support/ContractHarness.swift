import CairnCodec
import CairnCrypto
import CairnState
import CairnVM
import Foundation

/// A contract test bench: one real VM over an in-memory state, a block context the test moves forward,
/// and the committed .wasm files from Contracts/build.
final class ContractHarness {
    let vm = ContractVM()
    let state = MemoryStateStore()
    var context = BlockContext(chainID: 31337, height: 1, time: 1_700_000_000)

    init() {}

    /// The repository root, found from this file's path so tests run from any directory.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed build of a contract: Contracts/build/<name>.wasm.
    static func wasm(_ name: String) throws -> [UInt8] {
        let url = repositoryRoot.appendingPathComponent("Contracts/build/\(name).wasm")
        return [UInt8](try Data(contentsOf: url))
    }

    /// Installs a contract at a fixed address the way genesis does (no gas), running its init.
    func install(_ name: String, at address: Address, initArgs: [UInt8] = []) throws {
        try vm.install(code: Self.wasm(name), at: address, initArgs: initArgs, context: context, state: state)
    }

    func fund(_ account: Address, _ amount: UInt128) {
        try! WorldState(state).setBalance(account, balance(account) + amount)
    }

    func balance(_ account: Address) -> UInt128 {
        try! WorldState(state).balance(of: account)
    }

    /// A top-level call as a transaction from `from` would make it.
    func call(
        _ contract: Address, _ method: String, _ args: [UInt8] = [], from: Address, value: UInt128 = 0,
        gas: UInt64 = 10_000_000
    ) -> CallResult {
        let message = Message(origin: from, contract: contract, method: method, args: args, value: value, gasLimit: gas)
        return try! vm.call(message, context: context, state: state)
    }

    /// Moves to a later block.
    func advance(blocks: UInt64 = 1, seconds: UInt64 = 5) {
        context.height += blocks
        context.time += seconds * blocks
    }

    /// Changes if and only if some account, code or storage entry changed.
    var stateDigest: [UInt8] { state.digest }
}
