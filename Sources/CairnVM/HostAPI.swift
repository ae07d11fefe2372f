import WasmTypes

/// The host functions a contract may import, all from module `cairn`, with their exact signatures
/// (Contracts/ABI.md documents each).
enum HostAPI {
    static let module = "cairn"

    static let signatures: [String: FunctionType] = {
        let i32 = ValueType.i32, i64 = ValueType.i64
        func f(_ parameters: [ValueType], _ results: [ValueType] = []) -> FunctionType {
            FunctionType(parameters: parameters, results: results)
        }
        return [
            "input_len": f([], [i32]),
            "input_read": f([i32]),
            "set_return": f([i32, i32]),
            "revert": f([i32, i32]),
            "storage_get": f([i32, i32, i32, i32], [i32]),
            "storage_set": f([i32, i32, i32, i32]),
            "storage_delete": f([i32, i32]),
            "storage_has": f([i32, i32], [i32]),
            "caller": f([i32]),
            "origin": f([i32]),
            "self_address": f([i32]),
            "value": f([i32]),
            "block_height": f([], [i64]),
            "block_time": f([], [i64]),
            "chain_id": f([], [i64]),
            "gas_left": f([], [i64]),
            "balance": f([i32, i32]),
            "transfer": f([i32, i32], [i32]),
            "emit": f([i32, i32, i32, i32]),
            "call": f([i32, i32, i32, i32, i32, i32, i64], [i32]),
            "returndata_len": f([], [i32]),
            "returndata_read": f([i32]),
            "sha256": f([i32, i32, i32]),
            "keccak256": f([i32, i32, i32]),
            "secp256k1_recover": f([i32, i32, i32], [i32]),
            "ed25519_verify": f([i32, i32, i32, i32], [i32]),
        ]
    }()
}
