import ArgumentParser
import CairnNode
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension Devnet {
    /// `cairn devnet stop-node I`.
    struct StopNode: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop-node", abstract: "Stop node I (SIGTERM, then SIGKILL after 10 s).")
        @OptionGroup var location: Location
        @Argument(help: "The node's index.") var index: Int

        func run() throws {
            let node = try Manifest.load(location.url).node(index)
            guard Devnet.terminate(location.url.appendingPathComponent(node.home)) else {
                throw CLIError("node \(index) is not running")
            }
            print("stopped node \(index)")
        }
    }

    /// `cairn devnet start-node I`.
    struct StartNode: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start-node", abstract: "Start node I again; it catches up from its peers.")
        @OptionGroup var location: Location
        @Argument(help: "The node's index.") var index: Int

        func run() throws {
            let node = try Manifest.load(location.url).node(index)
            let home = location.url.appendingPathComponent(node.home)
            guard Devnet.runningPid(home) == nil else { throw CLIError("node \(index) is already running") }
            try Devnet.requireFreePorts(of: node, home: home)
            let pid = try Devnet.launch(home)
            print("started node \(index) (pid \(pid)), JSON-RPC \(node.rpcURL)")
        }
    }

    /// `cairn devnet stop-gateway`.
    struct StopGateway: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stop-gateway", abstract: "Stop the devnet's gateway (SIGTERM, then SIGKILL after 10 s); its blobs and anchoring queue stay.")
        @OptionGroup var location: Location

        func run() throws {
            _ = try Manifest.load(location.url)
            guard Devnet.terminate(location.url.appendingPathComponent("gateway"), "gateway") else { throw CLIError("the gateway is not running") }
            print("stopped the gateway")
        }
    }

    /// `cairn devnet start-gateway`.
    struct StartGateway: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start-gateway",
            abstract: "Start the devnet's gateway again on its URL, from its directory: what it acknowledged is still served and anchored.")
        @OptionGroup var location: Location
        @Option(help: "Seconds to wait for the gateway to serve.") var timeout = 60.0

        func run() async throws {
            let manifest = try Manifest.load(location.url)
            guard Devnet.runningPid(location.url.appendingPathComponent("gateway"), "gateway") == nil else {
                throw CLIError("the gateway is already running")
            }
            let url = try await Devnet.startGateway(manifest, in: location.url, deadline: Date().addingTimeInterval(timeout))
            print("started the gateway, \(url)")
        }
    }

    /// `cairn devnet stop`.
    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop every node and the gateway (SIGTERM, then SIGKILL after 10 s), keeping all their data; `start` resumes the devnet.")
        @OptionGroup var location: Location

        func run() throws {
            let directory = location.url
            let manifest = try Manifest.load(directory)
            let (nodes, gateway) = Devnet.stopAll(manifest, in: directory)
            print("devnet stopped: \(nodes) node\(nodes == 1 ? "" : "s")\(gateway ? " and the gateway" : ""); data kept in \(directory.path)")
            print("Resume with `cairn devnet start --dir \(location.dir)`.")
        }
    }

    /// `cairn devnet start`.
    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start every stopped node and the gateway again, each from its directory; returns once the chain has made a new block.")
        @OptionGroup var location: Location
        @Option(help: "Seconds to wait for the nodes, a new block and the gateway.") var timeout = 120.0

        func run() async throws {
            let directory = location.url
            let manifest = try Manifest.load(directory)
            let deadline = Date().addingTimeInterval(timeout)
            var started: [Int] = []
            let stopped = manifest.nodes.filter { Devnet.runningPid(directory.appendingPathComponent($0.home)) == nil }
            for node in stopped { try Devnet.requireFreePorts(of: node, home: directory.appendingPathComponent(node.home)) }
            for node in stopped {
                _ = try Devnet.launch(directory.appendingPathComponent(node.home))
                started.append(node.index)
            }
            // Every node answers (each has replayed its WAL and opened its chain), then a block above every
            // head shows a quorum is back and consensus goes on.
            var heights: [UInt64] = []
            while true {
                heights = manifest.nodes.compactMap { Devnet.height(Devnet.info($0.rpcURL)) }
                if heights.count == manifest.nodes.count { break }
                guard Date() < deadline else { throw CLIError("not every node answers after \(Int(timeout)) s; see \(directory.path)/node-*/node.log") }
                try await Task.sleep(for: .milliseconds(200))
            }
            let before = heights.max() ?? 0
            while (manifest.nodes.compactMap { Devnet.height(Devnet.info($0.rpcURL)) }.max() ?? 0) <= before {
                guard Date() < deadline else { throw CLIError("no new block above \(before) within \(Int(timeout)) s; see \(directory.path)/node-*/node.log") }
                try await Task.sleep(for: .milliseconds(200))
            }
            var gateway = ""
            if manifest.gatewayURL != nil, Devnet.runningPid(directory.appendingPathComponent("gateway"), "gateway") == nil {
                gateway = ", the gateway at " + (try await Devnet.startGateway(manifest, in: directory, deadline: deadline))
            }
            let nodes = started.isEmpty ? "no node (all were running)" : "node\(started.count == 1 ? "" : "s") " + started.map(String.init).joined(separator: ", ")
            print("devnet started: \(nodes)\(gateway); the chain is past block \(before)")
        }
    }

    /// `cairn devnet down`.
    struct Down: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop every node and the gateway and delete the devnet's directory (unless --keep).")
        @OptionGroup var location: Location
        @Flag(help: "Keep the directory (chain data and logs).") var keep = false

        func run() throws {
            let directory = location.url
            let manifest = try Manifest.load(directory)
            let (stopped, _) = Devnet.stopAll(manifest, in: directory)
            if !keep { try FileManager.default.removeItem(at: directory) }
            print("devnet down: stopped \(stopped) node\(stopped == 1 ? "" : "s")" + (keep ? ", kept \(directory.path)" : ""))
        }
    }

    // MARK: Shared by the commands above

    /// Stops the gateway and every node together (SIGTERM to all, SIGKILL to those still running after
    /// `grace` seconds); returns how many nodes were running and whether the gateway was.
    static func stopAll(_ manifest: Manifest, in directory: URL, grace: Double = 10) -> (nodes: Int, gateway: Bool) {
        let gatewayHome = directory.appendingPathComponent("gateway")
        var running: [(pid: pid_t, pidFile: URL)] = []
        var nodes = 0
        var gateway = false
        if let pid = runningPid(gatewayHome, "gateway") {
            running.append((pid, pidFile(gatewayHome, "gateway")))
            gateway = true
        }
        for node in manifest.nodes {
            let home = directory.appendingPathComponent(node.home)
            if let pid = runningPid(home) {
                running.append((pid, pidFile(home)))
                nodes += 1
            }
        }
        for process in running { kill(process.pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline, running.contains(where: { kill($0.pid, 0) == 0 }) { usleep(50_000) }
        for process in running {
            if kill(process.pid, 0) == 0 { kill(process.pid, SIGKILL) }
            try? FileManager.default.removeItem(at: process.pidFile)
        }
        return (nodes, gateway)
    }

    /// Runs the gateway again with the command `up` recorded, and waits until it serves; returns its URL.
    static func startGateway(_ manifest: Manifest, in directory: URL, deadline: Date) async throws -> String {
        guard let url = manifest.gatewayURL else { throw CLIError("this devnet has no gateway") }
        guard let command = manifest.gatewayCommand else {
            throw CLIError("devnet.json does not record the gateway's command (a devnet made by an older cairn); make a new devnet")
        }
        let home = directory.appendingPathComponent("gateway")
        // Whoever else listens there would answer /healthz in its stead.
        if let port = URL(string: url)?.port, !canListen(on: port) {
            throw CLIError("port \(port) (the gateway's) is taken by another program; free it and run this again")
        }
        let pid = try launch(home, command: command, name: "gateway")
        // It is this process's child: an exit shows as a zombie, which waitpid reaps and reports.
        func exited() -> Bool {
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
        while !isServing(url + "/healthz") || exited() {
            guard !exited(), Date() < deadline else {
                let log = (try? String(contentsOf: home.appendingPathComponent("gateway.log"), encoding: .utf8)) ?? ""
                let tail = log.split(separator: "\n").suffix(3).joined(separator: "\n")
                throw CLIError("the gateway does not serve at \(url); see \(home.path)/gateway.log:\n\(tail)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return url
    }

    /// Refuses to start a node whose ports another program holds (another devnet took them while this one
    /// was stopped, say): the node would fail to bind, and whoever holds its JSON-RPC port would answer for it.
    static func requireFreePorts(of node: Manifest.NodeEntry, home: URL) throws {
        let config = try NodeConfig.load(home: home)
        for (port, what) in [(config.p2p.port, "p2p"), (config.rpc.port, "JSON-RPC")] where !canListen(on: port) {
            throw CLIError("port \(port) (node \(node.index)'s \(what)) is taken by another program; free it and run this again")
        }
    }

    /// Whether a server could listen on 127.0.0.1:`port` now. With SO_REUSEADDR, as the node's and the
    /// gateway's servers set it: a stopped process's connections waiting out TIME_WAIT do not count, a
    /// listener does.
    static func canListen(on port: Int) -> Bool {
        guard let fd = listener(on: port) else { return false }
        close(fd)
        return true
    }

    /// A socket listening on 127.0.0.1:`port` (SO_REUSEADDR, as servers bind), or nil when the port is taken;
    /// the caller closes it.
    static func listener(on port: Int) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(clamping: port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 1) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }
}
