import CairnCrypto
import Foundation
import Testing

extension LiveNodeTests {
    /// `cairn id register-wallet` with an ordinary Ethereum signer: eth-account signs the registration text
    /// the CLI prints (personal_sign), another account pays, and the identity is then proved on-chain.
    @Suite("cairn id register-wallet with eth-account", .timeLimit(.minutes(5)))
    struct WalletRegistrationTests {
        static let signer = DevNodeProcess.root.appendingPathComponent("Tests/cairnTests/Python/sign_message.py")

        /// Signs `text` with `key` through python3 eth-account; the signature's hex.
        static func sign(_ text: String, key: Secp256k1.PrivateKey, in directory: URL) async throws -> String {
            let textFile = directory.appendingPathComponent("registration.txt")
            try Data(text.utf8).write(to: textFile)
            let outFile = directory.appendingPathComponent("python.out")
            _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", signer.path, textFile.path, "0x" + Hex.encode(key.rawRepresentation.unprotectedBytes)]
            process.standardOutput = try FileHandle(forWritingTo: outFile)
            process.standardError = process.standardOutput
            try process.run()
            let finished = await waitForExit(process, timeout: 60)
            let output = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
            try #require(finished && process.terminationStatus == 0, "eth-account failed:\n\(output)")
            return output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        @Test("a wallet-signed registration is accepted and shown; a tampered signature is refused with the contract's reason")
        func walletRegistration() async throws {
            let cli = try CLIRunner()
            defer { cli.cleanUp() }
            let node = try await DevNodeProcess.launch(extraArguments: ["--block-time", "0.2"])
            defer { node.removeHome() }
            let gatewayHome = cli.home.appendingPathComponent("gateway")
            try FileManager.default.createDirectory(at: gatewayHome, withIntermediateDirectories: true)
            let gatewayProcess = try GatewayCommandTests.GatewayProcess(home: gatewayHome, arguments: ["--rpc", node.url.absoluteString])
            let gateway = try await gatewayProcess.start()
            let network = ["--gateway", gateway.absoluteString, "--rpc", node.url.absoluteString]
            let environment = ["CAIRN_PASSPHRASE": "wallet test"]
            func cairn(_ arguments: [String]) async throws -> CLIRunner.Result {
                try await cli.run(arguments, extraEnvironment: environment, timeout: 90)
            }

            // The payer is a development account with funds and its own device; the wallet is a fresh key with none.
            let wallet = Secp256k1.PrivateKey()
            let walletAddress = Address(publicKey: wallet.publicKey)
            for (name, key) in [("payer", DevAccounts.keys[5]), ("wallet", wallet)] {
                let file = cli.home.appendingPathComponent("\(name).hex")
                try Data(Hex.encode(key.rawRepresentation.unprotectedBytes).utf8).write(to: file)
                let imported = try await cairn(["keys", "import", "--name", name, "--private-key-file", file.path, "--kdf", "interactive"])
                try #require(imported.status == 0, "\(imported.stderr)")
            }
            let payer = try await cairn(
                ["id", "register", "--key", "payer", "--handle", "payer", "--kdf", "interactive", "--genesis", DevNodeProcess.genesis.path] + network)
            try #require(payer.status == 0, "\(payer.stderr)")

            let register = ["id", "register-wallet", "--key", "payer", "--wallet-key", "wallet", "--handle", "satoshi", "--kdf", "interactive",
                            "--genesis", DevNodeProcess.genesis.path] + network
            let printed = try await cairn(register + ["--print-message"])
            try #require(printed.status == 0, "\(printed.stderr)")
            let text = String(printed.stdout.dropLast(printed.stdout.hasSuffix("\n") ? 1 : 0))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.count == 5, "\(text)")
            #expect(lines.first == "Cairn identity registration")
            #expect(lines.contains("chain: \(DevAccounts.genesis.chainId)"))
            #expect(lines.contains("address: 0x\(Hex.encode(walletAddress.bytes))"))
            #expect(lines.last == "handle: satoshi")
            let identityKey = try #require(lines.first { $0.hasPrefix("identity key: 0x") }).dropFirst("identity key: ".count)

            let signature = try await Self.sign(text, key: wallet, in: cli.home)
            #expect(signature.count == 132, "\(signature)")
            // One hex digit of s changed: the signature recovers to another address, or to none.
            var tampered = Array(signature)
            tampered[100] = tampered[100] == "0" ? "1" : "0"
            let tamperedFile = cli.home.appendingPathComponent("tampered.sig")
            try Data(String(tampered).utf8).write(to: tamperedFile)
            let refused = try await cairn(register + ["--wallet-signature", tamperedFile.path])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("bad wallet signature"), "\(refused.stderr)")
            #expect(refused.stderr.split(separator: "\n").count == 1, "not one line: \(refused.stderr)")

            let signatureFile = cli.home.appendingPathComponent("wallet.sig")
            try Data((signature + "\n").utf8).write(to: signatureFile)
            let registered = try await cairn(register + ["--wallet-signature", signatureFile.path])
            try #require(registered.status == 0, "\(registered.stderr)")
            #expect(registered.stdout.contains("registered \(walletAddress.checksummed) (wallet-signed, paid by \(DevAccounts.address(5).checksummed))"))

            // Read back by the payer's device, proved against a block the validators signed.
            var shown = try await cairn(["id", "show", "0x" + Hex.encode(walletAddress.bytes), "--key", "payer", "--json"] + network)
            for _ in 0..<20 where shown.status != 0 {
                // The registration's block needs one more on top before a proof can show it.
                try await Task.sleep(for: .milliseconds(250))
                shown = try await cairn(["id", "show", "0x" + Hex.encode(walletAddress.bytes), "--key", "payer", "--json"] + network)
            }
            try #require(shown.status == 0, "\(shown.stderr)")
            let json = try shown.json()
            #expect(json["address"] as? String == walletAddress.checksummed)
            #expect(json["handle"] as? String == "satoshi")
            #expect(json["identityKey"] as? String == String(identityKey))
            #expect((json["provedAt"] as? Int ?? 0) > 0)
            // And by handle.
            let byHandle = try await cairn(["id", "show", "@satoshi", "--key", "payer", "--json"] + network)
            #expect(byHandle.status == 0, "\(byHandle.stderr)")
            #expect((try? byHandle.json())?["address"] as? String == walletAddress.checksummed)
        }
    }
}
