import CairnCodec
import CairnCrypto

extension Session {
    /// Format version 1; bumped when the layout changes so old clients refuse state they would misread.
    static let serializationVersion: UInt8 = 1

    /// version u8 ‖ chainId u64 ‖ localAddress 20 ‖ localDevice 32 ‖ peerAddress 20 ‖ peerDevice 32 ‖ role u8 ‖
    /// heardFromPeer bool ‖ EK_A 32 ‖ SPK_B 32 ‖ Optional<OPK 32> ‖ Optional<sealKey 32> ‖ sendSequence u64 ‖
    /// createdAt u64 ‖ ratchet state bytes. The id and AD are derived, not stored, so they cannot disagree.
    /// Every secret of the session is in it: the client stores it encrypted at rest.
    public func serialized() -> SecretBytes {
        var ratchetBytes = ratchet.serialized().unprotectedBytes
        var w = CanonicalWriter(reservingCapacity: 300 + ratchetBytes.count)
        w.writeUInt8(Self.serializationVersion)
        w.writeUInt64(chainID)
        w.writeFixed(localAddress.bytes)
        w.writeFixed(localDevice.rawRepresentation)
        w.writeFixed(peerAddress.bytes)
        w.writeFixed(peerDevice.rawRepresentation)
        w.writeUInt8(role.rawValue)
        w.writeBool(hasHeardFromPeer)
        w.writeFixed(initialEphemeralKey.rawRepresentation)
        w.writeFixed(signedPrekey.rawRepresentation)
        w.writeOptional(oneTimePrekey) { $0.writeFixed($1.rawRepresentation) }
        w.writeOptional(sealKey) { $0.writeFixed($1.unprotectedBytes) }
        w.writeUInt64(sendSequence)
        w.writeUInt64(createdAt)
        w.writeBytes(ratchetBytes)
        var bytes = w.bytes
        defer { RatchetKDF.zero(&bytes); RatchetKDF.zero(&ratchetBytes) }
        return SecretBytes(bytes)
    }

    /// Restores a session from `serialized()`, refusing anything not exactly in that form or whose parts
    /// contradict each other (a seal key where none belongs, a ratchet that cannot send).
    public init(serialized: SecretBytes) throws(SessionError) {
        var r = CanonicalReader(serialized.unprotectedBytes)
        do {
            let version = try r.readUInt8()
            guard version == Self.serializationVersion else { throw SessionError.malformedState("unknown session state version \(version)") }
            let chainID = try r.readUInt64()
            let localAddress = try Address(bytes: r.readFixed(count: Address.byteCount))
            let localDevice = try Ed25519.PublicKey(rawRepresentation: r.readFixed(count: Ed25519.keyByteCount))
            let peerAddress = try Address(bytes: r.readFixed(count: Address.byteCount))
            let peerDevice = try Ed25519.PublicKey(rawRepresentation: r.readFixed(count: Ed25519.keyByteCount))
            let rawRole = try r.readUInt8()
            guard let role = Role(rawValue: rawRole) else { throw SessionError.malformedState("unknown role \(rawRole)") }
            let heard = try r.readBool()
            let ephemeralKey = try X25519.PublicKey(rawRepresentation: r.readFixed(count: X25519.keyByteCount))
            let signedPrekey = try X25519.PublicKey(rawRepresentation: r.readFixed(count: X25519.keyByteCount))
            let oneTimePrekey = try r.readOptional { try X25519.PublicKey(rawRepresentation: $0.readFixed(count: X25519.keyByteCount)) }
            let sealKey = try r.readOptional { SecretBytes(try $0.readFixed(count: 32)) }
            let sendSequence = try r.readUInt64(), createdAt = try r.readUInt64()
            var ratchetBytes = try r.readBytes()
            defer { RatchetKDF.zero(&ratchetBytes) }
            let ratchet = try DoubleRatchet(serialized: SecretBytes(ratchetBytes))
            try r.finish()
            // What initiate, accept and open maintain; anything else was never written by a Session.
            guard role == .initiator || heard else { throw SessionError.malformedState("a responder has always heard from its peer") }
            guard (sealKey == nil) == (role == .initiator && heard) else {
                throw SessionError.malformedState("a seal key belongs to a responder or to an initiator still sending initial envelopes")
            }
            guard ratchet.canSend else { throw SessionError.malformedState("the ratchet cannot send") }
            self.init(
                chainID: chainID, localAddress: localAddress, localDevice: localDevice, peerAddress: peerAddress, peerDevice: peerDevice,
                role: role, hasHeardFromPeer: heard, initialEphemeralKey: ephemeralKey, signedPrekey: signedPrekey,
                oneTimePrekey: oneTimePrekey, sendSequence: sendSequence, createdAt: createdAt, sealKey: sealKey, ratchet: ratchet)
        } catch let error as SessionError {
            throw error
        } catch {
            throw .malformedState("\(error)")
        }
    }
}
