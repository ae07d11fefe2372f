/// A JSON-RPC 2.0 error object: what a method handler throws, and what `RPCClient` throws back.
///
/// Any code is allowed, so Ethereum conventions fit as they are: `-32000` with a message for a
/// rejected transaction, `3` with the revert data for a reverted call. The codes the
/// specification reserves for the transport (`-32700` to `-32600`) have named constructors.
public struct RPCError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The error code; see the static constants for the ones JSON-RPC defines.
    public let code: Int64
    /// A short description of the error, shown to whoever called the method.
    public let message: String
    /// Optional details, such as the revert data of a failed call.
    public let data: JSONValue?

    /// Builds an error with any code, message and optional data.
    public init(code: Int64, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// The request body was not valid JSON.
    public static let parseErrorCode: Int64 = -32700
    /// The JSON was not a valid request object (or batch).
    public static let invalidRequestCode: Int64 = -32600
    /// No method is registered under the requested name.
    public static let methodNotFoundCode: Int64 = -32601
    /// The method exists but its parameters have the wrong shape or values.
    public static let invalidParamsCode: Int64 = -32602
    /// The method failed for a reason its handler did not describe.
    public static let internalErrorCode: Int64 = -32603

    /// A parse error (-32700) with `detail` saying where the JSON broke.
    public static func parseError(_ detail: String) -> RPCError {
        RPCError(code: parseErrorCode, message: "Parse error: \(detail)")
    }

    /// An invalid request (-32600) saying what is wrong with it.
    public static func invalidRequest(_ detail: String) -> RPCError {
        RPCError(code: invalidRequestCode, message: "Invalid request: \(detail)")
    }

    /// Method not found (-32601), naming the method.
    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: methodNotFoundCode, message: "Method not found: \(method)")
    }

    /// Invalid params (-32602) saying what was expected; handlers throw this for wrong shapes.
    public static func invalidParams(_ detail: String) -> RPCError {
        RPCError(code: invalidParamsCode, message: "Invalid params: \(detail)")
    }

    /// The generic internal error (-32603) that replaces any error a handler throws that is not
    /// an `RPCError`, so that internals never reach the caller.
    public static let internalError = RPCError(code: internalErrorCode, message: "Internal error")

    /// The error as a JSON-RPC error object (`code`, `message`, and `data` when present).
    public var json: JSONValue {
        var members: [String: JSONValue] = ["code": .integer(code), "message": .string(message)]
        if let data { members["data"] = data }
        return .object(members)
    }

    /// Reads an error object; nil when `json` does not have an integer code and a string message.
    public init?(json: JSONValue) {
        guard let code = json["code"]?.integer, let message = json["message"]?.string else { return nil }
        self.init(code: code, message: message, data: json["data"])
    }

    public var description: String {
        guard let data else { return "JSON-RPC error \(code): \(message)" }
        return "JSON-RPC error \(code): \(message) (data: \(data))"
    }
}
