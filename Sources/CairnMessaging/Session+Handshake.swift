import CairnCrypto

extension Session {
    static let headerKeysInfo = Array("cairn/session/header-keys/v1".utf8)

    /// Starts a session with a peer device from its bundle: X3DH, the header keys, the ratchet as Alice.
    ///
    /// The caller has checked the signed prekey's signature and expiry (`X3DH.SignedPrekey.check`) against
    /// the peer's identity key read from chain state with a proof. The ephemeral private key lives only in
    /// this call; the session keeps the seal key derived from it.
    public static func initiate(
        chainID: UInt64, localAddress: Address, localDevice: Ed25519.PrivateKey, peerAddress: Address, peerDevice: Ed25519.PublicKey,
        signedPrekey: X25519.PublicKey, oneTimePrekey: X25519.PublicKey?, now: UInt64, entropy: RatchetEntropy = .system
    ) throws -> Session {
        let ephemeral = entropy.privateKey()
        let x3dh = try X3DH.initiate(
            identity: localDevice, chainID: chainID, responder: peerDevice, signedPrekey: signedPrekey, oneTimePrekey: oneTimePrekey,
            ephemeral: ephemeral)
        let sealSecret: SecretBytes
        do { sealSecret = try ephemeral.sharedSecret(with: signedPrekey) } catch { throw HandshakeError.badKey("signed prekey \(signedPrekey)") }
        let (headerKey, nextHeaderKey) = headerKeys(x3dh.sharedSecret)
        let ratchet = try DoubleRatchet(
            initiatorWith: x3dh.sharedSecret, responderRatchetKey: signedPrekey, sharedHeaderKey: headerKey,
            sharedNextHeaderKey: nextHeaderKey, entropy: entropy)
        return Session(
            chainID: chainID, localAddress: localAddress, localDevice: localDevice.publicKey, peerAddress: peerAddress, peerDevice: peerDevice,
            role: .initiator, hasHeardFromPeer: false, initialEphemeralKey: ephemeral.publicKey, signedPrekey: signedPrekey,
            oneTimePrekey: oneTimePrekey, sendSequence: 0, createdAt: now,
            sealKey: InitialSeal.key(sharedSecret: sealSecret, ephemeralKey: ephemeral.publicKey, signedPrekey: signedPrekey),
            ratchet: ratchet)
    }

    /// Answers an initial envelope: opens the seal with each signed prekey held, runs X3DH as Bob, starts the
    /// ratchet with the signed prekey as its first key pair, and decrypts and checks the first content.
    ///
    /// The caller routes an initial envelope whose ephemeral key belongs to a session it has to that
    /// session's `open` instead, checks on-chain that `session.peerDevice` is an active device of
    /// `content.sender`, applies its contact policy, and then deletes `usedOneTimePrekey`.
    /// Throws `EnvelopeError`, `SessionError`, `HandshakeError` (`.unknownOneTimePrekey` for a one-time
    /// prekey not held), `RatchetError`, `PaddingError` or `MessageContentError`.
    public static func accept(
        _ envelope: [UInt8], chainID: UInt64, localAddress: Address, prekeys: LocalPrekeys, now: UInt64,
        entropy: RatchetEntropy = .system
    ) throws -> (session: Session, content: MessageContent, usedOneTimePrekey: [UInt8]?) {
        guard case let .initial(ephemeralKey, nonce, sealed) = try Envelope(canonical: envelope) else { throw SessionError.notInitial }
        var opened: (inner: InitialSeal.Inner, signedPrekey: X25519.PrivateKey, sealKey: SecretBytes)?
        for signedPrekey in prekeys.signedPrekeys {
            let secret: SecretBytes
            do { secret = try signedPrekey.sharedSecret(with: ephemeralKey) } catch { throw HandshakeError.badKey("ephemeral key \(ephemeralKey)") }
            let key = InitialSeal.key(sharedSecret: secret, ephemeralKey: ephemeralKey, signedPrekey: signedPrekey.publicKey)
            if let inner = try InitialSeal.open(sealed, key: key, nonce: nonce, ephemeralKey: ephemeralKey) {
                opened = (inner, signedPrekey, key)
                break
            }
        }
        guard let opened else { throw SessionError.cannotOpenSeal }
        let (inner, signedPrekey, sealKey) = opened
        guard inner.signedPrekey == signedPrekey.publicKey else { throw SessionError.initialMismatch }
        var oneTimePrekey: X25519.PrivateKey?
        if let named = inner.oneTimePrekey {
            guard let held = prekeys.oneTimePrekeys[named] else { throw HandshakeError.unknownOneTimePrekey }
            oneTimePrekey = held
        }
        let x3dh = try X3DH.respond(
            identity: prekeys.device, signedPrekey: signedPrekey, oneTimePrekey: oneTimePrekey, chainID: chainID,
            initiator: inner.senderDevice, ephemeralKey: ephemeralKey)
        let (headerKey, nextHeaderKey) = headerKeys(x3dh.sharedSecret)
        var ratchet = try DoubleRatchet(
            responderWith: x3dh.sharedSecret, ratchetKeyPair: signedPrekey, sharedHeaderKey: headerKey, sharedNextHeaderKey: nextHeaderKey)
        let content = try MessageContent(canonical: Padding.unpad(
            ratchet.decrypt(inner.message, associatedData: x3dh.associatedData, entropy: entropy)))
        guard content.senderDevice == inner.senderDevice else { throw SessionError.senderMismatch }
        try checkConversation(content, localAddress: localAddress)
        let session = Session(
            chainID: chainID, localAddress: localAddress, localDevice: prekeys.device.publicKey, peerAddress: content.sender,
            peerDevice: inner.senderDevice, role: .responder, hasHeardFromPeer: true, initialEphemeralKey: ephemeralKey,
            signedPrekey: signedPrekey.publicKey, oneTimePrekey: inner.oneTimePrekey, sendSequence: 0, createdAt: now, sealKey: sealKey,
            ratchet: ratchet)
        return (session, content, inner.oneTimePrekey?.rawRepresentation)
    }

    /// HKDF-SHA256(salt 32 zero bytes, SK, "cairn/session/header-keys/v1", 64) = shared_hka ‖ shared_nhkb.
    static func headerKeys(_ sharedSecret: SecretBytes) -> (SecretBytes, SecretBytes) {
        // 64 bytes is far below HKDF's limit, the only failure `deriveKey` has.
        let out = try! HKDF.deriveKey(
            inputKeyMaterial: sharedSecret, salt: [UInt8](repeating: 0, count: 32), info: headerKeysInfo, outputByteCount: 64)
        return out.withUnsafeBytes { b in
            (SecretBytes(copying: UnsafeRawBufferPointer(rebasing: b[0..<32])), SecretBytes(copying: UnsafeRawBufferPointer(rebasing: b[32..<64])))
        }
    }

    /// A text must be for this account; a sent-copy must come from this account's own other device.
    static func checkConversation(_ content: MessageContent, localAddress: Address) throws(SessionError) {
        switch content.kind {
        case .text: guard content.conversation == localAddress else { throw .wrongConversation }
        case .sentCopy: guard content.sender == localAddress else { throw .wrongConversation }
        }
    }
}
