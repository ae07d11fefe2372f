import CairnCodec
import CairnCrypto

/// The inbox tags a session's envelopes are anchored under, derived from the sending header key.
///
/// Only the two devices of the session hold the header keys, so no observer can compute a tag from an
/// address or a published key; each DH ratchet step replaces the keys and each epoch the tag, so tags never
/// repeat across epochs or ratchet steps (docs/MESSAGING.md, "Inbox tags").
public enum SessionTag {
    static let domain = Array("cairn/inbox/session/v1".utf8)

    /// An hour: a client parameter, so a busy conversation does not pile up under one tag for a day.
    public static let defaultEpochLength: UInt64 = 3_600

    /// HMAC-SHA256(headerKey, "cairn/inbox/session/v1" ‖ chainId u64 ‖ epoch u64).
    public static func tag(headerKey: SecretBytes, chainID: UInt64, epoch: UInt64) -> [UInt8] {
        var message = CanonicalWriter(reservingCapacity: domain.count + 16)
        message.writeFixed(domain)
        message.writeUInt64(chainID)
        message.writeUInt64(epoch)
        return HMACSHA256.authenticationCode(for: message.bytes, key: headerKey)
    }

    /// The epoch holding the Unix time `seconds` for epochs of `length` seconds (which must not be zero:
    /// it is the client's own setting, never a peer's).
    public static func epoch(at seconds: UInt64, length: UInt64 = defaultEpochLength) -> UInt64 {
        precondition(length > 0, "a session epoch must last at least one second")
        return seconds / length
    }
}
