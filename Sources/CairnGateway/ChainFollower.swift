import CairnBlobs
import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation
import Logging
import Synchronization

/// One inbox entry as it appears in a committed block, pushed to `/v1/stream` subscribers.
public struct InboxEvent: Equatable, Sendable {
    public let tag: [UInt8]
    public let cid: [UInt8]
    public let height: UInt64
    public let mode: AnchorMode
    /// The tag's entry number (single) or the batch's number (batch).
    public let seq: UInt64
    public let transaction: [UInt8]

    /// The SSE `data:` line's JSON.
    public var json: JSONValue {
        [
            "tag": .string("0x" + Hex.encode(tag)), "cid": .string((try? CID(bytes: cid).string) ?? "0x" + Hex.encode(cid)),
            "height": .integer(Int64(clamping: height)), "mode": .string(mode.rawValue), "seq": .integer(Int64(clamping: seq)),
            "transaction": .string("0x" + Hex.encode(transaction)),
        ]
    }
}

/// What a stream subscriber receives.
enum StreamMessage: Sendable {
    case entry(InboxEvent)
    /// A batch whose manifest this gateway does not hold: its entries cannot be listed here, so every
    /// subscriber is told to check the batch (through `/v1/inbox`, which reports it unverifiable).
    case opaqueBatch(seq: UInt64, height: UInt64)
    /// Keeps idle connections open and finds the ones that went away.
    case ping
}

/// Follows the chain's committed blocks for Inbox events and fans them out to subscribers by tag.
///
/// Each subscriber has a bounded buffer; one that falls that far behind is disconnected rather than
/// letting it hold memory, and catches up with `/v1/inbox` from its cursor when it reconnects.
public final class ChainFollower: Sendable {
    static let anchoredTopic = Keccak256.hash(Array("Inbox.Anchored".utf8))
    static let batchTopic = Keccak256.hash(Array("Inbox.BatchAnchored".utf8))
    /// Messages buffered per subscriber before it is dropped.
    static let bufferLimit = 4_096
    /// The most subscribers at once.
    public static let maximumSubscribers = 1_000

    private struct Subscriber {
        let tags: Set<[UInt8]>
        let continuation: AsyncStream<StreamMessage>.Continuation
    }

    private struct State {
        var subscribers: [UInt64: Subscriber] = [:]
        var nextID: UInt64 = 0
        var followed: UInt64?
        var task: Task<Void, Never>?
    }

    let node: NodeLink
    let blobs: BlobStore
    let pollInterval: Duration
    private let logger: Logger
    private let state = Mutex(State())

    public init(node: NodeLink, blobs: BlobStore, pollInterval: Duration = .milliseconds(200), logger: Logger = Logger(label: "cairn.gateway.follower")) {
        self.node = node
        self.blobs = blobs
        self.pollInterval = pollInterval
        self.logger = logger
    }

    public func start() {
        state.withLock { state in
            guard state.task == nil else { return }
            state.task = Task { [self] in
                var sincePing = ContinuousClock.now
                while !Task.isCancelled {
                    do { try await poll() } catch { logger.debug("follower: \(error)") }
                    if ContinuousClock.now - sincePing >= .seconds(15) {
                        broadcast(.ping)
                        sincePing = .now
                    }
                    try? await Task.sleep(for: pollInterval)
                }
            }
        }
    }

    public func stop() async {
        let (task, subscribers) = state.withLock { state in
            defer {
                state.task = nil
                state.subscribers.removeAll()
            }
            return (state.task, Array(state.subscribers.values))
        }
        task?.cancel()
        await task?.value
        for subscriber in subscribers { subscriber.continuation.finish() }
    }

    /// A stream of the entries under `tags` committed from now on; nil when there are too many
    /// subscribers already.
    func subscribe(tags: Set<[UInt8]>) -> AsyncStream<StreamMessage>? {
        let (stream, continuation) = AsyncStream<StreamMessage>.makeStream(bufferingPolicy: .bufferingOldest(Self.bufferLimit))
        let id: UInt64? = state.withLock { state in
            guard state.subscribers.count < Self.maximumSubscribers else { return nil }
            defer { state.nextID += 1 }
            state.subscribers[state.nextID] = Subscriber(tags: tags, continuation: continuation)
            return state.nextID
        }
        guard let id else { return nil }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Reads the blocks committed since the last poll and delivers their Inbox events.
    func poll() async throws(NodeLinkError) {
        guard let head = NodeLink.quantity(try await node.call("eth_blockNumber")) else { throw .malformed("eth_blockNumber") }
        let (from, anyone) = state.withLock { state -> (UInt64?, Bool) in
            defer { state.followed = max(state.followed ?? head, head) }
            return (state.followed.map { $0 + 1 }, !state.subscribers.isEmpty)
        }
        // Nothing new, or nobody listening: only move the cursor.
        guard let from, from <= head, anyone else { return }
        let inbox = try await node.facts().inbox
        // At most 1,000 blocks per query, so a long outage does not make one huge answer.
        var start = from
        while start <= head {
            let end = min(head, start + 999)
            let logs = try await node.call("eth_getLogs", [[
                "fromBlock": .string("0x" + String(start, radix: 16)), "toBlock": .string("0x" + String(end, radix: 16)),
                "address": .string(inbox.description),
            ]])
            for log in logs.array ?? [] { deliver(log) }
            start = end + 1
        }
    }

    private func deliver(_ log: JSONValue) {
        guard let topics = log["topics"]?.array?.compactMap({ $0.string.flatMap { try? Hex.decode($0.dropHexPrefix) } }),
            let first = topics.first, let dataText = log["data"]?.string, let data = try? Hex.decode(dataText.dropHexPrefix),
            let height = log["blockNumber"].flatMap(NodeLink.quantity),
            let transaction = log["transactionHash"]?.string.flatMap({ try? Hex.decode($0.dropHexPrefix) })
        else { return }
        var reader = CanonicalReader(data)
        if first == Self.anchoredTopic, topics.count == 2, topics[1].count == 32,
            let seq = try? reader.readUInt64(), let cid = try? reader.readBytes(maxLength: 64), reader.isAtEnd
        {
            broadcast(.entry(InboxEvent(tag: topics[1], cid: cid, height: height, mode: .single, seq: seq, transaction: transaction)))
        } else if first == Self.batchTopic, topics.count == 3, let seq = try? reader.readUInt64(), let count = try? reader.readUInt32(),
            let manifestBytes = try? reader.readBytes(maxLength: 64), reader.isAtEnd
        {
            // The entries are in the manifest; it must be here and match the root anchored.
            guard let manifestCID = try? CID(bytes: manifestBytes), let content = try? blobs.content(manifestCID),
                let batch = try? InboxBatch(manifest: content), batch.root == topics[1], batch.entries.count == Int(count)
            else {
                broadcast(.opaqueBatch(seq: seq, height: height))
                return
            }
            for entry in batch.entries {
                broadcast(.entry(InboxEvent(tag: entry.tag, cid: entry.cid, height: height, mode: .batch, seq: seq, transaction: transaction)))
            }
        }
    }

    private func broadcast(_ message: StreamMessage) {
        let subscribers = state.withLock { Array($0.subscribers.values) }
        for subscriber in subscribers {
            if case let .entry(event) = message, !subscriber.tags.contains(event.tag) { continue }
            if case .dropped = subscriber.continuation.yield(message) {
                // Too far behind: end its stream; it resumes from /v1/inbox.
                subscriber.continuation.finish()
            }
        }
    }
}
