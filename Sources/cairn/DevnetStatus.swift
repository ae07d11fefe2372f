import ArgumentParser
import Foundation

extension Devnet {
    /// `cairn devnet status`.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show every node: height, last block, JSON-RPC URL, peers, validator.")

        @OptionGroup var location: Location
        @Flag(help: "One JSON document.") var json = false

        /// One node's row.
        struct Row: Encodable {
            var index: Int
            var running: Bool
            var height: UInt64?
            var hash: String?
            var rpcURL: String
            var peers: Int?
            var validator: Bool
            /// Cut off from its peers by `cairn devnet partition` (nil when the node does not answer).
            var isolated: Bool?
        }

        func run() throws {
            let directory = location.url
            let manifest = try Manifest.load(directory)
            let rows = manifest.nodes.map { node -> Row in
                let running = Devnet.runningPid(directory.appendingPathComponent(node.home)) != nil
                let info = running ? Devnet.info(node.rpcURL) : nil
                var hash: String?
                if case let .string(value)? = info?["hash"] { hash = value }
                var peers: Int?
                if case let .array(list)? = info?["peers"] { peers = list.count }
                var isolated: Bool?
                if case let .bool(value)? = info?["isolated"] { isolated = value } else if info != nil { isolated = false }
                return Row(
                    index: node.index, running: running, height: Devnet.height(info), hash: hash, rpcURL: node.rpcURL, peers: peers,
                    validator: node.validator, isolated: isolated)
            }
            if json {
                struct Gateway: Encodable { var url: String; var running: Bool }
                struct Document: Encodable { var chainId: UInt64; var nodes: [Row]; var gateway: Gateway? }
                let gateway = manifest.gatewayURL.map {
                    Gateway(url: $0, running: Devnet.runningPid(directory.appendingPathComponent("gateway"), "gateway") != nil)
                }
                try printJSON(Document(chainId: manifest.chainId, nodes: rows, gateway: gateway))
                return
            }
            print("chain \(manifest.chainId), \(directory.path)")
            if let gateway = manifest.gatewayURL {
                let up = Devnet.runningPid(directory.appendingPathComponent("gateway"), "gateway") != nil
                print("gateway \(gateway) \(up ? "running" : "stopped")")
            }
            print("node  state    height  last block          JSON-RPC                  peers  validator")
            for row in rows {
                let state = !row.running ? "stopped" : row.height == nil ? "starting" : row.isolated == true ? "isolated" : "running"
                let height = row.height.map(String.init) ?? "-"
                let hash = row.hash.map { String($0.prefix(18)) } ?? "-"
                print(
                    String(row.index).padding(toLength: 6, withPad: " ", startingAt: 0) + state.padding(toLength: 9, withPad: " ", startingAt: 0)
                        + height.padding(toLength: 8, withPad: " ", startingAt: 0) + hash.padding(toLength: 20, withPad: " ", startingAt: 0)
                        + row.rpcURL.padding(toLength: 26, withPad: " ", startingAt: 0)
                        + (row.peers.map(String.init) ?? "-").padding(toLength: 7, withPad: " ", startingAt: 0) + (row.validator ? "yes" : "no"))
            }
        }
    }
}
