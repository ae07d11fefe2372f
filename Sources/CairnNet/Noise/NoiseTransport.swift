/// A Noise transport session (spec §5, after `Split`): one cipher per direction.
///
/// Decryption failure poisons the session for good: a Noise stream has no way to resynchronise, and accepting
/// anything after a forgery would let an attacker probe. Callers drop the connection when any call throws.
public struct NoiseTransport: Sendable {
    private var sending: NoiseCipherState
    private var receiving: NoiseCipherState
    /// The handshake transcript hash, equal on both sides.
    public let handshakeHash: [UInt8]
    private var failed = false

    init(sending: NoiseCipherState, receiving: NoiseCipherState, handshakeHash: [UInt8]) {
        self.sending = sending
        self.receiving = receiving
        self.handshakeHash = handshakeHash
    }

    /// Encrypts one transport message (at most 65,519 bytes of plaintext).
    public mutating func encrypt(_ plaintext: [UInt8]) throws(NoiseError) -> [UInt8] {
        guard !failed else { throw .wrongState("session already failed") }
        do throws(NoiseError) {
            return try sending.encrypt(plaintext)
        } catch {
            failed = true
            throw error
        }
    }

    /// Decrypts the next transport message from the peer, in order.
    public mutating func decrypt(_ ciphertext: [UInt8]) throws(NoiseError) -> [UInt8] {
        guard !failed else { throw .wrongState("session already failed") }
        do throws(NoiseError) {
            return try receiving.decrypt(ciphertext)
        } catch {
            failed = true
            throw error
        }
    }

    /// Whether a call has failed; a failed session accepts nothing more.
    public var hasFailed: Bool { failed }

    /// Next nonces in each direction, for tests and diagnostics.
    public var sendingNonce: UInt64 { sending.nonce }
    public var receivingNonce: UInt64 { receiving.nonce }

    /// Moves both nonces, so tests can reach the reserved end of the nonce space without 2^64 messages.
    mutating func setNonces(sending s: UInt64, receiving r: UInt64) throws(NoiseError) {
        guard let sendKey = sending.keyForTesting, let receiveKey = receiving.keyForTesting else {
            throw .wrongState("transport has no keys")
        }
        sending = NoiseCipherState(key: sendKey, nonce: s)
        receiving = NoiseCipherState(key: receiveKey, nonce: r)
    }
}
