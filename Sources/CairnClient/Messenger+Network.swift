import CairnBlobs
import CairnCodec
import CairnConsensus
import CairnCrypto
import CairnMessaging
import CairnRPC
import CairnState
import Foundation

extension Messenger {
    static func makeLightClient(store: SecureStore, chain: ChainContext, node: RPCClient) throws -> LightClient {
        let state: LightClientState
        if let saved = try store.get(Space.light, Array("state".utf8)) {
            state = try LightClientState.decode(saved: saved, chainID: chain.chainID)
        } else {
            state = LightClientState(chainID: chain.chainID, genesisHash: chain.genesisHash, genesisValidators: chain.genesisValidators)
        }
        return LightClient(state: state, source: RPCLightBlockSource(client: node))
    }

    static func makeGateway(url: URL, chain: ChainContext, light: LightClient) -> GatewayClient {
        GatewayClient(url: url, directory: KeyDirectoryLayout(identity: chain.identity, keyBundle: chain.keyBundle), inbox: chain.inbox, lightClient: light)
    }

    /// Keeps what the light client has come to trust, so the next run starts from there.
    func saveTrust() async throws {
        try store.put(Space.light, Array("state".utf8), await light.state.canonicalBytes)
    }

    /// The height of the newest block an answer was verified at.
    public var lastVerifiedHeight: UInt64 { gateway.notBefore }

    /// Runs a gateway call, turning its typed errors into the messenger's.
    func gatewayCall<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as GatewayClientError {
            switch error {
            case .verification: throw MessengerError.verification("\(error)")
            default: throw MessengerError.gateway("\(error)")
            }
        }
    }

    func verifiedIdentity(_ owner: Address) async throws -> IdentityRecord? {
        try await gatewayCall { try await self.gateway.identity(owner) }
    }

    func verifiedBundles(_ owner: Address) async throws -> VerifiedKeyBundles {
        try await gatewayCall { try await self.gateway.keyBundles(owner) }
    }

    /// How many batches Inbox holds now, as a proved listing shows.
    func currentBatchCount() async throws -> UInt64 {
        let tag = InboxTag.firstContact(chainID: profile.chain.chainID, deviceKey: deviceKey, epoch: 0)
        return try await gatewayCall { try await self.gateway.inbox(tag: tag, cursor: InboxCursor(), limit: 1) }.batchCount
    }

    /// The owner of `handle`, read from Identity's handle slot with a proof against a header the light
    /// client trusts (nil: no one has it).
    public func resolve(handle: String) async throws -> Address? {
        let bytes = Array(handle.utf8)
        guard (1...32).contains(bytes.count), !bytes.contains(0) else { return nil }
        let key = StateKey.storage(profile.chain.identity, [0x02] + bytes + [UInt8](repeating: 0, count: 32 - bytes.count))
        let attestation = try await nodeAttestation([key])
        let state: VerifiedState
        do {
            let trusted = try await light.trustedValidators(for: attestation)
            state = try attestation.verify(chainID: profile.chain.chainID, trustedValidators: trusted, genesisHash: profile.chain.genesisHash)
        } catch {
            throw MessengerError.verification("the handle @\(handle): \(error)")
        }
        let value: [UInt8]?
        do { value = try state.value(key) } catch { throw MessengerError.verification("the handle slot is not proved") }
        guard let value else { return nil }
        guard let owner = try? Address(bytes: value) else { throw MessengerError.verification("the handle slot does not hold an address") }
        return owner
    }

    /// State values from the node with the header, commit and validator set to check them: the node is no
    /// more trusted than the gateway.
    func nodeAttestation(_ keys: [StateKey]) async throws -> StateAttestation {
        do {
            let head = try await node.call("eth_blockNumber")
            guard let text = head.string, let latest = UInt64(text.dropFirst(2), radix: 16), latest > 0 else {
                throw MessengerError.verification("the node's head is not a height")
            }
            // The newest block with a commit is the one before the head.
            let height = latest - 1
            let tag = JSONValue.string("0x" + String(height, radix: 16))
            let answer = try await node.call("cairn_getProofs", [.array(keys.map { .string("0x" + Hex.encode($0.bytes)) }), tag])
            let block = try await RPCLightBlockSource(client: node).lightBlock(at: height)
            // The node's proofs in the attestation's own form, so its strict, bounded reader parses them.
            let json: JSONValue = [
                "header": WireFormat.hex(block.header.canonicalBytes), "commit": WireFormat.hex(block.commit.canonicalBytes),
                "validators": WireFormat.hex(block.validators.canonicalBytes), "proofs": answer["proofs"] ?? .null,
            ]
            do {
                return try StateAttestation(json: json)
            } catch {
                throw MessengerError.verification("the node's proofs: \(error)")
            }
        } catch let error as MessengerError {
            throw error
        } catch {
            throw MessengerError.gateway("the node: \(error)")
        }
    }
}
