import CairnCodec
import CairnConsensus
import CairnCrypto

/// The faults one seed runs with, all drawn from the seed.
struct SimConfig: CustomStringConvertible {
    var seed: UInt64
    var validatorCount: Int
    /// The validator that double-signs (and, as proposer, sometimes proposes invalid blocks), with less
    /// than a third of the power.
    var byzantine: Int?
    var lossRate: Double
    var duplicateRate: Double
    var maxDelay: UInt64
    /// Extra loss for precommits only: the schedule that splits who sees a commit from who moves on.
    var precommitLossRate: Double
    var crashes: Int
    var partitions: Int
    /// Faults happen before this time (ms); after it the network heals and every node is up.
    var chaosEnd: UInt64 = 6_000
    /// Every honest node must have committed two more blocks by this long after the heal.
    var progressWindow: UInt64 = 90_000
    /// The run goes on until every honest node has at least this many blocks (and two more than at the heal).
    var minimumHeight = 0
    var blockInterval: UInt64 = 400
    var epochLength: UInt64 = 4
    var timeouts = TimeoutSchedule(propose: 400, prevote: 200, precommit: 200, deltaPerRound: 100)

    static func random(seed: UInt64) -> SimConfig {
        var rng = SplitMix64(seed: seed ^ 0xC0FF_EE00)
        let count = Int.random(in: 4...6, using: &rng)
        return SimConfig(
            seed: seed, validatorCount: count, byzantine: rng.chance(0.6) ? Int.random(in: 0..<count, using: &rng) : nil,
            lossRate: [0, 0.05, 0.15, 0.3].randomElement(using: &rng)!, duplicateRate: [0, 0.05, 0.2].randomElement(using: &rng)!,
            maxDelay: [5, 50, 300].randomElement(using: &rng)!,
            precommitLossRate: [0, 0, 0.5, 0.8].randomElement(using: &rng)!, crashes: Int.random(in: 0...3, using: &rng),
            partitions: Int.random(in: 0...2, using: &rng))
    }

    var description: String {
        "seed \(seed): \(validatorCount) validators, byzantine \(byzantine.map(String.init) ?? "none"), loss \(lossRate), "
            + "duplicates \(duplicateRate), precommit loss \(precommitLossRate), delay ≤\(maxDelay) ms, \(crashes) crashes, \(partitions) partitions"
    }
}

/// What went wrong in a run; nil fields mean the invariant held.
struct SimReport {
    var config: SimConfig
    var failures: [String] = []
    var heights: [Int] = []
    var evidenceCommitted = 0
    var byzantineRemoved = false
    var rejectedSyncResponses = 0
    var events = 0
    var digest: UInt64 = 0xCBF2_9CE4_8422_2325
    var finalState: [String] = []
}

/// N validators, each a `ConsensusEngine` with a durable chain and WAL, on a seeded simulated network and
/// clock. Every source of nondeterminism is the seed, so a failing seed replays exactly.
final class Simulation {
    static let chainID: UInt64 = 31337
    static let zeroHash = [UInt8](repeating: 0, count: 32)

    enum Message {
        case proposal(SignedProposal)
        case vote(SignedVote)
        case syncRequest(from: UInt64)
        case syncResponse([(block: [UInt8], commit: Commit)])
    }

    enum Event {
        case deliver(to: Int, from: Int, Message)
        case timeout(node: Int, incarnation: Int, ConsensusTimeout)
        case startHeight(node: Int, incarnation: Int, height: UInt64)
        case tick(node: Int, incarnation: Int)
        case crash(Int)
        case restart(Int)
        case partition(Set<Int>)
        case heal
    }

    /// One validator: durable chain and WAL, volatile engine and pools.
    final class Node {
        let index: Int
        let key: Ed25519.PrivateKey
        var chain: [(block: SimBlock, hash: [UInt8], commit: Commit)] = []
        var wal: [WALEntry] = []
        var engine: ConsensusEngine?
        var incarnation = 0
        var evidencePool: [DoubleSignEvidence] = []
        var future: [(from: Int, message: Message)] = []
        var lastSyncRequest: UInt64 = 0

        init(index: Int, key: Ed25519.PrivateKey) {
            self.index = index
            self.key = key
        }

        var isUp: Bool { engine != nil }
        var nextHeight: UInt64 { UInt64(chain.count) + 1 }
        var headHash: [UInt8] { chain.last?.hash ?? Simulation.zeroHash }
    }

    let config: SimConfig
    private var rng: SplitMix64
    private var queue = EventQueue<Event>()
    private(set) var now: UInt64 = 0
    let nodes: [Node]
    let verifier = CachingVerifier()
    private var report: SimReport
    private var committed: [UInt64: [UInt8]] = [:]
    private var honestSigned: [String: [UInt8]] = [:]
    private var partition: Set<Int>?
    private var healed = false
    private let basePowers: [UInt128]

    init(config: SimConfig) {
        self.config = config
        var rng = SplitMix64(seed: config.seed)
        nodes = (0..<config.validatorCount).map { index in
            Node(index: index, key: try! Ed25519.PrivateKey(seed: SHA256.hash(Array("sim/\(config.seed)/\(index)".utf8))))
        }
        var powers = (0..<config.validatorCount).map { _ in UInt128(UInt64.random(in: 1...100, using: &rng)) }
        if let byzantine = config.byzantine {
            // Less than a third of the total: 3b < h + b  <=>  2b < h.
            let honest = powers.enumerated().filter { $0.offset != byzantine }.reduce(UInt128(0)) { $0 + $1.element }
            powers[byzantine] = max(1, min(powers[byzantine], (honest - 1) / 2))
        }
        basePowers = powers
        self.rng = rng
        report = SimReport(config: config)
    }

    // MARK: Validator sets

    /// The set for `height`, as every node derives it from its own chain: per epoch, honest powers vary and
    /// a validator with double-sign evidence committed before the epoch is gone.
    func validators(at height: UInt64, chain: [(block: SimBlock, hash: [UInt8], commit: Commit)]) -> ValidatorSet {
        let epoch = (height - 1) / config.epochLength
        let epochStart = epoch * config.epochLength + 1
        var punished = Set<[UInt8]>()
        for entry in chain.prefix(Int(epochStart - 1)) {
            for evidence in entry.block.evidence { punished.insert(evidence.consensusKey) }
        }
        var members: [ValidatorInfo] = []
        for node in nodes {
            let key = node.key.publicKey.rawRepresentation
            guard !punished.contains(key) else { continue }
            var power = basePowers[node.index]
            if node.index != config.byzantine {
                var mix = SplitMix64(seed: config.seed &* 31 &+ epoch &* 7 &+ UInt64(node.index))
                power *= UInt128(1 + mix.next() % 3)
            }
            members.append(
                ValidatorInfo(
                    operatorAddress: try! Address(bytes: [UInt8](repeating: UInt8(node.index + 1), count: 20)),
                    consensusKey: key, power: power))
        }
        return ValidatorSet(members)
    }

    // MARK: Running

    func run() -> SimReport {
        for node in nodes { boot(node) }
        scheduleFaults()
        queue.push(.heal, at: config.chaosEnd)
        var target: Int?
        let deadline = config.chaosEnd + config.progressWindow
        while let (time, event) = queue.pop(), report.failures.isEmpty {
            now = time
            if now > deadline { break }
            report.events += 1
            mix(time)
            handle(event)
            if healed {
                let honest = nodes.filter { $0.index != config.byzantine }
                if target == nil { target = max((honest.map(\.chain.count).max() ?? 0) + 2, config.minimumHeight) }
                if honest.allSatisfy({ $0.chain.count >= target! }) { break }
            }
        }
        report.heights = nodes.map(\.chain.count)
        report.finalState = nodes.map { node in
            guard let engine = node.engine else { return "\(node.index): down" }
            return "\(node.index): height \(engine.height) round \(engine.round) step \(engine.step) started \(engine.started) "
                + "lock \(engine.lock.round) future \(node.future.count) votes \(engine.knownVotes.count)"
        }
        if report.failures.isEmpty, let target {
            for node in nodes where node.index != config.byzantine && node.chain.count < target {
                report.failures.append(
                    "no progress: validator \(node.index) is at height \(node.chain.count), expected \(target) within "
                        + "\(config.progressWindow) ms of the heal")
            }
        } else if report.failures.isEmpty {
            report.failures.append("the simulation ended before the heal")
        }
        if let byzantine = config.byzantine {
            let key = nodes[byzantine].key.publicKey.rawRepresentation
            let last = nodes.filter { $0.index != byzantine }.max { $0.chain.count < $1.chain.count }!
            report.byzantineRemoved = validators(at: last.nextHeight, chain: last.chain).member(consensusKey: key) == nil
        }
        return report
    }

    private func scheduleFaults() {
        let honest = nodes.map(\.index).filter { $0 != config.byzantine }
        for _ in 0..<config.crashes {
            let victim = honest.randomElement(using: &rng)!
            let at = UInt64.random(in: 200..<(config.chaosEnd - 500), using: &rng)
            queue.push(.crash(victim), at: at)
            queue.push(.restart(victim), at: min(at + UInt64.random(in: 100...3_000, using: &rng), config.chaosEnd))
        }
        for _ in 0..<config.partitions {
            var side = Set(nodes.map(\.index).filter { _ in rng.chance(0.5) })
            if side.isEmpty || side.count == nodes.count { side = [nodes.count - 1] }
            let at = UInt64.random(in: 0..<(config.chaosEnd - 500), using: &rng)
            queue.push(.partition(side), at: at)
        }
    }

    private func handle(_ event: Event) {
        switch event {
        case let .deliver(to, from, message):
            mix(UInt64(to) << 8 | UInt64(from))
            receive(message, at: nodes[to], from: from)
        case let .timeout(index, incarnation, timeout):
            let node = nodes[index]
            guard node.isUp, node.incarnation == incarnation, node.engine!.height == timeout.height else { return }
            input(node, .timeout(timeout))
        case let .startHeight(index, incarnation, height):
            let node = nodes[index]
            guard node.isUp, node.incarnation == incarnation, node.engine!.height == height, !node.engine!.started else {
                return
            }
            input(node, .start)
        case let .tick(index, incarnation):
            let node = nodes[index]
            guard node.isUp, node.incarnation == incarnation else { return }
            // Peers that lost our messages get them again (real gossip re-sends to lagging peers too).
            for output in node.engine!.ownMessages() {
                switch output {
                case let .broadcastProposal(proposal): broadcast(.proposal(proposal), from: node)
                case let .broadcastVote(vote): broadcast(.vote(vote), from: node)
                default: break
                }
            }
            queue.push(.tick(node: index, incarnation: incarnation), at: now + 1_000)
        case let .crash(index):
            let node = nodes[index]
            guard node.isUp else { return }
            node.engine = nil
            node.incarnation += 1
            node.evidencePool = []
            node.future = []
        case let .restart(index):
            let node = nodes[index]
            guard !node.isUp else { return }
            boot(node)
        case let .partition(side):
            partition = healed ? nil : side
            queue.push(.heal, at: min(now + UInt64.random(in: 300...3_000, using: &rng), config.chaosEnd))
        case .heal:
            partition = nil
            guard now >= config.chaosEnd, !healed else { return }
            healed = true
            for node in nodes where !node.isUp { boot(node) }
        }
    }

    /// Starts (or restarts) a node from its durable chain and WAL.
    private func boot(_ node: Node) {
        node.incarnation += 1
        var engine = ConsensusEngine(
            chainID: Self.chainID, height: node.nextHeight, validators: validators(at: node.nextHeight, chain: node.chain),
            key: node.key, timeouts: config.timeouts, verifier: verifier)
        let outputs = engine.replay(node.wal)
        node.engine = engine
        if !engine.started {
            queue.push(.startHeight(node: node.index, incarnation: node.incarnation, height: node.nextHeight), at: now)
        }
        execute(outputs, at: node)
        queue.push(.tick(node: node.index, incarnation: node.incarnation), at: now + 1_000)
    }

    /// Writes `input` to the node's WAL, then hands it to the engine.
    private func input(_ node: Node, _ input: ConsensusInput) {
        node.wal.append(.input(input))
        let outputs = node.engine!.handle(input)
        execute(outputs, at: node)
    }

    private func execute(_ outputs: [ConsensusOutput], at node: Node) {
        for output in outputs {
            guard node.isUp else { return }
            switch output {
            case let .broadcastProposal(proposal):
                node.wal.append(.own(.proposal(proposal, valid: true)))
                if node.index == config.byzantine {
                    equivocate(proposal, from: node)
                } else {
                    broadcast(.proposal(proposal), from: node)
                }
            case let .broadcastVote(vote):
                node.wal.append(.own(.vote(vote)))
                recordSigned(vote, by: node)
                broadcast(.vote(vote), from: node)
                if node.index == config.byzantine { equivocate(vote, from: node) }
            case let .scheduleTimeout(timeout, milliseconds):
                queue.push(.timeout(node: node.index, incarnation: node.incarnation, timeout), at: now + milliseconds)
            case let .buildProposal(height, round):
                let block = SimBlock(
                    height: height, round: round, proposer: UInt32(node.index), parentHash: node.headHash,
                    valid: node.index == config.byzantine ? rng.chance(0.5) : true, nonce: rng.next(),
                    evidence: Array(node.evidencePool.prefix(4)))
                input(node, .proposalBlock(height: height, round: round, blockHash: block.hash, block: block.bytes))
            case let .decide(block, commit):
                store(block, commit: commit, at: node, startDelay: config.blockInterval)
            case let .evidence(evidence):
                if !node.evidencePool.contains(evidence) { node.evidencePool.append(evidence) }
            }
        }
    }

    /// The faulty validator prevotes and precommits every block it is shown, so that it lends its power to
    /// any quorum an honest mistake (a broken lock) could form: without locking this forks the chain.
    private func supportEverything(_ proposal: SignedProposal, from node: Node) {
        for kind in [Vote.Kind.prevote, .precommit] {
            let vote = Vote(kind: kind, height: proposal.proposal.height, round: proposal.proposal.round, blockHash: proposal.proposal.blockHash)
            broadcast(.vote(SignedVote(vote: vote, chainID: Self.chainID, key: node.key)), from: node)
        }
    }

    /// The faulty proposer shows part of the network another block of its own for the same round.
    private func equivocate(_ proposal: SignedProposal, from node: Node) {
        var block = try! SimBlock.decode(canonical: proposal.block)
        block.nonce = rng.next()
        block.valid = true
        var other = proposal.proposal
        other.blockHash = block.hash
        let second = SignedProposal(proposal: other, block: block.bytes, chainID: Self.chainID, key: node.key)
        for peer in nodes where peer.index != node.index {
            send(.proposal(rng.chance(0.5) ? proposal : second), from: node.index, to: peer.index)
        }
    }

    /// The double signer also signs a second vote for another block and sends it to some peers.
    private func equivocate(_ vote: SignedVote, from node: Node) {
        var other = vote.vote
        other.blockHash = vote.vote.isNil ? (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) } : Vote.nilHash
        let conflicting = SignedVote(vote: other, chainID: Self.chainID, key: node.key)
        for peer in nodes where peer.index != node.index && rng.chance(0.5) {
            send(.vote(conflicting), from: node.index, to: peer.index)
        }
    }

    private func recordSigned(_ vote: SignedVote, by node: Node) {
        guard node.index != config.byzantine else { return }
        let slot = "\(node.index)/\(vote.vote.height)/\(vote.vote.round)/\(vote.vote.kind.rawValue)"
        if let earlier = honestSigned[slot], earlier != vote.vote.blockHash {
            report.failures.append("honest validator \(node.index) signed two different votes at \(slot)")
        }
        honestSigned[slot] = vote.vote.blockHash
    }

    // MARK: Network

    private func broadcast(_ message: Message, from node: Node) {
        for peer in nodes where peer.index != node.index { send(message, from: node.index, to: peer.index) }
    }

    private func send(_ message: Message, from: Int, to: Int) {
        if let partition, partition.contains(from) != partition.contains(to) { return }
        var lossRate = healed ? 0 : config.lossRate
        if !healed, case let .vote(vote) = message, vote.vote.kind == .precommit {
            lossRate = max(lossRate, config.precommitLossRate)
        }
        if rng.chance(lossRate) { return }
        queue.push(.deliver(to: to, from: from, message), at: now + UInt64.random(in: 1...config.maxDelay, using: &rng))
        if !healed, rng.chance(config.duplicateRate) {
            queue.push(.deliver(to: to, from: from, message), at: now + UInt64.random(in: 1...config.maxDelay, using: &rng))
        }
    }

    private func receive(_ message: Message, at node: Node, from peer: Int) {
        guard let engine = node.engine else { return }
        switch message {
        case let .proposal(proposal):
            if node.index == config.byzantine { supportEverything(proposal, from: node) }
            let height = proposal.proposal.height
            if height == engine.height {
                input(node, .proposal(proposal, valid: isValid(proposal, at: node)))
            } else if height > engine.height {
                keepForLater(message, from: peer, at: node)
            }
        case let .vote(vote):
            if vote.vote.height == engine.height {
                input(node, .vote(vote))
            } else if vote.vote.height > engine.height {
                keepForLater(message, from: peer, at: node)
            }
        case let .syncRequest(from):
            if peer != config.byzantine, node.index == config.byzantine {
                // A lying peer: a block it made up, "committed" by its own signature alone.
                let fake = SimBlock(
                    height: from, round: 0, proposer: UInt32(node.index), parentHash: Self.zeroHash, valid: true, nonce: 7,
                    evidence: [])
                let commit = Commit.signed(
                    height: from, blockHash: fake.hash, chainID: Self.chainID,
                    validators: validators(at: node.nextHeight, chain: node.chain), keys: [node.key])
                send(.syncResponse([(fake.bytes, commit)]), from: node.index, to: peer)
                return
            }
            guard from >= 1, from <= UInt64(node.chain.count) else { return }
            let slice = node.chain[Int(from - 1)..<min(Int(from - 1) + 8, node.chain.count)]
            send(.syncResponse(slice.map { ($0.block.bytes, $0.commit) }), from: node.index, to: peer)
        case let .syncResponse(items):
            for item in items {
                guard let block = try? SimBlock.decode(canonical: item.block), block.height == node.nextHeight else { continue }
                let set = validators(at: node.nextHeight, chain: node.chain)
                let hash = SHA256.hash(item.block)
                guard (try? item.commit.verify(chainID: Self.chainID, height: block.height, blockHash: hash, validators: set)) != nil,
                    isValid(block, hash: hash, at: node)
                else {
                    report.rejectedSyncResponses += 1
                    return
                }
                store(item.block, commit: item.commit, at: node, startDelay: 0)
            }
        }
    }

    /// Messages for a later height wait (bounded) until we get there, and tell us we are behind.
    private func keepForLater(_ message: Message, from peer: Int, at node: Node) {
        if node.future.count < 2_000 { node.future.append((peer, message)) }
        if now >= node.lastSyncRequest + 300 {
            node.lastSyncRequest = now
            send(.syncRequest(from: node.nextHeight), from: node.index, to: peer)
        }
    }

    // MARK: Application

    private func isValid(_ proposal: SignedProposal, at node: Node) -> Bool {
        guard let block = try? SimBlock.decode(canonical: proposal.block) else { return false }
        return SHA256.hash(proposal.block) == proposal.proposal.blockHash
            && isValid(block, hash: proposal.proposal.blockHash, at: node)
    }

    private func isValid(_ block: SimBlock, hash: [UInt8], at node: Node) -> Bool {
        guard block.valid, block.height == node.nextHeight, block.parentHash == node.headHash else { return false }
        let seen = Set(node.chain.flatMap(\.block.evidence))
        return block.evidence.allSatisfy { !seen.contains($0) && $0.isValid(chainID: Self.chainID, verifier: verifier) }
    }

    /// Stores a decided (or synced) block after checking every invariant, then moves the node to the next height.
    private func store(_ bytes: [UInt8], commit: Commit, at node: Node, startDelay: UInt64) {
        let height = node.nextHeight
        let hash = SHA256.hash(bytes)
        guard let block = try? SimBlock.decode(canonical: bytes), isValid(block, hash: hash, at: node) else {
            report.failures.append("validator \(node.index) committed an invalid block at height \(height)")
            return
        }
        do {
            try commit.verify(
                chainID: Self.chainID, height: height, blockHash: hash, validators: validators(at: height, chain: node.chain))
        } catch {
            report.failures.append("validator \(node.index) committed height \(height) with a bad commit: \(error)")
            return
        }
        if let earlier = committed[height], earlier != hash {
            report.failures.append("two different blocks committed at height \(height) (validator \(node.index))")
            return
        }
        committed[height] = hash
        mix(hash.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
        report.evidenceCommitted += block.evidence.count
        node.chain.append((block, hash, commit))
        node.evidencePool.removeAll { block.evidence.contains($0) }
        node.wal = []
        node.engine = ConsensusEngine(
            chainID: Self.chainID, height: node.nextHeight, validators: validators(at: node.nextHeight, chain: node.chain),
            key: node.key, timeouts: config.timeouts, verifier: verifier)
        queue.push(.startHeight(node: node.index, incarnation: node.incarnation, height: node.nextHeight), at: now + startDelay)
        let waiting = node.future
        node.future = []
        for (peer, message) in waiting { receive(message, at: node, from: peer) }
    }

    /// Folds an event into the run's digest: two runs of one seed must produce the same digest.
    private func mix(_ value: UInt64) {
        report.digest = (report.digest ^ value) &* 0x100_0000_01B3
    }
}
