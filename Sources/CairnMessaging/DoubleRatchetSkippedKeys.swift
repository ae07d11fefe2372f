import CairnCrypto

/// The spec's MKSKIPPED: message keys of messages not yet received, keyed by (header key, N), oldest first.
///
/// Bounded: beyond `capacity` the oldest keys are dropped, so a peer cannot make a session grow without end.
struct SkippedMessageKeys: Sendable {
    struct Entry: Sendable {
        let headerKey: SecretBytes
        let messageNumber: UInt32
        let messageKey: SecretBytes
    }

    private(set) var entries: [Entry] = []
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    var count: Int { entries.count }

    mutating func append(headerKey: SecretBytes, messageNumber: UInt32, messageKey: SecretBytes) {
        entries.append(Entry(headerKey: headerKey, messageNumber: messageNumber, messageKey: messageKey))
    }

    /// Drops the oldest keys beyond capacity; called once per batch so a long skip costs one shift.
    mutating func evictOldest() {
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    /// Each header key once, oldest first, so trial decryption costs one AEAD per chain, not per key.
    var distinctHeaderKeys: [SecretBytes] {
        var keys: [SecretBytes] = []
        for entry in entries where !keys.contains(where: { $0 == entry.headerKey }) { keys.append(entry.headerKey) }
        return keys
    }

    /// Removes and returns the key for (headerKey, n), if it is stored.
    mutating func take(headerKey: SecretBytes, messageNumber: UInt32) -> SecretBytes? {
        guard let index = entries.firstIndex(where: { $0.messageNumber == messageNumber && $0.headerKey == headerKey }) else {
            return nil
        }
        return entries.remove(at: index).messageKey
    }
}
