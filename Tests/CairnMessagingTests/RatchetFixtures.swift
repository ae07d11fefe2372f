import CairnCrypto
import Foundation
@testable import CairnMessaging

/// A deterministic entropy source: SHA-256(label ‖ counter), so every run derives the same keys and nonces.
final class SeededEntropy: @unchecked Sendable {
    private let lock = NSLock()
    private let label: [UInt8]
    private var counter: UInt64 = 0

    init(_ label: String) { self.label = Array(label.utf8) }

    var entropy: RatchetEntropy {
        RatchetEntropy { [self] count in
            lock.lock()
            defer { lock.unlock() }
            var out: [UInt8] = []
            while out.count < count {
                counter += 1
                out += SHA256.hash(label + withUnsafeBytes(of: counter.bigEndian, Array.init))
            }
            return Array(out.prefix(count))
        }
    }
}

/// Alice (initiator) and Bob (responder) after an agreed handshake, with fixed secrets.
struct RatchetPair {
    var alice: DoubleRatchet
    var bob: DoubleRatchet
    let aliceEntropy = SeededEntropy("alice")
    let bobEntropy = SeededEntropy("bob")

    /// `secretByte` picks the handshake's outputs, so two pairs with different bytes are unrelated sessions.
    init(limits: RatchetLimits = .standard, secretByte: UInt8 = 0x11) throws {
        let sharedSecret = SecretBytes([UInt8](repeating: secretByte, count: 32))
        let headerKey = SecretBytes([UInt8](repeating: secretByte &+ 1, count: 32))
        let nextHeaderKey = SecretBytes([UInt8](repeating: secretByte &+ 2, count: 32))
        let bobKey = try X25519.PrivateKey(rawRepresentation: [UInt8](repeating: secretByte &+ 3, count: 32))
        alice = try DoubleRatchet(
            initiatorWith: sharedSecret, responderRatchetKey: bobKey.publicKey, sharedHeaderKey: headerKey,
            sharedNextHeaderKey: nextHeaderKey, limits: limits, entropy: aliceEntropy.entropy)
        bob = try DoubleRatchet(
            responderWith: sharedSecret, ratchetKeyPair: bobKey, sharedHeaderKey: headerKey,
            sharedNextHeaderKey: nextHeaderKey, limits: limits)
    }

    mutating func aliceSends(_ text: String, ad: [UInt8] = []) throws -> RatchetMessage {
        try alice.encrypt(Array(text.utf8), associatedData: ad)
    }

    mutating func bobSends(_ text: String, ad: [UInt8] = []) throws -> RatchetMessage {
        try bob.encrypt(Array(text.utf8), associatedData: ad)
    }

    mutating func bobReads(_ message: RatchetMessage, ad: [UInt8] = []) throws -> String {
        String(decoding: try bob.decrypt(message, associatedData: ad, entropy: bobEntropy.entropy), as: UTF8.self)
    }

    mutating func aliceReads(_ message: RatchetMessage, ad: [UInt8] = []) throws -> String {
        String(decoding: try alice.decrypt(message, associatedData: ad, entropy: aliceEntropy.entropy), as: UTF8.self)
    }
}

func flippingBit(_ bytes: [UInt8], at index: Int) -> [UInt8] {
    var copy = bytes
    copy[index] ^= 0x01
    return copy
}
