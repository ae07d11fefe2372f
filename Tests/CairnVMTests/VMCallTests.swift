import CairnCodec
import CairnCrypto
import CairnState
import Testing
@testable import CairnVM

@Suite("VM calls")
struct VMCallTests {
    /// Stores its input under "k" and returns it.
    static let echo = WasmFixtures.module(
        imports: ["input_len", "input_read", "storage_set", "set_return"],
        """
        (data (i32.const 0) "k")
        (func (export "store")
          (local $n i32)
          (local.set $n (call $input_len))
          (call $input_read (i32.const 100))
          (call $storage_set (i32.const 0) (i32.const 1) (i32.const 100) (local.get $n))
          (call $set_return (i32.const 100) (local.get $n)))
        """)

    @Test("a call runs, writes storage and returns data")
    func storesAndReturns() throws {
        let bench = VMBench()
        try bench.install(Self.echo, at: bench.contractA)
        let result = try bench.call(bench.contractA, "store", [1, 2, 3])
        #expect(result.status == .success)
        #expect(result.returnData == [1, 2, 3])
        #expect(bench.storage(bench.contractA, "k") == [1, 2, 3])
        #expect(result.gasUsed > 0 && result.gasUsed < 1_000_000)
    }
}

@Suite("VM gas, limits and rollback")
struct VMSemanticsTests {
    @Test("an infinite loop stops at the gas limit, is charged all of it, and changes nothing")
    func infiniteLoop() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.spin, at: bench.contractA)
        let before = bench.state.digest
        let result = try bench.call(bench.contractA, "spin", gas: 200_000)
        #expect(result.status == .outOfGas)
        #expect(result.gasUsed == 200_000)
        #expect(result.events.isEmpty)
        #expect(bench.state.digest == before)
    }

    @Test("memory growth within the cap is charged per page; past the cap it traps")
    func memoryCap() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.grow, at: bench.contractA)
        let baseline = try bench.call(bench.contractA, "nothing")
        let grown = try bench.call(bench.contractA, "growSome")
        #expect(grown.status == .success)
        #expect(grown.gasUsed >= baseline.gasUsed + 2 * bench.vm.schedule.memoryPage)
        let past = try bench.call(bench.contractA, "growPastCap")
        guard case .trapped(let reason) = past.status else {
            Issue.record("growth past the cap did not trap: \(past.status)")
            return
        }
        #expect(reason.contains("memory limit"))
    }

    /// The deepest recursion that succeeds, found by bisection.
    private func maximumDepth(_ bench: VMBench) throws -> UInt32 {
        var low: UInt32 = 1, high: UInt32 = 1 << 20
        while low + 1 < high {
            let middle = (low + high) / 2
            let input = withUnsafeBytes(of: middle.littleEndian) { Array($0) }
            let result = try bench.call(bench.contractA, "depth", input, gas: 100_000_000)
            if result.status == .success {
                low = middle
            } else {
                #expect(result.status == .trapped("call stack exhausted"))
                high = middle
            }
        }
        return low
    }

    @Test("deep recursion traps at the same depth on every fresh VM")
    func recursionDepth() throws {
        let first = VMBench(), second = VMBench()
        try first.install(WasmFixtures.recurse, at: first.contractA)
        try second.install(WasmFixtures.recurse, at: second.contractA)
        let depth = try maximumDepth(first)
        #expect(depth > 500)
        #expect(try maximumDepth(second) == depth)
    }

    private func nestedBench() throws -> VMBench {
        let bench = VMBench()
        try bench.install(WasmFixtures.callee, at: bench.contractB)
        try bench.install(WasmFixtures.caller(callee: bench.contractB.bytes), at: bench.contractA)
        return bench
    }

    @Test("a failing nested call rolls back only its own writes", arguments: [("fail", 1), ("crash", 2), ("spin", 2)])
    func nestedFailure(method: String, status: Int) throws {
        let bench = try nestedBench()
        let result = try bench.call(bench.contractA, method == "spin" ? "outerLimited" : "outer", Array(method.utf8))
        #expect(result.status == .success)
        #expect(bench.storage(bench.contractA, "a") == [0x61])
        #expect(bench.storage(bench.contractA, "c") == [0x63])
        #expect(bench.storage(bench.contractA, "s") == [UInt8(status)])
        #expect(bench.storage(bench.contractB, "b") == nil)
        #expect(bench.storage(bench.contractA, "r") == (method == "fail" ? Array("nope".utf8) : []))
        #expect(result.events.isEmpty)
    }

    @Test("a successful nested call keeps its writes and events")
    func nestedSuccess() throws {
        let bench = try nestedBench()
        let result = try bench.call(bench.contractA, "outer", Array("ok".utf8))
        #expect(result.status == .success)
        #expect(bench.storage(bench.contractA, "s") == [0])
        #expect(bench.storage(bench.contractB, "b") == [0x62])
        #expect(result.events == [Event(contract: bench.contractB, topics: [[UInt8](repeating: 0, count: 32)], data: [0x62])])
    }

    @Test("a top-level revert keeps nothing and returns the reason")
    func topLevelRevert() throws {
        let bench = try nestedBench()
        let before = bench.state.digest
        let result = try bench.call(bench.contractB, "fail")
        #expect(result.status == .reverted("nope"))
        #expect(result.returnData == Array("nope".utf8))
        #expect(bench.state.digest == before)
    }

    @Test("the call depth limit stops self-calls at the same depth")
    func callDepth() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.dive, at: bench.contractA)
        let result = try bench.call(bench.contractA, "dive", gas: 50_000_000)
        #expect(result.status == .success)
        let count = bench.storage(bench.contractA, "n").map { $0.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) } }
        #expect(count == UInt32(bench.vm.limits.maxCallDepth))
    }

    @Test("the same calls on two fresh VMs use the same gas and leave the same state")
    func determinism() throws {
        func run() throws -> ([UInt64], [UInt8]) {
            let bench = try nestedBench()
            try bench.install(WasmFixtures.dive, at: try Address("0x000000000000000000000000000000000000d1fe"))
            var gas: [UInt64] = []
            for method in ["ok", "fail", "crash"] {
                gas.append(try bench.call(bench.contractA, "outer", Array(method.utf8)).gasUsed)
            }
            gas.append(try bench.call(bench.contractA, "outerLimited", Array("spin".utf8)).gasUsed)
            gas.append(try bench.call(try Address("0x000000000000000000000000000000000000d1fe"), "dive", gas: 50_000_000).gasUsed)
            return (gas, bench.state.digest)
        }
        let (gasA, stateA) = try run()
        let (gasB, stateB) = try run()
        #expect(gasA == gasB)
        #expect(stateA == stateB)
    }

    @Test("value moves with a call; too little balance fails the call and moves nothing")
    func valueTransfer() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.payer, at: bench.contractA)
        let world = WorldState(bench.state)
        #expect(try bench.call(bench.contractA, "refund", value: 100).status == .success)
        #expect(try world.balance(of: bench.user) == 1_000_000 - 95)
        #expect(try world.balance(of: bench.contractA) == 95)
        let before = bench.state.digest
        let broke = try bench.call(bench.contractA, "keep", value: 2_000_000)
        #expect(broke.status == .trapped("insufficient balance for value"))
        #expect(bench.state.digest == before)
    }

    @Test("a host call with a pointer outside memory traps")
    func outOfBounds() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.payer, at: bench.contractA)
        guard case .trapped(let reason) = try bench.call(bench.contractA, "oob").status else {
            Issue.record("out-of-bounds host access did not trap")
            return
        }
        #expect(reason.contains("out of bounds"))
    }

    @Test("calls to missing contracts, missing methods and init fail cleanly")
    func missing() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.payer, at: bench.contractA)
        #expect(try bench.call(bench.contractB, "keep").status == .trapped("no contract at \(bench.contractB)"))
        #expect(try bench.call(bench.contractA, "nope").status == .trapped("no method \"nope\""))
        #expect(try bench.call(bench.contractA, "init").status == .trapped("init is the constructor"))
    }

    @Test("deploy addresses follow Ethereum's CREATE rule")
    func createAddress() throws {
        let sender = try Address("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0")
        #expect(ContractVM.contractAddress(deployer: sender, nonce: 0) == (try Address("0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d")))
        #expect(ContractVM.contractAddress(deployer: sender, nonce: 1) == (try Address("0x343c43a37d37dff08ae8c4a11544c718abb4fcf8")))
        let bench = VMBench()
        let deployed = try bench.vm.deploy(
            code: WasmFixtures.payer, deployer: bench.user, nonce: 3, gasLimit: 10_000_000, context: bench.context,
            state: bench.state)
        #expect(deployed.result.status == .success)
        #expect(deployed.address == ContractVM.contractAddress(deployer: bench.user, nonce: 3))
        #expect(try WorldState(bench.state).code(at: deployed.address)?.code == WasmFixtures.payer)
    }
}

@Suite("VM crypto host functions")
struct VMCryptoTests {
    @Test("hashes, secp256k1 recovery and Ed25519 verification match CairnCrypto")
    func crypto() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.crypto, at: bench.contractA)
        let message = Array("cairn".utf8)
        #expect(try bench.call(bench.contractA, "sha", message).returnData == SHA256.hash(message))
        #expect(try bench.call(bench.contractA, "keccak", message).returnData == Keccak256.hash(message))

        let key = try Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 7, count: 32))
        let digest = Keccak256.hash(message)
        let signature = try key.recoverableSignature(forDigest: digest)
        let recovered = try bench.call(bench.contractA, "recover", digest + signature.rsv())
        #expect(recovered.returnData == Address(publicKey: key.publicKey).bytes)
        #expect(try bench.call(bench.contractA, "recover", digest + signature.rsv(vOffset: 0)).returnData == recovered.returnData)
        // The high-s twin of a valid signature recovers the same key in Ethereum's ecrecover; Cairn refuses it.
        var high = signature.compact
        let order = try Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        var borrow = 0
        for index in (32..<64).reversed() {
            let difference = Int(order[index - 32]) - Int(high[index]) - borrow
            high[index] = UInt8((difference + 256) % 256)
            borrow = difference < 0 ? 1 : 0
        }
        let highRecovery = signature.recoveryID ^ 1
        let refused = try bench.call(bench.contractA, "recover", digest + high + [highRecovery + 27])
        #expect(refused.status == .reverted(""))

        let ed = try Ed25519.PrivateKey(seed: [UInt8](repeating: 9, count: 32))
        let edSignature = ed.signature(for: message)
        let good = try bench.call(bench.contractA, "verify", ed.publicKey.rawRepresentation + edSignature + message)
        #expect(good.returnData == [1])
        let bad = try bench.call(bench.contractA, "verify", ed.publicKey.rawRepresentation + edSignature + message + [0])
        #expect(bad.returnData == [0])
    }
}

@Suite("VM instance reuse")
struct VMReuseTests {
    /// Returns the global and a memory word as they were at entry, then changes both.
    static let leaky = WasmFixtures.module(
        imports: ["set_return"],
        """
        (global $g (mut i32) (i32.const 0))
        (func (export "bump")
          (i32.store (i32.const 0) (global.get $g))
          (i32.store (i32.const 4) (i32.load (i32.const 600)))
          (global.set $g (i32.add (global.get $g) (i32.const 1)))
          (i32.store (i32.const 600) (i32.const 99))
          (call $set_return (i32.const 0) (i32.const 8)))
        """)

    @Test("a reused instance starts with the memory and globals of a new one")
    func resetsInstances() throws {
        let bench = VMBench()
        try bench.install(Self.leaky, at: bench.contractA)
        for _ in 0..<5 {
            let result = try bench.call(bench.contractA, "bump")
            #expect(result.status == .success)
            #expect(result.returnData == [UInt8](repeating: 0, count: 8))
        }
    }

    @Test("gas, output and state are the same on a warm VM and on a new one")
    func warmEqualsCold() throws {
        let warm = VMBench()
        try warm.install(WasmFixtures.callee, at: warm.contractB)
        try warm.install(WasmFixtures.caller(callee: warm.contractB.bytes), at: warm.contractA)
        for method in ["ok", "fail", "crash", "ok"] {
            _ = try warm.call(warm.contractA, "outer", Array(method.utf8))
        }
        for method in ["ok", "fail", "crash", "spin"] {
            let cold = VMBench()
            try cold.install(WasmFixtures.callee, at: cold.contractB)
            try cold.install(WasmFixtures.caller(callee: cold.contractB.bytes), at: cold.contractA)
            for (key, value) in warm.state.entries { try cold.state.set(key, value) }
            let entry = method == "spin" ? "outerLimited" : "outer"
            let coldResult = try cold.call(cold.contractA, entry, Array(method.utf8))
            let warmResult = try warm.call(warm.contractA, entry, Array(method.utf8))
            #expect(warmResult == coldResult, "\(method)")
            #expect(warm.state.digest == cold.state.digest, "\(method)")
        }
    }
}
