import CairnCodec
import CairnCrypto

/// A vote with its signer's consensus key and Ed25519 signature over `Vote.signedBytes`.
public struct SignedVote: Sendable, Hashable, CanonicalCodable {
    public var vote: Vote
    /// The signer's consensus key (Ed25519, 32 bytes).
    public var consensusKey: [UInt8]
    public var signature: [UInt8]

    public init(vote: Vote, consensusKey: [UInt8], signature: [UInt8]) {
        self.vote = vote
        self.consensusKey = consensusKey
        self.signature = signature
    }

    /// Signs `vote` for `chainID` with `key`.
    public init(vote: Vote, chainID: UInt64, key: Ed25519.PrivateKey) {
        self.init(
            vote: vote, consensusKey: key.publicKey.rawRepresentation,
            signature: key.signature(for: vote.signedBytes(chainID: chainID)))
    }

    /// Whether the signature is the consensus key's over this vote on `chainID`.
    public func isValid(chainID: UInt64, verifier: SignatureVerifier) -> Bool {
        verifier.isValid(signature: signature, key: consensusKey, message: vote.signedBytes(chainID: chainID))
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.write(vote)
        writer.writeFixed(consensusKey)
        writer.writeFixed(signature)
    }

    public init(from reader: inout CanonicalReader) throws {
        vote = try reader.read(Vote.self)
        consensusKey = try reader.readFixed(count: Ed25519.keyByteCount)
        signature = try reader.readFixed(count: Ed25519.signatureByteCount)
    }
}

/// A proposer's signed offer of a block for a height and round.
///
/// `polRound` is the round of the proof-of-lock the proposer re-proposes the block under (Tendermint's
/// `validRound`), or -1 for a fresh block. The block itself travels beside the signed fields: the signature
/// covers its hash, and the application checks that the bytes hash to it before calling the proposal valid.
public struct Proposal: Sendable, Hashable, CanonicalCodable {
    public var height: UInt64
    public var round: UInt32
    public var polRound: Int32
    public var blockHash: [UInt8]

    public init(height: UInt64, round: UInt32, polRound: Int32, blockHash: [UInt8]) {
        self.height = height
        self.round = round
        self.polRound = polRound
        self.blockHash = blockHash
    }

    /// The bytes a proposer signs: domain, chain id, height, round, POL round, block hash.
    public func signedBytes(chainID: UInt64) -> [UInt8] {
        var writer = CanonicalWriter(reservingCapacity: 17 + 8 + 8 + 4 + 4 + 32)
        writer.writeFixed(Array("cairn/proposal/v1".utf8))
        writer.writeUInt64(chainID)
        encode(to: &writer)
        return writer.bytes
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeUInt32(UInt32(bitPattern: polRound))
        writer.writeFixed(blockHash)
    }

    public init(from reader: inout CanonicalReader) throws {
        height = try reader.readUInt64()
        round = try reader.readUInt32()
        polRound = Int32(bitPattern: try reader.readUInt32())
        guard polRound >= -1, polRound < Int32(bitPattern: round) || polRound == -1 else {
            throw CodecError.invalidValue("proposal POL round \(polRound) is not below its round \(round)")
        }
        blockHash = try reader.readFixed(count: 32)
    }
}

/// A proposal, its signature, the proposed block's bytes, and for a re-proposal the prevotes that locked it.
///
/// The proof of lock travels with the proposal (as a quorum certificate does in HotStuff) instead of
/// being left to each receiver's own view: a double signer can show half the network a different prevote,
/// so a receiver's tally may never hold the quorum a locked validator saw, and without it no honest
/// validator could ever unlock. The votes are not covered by the proposer's signature; each is checked
/// on its own.
public struct SignedProposal: Sendable, Hashable, CanonicalCodable {
    /// A proposed block is at most this large (a full block of maximal transactions fits well below it).
    public static let maxBlockSize = 8 << 20

    public var proposal: Proposal
    /// The proposer's consensus key.
    public var consensusKey: [UInt8]
    public var signature: [UInt8]
    /// The block, encoded by the application; its hash must be `proposal.blockHash`.
    public var block: [UInt8]
    /// For `polRound >= 0`: prevotes for the block in `polRound` from more than 2/3 of the power.
    public var polVotes: [SignedVote]

    public init(proposal: Proposal, consensusKey: [UInt8], signature: [UInt8], block: [UInt8], polVotes: [SignedVote] = []) {
        self.proposal = proposal
        self.consensusKey = consensusKey
        self.signature = signature
        self.block = block
        self.polVotes = polVotes
    }

    /// Signs `proposal` for `chainID` with `key`.
    public init(proposal: Proposal, block: [UInt8], polVotes: [SignedVote] = [], chainID: UInt64, key: Ed25519.PrivateKey) {
        self.init(
            proposal: proposal, consensusKey: key.publicKey.rawRepresentation,
            signature: key.signature(for: proposal.signedBytes(chainID: chainID)), block: block, polVotes: polVotes)
    }

    /// Whether `polVotes` prove the lock: distinct members' valid prevotes for this block in `polRound`,
    /// holding more than 2/3 of the power.
    public func hasProofOfLock(chainID: UInt64, validators: ValidatorSet, verifier: SignatureVerifier) -> Bool {
        guard proposal.polRound >= 0 else { return false }
        let expected = Vote(
            kind: .prevote, height: proposal.height, round: UInt32(proposal.polRound), blockHash: proposal.blockHash)
        var seen = Set<Int>()
        var power: UInt128 = 0
        for vote in polVotes {
            guard vote.vote == expected, let (index, member) = validators.member(consensusKey: vote.consensusKey),
                seen.insert(index).inserted, vote.isValid(chainID: chainID, verifier: verifier)
            else { return false }
            power += member.power
        }
        return validators.isQuorum(power)
    }

    public func isValid(chainID: UInt64, verifier: SignatureVerifier) -> Bool {
        verifier.isValid(signature: signature, key: consensusKey, message: proposal.signedBytes(chainID: chainID))
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.write(proposal)
        writer.writeFixed(consensusKey)
        writer.writeFixed(signature)
        writer.writeBytes(block)
        writer.writeArray(polVotes) { $0.write($1) }
    }

    public init(from reader: inout CanonicalReader) throws {
        proposal = try reader.read(Proposal.self)
        consensusKey = try reader.readFixed(count: Ed25519.keyByteCount)
        signature = try reader.readFixed(count: Ed25519.signatureByteCount)
        block = try reader.readBytes(maxLength: Self.maxBlockSize)
        polVotes = try reader.readArray(maxCount: ValidatorSet.maxCount) { try $0.read(SignedVote.self) }
    }
}

/// Proof that one consensus key signed two different votes of one kind at one height and round.
///
/// The encoding is the argument list of `Slashing.submitEvidence` (`Contracts/Slashing/README.md`):
/// `consensusKey 32 ‖ voteA ‖ voteB`, each vote `kind u8 ‖ height u64 ‖ round u32 ‖ blockHash 32 ‖ signature 64`.
public struct DoubleSignEvidence: Sendable, Hashable, CanonicalCodable {
    public var consensusKey: [UInt8]
    public var voteA: Vote
    public var signatureA: [UInt8]
    public var voteB: Vote
    public var signatureB: [UInt8]

    /// Evidence from two conflicting signed votes, ordered by block hash so that the same offence always
    /// encodes the same way, whoever saw which vote first. Nil when the votes do not conflict.
    public init?(_ first: SignedVote, _ second: SignedVote) {
        guard first.consensusKey == second.consensusKey, first.vote.kind == second.vote.kind,
            first.vote.height == second.vote.height, first.vote.round == second.vote.round,
            first.vote.blockHash != second.vote.blockHash
        else { return nil }
        let (a, b) = first.vote.blockHash.lexicographicallyPrecedes(second.vote.blockHash) ? (first, second) : (second, first)
        consensusKey = a.consensusKey
        voteA = a.vote
        signatureA = a.signature
        voteB = b.vote
        signatureB = b.signature
    }

    /// The height of the offence.
    public var height: UInt64 { voteA.height }

    /// Whether both signatures verify under the key: what every validator checks before proposing it (the
    /// Slashing contract checks it again).
    public func isValid(chainID: UInt64, verifier: SignatureVerifier) -> Bool {
        guard voteA.kind == voteB.kind, voteA.height == voteB.height, voteA.round == voteB.round,
            voteA.blockHash != voteB.blockHash
        else { return false }
        return verifier.isValid(signature: signatureA, key: consensusKey, message: voteA.signedBytes(chainID: chainID))
            && verifier.isValid(signature: signatureB, key: consensusKey, message: voteB.signedBytes(chainID: chainID))
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(consensusKey)
        writer.write(voteA)
        writer.writeFixed(signatureA)
        writer.write(voteB)
        writer.writeFixed(signatureB)
    }

    public init(from reader: inout CanonicalReader) throws {
        consensusKey = try reader.readFixed(count: Ed25519.keyByteCount)
        voteA = try reader.read(Vote.self)
        signatureA = try reader.readFixed(count: Ed25519.signatureByteCount)
        voteB = try reader.read(Vote.self)
        signatureB = try reader.readFixed(count: Ed25519.signatureByteCount)
    }
}

/// Checks Ed25519 signatures; a simulation shares one caching verifier between its validators so that
/// a thousand seeded runs do not verify the same vote once per receiver.
public protocol SignatureVerifier: Sendable {
    func isValid(signature: [UInt8], key: [UInt8], message: [UInt8]) -> Bool
}

/// Verifies every signature with libsodium.
public struct Ed25519Verifier: SignatureVerifier {
    public init() {}

    public func isValid(signature: [UInt8], key: [UInt8], message: [UInt8]) -> Bool {
        guard let key = try? Ed25519.PublicKey(rawRepresentation: key) else { return false }
        return key.isValidSignature(signature, for: message)
    }
}
