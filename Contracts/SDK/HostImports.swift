// The VM's host functions (Contracts/ABI.md, module "cairn"), with exactly the ABI's signatures.
// Contracts call them through `Host`, which checks lengths so that no import reads past a buffer.
// `@_extern(c)` gives each import the C calling convention: with Swift's own convention, wasm
// functions get two hidden parameters (self and error) and would not match the VM's signatures.

@_extern(wasm, module: "cairn", name: "input_len") @_extern(c)
func cairn_input_len() -> Int32
@_extern(wasm, module: "cairn", name: "input_read") @_extern(c)
func cairn_input_read(_ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "set_return") @_extern(c)
func cairn_set_return(_ src: UnsafeRawPointer?, _ len: Int32)
@_extern(wasm, module: "cairn", name: "revert") @_extern(c)
func cairn_revert(_ src: UnsafeRawPointer?, _ len: Int32)

@_extern(wasm, module: "cairn", name: "storage_get") @_extern(c)
func cairn_storage_get(_ key: UnsafeRawPointer?, _ keyLen: Int32, _ dst: UnsafeMutableRawPointer?, _ dstCap: Int32) -> Int32
@_extern(wasm, module: "cairn", name: "storage_set") @_extern(c)
func cairn_storage_set(_ key: UnsafeRawPointer?, _ keyLen: Int32, _ val: UnsafeRawPointer?, _ valLen: Int32)
@_extern(wasm, module: "cairn", name: "storage_delete") @_extern(c)
func cairn_storage_delete(_ key: UnsafeRawPointer?, _ keyLen: Int32)
@_extern(wasm, module: "cairn", name: "storage_has") @_extern(c)
func cairn_storage_has(_ key: UnsafeRawPointer?, _ keyLen: Int32) -> Int32

@_extern(wasm, module: "cairn", name: "caller") @_extern(c)
func cairn_caller(_ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "origin") @_extern(c)
func cairn_origin(_ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "self_address") @_extern(c)
func cairn_self_address(_ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "value") @_extern(c)
func cairn_value(_ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "block_height") @_extern(c)
func cairn_block_height() -> Int64
@_extern(wasm, module: "cairn", name: "block_time") @_extern(c)
func cairn_block_time() -> Int64
@_extern(wasm, module: "cairn", name: "chain_id") @_extern(c)
func cairn_chain_id() -> Int64
@_extern(wasm, module: "cairn", name: "gas_left") @_extern(c)
func cairn_gas_left() -> Int64
@_extern(wasm, module: "cairn", name: "balance") @_extern(c)
func cairn_balance(_ addr: UnsafeRawPointer?, _ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "transfer") @_extern(c)
func cairn_transfer(_ to: UnsafeRawPointer?, _ amount: UnsafeRawPointer?) -> Int32
@_extern(wasm, module: "cairn", name: "emit") @_extern(c)
func cairn_emit(_ topics: UnsafeRawPointer?, _ topicCount: Int32, _ data: UnsafeRawPointer?, _ dataLen: Int32)

@_extern(wasm, module: "cairn", name: "call") @_extern(c)
func cairn_call(
    _ addr: UnsafeRawPointer?, _ method: UnsafeRawPointer?, _ methodLen: Int32,
    _ args: UnsafeRawPointer?, _ argsLen: Int32, _ value: UnsafeRawPointer?, _ gas: Int64
) -> Int32
@_extern(wasm, module: "cairn", name: "returndata_len") @_extern(c)
func cairn_returndata_len() -> Int32
@_extern(wasm, module: "cairn", name: "returndata_read") @_extern(c)
func cairn_returndata_read(_ dst: UnsafeMutableRawPointer?)

@_extern(wasm, module: "cairn", name: "sha256") @_extern(c)
func cairn_sha256(_ src: UnsafeRawPointer?, _ len: Int32, _ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "keccak256") @_extern(c)
func cairn_keccak256(_ src: UnsafeRawPointer?, _ len: Int32, _ dst: UnsafeMutableRawPointer?)
@_extern(wasm, module: "cairn", name: "secp256k1_recover") @_extern(c)
func cairn_secp256k1_recover(_ digest: UnsafeRawPointer?, _ sig: UnsafeRawPointer?, _ dst: UnsafeMutableRawPointer?) -> Int32
@_extern(wasm, module: "cairn", name: "ed25519_verify") @_extern(c)
func cairn_ed25519_verify(_ key: UnsafeRawPointer?, _ msg: UnsafeRawPointer?, _ msgLen: Int32, _ sig: UnsafeRawPointer?) -> Int32
