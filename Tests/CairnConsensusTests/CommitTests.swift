import CairnCodec
import CairnConsensus
import CairnCrypto
import Testing

@Suite("Consensus: vote bytes, quorum, commit verification and encoding")
struct CommitTests {
    static let chainID: UInt64 = 31337
    static let keys = (0..<5).map { index in try! Ed25519.PrivateKey(seed: SHA256.hash(Array("commit-test/\(index)".utf8))) }
    static let blockHash = (0..<32).map { UInt8($0) &* 7 &+ 3 }

    /// A set of `powers.count` validators whose consensus keys are `keys[0...]`.
    static func set(_ powers: [UInt128]) -> ValidatorSet {
        ValidatorSet(
            powers.enumerated().map { index, power in
                ValidatorInfo(
                    operatorAddress: try! Address(bytes: [UInt8](repeating: UInt8(index + 1), count: 20)),
                    consensusKey: keys[index].publicKey.rawRepresentation, power: power)
            })
    }

    static func commit(height: UInt64 = 7, signers: [Int], validators: ValidatorSet, chainID: UInt64 = chainID) -> Commit {
        Commit.signed(height: height, round: 2, blockHash: blockHash, chainID: chainID, validators: validators, keys: signers.map { keys[$0] })
    }

    static func verifyError(_ commit: Commit, height: UInt64 = 7, blockHash: [UInt8] = blockHash, validators: ValidatorSet) -> CommitError? {
        do {
            try commit.verify(chainID: chainID, height: height, blockHash: blockHash, validators: validators)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Vote bytes

    @Test("a vote signs SYSTEM.md's bytes: domain, chain id u64, type u8, height u64, round u32, block hash")
    func voteSignedBytes() {
        let hash = (0..<32).map { UInt8(0x20 + $0) }
        let vote = Vote(kind: .precommit, height: 0x0102_0304_0506_0708, round: 0x0A0B_0C0D, blockHash: hash)
        var expected: [UInt8] = [0x63, 0x61, 0x69, 0x72, 0x6E, 0x2F, 0x76, 0x6F, 0x74, 0x65, 0x2F, 0x76, 0x31]  // "cairn/vote/v1"
        expected += [0, 0, 0, 0, 0, 0, 0x7A, 0x69]  // 31337
        expected += [0x02]  // precommit
        expected += [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]
        expected += [0x0A, 0x0B, 0x0C, 0x0D]
        expected += hash
        #expect(vote.signedBytes(chainID: 31337) == expected)
        #expect(expected.count == 66)

        let prevote = Vote(kind: .prevote, height: 1, round: 0, blockHash: [UInt8](repeating: 0, count: 32))
        var nilVote = Array("cairn/vote/v1".utf8) + [0, 0, 0, 0, 0, 0, 0, 5]
        nilVote += [0x01] + [0, 0, 0, 0, 0, 0, 0, 1] + [0, 0, 0, 0] + [UInt8](repeating: 0, count: 32)
        #expect(prevote.signedBytes(chainID: 5) == nilVote)
    }

    // MARK: Quorum

    @Test("four equal validators: two signers are not a quorum, three are")
    func equalPowersQuorum() {
        let validators = Self.set([10, 10, 10, 10])
        #expect(!validators.isQuorum(20))
        #expect(validators.isQuorum(30))
        #expect(Self.verifyError(Self.commit(signers: [0, 1], validators: validators), validators: validators)
            == .noQuorum(signed: 20, total: 40))
        #expect(Self.verifyError(Self.commit(signers: [0, 1, 3], validators: validators), validators: validators) == nil)
    }

    @Test("unequal powers: more than 2/3 of the power is a quorum, exactly 2/3 is not")
    func unequalPowersQuorum() {
        let validators = Self.set([50, 20, 20, 10])
        #expect(validators.totalPower == 100)
        #expect(Self.verifyError(Self.commit(signers: [0, 1], validators: validators), validators: validators) == nil)
        #expect(Self.verifyError(Self.commit(signers: [0, 3], validators: validators), validators: validators)
            == .noQuorum(signed: 60, total: 100))
        #expect(Self.verifyError(Self.commit(signers: [1, 2, 3], validators: validators), validators: validators)
            == .noQuorum(signed: 50, total: 100))

        let thirds = Self.set([150, 50, 100])
        #expect(!thirds.isQuorum(200), "exactly two thirds")
        #expect(thirds.isQuorum(201))
        #expect(Self.verifyError(Self.commit(signers: [0, 1], validators: thirds), validators: thirds)
            == .noQuorum(signed: 200, total: 300))
        #expect(Self.verifyError(Self.commit(signers: [0, 2], validators: thirds), validators: thirds) == nil)
    }

    @Test("powers near 2^127 neither overflow nor trap")
    func hugePowers() {
        let half: UInt128 = 1 << 127
        let quarter: UInt128 = 1 << 126
        // Sums to UInt128.max: power * 3 and total * 2 overflow 128 bits, so the check must be wider.
        let validators = Self.set([half - 1, quarter, quarter - 1, 1])
        #expect(validators.totalPower == UInt128.max)
        #expect(validators.isQuorum(half + quarter), "3/4 of the power")
        #expect(!validators.isQuorum(half), "1/2 of the power")
        #expect(!validators.isQuorum(UInt128.max / 3 * 2), "exactly 2/3")
        #expect(validators.isQuorum(UInt128.max / 3 * 2 + 1), "just over 2/3")
        #expect(validators.isQuorum(.max))
        #expect(Self.verifyError(Self.commit(signers: [0, 1], validators: validators), validators: validators) == nil)
        #expect(Self.verifyError(Self.commit(signers: [0, 3], validators: validators), validators: validators)
            == .noQuorum(signed: half, total: .max))
    }

    // MARK: Verification

    @Test("a commit signed by enough members verifies, its signatures in validator-set order")
    func validCommit() throws {
        let validators = Self.set([1, 1, 1, 1])
        let commit = Self.commit(signers: [3, 0, 2, 4], validators: validators)
        // Key 4 is not a member, so `signed` leaves it out; the rest follow the set's order.
        #expect(commit.signatures.map(\.consensusKey) == [0, 2, 3].map { Self.keys[$0].publicKey.rawRepresentation })
        #expect(commit.vote == Vote(kind: .precommit, height: 7, round: 2, blockHash: Self.blockHash))
        try commit.verify(chainID: Self.chainID, height: 7, blockHash: Self.blockHash, validators: validators)
    }

    @Test("verify refuses a commit for another height or another block")
    func refusesWrongHeightOrBlock() {
        let validators = Self.set([1, 1, 1, 1])
        let commit = Self.commit(signers: [0, 1, 2, 3], validators: validators)
        #expect(Self.verifyError(commit, height: 8, validators: validators) == .wrongHeight(expected: 8, got: 7))
        var otherBlock = Self.blockHash
        otherBlock[31] ^= 1
        #expect(Self.verifyError(commit, blockHash: otherBlock, validators: validators) == .wrongBlock)
    }

    @Test("verify refuses an unknown signer, a duplicate signer and a bad signature even with a quorum beside them")
    func refusesBadSignatures() {
        let validators = Self.set([1, 1, 1, 1])
        let commit = Self.commit(signers: [0, 1, 2], validators: validators)
        let message = commit.vote.signedBytes(chainID: Self.chainID)

        var unknown = commit
        let outsider = Self.keys[4]
        unknown.signatures.append(CommitSignature(consensusKey: outsider.publicKey.rawRepresentation, signature: outsider.signature(for: message)))
        #expect(Self.verifyError(unknown, validators: validators) == .unknownSigner(Hex.encode(outsider.publicKey.rawRepresentation)))

        var duplicate = commit
        duplicate.signatures.append(commit.signatures[1])
        #expect(Self.verifyError(duplicate, validators: validators) == .duplicateSigner(Hex.encode(commit.signatures[1].consensusKey)))

        var tampered = Self.commit(signers: [0, 1, 2, 3], validators: validators)
        tampered.signatures[2].signature[10] ^= 0x40
        #expect(Self.verifyError(tampered, validators: validators) == .badSignature(Hex.encode(tampered.signatures[2].consensusKey)))

        // Another member's signature under this member's key.
        var swapped = Self.commit(signers: [0, 1, 2, 3], validators: validators)
        swapped.signatures[0].signature = swapped.signatures[1].signature
        #expect(Self.verifyError(swapped, validators: validators) == .badSignature(Hex.encode(swapped.signatures[0].consensusKey)))
    }

    @Test("verify refuses a prevote's signature and a signature for another chain")
    func refusesOtherMessages() {
        let validators = Self.set([1, 1, 1, 1])
        let good = Self.commit(signers: [0, 1, 2, 3], validators: validators)

        var prevoted = good
        let prevote = Vote(kind: .prevote, height: 7, round: 2, blockHash: Self.blockHash).signedBytes(chainID: Self.chainID)
        prevoted.signatures[3].signature = Self.keys[3].signature(for: prevote)
        #expect(Self.verifyError(prevoted, validators: validators) == .badSignature(Hex.encode(Self.keys[3].publicKey.rawRepresentation)))

        var otherRound = good
        otherRound.round = 3
        #expect(Self.verifyError(otherRound, validators: validators) == .badSignature(Hex.encode(Self.keys[0].publicKey.rawRepresentation)))

        let otherChain = Self.commit(signers: [0, 1, 2, 3], validators: validators, chainID: Self.chainID + 1)
        #expect(Self.verifyError(otherChain, validators: validators) == .badSignature(Hex.encode(Self.keys[0].publicKey.rawRepresentation)))
    }

    // MARK: Encoding

    @Test("a commit encodes as height, round, hash, count, then key and signature per signer, and round-trips")
    func commitEncoding() throws {
        let validators = Self.set([1, 1, 1])
        let commit = Self.commit(height: 0x0102, signers: [0, 2], validators: validators)
        var expected: [UInt8] = [0, 0, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 2] + Self.blockHash + [0x02]
        for signature in commit.signatures { expected += signature.consensusKey + signature.signature }
        #expect(commit.canonicalBytes == expected)
        #expect(commit.hash == SHA256.hash(expected))
        #expect(try Commit.decode(canonical: expected) == commit)

        #expect(try ValidatorSet.decode(canonical: validators.canonicalBytes) == validators)
        #expect(try CommitSignature.decode(canonical: commit.signatures[0].canonicalBytes) == commit.signatures[0])
    }

    @Test("decoding a truncated commit or validator set, or one with trailing bytes, throws")
    func decodingRefusesBadLengths() {
        let validators = Self.set([5, 6, 7])
        let bytes = Self.commit(signers: [0, 1, 2], validators: validators).canonicalBytes
        for length in 0..<bytes.count {
            #expect(throws: CodecError.self, "\(length) of \(bytes.count) bytes") { try Commit.decode(canonical: Array(bytes[0..<length])) }
        }
        #expect(throws: CodecError.trailingBytes(count: 1)) { try Commit.decode(canonical: bytes + [0]) }

        let set = validators.canonicalBytes
        for length in 0..<set.count {
            #expect(throws: CodecError.self) { try ValidatorSet.decode(canonical: Array(set[0..<length])) }
        }
        #expect(throws: CodecError.trailingBytes(count: 2)) { try ValidatorSet.decode(canonical: set + [1, 2]) }
        // A count larger than the set's limit is refused before anything is read.
        #expect(throws: CodecError.self) { try ValidatorSet.decode(canonical: [0xE9, 0x07]) }
    }
}
