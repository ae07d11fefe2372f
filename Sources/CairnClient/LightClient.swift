import CairnChain
import CairnConsensus
import CairnCrypto

/// Follows a chain's validator sets from a trusted genesis, so that a header a gateway shows is believed
/// only when validators the client already trusts vouch for it (CometBFT's skipping verification).
///
/// A block at height h is trusted when its commit is signed by more than 2/3 of the power of the set the
/// header names and, if that set is not the one of the trusted block below h, by members of that trusted
/// set holding more than 1/3 of its power (so at least one honest trusted validator vouches for the new
/// set). When the overlap is too small the client bisects: it fetches the block halfway, trusts it first,
/// and tries again from there. A header below the newest trusted one is accepted when its set is the set
/// trusted just below or just above it, or else verified forward from the trusted block below it.
///
/// Headers carry only the hash of the set that signs them (no next-set hash), so two adjacent blocks
/// whose sets share less than 1/3 of the older power cannot be linked: such a change is refused
/// (`insufficientTrust`) rather than taken on the new set's word. There is no trusting period (no clock):
/// a client offline for longer than validators stay bonded should re-anchor on a fresh genesis or state.
public actor LightClient {
    /// The most light blocks one verification may fetch while bisecting.
    public static let maximumFetches = 64

    public nonisolated let chainID: UInt64
    /// What the client trusts now; save it to resume later.
    public private(set) var state: LightClientState
    private let source: any LightBlockSource

    public init(state: LightClientState, source: any LightBlockSource) {
        chainID = state.chainID
        self.state = state
        self.source = source
    }

    /// The validator set to pass to `StateAttestation.verify(trustedValidators:)` for `attestation`: the
    /// set that signed its header, once the header is trusted (advancing trust as needed). Only the header,
    /// commit and set are judged here; the proofs are `verify`'s.
    public func trustedValidators(for attestation: StateAttestation) async throws(LightClientError) -> ValidatorSet {
        let header = attestation.header
        guard header.chainID == chainID else { throw .wrongChain(expected: chainID, got: header.chainID) }
        if header.height == 0 {
            guard header.hash == state.genesis.headerHash else { throw .conflictingHeader(0) }
            return state.genesis.validators
        }
        guard let commit = attestation.commit else { throw .invalidBlock(height: header.height, "there is no commit") }
        let block = LightBlock(header: header, commit: commit, validators: attestation.validators)
        var budget = Self.maximumFetches
        try await trust(block, budget: &budget)
        return block.validators
    }

    /// Verifies and trusts the source's block at `height` (its newest when nil); returns the newest trusted height.
    @discardableResult
    public func update(to height: UInt64? = nil) async throws(LightClientError) -> UInt64 {
        let target: UInt64
        if let height {
            target = height
        } else {
            do { target = try await source.latestHeight() } catch { throw Self.sourceError(error) }
        }
        if target > 0 {
            var budget = Self.maximumFetches
            try await trust(try await fetch(target), budget: &budget)
        }
        return state.latest.height
    }

    /// Trusts `block` or says why not; each fetched pivot costs one from `budget`.
    private func trust(_ block: LightBlock, budget: inout Int) async throws(LightClientError) {
        try block.check(chainID: chainID)
        let height = block.height
        if let known = state.block(at: height) {
            guard known.headerHash == block.header.hash else { throw .conflictingHeader(height) }
            return
        }
        let base = state.floor(height)
        let setHash = block.validators.hash
        // The set trusted just below or just above signs every block between them that names it.
        let sameAsNeighbour = base.validators.hash == setHash || state.ceiling(height)?.validators.hash == setHash
        if sameAsNeighbour || block.isVouched(by: base.validators) {
            try state.insert(.init(height: height, headerHash: block.header.hash, validators: block.validators))
            return
        }
        guard height - base.height > 1 else { throw .insufficientTrust(height: height, trustedHeight: base.height) }
        guard budget > 0 else { throw .noPath(from: base.height, to: height) }
        budget -= 1
        let pivot = try await fetch(base.height + (height - base.height) / 2)
        try await trust(pivot, budget: &budget)
        // Another call may have advanced trust meanwhile; either way the pivot or something closer is below now.
        try await trust(block, budget: &budget)
    }

    private func fetch(_ height: UInt64) async throws(LightClientError) -> LightBlock {
        let block: LightBlock
        do { block = try await source.lightBlock(at: height) } catch { throw Self.sourceError(error) }
        guard block.height == height else { throw .source("asked for block \(height), got block \(block.height)") }
        return block
    }

    private static func sourceError(_ error: any Error) -> LightClientError {
        (error as? LightClientError) ?? .source("\(error)")
    }
}
