import CairnChain
import CairnCodec
import CairnConsensus

/// What validators say to each other over CairnNet: the one-byte kind, then a canonical payload.
public enum WireMessage: Sendable, Equatable {
    case proposal(SignedProposal)
    case vote(SignedVote)
    /// A raw signed transaction, gossiped so that any validator can include it.
    case transaction([UInt8])
    /// "My chain is at this height": peers behind it ask for blocks.
    case status(height: UInt64, hash: [UInt8])
    case blockRequest(from: UInt64, count: UInt32)
    case blockResponse([BlockWithCommit])

    /// A stored block and the commit that finalized it, as block sync ships them.
    public struct BlockWithCommit: Sendable, Equatable, CanonicalCodable {
        public var block: Block
        public var commit: Commit

        public init(block: Block, commit: Commit) {
            self.block = block
            self.commit = commit
        }

        public func encode(to writer: inout CanonicalWriter) {
            writer.write(block)
            writer.write(commit)
        }

        public init(from reader: inout CanonicalReader) throws {
            block = try reader.read(Block.self)
            commit = try reader.read(Commit.self)
        }
    }

    /// Blocks per sync response: enough to catch up fast, small enough to stay far below the frame limit.
    public static let maxBlocksPerResponse: UInt32 = 16

    /// Kinds relayed by gossip (deduplicated by the network); the others go to one peer.
    public static let gossipKinds: Set<UInt8> = [1, 2, 3]

    public var kind: UInt8 {
        switch self {
        case .proposal: 1
        case .vote: 2
        case .transaction: 3
        case .status: 4
        case .blockRequest: 5
        case .blockResponse: 6
        }
    }

    public var payload: [UInt8] {
        var writer = CanonicalWriter()
        switch self {
        case let .proposal(proposal): writer.write(proposal)
        case let .vote(vote): writer.write(vote)
        case let .transaction(raw): return raw
        case let .status(height, hash):
            writer.writeUInt64(height)
            writer.writeFixed(hash)
        case let .blockRequest(from, count):
            writer.writeUInt64(from)
            writer.writeUInt32(count)
        case let .blockResponse(blocks): writer.writeArray(blocks) { $0.write($1) }
        }
        return writer.bytes
    }

    /// Decodes a message; throws for an unknown kind or a payload that is not canonical.
    public init(kind: UInt8, payload: [UInt8]) throws {
        var reader = CanonicalReader(payload)
        switch kind {
        case 1: self = .proposal(try reader.read(SignedProposal.self))
        case 2: self = .vote(try reader.read(SignedVote.self))
        case 3:
            self = .transaction(payload)
            return
        case 4: self = .status(height: try reader.readUInt64(), hash: try reader.readFixed(count: 32))
        case 5: self = .blockRequest(from: try reader.readUInt64(), count: try reader.readUInt32())
        case 6:
            self = .blockResponse(
                try reader.readArray(maxCount: Int(Self.maxBlocksPerResponse)) { try $0.read(BlockWithCommit.self) })
        default: throw CodecError.unknownTag(kind, type: "WireMessage")
        }
        try reader.finish()
    }
}
