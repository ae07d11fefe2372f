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
        // Minutes of clang: waited for on a thread of its own, not one of the test runner's two; in its own
        // session, so a kill at the deadline reaches the compilers the script started.
        let run = try await ChildProcess.run(script, ["--check"], ownSession: true, timeout: 480)
        #expect(run.status == 0, "build-contracts --check failed:\n\(String(decoding: run.stdout, as: UTF8.self))\n\(run.stderr)")
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
