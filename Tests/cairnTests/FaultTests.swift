import CairnChain
import CairnClient
import CairnCrypto
import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension LiveDevnetTests {
    /// Issue 9's fault suite, on real processes: a 4-validator devnet and its gateway, two people exchanging
    /// messages both ways the whole time (and blobs put beside them), and four faults in turn. After each:
    /// every message acknowledged so far is delivered exactly once, the four nodes reach a common height with
    /// the same block at every height, and every blob the gateway acknowledged is served intact.
    ///
    /// Validator 0 is the one killed and partitioned: it is the node the gateway anchors through and the
    /// people read from, so its faults also hit the gateway's queue, lost mempool transactions, proofs from a
    /// stale node and the clients' retries, besides consensus and block sync.
    @Suite("fault suite: kill -9, restart, stop, partition under a live exchange", .timeLimit(.minutes(10)))
    struct FaultTests {
        @Test("kill -9 validator 0, kill -9 the gateway, stop and start the devnet, partition validator 0: each time, every message once, one chain, every blob")
        func faultsUnderLiveExchange() async throws {
            let devnet = try await DevnetHarness.up(validators: 4, blockTime: 0.3)
            let gateway = try devnet.gatewayURL()
            let ledger = FaultLedger()
            let (alice, bob) = try await Self.twoPeople(devnet, gateway: gateway, ledger: ledger)
            let control = FaultSwitch()
            let traffic = [
                Task { await alice.exchange(ledger: ledger, control: control) },
                Task { await bob.exchange(ledger: ledger, control: control) },
                Task { await putBlobs(to: gateway, ledger: ledger, control: control) },
            ]
            let checker = FaultChecker(devnet: devnet, gateway: gateway, ledger: ledger)
            do {
                try await Self.faults(devnet, checker)
            } catch {
                control.abandon()
                for task in traffic { await task.value }
                throw error
            }
            // The exchange ends with every message it began acknowledged (bounded: then it is abandoned).
            control.stop()
            let ended = await devnet.wait("the exchange to finish its last messages; \(ledger.diagnosis)", timeout: 90) {
                ledger.snapshot.directions.values.allSatisfy { $0.attempted.count == $0.acknowledged.count }
            }
            if !ended { control.abandon() }
            for task in traffic { await task.value }
            try #require(ended)

            // Nothing in flight: each side syncs until it holds all the other sent, then the stores are compared.
            for person in [alice, bob] {
                try #require(
                    await devnet.wait("\(person.name) to read everything; \(ledger.diagnosis)", timeout: 90) {
                        await person.sync(ledger)
                        return ledger.undelivered(person.incoming).isEmpty
                    })
            }
            try await checker.check("at the end")
            let state = ledger.snapshot
            for (reader, writer) in [(bob, alice), (alice, bob)] {
                let way = try #require(state.directions[writer.outgoing])
                let stored = try reader.messenger.messages().filter { $0.direction == .received && $0.sender == writer.messenger.address }
                // Each message once, in the order sent, with the id its sender gave it, verified and anchored.
                #expect(stored.map(\.text) == way.attempted.map(\.text), "\(writer.outgoing): \(stored.count) stored, \(way.attempted.count) sent")
                #expect(stored.map(\.messageID) == way.attempted.map(\.id))
                #expect(stored.allSatisfy { $0.verified && $0.anchorHeight > 0 })
                #expect(way.attempted.count >= 20, "\(writer.outgoing): only \(way.attempted.count) messages in the whole run")
            }
            // The faults were felt: some sends failed and were retried.
            #expect(state.failures.values.reduce(0, +) > 0)
            let counts = state.directions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.attempted.count)" }
            print("fault suite: messages \(counts.joined(separator: ", ")); blobs \(state.blobs.count); chain agreed up to \(checker.agreedUpTo); "
                + "failures \(state.failures.sorted { $0.key < $1.key })")
        }

        /// The four faults, each followed by the checks.
        static func faults(_ devnet: DevnetHarness, _ checker: FaultChecker) async throws {
            let others = [1, 2, 3]

            // (a) kill -9 validator 0; the other three finalize without it; restarted, it catches up.
            try await checker.waitForTraffic(6, "before the validator's crash")
            await devnet.killHard(try #require(devnet.pid(0)), "validator 0")
            let atCrash = try #require(await devnet.height(1))
            try #require(await devnet.waitForHeight(atCrash + 3, nodes: others))
            try expectSuccess(try await devnet.devnet(["start-node", "0"]))
            try await checker.check("after kill -9 of validator 0")

            // (b) kill -9 the gateway mid-exchange; sends fail until it is back on the same URL.
            try await checker.waitForTraffic(6, "before the gateway's crash")
            await devnet.killHard(try #require(devnet.gatewayPid()), "the gateway")
            try await Task.sleep(for: .seconds(1))
            try expectSuccess(try await devnet.devnet(["start-gateway"]))
            try await checker.check("after kill -9 of the gateway")

            // (c) the whole devnet stopped and started again from its directories.
            try await checker.waitForTraffic(6, "before the devnet's stop")
            try expectSuccess(try await devnet.devnet(["stop"]))
            for node in devnet.nodes { #expect(await devnet.height(node.index) == nil, "node \(node.index) still answers after stop") }
            try expectSuccess(try await devnet.devnet(["start"]))
            try await checker.check("after the devnet's stop and start")

            // (d) validator 0 cut off from its peers: it keeps running and answering, frozen, while the other
            // three finalize; healed, it catches up to the same blocks.
            try await checker.waitForTraffic(6, "before the partition")
            try expectSuccess(try await devnet.devnet(["partition", "0"]))
            let info = try await devnet.call(0, "cairn_nodeInfo")
            #expect(info["isolated"] == .bool(true))
            #expect(info["peers"]?.array?.isEmpty == true)
            let frozen = try #require(await devnet.height(0), "the partitioned node does not answer")
            let othersAt = try #require(await devnet.height(1))
            try #require(await devnet.waitForHeight(max(othersAt, frozen) + 5, nodes: others))
            // A decision whose precommits were already queued may still land; nothing after it can.
            let stillAt = try #require(await devnet.height(0), "the partitioned node stopped answering")
            #expect(stillAt <= frozen + 1, "the partitioned node went from \(frozen) to \(stillAt) alone")
            try expectSuccess(try await devnet.devnet(["heal", "0"]))
            try await checker.check("after the partition of validator 0 healed")
        }

        static func expectSuccess(_ result: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) throws {
            try #require(result.status == 0, "cairn devnet failed: \(result.stderr)\(result.stdout)", sourceLocation: sourceLocation)
        }

        /// Alice and bob (dev accounts 1 and 2), each registered with a published bundle on a cheap-KDF store,
        /// and their session started both ways (alice's first message, bob's reply, both in the ledger) before
        /// any fault.
        static func twoPeople(_ devnet: DevnetHarness, gateway: URL, ledger: FaultLedger) async throws -> (FaultParticipant, FaultParticipant) {
            let genesisFile = devnet.directory.appendingPathComponent("genesis.json")
            let genesis = try Genesis.load(from: genesisFile)
            let chain = try ChainContext(genesisFile: genesisFile)
            let endpoints = MessengerEndpoints(gateway: gateway, node: devnet.nodes[0].rpc)
            func person(_ name: String, account: Int) async throws -> (Messenger, Secp256k1.PrivateKey) {
                let key = try DevnetKeys.accountKey(account, genesis: genesis)
                let identityKey = Ed25519.PrivateKey()
                // Conversation tags change every 10 s, so messages delayed by a fault cross epochs.
                let messenger = try await Messenger.create(
                    at: devnet.runner.home.appendingPathComponent("messaging/\(name).store").path, passphrase: "fault suite \(name)",
                    kdf: try Argon2id.Parameters(opsLimit: 1, memLimit: 8 << 20), chain: chain, address: Address(publicKey: key.publicKey),
                    deviceName: "primary", deviceKey: identityKey, identityKey: identityKey, endpoints: endpoints, sessionEpochLength: 10)
                try await messenger.register(handle: name, account: key)
                try await messenger.publishBundle(oneTime: 2, rotate: false, identityKey: identityKey, account: key)
                return (messenger, key)
            }
            let (aliceMessenger, aliceKey) = try await person("alice", account: 1)
            let (bobMessenger, bobKey) = try await person("bob", account: 2)
            let alice = FaultParticipant(name: "alice", peerName: "bob", messenger: aliceMessenger, key: aliceKey, peer: bobMessenger.address)
            let bob = FaultParticipant(name: "bob", peerName: "alice", messenger: bobMessenger, key: bobKey, peer: aliceMessenger.address)
            for (writer, reader) in [(alice, bob), (bob, alice)] {
                let text = "hello from \(writer.name)"
                let hello = try await writer.messenger.send(Array(text.utf8), to: reader.messenger.address, account: writer.key, wait: false)
                ledger.attempt(writer.outgoing, id: hello.messageID, text: text)
                ledger.acknowledged(writer.outgoing, id: hello.messageID, copies: hello.copies)
                try #require(
                    await devnet.wait("\(reader.name) to read \(writer.name)'s first message", timeout: 60) {
                        (try? await reader.messenger.sync().received.contains { $0.messageID == hello.messageID }) == true
                    })
            }
            return (alice, bob)
        }
    }
}
