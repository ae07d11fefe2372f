import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnNet
import CairnRPC
import Foundation

/// One validator process: the chain, the consensus engine driven through its WAL, CairnNet gossip and
/// block sync, and JSON-RPC.
///
/// Every consensus step runs on one serial queue: network messages, timeouts and block production are
/// queued there, so the engine, the WAL and block application never race. The order of effects is
/// the crash-safety argument: each input is appended to the WAL before the engine sees it, each vote
/// of ours is fsynced before it is sent, and a decided block is stored (with its state, in one SQLite
/// transaction) before the WAL moves to the next height. A node killed anywhere restarts from its
/// stored head, replays its WAL, and stands by every vote it sent.
public final class ValidatorNode: @unchecked Sendable {
    public let home: URL
    public let config: NodeConfig
    public let chain: Chain
    private let consensusKey: Ed25519.PrivateKey?
    private let nodeKey: Ed25519.PrivateKey
    private let wal: ConsensusWAL
    private let queue = DispatchQueue(label: "cairn.consensus")
    private let log: @Sendable (String) -> Void
    private(set) var network: PeerNetwork?
    private var server: RPCServer?
    private var engine: ConsensusEngine
    private var evidencePool: [DoubleSignEvidence] = []
    /// Proposals and votes for later heights, kept (bounded) until we get there.
    private var future: [(peer: PeerID, message: WireMessage)] = []
    private var lastSyncRequest = Date.distantPast
    private var lastCommitTime = Date()
    private var tickTimer: DispatchSourceTimer?
    /// The last decided commit and its set, grown by precommits that arrive after the decision.
    private var lastDecision: (commit: Commit, validators: ValidatorSet)?
    private var stopped = false
    private let timeouts: TimeoutSchedule

    /// Opens the chain and WAL of the node in `home` (configured by its `config.json`).
    public init(home: URL, log: @escaping @Sendable (String) -> Void = { print($0) }) throws {
        self.home = home
        self.log = log
        config = try NodeConfig.load(home: home)
        let genesisURL = NodeConfig.resolve(config.genesis, home: home)
        let genesis = try Genesis.load(from: genesisURL)
        let data = NodeConfig.resolve(config.dataDirectory, home: home)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        chain = try Chain(
            genesis: genesis, genesisDirectory: genesisURL.deletingLastPathComponent(),
            databasePath: data.appendingPathComponent("chain.sqlite").path, retainedHeights: config.retainedHeights)
        consensusKey = try config.consensusKey?.load(home: home)
        nodeKey = try config.nodeKey.load(home: home)
        let parameters = genesis.consensusParameters
        timeouts = TimeoutSchedule(
            propose: parameters.timeoutProposeMs, prevote: parameters.timeoutPrevoteMs,
            precommit: parameters.timeoutPrecommitMs, deltaPerRound: parameters.timeoutDeltaMs)
        let next = chain.head.height + 1
        wal = try ConsensusWAL(directory: data.appendingPathComponent("wal"), height: next)
        engine = ConsensusEngine(
            chainID: genesis.chainId, height: next, validators: try chain.validators(at: next - 1), key: consensusKey,
            timeouts: timeouts)
    }

    /// Starts p2p, JSON-RPC and consensus; returns the bound ports.
    @discardableResult
    public func start() async throws -> (p2p: Int, rpc: Int) {
        var netConfig = PeerNetwork.Configuration(nodeKey: nodeKey, chainId: chain.genesis.chainId)
        netConfig.listenHost = config.p2p.host
        netConfig.listenPort = config.p2p.port
        netConfig.gossipKinds = WireMessage.gossipKinds
        netConfig.seeds = config.p2p.peers.map { peer in
            SeedPeer(
                host: peer.host, port: peer.port,
                expectedPeer: peer.nodeKey.flatMap { try? Ed25519.PublicKey(rawRepresentation: Hex.decode($0)) }.map(PeerID.init))
        }
        netConfig.reconnectBackoff = ReconnectBackoff(initial: .milliseconds(200), maximum: .seconds(2))
        netConfig.log = { [log] line in log("p2p: \(line)") }
        let network = try PeerNetwork(configuration: netConfig)
        network.setMessageHandler { [weak self] peer, kind, payload in
            guard let node = self else { return }
            node.queue.async { node.receive(kind: kind, payload: payload, from: peer) }
        }
        network.setPeerConnectedHandler { [weak self] info in
            guard let node = self else { return }
            node.queue.async { node.sendStatus(to: info.id) }
        }
        self.network = network
        let p2pPort = try await network.start()

        var methods = NodeRPC.methods(chain: chain) { [weak self] transaction in
            guard let node = self else { return }
            node.queue.async { node.gossip(.transaction(transaction.raw), from: nil) }
        }
        registerInfoMethod(&methods)
        if config.devnetAdmin == true { registerDevnetAdminMethods(&methods) }
        var rpc = RPCServer.Configuration()
        rpc.host = config.rpc.host
        rpc.port = config.rpc.port
        let server = RPCServer(methods: methods, configuration: rpc)
        let rpcPort = try await server.start()
        self.server = server

        let head = chain.head
        log("cairn validator \(config.moniker): chain \(chain.genesis.chainId), head \(head.height) (0x\(Hex.encode(head.hash)))")
        log("node key \(Hex.encode(nodeKey.publicKey.rawRepresentation)), validator \(engine.ownIndex != nil)")
        log("p2p listening on \(config.p2p.host):\(p2pPort)")
        log("rpc listening on http://\(config.rpc.host):\(rpcPort)")
        queue.sync { boot() }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
        tickTimer = timer
        return (p2pPort, rpcPort)
    }

    /// Stops consensus, p2p and JSON-RPC, and closes the chain.
    public func stop() async {
        queue.sync {
            stopped = true
            tickTimer?.cancel()
        }
        await network?.stop()
        await server?.stop()
        queue.sync { chain.close() }
    }

    // MARK: Consensus driver

    /// Rebuilds the engine for the next height from the WAL, and resumes.
    private func boot() {
        do {
            let entries = try wal.entries()
            let outputs = engine.replay(entries)
            if !entries.isEmpty { log("replayed \(entries.count) WAL records at height \(engine.height), round \(engine.round)") }
            if !engine.started { scheduleStart() }
            execute(outputs)
        } catch {
            fail("cannot replay the consensus WAL: \(error)")
        }
    }

    private func scheduleStart() {
        let height = engine.height
        let delay = max(0, lastCommitTime.addingTimeInterval(config.blockTime).timeIntervalSinceNow)
        queue.asyncAfter(deadline: .now() + delay) { [weak self] in
            guard let self, !stopped, engine.height == height, !engine.started else { return }
            input(.start)
        }
    }

    /// Writes `input` to the WAL, then hands it to the engine and carries out what it asks.
    private func input(_ input: ConsensusInput) {
        guard !stopped else { return }
        do {
            try wal.append(.input(input), sync: false)
        } catch {
            return fail("cannot write the consensus WAL: \(error)")
        }
        execute(engine.handle(input))
    }

    private func execute(_ outputs: [ConsensusOutput]) {
        for output in outputs where !stopped {
            switch output {
            case let .broadcastProposal(proposal):
                guard persistOwn(.proposal(proposal, valid: true)) else { return }
                gossip(.proposal(proposal), from: nil)
            case let .broadcastVote(vote):
                guard persistOwn(.vote(vote)) else { return }
                gossip(.vote(vote), from: nil)
                if config.testDoubleSign == true, vote.vote.kind == .prevote, let consensusKey {
                    var other = vote.vote
                    other.blockHash = SHA256.hash(vote.vote.blockHash + Array("double-sign".utf8))
                    gossip(.vote(SignedVote(vote: other, chainID: chain.genesis.chainId, key: consensusKey)), from: nil)
                }
            case let .scheduleTimeout(timeout, milliseconds):
                queue.asyncAfter(deadline: .now() + .milliseconds(Int(min(milliseconds, 600_000)))) { [weak self] in
                    guard let self, !stopped, engine.height == timeout.height else { return }
                    input(.timeout(timeout))
                }
            case let .buildProposal(height, round):
                do {
                    let block = try chain.proposeBlock(
                        round: round, time: UInt64(Date().timeIntervalSince1970), evidence: evidencePool)
                    input(.proposalBlock(height: height, round: round, blockHash: block.hash, block: block.canonicalBytes))
                } catch {
                    log("cannot build a proposal at height \(height) round \(round): \(error)")
                }
            case let .decide(bytes, commit):
                decide(bytes, commit: commit)
            case let .evidence(evidence):
                if !evidencePool.contains(evidence) {
                    log("double signing by \(Hex.encode(evidence.consensusKey).prefix(12)) at height \(evidence.height): evidence queued")
                    evidencePool.append(evidence)
                }
            }
        }
    }

    /// Our own proposal or vote reaches the disk before any peer.
    private func persistOwn(_ input: ConsensusInput) -> Bool {
        do {
            try wal.append(.own(input), sync: true)
            return true
        } catch {
            fail("cannot fsync our vote to the WAL: \(error)")
            return false
        }
    }

    private func decide(_ bytes: [UInt8], commit: Commit) {
        do {
            let block = try Block.decode(canonical: bytes)
            try chain.apply(block, commit: commit)
            lastDecision = (commit, engine.validators)
            logBlock(block, round: commit.round, signers: commit.signatures.count)
            advance()
        } catch {
            fail("cannot store decided block at height \(engine.height): \(error)")
        }
    }

    /// Moves consensus to the height after the stored head (after a decision or after block sync).
    private func advance() {
        let next = chain.head.height + 1
        guard next > engine.height else { return }
        do {
            try wal.advance(to: next)
            engine = ConsensusEngine(
                chainID: chain.genesis.chainId, height: next, validators: try chain.validators(at: next - 1), key: consensusKey,
                timeouts: timeouts)
        } catch {
            return fail("cannot move to height \(next): \(error)")
        }
        lastCommitTime = Date()
        let included = Set((try? chain.blocks.block(at: next - 1))?.evidence ?? [])
        evidencePool.removeAll { included.contains($0.canonicalBytes) || $0.height + 1_000 < next }
        scheduleStart()
        let waiting = future
        future = []
        for item in waiting { handle(item.message, from: item.peer) }
    }

    private func fail(_ message: String) {
        log("consensus stopped: \(message)")
        stopped = true
    }

    private func logBlock(_ block: Block, round: UInt32, signers: Int) {
        let header = block.header
        log(
            "block \(header.height) txs \(block.transactions.count) gas \(header.gasUsed) hash 0x\(Hex.encode(header.hash).prefix(16)) "
                + "round \(round) signers \(signers)" + (block.evidence.isEmpty ? "" : " evidence \(block.evidence.count)"))
    }

    // MARK: Network

    private func gossip(_ message: WireMessage, from peer: PeerID?) {
        try? network?.gossip(kind: message.kind, payload: message.payload, from: peer)
    }

    private func send(_ message: WireMessage, to peer: PeerID) {
        try? network?.send(to: peer, kind: message.kind, payload: message.payload)
    }

    private func punish(_ peer: PeerID, _ reason: String) {
        log("dropping peer \(peer): \(reason)")
        network?.disconnect(peer, reason: reason, banFor: .seconds(30))
    }

    private func receive(kind: UInt8, payload: [UInt8], from peer: PeerID) {
        guard !stopped else { return }
        do {
            handle(try WireMessage(kind: kind, payload: payload), from: peer)
        } catch {
            punish(peer, "undecodable message of kind \(kind): \(error)")
        }
    }

    private func handle(_ message: WireMessage, from peer: PeerID) {
        switch message {
        case let .proposal(signed):
            let height = signed.proposal.height
            if height > engine.height { return keepForLater(message, from: peer, height: height) }
            guard height == engine.height else { return }
            guard let proposer = engine.proposer(round: signed.proposal.round), proposer.consensusKey == signed.consensusKey,
                signed.isValid(chainID: chain.genesis.chainId, verifier: Ed25519Verifier())
            else { return punish(peer, "proposal with a bad signature or from the wrong proposer") }
            gossip(message, from: peer)
            input(.proposal(signed, valid: isValid(signed)))
        case let .vote(signed):
            let height = signed.vote.height
            if height > engine.height { return keepForLater(message, from: peer, height: height) }
            if height + 1 == engine.height { return latePrecommitArrived(signed, from: peer) }
            guard height == engine.height else { return }
            guard engine.validators.member(consensusKey: signed.consensusKey) != nil,
                signed.isValid(chainID: chain.genesis.chainId, verifier: Ed25519Verifier())
            else { return punish(peer, "vote with a bad signature or from a non-validator") }
            // Relayed even when it conflicts with one we hold: every validator must see a double sign.
            gossip(message, from: peer)
            input(.vote(signed))
        case let .transaction(raw):
            if (try? chain.submit(raw: raw)) != nil { gossip(message, from: peer) }
        case let .status(height, _):
            if height > chain.head.height { requestBlocks(from: peer) }
        case let .blockRequest(from, count):
            serveBlocks(from: from, count: min(count, WireMessage.maxBlocksPerResponse), to: peer)
        case let .blockResponse(blocks):
            applySynced(blocks, from: peer)
        }
    }

    /// A precommit for the block we just decided adds its signature to the commit the next block carries.
    private func latePrecommitArrived(_ signed: SignedVote, from peer: PeerID) {
        guard var (commit, validators) = lastDecision, signed.vote == commit.vote,
            !commit.signatures.contains(where: { $0.consensusKey == signed.consensusKey }),
            validators.member(consensusKey: signed.consensusKey) != nil,
            signed.isValid(chainID: chain.genesis.chainId, verifier: Ed25519Verifier())
        else { return }
        commit.signatures.append(CommitSignature(consensusKey: signed.consensusKey, signature: signed.signature))
        let order = Dictionary(uniqueKeysWithValues: validators.validators.enumerated().map { ($1.consensusKey, $0) })
        commit.signatures.sort { order[$0.consensusKey]! < order[$1.consensusKey]! }
        lastDecision = (commit, validators)
        chain.offerLateCommit(commit)
        gossip(.vote(signed), from: peer)
    }

    /// Whether a proposal's block is one we would vote for: it decodes, hashes to the signed hash, and
    /// passes every check of the chain, executed on top of our head.
    private func isValid(_ signed: SignedProposal) -> Bool {
        do {
            let block = try Block.decode(canonical: signed.block)
            guard block.hash == signed.proposal.blockHash else { return false }
            try chain.validate(block, round: signed.proposal.round)
            return true
        } catch {
            log("invalid proposal at height \(signed.proposal.height) round \(signed.proposal.round): \(error)")
            return false
        }
    }

    private func keepForLater(_ message: WireMessage, from peer: PeerID, height: UInt64) {
        if height <= engine.height + 1, future.count < 4_096 { future.append((peer, message)) }
        requestBlocks(from: peer)
    }

    private func requestBlocks(from peer: PeerID) {
        guard Date().timeIntervalSince(lastSyncRequest) > 0.5 else { return }
        lastSyncRequest = Date()
        send(.blockRequest(from: chain.head.height + 1, count: WireMessage.maxBlocksPerResponse), to: peer)
    }

    private func serveBlocks(from: UInt64, count: UInt32, to peer: PeerID) {
        guard from >= 1, count > 0 else { return }
        var blocks: [WireMessage.BlockWithCommit] = []
        var height = from
        while height <= chain.head.height, blocks.count < Int(count),
            let block = try? chain.blocks.block(at: height), let commit = try? chain.blocks.commit(at: height)
        {
            blocks.append(.init(block: block, commit: commit))
            height += 1
        }
        if !blocks.isEmpty { send(.blockResponse(blocks), to: peer) }
    }

    /// Applies synced blocks in order; `Chain.apply` verifies each commit's signatures against the set of
    /// its height before executing anything, so a lying peer costs one signature check and its connection.
    private func applySynced(_ blocks: [WireMessage.BlockWithCommit], from peer: PeerID) {
        var applied = 0
        for item in blocks where item.block.header.height == chain.head.height + 1 {
            do {
                try chain.apply(item.block, commit: item.commit)
                applied += 1
                logBlock(item.block, round: item.commit.round, signers: item.commit.signatures.count)
            } catch {
                return punish(peer, "block sync: block \(item.block.header.height) refused: \(error)")
            }
        }
        if applied > 0 {
            log("synced \(applied) blocks to height \(chain.head.height)")
            advance()
            if blocks.count == Int(WireMessage.maxBlocksPerResponse) {
                lastSyncRequest = .distantPast
                requestBlocks(from: peer)
            }
        }
    }

    private func sendStatus(to peer: PeerID) {
        let head = chain.head
        send(.status(height: head.height, hash: head.hash), to: peer)
    }

    /// Once a second: tell peers our height (so laggards sync) and re-send our own messages of this
    /// height to peers that missed them (a restarted peer, a dropped connection).
    private func tick() {
        guard !stopped, let network else { return }
        let head = chain.head
        func broadcast(_ message: WireMessage) { try? network.broadcast(kind: message.kind, payload: message.payload) }
        broadcast(.status(height: head.height, hash: head.hash))
        for output in engine.ownMessages() {
            switch output {
            case let .broadcastProposal(proposal): broadcast(.proposal(proposal))
            case let .broadcastVote(vote): broadcast(.vote(vote))
            default: break
            }
        }
    }

    // MARK: Status

    private func registerInfoMethod(_ methods: inout RPCMethodTable) {
        methods.register("cairn_nodeInfo") { [weak self] _ in
            guard let self else { throw RPCError(code: RPCError.internalErrorCode, message: "node stopped") }
            let (height, round, step, validator) = queue.sync { (engine.height, engine.round, engine.step, engine.ownIndex != nil) }
            let head = chain.head
            let peers = network?.peers ?? []
            return .object([
                "moniker": .string(config.moniker),
                "nodeKey": .string("0x" + Hex.encode(nodeKey.publicKey.rawRepresentation)),
                "height": .string("0x" + String(head.height, radix: 16)),
                "hash": .string("0x" + Hex.encode(head.hash)),
                "validator": .bool(validator),
                "consensus": .object([
                    "height": .string("0x" + String(height, radix: 16)), "round": .string("0x" + String(round, radix: 16)),
                    "step": .string("\(step)"),
                ]),
                "peers": .array(peers.map { .string("0x" + $0.id.hex) }),
                "isolated": .bool(network?.isIsolated ?? false),
            ])
        }
    }
}
