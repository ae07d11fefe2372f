/// The VM's hard limits, identical on every validator because consensus depends on where calls stop.
public struct VMLimits: Sendable, Equatable {
    /// Linear memory cap in 64 KiB pages, initial and grown.
    public var maxMemoryPages: UInt64 = 32
    /// Largest deployable module.
    public var maxCodeSize = 192 * 1024
    /// Contract-to-contract call depth; the top-level call is depth 1.
    public var maxCallDepth = 16
    /// WasmKit interpreter stack per call frame, which bounds wasm recursion. Set explicitly so that
    /// the depth at which recursion traps never depends on a library default.
    public var interpreterStackSize = 64 * 1024
    /// Largest return data or revert reason.
    public var maxReturnDataSize = 64 * 1024
    /// Storage keys are 1...maxStorageKeySize bytes.
    public var maxStorageKeySize = 128
    /// Largest storage value.
    public var maxStorageValueSize = 64 * 1024
    /// Event topics per event.
    public var maxEventTopics = 4
    /// Largest event data.
    public var maxEventDataSize = 16 * 1024
    /// Largest argument bytes of a call.
    public var maxInputSize = 256 * 1024
    /// Method names are 1...maxMethodNameSize bytes of [A-Za-z0-9_].
    public var maxMethodNameSize = 64
    /// Functions a module may define, and locals per function: bounds the cost of validating it.
    public var maxFunctions = 10_000
    public var maxLocalsPerFunction = 1_000
    /// Declared locals across all functions: bounds the memory a parsed module holds.
    public var maxLocalsPerModule = 50_000
    /// Contract calls (top-level and nested) one transaction may make: each may need an instance, and
    /// an instance holds up to `maxMemoryPages` of memory until the transaction ends.
    public var maxCallsPerTransaction = 256

    /// The limits every Cairn node uses.
    public static let standard = VMLimits()

    public init() {}
}
