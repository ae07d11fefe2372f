import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC

/// Why the light client will not trust a header (or could not try).
public enum LightClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The header or the saved state is of another chain.
    case wrongChain(expected: UInt64, got: UInt64)
    /// A light block does not hold together: its set is not the one its header names, its commit does
    /// not finalize it with more than 2/3 of that set, or a part is missing.
    case invalidBlock(height: UInt64, String)
    /// The set that signed block `height` differs from the one trusted at `trustedHeight`, and no more
    /// than 1/3 of the trusted power signed it; there is no block between to bisect through.
    case insufficientTrust(height: UInt64, trustedHeight: UInt64)
    /// Bisection from `from` to `to` needed more light blocks than one verification may fetch.
    case noPath(from: UInt64, to: UInt64)
    /// A header at `height` differs from the one already trusted there: a fork, or a lying source.
    case conflictingHeader(UInt64)
    /// The light block source failed (unreachable, refused, malformed answer).
    case source(String)
    /// A saved state does not decode or breaks its invariants.
    case malformedState(String)

    public var description: String {
        switch self {
        case let .wrongChain(expected, got): "the header is of chain \(got), not \(expected)"
        case let .invalidBlock(height, detail): "block \(height) does not verify: \(detail)"
        case let .insufficientTrust(height, trusted):
            "block \(height) is signed by a validator set that 1/3 of the set trusted at block \(trusted) does not vouch for"
        case let .noPath(from, to): "no chain of trust from block \(from) to block \(to) within the light client's fetch budget"
        case let .conflictingHeader(height): "a header for block \(height) conflicts with the one already trusted"
        case let .source(detail): "the light block source failed: \(detail)"
        case let .malformedState(detail): "the saved light client state is malformed: \(detail)"
        }
    }
}

/// A header with the commit that finalizes it and the validator set that signed it.
public struct LightBlock: Hashable, Sendable {
    public let header: BlockHeader
    public let commit: Commit
    public let validators: ValidatorSet

    public init(header: BlockHeader, commit: Commit, validators: ValidatorSet) {
        self.header = header
        self.commit = commit
        self.validators = validators
    }

    public var height: UInt64 { header.height }

    /// Checks the block on its own: of `chainID`, its set is the one its header names, and its commit
    /// finalizes it with more than 2/3 of that set. Whether that set deserves trust is the client's question.
    public func check(chainID: UInt64) throws(LightClientError) {
        guard header.chainID == chainID else { throw .wrongChain(expected: chainID, got: header.chainID) }
        guard header.height > 0 else { throw .invalidBlock(height: 0, "the genesis block is trusted, never verified") }
        guard validators.hash == header.validatorSetHash else { throw .invalidBlock(height: header.height, "the validator set is not the header's") }
        do {
            try commit.verify(chainID: chainID, height: header.height, blockHash: header.hash, validators: validators)
        } catch {
            throw .invalidBlock(height: header.height, "\(error)")
        }
    }

    /// Whether the members of `trusted` that signed this block's commit hold more than 1/3 of its power.
    /// The signatures were checked by `check`: a key signs the same precommit whichever set lists it.
    func isVouched(by trusted: ValidatorSet) -> Bool {
        var power: UInt128 = 0
        var seen = Set<[UInt8]>()
        for signature in commit.signatures where seen.insert(signature.consensusKey).inserted {
            guard let (_, member) = trusted.member(consensusKey: signature.consensusKey) else { continue }
            let (sum, overflow) = power.addingReportingOverflow(member.power)
            power = overflow ? .max : sum
        }
        // power * 3 > total, at full width so no stake overflows it.
        let left = power.multipliedFullWidth(by: 3)
        let right = (high: UInt128(0), low: trusted.totalPower)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }
}

/// Where a light client gets the headers, commits and validator sets it verifies: a node, or anything
/// that serves them. Nothing it returns is trusted.
public protocol LightBlockSource: Sendable {
    /// The block at `height` (≥ 1) with its commit and the set that signed it.
    func lightBlock(at height: UInt64) async throws -> LightBlock
    /// The newest height the source has a commit for.
    func latestHeight() async throws -> UInt64
}

/// A node's JSON-RPC as a light block source: `cairn_getCommit` (which carries the header),
/// `cairn_getValidators` and `cairn_chainInfo`.
public struct RPCLightBlockSource: LightBlockSource {
    public let client: RPCClient

    public init(client: RPCClient) { self.client = client }

    public func lightBlock(at height: UInt64) async throws -> LightBlock {
        let at = JSONValue.string("0x" + String(height, radix: 16))
        let answer = try await client.call("cairn_getCommit", [at])
        guard !answer.isNull else { throw LightClientError.source("the node has no commit for block \(height)") }
        let header = try Self.decode(BlockHeader.self, answer["header"]?["encoded"], "header")
        let commit = try Self.decode(Commit.self, answer["encoded"], "commit")
        let validators = try Self.decode(ValidatorSet.self, try await client.call("cairn_getValidators", [at])["encoded"], "validator set")
        guard header.height == height else { throw LightClientError.source("the node answered block \(header.height) for \(height)") }
        return LightBlock(header: header, commit: commit, validators: validators)
    }

    public func latestHeight() async throws -> UInt64 {
        guard let text = try await client.call("cairn_chainInfo")["height"]?.string, text.hasPrefix("0x"),
            let height = UInt64(text.dropFirst(2), radix: 16)
        else { throw LightClientError.source("cairn_chainInfo has no height") }
        return height
    }

    private static func decode<T: CanonicalDecodable>(_ type: T.Type, _ value: JSONValue?, _ name: String) throws(LightClientError) -> T {
        guard let text = value?.string, text.hasPrefix("0x"), text.utf8.count <= 2 + 2 * 256_000, let bytes = try? Hex.decode(text.dropFirst(2)),
            let decoded = try? T.decode(canonical: bytes)
        else { throw .source("the node's \(name) is missing or does not decode") }
        return decoded
    }
}
