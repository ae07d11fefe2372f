import CairnTestSupport
import CairnVM
import Foundation
import Testing

/// The committed Contracts/build/*.wasm are exactly what the sources build to, and the VM accepts them.
@Suite("Contract build")
struct ContractBuildTests {
    static let buildDirectory = ContractHarness.repositoryRoot.appendingPathComponent("Contracts/build")

    static func committedModules() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: buildDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "wasm" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(.timeLimit(.minutes(10)))
    func committedModulesMatchAFreshBuild() async throws {
        let script = ContractHarness.repositoryRoot.appendingPathComponent("Scripts/build-contracts")
        // Minutes of clang: waited for on a thread of its own, not one of the test runner's two.
        let run = try await onOwnThread { try BuildScriptRun(script, arguments: ["--check"], timeout: 480) }
        #expect(!run.timedOut, "build-contracts --check did not finish in time")
        #expect(run.status == 0, "build-contracts --check failed:\n\(run.output)")
    }

    @Test func everyCommittedModulePassesTheValidator() throws {
        let modules = try Self.committedModules()
        #expect(modules.map(\.lastPathComponent).contains("Identity.wasm"))
        #expect(modules.map(\.lastPathComponent).contains("KeyBundle.wasm"))
        let vm = ContractVM()
        for module in modules {
            #expect(throws: Never.self, "\(module.lastPathComponent)") {
                _ = try vm.validate(code: [UInt8](Data(contentsOf: module)))
            }
        }
    }

    @Test func systemContractsExportTheirDocumentedMethods() throws {
        let vm = ContractVM()
        let identity = try vm.validate(code: ContractHarness.wasm("Identity"))
        #expect(identity.methods == ["addDevice", "get", "init", "register", "registerFor", "resolve", "revokeDevice", "rotateKey"])
        let keyBundle = try vm.validate(code: ContractHarness.wasm("KeyBundle"))
        #expect(keyBundle.methods == ["claimPrekey", "devices", "get", "init", "publish", "remove"])
    }
}

/// A finished run of a script: exit status and combined output, killed if it overran its time.
struct BuildScriptRun {
    var status: Int32
    var output: String
    var timedOut: Bool

    init(_ script: URL, arguments: [String], timeout: TimeInterval) throws {
        let process = Process()
        process.executableURL = script
        process.arguments = arguments
        // Output goes to a file rather than a pipe, so a chatty build cannot fill a pipe and stall.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-build-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            process.terminate()
            finished.wait()
        }
        status = process.terminationStatus
        output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    }
}
