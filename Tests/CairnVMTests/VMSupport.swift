import CairnCrypto
import CairnState
import CairnVM
import WAT

/// WAT snippets and a small bench for VM tests: modules are written in the text format so each test
/// shows exactly which operators and host calls it exercises.
enum WasmFixtures {
    /// Imports of the host functions the fixtures use, by name.
    static let hostImports: [String: String] = [
        "input_len": "(func $input_len (import \"cairn\" \"input_len\") (result i32))",
        "input_read": "(func $input_read (import \"cairn\" \"input_read\") (param i32))",
        "set_return": "(func $set_return (import \"cairn\" \"set_return\") (param i32 i32))",
        "revert": "(func $revert (import \"cairn\" \"revert\") (param i32 i32))",
        "storage_get": "(func $storage_get (import \"cairn\" \"storage_get\") (param i32 i32 i32 i32) (result i32))",
        "storage_set": "(func $storage_set (import \"cairn\" \"storage_set\") (param i32 i32 i32 i32))",
        "storage_delete": "(func $storage_delete (import \"cairn\" \"storage_delete\") (param i32 i32))",
        "storage_has": "(func $storage_has (import \"cairn\" \"storage_has\") (param i32 i32) (result i32))",
        "caller": "(func $caller (import \"cairn\" \"caller\") (param i32))",
        "self_address": "(func $self_address (import \"cairn\" \"self_address\") (param i32))",
        "value": "(func $value (import \"cairn\" \"value\") (param i32))",
        "block_height": "(func $block_height (import \"cairn\" \"block_height\") (result i64))",
        "transfer": "(func $transfer (import \"cairn\" \"transfer\") (param i32 i32) (result i32))",
        "emit": "(func $emit (import \"cairn\" \"emit\") (param i32 i32 i32 i32))",
        "call": "(func $call (import \"cairn\" \"call\") (param i32 i32 i32 i32 i32 i32 i64) (result i32))",
        "returndata_len": "(func $returndata_len (import \"cairn\" \"returndata_len\") (result i32))",
        "returndata_read": "(func $returndata_read (import \"cairn\" \"returndata_read\") (param i32))",
        "sha256": "(func $sha256 (import \"cairn\" \"sha256\") (param i32 i32 i32))",
        "keccak256": "(func $keccak256 (import \"cairn\" \"keccak256\") (param i32 i32 i32))",
        "secp256k1_recover": "(func $secp256k1_recover (import \"cairn\" \"secp256k1_recover\") (param i32 i32 i32) (result i32))",
        "ed25519_verify": "(func $ed25519_verify (import \"cairn\" \"ed25519_verify\") (param i32 i32 i32 i32) (result i32))",
    ]

    /// A module importing `imports`, with one page of memory exported and `body` as the rest.
    static func module(imports: [String] = [], memory: String = "(memory (export \"memory\") 1)", _ body: String) -> [UInt8] {
        let text = "(module\n" + imports.map { hostImports[$0]! }.joined(separator: "\n") + "\n" + memory + "\n" + body + "\n)"
        return try! wat2wasm(text, features: [])
    }
}

/// A VM, a state and a block, with addresses for a user and two contracts.
final class VMBench {
    let vm: ContractVM
    let state = MemoryStateStore()
    var context = BlockContext(chainID: 31337, height: 7, time: 1_700_000_000)
    let user = try! Address("0x00000000000000000000000000000000000000aa")
    let contractA = try! Address("0x000000000000000000000000000000000000c0a1")
    let contractB = try! Address("0x000000000000000000000000000000000000c0b2")

    init(vm: ContractVM = ContractVM()) {
        self.vm = vm
        try! WorldState(state).setBalance(user, 1_000_000)
    }

    func install(_ code: [UInt8], at address: Address, initArgs: [UInt8] = []) throws {
        try vm.install(code: code, at: address, initArgs: initArgs, context: context, state: state)
    }

    func call(
        _ contract: Address, _ method: String, _ args: [UInt8] = [], value: UInt128 = 0, gas: UInt64 = 1_000_000
    ) throws -> CallResult {
        try vm.call(
            Message(origin: user, contract: contract, method: method, args: args, value: value, gasLimit: gas),
            context: context, state: state)
    }

    func storage(_ contract: Address, _ key: String) -> [UInt8]? {
        try! WorldState(state).storage(contract, Array(key.utf8))
    }
}
