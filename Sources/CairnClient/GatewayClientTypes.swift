import CairnBlobs
import CairnCrypto
import CairnRPC

/// Why a gateway's answer was not returned: it could not be had, or it did not check out.
public enum GatewayClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No HTTP answer: unreachable, reset, timed out.
    case transport(String)
    /// The gateway refused, with its status and its message.
    case http(status: Int, message: String)
    /// The answer is not the JSON (or bytes) the route promises.
    case malformed(String)
    /// The bytes served for `cid` do not hash to it.
    case blobMismatch(CID)
    /// The answer is well formed but false: a proof, a signature set or a claim does not hold.
    case verification(GatewayVerificationError)
    /// The gateway cannot serve this now (503), or does not hold the blob asked for.
    case unavailable(String)

    public var description: String {
        switch self {
        case let .transport(detail): "cannot reach the gateway: \(detail)"
        case let .http(status, message): "the gateway answered HTTP \(status): \(message)"
        case let .malformed(detail): "the gateway's answer is malformed: \(detail)"
        case let .blobMismatch(cid): "the gateway served bytes that are not \(cid)"
        case let .verification(error): "the gateway's answer does not verify: \(error)"
        case let .unavailable(detail): "the gateway cannot serve this: \(detail)"
        }
    }
}

/// Which check a gateway's answer failed.
public enum GatewayVerificationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The header is not one the light client can trust.
    case lightClient(LightClientError)
    case inbox(InboxVerificationError)
    case keyDirectory(KeyDirectoryError)
    /// The gateway named another CID than the bytes sent have.
    case cidMismatch(expected: CID, got: String)
    /// The anchoring answer does not match the request sent.
    case anchor(String)

    public var description: String {
        switch self {
        case let .lightClient(error): "\(error)"
        case let .inbox(error): "\(error)"
        case let .keyDirectory(error): "\(error)"
        case let .cidMismatch(expected, got): "the gateway stored the blob as \(got), its CID is \(expected)"
        case let .anchor(detail): "\(detail)"
        }
    }
}

/// The gateway's acknowledgement of an anchoring request: queued, under the request's digest.
public struct AnchorReceipt: Hashable, Sendable {
    /// The request's digest, which names it at `GET /v1/anchors/{id}`.
    public let id: [UInt8]
    /// How the gateway anchors: `single` or `batch`.
    public let mode: String?
}

/// Where an anchoring request stands, as the gateway says. This is the gateway's word: the anchoring
/// itself is proved by reading the tag's inbox (`GatewayClient.inbox`).
public struct AnchorStatus: Hashable, Sendable {
    /// The request's stage.
    public enum State: String, Hashable, Sendable {
        /// Accepted, not yet in a transaction.
        case queued
        /// In a transaction sent to the chain.
        case submitted
        /// In a block.
        case anchored
        /// Given up on; `message` says why.
        case failed
    }

    public let id: [UInt8]
    public let state: State
    /// The block that anchored it (`anchored` only).
    public let blockHeight: UInt64?
    /// The tag's entry seq (single) or the batch's seq (batch), once anchored.
    public let seq: UInt64?
    public let mode: String?
    /// The transaction's hash, once submitted.
    public let transaction: [UInt8]?
    public let message: String?

    init(json: JSONValue, id: [UInt8]) throws(GatewayClientError) {
        guard let text = json["id"]?.string, text.lowercased() == "0x" + Hex.encode(id) else {
            throw .verification(.anchor("the status is for another request"))
        }
        self.id = id
        switch json["status"]?.string {
        case "waiting", "queued": state = .queued
        case "submitted": state = .submitted
        case "anchored": state = .anchored
        case "failed": state = .failed
        default: throw .malformed("an anchoring status is waiting, submitted, anchored or failed")
        }
        func number(_ name: String) throws(GatewayClientError) -> UInt64? {
            guard let value = json[name], !value.isNull else { return nil }
            guard let number = value.integer, number >= 0 else { throw .malformed("'\(name)' is not a whole number") }
            return UInt64(number)
        }
        blockHeight = try number("height")
        seq = try number("seq")
        mode = json["mode"]?.string
        transaction = try json["transaction"]?.string.map { (text: String) throws(GatewayClientError) -> [UInt8] in
            guard text.hasPrefix("0x"), let bytes = try? Hex.decode(text.dropFirst(2)), bytes.count == 32 else {
                throw .malformed("'transaction' is not a 32-byte hash")
            }
            return bytes
        }
        message = json["error"]?.string ?? json["message"]?.string
        if state == .anchored && blockHeight == nil { throw .malformed("an anchored request has no height") }
    }
}

extension InboxListing {
    /// The listing with the entries of the batches the client resolved from their manifests added to
    /// `batchEntries`; `unresolvedBatches` becomes the rest, with the client's reasons.
    func resolving(_ resolved: [UInt64: [BatchEntry]], unresolved: [UnverifiedBatch]) -> InboxListing {
        var entries = batchEntries
        for batch in unverified { entries += resolved[batch.record.seq] ?? [] }
        entries.sort { $0.batchSeq < $1.batchSeq }
        return InboxListing(
            height: height, blockHash: blockHash, head: head, batchCount: batchCount, singles: singles, batchEntries: entries,
            unverified: unverified, unresolvedBatches: unresolved, next: next)
    }
}
