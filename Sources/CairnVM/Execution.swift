import CairnCrypto
import CairnState
@_spi(Fuzzing) import WasmKit

/// Why a frame stopped before returning normally. Host functions record it on the frame before
/// throwing, so the cause survives however WasmKit wraps the error on its way out.
enum FrameAbort: Error {
    case revert([UInt8])
    case trap(String)
    case outOfGas
    /// The state store failed: not the contract's fault, so it aborts the whole execution.
    case stateFailure(any Error)
}

/// One contract invocation on the call stack.
final class Frame {
    let contract: Address
    let caller: Address
    let value: UInt128
    let input: [UInt8]
    let state: StateOverlay
    let depth: Int
    var memory: Memory?
    var returnData: [UInt8] = []
    /// The return data (or revert reason) of the last nested call this frame made.
    var lastCallData: [UInt8] = []
    var events: [Event] = []
    var abort: FrameAbort?

    init(contract: Address, caller: Address, value: UInt128, input: [UInt8], state: StateOverlay, depth: Int) {
        self.contract = contract
        self.caller = caller
        self.value = value
        self.input = input
        self.state = state
        self.depth = depth
    }

    /// Copies `count` bytes out of guest memory, trapping on any out-of-range access.
    func read(_ offset: UInt32, _ count: UInt32) throws(FrameAbort) -> [UInt8] {
        guard count > 0 else { return [] }
        let memory = try checked(offset, count)
        return memory.withUnsafeBufferPointer(offset: UInt(offset), count: Int(count)) { Array($0) }
    }

    /// Copies bytes into guest memory, trapping on any out-of-range access.
    func write(_ offset: UInt32, _ bytes: [UInt8]) throws(FrameAbort) {
        guard !bytes.isEmpty else { return }
        let memory = try checked(offset, UInt32(bytes.count))
        memory.withUnsafeMutableBufferPointer(offset: UInt(offset), count: bytes.count) { buffer in
            buffer.copyBytes(from: bytes)
        }
    }

    private func checked(_ offset: UInt32, _ count: UInt32) throws(FrameAbort) -> Memory {
        guard let memory else { throw .trap("no memory") }
        guard UInt64(offset) + UInt64(count) <= UInt64(memory.byteCount) else {
            throw .trap("host access out of bounds: \(count) bytes at \(offset)")
        }
        return memory
    }
}

/// The outcome of running one frame, before its writes are committed.
struct FrameOutcome {
    var status: CallStatus
    var data: [UInt8]
    var events: [Event]
    /// The frame's writes, to commit into the parent if `status` is success.
    var overlay: StateOverlay?
}

/// One top-level call (or deploy) and every nested call it makes: one WasmKit store, one fuel budget.
final class Execution {
    let vm: ContractVM
    let runtime: Runtime
    let context: BlockContext
    let origin: Address
    let gasLimit: UInt64
    var frames: [Frame] = []
    /// Frames started so far, nested ones included (bounded by `VMLimits.maxCallsPerTransaction`).
    private var callCount = 0

    var store: Store { runtime.store }
    var schedule: GasSchedule { vm.schedule }
    var limits: VMLimits { vm.limits }

    init(vm: ContractVM, runtime: Runtime, context: BlockContext, origin: Address, gasLimit: UInt64) {
        self.vm = vm
        self.runtime = runtime
        self.context = context
        self.origin = origin
        self.gasLimit = gasLimit
        store.fuel = Fuel(remaining: gasLimit)
        runtime.execution = self
    }

    /// Detaches from the runtime so the next call starts clean.
    func end() {
        runtime.execution = nil
        store.fuel = nil
    }

    // MARK: Gas

    var gasLeft: UInt64 { store.fuel?.remaining ?? 0 }

    /// Takes `amount` from the budget, or empties it and aborts with out-of-gas.
    func charge(_ amount: UInt64) throws(FrameAbort) {
        let remaining = gasLeft
        guard remaining >= amount else {
            store.fuel = Fuel(remaining: 0)
            throw .outOfGas
        }
        store.fuel = Fuel(remaining: remaining - amount)
    }

    /// `count` units at `price` each, saturating rather than overflowing on hostile counts.
    func charge(_ count: Int, at price: UInt64) throws(FrameAbort) {
        let (total, overflow) = UInt64(count).multipliedReportingOverflow(by: price)
        try charge(overflow ? .max : total)
    }

    // MARK: Entry points

    func runTopLevel(
        contract: Address, caller: Address, method: String, args: [UInt8], value: UInt128, state: StateStore
    ) throws -> CallResult {
        let outcome = try runFrame(
            contract: contract, caller: caller, method: method, args: args, value: value, parentState: state,
            depth: 1)
        return try finish(outcome)
    }

    func runDeploy(
        code: [UInt8], at address: Address, deployer: Address, initArgs: [UInt8], value: UInt128,
        state: StateStore, chargeForCode: Bool = true
    ) throws -> CallResult {
        let overlay = StateOverlay(parent: state)
        let world = WorldState(overlay)
        let outcome: FrameOutcome
        do {
            if chargeForCode { try charge(code.count, at: schedule.deployByte) }
            // Parsed once into the module cache, where the constructor call below finds it.
            let compiled: CompiledContract
            do {
                compiled = try vm.compiled(hash: Keccak256.hash(code), code: code)
                try vm.typeCheck(code)
            } catch {
                throw FrameAbort.trap("invalid module: \(error)")
            }
            guard try world.account(address).codeHash == nil else {
                throw FrameAbort.trap("a contract already exists at \(address)")
            }
            try world.setCode(code, at: address)
            if compiled.methods.contains("init") {
                outcome = try runFrame(
                    contract: address, caller: deployer, method: "init", args: initArgs, value: value,
                    parentState: overlay, depth: 1, constructing: true)
            } else {
                guard initArgs.isEmpty else { throw FrameAbort.trap("arguments given but the contract has no init") }
                guard try world.transfer(from: deployer, to: address, amount: value) else {
                    throw FrameAbort.trap("insufficient balance for value")
                }
                outcome = FrameOutcome(status: .success, data: [], events: [], overlay: StateOverlay(parent: overlay))
            }
        } catch let abort as FrameAbort {
            outcome = try Self.outcome(of: abort)
        }
        if outcome.status == .success { try outcome.overlay?.commit() }
        var result = try finish(outcome, committing: false)
        if result.status == .success { try overlay.commit() } else { result.events = [] }
        return result
    }

    /// Turns a frame outcome into the caller's result: commits on success and settles the gas.
    private func finish(_ outcome: FrameOutcome, committing: Bool = true) throws -> CallResult {
        var gasUsed = outcome.status == .outOfGas ? gasLimit : gasLimit - gasLeft
        if case .trapped = outcome.status { gasUsed = min(gasLimit, gasUsed + schedule.failedCall) }
        guard outcome.status == .success else {
            let data: [UInt8] = if case .reverted = outcome.status { outcome.data } else { [] }
            return CallResult(status: outcome.status, gasUsed: gasUsed, returnData: data)
        }
        if committing { try outcome.overlay?.commit() }
        return CallResult(status: .success, gasUsed: gasUsed, returnData: outcome.data, events: outcome.events)
    }

    static func outcome(of abort: FrameAbort) throws -> FrameOutcome {
        switch abort {
        case .stateFailure(let error): throw error
        case .revert(let reason):
            return FrameOutcome(status: .reverted(String(decoding: reason, as: UTF8.self)), data: reason, events: [])
        case .trap(let message): return FrameOutcome(status: .trapped(message), data: [], events: [])
        case .outOfGas: return FrameOutcome(status: .outOfGas, data: [], events: [])
        }
    }

    // MARK: Frames

    /// Runs one call on its own overlay of `parentState`. The caller commits the overlay on success.
    ///
    /// - Throws: only state-store failures; every contract failure is a returned outcome.
    func runFrame(
        contract: Address, caller: Address, method: String, args: [UInt8], value: UInt128,
        parentState: StateStore, depth: Int, constructing: Bool = false
    ) throws -> FrameOutcome {
        let overlay = StateOverlay(parent: parentState)
        let world = WorldState(overlay)
        do {
            try charge(schedule.callBase)
            try charge(args.count, at: schedule.callDataByte)
            callCount += 1
            guard callCount <= limits.maxCallsPerTransaction else {
                throw FrameAbort.trap("more than \(limits.maxCallsPerTransaction) calls in one transaction")
            }
            guard depth <= limits.maxCallDepth else {
                throw FrameAbort.trap("call depth limit of \(limits.maxCallDepth) exceeded")
            }
            guard args.count <= limits.maxInputSize else { throw FrameAbort.trap("arguments too large") }
            // Bytes, not String equality: two different byte strings must never name one method.
            let methodBytes = Array(method.utf8)
            guard (1...limits.maxMethodNameSize).contains(methodBytes.count),
                methodBytes.allSatisfy(ModuleValidator.isMethodByte)
            else { throw FrameAbort.trap("bad method name") }
            guard constructing || method != "init" else { throw FrameAbort.trap("init is the constructor") }
            if value > 0 {
                try charge(schedule.valueTransfer)
                guard try world.transfer(from: caller, to: contract, amount: value) else {
                    throw FrameAbort.trap("insufficient balance for value")
                }
            }
            guard let (hash, code) = try world.code(at: contract) else {
                throw FrameAbort.trap("no contract at \(contract)")
            }
            // Charged before the code is parsed (on a cache miss), and the same on a hit.
            try charge(code.count, at: schedule.codeByte)
            let compiled: CompiledContract
            do {
                compiled = try vm.compiled(hash: hash, code: code)
            } catch {
                throw FrameAbort.trap("invalid module: \(error)")
            }
            guard compiled.methods.contains(method) else { throw FrameAbort.trap("no method \"\(method)\"") }
            // Charged the same whether the instance is new or reused, so gas never depends on reuse.
            try charge(Int(compiled.initialPages), at: schedule.memoryPage)

            let frame = Frame(contract: contract, caller: caller, value: value, input: args, state: overlay, depth: depth)
            frames.append(frame)
            defer { frames.removeLast() }
            let live: ContractInstance
            do {
                live = try runtime.acquire(compiled)
                frame.memory = live.memory
                guard let function = live.instance.exports[function: method] else {
                    throw FrameAbort.trap("no method \"\(method)\"")
                }
                _ = try function.invoke([])
            } catch {
                // A failed instance may hold any state: it is dropped, never reused.
                if let abort = frame.abort { throw abort }
                throw Self.classify(error)
            }
            runtime.release(live, of: compiled)
            return FrameOutcome(status: .success, data: frame.returnData, events: frame.events, overlay: overlay)
        } catch let abort as FrameAbort {
            return try Self.outcome(of: abort)
        }
    }

    /// Maps an error out of WasmKit to an abort. Only the first line of a trap is kept: the rest is a
    /// backtrace with host addresses, which differ between machines.
    static func classify(_ error: any Error) -> FrameAbort {
        if let abort = error as? FrameAbort { return abort }
        let text = String(describing: error)
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? text
        let message = firstLine.hasPrefix("Trap: ") ? String(firstLine.dropFirst(6)) : firstLine
        if message == "out of fuel" { return .outOfGas }
        return .trap(message)
    }
}

/// Caps linear memory and charges gas for every page a contract gets, initial or grown.
final class MemoryLimiter: ResourceLimiter, @unchecked Sendable {
    let maxBytes: Int
    /// The runtime whose running execution pays for growth (nil when only checking a module).
    weak var runtime: Runtime?
    private var execution: Execution? { runtime?.execution }

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    func limitMemoryGrowth(to desired: Int) throws -> Bool {
        guard desired <= maxBytes else {
            let abort = FrameAbort.trap("memory limit of \(maxBytes / 65_536) pages exceeded")
            execution?.frames.last?.abort = abort
            throw abort
        }
        // Initial pages are charged by the frame (the same for new and reused instances); only growth
        // while the frame runs is charged here. During instantiation the frame has no memory yet.
        guard let execution, let current = execution.frames.last?.memory?.byteCount else { return true }
        let pages = max(0, desired - current) / 65_536
        do {
            try execution.charge(pages, at: execution.schedule.memoryPage)
        } catch {
            execution.frames.last?.abort = error
            throw error
        }
        return true
    }

    func limitTableGrowth(to desired: Int) throws -> Bool {
        // Called once per table at instantiation; tables never grow after that (the validator requires
        // maximum == minimum and refuses table.grow), so this only bounds the initial size.
        desired <= 65_536
    }
}
