import CairnState

extension BlobStore {
    /// Stores many blocks (a CAR file's) in one transaction, so one fsync acknowledges them all, and judges
    /// each on its own: a block whose bytes do not hash to its CID, a raw one over `chunkSize`, or a manifest that
    /// does not parse or names chunks neither stored nor in this put is refused alone, and the rest are
    /// stored. Returns one entry per block, in order: nil when it is stored (durably, once this returns),
    /// else why not. The same block twice is stored once and acknowledged twice, as `put` would.
    ///
    /// Throws only when the transaction itself fails; then nothing was stored.
    public func putBlocks(_ blocks: [(cid: CID, data: [UInt8])], now: UInt64) async throws(BlobStoreError) -> [BlobStoreError?] {
        var outcomes = [BlobStoreError?](repeating: nil, count: blocks.count)
        var manifests: [(index: Int, chunks: [CID])] = []
        var raw = Set<CID>()
        // A manifest lists at most the chunks of the largest content, at under 80 bytes a link.
        let chunksPerContent = (configuration.maxContentSize + configuration.chunkSize - 1) / configuration.chunkSize
        let manifestLimit = 64 + 80 * chunksPerContent
        for (index, block) in blocks.enumerated() {
            let limit = block.cid.codec == .dagJSON ? manifestLimit : configuration.chunkSize
            if block.data.count > limit {
                outcomes[index] = .tooLarge(size: block.data.count, limit: limit)
            } else if !block.cid.matches(block.data) {
                outcomes[index] = .mismatch(block.cid)
            } else if block.cid.codec == .dagJSON {
                do {
                    let manifest = try BlobManifest(bytes: block.data)
                    guard manifest.size <= UInt64(configuration.maxContentSize) else {
                        outcomes[index] = .tooLarge(size: Int(clamping: manifest.size), limit: configuration.maxContentSize)
                        continue
                    }
                    manifests.append((index, manifest.chunks))
                } catch {
                    outcomes[index] = .corrupt("\(block.cid) is not a manifest: \(error)")
                }
            } else {
                raw.insert(block.cid)
            }
        }
        let accepted = blocks.indices.filter { outcomes[$0] == nil }.map { (blocks[$0].cid, blocks[$0].data) }
        let available = raw
        let missing: [(Int, Int)]
        do {
            missing = try await group.perform { [manifests] connection throws(StateDatabaseError) -> [(Int, Int)] in
                // A manifest is kept only if every chunk is here: stored before, or in this put.
                var missing: [(Int, Int)] = []
                var refused = Set<Int>()
                for manifest in manifests {
                    var absent = 0
                    for chunk in Set(manifest.chunks) where !available.contains(chunk) {
                        var found = false
                        try connection.run("SELECT 1 FROM blobs WHERE cid = ?", [.blob(chunk.bytes)]) { _ in found = true }
                        if !found { absent += 1 }
                    }
                    if absent > 0 {
                        missing.append((manifest.index, absent))
                        refused.insert(manifest.index)
                    }
                }
                let refusedCIDs = Set(refused.map { blocks[$0].cid })
                let kept = refusedCIDs.isEmpty ? accepted : accepted.filter { !refusedCIDs.contains($0.0) }
                try Self.insert(kept, now: now, into: connection)
                return missing
            }
        } catch {
            throw .storage("\(error)")
        }
        for (index, absent) in missing { outcomes[index] = .missingChunks(manifest: blocks[index].cid, missing: absent) }
        return outcomes
    }
}
