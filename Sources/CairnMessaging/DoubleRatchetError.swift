/// Why the Double Ratchet refused to encrypt, decrypt or restore a session.
///
/// A failed decryption never changes the session, so a caller can drop the message and carry on.
public enum RatchetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// This side has not yet received a message, so it has no sending chain (the responder speaks second).
    case notReadyToSend
    /// The message claims to be further ahead in its chain than the session will skip.
    case tooManySkipped(requested: UInt64, limit: Int)
    /// No header key opens the header, or the body failed authentication: forged, altered or not for us.
    case undecryptable
    /// The header opens, but its message key was already used (or discarded as too old): a replay.
    case replayed
    /// The peer sent a low-order Diffie-Hellman key, which would give an all-zero shared secret.
    case invalidPeerKey
    /// A sending chain reached 2^32 - 1 messages; the peer must reply to move the ratchet on.
    case chainExhausted
    /// Limits outside what a session accepts.
    case invalidLimits(String)
    /// Serialized state, a message or a header is not in canonical form.
    case malformed(String)

    public var description: String {
        switch self {
        case .notReadyToSend: return "cannot send yet: wait for the first message from the initiator"
        case let .tooManySkipped(requested, limit):
            return "message would skip \(requested) keys, more than the limit of \(limit)"
        case .undecryptable: return "message cannot be decrypted: not for this session, or altered"
        case .replayed: return "message was already received (replay) or its key was discarded"
        case .invalidPeerKey: return "peer ratchet key is a low-order point"
        case .chainExhausted: return "sending chain exhausted; wait for a reply"
        case let .invalidLimits(why): return "invalid ratchet limits: \(why)"
        case let .malformed(why): return "malformed ratchet data: \(why)"
        }
    }
}
