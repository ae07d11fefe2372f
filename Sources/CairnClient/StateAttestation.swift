import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnState

/// Why an attestation does not prove what it claims.
public enum StateAttestationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A part does not decode.
    case malformed(String)
    /// The header is of another chain.
    case wrongChain(expected: UInt64, got: UInt64)
    /// The validator set is not the one the header names (or not the trusted one).
    case validatorSetMismatch(height: UInt64)
    /// No commit for the header's block (or, at height 0, no trusted genesis hash to compare with).
    case missingCommit(height: UInt64)
    /// The commit does not finalize the header's block under the validator set.
    case commit(CommitError)
    /// A value's proof does not match the header's state root.
    case badProof(key: String)
    /// A key is proved twice.
    case duplicateKey(String)
    /// A key the reader needs is not in the attestation.
    case notProven(key: String)

    public var description: String {
        switch self {
        case let .malformed(detail): "the attestation is malformed: \(detail)"
        case let .wrongChain(expected, got): "the header is of chain \(got), not \(expected)"
        case let .validatorSetMismatch(height): "the validator set is not the one block \(height) names"
        case let .missingCommit(height): "there is no commit for block \(height)"
        case let .commit(error): "the commit does not finalize the block: \(error)"
        case let .badProof(key): "the proof of key \(key) does not match the state root"
        case let .duplicateKey(key): "key \(key) is proved twice"
        case let .notProven(key): "key \(key) is not proved"
        }
    }
}

/// One state key's value (nil: absent) with its proof, as received: nothing is trusted until verified.
public struct ProvenValue: Hashable, Sendable {
    public var key: StateKey
    public var value: [UInt8]?
    public var proof: StateProof

    public init(key: StateKey, value: [UInt8]?, proof: StateProof) {
        self.key = key
        self.value = value
        self.proof = proof
    }
}

/// State values with their proofs, the block header whose state root they are proved against, that
/// block's commit and the validator set that signed it: everything a client needs to check chain state
/// a gateway or node hands it, with nothing but the chain id.
///
/// JSON: `{"height": n, "blockHash": "0x…", "header": "0x…", "commit": "0x…" | null, "validators": "0x…",
/// "proofs": [{"key": "0x…", "value": "0x…" | null, "proof": "0x…"}]}`, each `0x…` the canonical bytes.
/// `height` and `blockHash` are for people reading it; the check uses the decoded header.
public struct StateAttestation: Hashable, Sendable {
    /// The most proofs an attestation may carry (an inbox page needs 2 + 256 + 64).
    public static let maximumProofs = 512

    public var header: BlockHeader
    /// nil only at height 0, where no commit exists.
    public var commit: Commit?
    public var validators: ValidatorSet
    public var values: [ProvenValue]

    public init(header: BlockHeader, commit: Commit?, validators: ValidatorSet, values: [ProvenValue]) {
        self.header = header
        self.commit = commit
        self.validators = validators
        self.values = values
    }

    /// Checks, in order: the header is of `chainID`; the validator set is the one the header names;
    /// the commit finalizes the header's block with more than 2/3 of that set's power; every proof
    /// matches the header's state root. Returns the proved values.
    ///
    /// The validator set is accepted when its hash is the one in the header, which is only as good as
    /// the commit that signs the header: a client that tracks validator sets from a trusted genesis
    /// passes the set it trusts for this height as `trustedValidators`, and it is used instead (it must
    /// still be the header's). Height 0 has no commit: its header is accepted only when `genesisHash`
    /// (the genesis block hash the client trusts) is given and matches.
    public func verify(chainID: UInt64, trustedValidators: ValidatorSet? = nil, genesisHash: [UInt8]? = nil)
        throws(StateAttestationError) -> VerifiedState
    {
        guard header.chainID == chainID else { throw .wrongChain(expected: chainID, got: header.chainID) }
        let set = trustedValidators ?? validators
        guard set.hash == header.validatorSetHash else { throw .validatorSetMismatch(height: header.height) }
        if header.height == 0 {
            guard let genesisHash, genesisHash == header.hash else { throw .missingCommit(height: 0) }
        } else {
            guard let commit else { throw .missingCommit(height: header.height) }
            do {
                try commit.verify(chainID: chainID, height: header.height, blockHash: header.hash, validators: set)
            } catch {
                throw .commit(error)
            }
        }
        guard let root = MerkleHash(bytes: header.stateRoot) else { throw .malformed("the header's state root is not 32 bytes") }
        var present: [StateKey: [UInt8]] = [:]
        var absent = Set<StateKey>()
        for item in values {
            let name = Hex.encode(item.key.bytes)
            guard present[item.key] == nil, !absent.contains(item.key) else { throw .duplicateKey(name) }
            guard item.proof.verify(root: root, key: item.key, value: item.value) else { throw .badProof(key: name) }
            if let value = item.value { present[item.key] = value } else { absent.insert(item.key) }
        }
        return VerifiedState(header: header, present: present, absent: absent)
    }
}

/// State values proved against a header whose block 2/3+ of the validator power signed.
public struct VerifiedState: Sendable {
    public let header: BlockHeader
    private let present: [StateKey: [UInt8]]
    private let absent: Set<StateKey>

    init(header: BlockHeader, present: [StateKey: [UInt8]], absent: Set<StateKey>) {
        self.header = header
        self.present = present
        self.absent = absent
    }

    public var height: UInt64 { header.height }

    /// The value under `key` (nil: proved absent); `.notProven` if the attestation did not cover it.
    public func value(_ key: StateKey) throws(StateAttestationError) -> [UInt8]? {
        if let value = present[key] { return value }
        guard absent.contains(key) else { throw .notProven(key: Hex.encode(key.bytes)) }
        return nil
    }

    /// Whether the attestation covered `key`.
    public func proves(_ key: StateKey) -> Bool { present[key] != nil || absent.contains(key) }
}

extension StateAttestation {
    public var json: JSONValue {
        [
            "height": WireFormat.number(header.height),
            "blockHash": WireFormat.hex(header.hash),
            "header": WireFormat.hex(header.canonicalBytes),
            "commit": commit.map { WireFormat.hex($0.canonicalBytes) } ?? .null,
            "validators": WireFormat.hex(validators.canonicalBytes),
            "proofs": .array(values.map {
                ["key": WireFormat.hex($0.key.bytes), "value": $0.value.map(WireFormat.hex) ?? .null, "proof": WireFormat.hex($0.proof.canonicalBytes)]
            }),
        ]
    }

    /// Reads an attestation; only its form is checked here (see `verify`).
    public init(json: JSONValue) throws(WireFormatError) {
        func decode<T: CanonicalDecodable>(_ type: T.Type, _ name: String, maximum: Int) throws(WireFormatError) -> T {
            let bytes = try WireFormat.bytes(json[name], name, maximum: maximum)
            do { return try T.decode(canonical: bytes) } catch { throw .malformed("'\(name)' does not decode: \(error)") }
        }
        let header = try decode(BlockHeader.self, "header", maximum: 4_096)
        // A commit and a set hold at most 1,000 validators: ~96 and ~70 bytes each.
        let commit = json["commit"]?.isNull == false ? try decode(Commit.self, "commit", maximum: 128_000) : nil
        let validators = try decode(ValidatorSet.self, "validators", maximum: 128_000)
        var values: [ProvenValue] = []
        for item in try WireFormat.array(json["proofs"], "proofs", maximum: Self.maximumProofs) {
            guard let key = StateKey(bytes: try WireFormat.bytes(item["key"], "key", maximum: 1 + 20 + 128)) else {
                throw .malformed("a proof's key has no valid namespace")
            }
            let value = item["value"]?.isNull == false ? try WireFormat.bytes(item["value"], "value", maximum: 64 << 10) : nil
            let proofBytes = try WireFormat.bytes(item["proof"], "proof", maximum: 32 + 32 * (StateProof.maxDepth + 2) + 1)
            let proof: StateProof
            do { proof = try StateProof.decode(canonical: proofBytes) } catch { throw .malformed("a proof does not decode: \(error)") }
            values.append(ProvenValue(key: key, value: value, proof: proof))
        }
        self.init(header: header, commit: commit, validators: validators, values: values)
    }
}
