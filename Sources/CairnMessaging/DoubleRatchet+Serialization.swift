import CairnCodec
import CairnCrypto

extension DoubleRatchet {
    /// Format version 1; bumped when the layout changes so old clients refuse state they would misread.
    static let serializationVersion: UInt8 = 1

    /// The whole session in canonical bytes, for the client to store encrypted at rest. It holds every secret
    /// of the session, hence the `SecretBytes`.
    public func serialized() -> SecretBytes {
        var w = CanonicalWriter(reservingCapacity: 400 + skipped.count * 70)
        w.writeUInt8(Self.serializationVersion)
        w.writeVarint(UInt64(limits.maxSkip))
        w.writeVarint(UInt64(limits.maxStoredSkipped))
        w.writeFixed(sendingRatchetKey.rawRepresentation.unprotectedBytes)
        w.writeOptional(receivingRatchetKey) { $0.writeFixed($1.rawRepresentation) }
        w.writeFixed(rootKey.unprotectedBytes)
        for key in [sendingChainKey, receivingChainKey, sendingHeaderKey, receivingHeaderKey] {
            w.writeOptional(key) { $0.writeFixed($1.unprotectedBytes) }
        }
        w.writeFixed(nextSendingHeaderKey.unprotectedBytes)
        w.writeFixed(nextReceivingHeaderKey.unprotectedBytes)
        w.writeUInt32(sendCount)
        w.writeUInt32(receiveCount)
        w.writeUInt32(previousSendCount)
        w.writeArray(skipped.entries) { w, entry in
            w.writeFixed(entry.headerKey.unprotectedBytes)
            w.writeUInt32(entry.messageNumber)
            w.writeFixed(entry.messageKey.unprotectedBytes)
        }
        var bytes = w.bytes
        defer { RatchetKDF.zero(&bytes) }
        return SecretBytes(bytes)
    }

    /// Restores a session from `serialized()`, refusing anything not exactly in that form.
    public init(serialized: SecretBytes) throws(RatchetError) {
        var r = CanonicalReader(serialized.unprotectedBytes)
        do {
            try self.init(reading: &r)
            try r.finish()
        } catch let error as RatchetError {
            throw error
        } catch {
            throw .malformed("ratchet state: \(error)")
        }
    }

    private init(reading r: inout CanonicalReader) throws {
        let version = try r.readUInt8()
        guard version == Self.serializationVersion else { throw RatchetError.malformed("unknown ratchet state version \(version)") }
        let maxSkip = try r.readVarint(), maxStored = try r.readVarint()
        guard maxSkip <= UInt64(RatchetLimits.ceiling), maxStored <= UInt64(RatchetLimits.ceiling) else {
            throw RatchetError.invalidLimits("stored limits exceed \(RatchetLimits.ceiling)")
        }
        limits = try RatchetLimits(maxSkip: Int(maxSkip), maxStoredSkipped: Int(maxStored))
        func key(_ r: inout CanonicalReader) throws -> SecretBytes { SecretBytes(try r.readFixed(count: 32)) }
        sendingRatchetKey = try X25519.PrivateKey(rawRepresentation: key(&r))
        receivingRatchetKey = try r.readOptional { try X25519.PublicKey(rawRepresentation: $0.readFixed(count: 32)) }
        rootKey = try key(&r)
        sendingChainKey = try r.readOptional(key)
        receivingChainKey = try r.readOptional(key)
        sendingHeaderKey = try r.readOptional(key)
        receivingHeaderKey = try r.readOptional(key)
        nextSendingHeaderKey = try key(&r)
        nextReceivingHeaderKey = try key(&r)
        sendCount = try r.readUInt32()
        receiveCount = try r.readUInt32()
        previousSendCount = try r.readUInt32()
        // The chains come and go together with their header keys; anything else was never written by us.
        guard (sendingChainKey == nil) == (sendingHeaderKey == nil), (receivingChainKey == nil) == (receivingHeaderKey == nil),
              (receivingChainKey == nil) || receivingRatchetKey != nil
        else { throw RatchetError.malformed("ratchet state: chain keys without their header keys") }
        var store = SkippedMessageKeys(capacity: limits.maxStoredSkipped)
        let entries = try r.readArray(maxCount: limits.maxStoredSkipped) { r in
            (try key(&r), try r.readUInt32(), try key(&r))
        }
        for (headerKey, number, messageKey) in entries {
            guard store.take(headerKey: headerKey, messageNumber: number) == nil else {
                throw RatchetError.malformed("ratchet state: skipped key (header key, \(number)) stored twice")
            }
            store.append(headerKey: headerKey, messageNumber: number, messageKey: messageKey)
        }
        skipped = store
    }
}
