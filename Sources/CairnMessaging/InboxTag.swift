import CairnCrypto

/// The 32-byte tags messages are anchored under in the Inbox contract.
///
/// A first message to a device goes to its **first-contact tag**, which anyone holding the device's
/// published key can compute: it changes every epoch (a UTC day), so the chain shows when a device was
/// contacted but not one lasting mailbox per person. Later messages of a conversation use tags derived from
/// the session's secrets, which no observer can compute (issue 8).
public enum InboxTag {
    /// Seconds per epoch: a day, so a recipient who is offline for a while scans few tags per device.
    public static let epochLength: UInt64 = 86_400

    /// The epoch holding the Unix time `seconds`.
    public static func epoch(at seconds: UInt64) -> UInt64 { seconds / epochLength }

    /// SHA-256("cairn/inbox/first-contact/v1" ‖ chainId u64 ‖ deviceKey 32 ‖ epoch u64), big-endian integers.
    public static func firstContact(chainID: UInt64, deviceKey: [UInt8], epoch: UInt64) -> [UInt8] {
        precondition(deviceKey.count == 32, "device keys are 32-byte Ed25519 public keys")
        var message = Array("cairn/inbox/first-contact/v1".utf8)
        message += withUnsafeBytes(of: chainID.bigEndian, Array.init)
        message += deviceKey
        message += withUnsafeBytes(of: epoch.bigEndian, Array.init)
        return SHA256.hash(message)
    }
}
