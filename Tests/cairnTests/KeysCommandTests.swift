import Foundation
import Testing

/// `cairn keys …` end to end, through the real executable.
@Suite("cairn keys")
struct KeysCommandTests {
    static let devMnemonic = "test test test test test test test test test test test junk"
    let cli: CLIRunner
    let pass = ["CAIRN_PASSPHRASE": "hunter2 but longer"]

    init() throws { cli = try CLIRunner() }

    @Test func newShowListAndExportAgree() async throws {
        defer { cli.cleanUp() }
        let created = try await cli.run(["keys", "new", "--name", "alice", "--json", "--kdf", "interactive"], extraEnvironment: pass)
        #expect(created.status == 0, "\(created.stderr)")
        let new = try created.json()
        let address = try #require(new["address"] as? String)
        #expect(address.hasPrefix("0x") && address.count == 42)
        #expect((new["publicKey"] as? String)?.count == 2 + 66)

        let shown = try await cli.run(["keys", "show", "alice", "--json"]).json()
        #expect(shown["name"] as? String == "alice")
        #expect(shown["address"] as? String == address)
        #expect(shown["publicKey"] as? String == new["publicKey"] as? String)

        let listed = try await cli.run(["keys", "list", "--json"]).json()
        let keys = try #require(listed["keys"] as? [[String: Any]])
        #expect(keys.map { $0["name"] as? String } == ["alice"])

        let text = try await cli.run(["keys", "list"])
        #expect(text.stdout.contains("alice") && text.stdout.contains(address))

        let exported = try await cli.run(["keys", "export", "alice", "--yes", "--json"], extraEnvironment: pass)
        #expect(exported.status == 0, "\(exported.stderr)")
        let privateKey = try #require(try exported.json()["privateKey"] as? String)
        #expect(privateKey.count == 66)
        // Importing the exported key under another name gives the same account.
        let again = try await cli.run(["keys", "import", "--name", "alice2", "--json", "--kdf", "interactive"],
                                stdin: privateKey + "\n", extraEnvironment: pass)
        #expect(try again.json()["address"] as? String == address)
    }

    @Test func importFromMnemonicGivesTheDevelopmentAccounts() async throws {
        defer { cli.cleanUp() }
        let file = cli.home.appendingPathComponent("mnemonic.txt")
        try (Self.devMnemonic + "\n").write(to: file, atomically: true, encoding: .utf8)
        let expected = ["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                        "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"]
        for (index, address) in expected.enumerated() {
            let r = try await cli.run(["keys", "import", "--name", "dev\(index)", "--mnemonic-file", file.path, "--index", "\(index)",
                                 "--json", "--kdf", "interactive"], extraEnvironment: pass)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try r.json()["address"] as? String == address)
        }
        let exported = try await cli.run(["keys", "export", "dev0", "--yes"], extraEnvironment: pass)
        #expect(exported.stdout == "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n")
    }

    @Test func importFromFileWithPassphraseFileAndStandardCost() async throws {
        defer { cli.cleanUp() }
        let keyFile = cli.home.appendingPathComponent("pk.hex")
        try "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d".write(to: keyFile, atomically: true, encoding: .utf8)
        let passFile = cli.home.appendingPathComponent("pass.txt")
        try "from a file\n".write(to: passFile, atomically: true, encoding: .utf8)
        let r = try await cli.run(["keys", "import", "--name", "bob", "--private-key-file", keyFile.path, "--passphrase-file", passFile.path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try r.json()["address"] as? String == "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: cli.keyFile("bob"))) as? [String: Any]
        let params = (file?["crypto"] as? [String: Any])?["kdfParams"] as? [String: Any]
        #expect(params?["memLimit"] as? Int == 256 << 20, "the default profile is the standard one")
        // The trailing newline is not part of the passphrase; the environment variable must say it exactly.
        let ok = try await cli.run(["keys", "export", "bob", "--yes"], extraEnvironment: ["CAIRN_PASSPHRASE": "from a file"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func failuresAreOneLineNonZeroAndLeaveFilesUntouched() async throws {
        defer { cli.cleanUp() }
        _ = try await cli.run(["keys", "new", "--name", "k", "--kdf", "interactive"], extraEnvironment: pass)
        let before = try Data(contentsOf: cli.keyFile("k"))

        func expectOneLineFailure(_ r: CLIRunner.Result, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(r.status != 0, sourceLocation: sourceLocation)
            #expect(r.stdout.isEmpty, "nothing on stdout: \(r.stdout)", sourceLocation: sourceLocation)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "one line on stderr: \(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.contains(text), "\(r.stderr)", sourceLocation: sourceLocation)
        }

        expectOneLineFailure(try await cli.run(["keys", "export", "k", "--yes"], extraEnvironment: ["CAIRN_PASSPHRASE": "nope"]),
                             containing: "wrong passphrase for key 'k'")
        expectOneLineFailure(try await cli.run(["keys", "show", "ghost"]), containing: "no key named 'ghost'")
        expectOneLineFailure(try await cli.run(["keys", "export", "ghost", "--yes"], extraEnvironment: pass), containing: "no key named 'ghost'")
        expectOneLineFailure(try await cli.run(["keys", "new", "--name", "k", "--kdf", "interactive"], extraEnvironment: pass),
                             containing: "already exists")
        expectOneLineFailure(try await cli.run(["keys", "export", "k"], extraEnvironment: pass), containing: "--yes")
        expectOneLineFailure(try await cli.run(["keys", "new", "--name", "x"]), containing: "CAIRN_PASSPHRASE")
        expectOneLineFailure(try await cli.run(["keys", "import", "--name", "y", "--kdf", "interactive"], stdin: "0x1234", extraEnvironment: pass),
                             containing: "32 bytes of hex")
        expectOneLineFailure(try await cli.run(["keys", "new", "--name", "../evil"], extraEnvironment: pass), containing: "invalid key name")
        #expect(try Data(contentsOf: cli.keyFile("k")) == before)

        // A corrupt file: one line, and the file is left as it was for the user to inspect.
        let truncated = before.prefix(before.count / 2)
        try truncated.write(to: cli.keyFile("k"))
        expectOneLineFailure(try await cli.run(["keys", "show", "k"]), containing: "corrupt")
        expectOneLineFailure(try await cli.run(["keys", "export", "k", "--yes"], extraEnvironment: pass), containing: "corrupt")
        expectOneLineFailure(try await cli.run(["keys", "list"]), containing: "corrupt")
        #expect(try Data(contentsOf: cli.keyFile("k")) == truncated)
    }

    @Test func helpNamesEveryKeysCommand() async throws {
        defer { cli.cleanUp() }
        let r = try await cli.run(["keys", "--help"])
        #expect(r.status == 0)
        for command in ["new", "import", "list", "show", "export"] { #expect(r.stdout.contains(command)) }
        let root = try await cli.run(["--help"])
        #expect(root.stdout.contains("keys"))
    }
}
