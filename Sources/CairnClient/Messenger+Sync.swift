import CairnBlobs
import CairnCodec
import CairnCrypto
import CairnMessaging

extension Messenger {
    /// What one `sync` found.
    public struct SyncReport: Sendable {
        /// Messages stored by this sync, in the order they were read.
        public var received: [StoredMessage] = []
        /// First messages from senders the contact policy does not admit (dropped, no session made).
        public var refused = 0
        /// Entries that failed a check, each with its CID and why: reported, never stored as messages.
        public var rejected: [(cid: String, reason: String)] = []
        /// Batches whose entries for a tag could not be proved (no manifest anywhere): their count.
        public var unresolvedBatches = 0
        /// Inbox tags read.
        public var tagsRead = 0
    }

    /// An anchored entry found under a tag.
    struct FoundEntry: Sendable {
        let cid: [UInt8]
        let height: UInt64
    }

    /// Reads every tag this device may receive on (first-contact tags of recent days, every session's
    /// watched tags), fetches and decrypts what is new, and stores the messages. Each tag's listing is
    /// proved complete, each blob is checked against its CID, and a rejected entry is reported.
    ///
    /// A sync that throws (the gateway went away halfway) keeps what it stored before the failure, and the
    /// next sync does not report those messages again: read them from `messages()` (unacknowledged ones are
    /// new to the user), not only from a report.
    public func sync() async throws -> SyncReport {
        var report = SyncReport()
        let now = clock()
        var senders: [Address: IdentityRecord?] = [:]

        // First contact: one tag per day; from one day before the last read, for clock skew.
        let today = InboxTag.epoch(at: now)
        let created = InboxTag.epoch(at: profile.createdAt)
        let firstDay = max(try meta("first-contact-from") ?? created, created == 0 ? 0 : created - 1)
        for day in (firstDay == 0 ? 0 : firstDay - 1)...(today + 1) {
            let tag = InboxTag.firstContact(chainID: profile.chain.chainID, deviceKey: deviceKey, epoch: day)
            try await readTag(tag, floor: profile.batchFloor, report: &report) { entry, blob, report in
                try await self.receiveFirst(blob, entry: entry, tag: tag, now: now, senders: &senders, report: &report)
            }
        }
        try setMeta("first-contact-from", today)

        // Sessions: reading one may step its ratchet and so add tags; read until nothing new turns up.
        var read = Set<[UInt8]>()
        for _ in 0..<32 {
            var progressed = false
            for item in try store.list(Space.sessions) {
                let record = try SessionRecord(canonical: item.value)
                let current = SessionTag.epoch(at: now, length: profile.sessionEpochLength)
                let epochs = (record.scanFrom == 0 ? 0 : record.scanFrom - 1)...(current + 1)
                for tag in record.session.watchedTags(epochs: epochs) where !read.contains(tag) {
                    read.insert(tag)
                    progressed = true
                    try await readTag(tag, floor: record.batchFloor, report: &report) { entry, blob, report in
                        try await self.receiveInSession(item.key, blob, entry: entry, tag: tag, senders: &senders, report: &report)
                    }
                }
            }
            if !progressed { break }
        }
        // Every session's tags up to this epoch are read; next time resume one before it.
        let current = SessionTag.epoch(at: now, length: profile.sessionEpochLength)
        try store.transaction { writer in
            for item in try store.list(Space.sessions) {
                var record = try SessionRecord(canonical: item.value)
                guard record.scanFrom < current else { continue }
                record.scanFrom = current
                try writer.put(Space.sessions, item.key, record.canonicalBytes())
            }
        }
        try await resolvePendingAnchors()
        try await saveTrust()
        return report
    }

    /// Reads `tag` from its stored cursor to the end, hands each unseen entry's blob to `handle`, and
    /// advances the cursor only past entries that were handled (a blob the gateway fails to serve is
    /// tried again next time).
    func readTag(
        _ tag: [UInt8], floor: UInt64, report: inout SyncReport,
        handle: (FoundEntry, [UInt8], inout SyncReport) async throws -> Void
    ) async throws {
        report.tagsRead += 1
        var cursor = try storedCursor(tag) ?? InboxCursor(after: 0, afterBatch: floor)
        while true {
            let listing: InboxListing
            do {
                listing = try await gatewayCall { try await self.gateway.inbox(tag: tag, cursor: cursor) }
            } catch let MessengerError.verification(detail) {
                // A sync reads many tags; "entry 3 is left out" means little without saying of which.
                throw MessengerError.verification("inbox tag 0x\(Hex.encode(tag)): \(detail)")
            }
            report.unresolvedBatches += listing.unresolvedBatches.count
            let entries = listing.singles.map { FoundEntry(cid: $0.cid, height: $0.height) }
                + listing.batchEntries.map { FoundEntry(cid: $0.cid, height: $0.height) }
            for entry in entries {
                guard try store.get(Space.seen, entry.cid) == nil else { continue }
                let blob: [UInt8]
                do {
                    blob = try await gateway.blob(try CID(bytes: entry.cid))
                } catch {
                    // Not handled: keep the cursor where it was so the entry is read again.
                    report.rejected.append((cid: Self.cidText(entry.cid), reason: "\(error)"))
                    return
                }
                try await handle(entry, blob, &report)
            }
            let next = listing.next
            guard next != cursor else { break }
            cursor = next
            try saveCursor(tag, cursor)
            if listing.isComplete { break }
        }
    }

    /// An envelope under a first-contact tag: a new session, or one more first message of a known one.
    func receiveFirst(
        _ blob: [UInt8], entry: FoundEntry, tag: [UInt8], now: UInt64, senders: inout [Address: IdentityRecord?], report: inout SyncReport
    ) async throws {
        let envelope: Envelope
        do {
            envelope = try Envelope(canonical: blob)
        } catch {
            return try reject(entry, "not an envelope: \(error)", &report)
        }
        guard case let .initial(ephemeralKey, _, _) = envelope else {
            return try reject(entry, "a session envelope under a first-contact tag", &report)
        }
        if let id = try store.get(Space.ephemeralKeys, ephemeralKey.rawRepresentation) {
            return try await receiveInSession(id, blob, entry: entry, tag: tag, senders: &senders, report: &report)
        }
        let accepted: (session: Session, content: MessageContent, usedOneTimePrekey: [UInt8]?)
        do {
            accepted = try Session.accept(
                blob, chainID: profile.chain.chainID, localAddress: profile.address, prekeys: try localPrekeys(), now: now)
        } catch {
            return try reject(entry, "cannot open: \(error)", &report)
        }
        let content = accepted.content
        guard try await senderIsAuthorised(content, senders: &senders) else {
            return try reject(entry, "device \(Hex.encode(content.senderDevice.rawRepresentation.prefix(8))) is not active for \(content.sender.checksummed)", &report)
        }
        if content.sender != profile.address && !profile.policy.admits(content.sender) {
            report.refused += 1
            try store.transaction { writer in
                if let used = accepted.usedOneTimePrekey { try writer.delete(Space.oneTimePrekeys, used) }
                try writer.put(Space.seen, entry.cid, [])
            }
            return
        }
        let record = SessionRecord(
            session: accepted.session, batchFloor: profile.batchFloor, scanFrom: SessionTag.epoch(at: now, length: profile.sessionEpochLength))
        let message = stored(content, entry: entry, tag: tag)
        try store.transaction { writer in
            try writer.put(Space.sessions, record.session.id, record.canonicalBytes())
            try writer.put(Space.activeSession, record.session.peerDevice.rawRepresentation, record.session.id)
            try writer.put(Space.ephemeralKeys, ephemeralKey.rawRepresentation, record.session.id)
            if let used = accepted.usedOneTimePrekey { try writer.delete(Space.oneTimePrekeys, used) }
            try writer.put(Space.seen, entry.cid, [])
            if try writer.get(Space.messages, message.key) == nil { try writer.put(Space.messages, message.key, message.canonicalBytes()) }
        }
        report.received.append(message)
    }

    /// An envelope for a known session (a session envelope, or a repeated first message).
    func receiveInSession(
        _ sessionID: [UInt8], _ blob: [UInt8], entry: FoundEntry, tag: [UInt8], senders: inout [Address: IdentityRecord?],
        report: inout SyncReport
    ) async throws {
        guard let bytes = try store.get(Space.sessions, sessionID) else { return try reject(entry, "its session is gone", &report) }
        var record = try SessionRecord(canonical: bytes)
        let content: MessageContent
        do {
            content = try record.session.open(blob)
        } catch {
            return try reject(entry, "cannot open: \(error)", &report)
        }
        guard try await senderIsAuthorised(content, senders: &senders) else {
            return try reject(entry, "device \(Hex.encode(content.senderDevice.rawRepresentation.prefix(8))) is no longer active for \(content.sender.checksummed)", &report)
        }
        let message = stored(content, entry: entry, tag: tag)
        let fresh = try store.get(Space.messages, message.key) == nil
        try store.transaction { writer in
            try writer.put(Space.sessions, sessionID, record.canonicalBytes())
            try writer.put(Space.seen, entry.cid, [])
            if fresh { try writer.put(Space.messages, message.key, message.canonicalBytes()) }
        }
        if fresh { report.received.append(message) }
    }

    /// Whether the content's device is active for its sender in the verified identity record.
    func senderIsAuthorised(_ content: MessageContent, senders: inout [Address: IdentityRecord?]) async throws -> Bool {
        if senders[content.sender] == nil { senders[content.sender] = .some(try await verifiedIdentity(content.sender)) }
        guard let record = senders[content.sender] ?? nil else { return false }
        return record.authorisedKeys.contains(content.senderDevice.rawRepresentation)
    }

    func stored(_ content: MessageContent, entry: FoundEntry, tag: [UInt8]) -> StoredMessage {
        let ownCopy = content.kind == .sentCopy
        return StoredMessage(
            direction: ownCopy ? .sent : .received, sender: content.sender, senderDevice: content.senderDevice.rawRepresentation,
            peer: ownCopy ? content.conversation : content.sender, messageID: content.messageID, sequence: content.sequence,
            sentAt: content.sentAt, body: content.body, tag: tag, cid: entry.cid, anchorHeight: entry.height, verified: true,
            storedAt: millisecondClock(), acknowledged: false)
    }

    func reject(_ entry: FoundEntry, _ reason: String, _ report: inout SyncReport) throws {
        report.rejected.append((cid: Self.cidText(entry.cid), reason: reason))
        try store.put(Space.seen, entry.cid, [])
    }

    /// A CID as text, or its hex when it does not parse.
    public static func cidText(_ bytes: [UInt8]) -> String { (try? CID(bytes: bytes).description) ?? "0x" + Hex.encode(bytes) }

    // MARK: Reading the store

    /// Every stored message, oldest first by the sender's clock; each sending device's messages to one
    /// conversation are in its own order (its sequence), whatever its clock did.
    public func messages(since millis: UInt64 = 0) throws -> [StoredMessage] {
        var all = try store.list(Space.messages).map { try StoredMessage(canonical: $0.value) }.filter { $0.sentAt >= millis }
        all.sort { a, b in
            if a.sentAt != b.sentAt { return a.sentAt < b.sentAt }
            if a.sender != b.sender { return a.sender.bytes.lexicographicallyPrecedes(b.sender.bytes) }
            return a.sequence < b.sequence
        }
        // Each stream keeps the places the clock gave it, filled in sequence order.
        struct Stream: Hashable { let sender: Address; let device: [UInt8]; let peer: Address }
        var places: [Stream: [Int]] = [:]
        for (index, message) in all.enumerated() {
            places[Stream(sender: message.sender, device: message.senderDevice, peer: message.peer), default: []].append(index)
        }
        var ordered = all
        for indices in places.values {
            for (place, message) in zip(indices, indices.map { all[$0] }.sorted { $0.sequence < $1.sequence }) { ordered[place] = message }
        }
        return ordered
    }

    /// Marks messages as read.
    public func acknowledge(_ messages: [StoredMessage]) throws {
        try store.transaction { writer in
            for message in messages where !message.acknowledged {
                var updated = message
                updated.acknowledged = true
                try writer.put(Space.messages, updated.key, updated.canonicalBytes())
            }
        }
    }

    func storedCursor(_ tag: [UInt8]) throws -> InboxCursor? {
        guard let bytes = try store.get(Space.cursors, tag) else { return nil }
        var reader = CanonicalReader(bytes)
        let cursor = InboxCursor(after: try reader.readUInt64(), afterBatch: try reader.readUInt64())
        try reader.finish()
        return cursor
    }

    func saveCursor(_ tag: [UInt8], _ cursor: InboxCursor) throws {
        var writer = CanonicalWriter()
        writer.writeUInt64(cursor.after)
        writer.writeUInt64(cursor.afterBatch)
        try store.put(Space.cursors, tag, writer.bytes)
    }

    func meta(_ name: String) throws -> UInt64? {
        guard let bytes = try store.get(Space.meta, Array(name.utf8)) else { return nil }
        var reader = CanonicalReader(bytes)
        return try reader.readUInt64()
    }

    func setMeta(_ name: String, _ value: UInt64) throws {
        var writer = CanonicalWriter()
        writer.writeUInt64(value)
        try store.put(Space.meta, Array(name.utf8), writer.bytes)
    }
}
