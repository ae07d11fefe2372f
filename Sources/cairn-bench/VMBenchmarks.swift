import CairnCrypto
import CairnState
import CairnVM
import Foundation

/// Contract VM benchmarks: interpreter throughput, host storage writes, and what the system contracts'
/// everyday calls cost in gas and time.
extension Bench {
    /// A hand-assembled module (the bench binary carries no WAT compiler): `spin` counts a local down
    /// from 1,000,000 (4 operators per turn); `write` stores 100 four-byte keys with 32-byte values.
    static let vmKernel: [UInt8] = [
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        // types: () -> (), (i32 i32 i32 i32) -> ()
        0x01, 0x0b, 0x02, 0x60, 0x00, 0x00, 0x60, 0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x00,
        // import cairn.storage_set
        0x02, 0x15, 0x01, 0x05, 0x63, 0x61, 0x69, 0x72, 0x6e,
        0x0b, 0x73, 0x74, 0x6f, 0x72, 0x61, 0x67, 0x65, 0x5f, 0x73, 0x65, 0x74, 0x00, 0x01,
        // two functions of type 0; one page of memory
        0x03, 0x03, 0x02, 0x00, 0x00,
        0x05, 0x03, 0x01, 0x00, 0x01,
        // exports: memory, spin, write
        0x07, 0x19, 0x03, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00,
        0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x01, 0x05, 0x77, 0x72, 0x69, 0x74, 0x65, 0x00, 0x02,
        // code
        0x0a, 0x44, 0x02,
        0x18, 0x01, 0x01, 0x7f, 0x41, 0xc0, 0x84, 0x3d, 0x21, 0x00, 0x03, 0x40,
        0x20, 0x00, 0x41, 0x01, 0x6b, 0x21, 0x00, 0x20, 0x00, 0x0d, 0x00, 0x0b, 0x0b,
        0x29, 0x01, 0x01, 0x7f, 0x41, 0x00, 0x21, 0x00, 0x03, 0x40,
        0x41, 0x00, 0x20, 0x00, 0x36, 0x02, 0x00,
        0x41, 0x00, 0x41, 0x04, 0x41, 0x10, 0x41, 0x20, 0x10, 0x00,
        0x20, 0x00, 0x41, 0x01, 0x6a, 0x22, 0x00,
        0x41, 0xe4, 0x00, 0x49, 0x0d, 0x00, 0x0b, 0x0b,
    ]

    /// Figures that are not rates (gas per call), reported beside the measured rates.
    nonisolated(unsafe) static var fixedResults: [Result] = []

    static func measureVM() throws {
        let vm = ContractVM()
        let state = MemoryStateStore()
        let user = try Address("0x00000000000000000000000000000000000000aa")
        let kernel = try Address("0x000000000000000000000000000000000000beef")
        let context = BlockContext(chainID: 31337, height: 1, time: 1_700_000_000)
        try vm.install(code: vmKernel, at: kernel, context: context, state: state)

        func call(_ method: String, on parent: StateStore) -> CallResult {
            let message = Message(origin: user, contract: kernel, method: method, gasLimit: 100_000_000)
            let result = try! vm.call(message, context: context, state: StateOverlay(parent: parent))
            precondition(result.status == .success, "\(method): \(result.status)")
            return result
        }

        let spinGas = call("spin", on: state).gasUsed
        // One call runs spinGas operators: the rate below is operators (fuel units) per second.
        measure("vm.wasm operators (fuel units)", batch: Int(spinGas)) { sink &+= call("spin", on: state).gasUsed }
        let writeGas = call("write", on: state).gasUsed
        measure("vm.storage_set (4 B key, 32 B value)", batch: 100) { sink &+= call("write", on: state).gasUsed }
        measure("raw: memory state set (same keys)", batch: 100) {
            let overlay = StateOverlay(parent: state)
            for index in 0..<100 {
                let key = withUnsafeBytes(of: UInt32(index).littleEndian) { Array($0) }
                try! overlay.set(.storage(kernel, key), [UInt8](repeating: 0, count: 32))
            }
            sink &+= UInt64(overlay.writes.count)
        }
        fixedResults.append(Result(name: "vm.gas: 100 storage writes in one call", value: Double(writeGas), unit: "gas", iterations: 1, seconds: 0))
    }
}
