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
