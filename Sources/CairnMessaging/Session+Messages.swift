import CairnCrypto

extension Session {
    /// Pads, encrypts and wraps `content` for the peer device: an initial envelope while this side has not
    /// heard from the peer (initiator), a session envelope after. The content must be this device's and fit
    /// the session: a text to the peer account, or a sent-copy to one of this account's own devices.
    /// Throws `SessionError`, `PaddingError` or `RatchetError`.
    public mutating func seal(_ content: MessageContent, entropy: RatchetEntropy = .system) throws -> [UInt8] {
        guard content.sender == localAddress, content.senderDevice == localDevice else {
            throw SessionError.notOurContent("the content names another sender or device than this session's")
        }
        switch content.kind {
        case .text:
            guard content.conversation == peerAddress else { throw SessionError.notOurContent("a text to another account than the peer") }
        case .sentCopy:
            guard peerAddress == localAddress else { throw SessionError.notOurContent("a sent-copy to another account's device") }
        }
        let envelope = try sealUnchecked(content, entropy: entropy)
        if content.kind == .text, content.sequence < UInt64.max { sendSequence = max(sendSequence, content.sequence + 1) }
        return envelope
    }

    /// `seal` without the content checks, so tests can forge what a hostile peer would send.
    mutating func sealUnchecked(_ content: MessageContent, entropy: RatchetEntropy) throws -> [UInt8] {
        let padded = try Padding.pad(content.canonicalBytes)
        guard sendsInitialEnvelopes else {
            return Envelope.session(try ratchet.encrypt(padded, associatedData: associatedData)).canonicalBytes
        }
        guard let sealKey else { throw SessionError.malformedState("an initiator that has not heard from its peer has no seal key") }
        let message = try ratchet.encrypt(padded, associatedData: associatedData)
        let inner = InitialSeal.Inner(senderDevice: localDevice, signedPrekey: signedPrekey, oneTimePrekey: oneTimePrekey, message: message)
        let nonce = entropy.bytes(XChaCha20Poly1305.nonceByteCount)
        let sealed = InitialSeal.seal(inner, key: sealKey, nonce: nonce, ephemeralKey: initialEphemeralKey)
        return Envelope.initial(ephemeralKey: initialEphemeralKey, nonce: nonce, sealed: sealed).canonicalBytes
    }

    /// Decrypts an envelope from the peer: a session envelope, or (responder) a repeated initial envelope
    /// carrying this session's ephemeral key. Checks the content came from the peer device and was written
    /// for this account; the initiator then stops sending initial envelopes. On any error the session is
    /// unchanged. Throws `EnvelopeError`, `SessionError`, `RatchetError`, `PaddingError` or `MessageContentError`.
    public mutating func open(_ envelope: [UInt8], entropy: RatchetEntropy = .system) throws -> MessageContent {
        let message: RatchetMessage
        switch try Envelope(canonical: envelope) {
        case let .session(sessionMessage):
            message = sessionMessage
        case let .initial(ephemeralKey, nonce, sealed):
            // Only the responder receives initial envelopes; the initiator seeing its own would be a reflection.
            guard role == .responder, ephemeralKey == initialEphemeralKey, let sealKey else { throw SessionError.otherSession }
            guard let inner = try InitialSeal.open(sealed, key: sealKey, nonce: nonce, ephemeralKey: ephemeralKey) else {
                throw SessionError.cannotOpenSeal
            }
            guard inner.senderDevice == peerDevice, inner.signedPrekey == signedPrekey, inner.oneTimePrekey == oneTimePrekey else {
                throw SessionError.initialMismatch
            }
            message = inner.message
        }
        var copy = self
        let content = try MessageContent(canonical: Padding.unpad(
            copy.ratchet.decrypt(message, associatedData: associatedData, entropy: entropy)))
        guard content.sender == peerAddress, content.senderDevice == peerDevice else { throw SessionError.senderMismatch }
        try Self.checkConversation(content, localAddress: localAddress)
        if copy.sendsInitialEnvelopes {
            copy.hasHeardFromPeer = true
            copy.sealKey = nil
        }
        self = copy
        return content
    }
}
