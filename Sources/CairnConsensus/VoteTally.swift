import CairnCrypto

/// The votes of one height: per round and kind, each validator's first vote, and the power behind every
/// block hash. A second, different vote from one validator is not counted: it is evidence.
struct VoteTally: Sendable {
    struct Key: Hashable, Sendable {
        var round: UInt32
        var kind: Vote.Kind
    }

    /// One round's votes of one kind.
    struct Round: Sendable {
        var byValidator: [Int: SignedVote] = [:]
        var powerByHash: [[UInt8]: UInt128] = [:]
        var total: UInt128 = 0
    }

    let validators: ValidatorSet
    private(set) var rounds: [Key: Round] = [:]
    /// Validators seen voting in each round (either kind), for the round-skip rule.
    private(set) var voters: [UInt32: Set<Int>] = [:]

    init(validators: ValidatorSet) { self.validators = validators }

    enum AddResult: Sendable {
        case added
        case duplicate
        case conflict(existing: SignedVote)
    }

    /// Counts `vote` from the member at `index` (already checked to be that member's valid signature).
    mutating func add(_ vote: SignedVote, index: Int) -> AddResult {
        let key = Key(round: vote.vote.round, kind: vote.vote.kind)
        var round = rounds[key] ?? Round()
        if let existing = round.byValidator[index] {
            return existing.vote.blockHash == vote.vote.blockHash ? .duplicate : .conflict(existing: existing)
        }
        let power = validators.validators[index].power
        round.byValidator[index] = vote
        round.powerByHash[vote.vote.blockHash, default: 0] += power
        round.total += power
        rounds[key] = round
        voters[vote.vote.round, default: []].insert(index)
        return .added
    }

    /// The power of votes of `kind` in `round` for `blockHash`.
    func power(round: UInt32, kind: Vote.Kind, blockHash: [UInt8]) -> UInt128 {
        rounds[Key(round: round, kind: kind)]?.powerByHash[blockHash] ?? 0
    }

    /// Whether more than 2/3 of the power voted `kind` in `round` for `blockHash`.
    func hasQuorum(round: UInt32, kind: Vote.Kind, blockHash: [UInt8]) -> Bool {
        validators.isQuorum(power(round: round, kind: kind, blockHash: blockHash))
    }

    /// Whether more than 2/3 of the power voted `kind` in `round`, for anything.
    func hasQuorumForAny(round: UInt32, kind: Vote.Kind) -> Bool {
        validators.isQuorum(rounds[Key(round: round, kind: kind)]?.total ?? 0)
    }

    /// The block hash (nil-hash included) that more than 2/3 voted for, if any.
    func quorumHash(round: UInt32, kind: Vote.Kind) -> [UInt8]? {
        rounds[Key(round: round, kind: kind)]?.powerByHash.first { validators.isQuorum($0.value) }?.key
    }

    /// Whether the validators voting in `round` hold more than 1/3 of the power: at least one honest one is there.
    func hasOneThirdVoting(round: UInt32) -> Bool {
        var power: UInt128 = 0
        for index in voters[round] ?? [] { power += validators.validators[index].power }
        // power * 3 > total, in full width.
        let left = power.multipliedFullWidth(by: 3)
        let right = (high: UInt128(0), low: validators.totalPower)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

    /// The counted votes of `kind` in `round` for `blockHash`, in validator-set order.
    func votes(round: UInt32, kind: Vote.Kind, blockHash: [UInt8]) -> [SignedVote] {
        guard let votes = rounds[Key(round: round, kind: kind)] else { return [] }
        return votes.byValidator.keys.sorted().compactMap { votes.byValidator[$0]!.vote.blockHash == blockHash ? votes.byValidator[$0] : nil }
    }

    /// The precommits for `blockHash` in `round`, in validator-set order: a commit.
    func precommits(round: UInt32, blockHash: [UInt8]) -> [CommitSignature] {
        guard let votes = rounds[Key(round: round, kind: .precommit)] else { return [] }
        return votes.byValidator.keys.sorted().compactMap { index in
            let vote = votes.byValidator[index]!
            guard vote.vote.blockHash == blockHash else { return nil }
            return CommitSignature(consensusKey: vote.consensusKey, signature: vote.signature)
        }
    }

    /// Every vote counted, by round, kind and validator: a fixed order, since outputs must not depend on
    /// the process's hash seed (a simulation seed must replay exactly).
    var allVotes: [SignedVote] {
        rounds.keys.sorted { ($0.round, $0.kind.rawValue) < ($1.round, $1.kind.rawValue) }.flatMap { key in
            let votes = rounds[key]!.byValidator
            return votes.keys.sorted().map { votes[$0]! }
        }
    }
}

extension VoteTally {
    /// The vote of the member at `index` for `kind` in `round`, if counted.
    func vote(round: UInt32, kind: Vote.Kind, index: Int) -> SignedVote? {
        rounds[Key(round: round, kind: kind)]?.byValidator[index]
    }

    /// The rounds holding votes of `kind`, ascending.
    func roundsVoted(kind: Vote.Kind) -> [UInt32] {
        rounds.keys.filter { $0.kind == kind }.map(\.round).sorted()
    }

    /// The rounds above `round` in which anyone voted, ascending.
    func roundsWithVoters(above round: UInt32) -> [UInt32] {
        voters.keys.filter { $0 > round }.sorted()
    }
}
