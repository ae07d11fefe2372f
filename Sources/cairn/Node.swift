import ArgumentParser
import CairnChain
import CairnNode
import Dispatch
import Foundation

/// `cairn node`: runs a validator node; `--dev` runs the single-validator development chain.
struct Node: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a node. With --dev: one validator holding every development key, with JSON-RPC.",
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
            throw ValidationError("only --dev exists so far; multi-validator networks come with `cairn devnet`")
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
