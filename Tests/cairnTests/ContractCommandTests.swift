import CairnCrypto
import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveNodeTests {
    /// `cairn contract deploy|call|query` through the real executable against a real dev node.
    @Suite("cairn contract", .timeLimit(.minutes(5)))
    struct ContractCommandTests {
        let pass = ["CAIRN_PASSPHRASE": "contract tests passphrase"]

        /// A port nothing listens on: bound, read, released.
        static func closedPort() throws -> Int {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
            }
            try #require(bound)
            return Int(UInt16(bigEndian: address.sin_port))
        }

        static func expectOneLineFailure(_ r: CLIRunner.Result, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(r.status != 0, sourceLocation: sourceLocation)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "one line on stderr: \(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.contains(text), "stderr: \(r.stderr) stdout: \(r.stdout)", sourceLocation: sourceLocation)
        }

        @Test("deploy, query and call an Identity contract; refusals exit 1 with one line")
        func deployQueryCallAndRefusals() async throws {
            let node = try await DevNodeProcess.launch()
            let cli = try CLIRunner()
            defer {
                node.removeHome()
                cli.cleanUp()
            }
            let rpc = ["--rpc", node.url.absoluteString]
            let mnemonic = cli.home.appendingPathComponent("mnemonic.txt")
            try (KeysCommandTests.devMnemonic + "\n").write(to: mnemonic, atomically: true, encoding: .utf8)
            let imported = try await cli.run(["keys", "import", "--name", "dev0", "--mnemonic-file", mnemonic.path, "--index", "0", "--kdf", "interactive"],
                                       extraEnvironment: pass)
            try #require(imported.status == 0, "\(imported.stderr)")

            // Deploy: the address is printed, and the node holds exactly the file's code there.
            let wasm = DevNodeProcess.root.appendingPathComponent("Contracts/build/Identity.wasm")
            let deployed = try await cli.run(["contract", "deploy", wasm.path, "--key", "dev0", "--json"] + rpc, extraEnvironment: pass)
            try #require(deployed.status == 0, "\(deployed.stderr)")
            let report = try deployed.json()
            #expect(report["status"] as? String == "success")
            let address = try #require(report["contractAddress"] as? String, "\(report)")
            #expect(address.hasPrefix("0x") && address.count == 42)
            let code = try await node.client.call("eth_getCode", [.string(address), "latest"])
            #expect(code.string == "0x" + Hex.encode([UInt8](try Data(contentsOf: wasm))), "the deployed code is not Identity.wasm")
            let deployHash = try #require(report["transactionHash"] as? String)
            let receipt = try #require(try await node.client.receipt(deployHash))
            #expect(receipt["contractAddress"]?.string?.lowercased() == address.lowercased())

            // Query a read method: get(owner) of an unregistered owner is the empty Optional (0x00).
            let owner = String(DevAccounts.hex(0).dropFirst(2))
            let queried = try await cli.run(["contract", "query", address, "get", "--args", owner] + rpc)
            #expect(queried.status == 0, "\(queried.stderr)")
            #expect(queried.stdout == "0x00\n")
            let queriedJSON = try await cli.run(["contract", "query", address, "resolve", "--args", "00", "--json"] + rpc)
            #expect(queriedJSON.status == 0, "\(queriedJSON.stderr)")
            #expect(try queriedJSON.json()["status"] as? String == "success")
            #expect(try queriedJSON.json()["output"] as? String == "0x00")

            // A call that reverts: refused at estimation by default, and with a fixed gas limit mined as reverted.
            Self.expectOneLineFailure(
                try await cli.run(["contract", "call", address, "register", "--args", "00", "--key", "dev0"] + rpc, extraEnvironment: pass),
                containing: "execution reverted: bad arguments")
            let reverted = try await cli.run(
                ["contract", "call", address, "register", "--args", "00", "--key", "dev0", "--gas", "2000000", "--json"] + rpc,
                extraEnvironment: pass)
            #expect(reverted.status == 1, "\(reverted.stderr)")
            let revertedReport = try reverted.json()
            #expect(revertedReport["status"] as? String == "reverted")
            let revertedHash = try #require(revertedReport["transactionHash"] as? String)
            #expect(try await node.client.receipt(revertedHash)?["status"] == "0x0")

            // A file that is not wasm is refused, whether the node sees it at estimation or in a block.
            let notWasm = cli.home.appendingPathComponent("not.wasm")
            try Data("this is not a wasm module".utf8).write(to: notWasm)
            let refused = try await cli.run(["contract", "deploy", notWasm.path, "--key", "dev0"] + rpc, extraEnvironment: pass)
            Self.expectOneLineFailure(refused, containing: "node refused")
            let mined = try await cli.run(["contract", "deploy", notWasm.path, "--key", "dev0", "--gas", "3000000", "--json"] + rpc,
                                    extraEnvironment: pass)
            #expect(mined.status == 1, "\(mined.stderr)")
            let minedReport = try mined.json()
            #expect(minedReport["status"] as? String == "failed", "\(minedReport)")
            #expect(minedReport["contractAddress"] == nil || minedReport["contractAddress"] is NSNull, "\(minedReport)")

            // No code at the address: the query fails.
            let empty = try await cli.run(["contract", "query", "0x000000000000000000000000000000000000dead", "get", "--args", owner] + rpc)
            #expect(empty.status == 1, "stdout: \(empty.stdout) stderr: \(empty.stderr)")
            #expect(empty.stdout.contains("no contract at 0x000000000000000000000000000000000000dEaD"), "\(empty.stdout)")

            // Nothing listening: one clear line naming the URL, non-zero.
            let port = try Self.closedPort()
            let unreachable = try await cli.run(["contract", "query", address, "get", "--args", owner, "--rpc", "http://127.0.0.1:\(port)"])
            Self.expectOneLineFailure(unreachable, containing: "127.0.0.1:\(port)")
            #expect(unreachable.stdout.isEmpty)
        }
    }
}
