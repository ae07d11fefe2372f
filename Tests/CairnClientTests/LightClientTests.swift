import CairnChain
import CairnClient
import CairnCodec
import CairnConsensus
import CairnCrypto
import Testing

/// The light client against chains of real signed headers whose validator sets change.
@Suite("Light client")
struct LightClientTests {
    /// Sets of four (power 10 each) that overlap by half at each change: 0–3, then 2–5 from 10, then 4–7 from 20.
    static let rotating: [(from: UInt64, members: [Int])] = [(0, [0, 1, 2, 3]), (10, [2, 3, 4, 5]), (20, [4, 5, 6, 7])]

    static func client(_ chain: SignedHeaderChain) -> LightClient { LightClient(state: chain.genesisState, source: chain) }

    @Test func trustsAHeaderSignedByTheTrustedSetWithoutFetching() async throws {
        let chain = SignedHeaderChain(top: 40, schedule: [(0, [0, 1, 2, 3])])
        let client = Self.client(chain)
        let attestation = chain.attestation(37)
        let set = try await client.trustedValidators(for: attestation)
        #expect(set == chain.validators(at: 37))
        #expect(chain.fetched.isEmpty)
        #expect(await client.state.latest.height == 37)
        // The set it returns is the one StateAttestation.verify accepts.
        let state = try attestation.verify(chainID: SignedHeaderChain.chainID, trustedValidators: set)
        #expect(state.height == 37)
    }

    @Test func bisectsThroughSetChangesTheTrustedSetDoesNotVouchFor() async throws {
        let chain = SignedHeaderChain(top: 40, schedule: Self.rotating)
        let client = Self.client(chain)
        // Genesis's set (0–3) shares nothing with block 30's (4–7): the client must find block 15 (2–5) first.
        let set = try await client.trustedValidators(for: chain.attestation(30))
        #expect(set == chain.validators(at: 30))
        #expect(chain.fetched == [15])
        #expect(await client.state.history.map(\.height) == [15, 30])
    }

    @Test func advancesToTheSourcesNewestBlock() async throws {
        let chain = SignedHeaderChain(top: 40, schedule: Self.rotating)
        let client = Self.client(chain)
        #expect(try await client.update() == 40)
        #expect(await client.state.latest.headerHash == chain.block(40).header.hash)
    }

    @Test func refusesASetChangeSignedByAMinorityOfTheTrustedSet() async throws {
        // From block 1 the set is 3–6: only key 3 (1/4 of the genesis power) stays.
        let chain = SignedHeaderChain(top: 8, schedule: [(0, [0, 1, 2, 3]), (1, [3, 4, 5, 6])])
        let client = Self.client(chain)
        await #expect(throws: LightClientError.insufficientTrust(height: 1, trustedHeight: 0)) {
            try await client.trustedValidators(for: chain.attestation(6))
        }
        #expect(await client.state.history.isEmpty)
    }

    @Test func refusesAForgedCommit() async throws {
        let chain = SignedHeaderChain(top: 10, schedule: [(0, [0, 1, 2, 3])])
        let client = Self.client(chain)
        var attestation = chain.attestation(5)
        let commit = try #require(attestation.commit)
        var signatures = commit.signatures
        signatures[0].signature[0] ^= 0x01
        attestation.commit = Commit(height: commit.height, round: commit.round, blockHash: commit.blockHash, signatures: signatures)
        await #expect {
            try await client.trustedValidators(for: attestation)
        } throws: { error in
            guard case let .invalidBlock(height, _) = error as? LightClientError else { return false }
            return height == 5
        }
        #expect(await client.state.history.isEmpty)
    }

    @Test func refusesAHeaderSignedOnlyByAnUnknownSet() async throws {
        let chain = SignedHeaderChain(top: 10, schedule: [(0, [0, 1, 2, 3])])
        let client = Self.client(chain)
        // Keys 8–11 sign a header naming themselves: valid on its face, vouched for by no trusted validator.
        let forged = SignedHeaderChain.forged(10, members: [8, 9, 10, 11], signers: [8, 9, 10, 11])
        await #expect(throws: LightClientError.insufficientTrust(height: 10, trustedHeight: 9)) {
            try await client.trustedValidators(for: forged)
        }
        // The honest block 10 is still trusted afterwards.
        #expect(try await client.trustedValidators(for: chain.attestation(10)) == chain.validators(at: 10))
    }

    @Test func refusesAHeaderOfAnotherChain() async throws {
        let chain = SignedHeaderChain(top: 10, schedule: [(0, [0, 1, 2, 3])])
        let client = Self.client(chain)
        let other = SignedHeaderChain.forged(4, members: [0, 1, 2, 3], signers: [0, 1, 2, 3], chainID: 7)
        await #expect(throws: LightClientError.wrongChain(expected: SignedHeaderChain.chainID, got: 7)) {
            try await client.trustedValidators(for: other)
        }
        let saved = await client.state.canonicalBytes
        #expect(throws: LightClientError.wrongChain(expected: 7, got: SignedHeaderChain.chainID)) {
            try LightClientState.decode(saved: saved, chainID: 7)
        }
    }

    @Test func refusesAConflictingHeaderAtATrustedHeight() async throws {
        let chain = SignedHeaderChain(top: 10, schedule: [(0, [0, 1, 2, 3])])
        let client = Self.client(chain)
        _ = try await client.trustedValidators(for: chain.attestation(6))
        // The same set signs a second block 6: a fork.
        let fork = SignedHeaderChain.forged(6, members: [0, 1, 2, 3], signers: [0, 1, 2, 3])
        await #expect(throws: LightClientError.conflictingHeader(6)) { try await client.trustedValidators(for: fork) }
    }

    @Test func acceptsOlderHeadersUnderASetTrustedForTheirRange() async throws {
        let chain = SignedHeaderChain(top: 40, schedule: Self.rotating)
        let client = Self.client(chain)
        _ = try await client.trustedValidators(for: chain.attestation(30))
        #expect(chain.fetched == [15])
        // Block 12 names 2–5, the set trusted at 15 just above it; block 3 names genesis's: no fetch for either.
        #expect(try await client.trustedValidators(for: chain.attestation(12)) == chain.validators(at: 12))
        #expect(try await client.trustedValidators(for: chain.attestation(3)) == chain.validators(at: 3))
        #expect(chain.fetched == [15])
        // Block 18 (2–5) lies between 15 and 30 and is verified from 15.
        #expect(try await client.trustedValidators(for: chain.attestation(18)) == chain.validators(at: 18))
    }

    @Test func savedStateResumesWhereItStopped() async throws {
        let chain = SignedHeaderChain(top: 40, schedule: Self.rotating)
        let client = Self.client(chain)
        _ = try await client.trustedValidators(for: chain.attestation(30))
        let saved = await client.state
        let restored = try LightClientState.decode(saved: saved.canonicalBytes, chainID: SignedHeaderChain.chainID)
        #expect(restored == saved)
        let resumed = LightClient(state: restored, source: chain)
        _ = try await resumed.trustedValidators(for: chain.attestation(35))
        #expect(chain.fetched == [15])
        var damaged = saved.canonicalBytes
        damaged.removeLast()
        #expect(throws: LightClientError.self) { try LightClientState.decode(saved: damaged, chainID: SignedHeaderChain.chainID) }
    }

    @Test func keepsAShortHistory() async throws {
        let chain = SignedHeaderChain(top: 60, schedule: [(0, [0, 1, 2, 3])])
        let client = Self.client(chain)
        for height in 1...UInt64(50) { _ = try await client.trustedValidators(for: chain.attestation(height)) }
        let state = await client.state
        #expect(state.history.count == LightClientState.historyLimit)
        #expect(state.latest.height == 50)
        #expect(state.block(at: 0) == state.genesis)
    }
}
