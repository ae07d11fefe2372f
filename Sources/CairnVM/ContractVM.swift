import CairnCodec
import CairnCrypto
import CairnState
import Synchronization
@_spi(Fuzzing) import WasmKit

/// Cairn's contract VM: validates, deploys and calls WebAssembly contracts on WasmKit, metering gas
/// with WasmKit's fuel plus the host charges of `GasSchedule`.
///
/// One VM serves any number of calls; it keeps only an immutable engine and a cache of parsed
/// modules, so the same calls on two VMs (on two machines) use the same gas and write the same state.
public final class ContractVM: Sendable {
    public let schedule: GasSchedule
    public let limits: VMLimits
    let engine: Engine
    /// Translates every function when instantiating: used only to check a module at deploy.
    private let checkingEngine: Engine
    private let modules = Mutex<[[UInt8]: CompiledContract]>([:])
    private let runtimes = Mutex<[Runtime]>([])

    public init(schedule: GasSchedule = .standard, limits: VMLimits = .standard) {
        self.schedule = schedule
        self.limits = limits
        // Software bounds checks and no optional features: the same behaviour everywhere, with no
        // signal handlers in the node process. The interpreter stack size is fixed here because it is
        // what bounds wasm recursion, and consensus needs that bound to be identical on every node.
        func configuration(_ mode: EngineConfiguration.CompilationMode) -> EngineConfiguration {
            EngineConfiguration(
                compilationMode: mode,
                stackSize: limits.interpreterStackSize,
                features: [],
                memoryBoundsChecking: .software,
                fuelMetering: true
            )
        }
        engine = Engine(configuration: configuration(.lazy))
        checkingEngine = Engine(configuration: configuration(.eager))
    }

    /// Checks a module against every deploy rule and describes it.
    public func validate(code: [UInt8]) throws(ModuleError) -> ContractInterface {
        let info = try ModuleValidator(limits: limits).validate(code)
        try typeCheck(code)
        return ContractInterface(codeHash: Keccak256.hash(code), methods: info.methods, codeSize: code.count)
    }

    /// Which limits a type check ran under: it depends on the code and on these alone (the host
    /// signatures are fixed), so a passed check holds for every VM in the process with the same limits.
    private struct TypeChecked: Hashable {
        let codeHash: [UInt8]
        let maxMemoryPages: UInt64
        let interpreterStackSize: Int
    }

    /// Code that passed `typeCheck`, process-wide. Translating every function takes seconds in a debug
    /// build, and every chain a process opens (a node's genesis, each test's chain) installs the same
    /// system contracts, checking each twice (`install` validates, then the deploy checks). Whether an
    /// entry is here changes speed only: gas is charged per code byte whatever the cache holds.
    private static let typeChecked = Mutex<Set<TypeChecked>>([])

    /// Instantiates the module once with every function translated, so that a body that does not
    /// type-check is refused at deploy rather than trapping on every later call. The deploy's
    /// `deployByte` gas pays for it.
    func typeCheck(_ code: [UInt8]) throws(ModuleError) {
        let key = TypeChecked(
            codeHash: Keccak256.hash(code), maxMemoryPages: limits.maxMemoryPages, interpreterStackSize: limits.interpreterStackSize)
        if Self.typeChecked.withLock({ $0.contains(key) }) { return }
        try typeCheckUncached(code)
        Self.typeChecked.withLock { passed in
            // Bounded, so deploy spam cannot grow it; dropping entries costs a re-check, nothing else.
            if passed.count >= 1_024 { passed.removeAll() }
            passed.insert(key)
        }
    }

    private func typeCheckUncached(_ code: [UInt8]) throws(ModuleError) {
        let store = Store(engine: checkingEngine)
        store.resourceLimiter = MemoryLimiter(maxBytes: Int(limits.maxMemoryPages) * 65_536)
        var imports = Imports()
        for (name, type) in HostAPI.signatures.sorted(by: { $0.key < $1.key }) {
            imports.define(module: HostAPI.module, name: name, Function(store: store, type: type) { _, _ in
                throw FrameAbort.trap("host functions cannot run during validation")
            })
        }
        do {
            let module = try parseWasm(bytes: code, features: [])
            _ = try module.instantiate(store: store, imports: imports)
        } catch {
            throw .invalidFunctionBody
        }
    }

    /// The address a deployer's contract gets: Ethereum's CREATE rule, keccak256(rlp([sender, nonce]))[12...].
    public static func contractAddress(deployer: Address, nonce: UInt64) -> Address {
        let encoded = RLP.encode(.list([.bytes(deployer.bytes), RLPItem(nonce)]))
        return try! Address(bytes: Keccak256.hash(encoded)[12...])
    }

    /// Runs a top-level call. State changes are committed to `state` only if the call succeeds.
    ///
    /// - Throws: only when `state` itself fails; every contract-level failure is a `CallResult`.
    public func call(_ message: Message, context: BlockContext, state: StateStore) throws -> CallResult {
        try withRuntime { runtime in
            let execution = Execution(
                vm: self, runtime: runtime, context: context, origin: message.origin, gasLimit: message.gasLimit)
            defer { execution.end() }
            return try execution.runTopLevel(
                contract: message.contract, caller: message.caller, method: message.method, args: message.args,
                value: message.value, state: state)
        }
    }

    /// Deploys `code` from `deployer` (whose current transaction nonce is `nonce`), runs its `init` with
    /// `initArgs` if it has one, and commits everything only if all of it succeeds.
    public func deploy(
        code: [UInt8], initArgs: [UInt8] = [], deployer: Address, nonce: UInt64, value: UInt128 = 0,
        gasLimit: UInt64, context: BlockContext, state: StateStore
    ) throws -> DeployResult {
        let address = Self.contractAddress(deployer: deployer, nonce: nonce)
        let result = try withRuntime { runtime in
            let execution = Execution(vm: self, runtime: runtime, context: context, origin: deployer, gasLimit: gasLimit)
            defer { execution.end() }
            return try execution.runDeploy(
                code: code, at: address, deployer: deployer, initArgs: initArgs, value: value, state: state)
        }
        return DeployResult(address: address, result: result)
    }

    /// Installs a contract at a fixed address without charging gas, as genesis does, and runs its `init`.
    public func install(
        code: [UInt8], at address: Address, initArgs: [UInt8] = [], context: BlockContext, state: StateStore,
        gasLimit: UInt64 = 1_000_000_000
    ) throws {
        do {
            _ = try validate(code: code)
        } catch {
            throw VMError.invalidModule(error)
        }
        if try WorldState(state).account(address).codeHash != nil {
            throw VMError.accountExists(address.description)
        }
        let result = try withRuntime { runtime in
            let execution = Execution(
                vm: self, runtime: runtime, context: context, origin: SystemAddress.system, gasLimit: gasLimit)
            defer { execution.end() }
            return try execution.runDeploy(
                code: code, at: address, deployer: SystemAddress.system, initArgs: initArgs, value: 0, state: state,
                chargeForCode: false)
        }
        guard result.status == .success else { throw VMError.constructorFailed(result.status) }
    }

    /// Runs `body` on an idle runtime (or a new one) and keeps the runtime for the next call.
    private func withRuntime<T>(_ body: (Runtime) throws -> T) rethrows -> T {
        let runtime = runtimes.withLock { $0.popLast() } ?? Runtime(engine: engine, limits: limits)
        defer {
            if !runtime.isWorn {
                runtimes.withLock { idle in
                    if idle.count < 8 { idle.append(runtime) }
                }
            }
        }
        return try body(runtime)
    }

    /// The parsed, validated module for a code hash, parsed once and cached.
    func compiled(hash: [UInt8], code: [UInt8]) throws(ModuleError) -> CompiledContract {
        if let cached = modules.withLock({ $0[hash] }) { return cached }
        let info = try ModuleValidator(limits: limits).validate(code)
        let module: Module
        do {
            module = try parseWasm(bytes: GlobalExports.rewrite(code, exporting: info.mutableGlobals), features: [])
        } catch {
            throw .malformed(String(describing: error))
        }
        let contract = CompiledContract(
            codeHash: hash, module: module, methods: Set(info.methods), codeSize: code.count,
            initialPages: info.initialPages, mutableGlobals: info.mutableGlobals)
        modules.withLock { cache in
            // Bounded by code bytes (a parsed module holds its code and, per function, its locals, which
            // the limits bound), so deploy spam cannot grow it. Which entries survive changes speed only.
            let cachedBytes = cache.values.reduce(0) { $0 + $1.codeSize }
            if cache.count >= 512 || cachedBytes + code.count > 64 << 20 { cache.removeAll() }
            cache[hash] = contract
        }
        return contract
    }
}

/// A module ready to instantiate, with what the VM needs to know about it before running it.
struct CompiledContract: Sendable {
    let codeHash: [UInt8]
    /// Parsed from the code with its mutable globals exported (see `GlobalExports`).
    let module: Module
    let methods: Set<String>
    let codeSize: Int
    let initialPages: UInt64
    let mutableGlobals: [UInt32]
}
