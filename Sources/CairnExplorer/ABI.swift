import CairnCodec
import CairnCrypto

/// The shape of a value in a contract's canonical encoding (`Contracts/ABI.md`), with the meaning the
/// explorer needs to print it well (an amount, a height, a time).
public indirect enum ABIType: Sendable, Equatable {
    case address
    /// Raw bytes of a fixed length: keys, hashes, signatures, tags.
    case fixed(Int)
    /// Length-prefixed bytes shown as hex.
    case bytes
    /// Length-prefixed UTF-8 (a handle).
    case text
    /// A fixed-width field holding text padded with zero bytes (a handle in a storage key).
    case paddedText(Int)
    /// Length-prefixed bytes that are usually an ASCII content ID: shown as text when printable.
    case cid
    case uint(bits: Int, meaning: Meaning)
    case bool
    case optional(ABIType)
    case list(ABIType)
    /// Elements of a fixed size back to back until the end, with no count (Staking's storage lists).
    case packed(ABIType)
    case record([ABIField])

    /// What an unsigned integer stands for.
    public enum Meaning: Sendable, Equatable {
        case plain
        /// The chain's smallest unit (1 CAIRN = 10^18).
        case amount
        case height
        /// Unix seconds.
        case time
        case seconds
        /// Basis points (1/10,000).
        case bps
        /// A small enumeration: the names of its values.
        case names([UInt64: String])
    }

    static let u8 = ABIType.uint(bits: 8, meaning: .plain)
    static let u16 = ABIType.uint(bits: 16, meaning: .plain)
    static let u32 = ABIType.uint(bits: 32, meaning: .plain)
    static let u64 = ABIType.uint(bits: 64, meaning: .plain)
    static let amount = ABIType.uint(bits: 128, meaning: .amount)
    static let height = ABIType.uint(bits: 64, meaning: .height)
    static let time = ABIType.uint(bits: 64, meaning: .time)
    static let bps = ABIType.uint(bits: 16, meaning: .bps)
    static let key32 = ABIType.fixed(32)
    static let signature = ABIType.fixed(64)
}

/// A named field of a record, a method's arguments or an event.
public struct ABIField: Sendable, Equatable {
    public let name: String
    public let type: ABIType

    public init(_ name: String, _ type: ABIType) {
        self.name = name
        self.type = type
    }
}

/// A decoded value, ready to print as text or JSON.
public indirect enum ABIValue: Sendable, Equatable {
    case address(Address)
    case bytes([UInt8])
    case text(String)
    case uint(UInt128, ABIType.Meaning)
    case bool(Bool)
    case none
    case list([ABIValue])
    case record([(name: String, value: ABIValue)])

    public static func == (lhs: ABIValue, rhs: ABIValue) -> Bool {
        switch (lhs, rhs) {
        case let (.address(a), .address(b)): a == b
        case let (.bytes(a), .bytes(b)): a == b
        case let (.text(a), .text(b)): a == b
        case let (.uint(a, m), .uint(b, n)): a == b && m == n
        case let (.bool(a), .bool(b)): a == b
        case (.none, .none): true
        case let (.list(a), .list(b)): a == b
        case let (.record(a), .record(b)): a.map(\.name) == b.map(\.name) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// The field named `name` of a record.
    public subscript(name: String) -> ABIValue? {
        guard case let .record(fields) = self else { return nil }
        return fields.first { $0.name == name }?.value
    }

    public var address: Address? { if case let .address(a) = self { a } else { nil } }
    public var bytes: [UInt8]? { if case let .bytes(b) = self { b } else { nil } }
    public var uint: UInt128? { if case let .uint(v, _) = self { v } else { nil } }
    public var bool: Bool? { if case let .bool(b) = self { b } else { nil } }
    public var list: [ABIValue]? { if case let .list(l) = self { l } else { nil } }
    public var text: String? { if case let .text(t) = self { t } else { nil } }
    public var isNone: Bool { if case .none = self { true } else { false } }
}

/// Why bytes did not decode as the type their contract documents.
public struct ABIDecodingError: Error, Sendable, CustomStringConvertible, Equatable {
    public let description: String
}

/// Decodes canonical bytes by an `ABIType`, strictly: trailing bytes are an error.
public enum ABIDecoder {
    /// The most elements a list may claim: bounds what a lying node can make the explorer allocate.
    static let maxElements = 1 << 16

    public static func decode(_ type: ABIType, from bytes: [UInt8]) throws(ABIDecodingError) -> ABIValue {
        var reader = CanonicalReader(bytes)
        do {
            let value = try decode(type, &reader)
            try reader.finish()
            return value
        } catch let error as ABIDecodingError {
            throw error
        } catch {
            throw ABIDecodingError(description: "\(error)")
        }
    }

    /// The fields in order, as a record: method arguments and event data are field sequences.
    public static func decode(fields: [ABIField], from bytes: [UInt8]) throws(ABIDecodingError) -> ABIValue {
        try decode(.record(fields), from: bytes)
    }

    static func decode(_ type: ABIType, _ reader: inout CanonicalReader) throws -> ABIValue {
        switch type {
        case .address:
            return .address(try Address(bytes: reader.readFixed(count: 20)))
        case let .fixed(count):
            return .bytes(try reader.readFixed(count: count))
        case .bytes:
            return .bytes(try reader.readBytes())
        case .text:
            let bytes = try reader.readBytes()
            guard let text = String(validating: bytes, as: UTF8.self) else { return .bytes(bytes) }
            return .text(text)
        case let .paddedText(count):
            let bytes = try reader.readFixed(count: count)
            let trimmed = Array(bytes.prefix { $0 != 0 })
            guard let text = String(validating: trimmed, as: UTF8.self) else { return .bytes(bytes) }
            return .text(text)
        case .cid:
            let bytes = try reader.readBytes()
            return isPrintableASCII(bytes) ? .text(String(decoding: bytes, as: UTF8.self)) : .bytes(bytes)
        case let .uint(bits, meaning):
            switch bits {
            case 8: return .uint(UInt128(try reader.readUInt8()), meaning)
            case 16: return .uint(UInt128(try reader.readUInt16()), meaning)
            case 32: return .uint(UInt128(try reader.readUInt32()), meaning)
            case 64: return .uint(UInt128(try reader.readUInt64()), meaning)
            default: return .uint(try reader.readUInt128(), meaning)
            }
        case .bool:
            return .bool(try reader.readBool())
        case let .optional(wrapped):
            return try reader.readOptional { try decode(wrapped, &$0) } ?? .none
        case let .list(element):
            return .list(try reader.readArray(maxCount: maxElements) { try decode(element, &$0) })
        case let .packed(element):
            var elements: [ABIValue] = []
            while !reader.isAtEnd { elements.append(try decode(element, &reader)) }
            return .list(elements)
        case let .record(fields):
            return .record(try fields.map { (name: $0.name, value: try decode($0.type, &reader)) })
        }
    }

    /// CIDs are base32/base58 text; anything else is shown as hex rather than guessed at.
    static func isPrintableASCII(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x21 && $0 < 0x7F }
    }
}

/// A contract method: its arguments and what it returns.
public struct MethodABI: Sendable {
    public let name: String
    public let arguments: [ABIField]
    /// nil for methods that return nothing.
    public let returns: ABIType?
}

/// An event: its indexed fields (topics 1…) and the fields of its data.
public struct EventABI: Sendable {
    /// "<Contract>.<Event>", whose keccak256 is topic 0.
    public let name: String
    public let topics: [ABIField]
    public let data: [ABIField]

    public var topic0: [UInt8] { Keccak256.hash(Array(name.utf8)) }
}

/// One map of a contract's storage: a one-byte prefix, the fixed-width fields of the rest of the key, and
/// the value's type.
public struct StorageMapABI: Sendable {
    public let name: String
    public let prefix: UInt8
    public let key: [ABIField]
    public let value: ABIType
}

/// What the explorer knows of one contract: enough to decode its calls, events and storage.
public struct ContractABI: Sendable {
    public let name: String
    public let methods: [MethodABI]
    public let events: [EventABI]
    public let storage: [StorageMapABI]

    public func method(_ name: String) -> MethodABI? { methods.first { $0.name == name } }
}
