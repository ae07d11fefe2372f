import CairnBlobs
import CairnClient
import CairnCrypto
import Foundation
import Synchronization
import Testing

/// What the fault suite's background traffic did, written by its tasks and read by the checks: every
/// message attempted and acknowledged (by `send` returning), what each recipient's store holds and what its
/// syncs reported, every blob the gateway acknowledged, and the failures the faults caused.
final class FaultLedger: Sendable {
    /// One way of the conversation ("alice→bob").
    struct Direction {
        /// Message ids in the order their sends began, with their texts.
        var attempted: [(id: [UInt8], text: String)] = []
        /// Ids whose `send` returned, with their envelopes (for a failure's message).
        var acknowledged: [[UInt8]: String] = [:]
        /// The recipient's store as last read: each message from this sender, by id, with its text. The store
        /// is what counts: a sync that stored a message and then failed never reported it.
        var stored: [[UInt8]: String] = [:]
        /// Stored messages per text: more than one is a message delivered twice under two ids.
        var storedTexts: [String: Int] = [:]
        /// How often each id was reported received by a sync (more than once is a duplicate).
        var reported: [[UInt8]: Int] = [:]
    }

    struct State {
        var directions: [String: Direction] = [:]
        /// CIDs the gateway acknowledged, with the SHA-256 of the content when the test put the bytes itself.
        var blobs: [CID: [UInt8]?] = [:]
        var failures: [String: Int] = [:]
        var lastErrors: [String] = []
        var rejected: [String] = []
        var unresolvedBatches = 0
    }

    private let state = Mutex(State())

    func attempt(_ direction: String, id: [UInt8], text: String) {
        state.withLock { $0.directions[direction, default: Direction()].attempted.append((id, text)) }
    }

    func acknowledged(_ direction: String, id: [UInt8], copies: [Messenger.SentCopy]) {
        state.withLock { state in
            let envelopes = copies.map { "\($0.cid) under 0x\(Hex.encode($0.tag.prefix(8)))…" }.joined(separator: ", ")
            state.directions[direction, default: Direction()].acknowledged[id] = envelopes
            for copy in copies { state.blobs[copy.cid] = .some(nil) }
        }
    }

    /// What one sync reported and what the recipient's store holds after it.
    func read(_ direction: String, reported: [[UInt8]], stored: [StoredMessage]?, rejected: [String], unresolved: Int) {
        state.withLock { state in
            var way = state.directions[direction, default: Direction()]
            for id in reported { way.reported[id, default: 0] += 1 }
            if let stored {
                way.stored = Dictionary(stored.map { ($0.messageID, $0.text) }, uniquingKeysWith: { first, _ in first })
                way.storedTexts = stored.reduce(into: [:]) { $0[$1.text, default: 0] += 1 }
            }
            state.directions[direction] = way
            state.rejected.append(contentsOf: rejected.prefix(8))
            state.unresolvedBatches += unresolved
        }
    }

    func blob(_ cid: CID, digest: [UInt8]) {
        state.withLock { $0.blobs[cid] = .some(digest) }
    }

    func failed(_ what: String, _ error: any Error) {
        state.withLock { state in
            state.failures[what, default: 0] += 1
            state.lastErrors.append("\(what): \(error)")
            if state.lastErrors.count > 8 { state.lastErrors.removeFirst() }
        }
    }

    var snapshot: State { state.withLock { $0 } }

    /// The acknowledged messages of `direction` that the recipient's store does not hold, with their envelopes.
    func undelivered(_ direction: String) -> [String] {
        state.withLock { state in
            guard let way = state.directions[direction] else { return [] }
            let texts = Dictionary(way.attempted.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
            return way.acknowledged.filter { way.stored[$0.key] == nil }.map { "\(texts[$0.key] ?? "?") (\($0.value))" }
        }
    }

    /// The failures so far, for a message that explains a timeout.
    var diagnosis: String {
        let state = snapshot
        return "failures \(state.failures.sorted { $0.key < $1.key }); last errors: \(state.lastErrors.joined(separator: " | ")); "
            + "rejected: \(state.rejected.prefix(4)); unresolved batches: \(state.unresolvedBatches)"
    }
}

/// A flag the test sets and the background tasks read.
final class FaultSwitch: Sendable {
    private let flags = Mutex((stop: false, abandon: false))
    /// Finish the message in hand, then end.
    func stop() { flags.withLock { $0.stop = true } }
    /// End now, even with a message not yet acknowledged.
    func abandon() { flags.withLock { $0 = (true, true) } }
    var isStopped: Bool { flags.withLock { $0.stop } }
    var isAbandoned: Bool { flags.withLock { $0.abandon } }
}

/// One person of the exchange: dev account, messenger, and the peer written to.
///
/// `@unchecked Sendable` because `Messenger` is not thread-safe: while the person's loop runs, only that
/// loop touches the messenger; the test uses it again only after awaiting the loop's task, which orders
/// every access of the loop before its own.
final class FaultParticipant: @unchecked Sendable {
    let name: String
    let messenger: Messenger
    let key: Secp256k1.PrivateKey
    let peer: Address
    let outgoing: String
    let incoming: String

    init(name: String, peerName: String, messenger: Messenger, key: Secp256k1.PrivateKey, peer: Address) {
        self.name = name
        self.messenger = messenger
        self.key = key
        self.peer = peer
        outgoing = "\(name)→\(peerName)"
        incoming = "\(peerName)→\(name)"
    }

    /// Sends message after message to the peer, each until `send` acknowledges it (a retry keeps the
    /// message's id, so a first attempt that did get through is not a second message), and syncs every
    /// other round whatever the sends do; ends once stopped with no message in hand.
    func exchange(ledger: FaultLedger, control: FaultSwitch) async {
        var index = 0
        var pending: (id: [UInt8], text: String)?
        var round = 0
        while !control.isAbandoned {
            if pending == nil {
                if control.isStopped { return }
                index += 1
                let next = (id: Messenger.newMessageID(), text: "\(outgoing) \(index)")
                ledger.attempt(outgoing, id: next.id, text: next.text)
                pending = next
            }
            if let message = pending {
                do {
                    let report = try await messenger.send(Array(message.text.utf8), to: peer, account: key, wait: false, messageID: message.id)
                    ledger.acknowledged(outgoing, id: message.id, copies: report.copies)
                    pending = nil
                } catch {
                    ledger.failed("\(name) send", error)
                }
            }
            round += 1
            if round % 2 == 0 { await sync(ledger) }
            try? await Task.sleep(for: .milliseconds(pending == nil ? 150 : 300))
        }
    }

    /// One sync, then a read of the store, both into the ledger. A sync that fails may have stored messages
    /// before it failed, so the store is read either way.
    func sync(_ ledger: FaultLedger) async {
        var report: Messenger.SyncReport?
        do {
            report = try await messenger.sync()
        } catch {
            ledger.failed("\(name) sync", error)
        }
        let fromPeer = { (message: StoredMessage) in message.direction == .received && message.sender == self.peer }
        ledger.read(
            incoming, reported: report?.received.filter(fromPeer).map(\.messageID) ?? [],
            stored: try? messenger.messages().filter(fromPeer), rejected: report?.rejected.map { "\(name): \($0.cid) \($0.reason)" } ?? [],
            unresolved: report?.unresolvedBatches ?? 0)
    }
}

/// Puts blobs of its own to the gateway (now and then one large enough to be chunked) and records each
/// CID the gateway acknowledges with the content's SHA-256.
func putBlobs(to gateway: URL, ledger: FaultLedger, control: FaultSwitch) async {
    var count = 0
    while !control.isStopped {
        count += 1
        let bytes = SecureRandom.bytes(count % 25 == 0 ? 1_300_000 : Int.random(in: 64...32_768))
        do {
            let reply = try await LiveNodeTests.GatewayAnchorTests.http(
                "POST", gateway.appendingPathComponent("v1/blobs"), body: bytes, contentType: "application/octet-stream")
            if reply.status == 201, let text = reply.json?["cid"]?.string {
                ledger.blob(try CID(text), digest: SHA256.hash(bytes))
            } else {
                ledger.failed("blob put", FaultCheckError("HTTP \(reply.status)"))
            }
        } catch {
            ledger.failed("blob put", error)
        }
        try? await Task.sleep(for: .milliseconds(400))
    }
}

/// A check of the fault suite that did not hold.
struct FaultCheckError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
