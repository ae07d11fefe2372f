/// The contracts the VM tests run, in WAT.
extension WasmFixtures {
    /// Writes "k" then loops forever.
    static let spin = module(
        imports: ["storage_set"],
        """
        (data (i32.const 0) "k")
        (func (export "spin")
          (call $storage_set (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 1))
          (loop $l (br $l)))
        """)

    /// Grows memory by 2 pages (within the cap) or by 40 (past it).
    static let grow = module(
        """
        (func (export "growSome") (drop (memory.grow (i32.const 2))))
        (func (export "growPastCap") (drop (memory.grow (i32.const 40))))
        (func (export "nothing"))
        """)

    /// Recurses as deep as its 4-byte little-endian input says.
    static let recurse = module(
        imports: ["input_read"],
        """
        (func $rec (param $n i32)
          (if (local.get $n) (then (call $rec (i32.sub (local.get $n) (i32.const 1))))))
        (func (export "depth")
          (call $input_read (i32.const 0))
          (call $rec (i32.load (i32.const 0))))
        """)

    /// Contract B: methods that write "b" then succeed (with an event), revert, trap, or spin.
    static let callee = module(
        imports: ["storage_set", "revert", "emit"],
        """
        (data (i32.const 0) "b")
        (data (i32.const 16) "nope")
        (func $mark (call $storage_set (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 1)))
        (func (export "ok") (call $mark) (call $emit (i32.const 32) (i32.const 1) (i32.const 0) (i32.const 1)))
        (func (export "fail") (call $mark) (call $revert (i32.const 16) (i32.const 4)))
        (func (export "crash") (call $mark) unreachable)
        (func (export "spin") (call $mark) (loop $l (br $l)))
        """)

    /// Contract A: writes "a", calls B's method named by the input (all gas, or 20,000 with "outerLimited"),
    /// records the status under "s" and the return data under "r", then writes "c".
    static func caller(callee: [UInt8]) -> [UInt8] {
        let address = callee.map { "\\" + String($0, radix: 16).leftPadded(2) }.joined()
        return module(
            imports: ["storage_set", "input_len", "input_read", "call", "returndata_len", "returndata_read"],
            """
            (data (i32.const 0) "acsr")
            (data (i32.const 64) "\(address)")
            (func $invoke (param $gas i64)
              (local $n i32)
              (call $storage_set (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 1))
              (local.set $n (call $input_len))
              (call $input_read (i32.const 200))
              (i32.store8 (i32.const 300)
                (call $call (i32.const 64) (i32.const 200) (local.get $n) (i32.const 0) (i32.const 0) (i32.const 128) (local.get $gas)))
              (call $storage_set (i32.const 2) (i32.const 1) (i32.const 300) (i32.const 1))
              (call $returndata_read (i32.const 400))
              (call $storage_set (i32.const 3) (i32.const 1) (i32.const 400) (call $returndata_len))
              (call $storage_set (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1)))
            (func (export "outer") (call $invoke (i64.const 0)))
            (func (export "outerLimited") (call $invoke (i64.const 20000)))
            """)
    }

    /// Counts its depth in "n" and calls itself until the VM's depth limit stops it.
    static let dive = module(
        imports: ["storage_get", "storage_set", "self_address", "call"],
        """
        (data (i32.const 0) "n")
        (data (i32.const 16) "dive")
        (func (export "dive")
          (drop (call $storage_get (i32.const 0) (i32.const 1) (i32.const 100) (i32.const 4)))
          (i32.store (i32.const 100) (i32.add (i32.load (i32.const 100)) (i32.const 1)))
          (call $storage_set (i32.const 0) (i32.const 1) (i32.const 100) (i32.const 4))
          (call $self_address (i32.const 200))
          (drop (call $call (i32.const 200) (i32.const 16) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 300) (i64.const 0))))
        """)

    /// Sends 5 units back to its caller; "keep" accepts value and does nothing; "oob" passes a bad pointer.
    static let payer = module(
        imports: ["caller", "transfer", "storage_set"],
        """
        (data (i32.const 47) "\\05")
        (func (export "refund")
          (call $caller (i32.const 0))
          (if (call $transfer (i32.const 0) (i32.const 32)) (then unreachable)))
        (func (export "keep"))
        (func (export "oob") (call $storage_set (i32.const 70000) (i32.const 1) (i32.const 0) (i32.const 1)))
        """)

    /// Crypto host functions over the input: hashes, signature recovery and verification.
    static let crypto = module(
        imports: ["input_len", "input_read", "set_return", "revert", "sha256", "keccak256", "secp256k1_recover", "ed25519_verify"],
        """
        (func $in (result i32) (call $input_read (i32.const 1024)) (call $input_len))
        (func (export "sha") (call $sha256 (i32.const 1024) (call $in) (i32.const 0)) (call $set_return (i32.const 0) (i32.const 32)))
        (func (export "keccak") (call $keccak256 (i32.const 1024) (call $in) (i32.const 0)) (call $set_return (i32.const 0) (i32.const 32)))
        ;; input: digest 32 || r s v 65
        (func (export "recover")
          (drop (call $in))
          (if (call $secp256k1_recover (i32.const 1024) (i32.const 1056) (i32.const 0)) (then (call $revert (i32.const 0) (i32.const 0))))
          (call $set_return (i32.const 0) (i32.const 20)))
        ;; input: key 32 || signature 64 || message
        (func (export "verify")
          (local $n i32)
          (local.set $n (call $in))
          (i32.store8 (i32.const 0)
            (call $ed25519_verify (i32.const 1024) (i32.const 1120) (i32.sub (local.get $n) (i32.const 96)) (i32.const 1056)))
          (call $set_return (i32.const 0) (i32.const 1)))
        """)
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
