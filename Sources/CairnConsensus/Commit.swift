import CairnCodec
import CairnCrypto

/// One validator's precommit signature inside a commit.
public struct CommitSignature: Sendable, Hashable, CanonicalCodable {
    /// The signer's consensus key (Ed25519, 32 bytes).
    public var consensusKey: [UInt8]
    /// Ed25519 signature over the precommit's `Vote.signedBytes`.
    public var signature: [UInt8]

    public init(consensusKey: [UInt8], signature: [UInt8]) {
        self.consensusKey = consensusKey
        self.signature = signature
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(consensusKey)
        writer.writeFixed(signature)
    }

    public init(from reader: inout CanonicalReader) throws {
        consensusKey = try reader.readFixed(count: Ed25519.keyByteCount)
        signature = try reader.readFixed(count: Ed25519.signatureByteCount)
    }
}

/// Proof that a block is final: precommits for it from more than 2/3 of the validator power.
public struct Commit: Sendable, Hashable, CanonicalCodable {
    public var height: UInt64
    public var round: UInt32
    public var blockHash: [UInt8]
    /// In validator-set order, one per signer.
    public var signatures: [CommitSignature]

    public init(height: UInt64, round: UInt32, blockHash: [UInt8], signatures: [CommitSignature]) {
        self.height = height
        self.round = round
        self.blockHash = blockHash
        self.signatures = signatures
    }

    /// SHA-256 of the canonical encoding: what the next block's header commits to.
    public var hash: [UInt8] { SHA256.hash(canonicalBytes) }

    /// The precommit every signature in this commit signs.
    public var vote: Vote { Vote(kind: .precommit, height: height, round: round, blockHash: blockHash) }

    /// Signs a commit for `blockHash` with each of `keys` (a single-machine dev chain holds them all).
    public static func signed(
        height: UInt64, round: UInt32 = 0, blockHash: [UInt8], chainID: UInt64, validators: ValidatorSet,
        keys: [Ed25519.PrivateKey]
    ) -> Commit {
        let message = Vote(kind: .precommit, height: height, round: round, blockHash: blockHash).signedBytes(chainID: chainID)
        let byKey = Dictionary(keys.map { ($0.publicKey.rawRepresentation, $0) }, uniquingKeysWith: { first, _ in first })
        let signatures = validators.validators.compactMap { member -> CommitSignature? in
            guard let key = byKey[member.consensusKey] else { return nil }
            return CommitSignature(consensusKey: member.consensusKey, signature: key.signature(for: message))
        }
        return Commit(height: height, round: round, blockHash: blockHash, signatures: signatures)
    }

    /// Checks that this commit finalizes `blockHash` at `height` under `validators`: every signature is a
    /// member's valid precommit, no member signs twice, and the signers hold more than 2/3 of the power.
    public func verify(chainID: UInt64, height: UInt64, blockHash: [UInt8], validators: ValidatorSet) throws(CommitError) {
        guard self.height == height else { throw .wrongHeight(expected: height, got: self.height) }
        guard self.blockHash == blockHash else { throw .wrongBlock }
        let message = vote.signedBytes(chainID: chainID)
        var seen = Set<[UInt8]>()
        var power: UInt128 = 0
        for entry in signatures {
            guard let (_, member) = validators.member(consensusKey: entry.consensusKey) else {
                throw .unknownSigner(Hex.encode(entry.consensusKey))
            }
            guard seen.insert(entry.consensusKey).inserted else { throw .duplicateSigner(Hex.encode(entry.consensusKey)) }
            guard let key = try? Ed25519.PublicKey(rawRepresentation: entry.consensusKey),
                key.isValidSignature(entry.signature, for: message)
            else { throw .badSignature(Hex.encode(entry.consensusKey)) }
            // Saturating: a set whose powers wrap was refused when decoded, but never trap on a peer's input.
            let (sum, overflow) = power.addingReportingOverflow(member.power)
            power = overflow ? .max : sum
        }
        guard validators.isQuorum(power) else { throw .noQuorum(signed: power, total: validators.totalPower) }
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeFixed(blockHash)
        writer.writeArray(signatures) { $0.write($1) }
    }

    public init(from reader: inout CanonicalReader) throws {
        height = try reader.readUInt64()
        round = try reader.readUInt32()
        blockHash = try reader.readFixed(count: 32)
        signatures = try reader.readArray(maxCount: ValidatorSet.maxCount) { try $0.read(CommitSignature.self) }
    }
}

/// Why a commit does not finalize the block it is offered for.
public enum CommitError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongHeight(expected: UInt64, got: UInt64)
    case wrongBlock
    case unknownSigner(String)
    case duplicateSigner(String)
    case badSignature(String)
    case noQuorum(signed: UInt128, total: UInt128)

    public var description: String {
        switch self {
        case let .wrongHeight(expected, got): "commit is for height \(got), expected \(expected)"
        case .wrongBlock: "commit is for another block"
        case let .unknownSigner(key): "commit signer \(key) is not in the validator set"
        case let .duplicateSigner(key): "commit signer \(key) signs twice"
        case let .badSignature(key): "commit signature from \(key) does not verify"
        case let .noQuorum(signed, total): "commit holds \(signed) of \(total) power, not more than 2/3"
        }
    }
}
