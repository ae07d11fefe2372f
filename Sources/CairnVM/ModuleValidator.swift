import WasmParser
import WasmTypes

/// Deploy-time checks that keep contracts deterministic and inside the host API (Contracts/ABI.md).
///
/// WasmKit validates well-formedness; this adds Cairn's rules on top, by walking every section and
/// every operator once. It is an allow-list: anything not known to behave identically on every
/// machine is refused, so a future wasm feature cannot slip in by default.
struct ModuleValidator {
    let limits: VMLimits

    /// What the VM needs to know about a module that passes every rule.
    struct Info {
        /// Exported methods, sorted.
        var methods: [String]
        /// Pages of memory at instantiation.
        var initialPages: UInt64
        /// Indices of the mutable globals, which the VM resets between calls.
        var mutableGlobals: [UInt32]
    }

    /// Checks `code` against every rule and describes it.
    func validate(_ code: [UInt8]) throws(ModuleError) -> Info {
        guard code.count <= limits.maxCodeSize else { throw .tooLarge(size: code.count, limit: limits.maxCodeSize) }
        // Bounded before the parser runs: it expands every body's locals into arrays, so a few bytes
        // declaring 99,999 locals would cost megabytes before any limit was checked.
        try SectionScan(limits: limits).check(code)
        do {
            return try walk(code)
        } catch let error as ModuleError {
            throw error
        } catch {
            throw .malformed(String(describing: error))
        }
    }

    private func walk(_ code: [UInt8]) throws -> Info {
        // No optional features: SIMD, threads, references, exceptions, tail calls, GC and memory64
        // are refused by the parser itself.
        var parser = Parser(bytes: code, features: [])
        var types: [FunctionType] = []
        var functionTypes: [FunctionType] = []  // imported functions first, then defined ones
        var importedFunctions = 0
        var memories = 0
        var initialPages: UInt64 = 0
        var mutableGlobals: [UInt32] = []
        var tables = 0
        var methods: [String] = []
        var exports: [Export] = []

        while let payload = try parser.parseNext() {
            switch payload {
            case .header, .customSection, .dataSection, .dataCount:
                break
            case .typeSection(let groups):
                for group in groups {
                    for type in group.types {
                        guard case .function(let function) = type.body else {
                            throw ModuleError.forbiddenOperator("GC type definitions")
                        }
                        for value in function.parameters + function.results {
                            try checkValueType(value, site: "function type")
                        }
                        types.append(function)
                    }
                }
            case .importSection(let imports):
                for entry in imports {
                    guard entry.module == HostAPI.module, case .function(let index) = entry.descriptor,
                        let expected = HostAPI.signatures[entry.name]
                    else {
                        throw ModuleError.forbiddenImport(module: entry.module, name: entry.name)
                    }
                    guard Int(index) < types.count, types[Int(index)] == expected else {
                        throw ModuleError.importSignatureMismatch(name: entry.name)
                    }
                    functionTypes.append(expected)
                    importedFunctions += 1
                }
            case .functionSection(let indices):
                for index in indices {
                    guard Int(index) < types.count else { throw ModuleError.malformed("function type index out of range") }
                    functionTypes.append(types[Int(index)])
                }
            case .tableSection(let defined):
                for table in defined {
                    tables += 1
                    guard tables == 1 else { throw ModuleError.table("at most one table") }
                    guard table.type.elementType == .funcRef, table.initializer == nil else {
                        throw ModuleError.table("only a funcref table")
                    }
                    guard table.type.limits.max == table.type.limits.min else {
                        throw ModuleError.table("the table must not grow (maximum must equal minimum)")
                    }
                }
            case .memorySection(let defined):
                for memory in defined {
                    memories += 1
                    guard memories == 1 else { throw ModuleError.memory("exactly one memory") }
                    let type = memory.type
                    initialPages = type.min
                    guard !type.isMemory64, !type.shared else { throw ModuleError.memory("no memory64 or shared memory") }
                    guard type.min <= limits.maxMemoryPages, (type.max ?? 0) <= limits.maxMemoryPages else {
                        throw ModuleError.memory("more than \(limits.maxMemoryPages) pages")
                    }
                }
            case .globalSection(let globals):
                for (index, global) in globals.enumerated() {
                    try checkValueType(global.type.valueType, site: "global")
                    if global.type.mutability == .variable { mutableGlobals.append(UInt32(index)) }
                }
            case .tagSection:
                throw ModuleError.forbiddenOperator("exception tags")
            case .exportSection(let entries):
                exports = entries
            case .startSection:
                throw ModuleError.startFunction
            case .elementSection(let segments):
                guard tables == 1 || segments.isEmpty else { throw ModuleError.table("element segments need a table") }
            case .codeSection(let bodies):
                for (offset, body) in bodies.enumerated() {
                    let function = importedFunctions + offset
                    for local in body.locals { try checkValueType(local, site: "local of function \(function)") }
                    var checker = OperatorChecker(function: function)
                    var expression = ExpressionParser(code: body)
                    while let visit = try expression.parse() {
                        try visit(visitor: &checker)
                    }
                }
            }
        }

        guard memories == 1 else { throw ModuleError.memory("exactly one memory, defined by the module") }
        var exportedMemory = false
        let noArguments = FunctionType(parameters: [], results: [])
        for export in exports {
            switch export.descriptor {
            case .memory:
                guard export.name == "memory" else { throw ModuleError.export("the memory must be exported as \"memory\"") }
                exportedMemory = true
            case .function(let index):
                guard isMethodName(export.name) else { throw ModuleError.export("bad method name \"\(export.name)\"") }
                guard Int(index) < functionTypes.count, functionTypes[Int(index)] == noArguments else {
                    throw ModuleError.export("method \(export.name) must take and return nothing")
                }
                methods.append(export.name)
            case .table, .global, .tag:
                throw ModuleError.export("only methods and memory may be exported (\(export.name))")
            }
        }
        guard exportedMemory else { throw ModuleError.memory("the memory must be exported as \"memory\"") }
        return Info(methods: methods.sorted(), initialPages: initialPages, mutableGlobals: mutableGlobals)
    }

    private func isMethodName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return (1...limits.maxMethodNameSize).contains(bytes.count) && bytes.allSatisfy(Self.isMethodByte)
    }

    static func isMethodByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    private func checkValueType(_ type: ValueType, site: String) throws(ModuleError) {
        switch type {
        case .i32, .i64: return
        case .f32, .f64: throw .floatingPoint(site)
        case .v128: throw .forbiddenOperator("v128 in \(site)")
        case .ref: throw .forbiddenOperator("reference type in \(site)")
        }
    }
}

/// Checks each operator of one function body against Cairn's deterministic subset.
private struct OperatorChecker: AnyInstructionVisitor {
    let function: Int
    var binaryOffset: Int = 0

    init(function: Int) {
        self.function = function
    }

    private func float(_ what: String) -> ModuleError { .floatingPoint("\(what) in function \(function)") }
    private func forbidden(_ what: String) -> ModuleError { .forbiddenOperator("\(what) in function \(function)") }

    mutating func visitUnknown(_ opcode: [UInt8]) throws(ModuleError) -> Bool {
        throw forbidden("unknown opcode \(opcode)")
    }

    mutating func visit(_ instruction: Instruction) throws(ModuleError) {
        switch instruction {
        case .unreachable, .nop, .else, .end, .br, .brIf, .brTable, .return, .call, .drop, .select,
            .localGet, .localSet, .localTee, .globalGet, .globalSet, .memorySize, .memoryGrow,
            .i32Const, .i64Const, .i32Eqz, .i64Eqz, .memoryCopy, .memoryFill:
            return
        case .memoryInit, .dataDrop:
            // Dropping a passive segment is per-instance state that would outlive a call; the VM reuses
            // instances between calls, so it refuses what it could not reset.
            throw forbidden("\(instruction)")
        case .block(let type), .loop(let type), .if(let type):
            if case .type(let value) = type {
                switch value {
                case .i32, .i64: return
                case .f32, .f64: throw float("float block type")
                default: throw forbidden("block of \(value)")
                }
            }
        case .callIndirect(_, let table):
            guard table == 0 else { throw forbidden("call_indirect on table \(table)") }
        case .typedSelect(let type):
            guard type == .i32 || type == .i64 else { throw float("typed select of \(type)") }
        case .f32Const, .f64Const:
            throw float("float constant")
        case .load(let load, _):
            switch load {
            case .i32Load, .i64Load, .i32Load8S, .i32Load8U, .i32Load16S, .i32Load16U, .i64Load8S, .i64Load8U,
                .i64Load16S, .i64Load16U, .i64Load32S, .i64Load32U:
                return
            case .f32Load, .f64Load: throw float("float load")
            default: throw forbidden("load \(load)")
            }
        case .store(let store, _):
            switch store {
            case .i32Store, .i64Store, .i32Store8, .i32Store16, .i64Store8, .i64Store16, .i64Store32:
                return
            case .f32Store, .f64Store: throw float("float store")
            default: throw forbidden("store \(store)")
            }
        case .cmp(let op):
            switch op {
            case .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge, .f64Eq, .f64Ne, .f64Lt, .f64Gt, .f64Le, .f64Ge:
                throw float("float comparison")
            default: return
            }
        case .unary(let op):
            switch op {
            case .f32Abs, .f32Neg, .f32Ceil, .f32Floor, .f32Trunc, .f32Nearest, .f32Sqrt,
                .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc, .f64Nearest, .f64Sqrt:
                throw float("float operator")
            default: return
            }
        case .binary(let op):
            switch op {
            case .f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign,
                .f64Add, .f64Sub, .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign:
                throw float("float arithmetic")
            default: return
            }
        case .conversion(let op):
            switch op {
            case .i32WrapI64, .i64ExtendI32S, .i64ExtendI32U: return
            default: throw float("conversion \(op)")
            }
        default:
            throw forbidden("\(instruction)")
        }
    }
}
