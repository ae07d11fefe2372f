import CairnChain
import CairnClient
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnState

/// State values with their proofs at one header, as the node sent them (`cairn_getProofs`).
struct NodeProofs: Sendable {
    let header: BlockHeader
    let values: [ProvenValue]

    /// The value the node gave for `key` (the gateway trusts its own node; clients check the proofs).
    func value(_ key: StateKey) -> [UInt8]? { values.first { $0.key == key }?.value }
}

extension NodeLink {
    /// The most keys one `cairn_getProofs` call takes.
    static let proofKeysPerCall = 256

    /// Proves up to `proofKeysPerCall` keys at `height` (nil: the node's head).
    func proofs(_ keys: [StateKey], at height: UInt64?) async throws(NodeLinkError) -> NodeProofs {
        let block: JSONValue = height.map { .string("0x" + String($0, radix: 16)) } ?? "latest"
        let answer = try await call("cairn_getProofs", [.array(keys.map { WireFormat.hex($0.bytes) }), block])
        let header = try Self.decode(BlockHeader.self, answer["header"]?["encoded"], "header")
        guard height == nil || header.height == height else { throw .malformed("cairn_getProofs answered for another block") }
        guard let items = answer["proofs"]?.array, items.count == keys.count else { throw .malformed("cairn_getProofs sent another number of proofs") }
        var values: [ProvenValue] = []
        for (key, item) in zip(keys, items) {
            guard let keyText = item["key"]?.string, (try? Hex.decode(keyText)) == key.bytes else {
                throw .malformed("cairn_getProofs answered for another key")
            }
            let value = try item["value"]?.nonNull.map { (v: JSONValue) throws(NodeLinkError) -> [UInt8] in try Self.bytes(v, "value") }
            values.append(ProvenValue(key: key, value: value, proof: try Self.decode(StateProof.self, item["proof"], "proof")))
        }
        return NodeProofs(header: header, values: values)
    }

    /// An attestation of `keys` at one block (`height`, or the head), with that block's commit and
    /// validator set. Keys beyond one call's limit are fetched at the same height, so all proofs share one
    /// header.
    func attestation(_ keys: [StateKey], at height: UInt64?) async throws(NodeLinkError) -> StateAttestation {
        var pinned = height
        var header: BlockHeader?
        var values: [ProvenValue] = []
        var start = 0
        repeat {
            let chunk = Array(keys[start..<min(start + Self.proofKeysPerCall, keys.count)])
            let proofs = try await self.proofs(chunk, at: pinned)
            guard header == nil || header == proofs.header else { throw .malformed("cairn_getProofs answered with two headers") }
            header = proofs.header
            pinned = proofs.header.height
            values += proofs.values
            start += Self.proofKeysPerCall
        } while start < keys.count
        guard let header else { throw .malformed("no keys to prove") }
        let at: JSONValue = .string("0x" + String(header.height, radix: 16))
        var commit: Commit?
        if header.height > 0 {
            let answer = try await call("cairn_getCommit", [at])
            guard !answer.isNull else { throw .malformed("the node has no commit for block \(header.height)") }
            commit = try Self.decode(Commit.self, answer["encoded"], "commit")
        }
        let validators = try Self.decode(ValidatorSet.self, try await call("cairn_getValidators", [at])["encoded"], "validator set")
        return StateAttestation(header: header, commit: commit, validators: validators, values: values)
    }

    private static func bytes(_ value: JSONValue?, _ name: String) throws(NodeLinkError) -> [UInt8] {
        guard let text = value?.string, text.hasPrefix("0x"), let bytes = try? Hex.decode(text) else {
            throw .malformed("the node's \(name) is not hex")
        }
        return bytes
    }

    private static func decode<T: CanonicalDecodable>(_ type: T.Type, _ value: JSONValue?, _ name: String) throws(NodeLinkError) -> T {
        let bytes = try bytes(value, name)
        do { return try T.decode(canonical: bytes) } catch { throw .malformed("the node's \(name) does not decode: \(error)") }
    }
}
