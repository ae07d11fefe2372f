import CairnClient
import CairnCrypto
import CairnGateway
import Foundation
import Testing

@Suite("the anchor queue: replays, binding to nonces, requeueing, reopening")
struct AnchorStoreTests {
    static let key = try! Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 3, count: 32))

    static func request(_ n: Int, expires: UInt64 = 10_000) throws -> AnchorRequest {
        try AnchorRequest(tag: [UInt8](repeating: UInt8(n % 7), count: 32), cid: [0x01, 0x55, 0x12, 0x20] + [UInt8](repeating: 0xAA, count: 30) + [UInt8(truncatingIfNeeded: n >> 8), UInt8(truncatingIfNeeded: n)],
                          expires: expires, chainID: 5, key: key)
    }

    static func version(_ n: UInt8) -> AnchorStore.Version {
        AnchorStore.Version(hash: [UInt8](repeating: n, count: 32), raw: [2, n], maxFeePerGas: UInt128(n) << 70 | 5)
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("anchors-\(UUID().uuidString).sqlite").path
    }

    @Test("a request is accepted once; the same digest again is a replay, even after it was anchored")
    func replays() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try AnchorStore(path: path)
        try await store.accept(try Self.request(1), receivedMilliseconds: 1)
        await #expect(throws: AnchorStoreError.replayed) { try await store.accept(try Self.request(1), receivedMilliseconds: 2) }
        let waiting = try store.waiting(limit: 10)
        try store.submit(requests: waiting.map(\.id), nonce: 0, mode: .single, version: Self.version(1), now: 3)
        try store.anchored(1, height: 9, seq: 0, transaction: Self.version(1).hash, now: 4)
        await #expect(throws: AnchorStoreError.replayed) { try await store.accept(try Self.request(1), receivedMilliseconds: 5) }
        #expect(try store.status(digest: try Self.request(1).digest) == .anchored(mode: .single, height: 9, seq: 0, transaction: Self.version(1).hash))
        // Once it has expired, the anchored request is forgotten (a replay would be refused as expired).
        try store.purge(now: 20_000)
        #expect(try store.status(digest: try Self.request(1).digest) == nil)
    }

    @Test("requests bound to a submission stay bound until it is anchored or failed; a failed one requeues them in order")
    func lifecycle() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var store = try AnchorStore(path: path)
        for n in 0..<5 { try await store.accept(try Self.request(n), receivedMilliseconds: Int64(n)) }
        #expect(try store.waitingSummary().count == 5)
        #expect(try store.waitingSummary().oldestMilliseconds == 0)
        let first = try store.waiting(limit: 3)
        #expect(first.map(\.receivedMilliseconds) == [0, 1, 2])
        let batch = try store.submit(requests: first.map(\.id), nonce: 7, mode: .batch, version: Self.version(1), manifest: [9, 9], now: 10)
        #expect(try store.waiting(limit: 10).map(\.receivedMilliseconds) == [3, 4])
        #expect(try store.status(digest: try Self.request(0).digest) == .submitted(nonce: 7, transaction: Self.version(1).hash))
        // A repriced version is kept beside the first, and both survive a reopen.
        try store.addVersion(Self.version(2), to: batch)
        store.close()
        store = try AnchorStore(path: path)
        let pending = try store.pending()
        #expect(pending.count == 1)
        #expect(pending[0].nonce == 7 && pending[0].mode == .batch)
        #expect(pending[0].versions == [Self.version(1), Self.version(2)])
        #expect(try store.highestNonce() == 7)

        // Reverted: its requests wait again, ahead of those that came later; the nonce stays spent.
        #expect(try store.failed(batch, reason: "rate limited") == 3)
        #expect(try store.pending().isEmpty)
        #expect(try store.waiting(limit: 10).map(\.receivedMilliseconds) == [0, 1, 2, 3, 4])
        #expect(try store.highestNonce() == 7)

        let again = try store.submit(requests: try store.waiting(limit: 5).map(\.id), nonce: 8, mode: .batch, version: Self.version(3), manifest: [8], now: 11)
        let anchored = try store.anchored(again, height: 12, seq: 1, transaction: Self.version(3).hash, now: 12)
        #expect(anchored.requests.count == 5)
        #expect(anchored.manifest == [8])
        // Settling again changes nothing: an anchored submission's requests never go back to the queue.
        #expect(try store.failed(again, reason: "late") == 0)
        #expect(try store.anchored(again, height: 13, seq: 2, transaction: [], now: 13).requests.isEmpty)
        #expect(try store.waiting(limit: 10).isEmpty)
        #expect(try store.counts() == (anchored: 5, total: 5))
    }

    @Test("concurrent requests share commits: each distinct one is accepted once, each duplicate is a replay, all are durable")
    func groupCommit() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try AnchorStore(path: path)
        let requests = try (0..<200).map { try Self.request($0) }
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            // Every request twice, all at once: some duplicates land in the same group as their original.
            for request in requests + requests {
                group.addTask {
                    do {
                        try await store.accept(request, receivedMilliseconds: 1)
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 200)
        store.close()
        let reopened = try AnchorStore(path: path)
        #expect(try reopened.waitingSummary().count == 200)
        for request in requests { #expect(try reopened.status(digest: request.digest) == .waiting) }
        await #expect(throws: AnchorStoreError.self) { try await store.accept(try Self.request(999), receivedMilliseconds: 1) }
    }

    @Test("the chain id is remembered across reopening")
    func chainID() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var store = try AnchorStore(path: path)
        #expect(try store.chainID() == nil)
        try store.setChainID(31_337)
        store.close()
        store = try AnchorStore(path: path)
        #expect(try store.chainID() == 31_337)
    }

    @Test("the rate limiter allows a burst, then the rate, per key")
    func rateLimiter() throws {
        let limiter = RateLimiter(limit: .init(rate: 2, burst: 3))
        let a = Address(publicKey: Self.key.publicKey)
        let b = Address(publicKey: try Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: 4, count: 32)).publicKey)
        let start = ContinuousClock.now
        for _ in 0..<3 { #expect(limiter.take(a, now: start) == nil) }
        let wait = try #require(limiter.take(a, now: start))
        #expect(abs(wait - 0.5) < 1e-9)
        #expect(limiter.take(b, now: start) == nil)
        #expect(limiter.take(a, now: start + .milliseconds(500)) == nil)
        #expect(limiter.take(a, now: start + .milliseconds(500)) != nil)
    }
}
