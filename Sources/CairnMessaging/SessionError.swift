/// Why a session refused to accept, open or seal a message, or to restore its state.
///
/// A session that throws is unchanged, so the caller can drop the envelope and carry on.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `accept` takes initial envelopes only; a session envelope belongs to an existing session.
    case notInitial
    /// No signed prekey this device holds opens the seal (another device's, an expired prekey, or
    /// altered), or this session's seal key does not open it (altered).
    case cannotOpenSeal
    /// An initial envelope whose ephemeral key is not this session's: it starts another session.
    case otherSession
    /// A repeated initial envelope names a sender device or prekeys other than the session's first one did.
    case initialMismatch
    /// The content's sender or sender device is not the session's peer (or the device that sealed it).
    case senderMismatch
    /// A text whose conversation is not this account, or a sent-copy from another account: a message
    /// replayed to someone it was not written for.
    case wrongConversation
    /// `seal` was given content this device did not write, or for a conversation this session does not carry.
    case notOurContent(String)
    /// Serialized session state that is not exactly what `serialized()` writes.
    case malformedState(String)

    public var description: String {
        switch self {
        case .notInitial: "not an initial envelope: it belongs to an existing session"
        case .cannotOpenSeal: "the initial envelope does not open with any signed prekey held (another device's, expired, or altered)"
        case .otherSession: "the initial envelope starts another session"
        case .initialMismatch: "a repeated initial envelope names another device or other prekeys than the session's"
        case .senderMismatch: "the message's sender is not the session's peer device"
        case .wrongConversation: "the message was written for another conversation"
        case let .notOurContent(why): "cannot seal: \(why)"
        case let .malformedState(why): "malformed session state: \(why)"
        }
    }
}
