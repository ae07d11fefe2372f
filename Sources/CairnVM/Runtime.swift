@_spi(Fuzzing) import WasmKit

/// A WasmKit store with Cairn's host module defined once, and idle contract instances to reuse.
///
/// WasmKit translates a function to its internal code the first time an instance calls it, per
/// instance; instantiating afresh for every call spent most of a system-contract call translating.
/// A runtime keeps instances after a successful call and restores them to their state right after
/// instantiation (memory image and mutable globals), so a reused instance behaves exactly like a new
/// one. Gas never depends on reuse: every charge is made the same way whether the instance is new.
/// A runtime serves one call at a time; the VM keeps a few for concurrent callers.
final class Runtime: @unchecked Sendable {
    let store: Store
    var imports = Imports()
    let limiter: MemoryLimiter
    /// The execution the host functions act for while a call runs (it owns the runtime, not the reverse).
    weak var execution: Execution?
    private var pools: [[UInt8]: InstancePool] = [:]
    private var idleCount = 0
    private var imageBytes = 0
    /// Instances this store ever allocated. WasmKit frees them only with the store, so a runtime
    /// that has made many (discarding those that failed) is retired and replaced.
    private(set) var instantiations = 0

    static let maxIdleInstances = 64
    /// Memory images kept across calls, in bytes: past this the pools start over.
    static let maxImageBytes = 32 << 20
    static let maxInstantiations = 512

    init(engine: Engine, limits: VMLimits) {
        store = Store(engine: engine)
        limiter = MemoryLimiter(maxBytes: Int(limits.maxMemoryPages) * 65_536)
        store.resourceLimiter = limiter
        limiter.runtime = self
        defineHostFunctions()
    }

    var isWorn: Bool { instantiations >= Self.maxInstantiations }

    /// An instance of `contract` in its initial state: an idle one, or a new one.
    func acquire(_ contract: CompiledContract) throws -> ContractInstance {
        if pools[contract.codeHash] == nil, imageBytes + Int(contract.initialPages) * 65_536 > Self.maxImageBytes {
            pools.removeAll()
            idleCount = 0
            imageBytes = 0
        }
        let pool = pools[contract.codeHash] ?? InstancePool()
        pools[contract.codeHash] = pool
        if let idle = pool.idle.popLast() {
            idleCount -= 1
            return idle
        }
        instantiations += 1
        let instance = try contract.module.instantiate(store: store, imports: imports)
        guard let memory = instance.exports[memory: "memory"] else { throw FrameAbort.trap("no memory export") }
        let globals = contract.mutableGlobals.compactMap { instance.exports[global: GlobalExports.name($0)] }
        guard globals.count == contract.mutableGlobals.count else { throw FrameAbort.trap("mutable global not exported") }
        if pool.memoryImage == nil {
            pool.memoryImage = memory.withUnsafeBufferPointer(offset: 0, count: memory.byteCount) { Array($0) }
            imageBytes += memory.byteCount
            pool.globalImage = globals.map(\.value)
        }
        return ContractInstance(instance: instance, memory: memory, globals: globals)
    }

    /// Takes back an instance after a successful call, reset to its initial state; instances whose
    /// memory grew are dropped, since wasm memory cannot shrink.
    func release(_ instance: ContractInstance, of contract: CompiledContract) {
        guard let pool = pools[contract.codeHash], let image = pool.memoryImage, idleCount < Self.maxIdleInstances,
            instance.memory.byteCount == image.count
        else { return }
        instance.memory.withUnsafeMutableBufferPointer(offset: 0, count: image.count) { $0.copyBytes(from: image) }
        do {
            for (global, value) in zip(instance.globals, pool.globalImage) { try global.assign(value) }
        } catch {
            return
        }
        pool.idle.append(instance)
        idleCount += 1
    }
}

/// Idle instances of one contract and the state every instance starts in.
final class InstancePool {
    var idle: [ContractInstance] = []
    var memoryImage: [UInt8]?
    var globalImage: [Value] = []
}

/// A live instance with the handles needed to reset it.
struct ContractInstance {
    let instance: Instance
    let memory: Memory
    let globals: [Global]
}

/// Makes a module's mutable globals reachable from the host, so that a reused instance can be reset.
///
/// WasmKit exposes only exported globals, so the VM runs a copy of each module with extra exports
/// named `cairn.g.<index>` (a dot never appears in a method name). The code stored in state and
/// hashed is the original.
enum GlobalExports {
    static func name(_ index: UInt32) -> String { "cairn.g.\(index)" }

    static func rewrite(_ code: [UInt8], exporting globals: [UInt32]) throws(ModuleError) -> [UInt8] {
        guard !globals.isEmpty else { return code }
        var output = Array(code.prefix(8))
        var cursor = ByteCursor(code)
        cursor.offset = 8
        var rewritten = false
        while !cursor.isAtEnd {
            let sectionStart = cursor.offset
            let id = try cursor.byte()
            let size = try cursor.leb()
            guard size <= UInt64(cursor.remaining) else { throw .malformed("section overruns the module") }
            let end = cursor.offset + Int(size)
            if id == 7 {
                let count = try cursor.leb()
                var body = encodeLEB(UInt32(count) + UInt32(globals.count))
                body += code[cursor.offset..<end]
                for index in globals {
                    let name = Array(name(index).utf8)
                    body += encodeLEB(UInt32(name.count)) + name + [0x03] + encodeLEB(index)
                }
                output += [7] + encodeLEB(UInt32(body.count)) + body
                rewritten = true
            } else {
                output += code[sectionStart..<end]
            }
            cursor.offset = end
        }
        guard rewritten else { throw .export("no export section") }
        return output
    }

    private static func encodeLEB(_ value: UInt32) -> [UInt8] {
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
}
