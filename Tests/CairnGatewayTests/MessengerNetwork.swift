import CairnBlobs
import CairnChain
import CairnClient
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation
import Testing

/// A `ChainGateway` run as a small devnet for messengers: an anchoring gateway (single mode, paying with
/// development account 9) over its chain and blob store, and blocks made every 100 ms at the wall clock's
/// time, as a dev node would, so that `send`, `register` and `publishBundle` see their transactions land.
final class MessengerNetwork {
    /// The cheapest Argon2id the store accepts: these stores hold test keys only.
    static let kdf = try! Argon2id.Parameters(opsLimit: 1, memLimit: 8192)
    static let passphrase = "messenger tests"

    let harness: ChainGateway
    /// The anchoring gateway (the harness's own gateway does not anchor).
    let gatewayURL: URL
    let nodeURL: URL
    let chain: ChainContext

    private init(harness: ChainGateway, gatewayURL: URL, nodeURL: URL, chain: ChainContext) {
        self.harness = harness
        self.gatewayURL = gatewayURL
        self.nodeURL = nodeURL
        self.chain = chain
    }

    /// Runs `body` on a fresh network; stops the producer and the gateways afterwards, on failure too.
    static func with<T>(_ body: (MessengerNetwork) async throws -> T) async throws -> T {
        try await ChainGateway.with { harness in
            let rpcPort = try #require(harness.rpc.port)
            let nodeURL = try #require(URL(string: "http://127.0.0.1:\(rpcPort)"))
            let queue = try AnchorStore(path: harness.directory.appendingPathComponent("anchors.sqlite").path)
            let anchoring = Gateway.Anchoring(
                queue: queue, key: try ChainGateway.account(9),
                configuration: AnchoringConfiguration(mode: .single, pollInterval: .milliseconds(20)))
            let gateway = Gateway(store: harness.store, node: NodeLink(url: nodeURL, timeout: .seconds(60)), anchoring: anchoring, configuration: .init(port: 0))
            let port = try await gateway.start()
            let genesis = try #require(try harness.chain.locked { try harness.chain.blocks.header(at: 0) })
            let chain = ChainContext(
                chainID: harness.chainID, identity: harness.contracts.identity.address, keyBundle: harness.contracts.keyBundle.address,
                inbox: harness.contracts.inbox.address, genesisHash: genesis.hash, genesisValidators: try harness.chain.validators(at: 0))
            let producer = Self.produceBlocks(harness.chain)
            let network = MessengerNetwork(
                harness: harness, gatewayURL: try #require(URL(string: "http://127.0.0.1:\(port)")), nodeURL: nodeURL, chain: chain)
            do {
                let result = try await body(network)
                producer.cancel()
                await gateway.stop()
                return result
            } catch {
                producer.cancel()
                await gateway.stop()
                throw error
            }
        }
    }

    /// Makes a block every 100 ms until cancelled. Block times are the wall clock's, as the messengers'
    /// clocks are: bundle expiries and anchor request lifetimes are checked against both.
    private static func produceBlocks(_ chain: Chain) -> Task<Void, Never> {
        Task.detached {
            while !Task.isCancelled {
                _ = try? chain.produceBlock(time: UInt64(Date().timeIntervalSince1970), keys: ChainGateway.keys)
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    /// Waits until two blocks are on top of the current head: a transaction that has its receipt is then
    /// in state that a proof (made at the newest block with a commit) shows.
    func settle() async throws {
        let target = harness.chain.head.height + 2
        for _ in 0..<200 where harness.chain.head.height < target {
            try await Task.sleep(for: .milliseconds(25))
        }
        try #require(harness.chain.head.height >= target, "no blocks are being made")
    }

    /// One person's primary device: a new store for development account `account`.
    struct Person {
        let key: Secp256k1.PrivateKey
        let identityKey: Ed25519.PrivateKey
        let messenger: Messenger
        let storePath: String
        var address: Address { messenger.address }
    }

    func storePath(_ name: String) -> String { harness.directory.appendingPathComponent("\(name).store").path }

    /// Creates `name`'s primary device for account `account` (through `gateway` when given), registers it
    /// with the handle `name` and publishes its bundle with `oneTime` one-time prekeys.
    func person(_ name: String, account: Int, oneTime: Int = 3, gateway: URL? = nil) async throws -> Person {
        let key = try ChainGateway.account(account)
        let identityKey = Ed25519.PrivateKey()
        let path = storePath(name)
        let messenger = try await Messenger.create(
            at: path, passphrase: Self.passphrase, kdf: Self.kdf, chain: chain, address: Address(publicKey: key.publicKey),
            deviceName: "primary", deviceKey: identityKey, identityKey: identityKey, endpoints: endpoints(gateway))
        try await messenger.register(handle: name, account: key)
        try await messenger.publishBundle(oneTime: oneTime, rotate: false, identityKey: identityKey, account: key)
        return Person(key: key, identityKey: identityKey, messenger: messenger, storePath: path)
    }

    func endpoints(_ gateway: URL? = nil) -> MessengerEndpoints { MessengerEndpoints(gateway: gateway ?? gatewayURL, node: nodeURL) }

    /// A gateway client of the test's own, straight to the honest gateway.
    func client() throws -> GatewayClient { try GatewayClientTests.client(harness, url: gatewayURL) }
}

/// What a lying gateway in front of the anchoring gateway does now, and which writes it has seen; the
/// test switches the lie while the proxy reads it.
final class Lie: @unchecked Sendable {
    enum Mode: Sendable {
        case none
        /// Replaces the signed prekey in the proved bundle of `device` of `owner` with `key`.
        case substituteBundle(owner: Address, device: [UInt8], key: [UInt8])
        /// Flips the first byte of every blob served.
        case flipBlobs
        /// Leaves the proofs of the first entries of every inbox tag out of its pages.
        case hideEntries
    }

    private let lock = NSLock()
    private var current = Mode.none
    private var seen: [String] = []
    let layout: KeyDirectoryLayout
    let inbox: InboxLayout

    init(network: MessengerNetwork) {
        layout = network.harness.layout
        inbox = InboxLayout(contract: network.harness.contracts.inbox.address)
    }

    var mode: Mode {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    /// The paths of blobs put and anchors asked for since the last `clearWrites`.
    var writes: [String] { lock.withLock { seen } }

    func clearWrites() { lock.withLock { seen.removeAll() } }

    /// The proxy's rewrite: records writes and tells the current lie.
    func rewrite(_ path: String, _ answer: inout LyingGateway.Answer) {
        if path == "/v1/blobs" || path == "/v1/anchors" { lock.withLock { seen.append(path) } }
        switch mode {
        case .none: return
        case let .substituteBundle(owner, device, key):
            guard path.hasPrefix("/v1/keybundles/") else { return }
            Self.editProofs(in: &answer) { proof in
                guard case var .object(fields) = proof, proof["key"] == WireFormat.hex(layout.bundle(owner, device).bytes),
                    let text = proof["value"]?.string, var value = try? Hex.decode(text.dropFirst(2)), value.count >= 84
                else { return proof }
                // owner 20 ‖ device 32 ‖ signed prekey 32 ‖ …
                value.replaceSubrange(52..<84, with: key)
                fields["value"] = WireFormat.hex(value)
                return .object(fields)
            }
        case .flipBlobs:
            if path.hasPrefix("/ipfs/"), !answer.body.isEmpty { answer.body[0] ^= 0x01 }
        case .hideEntries:
            guard path.hasPrefix("/v1/inbox/"), let tag = try? Hex.decode(path.dropFirst("/v1/inbox/0x".count).prefix(64)) else { return }
            let hidden = Set((0..<4).map { WireFormat.hex(inbox.entry(tag, $0).bytes) })
            // `.none`, not `nil`: JSONValue is ExpressibleByNilLiteral, and `nil` would be a JSON null kept in the list.
            Self.editProofs(in: &answer) { proof in hidden.contains(proof["key"] ?? .null) ? Optional<JSONValue>.none : proof }
        }
    }

    /// Maps the attestation's proofs (nil drops one).
    static func editProofs(in answer: inout LyingGateway.Answer, _ edit: (JSONValue) -> JSONValue?) {
        guard case var .object(top) = answer.json, case var .object(attestation)? = top["attestation"],
            let proofs = attestation["proofs"]?.array
        else { return }
        attestation["proofs"] = .array(proofs.compactMap(edit))
        top["attestation"] = .object(attestation)
        answer.json = .object(top)
    }
}
