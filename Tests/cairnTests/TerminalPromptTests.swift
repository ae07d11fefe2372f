import CairnTestSupport
import Foundation
import Testing

/// The passphrase and confirmation prompts, answered through a real pseudo-terminal (Python's `pty.fork`
/// makes it the child's controlling terminal, which is what `/dev/tty` opens).
@Suite("cairn keys prompts on a terminal")
struct TerminalPromptTests {
    static let driver = #"""
    import json, os, pty, select, sys, time
    exe, home, script = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    args = sys.argv[4:]
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if k != "CAIRN_PASSPHRASE"}
        env["CAIRN_HOME"] = home
        os.execve(exe, [exe] + args, env)
    seen, deadline = b"", time.time() + 120
    def read_until(marker):
        global seen
        while marker.encode() not in seen:
            if time.time() > deadline: raise SystemExit("timed out waiting for " + marker)
            r, _, _ = select.select([fd], [], [], 0.2)
            if r:
                try: chunk = os.read(fd, 4096)
                except OSError: chunk = b""
                if not chunk: raise SystemExit("child closed before " + marker + ": " + seen.decode(errors="replace"))
                seen += chunk
        seen = seen.split(marker.encode(), 1)[1]
    for prompt, answer in script:
        read_until(prompt)
        os.write(fd, (answer + "\n").encode())
    status = None
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try: chunk = os.read(fd, 4096)
            except OSError: break
            if not chunk: break
            seen += chunk
        else:
            # A child that exited with nothing left to read is reaped here, and its status kept:
            # a second waitpid would fail with ECHILD.
            reaped, code = os.waitpid(pid, os.WNOHANG)
            if reaped != 0:
                status = code
                break
    while status is None:
        reaped, code = os.waitpid(pid, os.WNOHANG)
        if reaped != 0:
            status = code
        elif time.time() > deadline:
            os.kill(pid, 9)
            _, status = os.waitpid(pid, 0)
        else:
            time.sleep(0.05)
    print(json.dumps({"status": os.waitstatus_to_exitcode(status), "output": seen.decode(errors="replace")}))
    """#

    struct Outcome: Decodable { let status: Int; let output: String }

    /// Runs the driver (`ChildProcess`: a thread of its own, bounded, stopped by cancellation); it takes seconds.
    func drive(_ cli: CLIRunner, _ script: [(String, String)], _ args: [String]) async throws -> Outcome {
        let steps = script.map { [$0.0, $0.1] }
        let json = try JSONSerialization.data(withJSONObject: steps)
        let run = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", Self.driver, CLIRunner.executable.path, cli.home.path, String(decoding: json, as: UTF8.self)] + args,
            timeout: 180)
        try #require(run.status == 0, "pty driver failed: \(run.stderr)")
        return try JSONDecoder().decode(Outcome.self, from: run.stdout)
    }

    @Test func newAsksTwiceWithoutEchoAndExportAsksForTheName() async throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let created = try await drive(cli, [("Passphrase: ", "typed secret"), ("Repeat passphrase: ", "typed secret")],
                                ["keys", "new", "--name", "tty", "--kdf", "interactive", "--json"])
        #expect(created.status == 0, "\(created.output)")
        #expect(!created.output.contains("typed secret"), "the passphrase is not echoed")
        // The key opens with the passphrase that was typed.
        let exported = try await cli.run(["keys", "export", "tty", "--yes"], extraEnvironment: ["CAIRN_PASSPHRASE": "typed secret"])
        #expect(exported.status == 0, "\(exported.stderr)")

        let confirmed = try await drive(cli, [("Type the key name to confirm: ", "tty"), ("Passphrase: ", "typed secret")],
                                  ["keys", "export", "tty"])
        #expect(confirmed.status == 0, "\(confirmed.output)")
        #expect(confirmed.output.contains(exported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))

        let refused = try await drive(cli, [("Type the key name to confirm: ", "not-it")], ["keys", "export", "tty"])
        #expect(refused.status != 0)
        #expect(refused.output.contains("not confirmed"))
    }

    @Test func mismatchedRepeatCreatesNothing() async throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let r = try await drive(cli, [("Passphrase: ", "one"), ("Repeat passphrase: ", "two")],
                          ["keys", "new", "--name", "tty", "--kdf", "interactive"])
        #expect(r.status != 0)
        #expect(r.output.contains("the two passphrases differ"))
        #expect(!FileManager.default.fileExists(atPath: cli.keyFile("tty").path))
    }
}
