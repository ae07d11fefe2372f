import CairnCodec
import CairnCrypto
import CairnRPC

/// Why an anchoring request is refused before anything is queued.
public enum AnchorRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field is missing or has the wrong form.
    case malformed(String)
    /// The signature does not recover to a key, or not to the sender the request names.
    case badSignature(String)

    public var description: String {
        switch self {
        case let .malformed(detail): "malformed anchoring request: \(detail)"
        case let .badSignature(detail): "bad signature: \(detail)"
        }
    }
}

/// A request, signed by its sender, that a gateway anchor a CID under an inbox tag on-chain.
///
/// The gateway pays for the transaction, so it must not be made to anchor for someone who did not ask:
/// it anchors only what a key signed, and it rate-limits by that key. The signature covers the chain,
/// the tag, the CID and an expiry time, and the gateway keeps each accepted request's digest until it
/// expires, so a request can be neither replayed nor moved to another chain.
///
/// JSON: `{"tag": "0x…32 bytes", "cid": "b…", "expires": unix seconds, "signature": "0x…65 bytes r‖s‖v",
/// "sender": "0x…" (optional; checked against the recovered signer)}`.
public struct AnchorRequest: Equatable, Sendable {
    /// Domain separation: these bytes start every signed request, so no other signed Cairn message
    /// (or transaction) can be passed off as one.
    public static let domain = Array("cairn/gateway/anchor/v1".utf8)
    /// The longest a request may be valid for, so the gateway's replay memory stays bounded.
    public static let maximumLifetime: UInt64 = 3_600

    public let tag: [UInt8]
    /// The CID's binary form (1…64 bytes, as the Inbox contract accepts).
    public let cid: [UInt8]
    /// Unix seconds after which the request is void.
    public let expires: UInt64
    /// r ‖ s ‖ v (v = recovery id + 27).
    public let signature: [UInt8]
    /// The recovered signer.
    public let sender: Address
    /// What was signed: keccak256(domain ‖ chainId u64 ‖ tag ‖ cid (length-prefixed) ‖ expires u64).
    public let digest: [UInt8]

    public static func digest(chainID: UInt64, tag: [UInt8], cid: [UInt8], expires: UInt64) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(domain)
        writer.writeUInt64(chainID)
        writer.writeFixed(tag)
        writer.writeBytes(cid)
        writer.writeUInt64(expires)
        return Keccak256.hash(writer.bytes)
    }

    /// Signs a request with the sender's key.
    public init(tag: [UInt8], cid: [UInt8], expires: UInt64, chainID: UInt64, key: Secp256k1.PrivateKey) throws(AnchorRequestError) {
        try Self.checkShape(tag: tag, cid: cid)
        let digest = Self.digest(chainID: chainID, tag: tag, cid: cid, expires: expires)
        do {
            let signature = try key.recoverableSignature(forDigest: digest)
            self.init(tag: tag, cid: cid, expires: expires, signature: signature.rsv(), sender: Address(publicKey: key.publicKey), digest: digest)
        } catch {
            throw .badSignature("\(error)")
        }
    }

    private init(tag: [UInt8], cid: [UInt8], expires: UInt64, signature: [UInt8], sender: Address, digest: [UInt8]) {
        self.tag = tag
        self.cid = cid
        self.expires = expires
        self.signature = signature
        self.sender = sender
        self.digest = digest
    }

    /// Parses a request and recovers its signer for `chainID`; `cid` turns the text form into bytes
    /// (and refuses what is not a CID). Nothing about time is checked here: see `check(now:)`.
    public init(json: JSONValue, chainID: UInt64, cid parseCID: (String) -> [UInt8]?) throws(AnchorRequestError) {
        guard case .object = json else { throw .malformed("the body must be a JSON object") }
        func bytes(_ name: String, count: Int) throws(AnchorRequestError) -> [UInt8] {
            guard let text = json[name]?.string else { throw .malformed("'\(name)' is missing or not a string") }
            guard text.hasPrefix("0x"), let bytes = try? Hex.decode(text.dropFirst(2)), bytes.count == count else {
                throw .malformed("'\(name)' must be 0x and \(count) bytes in hex")
            }
            return bytes
        }
        let tag = try bytes("tag", count: 32)
        guard let cidText = json["cid"]?.string else { throw .malformed("'cid' is missing or not a string") }
        guard let cid = parseCID(cidText) else { throw .malformed("'cid' is not a CID: '\(cidText.prefix(80))'") }
        try Self.checkShape(tag: tag, cid: cid)
        guard let expiresValue = json["expires"]?.integer, expiresValue > 0 else {
            throw .malformed("'expires' must be a positive whole number of Unix seconds")
        }
        let expires = UInt64(expiresValue)
        let signatureBytes = try bytes("signature", count: 65)
        let digest = Self.digest(chainID: chainID, tag: tag, cid: cid, expires: expires)
        let sender: Address
        do {
            let signature = try Secp256k1.RecoverableSignature(rsv: signatureBytes)
            // A high-s twin would be a second spelling of the same request; only one is accepted.
            guard signature.signature.isLowS else { throw AnchorRequestError.badSignature("s is not in the lower half") }
            sender = Address(publicKey: try signature.recoverPublicKey(forDigest: digest))
        } catch let error as AnchorRequestError {
            throw error
        } catch {
            throw .badSignature("the signature recovers to no key (\(error))")
        }
        if let claimed = json["sender"], !claimed.isNull {
            guard let text = claimed.string, let named = try? Address(text) else { throw .malformed("'sender' is not an address") }
            guard named == sender else { throw .badSignature("signed by \(sender), not by the sender named, \(named)") }
        }
        self.init(tag: tag, cid: cid, expires: expires, signature: signatureBytes, sender: sender, digest: digest)
    }

    /// The JSON body; `cidText` is the CID's text form. The sender goes in lower case, which carries no
    /// EIP-55 checksum: the gateway compares its bytes with the recovered signer's and skips a Keccak-256.
    public func json(cidText: String) -> JSONValue {
        [
            "tag": .string("0x" + Hex.encode(tag)), "cid": .string(cidText), "expires": .integer(Int64(clamping: expires)),
            "signature": .string("0x" + Hex.encode(signature)), "sender": .string("0x" + Hex.encode(sender.bytes)),
        ]
    }

    /// Whether the request is still valid at `now` and not valid for longer than allowed.
    public func check(now: UInt64) throws(AnchorRequestError) {
        guard expires > now else { throw .malformed("the request expired at \(expires), it is now \(now)") }
        guard expires - now <= Self.maximumLifetime else {
            throw .malformed("'expires' is more than \(Self.maximumLifetime) s ahead; sign a request that expires sooner")
        }
    }

    private static func checkShape(tag: [UInt8], cid: [UInt8]) throws(AnchorRequestError) {
        guard tag.count == 32 else { throw .malformed("a tag is 32 bytes") }
        guard (1...64).contains(cid.count) else { throw .malformed("a CID is 1 to 64 bytes") }
    }
}
