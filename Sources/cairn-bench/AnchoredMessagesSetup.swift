import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnMessaging
import CairnRPC
import Foundation

/// The untimed parts of the anchored-messages phase: sessions started and sealed envelopes signed before
/// the clock runs, and the audit of what the chain holds after it stops.
extension Bench {
    /// One message ready to go: its sealed envelope, the envelope's CID, its session tag and the signed
    /// request that asks for it to be anchored under that tag.
    struct AnchoredMessage: Sendable {
        let envelope: [UInt8]
        let cid: CID
        let tag: [UInt8]
        let request: JSONValue
        /// The request's id at `GET /v1/anchors/{id}`.
        let id: String
        let messageID: [UInt8]
    }

    /// A started session between a sender and a recipient device: the sender has heard the recipient's reply,
    /// so it seals ratchet messages under session tags, as a conversation does after its first exchange.
    struct SessionPair: Sendable {
        let sender: Session
        let recipient: Session
        let senderKey: Secp256k1.PrivateKey
    }

    /// `count` sessions, dev account 2k talking to dev account 2k+1: X3DH with a one-time prekey, the
    /// initial envelope, and one reply so that both sides have stepped the ratchet.
    static func establishSessions(_ count: Int, keys: [Secp256k1.PrivateKey], chainID: UInt64, now: UInt64) throws -> [SessionPair] {
        try (0..<count).map { index in
            let (senderKey, recipientKey) = (keys[2 * index], keys[2 * index + 1])
            let (senderAddress, recipientAddress) = (Address(publicKey: senderKey.publicKey), Address(publicKey: recipientKey.publicKey))
            let senderDevice = Ed25519.PrivateKey(), recipientDevice = Ed25519.PrivateKey()
            let signedPrekey = X25519.PrivateKey(), oneTime = X25519.PrivateKey()
            var sender = try Session.initiate(
                chainID: chainID, localAddress: senderAddress, localDevice: senderDevice, peerAddress: recipientAddress,
                peerDevice: recipientDevice.publicKey, signedPrekey: signedPrekey.publicKey, oneTimePrekey: oneTime.publicKey, now: now)
            let hello = try MessageContent(
                kind: .text, sender: senderAddress, senderDevice: senderDevice.publicKey, conversation: recipientAddress,
                messageID: SecureRandom.bytes(16), sequence: 0, sentAt: now * 1_000, body: Array("hello".utf8))
            let prekeys = LocalPrekeys(device: recipientDevice, signedPrekeys: [signedPrekey], oneTimePrekeys: [oneTime])
            var recipient = try Session.accept(try sender.seal(hello), chainID: chainID, localAddress: recipientAddress, prekeys: prekeys, now: now)
                .session
            let reply = try MessageContent(
                kind: .text, sender: recipientAddress, senderDevice: recipientDevice.publicKey, conversation: senderAddress,
                messageID: SecureRandom.bytes(16), sequence: 0, sentAt: now * 1_000, body: Array("hello back".utf8))
            _ = try sender.open(try recipient.seal(reply))
            return SessionPair(sender: sender, recipient: recipient, senderKey: senderKey)
        }
    }

    /// `count` messages from `pair`'s sender, each sealed, named by its CID and signed for anchoring under
    /// the session's current tag by the sender's account key (what `Messenger.send` does, minus the network).
    static func sealMessages(_ count: Int, pair: SessionPair, label: Int, chainID: UInt64, now: UInt64) throws -> [AnchoredMessage] {
        var session = pair.sender
        let expires = now + AnchorRequest.maximumLifetime - 60
        return try (0..<count).map { index in
            let messageID = SecureRandom.bytes(16)
            let content = try MessageContent(
                kind: .text, sender: session.localAddress, senderDevice: session.localDevice, conversation: session.peerAddress,
                messageID: messageID, sequence: UInt64(index + 1), sentAt: now * 1_000, body: Array("anchored message \(label).\(index)".utf8))
            let envelope = try session.seal(content)
            let cid = CID(content: envelope)
            let tag = session.outgoingTag(now: now)
            let request = try AnchorRequest(tag: tag, cid: cid.bytes, expires: expires, chainID: chainID, key: pair.senderKey)
            return AnchoredMessage(envelope: envelope, cid: cid, tag: tag, request: request.json(cidText: cid.string),
                                   id: "0x" + Hex.encode(request.digest), messageID: messageID)
        }
    }

    /// The recipient opens the first `count` envelopes of its session as the gateway serves them back (raw
    /// blocks, checked against their CIDs): the blobs anchored are messages the recipient can read.
    static func readBack(_ messages: [AnchoredMessage], pair: SessionPair, count: Int, port: Int) throws {
        var recipient = pair.recipient
        let connection = HTTPConnection(port: port)
        for message in messages.prefix(count) {
            let reply = try connection.request("GET", "/ipfs/\(message.cid.string)?format=raw")
            guard reply.status == 200, message.cid.matches(reply.body) else {
                throw BenchError("the gateway did not serve \(message.cid) back (\(reply.status))")
            }
            guard try recipient.open(reply.body).messageID == message.messageID else { throw BenchError("\(message.cid) opened to another message") }
        }
    }

    /// What the gateway's Inbox transactions in `first...last` hold and cost, with every batch's manifest
    /// fetched from the gateway, checked against the root and count anchored on-chain, and its entries
    /// matched against `expected`: each expected entry must be in exactly one batch.
    struct AnchoringAudit {
        var transactions = 0, unsuccessful = 0, bytes = 0, gas = 0, batches = 0, entriesOnChain = 0
    }

    static func auditAnchoring(
        _ devnet: LocalDevnet, port: Int, from first: UInt64, to last: UInt64, payer: Secp256k1.PrivateKey, expected: [InboxBatchEntry]
    ) throws -> AnchoringAudit {
        let inbox = devnet.genesis.contracts.inbox.address
        let payerAddress = Address(publicKey: payer.publicKey)
        let wanted = Set(expected)
        var unseen = wanted
        guard unseen.count == expected.count else { throw BenchError("the plan holds the same (tag, CID) twice") }
        var audit = AnchoringAudit()
        let connection = HTTPConnection(port: port)
        for height in first...last {
            let block = try devnet.nodes[0].callBlocking("eth_getBlockByNumber", [.string("0x" + String(height, radix: 16)), true])
            for tx in block["transactions"]?.array ?? [] {
                guard tx["from"]?.string.flatMap({ try? Address($0) }) == payerAddress, tx["to"]?.string.flatMap({ try? Address($0) }) == inbox
                else { continue }
                let input = try Hex.decode((tx["input"]?.string ?? "0x").dropFirst(2))
                let rebuilt = try Transaction(
                    chainID: LocalDevnet.quantity(tx["chainId"]), nonce: LocalDevnet.quantity(tx["nonce"]),
                    maxPriorityFeePerGas: AnchoringRun.amount(tx["maxPriorityFeePerGas"]), maxFeePerGas: AnchoringRun.amount(tx["maxFeePerGas"]),
                    gasLimit: LocalDevnet.quantity(tx["gas"]), to: inbox, value: AnchoringRun.amount(tx["value"]), data: input
                ).signed(with: payer)
                guard "0x" + Hex.encode(rebuilt.hash) == tx["hash"]?.string?.lowercased() else { throw BenchError("transaction \(tx["hash"] ?? "?") does not rebuild") }
                audit.transactions += 1
                audit.bytes += rebuilt.raw.count
                audit.gas += Int(try LocalDevnet.quantity(tx["gasUsed"]))
                guard tx["cairnStatus"]?.string == "success" else {
                    audit.unsuccessful += 1
                    continue
                }
                var reader = CanonicalReader(input)
                let call = try reader.read(ContractCall.self)
                guard call.method == "anchorBatch" else { continue }
                var args = CanonicalReader(call.args)
                let root = try args.readFixed(count: 32), count = Int(try args.readUInt32()), manifestCID = try CID(bytes: try args.readBytes())
                let reply = try connection.request("GET", "/ipfs/\(manifestCID.string)?format=raw")
                guard reply.status == 200, manifestCID.matches(reply.body) else { throw BenchError("manifest \(manifestCID) not served intact") }
                let batch = try InboxBatch(manifest: reply.body)
                guard batch.root == root, batch.entries.count == count else { throw BenchError("manifest \(manifestCID) does not match its root") }
                audit.batches += 1
                audit.entriesOnChain += count
                for entry in batch.entries where unseen.remove(entry) == nil && wanted.contains(entry) {
                    throw BenchError("an entry is anchored twice (in \(manifestCID) and before)")
                }
            }
        }
        guard unseen.isEmpty else { throw BenchError("\(unseen.count) of \(expected.count) entries are in no batch on-chain") }
        return audit
    }
}
