import CairnCrypto
import CairnState
import Testing
@testable import CairnVM

/// Attacks found in review: each module here once crashed, exhausted or mispriced the VM.
@Suite("VM hardening")
struct VMHardeningTests {
    let vm = ContractVM()

    /// A section: id, LEB128 size, content.
    static func section(_ id: UInt8, _ content: [UInt8]) -> [UInt8] { [id] + leb(UInt32(content.count)) + content }

    static func leb(_ value: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        var remaining = value
        repeat {
            var byte = UInt8(remaining & 0x7f)
            remaining >>= 7
            if remaining != 0 { byte |= 0x80 }
            bytes.append(byte)
        } while remaining != 0
        return bytes
    }

    /// A module of `bodies` functions of type () -> (), one page of memory exported, and `code` as the code section.
    static func module(functions: Int, bodies: [[UInt8]]) -> [UInt8] {
        var code = leb(UInt32(bodies.count))
        for body in bodies { code += leb(UInt32(body.count)) + body }
        return [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
            + section(1, [0x01, 0x60, 0x00, 0x00])
            + section(3, leb(UInt32(functions)) + [UInt8](repeating: 0, count: functions))
            + section(5, [0x01, 0x00, 0x01])
            + section(7, [0x01, 0x06] + Array("memory".utf8) + [0x02, 0x00])
            + section(10, code)
    }

    private func rejection(_ code: [UInt8]) -> ModuleError? {
        do {
            _ = try vm.validate(code: code)
            return nil
        } catch {
            return error
        }
    }

    @Test("custom sections are refused, so a lying name section never reaches WasmKit")
    func customSections() throws {
        // A name section naming function 0x7ffffff0: WasmKit 0.4.2 reads out of bounds with it on a trap.
        let names: [UInt8] = [0x04] + Array("name".utf8) + Self.section(1, [0x01] + Self.leb(0x7fff_fff0) + [0x01, 0x78])
        let trapping = WasmFixtures.module("(func (export \"boom\") unreachable)")
        let poisoned = trapping + Self.section(0, names)
        #expect(rejection(poisoned) == .customSection)
        let bench = VMBench()
        let deployed = try bench.vm.deploy(
            code: poisoned, deployer: bench.user, nonce: 0, gasLimit: 50_000_000, context: bench.context, state: bench.state)
        #expect(deployed.result.status == .trapped("invalid module: \(ModuleError.customSection)"))
    }

    @Test("locals are counted from the headers before anything is expanded")
    func localsBomb() {
        // 2,000 bodies each declaring 99,999 i64 locals in 7 bytes: 2.3 GB once parsed.
        let bomb: [UInt8] = [0x01, 0x9f, 0x8d, 0x06, 0x7e, 0x0b]
        let code = Self.module(functions: 2_000, bodies: [[UInt8]](repeating: bomb, count: 2_000))
        guard case .tooManyLocals = rejection(code) else {
            Issue.record("a locals bomb was not refused")
            return
        }
        // Under the per-function limit, over the per-module one.
        let wide: [UInt8] = [0x01, 0xe7, 0x07, 0x7e, 0x0b]  // 999 locals
        let count = vm.limits.maxLocalsPerModule / 999 + 1
        guard case .tooManyLocals = rejection(Self.module(functions: count, bodies: [[UInt8]](repeating: wide, count: count))) else {
            Issue.record("a module over the total locals limit was accepted")
            return
        }
    }

    @Test("function and body counts must agree, and every body must type-check")
    func bodies() {
        let end: [UInt8] = [0x00, 0x0b]
        guard case .malformed = rejection(Self.module(functions: 1, bodies: [end, end, end])) else {
            Issue.record("3 bodies for 1 function accepted")
            return
        }
        #expect(rejection(Self.module(functions: 1, bodies: [end])) == nil)
        // i32.add on an empty stack.
        #expect(rejection(Self.module(functions: 1, bodies: [[0x00, 0x6a, 0x0b]])) == .invalidFunctionBody)
    }

    @Test("the process remembers passed type checks only: a body that does not type-check is refused every time")
    func refusedBodiesStayRefused() {
        let end: [UInt8] = [0x00, 0x0b]
        let good = Self.module(functions: 1, bodies: [end])
        let bad = Self.module(functions: 1, bodies: [[0x00, 0x6a, 0x0b]])
        for _ in 0..<3 {
            #expect(rejection(bad) == .invalidFunctionBody)
            #expect(rejection(good) == nil)
        }
        // Another VM with the same limits shares what was remembered, and still refuses the bad body.
        let other = ContractVM()
        #expect(throws: ModuleError.invalidFunctionBody) { _ = try other.validate(code: bad) }
        #expect(throws: Never.self) { _ = try other.validate(code: good) }
    }

    @Test("a method name must be the exact bytes of an export")
    func methodBytes() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.module("(func (export \"Kill\"))"), at: bench.contractA)
        #expect(try bench.call(bench.contractA, "Kill").status == .success)
        // U+212A KELVIN SIGN is canonically equivalent to "K" under Swift's String ==.
        #expect(try bench.call(bench.contractA, "\u{212A}ill").status == .trapped("bad method name"))
    }

    @Test("a failed call costs the failure surcharge, at top level and nested")
    func failureSurcharge() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.callee, at: bench.contractB)
        try bench.install(WasmFixtures.caller(callee: bench.contractB.bytes), at: bench.contractA)
        let trapped = try bench.call(bench.contractB, "crash", gas: 1_000_000)
        #expect(trapped.gasUsed >= bench.vm.schedule.failedCall)
        let reverted = try bench.call(bench.contractA, "outer", Array("fail".utf8), gas: 1_000_000)
        let crashed = try bench.call(bench.contractA, "outer", Array("crash".utf8), gas: 1_000_000)
        #expect(crashed.gasUsed >= reverted.gasUsed + bench.vm.schedule.failedCall - 1_000)
    }

    @Test("one transaction makes at most maxCallsPerTransaction calls")
    func callBudget() throws {
        let bench = VMBench()
        try bench.install(WasmFixtures.callee, at: bench.contractB)
        let address = bench.contractB.bytes.map { "\\" + String($0, radix: 16).leftPadded(2) }.joined()
        let looper = WasmFixtures.module(
            imports: ["call", "set_return"],
            """
            (data (i32.const 64) "\(address)")
            (data (i32.const 100) "ok")
            (func (export "loop")
              (local $i i32) (local $ok i32)
              (loop $l
                (if (i32.eqz (call $call (i32.const 64) (i32.const 100) (i32.const 2) (i32.const 0) (i32.const 0) (i32.const 128) (i64.const 0)))
                  (then (local.set $ok (i32.add (local.get $ok) (i32.const 1)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $l (i32.lt_u (local.get $i) (i32.const 300))))
              (i32.store (i32.const 0) (local.get $ok))
              (call $set_return (i32.const 0) (i32.const 4)))
            """)
        try bench.install(looper, at: bench.contractA)
        let result = try bench.call(bench.contractA, "loop", gas: 200_000_000)
        #expect(result.status == .success)
        let successes = result.returnData.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        #expect(successes == UInt32(bench.vm.limits.maxCallsPerTransaction - 1))
    }

    @Test("storage_has pays for the value the store reads")
    func hasChargesValue() throws {
        let bench = VMBench()
        let code = WasmFixtures.module(
            imports: ["storage_set", "storage_has"],
            """
            (data (i32.const 0) "h")
            (func (export "small") (call $storage_set (i32.const 0) (i32.const 1) (i32.const 16) (i32.const 1)))
            (func (export "big") (call $storage_set (i32.const 0) (i32.const 1) (i32.const 16) (i32.const 1000)))
            (func (export "has") (drop (call $storage_has (i32.const 0) (i32.const 1))))
            """)
        try bench.install(code, at: bench.contractA)
        _ = try bench.call(bench.contractA, "small")
        let small = try bench.call(bench.contractA, "has").gasUsed
        _ = try bench.call(bench.contractA, "big")
        let big = try bench.call(bench.contractA, "has").gasUsed
        #expect(big - small == 999 * bench.vm.schedule.storageReadByte)
    }

    @Test("a balance overflow is a state failure, not a crash")
    func balanceOverflow() throws {
        let state = MemoryStateStore()
        let world = WorldState(state)
        let a = try Address(bytes: [UInt8](repeating: 1, count: 20)), b = try Address(bytes: [UInt8](repeating: 2, count: 20))
        try world.setBalance(a, 10)
        try world.setBalance(b, .max)
        #expect(throws: WorldStateError.self) { _ = try world.transfer(from: a, to: b, amount: 1) }
    }
}
