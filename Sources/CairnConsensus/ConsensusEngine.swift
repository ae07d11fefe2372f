import CairnCrypto

/// One height of Tendermint BFT consensus as a pure state machine: inputs in, outputs out, no clock,
/// socket or disk inside, so that a simulation can drive thousands of seeded schedules and a restarted
/// validator can rebuild it exactly from its WAL.
///
/// The rules are those of Buchman, Kwon and Milosevic, "The latest gossip on BFT consensus" (2018),
/// Algorithm 1; comments name its line numbers. Quorums are stake-weighted: "2f+1" is more than 2/3 of
/// the power, "f+1" more than 1/3. A validator signs at most one prevote and one precommit per round: a
/// vote of its own already in the tally (restored from the WAL) is re-sent, never replaced.
public struct ConsensusEngine: Sendable {
    /// Rounds further ahead than this are ignored, so that a faulty validator cannot make us store votes
    /// for millions of rounds; honest validators are never that far apart.
    public static let maxRoundsAhead: UInt32 = 64

    public let chainID: UInt64
    public let height: UInt64
    public let validators: ValidatorSet
    public let timeouts: TimeoutSchedule
    private let key: Ed25519.PrivateKey?
    /// Our index in `validators`, when we are one of them.
    public let ownIndex: Int?
    private let verifier: any SignatureVerifier

    public private(set) var round: UInt32 = 0
    public private(set) var step: ConsensusStep = .propose
    public private(set) var started = false
    /// The decided block and its commit, once 2/3+ precommitted a valid block.
    public private(set) var decision: (block: [UInt8], commit: Commit)?

    private var lockedRound: Int32 = -1
    private var lockedHash: [UInt8]?
    private var validRound: Int32 = -1
    private var validHash: [UInt8]?
    /// The first correctly signed proposal of each round from that round's proposer.
    private var proposals: [UInt32: SignedProposal] = [:]
    /// Rounds whose proposal carried a valid proof of lock.
    private var certifiedRounds: Set<UInt32> = []
    /// Known blocks by hash, with the application's verdict.
    private var blocks: [[UInt8]: (block: [UInt8], valid: Bool)] = [:]
    private var tally: VoteTally
    private var awaitingBlockRound: UInt32?
    private var prevoteTimeoutRounds: Set<UInt32> = []
    private var precommitTimeoutRounds: Set<UInt32> = []
    private var lockRuleRounds: Set<UInt32> = []
    private var reportedEvidence: Set<DoubleSignEvidence> = []

    /// An engine for `height`, signing with `key` when it belongs to a member of `validators` (a node
    /// without one follows consensus without voting).
    public init(
        chainID: UInt64, height: UInt64, validators: ValidatorSet, key: Ed25519.PrivateKey?,
        timeouts: TimeoutSchedule = .standard, verifier: any SignatureVerifier = Ed25519Verifier()
    ) {
        self.chainID = chainID
        self.height = height
        self.validators = validators
        self.timeouts = timeouts
        self.verifier = verifier
        let index = key.flatMap { validators.member(consensusKey: $0.publicKey.rawRepresentation)?.index }
        self.key = index == nil ? nil : key
        ownIndex = index
        tally = VoteTally(validators: validators)
    }

    /// The member expected to propose in `round`.
    public func proposer(round: UInt32) -> ValidatorInfo? {
        ProposerSelection.proposer(height: height, round: round, validators: validators)
    }

    /// The round and block this validator is locked on (-1 and nil when unlocked), for status output.
    public var lock: (round: Int32, blockHash: [UInt8]?) { (lockedRound, lockedHash) }

    // MARK: Inputs

    /// Applies one input and returns what the driver must do, in order.
    public mutating func handle(_ input: ConsensusInput) -> [ConsensusOutput] {
        guard decision == nil else { return [] }
        var out: [ConsensusOutput] = []
        switch input {
        case .start:
            guard !started else { return [] }
            started = true
            restoreLockFromOwnPrecommits()
            startRound(0, &out)
        case let .proposal(proposal, valid):
            guard accept(proposal, valid: valid) else { return [] }
        case let .vote(vote):
            guard accept(vote, &out) else { return out }
        case let .timeout(timeout):
            guard started, timeout.height == height, timeout.round == round else { return [] }
            onTimeout(timeout.step, &out)
        case let .proposalBlock(height, round, blockHash, block):
            guard started, height == self.height, round == self.round, awaitingBlockRound == round, step == .propose,
                let key
            else { return [] }
            awaitingBlockRound = nil
            let signed = SignedProposal(
                proposal: Proposal(height: height, round: round, polRound: -1, blockHash: blockHash), block: block,
                chainID: chainID, key: key)
            proposals[round] = signed
            blocks[blockHash] = (block, true)
            out.append(.broadcastProposal(signed))
        }
        if started { evaluate(&out) }
        return out
    }

    /// What to do after a restart's WAL replay (whose outputs the driver discarded): send our messages of
    /// this height again, re-arm the current step's timeout, ask again for an unanswered proposal block,
    /// and hand over a decision not yet stored.
    public func resume() -> [ConsensusOutput] {
        if let decision { return [.decide(block: decision.block, commit: decision.commit)] }
        guard started else { return [] }
        var out = ownMessages()
        out.append(
            .scheduleTimeout(
                ConsensusTimeout(height: height, round: round, step: step),
                milliseconds: timeouts.milliseconds(step, round: round)))
        if let awaitingBlockRound, awaitingBlockRound == round { out.append(.buildProposal(height: height, round: round)) }
        return out
    }

    /// Our own signed proposals and votes of this height, for re-sending to peers that missed them.
    public func ownMessages() -> [ConsensusOutput] {
        guard let ownIndex, let key else { return [] }
        var out: [ConsensusOutput] = proposals.keys.sorted().compactMap { round in
            let proposal = proposals[round]!
            return proposal.consensusKey == key.publicKey.rawRepresentation ? .broadcastProposal(proposal) : nil
        }
        for vote in tally.allVotes where tally.validators.member(consensusKey: vote.consensusKey)?.index == ownIndex {
            out.append(.broadcastVote(vote))
        }
        return out
    }

    /// Every vote counted at this height (for peers that missed some).
    public var knownVotes: [SignedVote] { tally.allVotes }

    private mutating func accept(_ signed: SignedProposal, valid: Bool) -> Bool {
        let proposal = signed.proposal
        guard proposal.height == height, proposal.round <= round &+ Self.maxRoundsAhead,
            proposals[proposal.round] == nil,
            let proposer = proposer(round: proposal.round), proposer.consensusKey == signed.consensusKey,
            signed.isValid(chainID: chainID, verifier: verifier)
        else { return false }
        proposals[proposal.round] = signed
        if blocks[proposal.blockHash] == nil { blocks[proposal.blockHash] = (signed.block, valid) }
        if signed.hasProofOfLock(chainID: chainID, validators: validators, verifier: verifier) {
            certifiedRounds.insert(proposal.round)
            for vote in signed.polVotes {
                if let (index, _) = validators.member(consensusKey: vote.consensusKey) { _ = tally.add(vote, index: index) }
            }
        }
        return true
    }

    private mutating func accept(_ signed: SignedVote, _ out: inout [ConsensusOutput]) -> Bool {
        let vote = signed.vote
        guard vote.height == height, vote.round <= round &+ Self.maxRoundsAhead,
            let (index, _) = validators.member(consensusKey: signed.consensusKey),
            signed.isValid(chainID: chainID, verifier: verifier)
        else { return false }
        switch tally.add(signed, index: index) {
        case .added:
            return true
        case .duplicate:
            return false
        case let .conflict(existing):
            if let evidence = DoubleSignEvidence(existing, signed), reportedEvidence.insert(evidence).inserted {
                out.append(.evidence(evidence))
            }
            return false
        }
    }

    // MARK: Rules

    /// StartRound (lines 11-21).
    private mutating func startRound(_ round: UInt32, _ out: inout [ConsensusOutput]) {
        self.round = round
        step = .propose
        awaitingBlockRound = nil
        if let ownIndex, let key, ProposerSelection.proposerIndex(height: height, round: round, validators: validators) == ownIndex {
            if let existing = proposals[round] {
                // Restored from the WAL: we proposed in this round before the crash.
                out.append(.broadcastProposal(existing))
            } else if let validHash, let known = blocks[validHash] {
                let signed = SignedProposal(
                    proposal: Proposal(height: height, round: round, polRound: validRound, blockHash: validHash),
                    block: known.block,
                    polVotes: tally.votes(round: UInt32(validRound), kind: .prevote, blockHash: validHash),
                    chainID: chainID, key: key)
                proposals[round] = signed
                out.append(.broadcastProposal(signed))
            } else {
                awaitingBlockRound = round
                out.append(.buildProposal(height: height, round: round))
            }
        }
        // Everyone arms the propose timeout, the proposer too: if building its block stalls, it prevotes nil.
        schedule(.propose, &out)
    }

    private mutating func onTimeout(_ step: ConsensusStep, _ out: inout [ConsensusOutput]) {
        switch step {
        case .propose where self.step == .propose:  // lines 57-60
            castVote(.prevote, blockHash: Vote.nilHash, &out)
            self.step = .prevote
        case .prevote where self.step == .prevote:  // lines 61-64
            castVote(.precommit, blockHash: Vote.nilHash, &out)
            self.step = .precommit
        case .precommit:  // lines 65-67
            startRound(round + 1, &out)
        default:
            break
        }
    }

    /// Applies every rule whose condition holds until none does; one rule's effect can enable another.
    private mutating func evaluate(_ out: inout [ConsensusOutput]) {
        var changed = true
        while changed, decision == nil {
            changed = false
            if decide(&out) { return }
            if skipToHigherRound(&out) { changed = true; continue }
            if step == .propose, let proposal = proposals[round] {
                changed = prevoteOnProposal(proposal, &out)
            }
            if step == .prevote, tally.hasQuorumForAny(round: round, kind: .prevote),
                prevoteTimeoutRounds.insert(round).inserted
            {  // lines 34-35
                schedule(.prevote, &out)
            }
            if step >= .prevote, let proposal = proposals[round], blocks[proposal.proposal.blockHash]?.valid == true,
                tally.hasQuorum(round: round, kind: .prevote, blockHash: proposal.proposal.blockHash),
                lockRuleRounds.insert(round).inserted
            {  // lines 36-43
                let hash = proposal.proposal.blockHash
                if step == .prevote {
                    lockedRound = Int32(round)
                    lockedHash = hash
                    castVote(.precommit, blockHash: hash, &out)
                    step = .precommit
                }
                validRound = Int32(round)
                validHash = hash
                changed = true
            }
            if step == .prevote, tally.hasQuorum(round: round, kind: .prevote, blockHash: Vote.nilHash) {  // lines 44-46
                castVote(.precommit, blockHash: Vote.nilHash, &out)
                step = .precommit
                changed = true
            }
            if tally.hasQuorumForAny(round: round, kind: .precommit), precommitTimeoutRounds.insert(round).inserted {
                schedule(.precommit, &out)  // lines 47-48
            }
        }
    }

    /// Lines 22-33: the first prevote of a round, on the round's proposal.
    private mutating func prevoteOnProposal(_ signed: SignedProposal, _ out: inout [ConsensusOutput]) -> Bool {
        let proposal = signed.proposal
        let valid = blocks[proposal.blockHash]?.valid == true
        let hash: [UInt8]
        if proposal.polRound == -1 {
            hash = valid && (lockedRound == -1 || lockedHash == proposal.blockHash) ? proposal.blockHash : Vote.nilHash
        } else if proposal.polRound >= 0, UInt32(proposal.polRound) < round,
            certifiedRounds.contains(proposal.round)
                || tally.hasQuorum(round: UInt32(proposal.polRound), kind: .prevote, blockHash: proposal.blockHash)
        {
            hash = valid && (lockedRound <= proposal.polRound || lockedHash == proposal.blockHash)
                ? proposal.blockHash : Vote.nilHash
        } else {
            return false  // wait for the proof of lock, or for the propose timeout
        }
        castVote(.prevote, blockHash: hash, &out)
        step = .prevote
        return true
    }

    /// Lines 49-54: a valid block with 2/3+ precommits in any round is decided.
    private mutating func decide(_ out: inout [ConsensusOutput]) -> Bool {
        for round in tally.roundsVoted(kind: .precommit) {
            guard let hash = tally.quorumHash(round: round, kind: .precommit), hash != Vote.nilHash,
                let known = blocks[hash], known.valid
            else { continue }
            let commit = Commit(
                height: height, round: round, blockHash: hash, signatures: tally.precommits(round: round, blockHash: hash))
            decision = (known.block, commit)
            out.append(.decide(block: known.block, commit: commit))
            return true
        }
        return false
    }

    /// Lines 55-56: when more than 1/3 of the power votes in a later round, at least one honest validator
    /// is there, so we join it.
    private mutating func skipToHigherRound(_ out: inout [ConsensusOutput]) -> Bool {
        guard let target = tally.roundsWithVoters(above: round).last(where: { tally.hasOneThirdVoting(round: $0) }) else {
            return false
        }
        startRound(target, &out)
        return true
    }

    private mutating func castVote(_ kind: Vote.Kind, blockHash: [UInt8], _ out: inout [ConsensusOutput]) {
        guard let key, let ownIndex else { return }
        if let existing = tally.vote(round: round, kind: kind, index: ownIndex) {
            // We signed this step before a restart: stand by that vote, whatever the replay would say now.
            out.append(.broadcastVote(existing))
            return
        }
        let signed = SignedVote(
            vote: Vote(kind: kind, height: height, round: round, blockHash: blockHash), chainID: chainID, key: key)
        _ = tally.add(signed, index: ownIndex)
        out.append(.broadcastVote(signed))
    }

    private func schedule(_ step: ConsensusStep, _ out: inout [ConsensusOutput]) {
        out.append(
            .scheduleTimeout(
                ConsensusTimeout(height: height, round: round, step: step),
                milliseconds: timeouts.milliseconds(step, round: round)))
    }

    /// A restarted validator is locked on the block of its latest non-nil precommit, whatever the replay
    /// reconstructs: that is the lock its precommit promised.
    private mutating func restoreLockFromOwnPrecommits() {
        guard let ownIndex else { return }
        for vote in tally.allVotes where vote.vote.kind == .precommit && !vote.vote.isNil {
            guard tally.validators.member(consensusKey: vote.consensusKey)?.index == ownIndex,
                Int32(vote.vote.round) > lockedRound
            else { continue }
            lockedRound = Int32(vote.vote.round)
            lockedHash = vote.vote.blockHash
        }
    }
}
