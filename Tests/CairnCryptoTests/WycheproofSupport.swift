import Foundation
import Testing

// Shared plumbing for the Project Wycheproof suites (testvectors_v1 format).
//
// The vectors live outside the package, in `<package root>/../shared/testvectors/wycheproof/`. A missing folder
// or file is an error that fails the test: a suite that silently ran nothing would prove nothing.

/// Errors of the harness itself (not of the code under test).
enum WycheproofError: Error, CustomStringConvertible {
    case packageRootNotFound(String)
    case missingVectors(String)
    case badHex(String)

    var description: String {
        switch self {
        case let .packageRootNotFound(path): return "no Package.swift above \(path)"
        case let .missingVectors(path): return "Wycheproof vectors not found at \(path)"
        case let .badHex(s): return "bad hex in test vector: \(s.prefix(40))"
        }
    }
}

enum Wycheproof {
    /// Strict hex decoding for test data, independent of the library under test: even length, [0-9a-fA-F] only.
    static func hex(_ string: String) throws -> [UInt8] {
        let utf8 = Array(string.utf8)
        guard utf8.count % 2 == 0 else { throw WycheproofError.badHex(string) }
        func nibble(_ c: UInt8) throws -> UInt8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
            default: throw WycheproofError.badHex(string)
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var i = 0
        while i < utf8.count {
            out.append(try nibble(utf8[i]) << 4 | nibble(utf8[i + 1]))
            i += 2
        }
        return out
    }

    /// Lower-case hex, for failure messages.
    static func hexString(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// `<package root>/../shared/testvectors/wycheproof/`, where the package root is the nearest directory
    /// above this source file that contains Package.swift.
    static func vectorsDirectory(filePath: String = #filePath) throws -> URL {
        let fm = FileManager.default
        var dir = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while !fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            let parent = dir.deletingLastPathComponent()
            guard parent.path != dir.path else { throw WycheproofError.packageRootNotFound(filePath) }
            dir = parent
        }
        let vectors = dir.deletingLastPathComponent()
            .appendingPathComponent("shared/testvectors/wycheproof", isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: vectors.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WycheproofError.missingVectors(vectors.path)
        }
        return vectors
    }

    /// Decodes one vector file; throws (failing the test) if it is missing or malformed.
    static func load<Group: Decodable>(_ name: String, groups: Group.Type) throws -> WycheproofFile<Group> {
        let url = try vectorsDirectory().appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw WycheproofError.missingVectors(url.path) }
        return try JSONDecoder().decode(WycheproofFile<Group>.self, from: Data(contentsOf: url))
    }
}

/// A hex string of the JSON, decoded to bytes while decoding the file.
struct WycheproofBytes: Decodable, Equatable, Sendable {
    let bytes: [UInt8]

    init(from decoder: any Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        do { bytes = try Wycheproof.hex(string) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad hex: \(string)"))
        }
    }

    var count: Int { bytes.count }
    var hex: String { Wycheproof.hexString(bytes) }
}

/// The top level of every testvectors_v1 file.
struct WycheproofFile<Group: Decodable>: Decodable {
    let algorithm: String
    let numberOfTests: Int
    let testGroups: [Group]
}

enum WycheproofResult: String, Decodable, Sendable {
    case valid, invalid, acceptable
}

/// What every test case carries besides its data.
protocol WycheproofCase {
    var tcId: Int { get }
    var comment: String { get }
    var flags: [String] { get }
    var result: WycheproofResult { get }
}

/// Case-by-case bookkeeping for one vector file: every case is recorded, failures are collected with their
/// tcId, comment and flags, and `finish` checks that no case of the file was left out.
struct WycheproofReport {
    let file: String
    private(set) var failures: [String] = []
    private(set) var casesRun = 0
    private(set) var tcIds = Set<Int>()
    private(set) var countByResult: [WycheproofResult: Int] = [:]

    init(_ file: String) { self.file = file }

    /// Records one case; `problem` is nil when our behaviour matched the expectation for the case.
    mutating func record(_ test: some WycheproofCase, problem: String?) {
        casesRun += 1
        tcIds.insert(test.tcId)
        countByResult[test.result, default: 0] += 1
        if let problem {
            failures.append("tcId \(test.tcId) [\(test.result.rawValue)] flags \(test.flags) \"\(test.comment)\": \(problem)")
        }
    }

    /// Every case passed, and every case of the file was run exactly once.
    func finish<Group>(_ vectors: WycheproofFile<Group>, casesInFile: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let allPassed = failures.isEmpty
        #expect(allPassed, "\(file): \(failures.count) failing case(s):\n\(failures.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        #expect(casesInFile == vectors.numberOfTests,
                "\(file): numberOfTests says \(vectors.numberOfTests), groups hold \(casesInFile)", sourceLocation: sourceLocation)
        #expect(casesRun == vectors.numberOfTests,
                "\(file): ran \(casesRun) of \(vectors.numberOfTests) cases", sourceLocation: sourceLocation)
        #expect(tcIds.count == casesRun, "\(file): duplicate tcIds", sourceLocation: sourceLocation)
        #expect(casesRun > 0, "\(file): no cases", sourceLocation: sourceLocation)
    }
}

/// The outcome of feeding one case to the API: accepted with some output, or rejected with an error.
enum WycheproofOutcome {
    case accepted([UInt8])
    case rejected(any Error)

    init(_ body: () throws -> [UInt8]) {
        do { self = .accepted(try body()) } catch { self = .rejected(error) }
    }

    /// nil when accepted with exactly `expected`.
    func problemUnlessAccepted(producing expected: [UInt8]) -> String? {
        switch self {
        case let .accepted(output):
            return output == expected ? nil
                : "accepted but produced \(Wycheproof.hexString(output)), expected \(Wycheproof.hexString(expected))"
        case let .rejected(error):
            return "rejected (\(error)) but must be accepted"
        }
    }

    /// nil when rejected.
    var problemUnlessRejected: String? {
        if case let .accepted(output) = self { return "accepted (output \(Wycheproof.hexString(output))) but must be rejected" }
        return nil
    }
}
