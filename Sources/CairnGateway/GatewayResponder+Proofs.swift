import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnState
import Hummingbird

/// The proven chain reads: an inbox tag's entries, an identity, an account's key bundles, each with the
/// proofs, header, commit and validator set a client checks them with (CairnClient's verifiers). The
/// gateway trusts its node; its clients trust neither.
extension GatewayResponder {
    /// The answer when `path` is one of these routes, nil otherwise.
    func proofRoute(_ request: Request, path: String) async -> Response? {
        let routes: [(prefix: String, answer: (String) async -> Response)] = [
            ("/v1/inbox/", { await self.inbox($0, request) }),
            ("/v1/identities/", { await self.identity($0) }),
            ("/v1/keybundles/", { await self.keyBundles($0) }),
        ]
        guard let route = routes.first(where: { path.hasPrefix($0.prefix) }) else { return nil }
        guard request.method == .get else { return Self.error(.methodNotAllowed, "use GET", allow: "GET") }
        return await route.answer(String(path.dropFirst(route.prefix.count)))
    }

    // MARK: Routes

    /// `GET /v1/inbox/{tag}?after=&afterBatch=&limit=`: an `InboxPage`.
    private func inbox(_ tagText: String, _ request: Request) async -> Response {
        guard let tag = WireFormat.tag(tagText) else { return Self.error(.badRequest, "a tag is 0x and 64 hex digits") }
        var cursor = InboxCursor()
        for (name, field) in [("after", \InboxCursor.after), ("afterBatch", \InboxCursor.afterBatch)] {
            guard let text = request.uri.queryParameters.get(name) else { continue }
            guard let value = UInt64(text), value <= InboxCursor.maximum else {
                return Self.error(.badRequest, "'\(name)' must be a whole number from 0 to \(InboxCursor.maximum)")
            }
            cursor[keyPath: field] = value
        }
        var limit = InboxQuery.maximumSingles
        if let text = request.uri.queryParameters.get("limit") {
            guard let value = Int(text), (1...InboxQuery.maximumSingles).contains(value) else {
                return Self.error(.badRequest, "'limit' must be 1 to \(InboxQuery.maximumSingles)")
            }
            limit = value
        }
        let query = InboxQuery(tag: tag, cursor: cursor, limit: limit)
        return await withNode { node async throws(NodeLinkError) -> Response in
            let layout = InboxLayout(contract: try await node.facts().inbox)
            // The head and batch count fix which slots the page needs; all of them are then proved at that block.
            let counts = try await node.proofs([layout.head(tag), layout.batchCount], at: nil)
            let head = try Self.counter(counts.value(layout.head(tag)))
            let batchCount = try Self.counter(counts.value(layout.batchCount))
            let singles = InboxQuery.range(from: cursor.after, count: head, limit: query.limit)
            let batches = InboxQuery.range(from: cursor.afterBatch, count: batchCount, limit: query.batchLimit)
            let keys = [layout.head(tag), layout.batchCount] + singles.map { layout.entry(tag, $0) } + batches.map(layout.batch)
            let attestation = try await node.attestation(keys, at: counts.header.height)
            var proofs: [InboxPage.Batch] = []
            for seq in batches {
                guard let value = attestation.values.first(where: { $0.key == layout.batch(seq) })?.value,
                    let record = try? InboxBatchRecord(canonical: value)
                else { throw .malformed("batch \(seq) is missing or does not decode") }
                proofs.append(InboxPage.Batch(seq: seq, proof: tagProof(record, tag: tag)))
            }
            let page = InboxPage(
                tag: tag, cursor: cursor, head: head, batchCount: batchCount, attestation: attestation, batches: proofs,
                next: InboxCursor(after: singles.upperBound, afterBatch: batches.upperBound))
            return Self.json(.ok, page.json)
        }
    }

    /// `GET /v1/identities/{address}`: an `IdentityAnswer` (an unregistered account's answer proves the absence).
    private func identity(_ addressText: String) async -> Response {
        guard let owner = try? Address(addressText) else { return Self.badAddress }
        return await withNode { node async throws(NodeLinkError) -> Response in
            let facts = try await node.facts()
            let layout = KeyDirectoryLayout(identity: facts.identity, keyBundle: facts.keyBundle)
            let attestation = try await node.attestation([layout.identityRecord(owner)], at: nil)
            return Self.json(.ok, IdentityAnswer(owner: owner, attestation: attestation).json)
        }
    }

    /// `GET /v1/keybundles/{address}`: a `KeyBundleAnswer`: the identity record, KeyBundle's device list,
    /// and the bundle slot of every listed device and every key the identity authorises.
    private func keyBundles(_ addressText: String) async -> Response {
        guard let owner = try? Address(addressText) else { return Self.badAddress }
        return await withNode { node async throws(NodeLinkError) -> Response in
            let facts = try await node.facts()
            let layout = KeyDirectoryLayout(identity: facts.identity, keyBundle: facts.keyBundle)
            let directory = [layout.identityRecord(owner), layout.bundleDevices(owner)]
            let first = try await node.proofs(directory, at: nil)
            var authorised: [[UInt8]] = []
            if let value = first.value(layout.identityRecord(owner)) {
                guard let record = try? IdentityRecord(canonical: value) else { throw .malformed("the identity record does not decode") }
                authorised = record.authorisedKeys
            }
            guard let listed = try? KeyDirectoryLayout.devices(first.value(layout.bundleDevices(owner))) else {
                throw .malformed("the device list does not decode")
            }
            var devices: [[UInt8]] = []
            for device in authorised + listed where !devices.contains(device) { devices.append(device) }
            let keys = directory + devices.map { layout.bundle(owner, $0) }
            let attestation = try await node.attestation(keys, at: first.header.height)
            return Self.json(.ok, KeyBundleAnswer(owner: owner, attestation: attestation).json)
        }
    }

    // MARK: Helpers

    /// What the gateway can show about `tag` in a batch: a tag proof from the batch's manifest, if it
    /// holds the manifest and the manifest is the one the chain anchored.
    private func tagProof(_ record: InboxBatchRecord, tag: [UInt8]) -> BatchTagProof {
        guard let cid = try? CID(bytes: record.manifestCid) else { return .unavailable("the manifest CID is not a CID") }
        let manifest: [UInt8]?
        do {
            manifest = try store.content(cid)
        } catch {
            return .unavailable("the blob store could not read the manifest: \(error)")
        }
        guard let manifest else { return .unavailable("this gateway does not hold the manifest \(cid)") }
        guard let batch = try? InboxBatch(manifest: manifest) else { return .unavailable("the manifest \(cid) does not decode") }
        guard batch.root == record.root, batch.entries.count == Int(record.count) else {
            return .unavailable("the manifest \(cid) does not match the anchored root")
        }
        return .proof(batch.proof(tag: tag))
    }

    /// Runs `body` with the node; a missing or unreachable node is 503, a node that refuses or answers
    /// nonsense is 502.
    private func withNode(_ body: (NodeLink) async throws(NodeLinkError) -> Response) async -> Response {
        guard let node else { return Self.error(.serviceUnavailable, "this gateway has no node") }
        do {
            return try await body(node)
        } catch {
            switch error {
            case .unavailable: return Self.error(.serviceUnavailable, "\(error)")
            case .refused, .malformed: return Self.error(.badGateway, "\(error)")
            }
        }
    }

    private static func counter(_ value: [UInt8]?) throws(NodeLinkError) -> UInt64 {
        do { return try InboxLayout.counter(value) } catch { throw .malformed("a counter is not a u64: \(error)") }
    }

    private static var badAddress: Response {
        error(.badRequest, "an address is 0x and 40 hex digits (EIP-55 checksummed when in mixed case)")
    }
}
