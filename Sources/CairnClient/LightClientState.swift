import CairnCodec
import CairnConsensus
import CairnCrypto

/// What a light client trusts: the genesis it started from and the blocks it has verified since, each
/// with the validator set that signed it. A value with a canonical encoding, so a client can save it
/// (in its `SecureStore`) and resume without re-verifying from genesis.
///
/// Encoding: `chainID u64 ‖ genesis ‖ [trusted]`, a block being `height u64 ‖ headerHash 32 ‖ ValidatorSet`.
public struct LightClientState: Hashable, Sendable, CanonicalCodable {
    /// A block the client trusts and the set that signed it (for the genesis block, the genesis set).
    public struct TrustedBlock: Hashable, Sendable, CanonicalCodable {
        public let height: UInt64
        public let headerHash: [UInt8]
        public let validators: ValidatorSet

        public init(height: UInt64, headerHash: [UInt8], validators: ValidatorSet) {
            self.height = height
            self.headerHash = headerHash
            self.validators = validators
        }

        public func encode(to writer: inout CanonicalWriter) {
            writer.writeUInt64(height)
            writer.writeFixed(headerHash)
            writer.write(validators)
        }

        public init(from reader: inout CanonicalReader) throws {
            self.init(height: try reader.readUInt64(), headerHash: try reader.readFixed(count: 32), validators: try reader.read(ValidatorSet.self))
        }
    }

    /// The most verified blocks kept besides genesis: enough to answer for heights just below the newest
    /// without a fetch, small enough to save on every update.
    public static let historyLimit = 32

    public let chainID: UInt64
    public let genesis: TrustedBlock
    /// Verified blocks, by increasing height, all above genesis; at most `historyLimit`.
    public private(set) var history: [TrustedBlock]

    /// A client that trusts only the genesis block `genesisHash` of chain `chainID`, signed into being by
    /// `genesisValidators` (from a genesis file the user trusts, not from a gateway).
    public init(chainID: UInt64, genesisHash: [UInt8], genesisValidators: ValidatorSet) {
        precondition(genesisHash.count == 32, "block hashes are 32 bytes")
        self.chainID = chainID
        genesis = TrustedBlock(height: 0, headerHash: genesisHash, validators: genesisValidators)
        history = []
    }

    /// The newest trusted block (genesis until something is verified).
    public var latest: TrustedBlock { history.last ?? genesis }

    /// The trusted block at exactly `height`, if any.
    public func block(at height: UInt64) -> TrustedBlock? {
        height == 0 ? genesis : history.first { $0.height == height }
    }

    /// The newest trusted block at or below `height`.
    func floor(_ height: UInt64) -> TrustedBlock { history.last { $0.height <= height } ?? genesis }

    /// The oldest trusted block above `height`, if any.
    func ceiling(_ height: UInt64) -> TrustedBlock? { history.first { $0.height > height } }

    /// Adds a verified block, keeping the newest `historyLimit`; refuses one that contradicts a trusted block.
    mutating func insert(_ block: TrustedBlock) throws(LightClientError) {
        if let known = self.block(at: block.height) {
            guard known.headerHash == block.headerHash else { throw .conflictingHeader(block.height) }
            return
        }
        let index = history.firstIndex { $0.height > block.height } ?? history.count
        history.insert(block, at: index)
        // Drop the oldest, but never the block just added: a bisection pivot must stay to verify from.
        if history.count > Self.historyLimit { history.remove(at: index == 0 ? 1 : 0) }
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(chainID)
        writer.write(genesis)
        writer.writeArray(history) { $0.write($1) }
    }

    public init(from reader: inout CanonicalReader) throws {
        chainID = try reader.readUInt64()
        genesis = try reader.read(TrustedBlock.self)
        history = try reader.readArray(maxCount: Self.historyLimit) { try $0.read(TrustedBlock.self) }
        guard genesis.height == 0 else { throw CodecError.invalidValue("the genesis block is not at height 0") }
        for (index, block) in history.enumerated() where block.height <= (index == 0 ? 0 : history[index - 1].height) {
            throw CodecError.invalidValue("trusted blocks are not in strictly increasing order above genesis")
        }
    }

    /// Decodes a saved state, refusing one of another chain.
    public static func decode(saved bytes: [UInt8], chainID: UInt64) throws(LightClientError) -> LightClientState {
        let state: LightClientState
        do { state = try decode(canonical: bytes) } catch { throw .malformedState("\(error)") }
        guard state.chainID == chainID else { throw .wrongChain(expected: chainID, got: state.chainID) }
        return state
    }
}
