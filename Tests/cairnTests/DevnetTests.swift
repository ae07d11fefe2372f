import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnNet
import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveDevnetTests {
    /// Real validator processes on 127.0.0.1, started by `cairn devnet up`.
    // 10 minutes: the lane's first test runs while every parallel suite does, its processes starved (329 s seen).
    @Suite("cairn devnet: validator processes", .timeLimit(.minutes(10)))
    struct DevnetTests {
        @Test("4 validators finalize; kill -9 one and the rest go on; restarted, it catches up to the same hashes")
        func crashAndCatchUp() async throws {
            let devnet = try await DevnetHarness.up()
            try #require(await devnet.waitForHeight(3))
            let victim = try #require(devnet.pid(2))
            kill(victim, SIGKILL)
            let atCrash = try #require(await devnet.height(0))
            // Three of four validators hold more than 2/3 of the (equal) stake: blocks go on.
            try #require(await devnet.waitForHeight(atCrash + 4, nodes: [0, 1, 3]))

            let started = try await devnet.devnet(["start-node", "2"])
            #expect(started.status == 0, "\(started.stderr)")
            let target = try #require(await devnet.height(0)) + 2
            try #require(await devnet.waitForHeight(target, timeout: 90))
            try await devnet.expectSameChain(upTo: target, nodes: [0, 1, 2, 3])

            let status = try await devnet.devnet(["status", "--json"])
            #expect(status.status == 0)
            let nodes = try #require(try status.json()["nodes"] as? [[String: Any]])
            #expect(nodes.count == 4)
            for node in nodes {
                #expect(node["running"] as? Bool == true)
                #expect(node["validator"] as? Bool == true)
                #expect((node["height"] as? Int ?? 0) >= Int(target))
                #expect((node["peers"] as? Int ?? 0) >= 1)
            }
            #expect(try await devnet.devnet(["status"]).stdout.contains("running"))
            // The devnet's gateway: `cairn blob` and `cairn explorer` find the devnet without a URL.
            let environment = ["CAIRN_DEVNET": devnet.directory.path]
            #expect(try await devnet.devnet(["status"]).stdout.contains("gateway http://127.0.0.1:"))
            let file = devnet.runner.home.appendingPathComponent("hello.txt")
            try Data("hello devnet".utf8).write(to: file)
            let put = try await devnet.runner.run(["blob", "put", file.path], extraEnvironment: environment)
            #expect(put.status == 0 && put.stdout.hasPrefix("bafkrei"), "\(put.stderr)")
            let got = try await devnet.runner.run(["blob", "get", put.stdout.trimmingCharacters(in: .whitespacesAndNewlines)], extraEnvironment: environment)
            #expect(got.stdout == "hello devnet", "\(got.stderr)")
            // The gateway anchors: a signed request for that blob is in a committed block soon after.
            let gatewayText = try #require((try status.json()["gateway"] as? [String: Any])?["url"] as? String)
            let gateway = try #require(URL(string: gatewayText))
            let cid = try CID(put.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            let request = try AnchorRequest(
                tag: Array(SHA256.hash(Array("devnet tag".utf8))), cid: cid.bytes, expires: UInt64(Date().timeIntervalSince1970) + 600,
                chainID: DevAccounts.genesis.chainId, key: DevAccounts.keys[1])
            let accepted = try await LiveNodeTests.GatewayAnchorTests.http(
                "POST", gateway.appendingPathComponent("v1/anchors"), body: request.json(cidText: cid.string).encoded())
            #expect(accepted.status == 202, "\(String(decoding: accepted.body, as: UTF8.self))")
            let id = try #require(accepted.json?["id"]?.string)
            let anchored = try await LiveNodeTests.GatewayAnchorTests.waitAnchored(gateway, [id], timeout: 60)
            #expect(anchored[id]?["height"]?.integer ?? 0 > 0)
            let explored = try await devnet.runner.run(["explorer", "blocks", "--last", "1", "--json"], extraEnvironment: environment)
            #expect(explored.status == 0, "\(explored.stderr)")
            // A second devnet on the same directory is refused, and the first keeps running.
            let again = try await devnet.devnet(["up"])
            #expect(again.status != 0)
            #expect(again.stderr.contains("already holds a devnet"))
        }

        @Test("with two of four validators stopped no block is committed; with one back the chain goes on")
        func noQuorumNoBlocks() async throws {
            let devnet = try await DevnetHarness.up()
            try #require(await devnet.waitForHeight(2))
            #expect(try await devnet.devnet(["stop-node", "2"]).status == 0)
            #expect(try await devnet.devnet(["stop-node", "3"]).status == 0)
            // A height already decided by precommits in flight may still land; then nothing can.
            try await Task.sleep(for: .seconds(2))
            let stalled = try #require(await devnet.height(0))
            try await Task.sleep(for: .seconds(5))
            #expect(await devnet.height(0) == stalled)
            #expect(await devnet.height(1) == stalled)

            #expect(try await devnet.devnet(["start-node", "2"]).status == 0)
            try #require(await devnet.waitForHeight(stalled + 2, nodes: [0, 1, 2], timeout: 90))
            try await devnet.expectSameChain(upTo: stalled + 2, nodes: [0, 1, 2])
        }

        @Test("a double-signing validator is slashed and leaves the set; honest nodes never disagree on a block")
        func doubleSignerIsSlashed() async throws {
            let devnet = try await DevnetHarness.up(extra: ["--test-double-sign", "3"])
            let offender = "0x" + Hex.encode(DevnetKeys.validatorKey(3).publicKey.rawRepresentation)
            func inSet(_ height: UInt64?) async -> Bool? {
                let params: JSONValue = height.map { [.string("0x" + String($0, radix: 16))] } ?? []
                guard case let .array(members)? = try? await devnet.call(0, "cairn_getValidators", params)["validators"] else { return nil }
                return members.contains { member in
                    if case let .string(key)? = member["consensusKey"] { return key.lowercased() == offender } else { return false }
                }
            }
            #expect(await inSet(1) == true)
            try #require(
                await devnet.wait("validator 3 to leave the set", timeout: 90) {
                    guard let height = await devnet.height(0) else { return false }
                    return await inSet(height + 1) == false
                })
            let log = try String(contentsOf: devnet.nodes[0].home.appendingPathComponent("node.log"), encoding: .utf8)
            #expect(log.contains("evidence"))
            // The chain goes on with the three honest validators, and they agree on every block.
            let height = try #require(await devnet.height(0)) + 2
            try #require(await devnet.waitForHeight(height, nodes: [0, 1, 2]))
            try await devnet.expectSameChain(upTo: height, nodes: [0, 1, 2])
        }

        @Test("a peer sending garbage, truncated frames and forged votes is dropped; the node and consensus go on")
        func hostilePeer() async throws {
            let devnet = try await DevnetHarness.up()
            try #require(await devnet.waitForHeight(2))
            let config = try JSONSerialization.jsonObject(
                with: Data(contentsOf: devnet.nodes[0].home.appendingPathComponent("config.json"))) as! [String: Any]
            let port = try #require((config["p2p"] as? [String: Any])?["port"] as? Int)

            // Raw bytes: random garbage, a length prefix then nothing, a huge length.
            for bytes in [(0..<512).map { _ in UInt8.random(in: 0...255) }, [0x00, 0x30, 1, 2, 3], [0xFF, 0xFF] + [UInt8](repeating: 7, count: 100)] {
                try RawSocket.send(bytes, port: port)
            }

            // A real handshake, then a vote with a forged signature and a message that does not decode.
            var netConfig = PeerNetwork.Configuration(nodeKey: Ed25519.PrivateKey(), chainId: 31337)
            netConfig.gossipKinds = [1, 2, 3]
            netConfig.seeds = [SeedPeer(host: "127.0.0.1", port: port)]
            let intruder = try PeerNetwork(configuration: netConfig)
            _ = try await intruder.start()
            defer { Task { await intruder.stop() } }
            try #require(await devnet.wait("the intruder to connect") { !intruder.peers.isEmpty })
            let target = try #require(intruder.peers.first).id
            // The node checks votes for the height it is deciding: cover the next few, whichever that is.
            let head = try #require(await devnet.height(0))
            let key = Ed25519.PrivateKey()
            for height in head...(head + 4) {
                var forged = SignedVote(
                    vote: Vote(kind: .prevote, height: height, round: 0, blockHash: [UInt8](repeating: 9, count: 32)), chainID: 31337, key: key)
                forged.consensusKey = DevnetKeys.validatorKey(1).publicKey.rawRepresentation
                try? intruder.send(to: target, kind: 2, payload: forged.canonicalBytes)  // kind 2: a vote (CairnNode's WireMessage)
            }
            await devnet.wait("the node to drop the forger") { intruder.peers.isEmpty }

            let after = try #require(await devnet.height(0))
            try #require(await devnet.waitForHeight(after + 3))
            try await devnet.expectSameChain(upTo: after + 3, nodes: [0, 1, 2, 3])
            let log = try String(contentsOf: devnet.nodes[0].home.appendingPathComponent("node.log"), encoding: .utf8)
            #expect(log.contains("dropping peer"))
            #expect(kill(try #require(devnet.pid(0)), 0) == 0)
        }
    }
}

/// Plain TCP to 127.0.0.1, for what no HTTP client will send.
enum RawSocket {
    /// A socket connected to 127.0.0.1:`port`; the caller closes it.
    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw DevNodeProcess.StartError(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw DevNodeProcess.StartError(description: "connect to 127.0.0.1:\(port) failed")
        }
        return fd
    }

    /// Writes `bytes` and closes.
    static func send(_ bytes: [UInt8], port: Int) throws {
        let fd = try connect(port: port)
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
