import ArgumentParser
import CairnChain
import CairnCrypto
import CairnNode
import CairnRPC
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// `cairn devnet`: a local network of validator processes, up with one command.
struct Devnet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a local multi-validator devnet: up, status, stop and start it or one node or its gateway, partition a node, down.",
        subcommands: [
            Up.self, Status.self, StopNode.self, StartNode.self, StopGateway.self, StartGateway.self, Stop.self, Start.self,
            Partition.self, Heal.self, Down.self,
        ]
    )

    /// `--dir`, shared by every subcommand.
    struct Location: ParsableArguments {
        /// `$CAIRN_DEVNET` as the other commands read it, so one export points every command at one devnet.
        @Option(help: "The devnet's directory (default: $CAIRN_DEVNET, else .cairn/devnet).")
        var dir = ProcessInfo.processInfo.environment["CAIRN_DEVNET"].flatMap { $0.isEmpty ? nil : $0 } ?? ".cairn/devnet"
        var url: URL { URL(fileURLWithPath: dir).standardizedFileURL }
    }

    /// What `up` records in DIR/devnet.json so that the other subcommands find every node.
    struct Manifest: Codable {
        var chainId: UInt64
        var nodes: [NodeEntry]
        /// The devnet's blob gateway, once started.
        var gatewayURL: String?
        /// The `cairn` arguments the gateway runs with (before `--home`), so `start-gateway` and `start` run
        /// it again as `up` did.
        var gatewayCommand: [String]?

        struct NodeEntry: Codable {
            var index: Int
            var home: String
            var rpcURL: String
            var p2pPort: Int
            var validator: Bool
        }

        static func load(_ directory: URL) throws -> Manifest {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("devnet.json").path) else {
                throw CLIError("no devnet in \(directory.path) (start one with `cairn devnet up --dir \(directory.path)`)")
            }
            return try JSONDecoder().decode(Manifest.self, from: data)
        }

        func save(_ directory: URL) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(self).write(to: directory.appendingPathComponent("devnet.json"), options: .atomic)
        }

        func node(_ index: Int) throws -> NodeEntry {
            guard let node = nodes.first(where: { $0.index == index }) else {
                throw CLIError("the devnet has no node \(index) (nodes 0 to \(nodes.count - 1))")
            }
            return node
        }
    }

    // MARK: Processes

    /// The devnet of this machine's user: the one in `$CAIRN_DEVNET`, else in `.cairn/devnet`, if any.
    static func local() -> (manifest: Manifest, directory: URL)? {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CAIRN_DEVNET"] ?? ".cairn/devnet").standardizedFileURL
        return (try? Manifest.load(directory)).map { ($0, directory) }
    }

    /// A node's home as the manifest names it: relative to the devnet's directory, or absolute.
    static func home(_ path: String, in directory: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    static func pidFile(_ home: URL, _ name: String = "node") -> URL { home.appendingPathComponent("\(name).pid") }

    /// The pid of the node (or the process `name`) in `home` if it is running.
    static func runningPid(_ home: URL, _ name: String = "node") -> pid_t? {
        guard let text = try? String(contentsOf: pidFile(home, name), encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            pid > 0, kill(pid, 0) == 0
        else { return nil }
        // A recycled pid would belong to another program: check it is our node.
        let cmdline = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        return cmdline.contains(home.path) ? pid : nil
    }

    /// Starts `cairn node run --home HOME` (or `cairn COMMAND… --home HOME` as process `name`) in its own
    /// session (it outlives this command and the terminal's ^C), with stdout and stderr appended to
    /// HOME/NAME.log and its pid in HOME/NAME.pid.
    static func launch(_ home: URL, command: [String] = ["node", "run"], name: String = "node") throws -> pid_t {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let log = home.appendingPathComponent("\(name).log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // No other descriptor of ours may live on in the node: a parent waiting for our exit through a
        // pipe (as Foundation's Process does) would otherwise wait for the node too. This command is
        // short-lived, so marking all of its descriptors close-on-exec costs it nothing.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let fd = Int32(name), fd > 2 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26+), which Swift does not import: its own session, no controlling terminal.
        posix_spawnattr_setflags(&attributes, 0x80)
        let arguments = [executable] + command + ["--home", home.path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, &argv, environ)
        guard result == 0 else { throw CLIError("cannot start the \(name) in \(home.path): \(String(cString: strerror(result)))") }
        try "\(pid)\n".write(to: pidFile(home, name), atomically: true, encoding: .utf8)
        return pid
    }

    /// SIGKILL and reap `pids`, children of this command that never served anyone (a failed `up`), and
    /// remove their pid files from `homes`.
    static func killChildren(_ pids: [pid_t], homes: [URL], name: String = "node") {
        for pid in pids {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        for home in homes { try? FileManager.default.removeItem(at: pidFile(home, name)) }
    }

    /// SIGTERM, then SIGKILL if the node has not exited within `grace` seconds.
    static func terminate(_ home: URL, _ name: String = "node", grace: Double = 10) -> Bool {
        guard let pid = runningPid(home, name) else { return false }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline {
            if kill(pid, 0) != 0 { break }
            usleep(50_000)
        }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: pidFile(home, name))
        return true
    }

    /// The development account the devnet's gateway pays for anchoring with (the last one printed).
    static let gatewayAccount = 9

    /// A TCP port on 127.0.0.1 nobody listens on now (the kernel's choice for port 0, or `preferred` if free).
    static func freePort(preferred: Int? = nil) throws -> Int {
        func bind(_ port: Int) -> Int? {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else { return nil }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            return Int(UInt16(bigEndian: address.sin_port))
        }
        if let preferred, let port = bind(preferred) { return port }
        guard let port = bind(0) else { throw CLIError("no free TCP port on 127.0.0.1") }
        return port
    }

    /// `cairn_nodeInfo` of a node, or nil when it does not answer.
    static func info(_ rpcURL: String, timeout: Duration = .seconds(2)) -> JSONValue? {
        guard let url = URL(string: rpcURL) else { return nil }
        return try? RPCClient(url: url, timeout: timeout).callBlocking("cairn_nodeInfo")
    }

    /// Whether `url` answers HTTP 200 within a second (the gateway's /healthz).
    static func isServing(_ url: String) -> Bool {
        guard let url = URL(string: url) else { return false }
        /// Set once by the session's callback, read after the semaphore.
        final class Answer: @unchecked Sendable {
            var ok = false
        }
        let done = DispatchSemaphore(value: 0)
        let answer = Answer()
        let session = URLSession.uncached(timeout: 2)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: URLRequest(url: url, timeoutInterval: 1)) { _, response, _ in
            answer.ok = (response as? HTTPURLResponse)?.statusCode == 200
            done.signal()
        }.resume()
        // The semaphore orders the callback's write before this read.
        guard done.wait(timeout: .now() + 2) == .success else { return false }
        return answer.ok
    }

    static func height(_ info: JSONValue?) -> UInt64? {
        guard case let .string(hex)? = info?["height"] else { return nil }
        return UInt64(hex.dropFirst(2), radix: 16)
    }
}

extension Devnet {
    /// `cairn devnet up`.
    struct Up: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create and start a devnet of N validator processes, wait until each has the first block, and print how to use it.")

        @OptionGroup var location: Location
        @Option(help: "Number of validators (1 to 16).") var validators = 4
        @Option(help: ArgumentHelp("Least time between blocks, in seconds.", valueName: "seconds")) var blockTime = 1.0
        @Option(help: "Genesis template (default: Genesis/devnet.json of this checkout).") var genesis: String?
        @Option(help: "Seconds to wait for every validator to have the first block.") var timeout = 120.0
        @Option(help: .hidden) var testDoubleSign: Int?
        /// Tests of `up`'s own failure paths: node N gets a genesis that does not exist, so it exits at start.
        @Option(help: .hidden) var testBreakNode: Int?
        /// Tests of the lost-port restart: on the first attempt `up` itself listens on node N's p2p port.
        @Option(help: .hidden) var testTakePort: Int?
        @Option(help: "The gateway's --batch-size (default: the gateway's).") var gatewayBatchSize: Int?
        @Option(help: ArgumentHelp("The gateway's --batch-delay (default: the gateway's).", valueName: "milliseconds")) var gatewayBatchDelay: Int?
        @Option(help: ArgumentHelp("The gateway's --sender-rate (default: the gateway's).", valueName: "rate")) var gatewaySenderRate: Double?
        @Flag(help: "Take any free ports, not the conventional 8545 (node 0) and 8080 (gateway): for a devnet beside another.")
        var anyPorts = false

        func validate() throws {
            guard (1...16).contains(validators) else { throw ValidationError("--validators must be 1 to 16") }
            guard blockTime > 0, blockTime <= 60 else { throw ValidationError("--block-time must be in (0, 60]") }
            guard (gatewayBatchSize ?? 1) >= 1, (gatewayBatchDelay ?? 1) >= 1, (gatewaySenderRate ?? 1) > 0 else {
                throw ValidationError("the --gateway-* options must be positive")
            }
        }

        /// Chooses ports, writes each validator's config and the manifest, starts the validators and waits
        /// for block 1. A port is free when chosen but can be taken before its node binds it (by another
        /// program's listener, or as some connection's source port): a node that exits with "in use" in its
        /// log lost that race, and the set starts again on new ports, three times at most. Any other exit
        /// before the first block fails at once, naming the node and its last lines. On failure the
        /// validators it started are stopped; their logs stay. Returns the manifest and the validators' pids.
        func startValidators(in directory: URL, chainId: UInt64) async throws -> (Manifest, [pid_t]) {
            var attempt = 0
            while true {
                attempt += 1
                var ports: [(p2p: Int, rpc: Int)] = []
                for index in 0..<validators {
                    ports.append((try Devnet.freePort(), try Devnet.freePort(preferred: index == 0 && !anyPorts ? 8545 : nil)))
                }
                var manifest = Manifest(chainId: chainId, nodes: [])
                for index in 0..<validators {
                    let home = directory.appendingPathComponent("node-\(index)")
                    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
                    let peers = (0..<validators).filter { $0 != index }.map { other in
                        NodeConfig.Peer(
                            host: "127.0.0.1", port: ports[other].p2p,
                            nodeKey: Hex.encode(DevnetKeys.nodeKey(other).publicKey.rawRepresentation))
                    }
                    let config = NodeConfig(
                        moniker: "node-\(index)", genesis: testBreakNode == index ? "../no-such-genesis.json" : "../genesis.json",
                        p2p: .init(port: ports[index].p2p, peers: peers), rpc: .init(port: ports[index].rpc),
                        consensusKey: .development(index: index, purpose: "consensus"),
                        nodeKey: .development(index: index, purpose: "node"), blockTime: blockTime,
                        testDoubleSign: testDoubleSign == index ? true : nil, devnetAdmin: true)
                    try config.save(home: home)
                    manifest.nodes.append(
                        .init(
                            index: index, home: "node-\(index)", rpcURL: "http://127.0.0.1:\(ports[index].rpc)", p2pPort: ports[index].p2p,
                            validator: true))
                }
                try manifest.save(directory)
                let taken = attempt == 1 ? testTakePort.flatMap { ports.indices.contains($0) ? Devnet.listener(on: ports[$0].p2p) : nil } : nil
                defer { if let taken { close(taken) } }
                var pids: [pid_t] = []
                let lostPort: String?
                do {
                    for node in manifest.nodes { pids.append(try Devnet.launch(directory.appendingPathComponent(node.home))) }
                    lostPort = try await firstBlock(manifest, pids, in: directory, mayRetry: attempt < 3)
                } catch {
                    Devnet.killChildren(pids, homes: manifest.nodes.map { directory.appendingPathComponent($0.home) })
                    throw CLIError(
                        "\(error)\nThe validators were stopped, their logs kept; remove the devnet with `cairn devnet down --dir \(location.dir)`.")
                }
                guard let lostPort else { return (manifest, pids) }
                Devnet.killChildren(pids, homes: manifest.nodes.map { directory.appendingPathComponent($0.home) })
                for node in manifest.nodes { try? FileManager.default.removeItem(at: directory.appendingPathComponent(node.home)) }
                FileHandle.standardError.write(Data("devnet: \(lostPort); starting again on other ports\n".utf8))
            }
        }

        /// Waits until every validator reports block 1. Node 0's block alone is not enough: three of four
        /// validators make blocks without the fourth, which may be failing to bind its port meanwhile (a test
        /// saw `up` succeed on a loaded machine while node 1 exited). Returns nil then, or a message when a
        /// node exited having lost its port and `mayRetry`; throws when a node exits for another reason or
        /// the validators do not all reach block 1 in time.
        func firstBlock(_ manifest: Manifest, _ pids: [pid_t], in directory: URL, mayRetry: Bool) async throws -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while !manifest.nodes.allSatisfy({ (Devnet.height(Devnet.info($0.rpcURL)) ?? 0) >= 1 }) {
                // The nodes are our children, so an exit shows as a zombie that waitpid reaps.
                for (node, pid) in zip(manifest.nodes, pids) {
                    var status: Int32 = 0
                    guard waitpid(pid, &status, WNOHANG) == pid else { continue }
                    let log = directory.appendingPathComponent(node.home).appendingPathComponent("node.log")
                    let tail = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").suffix(5)
                        .joined(separator: "\n")
                    if mayRetry, tail.lowercased().contains("in use") { return "node \(node.index) lost its port" }
                    throw CLIError("node \(node.index) exited before the first block; see \(log.path):\n\(tail)")
                }
                guard Date() < deadline else {
                    throw CLIError(
                        "the validators did not all reach block 1 within \(Int(timeout)) s; see \(directory.path)/node-*/node.log")
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            return nil
        }

        /// Starts the blob gateway on node 0 (preferring the conventional port 8080) and waits until it serves;
        /// records its URL and command in `manifest`.
        func startGateway(_ manifest: inout Manifest, in directory: URL) async throws {
            let deadline = Date().addingTimeInterval(timeout)
            // The blob gateway, preferring the conventional port 8080.
            let gatewayPort = try Devnet.freePort(preferred: anyPorts ? nil : 8080)
            let gatewayHome = directory.appendingPathComponent("gateway")
            try FileManager.default.createDirectory(at: gatewayHome, withIntermediateDirectories: true)
            // The gateway anchors for clients and pays with the last development account.
            var gatewayCommand = [
                "gateway", "--port", String(gatewayPort), "--rpc", manifest.nodes[0].rpcURL,
                "--dev-account", String(Devnet.gatewayAccount), "--genesis", directory.appendingPathComponent("genesis.json").path,
            ]
            if let gatewayBatchSize { gatewayCommand += ["--batch-size", String(gatewayBatchSize)] }
            if let gatewayBatchDelay { gatewayCommand += ["--batch-delay", String(gatewayBatchDelay)] }
            if let gatewaySenderRate { gatewayCommand += ["--sender-rate", String(gatewaySenderRate)] }
            manifest.gatewayCommand = gatewayCommand
            let pid = try Devnet.launch(gatewayHome, command: gatewayCommand, name: "gateway")
            let gatewayURL = "http://127.0.0.1:\(gatewayPort)"
            while !Devnet.isServing(gatewayURL + "/healthz") {
                guard Date() < deadline else {
                    Devnet.killChildren([pid], homes: [gatewayHome], name: "gateway")
                    throw CLIError("the gateway did not start; see \(gatewayHome.path)/gateway.log")
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            manifest.gatewayURL = gatewayURL
        }

        func run() async throws {
            let directory = location.url
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("devnet.json").path) {
                throw CLIError(
                    "\(directory.path) already holds a devnet; see `cairn devnet status --dir \(location.dir)`, "
                        + "or remove it with `cairn devnet down --dir \(location.dir)`")
            }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let template = try genesis.map { URL(fileURLWithPath: $0) } ?? DevChain.locateGenesis()
            let devGenesis = try Self.makeGenesis(template: template, validators: validators, directory: directory)

            let (started, validatorPids) = try await startValidators(in: directory, chainId: devGenesis.chainId)
            var manifest = started
            do {
                try await startGateway(&manifest, in: directory)
            } catch {
                Devnet.killChildren(
                    validatorPids, homes: manifest.nodes.map { directory.appendingPathComponent($0.home) })
                throw CLIError(
                    "\(error)\nThe validators were stopped, their logs kept; remove the devnet with `cairn devnet down --dir \(location.dir)`.")
            }
            let gatewayURL = manifest.gatewayURL ?? ""
            try manifest.save(directory)

            print("Cairn devnet up: \(validators) validators, chain id \(devGenesis.chainId), in \(directory.path)")
            print("")
            for node in manifest.nodes {
                print("  node \(node.index)  JSON-RPC \(node.rpcURL)  p2p 127.0.0.1:\(node.p2pPort)  log \(node.home)/node.log")
            }
            print("  gateway \(gatewayURL)  log gateway/gateway.log  (blobs: cairn blob put FILE, cairn blob get CID)")
            print("")
            print("Development accounts (funded at genesis):")
            for index in 0..<min(devGenesis.accounts.count, 10) {
                let key = try DevnetKeys.accountKey(index, genesis: devGenesis)
                let note = index == Devnet.gatewayAccount ? "  (the gateway pays for anchoring with this one)" : ""
                print("  (\(index)) \(key.publicKey.address)  0x\(Hex.encode(key.rawRepresentation.withUnsafeBytes { Array($0) }))\(note)")
            }
            print("")
            print("WARNING: these private keys are public (derived from a published mnemonic). Never send real funds to them.")
            let explore = location.dir == ".cairn/devnet" ? "" : "CAIRN_DEVNET=\(location.dir) "
            print("Inspect it with `\(explore)cairn explorer blocks` (also: block, tx, account, validators, watch).")
            print("Stop with `cairn devnet down --dir \(location.dir)`.")
        }

        /// The template genesis with `count` development validators and the contracts copied beside it.
        static func makeGenesis(template: URL, validators count: Int, directory: URL) throws -> Genesis {
            var genesis = try Genesis.load(from: template)
            let contracts = directory.appendingPathComponent("contracts")
            try FileManager.default.createDirectory(at: contracts, withIntermediateDirectories: true)
            func copy(_ entry: inout ContractEntry) throws {
                let source = URL(fileURLWithPath: entry.code, relativeTo: template.deletingLastPathComponent())
                let target = contracts.appendingPathComponent(source.lastPathComponent)
                if !FileManager.default.fileExists(atPath: target.path) { try FileManager.default.copyItem(at: source, to: target) }
                entry.code = "contracts/" + source.lastPathComponent
            }
            try copy(&genesis.contracts.identity)
            try copy(&genesis.contracts.keyBundle)
            try copy(&genesis.contracts.inbox)
            try copy(&genesis.contracts.staking)
            try copy(&genesis.contracts.slashing)
            let stake = genesis.validators.first?.stake ?? Amount(1_000 * 1_000_000_000_000_000_000)
            genesis.validators = try (0..<count).map { index in
                Genesis.Validator(
                    operator: index < genesis.validators.count
                        ? genesis.validators[index].operator : try DevnetKeys.accountKey(100 + index, genesis: genesis).publicKey.address,
                    consensusKey: HexBytes(DevnetKeys.validatorKey(index).publicKey.rawRepresentation), commissionBps: 500, stake: stake)
            }
            genesis.consensus = genesis.consensus ?? Genesis.ConsensusParameters(
                epochLength: 5, timeoutProposeMs: 1_500, timeoutPrevoteMs: 500, timeoutPrecommitMs: 500, timeoutDeltaMs: 250)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(genesis).write(to: directory.appendingPathComponent("genesis.json"), options: .atomic)
            return genesis
        }
    }
}
