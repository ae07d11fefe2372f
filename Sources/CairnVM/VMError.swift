/// Why a module was refused at deploy: anything that could run differently on two machines, or
/// that the host API does not offer.
public enum ModuleError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooLarge(size: Int, limit: Int)
    /// The bytes are not a well-formed wasm module (the parser's message).
    case malformed(String)
    /// A floating-point type or operator, with where it was found.
    case floatingPoint(String)
    /// An operator outside Cairn's deterministic subset (SIMD, atomics, references, exceptions, tables).
    case forbiddenOperator(String)
    case forbiddenImport(module: String, name: String)
    case importSignatureMismatch(name: String)
    case startFunction
    case memory(String)
    case table(String)
    case export(String)
    case tooManyFunctions(Int)
    case tooManyLocals(function: Int, count: Int)
    /// Custom sections (names, producers, debug info) are refused: nothing needs them, and WasmKit
    /// trusts what a `name` section says.
    case customSection
    /// A function body does not type-check, or the module cannot be instantiated (e.g. a data segment
    /// outside memory). The message is fixed: WasmKit's own wording is not part of consensus.
    case invalidFunctionBody

    public var description: String {
        switch self {
        case .tooLarge(let size, let limit): "module is \(size) bytes, over the \(limit)-byte limit"
        case .malformed(let message): "malformed module: \(message)"
        case .floatingPoint(let site): "floating point is not deterministic and not allowed: \(site)"
        case .forbiddenOperator(let op): "operator not allowed: \(op)"
        case .forbiddenImport(let module, let name): "import \(module).\(name) is not part of Cairn's host API"
        case .importSignatureMismatch(let name): "import cairn.\(name) has the wrong signature"
        case .startFunction: "start functions are not allowed"
        case .memory(let message): "memory: \(message)"
        case .table(let message): "table: \(message)"
        case .export(let message): "export: \(message)"
        case .tooManyFunctions(let count): "\(count) functions is over the limit"
        case .tooManyLocals(let function, let count): "function \(function) declares \(count) locals, over the limit"
        case .customSection: "custom sections are not allowed (link with --strip-all)"
        case .invalidFunctionBody: "a function body does not type-check, or the module does not instantiate"
        }
    }
}

/// A failure of the VM call itself, before or around contract code (bad request, not a contract failure).
public enum VMError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidModule(ModuleError)
    /// Installing at genesis failed: the constructor did not succeed.
    case constructorFailed(CallStatus)
    case accountExists(String)

    public var description: String {
        switch self {
        case .invalidModule(let error): error.description
        case .constructorFailed(let status): "constructor failed: \(status)"
        case .accountExists(let address): "an account with code already exists at \(address)"
        }
    }
}
