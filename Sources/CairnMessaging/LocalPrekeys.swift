import CairnCrypto

/// The private keys a device answers first messages with: its device key, the signed prekeys it still
/// holds (the current one and the previous one until it expires) and its unused one-time prekeys.
///
/// The caller loads them from its key store for each `Session.accept`, and deletes a one-time prekey once
/// a message that used it is accepted, so a second message naming it is refused.
public struct LocalPrekeys: Sendable {
    /// DK: the device's Ed25519 key, its X3DH identity key.
    public let device: Ed25519.PrivateKey
    /// Signed prekey pairs, tried in this order (current first).
    public let signedPrekeys: [X25519.PrivateKey]
    /// Unused one-time prekeys, by public key.
    public let oneTimePrekeys: [X25519.PublicKey: X25519.PrivateKey]

    /// Keys one-time prekeys by their public halves, so the lookup cannot disagree with the key.
    public init(device: Ed25519.PrivateKey, signedPrekeys: [X25519.PrivateKey], oneTimePrekeys: [X25519.PrivateKey]) {
        self.device = device
        self.signedPrekeys = signedPrekeys
        var byPublic: [X25519.PublicKey: X25519.PrivateKey] = [:]
        for key in oneTimePrekeys { byPublic[key.publicKey] = key }
        self.oneTimePrekeys = byPublic
    }
}
