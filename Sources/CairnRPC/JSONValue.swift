/// Any JSON value, as JSON-RPC carries it.
///
/// Numbers are `.integer` when they are written without a fraction or exponent and fit in
/// `Int64`, and `.double` otherwise: JSON-RPC ids and parameters from arbitrary clients may carry
/// either, and turning valid JSON into a parse error would be worse than the second case.
/// Ethereum-style methods carry their quantities as hex strings and never rely on `.double`.
///
/// Objects are dictionaries: key order carries no meaning in JSON, so two objects with the same
/// members are equal, and encoding writes keys sorted by their UTF-8 bytes, which makes the
/// encoding of a value deterministic (see `JSONValue.encoded()`).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

// Accessors answer nil for the wrong case instead of trapping, so handlers can turn any
// mismatch into an "invalid params" error with one `guard`.
extension JSONValue {
    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// This value, or nil for `.null`: an absent field and a null one mean the same. (Written as
    /// `isNull ? nil : self`, the `nil` would be this type's own nil literal, `.null`, not `Optional.none`.)
    public var nonNull: JSONValue? {
        if case .null = self { return Optional.none }
        return self
    }

    /// The value of a `.bool`, or nil.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value of an `.integer`, or nil (a `.double` is not silently truncated).
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The value of a `.double`, or of an `.integer` converted to `Double`; nil otherwise.
    public var double: Double? {
        switch self {
        case .double(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    /// The value of a `.string`, or nil.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements of an `.array`, or nil.
    public var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members of an `.object`, or nil.
    public var object: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member named `key` of an object; nil when absent or when this is not an object.
    public subscript(key: String) -> JSONValue? {
        object?[key]
    }

    /// The element at `index` of an array; nil when out of range or when this is not an array.
    public subscript(index: Int) -> JSONValue? {
        guard let elements = array, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// A repeated key in a literal keeps its last value, as a JSON parser that allowed it would.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension JSONValue: CustomStringConvertible {
    /// The deterministic JSON text of the value.
    public var description: String { encodedString() }
}
