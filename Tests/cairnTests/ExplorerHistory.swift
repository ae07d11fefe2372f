import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation
import Testing

/// A scripted chain history for the `cairn explorer` tests, and everything those tests check about it.
///
/// `run(on:)` signs each transaction with a development account, sends it with `eth_sendRawTransaction` and
/// waits for its receipt before the next, so every transaction is mined in a block of its own, in the order
/// of `transactions`. It registers accounts 1 and 2, so it runs once per chain: on a fresh dev node.
///
/// Account 6 receives the small transfer and is also the operator of the first genesis validator (the
/// delegation's target), so it earns the tips of the blocks it proposes: its balance is not genesis + 42.
struct ExplorerHistory {
    /// An identity registered with `Identity.register`.
    struct Registration: Equatable {
        let transaction: MinedTransaction
        let owner: Address
        let handle: String
        let identityKey: [UInt8]
    }

    /// The KeyBundle alice published for her identity key (as device).
    struct Bundle: Equatable {
        let transaction: MinedTransaction
        let owner: Address
        let device: [UInt8]
        let signedPrekey: [UInt8]
        /// Unix seconds.
        let expiry: UInt64
        /// In publish order; `claim` took the first.
        let oneTimePrekeys: [[UInt8]]
    }

    /// One `Inbox.anchor`.
    struct Anchor: Equatable {
        let transaction: MinedTransaction
        let tag: [UInt8]
        let cid: [UInt8]
        /// The seq `anchor` returned, per tag from 0.
        let seq: UInt64
    }

    /// The `Inbox.anchorBatch`.
    struct BatchAnchor: Equatable {
        let transaction: MinedTransaction
        let root: [UInt8]
        let count: UInt32
        let manifestCid: [UInt8]
        let seq: UInt64
    }

    static let cairn: UInt128 = 1_000_000_000_000_000_000

    /// Account 0 to account 5, 1.5 CAIRN.
    let largeTransfer: MinedTransaction
    /// Account 0 to account 6, 42 units.
    let smallTransfer: MinedTransaction
    /// Account 1, handle "alice".
    let alice: Registration
    /// Account 2, handle "bob".
    let bob: Registration
    /// Alice adds `deviceKey` (identity nonce 0 to 1).
    let deviceAddition: MinedTransaction
    let deviceKey: [UInt8]
    let bundle: Bundle
    /// Bob claims alice's first one-time prekey, `claimedPrekey`.
    let claim: MinedTransaction
    let claimedPrekey: [UInt8]
    let tag1: [UInt8]
    let tag2: [UInt8]
    /// Bob's anchors: two under `tag1` (seqs 0 and 1), then one under `tag2` (seq 0).
    let anchors: [Anchor]
    /// Account 3's batch of 5.
    let batch: BatchAnchor
    /// Account 4 delegates 10 CAIRN (the value) to `validator`.
    let delegation: MinedTransaction
    let validator: Address
    /// Account 0 deploys `code` (from `codeFile`) at `contract`, with empty init arguments.
    let deployment: MinedTransaction
    let codeFile: URL
    let code: [UInt8]
    let contract: Address
    /// Bob registers again: mined as reverted, "already registered".
    let revert: MinedTransaction

    /// Every transaction, in the order (and so the block order) they were mined.
    var transactions: [MinedTransaction] {
        [largeTransfer, smallTransfer, alice.transaction, bob.transaction, deviceAddition, bundle.transaction, claim]
            + anchors.map(\.transaction) + [batch.transaction, delegation, deployment, revert]
    }
}

extension ExplorerHistory {
    /// Mines the history on the fresh dev node behind `client`; `#require`s each transaction's outcome.
    static func run(on client: RPCClient) async throws -> ExplorerHistory {
        let contracts = DevAccounts.genesis.contracts
        let chain = try await TransactionSubmitter(client: client)

        let largeTransfer = try await chain.submit(
            "transfer 1.5 CAIRN", chain.transaction(from: 0, to: DevAccounts.address(5), value: 3 * cairn / 2))
        let smallTransfer = try await chain.submit("transfer 42 units", chain.transaction(from: 0, to: DevAccounts.address(6), value: 42))

        let aliceKey = edKey("alice identity")
        let bobKey = edKey("bob identity")
        let alice = try await register(1, handle: "alice", key: aliceKey, on: chain)
        let bob = try await register(2, handle: "bob", key: bobKey, on: chain)

        let deviceKey = edKey("alice device").publicKey.rawRepresentation
        let deviceProof = aliceKey.signature(for: signedMessage("cairn/identity/add-device/v1", alice.owner) {
            $0.writeFixed(deviceKey)
            $0.writeUInt64(0)  // the identity's nonce: registering left it at 0
        })
        let deviceAddition = try await chain.submit(
            "add device", chain.call(from: 1, contracts.identity.address, "addDevice", deviceKey + deviceProof))

        let bundle = try await publishBundle(owner: alice.owner, identityKey: aliceKey, on: chain)
        let claim = try await chain.submit(
            "claim prekey", chain.call(from: 2, contracts.keyBundle.address, "claimPrekey", alice.owner.bytes + bundle.device))
        var claimed = CanonicalReader(claim.output)
        let claimedPrekey = try #require(try claimed.readOptional { try $0.readFixed(count: 32) }, "claimPrekey returned none")
        try claimed.finish()
        try #require(claimedPrekey == bundle.oneTimePrekeys[0], "claimPrekey pops the first one-time prekey")

        let tag1 = Keccak256.hash(Array("explorer history tag 1".utf8))
        let tag2 = Keccak256.hash(Array("explorer history tag 2".utf8))
        let entryFee = try #require(contracts.inbox.params["entryFee"]).value
        var anchors: [Anchor] = []
        for (index, tag) in [tag1, tag1, tag2].enumerated() {
            let cid = Array("bafkreihistory\(index)".utf8)
            var args = CanonicalWriter()
            args.writeFixed(tag)
            args.writeBytes(cid)
            let mined = try await chain.submit(
                "anchor \(index)", chain.call(from: 2, contracts.inbox.address, "anchor", args.bytes, value: entryFee))
            anchors.append(Anchor(transaction: mined, tag: tag, cid: cid, seq: try seq(mined)))
        }

        let root = Keccak256.hash(Array("explorer history batch root".utf8))
        let manifestCid = Array("bafkreihistorymanifest".utf8)
        var batchArgs = CanonicalWriter()
        batchArgs.writeFixed(root)
        batchArgs.writeUInt32(5)
        batchArgs.writeBytes(manifestCid)
        let batchFee = try #require(contracts.inbox.params["batchFee"]).value
        let batchMined = try await chain.submit(
            "anchor batch", chain.call(from: 3, contracts.inbox.address, "anchorBatch", batchArgs.bytes, value: batchFee))
        let batch = BatchAnchor(transaction: batchMined, root: root, count: 5, manifestCid: manifestCid, seq: try seq(batchMined))

        let validator = try #require(DevAccounts.genesis.validators.first).operator
        let delegation = try await chain.submit(
            "delegate 10 CAIRN", chain.call(from: 4, contracts.staking.address, "delegate", validator.bytes, value: 10 * cairn))

        let build = DevNodeProcess.root.appendingPathComponent("Contracts/build")
        let probe = build.appendingPathComponent("Probe.wasm")
        let codeFile = FileManager.default.fileExists(atPath: probe.path) ? probe : build.appendingPathComponent("Identity.wasm")
        let code = [UInt8](try Data(contentsOf: codeFile))
        let deployData = ContractDeploy(code: code, initArgs: []).canonicalBytes
        // Stored code costs 200 gas a byte: Identity.wasm alone is over 5M, so ask the node.
        let deployGas = try await chain.estimateDeployGas(from: 0, data: deployData)
        let deployment = try await chain.submit("deploy", chain.transaction(from: 0, to: nil, data: deployData, gas: deployGas + deployGas / 10))
        let contract = try #require(deployment.contractAddress, "the deploy's receipt names no contract")

        // A fixed gas limit, so the node mines it instead of estimation refusing it.
        let again = try chain.call(from: 2, contracts.identity.address, "register", registerArgs(bob.owner, handle: "bob", key: bobKey))
        let revert = try await chain.submit("register bob again", again, expecting: "reverted")
        try #require(String(decoding: revert.output, as: UTF8.self) == "already registered")

        return ExplorerHistory(
            largeTransfer: largeTransfer, smallTransfer: smallTransfer, alice: alice, bob: bob, deviceAddition: deviceAddition,
            deviceKey: deviceKey, bundle: bundle, claim: claim, claimedPrekey: claimedPrekey, tag1: tag1, tag2: tag2,
            anchors: anchors, batch: batch, delegation: delegation, validator: validator, deployment: deployment,
            codeFile: codeFile, code: code, contract: contract, revert: revert)
    }

    private static func register(_ account: Int, handle: String, key: Ed25519.PrivateKey, on chain: TransactionSubmitter) async throws
        -> Registration
    {
        let owner = DevAccounts.address(account)
        let identity = DevAccounts.genesis.contracts.identity.address
        let mined = try await chain.submit(
            "register \(handle)", chain.call(from: account, identity, "register", registerArgs(owner, handle: handle, key: key)))
        return Registration(transaction: mined, owner: owner, handle: handle, identityKey: key.publicKey.rawRepresentation)
    }

    /// `Identity.register` arguments with the key's proof of possession for `owner`.
    private static func registerArgs(_ owner: Address, handle: String, key: Ed25519.PrivateKey) -> [UInt8] {
        let publicKey = key.publicKey.rawRepresentation
        var args = CanonicalWriter()
        args.writeFixed(publicKey)
        args.writeString(handle)
        args.writeFixed(key.signature(for: signedMessage("cairn/identity/register/v1", owner) { $0.writeFixed(publicKey) }))
        return args.bytes
    }

    /// Publishes a bundle for the identity key as device: three one-time prekeys, valid for 30 days.
    private static func publishBundle(owner: Address, identityKey: Ed25519.PrivateKey, on chain: TransactionSubmitter) async throws -> Bundle {
        let device = identityKey.publicKey.rawRepresentation
        let signedPrekey = x25519Key("alice signed prekey")
        let prekeys = (0..<3).map { x25519Key("alice one-time prekey \($0)") }
        // From the head block's time, not this machine's clock: blocks never go back in time, and the
        // contract compares expiry with the block time (at most maxLifetime, 90 days, ahead).
        let expiry = try await chain.latestBlockTime() + 30 * 86_400
        let signature = identityKey.signature(for: signedMessage("cairn/keybundle/spk/v1", owner) {
            $0.writeFixed(device)
            $0.writeFixed(signedPrekey)
            $0.writeUInt64(expiry)
        })
        var args = CanonicalWriter()
        args.writeFixed(device)
        args.writeFixed(signedPrekey)
        args.writeFixed(signature)
        args.writeUInt64(expiry)
        args.writeArray(prekeys) { $0.writeFixed($1) }
        args.writeUInt8(0)  // noPrekeysReason: it has prekeys
        let keyBundle = DevAccounts.genesis.contracts.keyBundle.address
        let mined = try await chain.submit("publish bundle", chain.call(from: 1, keyBundle, "publish", args.bytes))
        return Bundle(transaction: mined, owner: owner, device: device, signedPrekey: signedPrekey, expiry: expiry, oneTimePrekeys: prekeys)
    }

    /// The `u64` seq an Inbox anchor returned.
    private static func seq(_ mined: MinedTransaction) throws -> UInt64 {
        var reader = CanonicalReader(mined.output)
        let seq = try reader.readUInt64()
        try reader.finish()
        return seq
    }

    /// SYSTEM.md's signed-message layout: domain tag, chain id, owner, then the purpose's own fields.
    private static func signedMessage(_ domain: String, _ owner: Address, _ fields: (inout CanonicalWriter) -> Void) -> [UInt8] {
        var message = CanonicalWriter()
        message.writeFixed(Array(domain.utf8))
        message.writeUInt64(DevAccounts.genesis.chainId)
        message.writeFixed(owner.bytes)
        fields(&message)
        return message.bytes
    }

    /// An Ed25519 key from a fixed seed, so every run (and every explorer snapshot) sees the same keys.
    private static func edKey(_ label: String) -> Ed25519.PrivateKey {
        try! Ed25519.PrivateKey(seed: Keccak256.hash(Array("explorer history \(label)".utf8)))
    }

    /// An X25519 public key from a fixed seed, as a client's prekeys are.
    private static func x25519Key(_ label: String) -> [UInt8] {
        try! X25519.PrivateKey(rawRepresentation: Keccak256.hash(Array("explorer history \(label)".utf8))).publicKey.rawRepresentation
    }
}
