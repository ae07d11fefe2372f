import ArgumentParser
import CairnChain
import CairnNode
import Dispatch
import Foundation

/// `cairn node`: `cairn node run --home DIR` runs one validator of a network; `cairn node --dev` runs the
/// single-process development chain.
struct Node: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a node: `run --home DIR` for a validator of a network, `--dev` for the one-process dev chain.",
        subcommands: [DevChain.self, RunValidator.self], defaultSubcommand: DevChain.self
    )
}

/// `cairn node run --home DIR`: one validator (or full node) from its `config.json`.
struct RunValidator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one validator from DIR/config.json (as `cairn devnet` writes it, or by hand on another machine).",
        discussion: """
            The node keeps its chain and consensus WAL under the config's data directory and restarts from them \
            after any crash. Keys in a keystore are unlocked with the passphrase in CAIRN_PASSPHRASE.
            """
    )

    @Option(help: "The node's home directory, holding config.json.") var home: String

    func run() async throws {
        let node: ValidatorNode
        do {
            node = try ValidatorNode(home: URL(fileURLWithPath: home)) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
            try await node.start()
        } catch {
            throw CLIError("cannot start the validator: \(error)")
        }
        let signal = await DevChain.waitForTermination()
        FileHandle.standardOutput.write(Data("received \(signal == SIGINT ? "SIGINT" : "SIGTERM"), stopping\n".utf8))
        await node.stop()
    }
}

/// `cairn node --dev`: the single-validator development chain.
struct DevChain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev-chain",
        abstract: "Run the one-process development chain (one validator holding every development key), with JSON-RPC.",
        discussion: """
            The dev node makes a block as soon as transactions wait (or every --block-time seconds), keeps \
            its data in --home, and after a crash (even kill -9) restarts at the last committed block. \
            JSON-RPC listens on 127.0.0.1 only.
            """
    )

    @Flag(help: "Run the single-validator development chain.") var dev = false
    @Option(help: "Data directory (default: $CAIRN_HOME/node, else ~/.cairn/node).") var home: String?
    @Option(help: "Genesis file (default: Genesis/devnet.json of this checkout).") var genesis: String?
    @Option(help: ArgumentHelp("Make a block every this many seconds, even when empty.", valueName: "seconds"))
    var blockTime: Double?
    @Option(help: "JSON-RPC port on 127.0.0.1 (0 picks a free one).") var rpcPort = 8545
    @Option(help: ArgumentHelp("Keep state for proofs at only the last N heights (default: all).", valueName: "N"))
    var retain: UInt64?

    func validate() throws {
        guard dev else {
            throw ValidationError("pass --dev for the development chain, or use `cairn node run --home DIR` / `cairn devnet up`")
        }
        if let blockTime, !(blockTime > 0 && blockTime <= 3600) { throw ValidationError("--block-time must be in (0, 3600]") }
        guard (0...65535).contains(rpcPort) else { throw ValidationError("--rpc-port must be 0 to 65535") }
        if let retain, retain < 1 { throw ValidationError("--retain must be at least 1") }
    }

    func run() async throws {
        let configuration = DevNode.Configuration(
            home: URL(fileURLWithPath: home ?? Self.defaultHome()),
            genesisURL: try genesis.map { URL(fileURLWithPath: $0) } ?? Self.locateGenesis(),
            blockTime: blockTime.map { .milliseconds(Int64($0 * 1000)) }, rpcPort: rpcPort, retainedHeights: retain)
        let node: DevNode
        do {
            // Unbuffered, line at a time: scripts and tests read the port and blocks as they happen.
            node = try DevNode(configuration: configuration) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
            try await node.start()
        } catch {
            throw CLIError("cannot start the node: \(error)")
        }
        let signal = await Self.waitForTermination()
        FileHandle.standardOutput.write(Data("received \(signal == SIGINT ? "SIGINT" : "SIGTERM"), stopping\n".utf8))
        await node.stop()
    }

    static func defaultHome() -> String {
        if let home = ProcessInfo.processInfo.environment["CAIRN_HOME"], !home.isEmpty { return home + "/node" }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cairn/node").path
    }

    /// Genesis/devnet.json in the working directory, or in the checkout this executable was built in.
    static func locateGenesis() throws -> URL {
        var candidates = [URL(fileURLWithPath: "Genesis/devnet.json")]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("Genesis/devnet.json"))
            directory.deleteLastPathComponent()
        }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw CLIError("no Genesis/devnet.json here or beside this checkout; pass --genesis")
        }
        return found
    }

    /// Waits for SIGINT or SIGTERM and returns which arrived.
    static func waitForTermination() async -> Int32 {
        await withCheckedContinuation { continuation in
            let box = SignalBox(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { box.fire(number) }
                source.resume()
                box.sources.append(source)
            }
        }
    }
}

/// Keeps the signal sources alive until the first signal, and resumes the waiter once.
private final class SignalBox: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Int32, Never>?
    var sources: [DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Int32, Never>) {
        self.continuation = continuation
    }

    func fire(_ number: Int32) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(returning: number)
    }
}
