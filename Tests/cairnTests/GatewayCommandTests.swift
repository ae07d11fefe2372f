import CairnBlobs
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `cairn gateway` as a process, and `cairn blob put|get` against it: durability across `kill -9`,
/// chunked blobs, a gateway that lies, a gateway that is down.
@Suite("cairn gateway and cairn blob", .timeLimit(.minutes(5)))
struct GatewayCommandTests {
    /// A `cairn gateway` process on `home`, on a free port; SIGKILLed when released.
    final class GatewayProcess {
        let process = Process()
        let log: URL
        private(set) var url: URL?

        init(home: URL, arguments: [String] = []) throws {
            log = home.appendingPathComponent("gateway-\(UUID().uuidString).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = CLIRunner.executable
            process.arguments = ["gateway", "--home", home.path, "--port", "0"] + arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = process.standardOutput
        }

        deinit { kill() }

        func start() async throws -> URL {
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if let line = output.split(separator: "\n").first(where: { $0.hasPrefix("gateway listening on ") }) {
                    let url = URL(string: String(line.dropFirst("gateway listening on ".count)))!
                    self.url = url
                    return url
                }
                guard process.isRunning else { throw DevNodeProcess.StartError(description: "the gateway exited: \(output)") }
                try await Task.sleep(for: .milliseconds(20))
            }
            throw DevNodeProcess.StartError(description: "the gateway printed no URL within 60 s")
        }

        func kill() {
            guard process.isRunning else { return }
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test("a blob acknowledged just before kill -9 is there after a restart; large blobs round-trip in chunks")
    func durability() async throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let home = cli.home.appendingPathComponent("gateway")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let first = try GatewayProcess(home: home)
        let url = try await first.start()

        let small = cli.home.appendingPathComponent("small.bin")
        let smallContent = [UInt8]((0..<3_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        try Data(smallContent).write(to: small)
        let large = cli.home.appendingPathComponent("large.bin")
        let largeContent = [UInt8]((0..<(2_500_000)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) })
        try Data(largeContent).write(to: large)

        let put = try await cli.run(["blob", "put", small.path, "--gateway", url.absoluteString])
        try #require(put.status == 0, "\(put.stderr)")
        first.kill()  // right after the put returned: no chance to flush anything
        #expect(put.stdout == CID(content: smallContent).string + "\n")

        let second = try GatewayProcess(home: home)
        let restarted = try await second.start()
        let out = cli.home.appendingPathComponent("out.bin")
        let got = try await cli.run(["blob", "get", CID(content: smallContent).string, "--out", out.path, "--gateway", restarted.absoluteString])
        #expect(got.status == 0, "\(got.stderr)")
        #expect(try [UInt8](Data(contentsOf: out)) == smallContent)

        let putLarge = try await cli.run(["blob", "put", large.path, "--gateway", restarted.absoluteString])
        try #require(putLarge.status == 0, "\(putLarge.stderr)")
        let manifest = try CID(putLarge.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(manifest.codec == .dagJSON)
        let gotLarge = try await cli.run(["blob", "get", manifest.string, "--out", out.path, "--gateway", restarted.absoluteString])
        #expect(gotLarge.status == 0, "\(gotLarge.stderr)")
        #expect(try [UInt8](Data(contentsOf: out)) == largeContent)

        // Unknown and malformed CIDs: one line, non-zero.
        LiveNodeTests.ContractCommandTests.expectOneLineFailure(
            try await cli.run(["blob", "get", CID(content: [1, 2, 3]).string, "--gateway", restarted.absoluteString]),
            containing: "the gateway has no blob")
        LiveNodeTests.ContractCommandTests.expectOneLineFailure(
            try await cli.run(["blob", "get", "Qmnotacid", "--gateway", restarted.absoluteString]), containing: "CID")
        second.kill()
        LiveNodeTests.ContractCommandTests.expectOneLineFailure(
            try await cli.run(["blob", "get", CID(content: smallContent).string, "--gateway", restarted.absoluteString]),
            containing: "cannot reach the gateway")
    }

    @Test("a gateway that alters a byte is caught by `cairn blob get`")
    func lyingGateway() async throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // An independent HTTP server that answers every GET with the same wrong bytes.
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-c", """
            import http.server, sys
            class H(http.server.BaseHTTPRequestHandler):
                def do_GET(self):
                    self.send_response(200); self.send_header("Content-Length", "5"); self.end_headers(); self.wfile.write(b"hellp")
                def log_message(self, *a): pass
            s = http.server.HTTPServer(("127.0.0.1", 0), H)
            print(s.server_address[1], flush=True)
            s.serve_forever()
            """]
        let pipe = Pipe()
        server.standardOutput = pipe
        try server.run()
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        let portLine = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let port = try #require(Int(portLine), "no port from the fake gateway: \(portLine)")
        let cid = CID(content: Array("hello".utf8))
        LiveNodeTests.ContractCommandTests.expectOneLineFailure(
            try await cli.run(["blob", "get", cid.string, "--gateway", "http://127.0.0.1:\(port)"]),
            containing: "do not match")
    }
}
