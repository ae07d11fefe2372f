import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveNodeTests {
    /// The acceptance check: an ordinary Ethereum signer (eth-account) and client (web3.py) use a real
    /// dev node over plain HTTP, with no Cairn code on their side.
    @Suite("dev node with eth-account and web3.py", .timeLimit(.minutes(5)))
    struct EthAccountNodeTests {
        static let script = DevNodeProcess.root.appendingPathComponent("Tests/cairnTests/Python/node_end_to_end.py")

        @Test("a transfer and a contract call signed by eth-account are mined, paid for and readable back")
        func transferAndContractCallEndToEnd() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }

            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Self.script.path, node.url.absoluteString]
            let outURL = node.home.appendingPathComponent("python.log")
            _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: outURL)
            process.standardError = process.standardOutput
            try process.run()
            let finished = await waitForExit(process, timeout: 90)
            let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            #expect(finished, "the script did not finish within 90 s:\n\(output)")
            #expect(process.terminationStatus == 0, "the script failed:\n\(output)\nnode:\n\(node.output)")
            #expect(output.contains("all checks passed"), "\(output)")
            // The node logged the three blocks the script's transactions went into.
            #expect(node.output.split(separator: "\n").filter { $0.hasPrefix("block ") && $0.contains("txs 1") }.count >= 3, "\(node.output)")
        }
    }
}
