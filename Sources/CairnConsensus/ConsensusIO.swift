import CairnCodec

/// The steps of a Tendermint round.
public enum ConsensusStep: UInt8, Sendable, Comparable {
    case propose = 1
    case prevote = 2
    case precommit = 3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A timeout the engine asked for; it comes back as an input when it fires.
public struct ConsensusTimeout: Sendable, Hashable, CanonicalCodable {
    public var height: UInt64
    public var round: UInt32
    public var step: ConsensusStep

    public init(height: UInt64, round: UInt32, step: ConsensusStep) {
        self.height = height
        self.round = round
        self.step = step
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeUInt8(step.rawValue)
    }

    public init(from reader: inout CanonicalReader) throws {
        height = try reader.readUInt64()
        round = try reader.readUInt32()
        let raw = try reader.readUInt8()
        guard let step = ConsensusStep(rawValue: raw) else { throw CodecError.unknownTag(raw, type: "ConsensusStep") }
        self.step = step
    }
}

/// How long each step waits, in milliseconds: a base plus a delta per round, so that rounds grow until
/// they fit a slow network (Tendermint's partial-synchrony assumption).
public struct TimeoutSchedule: Sendable, Hashable {
    public var propose: UInt64
    public var prevote: UInt64
    public var precommit: UInt64
    public var deltaPerRound: UInt64

    public init(propose: UInt64, prevote: UInt64, precommit: UInt64, deltaPerRound: UInt64) {
        self.propose = propose
        self.prevote = prevote
        self.precommit = precommit
        self.deltaPerRound = deltaPerRound
    }

    /// What a local devnet uses: a round completes in well under a second when everyone is up.
    public static let standard = TimeoutSchedule(propose: 2_000, prevote: 1_000, precommit: 1_000, deltaPerRound: 500)

    /// The wait for `step` in `round`, saturating.
    public func milliseconds(_ step: ConsensusStep, round: UInt32) -> UInt64 {
        let base = switch step {
        case .propose: propose
        case .prevote: prevote
        case .precommit: precommit
        }
        let (extra, overflow) = deltaPerRound.multipliedReportingOverflow(by: UInt64(round))
        let (sum, overflow2) = base.addingReportingOverflow(extra)
        return overflow || overflow2 ? .max : sum
    }
}

/// Everything that can happen to the engine. The driver writes each input to the WAL before handing it
/// over, so replaying the WAL rebuilds the engine exactly.
public enum ConsensusInput: Sendable, Hashable, CanonicalCodable {
    /// Begin the height (round 0).
    case start
    /// A proposal, with the application's verdict on its block (the driver decodes and executes it first).
    case proposal(SignedProposal, valid: Bool)
    case vote(SignedVote)
    case timeout(ConsensusTimeout)
    /// The application's block for our own proposal, answering `buildProposal`.
    case proposalBlock(height: UInt64, round: UInt32, blockHash: [UInt8], block: [UInt8])

    public func encode(to writer: inout CanonicalWriter) {
        switch self {
        case .start:
            writer.writeTag(0)
        case let .proposal(proposal, valid):
            writer.writeTag(1)
            writer.write(proposal)
            writer.writeBool(valid)
        case let .vote(vote):
            writer.writeTag(2)
            writer.write(vote)
        case let .timeout(timeout):
            writer.writeTag(3)
            writer.write(timeout)
        case let .proposalBlock(height, round, blockHash, block):
            writer.writeTag(4)
            writer.writeUInt64(height)
            writer.writeUInt32(round)
            writer.writeFixed(blockHash)
            writer.writeBytes(block)
        }
    }

    public init(from reader: inout CanonicalReader) throws {
        let tag = try reader.readTag()
        switch tag {
        case 0: self = .start
        case 1: self = .proposal(try reader.read(SignedProposal.self), valid: try reader.readBool())
        case 2: self = .vote(try reader.read(SignedVote.self))
        case 3: self = .timeout(try reader.read(ConsensusTimeout.self))
        case 4:
            self = .proposalBlock(
                height: try reader.readUInt64(), round: try reader.readUInt32(), blockHash: try reader.readFixed(count: 32),
                block: try reader.readBytes(maxLength: SignedProposal.maxBlockSize))
        default: throw CodecError.unknownTag(tag, type: "ConsensusInput")
        }
    }
}

/// What the engine asks its driver to do, in order.
public enum ConsensusOutput: Sendable, Hashable {
    /// Send our signed proposal to every peer (after writing it to the WAL).
    case broadcastProposal(SignedProposal)
    /// Send our signed vote to every peer, after the WAL holding it is fsynced.
    case broadcastVote(SignedVote)
    case scheduleTimeout(ConsensusTimeout, milliseconds: UInt64)
    /// Build a block for our proposal and answer with `proposalBlock`.
    case buildProposal(height: UInt64, round: UInt32)
    /// The height is decided: store this block with this commit, then start the next height.
    case decide(block: [UInt8], commit: Commit)
    /// A validator signed two conflicting votes: put this in a block.
    case evidence(DoubleSignEvidence)
}
