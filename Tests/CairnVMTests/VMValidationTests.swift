import CairnCrypto
import Testing
import WAT
@testable import CairnVM

@Suite("VM deploy-time validation")
struct VMValidationTests {
    let vm = ContractVM()

    private func rejection(_ code: [UInt8]) -> ModuleError? {
        do {
            _ = try vm.validate(code: code)
            return nil
        } catch {
            return error
        }
    }

    @Test("a clean module is accepted and its methods listed")
    func accepts() throws {
        let interface = try vm.validate(code: VMCallTests.echo)
        #expect(interface.methods == ["store"])
        #expect(interface.codeHash == Keccak256.hash(VMCallTests.echo))
    }

    @Test("float operators, types, constants and conversions are refused", arguments: [
        "(func (export \"f\") (drop (f32.add (f32.const 1) (f32.const 2))))",
        "(func (export \"f\") (local f64))",
        "(func $g (param f32))",
        "(func (export \"f\") (drop (i32.trunc_f32_s (f32.const 1))))",
        "(func (export \"f\") (drop (f64.const 0)))",
        "(global f64 (f64.const 0))",
        "(func (export \"f\") (drop (i32.reinterpret_f32 (f32.const 0))))",
        "(func (export \"f\") (f64.store (i32.const 0) (f64.const 1)))",
        "(func (export \"f\") (drop (i64.load (i32.const 0))) (drop (f32.load (i32.const 0))))",
    ])
    func refusesFloat(body: String) {
        let error = rejection(WasmFixtures.module(body))
        guard case .floatingPoint = error else {
            Issue.record("expected a floating-point rejection, got \(String(describing: error))")
            return
        }
    }

    @Test("imports outside the host API are refused")
    func refusesForeignImports() throws {
        let env = try wat2wasm("(module (import \"env\" \"f\" (func)) (memory (export \"memory\") 1))", features: [])
        #expect(rejection(env) == .forbiddenImport(module: "env", name: "f"))
        let unknown = try wat2wasm("(module (import \"cairn\" \"nope\" (func)) (memory (export \"memory\") 1))", features: [])
        #expect(rejection(unknown) == .forbiddenImport(module: "cairn", name: "nope"))
        let wrongType = try wat2wasm(
            "(module (import \"cairn\" \"input_len\" (func (result i64))) (memory (export \"memory\") 1))", features: [])
        #expect(rejection(wrongType) == .importSignatureMismatch(name: "input_len"))
        let importedMemory = try wat2wasm("(module (import \"cairn\" \"memory\" (memory 1)))", features: [])
        #expect(rejection(importedMemory) == .forbiddenImport(module: "cairn", name: "memory"))
    }

    @Test("start functions, tables that grow and odd exports are refused")
    func refusesStructure() throws {
        #expect(rejection(WasmFixtures.module("(func $s) (start $s)")) == .startFunction)
        if case .table = rejection(WasmFixtures.module("(table 1 10 funcref)")) {} else { Issue.record("growable table accepted") }
        #expect(rejection(WasmFixtures.module("(table 2 2 funcref)")) == nil)
        if case .export = rejection(WasmFixtures.module("(global (export \"g\") i32 (i32.const 0))")) {} else {
            Issue.record("global export accepted")
        }
        if case .export = rejection(WasmFixtures.module("(func (export \"f\") (param i32))")) {} else {
            Issue.record("method with parameters accepted")
        }
        if case .export = rejection(WasmFixtures.module("(func (export \"bad-name\"))")) {} else {
            Issue.record("bad method name accepted")
        }
    }

    @Test("memory must be one exported memory within the cap")
    func memoryRules() throws {
        let cap = vm.limits.maxMemoryPages
        if case .memory = rejection(WasmFixtures.module(memory: "(memory (export \"memory\") \(cap + 1))", "")) {} else {
            Issue.record("initial memory over the cap accepted")
        }
        if case .memory = rejection(WasmFixtures.module(memory: "(memory (export \"memory\") 1 \(cap + 1))", "")) {} else {
            Issue.record("maximum over the cap accepted")
        }
        if case .memory = rejection(WasmFixtures.module(memory: "(memory 1)", "")) {} else {
            Issue.record("unexported memory accepted")
        }
        if case .memory = rejection(WasmFixtures.module(memory: "", "")) {} else { Issue.record("no memory accepted") }
        #expect(rejection(WasmFixtures.module(memory: "(memory (export \"memory\") 1 \(cap))", "")) == nil)
    }

    @Test("malformed and oversized bytes get typed errors")
    func malformed() {
        guard case .malformed = rejection([0x00, 0x61, 0x73, 0x6d, 0x01]) else {
            Issue.record("truncated header accepted")
            return
        }
        guard case .malformed = rejection(Array("not wasm".utf8)) else {
            Issue.record("text accepted")
            return
        }
        let big = [UInt8](repeating: 0, count: vm.limits.maxCodeSize + 1)
        #expect(rejection(big) == .tooLarge(size: big.count, limit: vm.limits.maxCodeSize))
    }

    @Test("a deploy of an invalid module fails, charges gas and changes nothing")
    func deployInvalid() throws {
        let bench = VMBench()
        let before = bench.state.digest
        let code = WasmFixtures.module("(func (export \"f\") (drop (f32.const 1)))")
        let result = try bench.vm.deploy(
            code: code, deployer: bench.user, nonce: 0, gasLimit: 10_000_000, context: bench.context, state: bench.state)
        guard case .trapped(let reason) = result.result.status else {
            Issue.record("deploy of a float module succeeded")
            return
        }
        #expect(reason.contains("floating point"))
        #expect(result.result.gasUsed >= UInt64(code.count) * bench.vm.schedule.deployByte)
        #expect(bench.state.digest == before)
        #expect(throws: VMError.self) { try bench.install(code, at: bench.contractA) }
    }
}
