import CairnBlobs
import CairnCrypto
import Foundation
import Testing

/// The checks the fault suite runs after each fault, while the exchange goes on: every message acknowledged
/// so far is delivered once, the four nodes hold one chain, and every blob the gateway acknowledged is served.
final class FaultChecker {
    let devnet: DevnetHarness
    let gateway: URL
    let ledger: FaultLedger
    /// The height up to which the nodes were last found to agree.
    private(set) var agreedUpTo: UInt64 = 1

    init(devnet: DevnetHarness, gateway: URL, ledger: FaultLedger) {
        self.devnet = devnet
        self.gateway = gateway
        self.ledger = ledger
    }

    func check(_ phase: String) async throws {
        try await messagesDelivered(phase)
        try await chainsAgree(phase)
        try await blobsServed(phase)
    }

    /// Waits until the exchange has had `count` more messages acknowledged, so that a fault lands mid-exchange.
    func waitForTraffic(_ count: Int, _ phase: String) async throws {
        let start = acknowledgedCount
        try #require(
            await devnet.wait("\(phase): \(count) more acknowledged messages; \(ledger.diagnosis)", timeout: 120) {
                self.acknowledgedCount >= start + count
            })
    }

    var acknowledgedCount: Int { ledger.snapshot.directions.values.map(\.acknowledged.count).reduce(0, +) }

    /// Every message acknowledged before the check began is in its recipient's store (bounded wait); no
    /// message is there twice (under two ids) or reported twice by a sync, and none that was never sent.
    func messagesDelivered(_ phase: String) async throws {
        let target = ledger.snapshot.directions.mapValues { Set($0.acknowledged.keys) }
        let delivered = await devnet.wait("\(phase): every acknowledged message delivered; \(ledger.diagnosis)", timeout: 120) {
            let now = self.ledger.snapshot.directions
            return target.allSatisfy { direction, ids in ids.allSatisfy { now[direction]?.stored[$0] != nil } }
        }
        try #require(delivered, "\(phase): undelivered: \(target.keys.sorted().map { "\($0): \(ledger.undelivered($0).prefix(5))" })")
        expectNoDuplicates(phase)
    }

    func expectNoDuplicates(_ phase: String) {
        for (direction, way) in ledger.snapshot.directions {
            let twice = way.storedTexts.filter { $0.value > 1 }
            #expect(twice.isEmpty, "\(phase): \(direction): stored more than once (under different ids): \(twice.keys.sorted().prefix(5))")
            let reportedTwice = way.reported.filter { $0.value > 1 }
            #expect(reportedTwice.isEmpty, "\(phase): \(direction): \(reportedTwice.count) messages reported received more than once")
            let sent = Set(way.attempted.map(\.id))
            let unknown = way.stored.filter { !sent.contains($0.key) }
            #expect(unknown.isEmpty, "\(phase): \(direction): stored but never sent: \(unknown.values.sorted().prefix(5))")
        }
    }

    /// Every node reaches the highest head any of them has now, and all hold the same block at every height
    /// from the last agreed one up to it (a block's hash covers its parent's, so this pins the whole chain).
    func chainsAgree(_ phase: String) async throws {
        var heads: [UInt64] = []
        for node in devnet.nodes { if let height = await devnet.height(node.index) { heads.append(height) } }
        let target = try #require(heads.max(), "\(phase): no node answers")
        try #require(await devnet.waitForHeight(target, timeout: 120), "\(phase): not every node reached height \(target)")
        try await devnet.expectSameChain(from: agreedUpTo, upTo: target, nodes: devnet.nodes.map(\.index))
        agreedUpTo = target
    }

    /// Every CID the gateway acknowledged is served: its raw block hashes to the CID, and a chunked blob the
    /// test put comes back whole.
    func blobsServed(_ phase: String) async throws {
        let blobs = Array(ledger.snapshot.blobs)
        try #require(!blobs.isEmpty, "\(phase): the gateway acknowledged no blob")
        let gateway = self.gateway
        // Four readers at a time: enough to be quick, few enough to leave the exchange its share of two cores.
        let slices = (0..<4).map { slice in stride(from: slice, to: blobs.count, by: 4).map { blobs[$0] } }
        let bad = try await withThrowingTaskGroup(of: [String].self) { group in
            for slice in slices {
                group.addTask { try await Self.unservable(slice, gateway: gateway) }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(bad.isEmpty, "\(phase): \(bad.count) of \(blobs.count) acknowledged blobs are not served intact: \(bad.prefix(3))")
    }

    /// The blobs of `list` that are missing or altered, each with what was wrong.
    static func unservable(_ list: [(key: CID, value: [UInt8]?)], gateway: URL) async throws -> [String] {
        var bad: [String] = []
        for (cid, digest) in list {
            let raw = try await get(gateway, "ipfs/\(cid)?format=raw")
            guard raw.status == 200, cid.matches(raw.body) else {
                bad.append("\(cid): HTTP \(raw.status), \(raw.body.count) bytes")
                continue
            }
            guard let digest else { continue }
            // A raw block is its content; a manifest's content is its chunks joined.
            let content = cid.codec == .raw ? raw : try await get(gateway, "ipfs/\(cid)")
            if content.status != 200 || SHA256.hash(content.body) != digest {
                bad.append("\(cid): the content (\(content.body.count) bytes, HTTP \(content.status)) is not what was put")
            }
        }
        return bad
    }

    static func get(_ gateway: URL, _ path: String) async throws -> LiveNodeTests.GatewayAnchorTests.Reply {
        let url = try #require(URL(string: gateway.absoluteString + "/" + path))
        return try await LiveNodeTests.GatewayAnchorTests.http("GET", url, contentType: nil)
    }
}
