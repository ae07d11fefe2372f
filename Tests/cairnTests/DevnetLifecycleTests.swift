import CairnBlobs
import CairnCrypto
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveDevnetTests {
    /// The devnet commands the fault suite drives, each with its refusals: the gateway stopped and started
    /// again, a validator partitioned and healed, the whole devnet stopped and started from its directories.
    // 10 minutes: the lane's first test runs while every parallel suite does, its processes starved (329 s seen).
    @Suite("cairn devnet: stop-gateway, start-gateway, partition, heal, stop, start", .timeLimit(.minutes(10)))
    struct DevnetLifecycleTests {
        @Test("the gateway restarts on its URL with its blobs; a partitioned validator runs alone and catches up once healed; the devnet stops and starts again")
        func stopStartPartitionHeal() async throws {
            let devnet = try await DevnetHarness.up()
            let gateway = try devnet.gatewayURL()
            let content = SecureRandom.bytes(3_000)
            let put = try await LiveNodeTests.GatewayAnchorTests.http(
                "POST", gateway.appendingPathComponent("v1/blobs"), body: content, contentType: "application/octet-stream")
            #expect(put.status == 201)
            let cid = try CID(try #require(put.json?["cid"]?.string))
            func served() async -> Bool {
                let reply = try? await FaultChecker.get(gateway, "ipfs/\(cid)?format=raw")
                return reply?.status == 200 && reply?.body == content
            }

            // Without --dir, `cairn devnet` reads $CAIRN_DEVNET, as the other commands do.
            let byVariable = try await devnet.runner.run(
                ["devnet", "status", "--json"], extraEnvironment: ["CAIRN_DEVNET": devnet.directory.path])
            #expect(byVariable.status == 0, "\(byVariable.stderr)")
            let named = try #require(try JSONSerialization.jsonObject(with: Data(byVariable.stdout.utf8)) as? [String: Any])
            #expect((named["nodes"] as? [[String: Any]])?.count == 4, "\(byVariable.stdout)")

            // The gateway: stopped, it is gone; started, it serves what it had on the same URL.
            try FaultTests.expectSuccess(try await devnet.devnet(["stop-gateway"]))
            #expect(try await status(devnet)["gateway"].flatMap { $0 as? [String: Any] }?["running"] as? Bool == false)
            #expect(await served() == false)
            let again = try await devnet.devnet(["stop-gateway"])
            #expect(again.status != 0 && again.stderr.contains("not running"), "\(again.stderr)")
            // Someone else listening on its port would answer in its stead: refused, until the port is free.
            let squatter = try Self.listen(on: try #require(gateway.port))
            let taken = try await devnet.devnet(["start-gateway"])
            close(squatter)
            #expect(taken.status != 0 && taken.stderr.contains("taken by another program"), "\(taken.stderr)")
            let started = try await devnet.devnet(["start-gateway"])
            #expect(started.status == 0 && started.stdout.contains(gateway.absoluteString), "\(started.stderr)")
            #expect(await served())
            #expect(try await devnet.devnet(["start-gateway"]).stderr.contains("already running"))

            // Node 1 partitioned: running, answering, isolated, frozen; the other three go on.
            let partitioned = try await devnet.devnet(["partition", "1"])
            #expect(partitioned.status == 0 && partitioned.stdout.contains("cut off"), "\(partitioned.stderr)")
            let row = try #require(try await nodes(devnet).first { $0["index"] as? Int == 1 })
            #expect(row["running"] as? Bool == true && row["isolated"] as? Bool == true && row["peers"] as? Int == 0, "\(row)")
            #expect(try await devnet.devnet(["status"]).stdout.contains("isolated"))
            let frozen = try #require(await devnet.height(1))
            try #require(await devnet.waitForHeight(frozen + 4, nodes: [0, 2, 3]))
            #expect(try #require(await devnet.height(1)) <= frozen + 1)
            #expect(try await devnet.devnet(["partition", "9"]).stderr.contains("no node 9"))
            #expect(try await devnet.devnet(["heal", "1"]).status == 0)
            let head = try #require(await devnet.height(0))
            try #require(await devnet.waitForHeight(head, timeout: 90))
            try await devnet.expectSameChain(upTo: head, nodes: [0, 1, 2, 3])
            #expect(try await nodes(devnet).allSatisfy { $0["isolated"] as? Bool == false })

            // The whole devnet stopped: nothing answers; a stopped node cannot be partitioned.
            let stopped = try await devnet.devnet(["stop"])
            #expect(stopped.status == 0 && stopped.stdout.contains("4 nodes and the gateway"), "\(stopped.stderr)")
            #expect(try await nodes(devnet).allSatisfy { $0["running"] as? Bool == false })
            #expect(try await devnet.devnet(["partition", "2"]).stderr.contains("not answering"))
            // A node configured without devnetAdmin (as any node outside a devnet) serves no cairn_partition.
            let configURL = devnet.nodes[3].home.appendingPathComponent("config.json")
            var config = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: configURL)) as? [String: Any])
            #expect(config.removeValue(forKey: "devnetAdmin") as? Bool == true)
            try JSONSerialization.data(withJSONObject: config).write(to: configURL)

            // Started again: every node resumes from its directory, the chain goes on, the gateway serves.
            let resumed = try await devnet.devnet(["start"])
            #expect(resumed.status == 0 && resumed.stdout.contains("nodes 0, 1, 2, 3"), "\(resumed.stderr)")
            let after = try #require(await devnet.height(0))
            #expect(after > head)
            try #require(await devnet.waitForHeight(after))
            try await devnet.expectSameChain(upTo: after, nodes: [0, 1, 2, 3])
            #expect(await served())
            #expect(try await devnet.devnet(["partition", "3"]).stderr.contains("devnetAdmin"))
            #expect(try await devnet.devnet(["start"]).stdout.contains("all were running"))
            let help = try await devnet.runner.run(["devnet", "partition", "--help"])
            #expect(help.stdout.contains("cairn_partition") && help.stdout.contains("heal"))
        }

        /// A socket listening on 127.0.0.1:`port`; the caller closes it.
        static func listen(on port: Int) throws -> Int32 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var on: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard fd >= 0, bound == 0, Glibc.listen(fd, 1) == 0 else {
                close(fd)
                throw FaultCheckError("cannot listen on 127.0.0.1:\(port)")
            }
            return fd
        }

        func status(_ devnet: DevnetHarness) async throws -> [String: Any] {
            try await devnet.devnet(["status", "--json"]).json()
        }

        func nodes(_ devnet: DevnetHarness) async throws -> [[String: Any]] {
            try #require(try await status(devnet)["nodes"] as? [[String: Any]])
        }
    }
}
