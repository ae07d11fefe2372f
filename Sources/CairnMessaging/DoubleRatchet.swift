import CairnCrypto

/// One side of a Double Ratchet session with header encryption, as Signal specifies it (section 4).
///
/// A value type: `decrypt` works on a copy and stores it only when the message authenticates, so forged,
/// replayed or altered messages leave the session exactly as it was (the spec asks for this).
public struct DoubleRatchet: Sendable {
    var sendingRatchetKey: X25519.PrivateKey            // DHs
    var receivingRatchetKey: X25519.PublicKey?          // DHr
    var rootKey: SecretBytes                            // RK
    var sendingChainKey: SecretBytes?                   // CKs
    var receivingChainKey: SecretBytes?                 // CKr
    var sendingHeaderKey: SecretBytes?                  // HKs
    var receivingHeaderKey: SecretBytes?                // HKr
    var nextSendingHeaderKey: SecretBytes               // NHKs
    var nextReceivingHeaderKey: SecretBytes             // NHKr
    var sendCount: UInt32 = 0                           // Ns
    var receiveCount: UInt32 = 0                        // Nr
    var previousSendCount: UInt32 = 0                   // PN
    var skipped: SkippedMessageKeys
    /// The limits this session enforces; kept with the state so a restored session behaves the same.
    public let limits: RatchetLimits

    /// RatchetInitAlice: the initiator, who knows the responder's ratchet public key and can send at once.
    public init(
        initiatorWith sharedSecret: SecretBytes, responderRatchetKey: X25519.PublicKey,
        sharedHeaderKey: SecretBytes, sharedNextHeaderKey: SecretBytes,
        limits: RatchetLimits = .standard, entropy: RatchetEntropy = .system
    ) throws(RatchetError) {
        try Self.checkSecrets(sharedSecret, sharedHeaderKey, sharedNextHeaderKey)
        sendingRatchetKey = entropy.privateKey()
        receivingRatchetKey = responderRatchetKey
        let dh = try Self.agree(sendingRatchetKey, responderRatchetKey)
        (rootKey, sendingChainKey, nextSendingHeaderKey) = RatchetKDF.root(sharedSecret, dh)
        sendingHeaderKey = sharedHeaderKey
        nextReceivingHeaderKey = sharedNextHeaderKey
        skipped = SkippedMessageKeys(capacity: limits.maxStoredSkipped)
        self.limits = limits
    }

    /// RatchetInitBob: the responder, whose ratchet key pair the initiator used; it must receive before sending.
    public init(
        responderWith sharedSecret: SecretBytes, ratchetKeyPair: X25519.PrivateKey,
        sharedHeaderKey: SecretBytes, sharedNextHeaderKey: SecretBytes, limits: RatchetLimits = .standard
    ) throws(RatchetError) {
        try Self.checkSecrets(sharedSecret, sharedHeaderKey, sharedNextHeaderKey)
        sendingRatchetKey = ratchetKeyPair
        rootKey = sharedSecret
        nextSendingHeaderKey = sharedNextHeaderKey
        nextReceivingHeaderKey = sharedHeaderKey
        skipped = SkippedMessageKeys(capacity: limits.maxStoredSkipped)
        self.limits = limits
    }

    /// Whether this side has a sending chain (the responder has none until the first message arrives).
    public var canSend: Bool { sendingChainKey != nil }

    /// Skipped message keys held for late messages.
    public var storedSkippedKeyCount: Int { skipped.count }

    /// HKs: the key this side seals its next header with, which names the session's outgoing inbox tag;
    /// nil while it cannot send (the responder before its first message arrives).
    public var currentSendingHeaderKey: SecretBytes? { sendingChainKey == nil ? nil : sendingHeaderKey }

    /// Every header key a message from the peer may arrive under, each once: HKr (if any), NHKr (the peer's
    /// next chain), then the chains that still have skipped message keys, oldest first. A receiver watches
    /// the inbox tags of all of them.
    public var receivingHeaderKeys: [SecretBytes] {
        var keys: [SecretBytes] = []
        let candidates = (receivingHeaderKey.map { [$0] } ?? []) + [nextReceivingHeaderKey] + skipped.distinctHeaderKeys
        for key in candidates where !keys.contains(where: { $0 == key }) { keys.append(key) }
        return keys
    }

    /// RatchetEncryptHE: seals `plaintext`, binding `associatedData` (e.g. both identities) and the header.
    /// Deterministic in the state: every key and nonce comes from the sending chain.
    public mutating func encrypt(_ plaintext: [UInt8], associatedData: [UInt8] = []) throws(RatchetError) -> RatchetMessage {
        guard let chainKey = sendingChainKey, let headerKey = sendingHeaderKey else { throw .notReadyToSend }
        guard sendCount < UInt32.max else { throw .chainExhausted }
        let (nextChain, messageKey) = RatchetKDF.chain(chainKey)
        let header = RatchetHeader(
            ratchetKey: sendingRatchetKey.publicKey, previousChainLength: previousSendCount, messageNumber: sendCount)
        let encryptedHeader = header.sealed(headerKey: headerKey, nonce: RatchetKDF.headerNonce(chainKey))
        let ciphertext = RatchetKDF.seal(plaintext, messageKey: messageKey, associatedData: associatedData + encryptedHeader)
        sendingChainKey = nextChain
        sendCount += 1
        return RatchetMessage(encryptedHeader: encryptedHeader, ciphertext: ciphertext)
    }

    /// RatchetDecryptHE: opens `message`, or throws and leaves the session untouched.
    public mutating func decrypt(
        _ message: RatchetMessage, associatedData: [UInt8] = [], entropy: RatchetEntropy = .system
    ) throws(RatchetError) -> [UInt8] {
        var copy = self
        let plaintext = try copy.decryptInPlace(message, associatedData: associatedData, entropy: entropy)
        self = copy
        return plaintext
    }

    private mutating func decryptInPlace(
        _ message: RatchetMessage, associatedData: [UInt8], entropy: RatchetEntropy
    ) throws(RatchetError) -> [UInt8] {
        let ad = associatedData + message.encryptedHeader
        // TrySkippedMessageKeysHE. A header that opens under an old chain's key but names no stored
        // message is a replay (or a key evicted as too old); remember it to say so if nothing else fits.
        var opensUnderSkippedChain = false
        for headerKey in skipped.distinctHeaderKeys {
            guard let header = RatchetHeader.open(message.encryptedHeader, headerKey: headerKey) else { continue }
            guard let messageKey = skipped.take(headerKey: headerKey, messageNumber: header.messageNumber) else {
                opensUnderSkippedChain = true
                continue
            }
            guard let plaintext = RatchetKDF.open(message.ciphertext, messageKey: messageKey, associatedData: ad) else {
                throw .undecryptable
            }
            return plaintext
        }

        // DecryptHeader.
        let header: RatchetHeader
        if let hk = receivingHeaderKey, let current = RatchetHeader.open(message.encryptedHeader, headerKey: hk) {
            // Keys below Nr in the current chain were either used or moved to the skipped store above.
            guard current.messageNumber >= receiveCount else { throw .replayed }
            header = current
        } else if let next = RatchetHeader.open(message.encryptedHeader, headerKey: nextReceivingHeaderKey) {
            header = next
            try skipMessageKeys(until: header.previousChainLength)
            try ratchetStep(peerKey: header.ratchetKey, entropy: entropy)
        } else {
            throw opensUnderSkippedChain ? .replayed : .undecryptable
        }

        try skipMessageKeys(until: header.messageNumber)
        guard let chainKey = receivingChainKey else { throw .undecryptable }
        let (nextChain, messageKey) = RatchetKDF.chain(chainKey)
        receivingChainKey = nextChain
        receiveCount += 1
        guard let plaintext = RatchetKDF.open(message.ciphertext, messageKey: messageKey, associatedData: ad) else {
            throw .undecryptable
        }
        return plaintext
    }

    /// SkipMessageKeysHE: stores the keys of messages Nr ..< until in the current receiving chain.
    private mutating func skipMessageKeys(until: UInt32) throws(RatchetError) {
        guard until > receiveCount else { return }
        let requested = UInt64(until - receiveCount)
        guard requested <= UInt64(limits.maxSkip) else { throw .tooManySkipped(requested: requested, limit: limits.maxSkip) }
        guard var chainKey = receivingChainKey, let headerKey = receivingHeaderKey else { return }
        while receiveCount < until {
            let (next, messageKey) = RatchetKDF.chain(chainKey)
            skipped.append(headerKey: headerKey, messageNumber: receiveCount, messageKey: messageKey)
            chainKey = next
            receiveCount += 1
        }
        receivingChainKey = chainKey
        skipped.evictOldest()
    }

    /// DHRatchetHE: a new receiving chain from the peer's key, then a new sending chain from a fresh key.
    private mutating func ratchetStep(peerKey: X25519.PublicKey, entropy: RatchetEntropy) throws(RatchetError) {
        previousSendCount = sendCount
        sendCount = 0
        receiveCount = 0
        sendingHeaderKey = nextSendingHeaderKey
        receivingHeaderKey = nextReceivingHeaderKey
        receivingRatchetKey = peerKey
        (rootKey, receivingChainKey, nextReceivingHeaderKey) = RatchetKDF.root(rootKey, try Self.agree(sendingRatchetKey, peerKey))
        sendingRatchetKey = entropy.privateKey()
        (rootKey, sendingChainKey, nextSendingHeaderKey) = RatchetKDF.root(rootKey, try Self.agree(sendingRatchetKey, peerKey))
    }

    private static func agree(_ ours: X25519.PrivateKey, _ theirs: X25519.PublicKey) throws(RatchetError) -> SecretBytes {
        do { return try ours.sharedSecret(with: theirs) } catch { throw .invalidPeerKey }
    }

    private static func checkSecrets(_ secrets: SecretBytes...) throws(RatchetError) {
        for secret in secrets where secret.count != 32 {
            throw .malformed("shared secrets and header keys must be 32 bytes, got \(secret.count)")
        }
    }
}
