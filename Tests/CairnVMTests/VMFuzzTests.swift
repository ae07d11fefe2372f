import CairnCrypto
import CairnState
import Foundation
import Testing
@testable import CairnVM

/// SplitMix64: a tiny seeded generator, so a failing fuzz case replays from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("VM fuzzing")
struct VMFuzzTests {
    static let seeds: [[UInt8]] = [
        VMCallTests.echo, WasmFixtures.spin, WasmFixtures.grow, WasmFixtures.recurse, WasmFixtures.callee,
        WasmFixtures.caller(callee: [UInt8](repeating: 0, count: 19) + [0x01]), WasmFixtures.dive,
        WasmFixtures.payer, WasmFixtures.crypto,
    ]

    static func mutate(_ input: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        switch Int.random(in: 0..<7, using: &rng) {
        case 0:  // flip bits
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
            }
        case 1:  // overwrite bytes
            for _ in 0..<Int.random(in: 1...8, using: &rng) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
        case 2:  // truncate
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
        case 3:  // insert random bytes
            let at = Int.random(in: 0...bytes.count, using: &rng)
            bytes.insert(contentsOf: (0..<Int.random(in: 1...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)
        case 4:  // duplicate a chunk
            let start = Int.random(in: 0..<max(1, bytes.count), using: &rng)
            let end = min(bytes.count, start + Int.random(in: 1...64, using: &rng))
            if start < end { bytes.insert(contentsOf: bytes[start..<end], at: Int.random(in: 0...bytes.count, using: &rng)) }
        case 5:  // random body behind a valid header
            bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
                + (0..<Int.random(in: 0...256, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        default:  // pure noise
            bytes = (0..<Int.random(in: 0...128, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        }
        return bytes
    }

    /// Deploys one module and calls each of its methods with random arguments: whatever happens must be a
    /// typed result, within the gas given.
    static func exercise(_ code: [UInt8], _ rng: inout SeededGenerator, vm: ContractVM, index: UInt64) throws {
        let state = MemoryStateStore()
        let deployer = try Address(bytes: [UInt8](repeating: 0, count: 19) + [0xde])
        try WorldState(state).setBalance(deployer, 1 << 64)
        let context = BlockContext(chainID: 31337, height: 1, time: 1_700_000_000)
        let interface: ContractInterface? = try? vm.validate(code: code)
        let deployed = try vm.deploy(
            code: code, deployer: deployer, nonce: index, gasLimit: 5_000_000, context: context, state: state)
        #expect(deployed.result.gasUsed <= 5_000_000)
        if interface == nil { #expect(deployed.result.status != .success) }
        guard deployed.result.status == .success, let interface else { return }
        for method in interface.methods where method != "init" {
            let args = (0..<Int.random(in: 0...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let gas = UInt64.random(in: 1...300_000, using: &rng)
            let result = try vm.call(
                Message(origin: deployer, contract: deployed.address, method: method, args: args,
                        value: UInt128(UInt8.random(in: 0...3, using: &rng)), gasLimit: gas),
                context: context, state: state)
            #expect(result.gasUsed <= gas)
            if result.status == .outOfGas { #expect(result.gasUsed == gas) }
        }
    }

    @Test("mutated and random modules and calldata never crash or hang; every failure is typed")
    func fuzz() throws {
        let vm = ContractVM()
        let iterations = UInt64(ProcessInfo.processInfo.environment["CAIRN_FUZZ_ITERATIONS"] ?? "") ?? 1_500
        let baseSeed = UInt64(ProcessInfo.processInfo.environment["CAIRN_FUZZ_SEED"] ?? "") ?? 0xCA1B
        for index in 0..<iterations {
            var rng = SeededGenerator(seed: baseSeed &+ index)
            var code = Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &rng)]
            for _ in 0..<Int.random(in: 1...3, using: &rng) { code = Self.mutate(code, &rng) }
            try Self.exercise(code, &rng, vm: vm, index: index)
        }
    }

    @Test("valid modules take random calldata and gas limits without crashing")
    func randomCalls() throws {
        let vm = ContractVM()
        var rng = SeededGenerator(seed: 42)
        for (index, code) in Self.seeds.enumerated() {
            for round in 0..<20 {
                try Self.exercise(code, &rng, vm: vm, index: UInt64(index * 100 + round))
            }
        }
    }
}
