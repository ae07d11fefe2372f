import CairnCodec
import CairnConsensus
import CairnCrypto
import Foundation
import Testing

@Suite("Consensus WAL: records survive, a torn tail is cut, old heights are deleted, replay keeps our votes")
struct ConsensusWALTests {
    static let key = try! Ed25519.PrivateKey(seed: SHA256.hash(Array("wal-test".utf8)))

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cairn-wal-\(UUID().uuidString)")
    }

    static func vote(_ round: UInt32, _ byte: UInt8) -> SignedVote {
        SignedVote(
            vote: Vote(kind: .prevote, height: 5, round: round, blockHash: [UInt8](repeating: byte, count: 32)), chainID: 1, key: key)
    }

    @Test("Entries come back in order after reopening")
    func roundTrip() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let entries: [WALEntry] = [
            .input(.start), .own(.vote(Self.vote(0, 1))),
            .input(.timeout(ConsensusTimeout(height: 5, round: 0, step: .propose))),
            .input(.proposalBlock(height: 5, round: 1, blockHash: [UInt8](repeating: 9, count: 32), block: [1, 2, 3])),
        ]
        do {
            let wal = try ConsensusWAL(directory: directory, height: 5)
            for (index, entry) in entries.enumerated() { try wal.append(entry, sync: index == 1) }
        }
        let reopened = try ConsensusWAL(directory: directory, height: 5)
        #expect(try reopened.entries() == entries)
    }

    @Test("A torn or corrupted last record is cut off, and appends continue cleanly after it")
    func tornTail() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let wal = try ConsensusWAL(directory: directory, height: 5)
        try wal.append(.input(.start), sync: true)
        try wal.append(.own(.vote(Self.vote(0, 1))), sync: true)
        let file = directory.appendingPathComponent(String(format: "%020llu.wal", UInt64(5)))
        let whole = try Data(contentsOf: file)
        for cut in [1, 7, 20] {
            try whole.prefix(whole.count - cut).write(to: file)
            let reopened = try ConsensusWAL(directory: directory, height: 5)
            #expect(try reopened.entries() == [.input(.start)])
            try reopened.append(.input(.vote(Self.vote(1, 2))), sync: true)
            #expect(try reopened.entries() == [.input(.start), .input(.vote(Self.vote(1, 2)))])
        }
        // A flipped byte inside the last record fails its checksum.
        var flipped = try Data(contentsOf: file)
        flipped[flipped.count - 3] ^= 0xFF
        try flipped.write(to: file)
        #expect(try ConsensusWAL(directory: directory, height: 5).entries() == [.input(.start)])
    }

    @Test("Advancing to a height deletes the files of lower heights")
    func advance() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let wal = try ConsensusWAL(directory: directory, height: 5)
        try wal.append(.input(.start), sync: true)
        try wal.advance(to: 6)
        #expect(try wal.entries() == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [String(format: "%020llu.wal", UInt64(6))])
    }

    @Test("A restarted validator re-sends the vote it signed, never a different one")
    func replayKeepsOwnVotes() throws {
        let keys = (0..<4).map { try! Ed25519.PrivateKey(seed: SHA256.hash(Array("wal-engine/\($0)".utf8))) }
        let set = ValidatorSet(
            keys.enumerated().map { index, key in
                ValidatorInfo(
                    operatorAddress: try! Address(bytes: [UInt8](repeating: UInt8(index + 1), count: 20)),
                    consensusKey: key.publicKey.rawRepresentation, power: 10)
            })
        // Find a validator that is not round 0's proposer, so that the propose timeout makes it prevote nil.
        let proposer = ProposerSelection.proposerIndex(height: 1, round: 0, validators: set)!
        let me = (proposer + 1) % 4
        var engine = ConsensusEngine(chainID: 1, height: 1, validators: set, key: keys[me])
        var log: [WALEntry] = [.input(.start)]
        _ = engine.handle(.start)
        let timeout = ConsensusInput.timeout(ConsensusTimeout(height: 1, round: 0, step: .propose))
        log.append(.input(timeout))
        let outputs = engine.handle(timeout)
        let signed = try #require(outputs.compactMap { if case let .broadcastVote(vote) = $0 { vote } else { nil } }.first)
        #expect(signed.vote.isNil)
        log.append(.own(.vote(signed)))

        // The crash lost the timeout input (say the disk reordered it) but not the fsynced vote: a proposal
        // arriving now would make a fresh engine prevote the block, yet the restored one stands by nil.
        var restarted = ConsensusEngine(chainID: 1, height: 1, validators: set, key: keys[me])
        let resumed = restarted.replay(log.filter { $0 != .input(timeout) })
        let block: [UInt8] = [7, 7, 7]
        let proposal = SignedProposal(
            proposal: Proposal(height: 1, round: 0, polRound: -1, blockHash: SHA256.hash(block)), block: block, chainID: 1,
            key: keys[proposer])
        let after = restarted.handle(.proposal(proposal, valid: true))
        let votes = (resumed + after).compactMap { if case let .broadcastVote(vote) = $0 { vote } else { nil } }
        #expect(!votes.isEmpty)
        #expect(votes.allSatisfy { $0 == signed })
    }
}
