import CairnBlobs
import CairnChain
import CairnConsensus
import CairnCrypto
import CairnRPC

/// The proven chain reads: identities, key bundles and inbox listings, each verified through the light
/// client and the proofs before it is returned.
extension GatewayClient {
    /// The identity of `address` (nil: proved unregistered).
    public func identity(_ address: Address) async throws(GatewayClientError) -> IdentityRecord? {
        let mark = currentMark()
        let json = try await proven("/v1/identities/\(address.checksummed)")
        let answer: IdentityAnswer
        do { answer = try IdentityAnswer(json: json) } catch { throw .malformed("\(error)") }
        let (trusted, genesis) = try await trust(answer.attestation)
        do {
            let result = try answer.verify(
                owner: address, chainID: chainID, layout: directory, trustedValidators: trusted, genesisHash: genesis, notBefore: mark)
            raiseMark(to: result.height)
            return result.record
        } catch {
            throw .verification(.keyDirectory(error))
        }
    }

    /// The key bundles of every key `address` authorises, proved (none hidden).
    public func keyBundles(_ address: Address) async throws(GatewayClientError) -> VerifiedKeyBundles {
        let mark = currentMark()
        let json = try await proven("/v1/keybundles/\(address.checksummed)")
        let answer: KeyBundleAnswer
        do { answer = try KeyBundleAnswer(json: json) } catch { throw .malformed("\(error)") }
        let (trusted, genesis) = try await trust(answer.attestation)
        do {
            let bundles = try answer.verify(
                owner: address, chainID: chainID, layout: directory, trustedValidators: trusted, genesisHash: genesis, notBefore: mark)
            raiseMark(to: bundles.height)
            return bundles
        } catch {
            throw .verification(.keyDirectory(error))
        }
    }

    /// One page of `tag`'s entries from `cursor`, proved complete. Batches the gateway could not prove
    /// anything about are resolved here from their manifests, fetched by the CID the chain anchored (and
    /// hash-checked, so the gateway cannot fake them); a batch whose manifest cannot be had stays in the
    /// listing's `unresolvedBatches`, never dropped.
    public func inbox(tag: [UInt8], cursor: InboxCursor = InboxCursor(), limit: Int = InboxQuery.maximumSingles)
        async throws(GatewayClientError) -> InboxListing
    {
        guard tag.count == 32 else { throw .malformed("an inbox tag is 32 bytes") }
        let mark = currentMark()
        let query = InboxQuery(tag: tag, cursor: cursor, limit: limit)
        let json = try await proven(query.path)
        let page: InboxPage
        do { page = try InboxPage(json: json) } catch { throw .malformed("\(error)") }
        let (trusted, genesis) = try await trust(page.attestation)
        let listing: InboxListing
        do {
            listing = try InboxVerifier.verify(
                page, query: query, chainID: chainID, inbox: inboxContract, trustedValidators: trusted, genesisHash: genesis, notBefore: mark)
        } catch {
            throw .verification(.inbox(error))
        }
        raiseMark(to: listing.height)
        guard !listing.unverified.isEmpty else { return listing }
        var resolved: [UInt64: [InboxListing.BatchEntry]] = [:]
        var unresolved: [InboxListing.UnverifiedBatch] = []
        for batch in listing.unverified {
            switch try await resolve(batch.record, tag: tag) {
            case let .success(entries): resolved[batch.record.seq] = entries
            case let .failure(reason): unresolved.append(InboxListing.UnverifiedBatch(record: batch.record, reason: reason.text))
            }
        }
        return listing.resolving(resolved, unresolved: unresolved)
    }

    /// Why a batch could not be resolved (a value, not an error: it goes into the listing).
    struct Unresolved: Error {
        let text: String
    }

    /// The batch's entries for `tag`, from its manifest: the manifest must rebuild the anchored root and
    /// count. A manifest the gateway does not hold (or cannot serve now) is `Unresolved`; bytes that are not
    /// the manifest are a lie and throw.
    private func resolve(_ record: InboxBatchRecord, tag: [UInt8]) async throws(GatewayClientError)
        -> Result<[InboxListing.BatchEntry], Unresolved>
    {
        guard let cid = try? CID(bytes: record.manifestCid) else { return .failure(Unresolved(text: "the manifest CID is not a CID Cairn serves")) }
        let manifest: [UInt8]
        do {
            manifest = try await blob(cid)
        } catch {
            switch error {
            case .unavailable, .transport, .http: return .failure(Unresolved(text: "the manifest \(cid) is not available: \(error)"))
            default: throw error
            }
        }
        guard let batch = try? InboxBatch(manifest: manifest) else { return .failure(Unresolved(text: "the manifest \(cid) does not decode")) }
        // The submitter may have anchored a root its manifest does not build: then nothing can be proved.
        guard batch.root == record.root, batch.entries.count == Int(record.count) else {
            return .failure(Unresolved(text: "the manifest \(cid) does not rebuild the anchored root and count"))
        }
        let entries = batch.entries.filter { $0.tag == tag }.map {
            InboxListing.BatchEntry(batchSeq: record.seq, cid: $0.cid, height: record.height)
        }
        return .success(entries)
    }

    /// The JSON of a proven-read route (200 only).
    private func proven(_ path: String) async throws(GatewayClientError) -> JSONValue {
        try Self.json(try await http.get(path), expecting: [200])
    }

    /// The set to verify `attestation` with, from the light client, and the genesis hash for height 0.
    private func trust(_ attestation: StateAttestation) async throws(GatewayClientError) -> (ValidatorSet, [UInt8]) {
        do {
            let set = try await lightClient.trustedValidators(for: attestation)
            return (set, await lightClient.state.genesis.headerHash)
        } catch {
            throw .verification(.lightClient(error))
        }
    }
}
