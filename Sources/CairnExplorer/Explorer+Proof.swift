import CairnChain
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnState

extension Explorer {
    /// The key forms `proof` accepts, for its help text.
    public static let proofKeyForms = """
        account:ADDRESS, code:HASH, storage:CONTRACT:SLOT (CONTRACT an address or a system contract's name, \
        SLOT hex), identity:ADDRESS, bundle:ADDRESS:DEVICE, inbox:TAG:SEQ, or a raw state key in hex \
        (0x01 account, 0x02 code, 0x03 storage); ADDRESS may be @handle
        """

    /// An account's state value (`CairnVM.Account`).
    static let accountRecord = ABIType.record([
        ABIField("nonce", .u64), ABIField("balance", .amount), ABIField("codeHash", .optional(.key32)),
    ])

    /// `proof KEY [--height H]`: fetches the value of a state key with its proof and checks here that the
    /// proof matches the state root of the block header, that the header is of this chain and hashes to the
    /// block hash, and that the block's commit carries more than 2/3 of the power of the validator set the
    /// header names. Any failed check is an error. The set is the one the node reports (its hash must be
    /// the header's); a light client that tracks the set from genesis checks that last link too.
    public func proof(_ keyText: String, height: UInt64?) async throws(ExplorerError) -> ExplorerOutput {
        let (key, contract) = try await parseStateKey(keyText)
        if let height {
            let head = try await client.head()
            guard height <= head else { throw .notFound("no block at height \(height): the chain's head is \(head)") }
        }
        let answer = try await client.call("cairn_getProof", [.string(Format.hex(key.bytes)), ExplorerClient.tag(height)])
        let value = try answer["value"]?.nonNull.map { (v: JSONValue) throws(ExplorerError) -> [UInt8] in try ExplorerClient.bytes(v, "value") }
        let proofBytes = try ExplorerClient.bytes(answer["proof"], "proof")
        let header: BlockHeader
        let proof: StateProof
        do {
            header = try BlockHeader.decode(canonical: try ExplorerClient.bytes(answer["header"]?["encoded"], "header"))
            proof = try StateProof.decode(canonical: proofBytes)
        } catch let error as ExplorerError {
            throw error
        } catch {
            throw .malformed("the proof or header does not decode: \(error)")
        }
        let chainID = try ExplorerClient.uint64(try await client.chainInfo()["chainId"], "chain id")
        guard header.chainID == chainID else {
            throw .verificationFailed("the header is of chain \(header.chainID), not \(chainID)")
        }
        guard height == nil || header.height == height else {
            throw .verificationFailed("asked for height \(height!), the node proved against height \(header.height)")
        }
        guard let root = MerkleHash(bytes: header.stateRoot), proof.verify(root: root, key: key, value: value) else {
            throw .verificationFailed("the proof of \(Format.hex(key.bytes)) does not match state root \(Format.hex(header.stateRoot)) of block \(header.height)")
        }
        let signers = try await verifyCommit(header)

        var list = KeyValueList()
        list.append("key", Format.hex(key.bytes))
        list.append("block", "\(header.height) (\(Format.hex(header.hash)))")
        list.append("state root", Format.hex(header.stateRoot))
        var json: [String: JSONValue] = [
            "key": .string(Format.hex(key.bytes)), "height": jsonNumber(header.height), "blockHash": .string(Format.hex(header.hash)),
            "stateRoot": .string(Format.hex(header.stateRoot)), "present": .bool(value != nil),
            "value": value.map { .string(Format.hex($0)) } ?? .null, "proofNodes": jsonNumber(proof.siblings.count),
            "verified": true, "signedPower": .string(String(signers.signed)), "totalPower": .string(String(signers.total)),
            "signers": jsonNumber(signers.count),
        ]
        if let value {
            list.append("value", "present, \(value.count) bytes: \(Format.hex(value).fit(70))")
            if key.bytes.first == StateKey.Namespace.account.rawValue, let account = try? ABIDecoder.decode(Self.accountRecord, from: value) {
                list.append("decoded", account.text())
                json["decoded"] = account.json
            } else if let (abi, slot) = contract {
                let decoded = DecodedSlot(slot: slot, value: value, abi: abi)
                if let map = decoded.map, let fields = decoded.decodedValue {
                    list.append("decoded", "\(abi.name) \(map): \(fields.text().fit(70))")
                    json["decoded"] = fields.json
                }
            }
        } else {
            list.append("value", "absent (the proof shows no value under this key)")
        }
        list.append("verified", "the proof against the state root (\(proof.siblings.count) siblings)\n"
            + "the header against the block hash\n"
            + "the commit: \(signers.count) validators, \(Format.percent(signers.signed, of: signers.total)) of the power\n"
            + "(of the set the node reports, which is the one the header names)")
        return ExplorerOutput(json: .object(json), text: list.rendered)
    }

    /// Checks the commit of `header`'s block against the validator set whose hash the header carries.
    /// (The set itself comes from the node; a client that tracks sets from genesis checks that too.)
    func verifyCommit(_ header: BlockHeader) async throws(ExplorerError) -> (count: Int, signed: UInt128, total: UInt128) {
        guard header.height > 0 else { return (0, 0, 0) }
        guard let commitJSON = try await client.commit(height: header.height) else {
            throw .verificationFailed("the node has no commit for block \(header.height)")
        }
        let setJSON = try await client.validators(height: header.height)
        let commit: Commit
        let set: ValidatorSet
        do {
            commit = try Commit.decode(canonical: try ExplorerClient.bytes(commitJSON["encoded"], "commit"))
            set = try ValidatorSet.decode(canonical: try ExplorerClient.bytes(setJSON["encoded"], "validator set"))
        } catch let error as ExplorerError {
            throw error
        } catch {
            throw .malformed("the commit or validator set does not decode: \(error)")
        }
        guard set.hash == header.validatorSetHash else {
            throw .verificationFailed("the validator set the node sent is not the one block \(header.height) names")
        }
        let chainID = header.chainID
        do {
            try commit.verify(chainID: chainID, height: header.height, blockHash: header.hash, validators: set)
        } catch {
            throw .verificationFailed("the commit of block \(header.height): \(error)")
        }
        var signed: UInt128 = 0
        for signature in commit.signatures { signed = signed.saturatingAdd(set.member(consensusKey: signature.consensusKey)?.1.power ?? 0) }
        return (commit.signatures.count, signed, set.totalPower)
    }

    /// A state key from its command-line form, with the system contract and slot when it is one's storage.
    func parseStateKey(_ text: String) async throws(ExplorerError) -> (StateKey, (ContractABI, [UInt8])?) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func slotKey(_ abi: ContractABI, _ slot: [UInt8]) -> (StateKey, (ContractABI, [UInt8])?) {
            (.storage(address(of: abi), slot), (abi, slot))
        }
        func hex(_ text: String, _ what: String) throws(ExplorerError) -> [UInt8] {
            guard let bytes = Hex.bytes(text) else { throw .badInput("\(what) must be hex, not '\(text)'") }
            return bytes
        }
        switch (parts.first, parts.count) {
        case ("account", 2):
            return (.account(try await resolveAccount(parts[1]).address), nil)
        case ("code", 2):
            return (.code(hash: try Self.parseHash(parts[1], "a code hash")), nil)
        case ("storage", 3):
            let contract = try resolveContract(parts[1])
            let slot = try hex(parts[2], "the slot")
            guard !slot.isEmpty, slot.count <= 128 else { throw .badInput("a slot is 1 to 128 bytes") }
            return (.storage(contract, slot), directory[contract].map { ($0, slot) })
        case ("identity", 2):
            return slotKey(SystemABI.identity, [0x01] + (try await resolveAccount(parts[1]).address.bytes))
        case ("bundle", 3):
            let owner = try await resolveAccount(parts[1]).address
            let device = try Self.parseHash(parts[2], "a device key")
            return slotKey(SystemABI.keyBundle, [0x01] + owner.bytes + device)
        case ("inbox", 3):
            let tag = try Self.parseHash(parts[1], "a tag")
            guard let seq = UInt64(parts[2]) else { throw .badInput("the sequence number must be a whole number, not '\(parts[2])'") }
            var writer = CanonicalWriter()
            writer.writeUInt64(seq)
            return slotKey(SystemABI.inbox, [0x02] + tag + writer.bytes)
        default:
            guard text.hasPrefix("0x"), let bytes = Hex.bytes(text), let key = StateKey(bytes: bytes), bytes.count <= 1 + 20 + 128 else {
                throw .badInput("'\(text)' is not a state key: use \(Self.proofKeyForms)")
            }
            if bytes.first == StateKey.Namespace.storage.rawValue, bytes.count > 21, let contract = try? Address(bytes: Array(bytes[1..<21])),
                let abi = directory[contract]
            {
                return (key, (abi, Array(bytes[21...])))
            }
            return (key, nil)
        }
    }
}
