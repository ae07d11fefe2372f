import CairnCrypto

/// What this node presents in every handshake: its node key, a per-process Noise static key, and the signed
/// payload binding the two for one chain.
struct LocalIdentity: Sendable {
    let nodeKey: Ed25519.PrivateKey
    /// Fresh per network instance: a leaked static key only exposes this process's sessions.
    let staticKey: X25519.PrivateKey
    let chainId: UInt64
    /// Signed once; every handshake sends the same bytes.
    let payload: HandshakePayload

    var peerID: PeerID { PeerID(nodeKey.publicKey) }

    init(nodeKey: Ed25519.PrivateKey, chainId: UInt64, listenPort: UInt16, staticKey: X25519.PrivateKey = X25519.PrivateKey()) {
        self.nodeKey = nodeKey
        self.staticKey = staticKey
        self.chainId = chainId
        payload = HandshakePayload.make(nodeKey: nodeKey, chainId: chainId, staticKey: staticKey.publicKey, listenPort: listenPort)
    }
}
