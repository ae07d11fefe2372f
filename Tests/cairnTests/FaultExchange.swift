import CairnBlobs
import CairnClient
import CairnCrypto
import Foundation
import Synchronization
import Testing

/// What the fault suite's background traffic did, written by its tasks and read by the checks: every
/// message attempted and acknowledged (by `send` returning), every delivery a sync reported, every blob
/// the gateway acknowledged, and the failures the faults caused.
final class FaultLedger: Sendable {
    /// One way of the conversation ("alice→bob").
    struct Direction {
        /// Message ids in the order their sends began, with their texts.
        var attempted: [(id: [UInt8], text: String)] = []
        /// Ids whose `send` returned.
        var acknowledged: Set<[UInt8]> = []
        /// How often each id was reported received by the recipient's syncs (more than once is a duplicate).
        var deliveries: [[UInt8]: Int] = [:]
    }

    struct State {
        var directions: [String: Direction] = [:]
        /// CIDs the gateway acknowledged, with the SHA-256 of the content when the test put the bytes itself.
        var blobs: [CID: [UInt8]?] = [:]
        var failures: [String: Int] = [:]
        var lastErrors: [String] = []
        var rejected: [String] = []
    }

    private let state = Mutex(State())

    func attempt(_ direction: String, id: [UInt8], text: String) {
        state.withLock { $0.directions[direction, default: Direction()].attempted.append((id, text)) }
    }

    func acknowledged(_ direction: String, id: [UInt8], envelopes: [CID]) {
        state.withLock { state in
            state.directions[direction, default: Direction()].acknowledged.insert(id)
            for cid in envelopes { state.blobs[cid] = .some(nil) }
        }
    }

    func delivered(_ direction: String, ids: [[UInt8]]) {
        state.withLock { state in
            for id in ids { state.directions[direction, default: Direction()].deliveries[id, default: 0] += 1 }
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

    func rejected(_ reasons: [String]) {
        guard !reasons.isEmpty else { return }
        state.withLock { $0.rejected.append(contentsOf: reasons.prefix(8)) }
    }

    var snapshot: State { state.withLock { $0 } }

    /// Acknowledged ids of `direction` that no sync has reported yet.
    func undelivered(_ direction: String) -> Int {
        state.withLock { state in
            guard let way = state.directions[direction] else { return 0 }
            return way.acknowledged.filter { way.deliveries[$0] == nil }.count
        }
    }

    /// The failures so far, for a message that explains a timeout.
    var diagnosis: String {
        let state = snapshot
        return "failures \(state.failures); last errors: \(state.lastErrors.joined(separator: " | ")); rejected: \(state.rejected.prefix(4))"
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
                    ledger.acknowledged(outgoing, id: message.id, envelopes: report.copies.map(\.cid))
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

    /// One sync: what it stored from the peer goes to the ledger.
    func sync(_ ledger: FaultLedger) async {
        do {
            let report = try await messenger.sync()
            ledger.delivered(incoming, ids: report.received.filter { $0.direction == .received && $0.sender == peer }.map(\.messageID))
            ledger.rejected(report.rejected.map { "\(name): \($0.cid) \($0.reason)" })
        } catch {
            ledger.failed("\(name) sync", error)
        }
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
