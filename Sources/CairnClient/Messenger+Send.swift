import CairnBlobs
import CairnCodec
import CairnCrypto
import CairnMessaging

extension Messenger {
    /// One envelope of a sent message: which device it is for, and where it was anchored.
    public struct SentCopy: Sendable {
        public let device: [UInt8]
        /// A copy for another device of the sender's own account.
        public let own: Bool
        public let cid: CID
        public let tag: [UInt8]
        /// The gateway's id of the anchoring request.
        public let anchorID: [UInt8]
        /// The block that anchored it (nil when not waited for).
        public var blockHeight: UInt64?
    }

    /// What `send` did.
    public struct SendReport: Sendable {
        public let messageID: [UInt8]
        public let recipient: Address
        public var copies: [SentCopy]
    }

    /// The length of a message id.
    public static let messageIDSize = 16

    /// A fresh random message id, for a send that may be retried (`send(…, messageID:)`).
    public static func newMessageID() -> [UInt8] { SecureRandom.bytes(messageIDSize) }

    /// The most bytes a message body may hold: the 8 MiB padding bucket less the content's own fields, so
    /// an envelope stays under a gateway's default 16 MiB blob limit.
    public static let maximumBodySize = MessageContent.maximumBodyByteCount - Padding.largestBucket / 2

    /// Encrypts `body` to every current device of `recipient` and to this account's other devices, stores
    /// each envelope on the gateway and asks it to anchor them; with `wait`, returns once every anchor is in a
    /// committed block (a committed block is final).
    ///
    /// `messageID` (16 bytes; nil draws a fresh one) makes a retry safe: a send that threw may still have
    /// reached the recipient (the gateway took the anchor request and its answer was lost), so an app that
    /// retries passes the id of the first attempt (`newMessageID()`), and every device stores the message
    /// once, whichever attempts arrive.
    public func send(
        _ body: [UInt8], to recipient: Address, account: Secp256k1.PrivateKey, wait: Bool = true, messageID: [UInt8]? = nil
    ) async throws -> SendReport {
        try requireAccount(account)
        guard body.count <= Self.maximumBodySize else { throw MessengerError.message("the message is larger than \(Self.maximumBodySize) bytes") }
        guard messageID.map({ $0.count == Self.messageIDSize }) ?? true else {
            throw MessengerError.message("a message id is \(Self.messageIDSize) bytes")
        }
        let now = clock()
        let theirs = try await usableDevices(of: recipient, now: now)
        guard !theirs.isEmpty else {
            throw MessengerError.recipient("\(recipient.checksummed) has no device with a current key bundle")
        }
        let ours = recipient == profile.address ? [] : try await usableDevices(of: profile.address, now: now)
        let targets = FanOut.targets(
            recipientDevices: theirs.map(\.device), ownDevices: ours.map(\.device), thisDevice: deviceKey)
        let bundles = Dictionary((theirs + ours).map { ($0.device, $0) }, uniquingKeysWith: { first, _ in first })

        let messageID = messageID ?? Self.newMessageID()
        // Milliseconds from one clock, so a reader can order messages sent within one second, and a
        // sender's messages never go back in time against each other.
        let sentAt = millisecondClock()
        let sequence = try nextSequence(for: recipient)
        var copies: [SentCopy] = []
        var batchCount: UInt64?
        for target in targets {
            guard let bundle = bundles[target.device] else { continue }
            let peer = target.isOwnDevice ? profile.address : recipient
            var record: SessionRecord
            if let existing = try activeSession(with: target.device, peer: peer) {
                record = existing
            } else {
                if batchCount == nil { batchCount = try await currentBatchCount() }
                record = try await startSession(with: bundle, peer: peer, account: account, now: now, batchFloor: batchCount ?? 0)
            }
            let envelope: [UInt8]
            do {
                let content = try MessageContent(
                    kind: target.contentKind, sender: profile.address, senderDevice: profile.deviceKey.publicKey, conversation: recipient,
                    messageID: messageID, sequence: sequence, sentAt: sentAt, body: body)
                envelope = try record.session.seal(content, entropy: .system)
            } catch {
                throw MessengerError.message("cannot seal: \(error)")
            }
            let tag = record.session.outgoingTag(now: now, sessionEpochLength: profile.sessionEpochLength)
            // The advanced ratchet is saved before the envelope leaves, so no message key is ever used twice.
            try store.transaction { writer in
                try writer.put(Space.sessions, record.session.id, record.canonicalBytes())
                try writer.put(Space.activeSession, target.device, record.session.id)
            }
            let cid = try await gatewayCall { try await self.gateway.putBlob(envelope) }
            let request: AnchorRequest
            do {
                request = try AnchorRequest(
                    tag: tag, cid: cid.bytes, expires: now + AnchorRequest.maximumLifetime / 2, chainID: profile.chain.chainID, key: account)
            } catch {
                throw MessengerError.message("cannot sign the anchor request: \(error)")
            }
            let anchorID = try await gatewayCall { try await self.gateway.anchor(request) }.id
            copies.append(SentCopy(device: target.device, own: target.isOwnDevice, cid: cid, tag: tag, anchorID: anchorID, blockHeight: nil))
        }
        guard let first = copies.first(where: { !$0.own }) else { throw MessengerError.recipient("no device could be written to") }
        let stored = StoredMessage(
            direction: .sent, sender: profile.address, senderDevice: deviceKey, peer: recipient, messageID: messageID, sequence: sequence,
            sentAt: sentAt, body: body, tag: first.tag, cid: first.cid.bytes, anchorHeight: 0, verified: true,
            storedAt: millisecondClock(), acknowledged: true)
        try store.transaction { writer in
            try writer.put(Space.messages, stored.key, stored.canonicalBytes())
            // Until the block is known, sync asks the gateway where the anchor stands.
            try writer.put(Space.pendingAnchors, stored.key, first.anchorID)
        }
        var report = SendReport(messageID: messageID, recipient: recipient, copies: copies)
        if wait {
            for index in report.copies.indices {
                report.copies[index].blockHeight = try await waitForAnchor(report.copies[index].anchorID)
            }
            if let height = report.copies.first(where: { !$0.own })?.blockHeight { try recordAnchor(of: stored, at: height) }
        }
        try await saveTrust()
        return report
    }

    /// A device of an account that may be written to now: active in the verified identity, with an
    /// unexpired bundle whose signed prekey the identity key signed.
    struct UsableDevice: Sendable {
        let device: [UInt8]
        let identityKey: [UInt8]
        let bundle: PublishedBundle
    }

    func usableDevices(of owner: Address, now: UInt64) async throws -> [UsableDevice] {
        let verified = try await verifiedBundles(owner)
        guard let identity = verified.identity else { throw MessengerError.recipient("\(owner.checksummed) has no identity") }
        return verified.bundles.compactMap { entry in
            guard let bundle = entry.bundle, bundle.expiry > now else { return nil }
            return UsableDevice(device: entry.device, identityKey: identity.identityKey, bundle: bundle)
        }
    }

    /// The newest session with `device`, if it is still for `peer`.
    func activeSession(with device: [UInt8], peer: Address) throws -> SessionRecord? {
        guard let id = try store.get(Space.activeSession, device), let bytes = try store.get(Space.sessions, id) else { return nil }
        let record = try SessionRecord(canonical: bytes)
        return record.session.peerAddress == peer ? record : nil
    }

    /// Claims one of the device's one-time prekeys on-chain and runs X3DH against its bundle.
    func startSession(with device: UsableDevice, peer: Address, account: Secp256k1.PrivateKey, now: UInt64, batchFloor: UInt64)
        async throws -> SessionRecord
    {
        let bundle = device.bundle
        let signedPrekey: X3DH.SignedPrekey
        let identityKey: Ed25519.PublicKey
        do {
            identityKey = try Ed25519.PublicKey(rawRepresentation: device.identityKey)
            signedPrekey = X3DH.SignedPrekey(
                chainID: profile.chain.chainID, owner: peer.bytes, device: try Ed25519.PublicKey(rawRepresentation: bundle.device),
                key: try X25519.PublicKey(rawRepresentation: bundle.signedPrekey), expiry: bundle.expiry, signature: bundle.prekeySignature)
            try signedPrekey.check(identityKey: identityKey, now: now)
        } catch {
            throw MessengerError.verification("the bundle of device \(Hex.encode(bundle.device.prefix(8))) of \(peer.checksummed): \(error)")
        }
        var oneTime: X25519.PublicKey?
        if bundle.noPrekeysReason == 0 {
            let receipt = try await call(profile.chain.keyBundle, "claimPrekey", peer.bytes + bundle.device, account)
            var reader = CanonicalReader(receipt.output)
            if let claimed = try? reader.readOptional({ reader in try reader.readFixed(count: 32) }) {
                oneTime = try? X25519.PublicKey(rawRepresentation: claimed)
            }
        }
        let session: Session
        do {
            session = try Session.initiate(
                chainID: profile.chain.chainID, localAddress: profile.address, localDevice: profile.deviceKey, peerAddress: peer,
                peerDevice: signedPrekey.device, signedPrekey: signedPrekey.key, oneTimePrekey: oneTime, now: now, entropy: .system)
        } catch {
            throw MessengerError.verification("X3DH with \(peer.checksummed): \(error)")
        }
        return SessionRecord(session: session, batchFloor: batchFloor, scanFrom: SessionTag.epoch(at: now, length: profile.sessionEpochLength))
    }

    func nextSequence(for conversation: Address) throws -> UInt64 {
        let current = try store.get(Space.sequences, conversation.bytes).flatMap { bytes -> UInt64? in
            var reader = CanonicalReader(bytes)
            return try? reader.readUInt64()
        } ?? 0
        var writer = CanonicalWriter()
        writer.writeUInt64(current + 1)
        try store.put(Space.sequences, conversation.bytes, writer.bytes)
        return current + 1
    }

    /// Polls the gateway until the anchor is in a committed block; a failed anchor is an error.
    public func waitForAnchor(_ id: [UInt8], timeout: Duration = .seconds(90)) async throws -> UInt64 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let status = try await gatewayCall { try await self.gateway.anchorStatus(id) }
            if status.state == .anchored, let height = status.blockHeight { return height }
            if status.state == .failed {
                throw MessengerError.gateway("anchor 0x\(Hex.encode(id)) failed: \(status.message ?? "no reason given")")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw MessengerError.gateway("anchor 0x\(Hex.encode(id)) is not in a block after \(timeout)")
    }

    func recordAnchor(of message: StoredMessage, at height: UInt64) throws {
        var updated = message
        updated.anchorHeight = height
        try store.transaction { writer in
            try writer.put(Space.messages, updated.key, updated.canonicalBytes())
            try writer.delete(Space.pendingAnchors, updated.key)
        }
    }

    /// Asks the gateway where the anchors of messages sent without waiting stand, and records the blocks
    /// of those now anchored. The gateway's word is enough here: it only labels this device's own copy.
    func resolvePendingAnchors() async throws {
        for item in try store.list(Space.pendingAnchors) {
            guard let bytes = try store.get(Space.messages, item.key) else {
                try store.delete(Space.pendingAnchors, item.key)
                continue
            }
            let message = try StoredMessage(canonical: bytes)
            // A request expires within the hour; past that the gateway may have forgotten it.
            if message.sentAt / 1_000 + 2 * AnchorRequest.maximumLifetime < clock() {
                try store.delete(Space.pendingAnchors, item.key)
                continue
            }
            guard let status = try? await gateway.anchorStatus(item.value) else { continue }
            if status.state == .anchored, let height = status.blockHeight {
                try recordAnchor(of: message, at: height)
            }
        }
    }
}
