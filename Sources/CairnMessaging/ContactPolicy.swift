import CairnCodec
import CairnCrypto

/// Why contact policy bytes were refused.
public enum ContactPolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A format version this client does not read.
    case unknownVersion(UInt8)
    /// A policy kind this client does not know.
    case unknownKind(UInt8)
    /// Truncated, trailing bytes, or an allow-list not in strictly ascending order.
    case malformed(String)

    public var description: String {
        switch self {
        case let .unknownVersion(version): "unknown contact policy version \(version)"
        case let .unknownKind(kind): "unknown contact policy kind \(kind)"
        case let .malformed(why): "malformed contact policy: \(why)"
        }
    }
}

/// Who may open a conversation with this device: anyone with a valid identity, or listed accounts only.
/// A refused first message is dropped unanswered and no session is made, so its sender learns nothing.
public enum ContactPolicy: Sendable, Equatable {
    case open
    case allowList(Set<Address>)

    static let version: UInt8 = 1

    /// Whether a first message from `sender` may start a session.
    public func admits(_ sender: Address) -> Bool {
        switch self {
        case .open: true
        case let .allowList(allowed): allowed.contains(sender)
        }
    }

    /// version u8 (1) ‖ kind u8 (1 open, 2 allow-list) ‖ for an allow-list, [addr20] in ascending byte order.
    public var canonicalBytes: [UInt8] {
        var w = CanonicalWriter()
        w.writeUInt8(Self.version)
        switch self {
        case .open:
            w.writeUInt8(1)
        case let .allowList(allowed):
            w.writeUInt8(2)
            w.writeArray(allowed.sorted()) { $0.writeFixed($1.bytes) }
        }
        return w.bytes
    }

    /// Strict decoding of `canonicalBytes`: one encoding per policy, so unsorted or repeated entries are refused.
    public init(canonical bytes: [UInt8]) throws(ContactPolicyError) {
        var r = CanonicalReader(bytes)
        do {
            let version = try r.readUInt8()
            guard version == Self.version else { throw ContactPolicyError.unknownVersion(version) }
            switch try r.readUInt8() {
            case 1:
                self = .open
            case 2:
                let list = try r.readArray { try Address(bytes: $0.readFixed(count: Address.byteCount)) }
                guard zip(list, list.dropFirst()).allSatisfy({ $0 < $1 }) else {
                    throw ContactPolicyError.malformed("allow-list not in strictly ascending order")
                }
                self = .allowList(Set(list))
            case let kind:
                throw ContactPolicyError.unknownKind(kind)
            }
            try r.finish()
        } catch let error as ContactPolicyError {
            throw error
        } catch {
            throw .malformed("\(error)")
        }
    }
}
