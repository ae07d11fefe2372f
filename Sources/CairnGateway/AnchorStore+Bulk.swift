import CairnClient
import CairnState

extension AnchorStore {
    /// Queues many verified requests durably in one transaction (one fsync for the lot) and judges each
    /// on its own: a digest accepted before, or earlier in this same list, is `.replayed`; the others are
    /// queued in order. Returns one result per request: its queue id, or why not.
    ///
    /// Throws only when the transaction itself fails; then nothing was queued.
    public func accept(_ requests: [AnchorRequest], receivedMilliseconds: Int64) async throws(AnchorStoreError)
        -> [Result<Int64, AnchorStoreError>]
    {
        guard !requests.isEmpty else { return [] }
        do {
            return try await group.perform { connection throws(StateDatabaseError) -> [Result<Int64, AnchorStoreError>] in
                var results: [Result<Int64, AnchorStoreError>] = []
                results.reserveCapacity(requests.count)
                for request in requests {
                    // One statement: a digest already here (earlier in this transaction too) inserts nothing and
                    // returns no row, which is how a replay, or a duplicate within the list, shows.
                    var id: Int64?
                    try connection.run(
                        """
                        INSERT OR IGNORE INTO requests (digest, sender, tag, cid, expires, received) VALUES (?, ?, ?, ?, ?, ?)
                        RETURNING id
                        """,
                        [.blob(request.digest), .blob(request.sender.bytes), .blob(request.tag), .blob(request.cid),
                         .integer(Int64(clamping: request.expires)), .integer(receivedMilliseconds)]
                    ) { id = $0.integer(0) }
                    results.append(id.map { .success($0) } ?? .failure(.replayed))
                }
                return results
            }
        } catch {
            throw .storage("\(error)")
        }
    }
}
