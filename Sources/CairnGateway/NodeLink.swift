import CairnCrypto
import CairnRPC
import Foundation
import Synchronization

/// Why the gateway could not get what it needed from its node.
public enum NodeLinkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The node did not answer (down, unreachable, timed out): clients get 503 and may retry.
    case unavailable(String)
    /// The node answered with a JSON-RPC error.
    case refused(code: Int64, message: String)
    /// The node answered something the gateway cannot use.
    case malformed(String)

    public var description: String {
        switch self {
        case let .unavailable(detail): "the node is unavailable: \(detail)"
        case let .refused(code, message): "the node refused (\(code)): \(message)"
        case let .malformed(detail): "the node's answer is malformed: \(detail)"
        }
    }
}

/// The facts of a chain that never change once it runs: its id and where genesis put the contracts.
public struct ChainFacts: Equatable, Sendable {
    public let chainID: UInt64
    public let identity: Address
    public let keyBundle: Address
    public let inbox: Address
    public let staking: Address
}

/// The gateway's link to a node over JSON-RPC. Transport failures become `.unavailable` (the routes
/// answer 503); the chain's fixed facts are fetched once and kept.
public final class NodeLink: Sendable {
    public let client: RPCClient
    private let cachedFacts = Mutex<ChainFacts?>(nil)

    public init(url: URL, timeout: Duration = .seconds(10)) {
        client = RPCClient(url: url, timeout: timeout)
    }

    /// Calls `method`, mapping every failure to a `NodeLinkError`.
    public func call(_ method: String, _ params: JSONValue = []) async throws(NodeLinkError) -> JSONValue {
        do {
            return try await client.call(method, params)
        } catch let error as RPCError {
            throw .refused(code: error.code, message: error.message)
        } catch let error as RPCTransportError {
            switch error {
            case .invalidResponse, .httpStatus: throw .malformed("\(error)")
            case .unreachable, .timedOut: throw .unavailable("\(error)")
            }
        } catch {
            throw .unavailable("\(error)")
        }
    }

    /// The chain id and system contract addresses (`cairn_chainInfo`), asked once.
    public func facts() async throws(NodeLinkError) -> ChainFacts {
        if let facts = cachedFacts.withLock({ $0 }) { return facts }
        let info = try await call("cairn_chainInfo")
        func address(_ name: String) throws(NodeLinkError) -> Address {
            guard let text = info["contracts"]?[name]?.string, let bytes = try? Hex.decode(text.dropHexPrefix), bytes.count == 20,
                let address = try? Address(bytes: bytes)
            else { throw .malformed("cairn_chainInfo has no \(name) address") }
            return address
        }
        guard let chainID = info["chainId"].flatMap(Self.quantity) else { throw .malformed("cairn_chainInfo has no chainId") }
        let facts = ChainFacts(
            chainID: chainID, identity: try address("identity"), keyBundle: try address("keyBundle"),
            inbox: try address("inbox"), staking: try address("staking"))
        cachedFacts.withLock { $0 = facts }
        return facts
    }

    /// A `0x…` quantity as the node sends it.
    public static func quantity(_ value: JSONValue) -> UInt64? {
        guard let text = value.string, text.hasPrefix("0x"), text.count > 2, text.count <= 18 else { return nil }
        return UInt64(text.dropFirst(2), radix: 16)
    }
}

extension String {
    var dropHexPrefix: Substring { hasPrefix("0x") ? dropFirst(2) : Substring(self) }
}
