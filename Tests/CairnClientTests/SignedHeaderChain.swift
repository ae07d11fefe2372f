import CairnChain
import CairnClient
import CairnConsensus
import CairnCrypto
import Synchronization

/// A chain of real headers and commits signed with real Ed25519 keys, whose validator set changes at
/// chosen heights: cheaper than staking a real chain into new sets, and it lets a test sign with whom it
/// likes. As a `LightBlockSource` it serves its blocks and counts the fetches.
final class SignedHeaderChain: LightBlockSource {
    static let chainID: UInt64 = 4_242
    /// Enough keys for three overlapping sets of four.
    static let keys = (0..<12).map { index in try! Ed25519.PrivateKey(seed: [UInt8](repeating: UInt8(index + 1), count: 32)) }

    /// The key indices (power 10 each) that sign from `from` until the next change.
    let schedule: [(from: UInt64, members: [Int])]
    let top: UInt64
    private let fetches = Mutex<[UInt64]>([])
    private let headers: [BlockHeader]

    init(top: UInt64, schedule: [(from: UInt64, members: [Int])]) {
        precondition(schedule.first?.from == 0, "the schedule starts at genesis")
        self.schedule = schedule
        self.top = top
        var headers: [BlockHeader] = []
        for height in 0...top {
            headers.append(Self.header(height, parent: headers.last?.hash ?? [UInt8](repeating: 0, count: 32), set: Self.set(schedule, height)))
        }
        self.headers = headers
    }

    static func set(_ schedule: [(from: UInt64, members: [Int])], _ height: UInt64) -> ValidatorSet {
        let members = schedule.last { $0.from <= height }?.members ?? []
        return ValidatorSet(members.map { index in
            ValidatorInfo(
                operatorAddress: try! Address(bytes: [UInt8](repeating: UInt8(index + 1), count: 20)),
                consensusKey: keys[index].publicKey.rawRepresentation, power: 10)
        })
    }

    static func header(_ height: UInt64, parent: [UInt8], set: ValidatorSet, chainID: UInt64 = chainID, time: UInt64 = 0) -> BlockHeader {
        let zero = [UInt8](repeating: 0, count: 32)
        return BlockHeader(
            chainID: chainID, height: height, time: 1_000 + height * 5 + time, parentHash: parent,
            proposer: try! Address(bytes: [UInt8](repeating: 9, count: 20)), transactionsRoot: zero, receiptsRoot: zero, stateRoot: zero,
            validatorSetHash: set.hash, lastCommitHash: zero, evidenceHash: zero, gasLimit: 1_000_000, gasUsed: 0, baseFee: 0)
    }

    func validators(at height: UInt64) -> ValidatorSet { Self.set(schedule, height) }

    var genesisState: LightClientState {
        LightClientState(chainID: Self.chainID, genesisHash: headers[0].hash, genesisValidators: validators(at: 0))
    }

    /// The honest block at `height`, signed by all of its set.
    func block(_ height: UInt64) -> LightBlock {
        let set = validators(at: height)
        let header = headers[Int(height)]
        let signers = set.validators.compactMap { member in Self.keys.first { $0.publicKey.rawRepresentation == member.consensusKey } }
        let commit = Commit.signed(height: height, blockHash: header.hash, chainID: Self.chainID, validators: set, keys: signers)
        return LightBlock(header: header, commit: commit, validators: set)
    }

    /// `block` as a gateway would attest it (no proofs: the light client judges only the header).
    func attestation(_ height: UInt64) -> StateAttestation {
        let block = block(height)
        return StateAttestation(header: block.header, commit: block.commit, validators: block.validators, values: [])
    }

    /// A header at `height` naming `members`, signed by `signers` (key indices), for forgeries.
    static func forged(_ height: UInt64, members: [Int], signers: [Int], chainID: UInt64 = chainID, time: UInt64 = 1) -> StateAttestation {
        let named = Self.set([(0, members)], 0)
        let forged = Self.header(height, parent: [UInt8](repeating: 7, count: 32), set: named, chainID: chainID, time: time)
        let commit = Commit.signed(height: height, blockHash: forged.hash, chainID: chainID, validators: named, keys: signers.map { keys[$0] })
        return StateAttestation(header: forged, commit: commit, validators: named, values: [])
    }

    /// The heights fetched so far, in order.
    var fetched: [UInt64] { fetches.withLock { $0 } }

    func lightBlock(at height: UInt64) async throws -> LightBlock {
        guard height >= 1, height <= top else { throw LightClientError.source("no block \(height)") }
        fetches.withLock { $0.append(height) }
        return block(height)
    }

    func latestHeight() async throws -> UInt64 { top }
}
