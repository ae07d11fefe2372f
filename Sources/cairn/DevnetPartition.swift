import ArgumentParser
import CairnRPC
import Foundation

extension Devnet {
    /// `cairn devnet partition I`.
    struct Partition: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cut node I off from its peers while its process keeps running; `heal I` reconnects it.",
            discussion: """
                The node's p2p network closes every peer connection, refuses new ones right after accepting them, \
                and dials nobody (the devnet-only JSON-RPC method cairn_partition, served by nodes whose \
                config.json has "devnetAdmin": true, as `up` writes it). Its consensus, chain and JSON-RPC keep \
                running: it answers with the chain as it stood and cannot finalize alone, while the others go on \
                if they hold more than 2/3 of the stake. `heal I` redials its peers and block sync brings it to \
                their head. A node restarted meanwhile comes back connected.
                """)
        @OptionGroup var location: Location
        @Argument(help: "The node's index.") var index: Int
        @Option(help: "Seconds to wait for its connections to close.") var timeout = 30.0

        func run() async throws {
            let node = try Manifest.load(location.url).node(index)
            try await Devnet.setPartitioned(node, true)
            try await Devnet.waitForPeers(node, timeout: timeout, "to close its connections") { $0 == 0 }
            print("node \(index) is cut off from its peers; its process and JSON-RPC (\(node.rpcURL)) keep running")
            print("Reconnect it with `cairn devnet heal \(index) --dir \(location.dir)`.")
        }
    }

    /// `cairn devnet heal I`.
    struct Heal: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reconnect node I after `partition I`; it syncs the blocks it missed from its peers.")
        @OptionGroup var location: Location
        @Argument(help: "The node's index.") var index: Int
        @Option(help: "Seconds to wait for a peer to connect.") var timeout = 30.0

        func run() async throws {
            let manifest = try Manifest.load(location.url)
            let node = try manifest.node(index)
            try await Devnet.setPartitioned(node, false)
            // A devnet of one has no peer to wait for.
            if manifest.nodes.count > 1 {
                try await Devnet.waitForPeers(node, timeout: timeout, "to reconnect (it is healed: are its peers running?)") { $0 > 0 }
            }
            print("node \(index) is reconnected to its peers; it catches up by block sync")
        }
    }

    /// Calls `cairn_partition` on the node, with one-line errors for what a user can do something about.
    static func setPartitioned(_ node: Manifest.NodeEntry, _ isolated: Bool) async throws {
        guard let url = URL(string: node.rpcURL) else { throw CLIError("devnet.json holds a bad JSON-RPC URL for node \(node.index)") }
        do {
            _ = try await RPCClient(url: url, timeout: .seconds(10)).call("cairn_partition", [.bool(isolated)])
        } catch let error as RPCError where error.code == RPCError.methodNotFoundCode {
            throw CLIError(
                "node \(node.index) does not serve cairn_partition: its config.json lacks \"devnetAdmin\": true "
                    + "(a devnet made by an older cairn); add it and restart the node")
        } catch let error as RPCTransportError {
            throw CLIError("node \(node.index) is not answering (\(error)); is it running? see `cairn devnet status`")
        }
    }

    /// Polls the node's peer count until `done` holds, or fails after `timeout` seconds.
    static func waitForPeers(_ node: Manifest.NodeEntry, timeout: Double, _ what: String, _ done: (Int) -> Bool) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if case let .array(peers)? = info(node.rpcURL)?["peers"], done(peers.count) { return }
            guard Date() < deadline else { throw CLIError("node \(node.index) did not manage \(what) within \(Int(timeout)) s") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
