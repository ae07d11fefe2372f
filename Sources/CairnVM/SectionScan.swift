/// A pass over a module's raw section headers, before anything is parsed into memory.
///
/// It refuses custom sections (WasmKit 0.4.2 trusts the indices in a `name` section, and reads out of
/// bounds on the first trap if they are wrong; contracts need no custom section, `wasm-ld --strip-all`
/// removes them) and bounds what the parser would otherwise allocate: bodies and their declared locals
/// are counted from their LEB128 headers without expanding them.
struct SectionScan {
    let limits: VMLimits

    func check(_ code: [UInt8]) throws(ModuleError) {
        var cursor = ByteCursor(code)
        guard code.count >= 8, code[0..<4].elementsEqual([0x00, 0x61, 0x73, 0x6d]) else {
            throw .malformed("not a wasm module")
        }
        cursor.offset = 8
        var functions: UInt64?
        var bodies: UInt64?
        while !cursor.isAtEnd {
            let id = try cursor.byte()
            let size = try cursor.leb()
            guard size <= UInt64(cursor.remaining) else { throw .malformed("section \(id) overruns the module") }
            let end = cursor.offset + Int(size)
            switch id {
            case 0:
                throw .customSection
            case 3:
                functions = try cursor.leb()
            case 10:
                bodies = try checkCode(&cursor, end: end)
            default:
                break
            }
            cursor.offset = end
        }
        guard (functions ?? 0) == (bodies ?? 0) else {
            throw .malformed("\(functions ?? 0) functions but \(bodies ?? 0) bodies")
        }
        guard (functions ?? 0) <= UInt64(limits.maxFunctions) else { throw .tooManyFunctions(Int(functions ?? 0)) }
    }

    /// Counts bodies and each body's declared locals; returns the number of bodies.
    private func checkCode(_ cursor: inout ByteCursor, end: Int) throws(ModuleError) -> UInt64 {
        let count = try cursor.leb()
        guard count <= UInt64(limits.maxFunctions) else { throw .tooManyFunctions(Int(min(count, UInt64(Int.max)))) }
        var totalLocals: UInt64 = 0
        for index in 0..<Int(count) {
            let size = try cursor.leb()
            guard cursor.offset <= end, size <= UInt64(end - cursor.offset) else {
                throw .malformed("function body \(index) overruns its section")
            }
            let bodyEnd = cursor.offset + Int(size)
            let groups = try cursor.leb()
            var locals: UInt64 = 0
            for _ in 0..<min(groups, UInt64(limits.maxLocalsPerFunction) + 1) {
                locals += try cursor.leb()
                _ = try cursor.byte()
                guard locals <= UInt64(limits.maxLocalsPerFunction) else {
                    throw .tooManyLocals(function: index, count: Int(min(locals, UInt64(Int.max))))
                }
            }
            guard groups <= UInt64(limits.maxLocalsPerFunction) else {
                throw .tooManyLocals(function: index, count: Int(min(groups, UInt64(Int.max))))
            }
            guard cursor.offset <= bodyEnd else { throw .malformed("function body \(index) overruns its size") }
            totalLocals += locals
            guard totalLocals <= UInt64(limits.maxLocalsPerModule) else {
                throw .tooManyLocals(function: index, count: Int(totalLocals))
            }
            cursor.offset = bodyEnd
        }
        return count
    }
}

/// Reads bytes and unsigned LEB128 from a buffer, throwing rather than reading past its end.
struct ByteCursor {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }
    var remaining: Int { max(0, bytes.count - offset) }

    mutating func byte() throws(ModuleError) -> UInt8 {
        guard offset < bytes.count else { throw .malformed("unexpected end of module") }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// An unsigned LEB128 of at most 32 bits (5 bytes), as every count and size in a module is.
    mutating func leb() throws(ModuleError) -> UInt64 {
        var result: UInt64 = 0
        for shift in stride(from: UInt64(0), to: 35, by: 7) {
            let next = try byte()
            result |= UInt64(next & 0x7f) << shift
            if next & 0x80 == 0 {
                guard result <= UInt64(UInt32.max) else { throw .malformed("LEB128 value over 32 bits") }
                return result
            }
        }
        throw .malformed("LEB128 longer than 5 bytes")
    }
}
