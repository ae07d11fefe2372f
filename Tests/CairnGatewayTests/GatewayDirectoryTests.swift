import CairnBlobs
import CairnChain
import CairnClient
import CairnCodec
import CairnCrypto
import CairnRPC
import CairnState
import Foundation
import Testing

/// `GET /v1/identities/{address}` and `GET /v1/keybundles/{address}` on a real chain, checked by the
/// client; and how the chain routes answer a down node and bad input.
@Suite("Gateway identities, key bundles and refusals")
struct GatewayDirectoryTests {
    static func edKey(_ label: String) -> Ed25519.PrivateKey { try! Ed25519.PrivateKey(seed: SHA256.hash(Array("gateway \(label)".utf8))) }
    static let identityKey = edKey("identity")
    static let device1 = edKey("device 1").publicKey.rawRepresentation
    static let device2 = edKey("device 2").publicKey.rawRepresentation

    /// Account 1 registers as "alice", adds device 1 and publishes bundles for its identity key and device
    /// 1 (block 1); then revokes device 1 and adds device 2, which publishes nothing (block 2).
    static func registerAlice(_ gateway: ChainGateway) throws -> Address {
        let owner = try ChainGateway.address(1)
        let identity = gateway.contracts.identity.address
        let publicKey = identityKey.publicKey.rawRepresentation
        var register = CanonicalWriter()
        register.writeFixed(publicKey)
        register.writeString("alice")
        register.writeFixed(identityKey.signature(for: gateway.signedMessage("cairn/identity/register/v1", owner) { $0.writeFixed(publicKey) }))
        try gateway.call(1, identity, "register", register.bytes)
        try gateway.call(1, identity, "addDevice", device(gateway, "add-device", device1, nonce: 0, owner: owner))
        for (index, device) in [publicKey, device1].enumerated() {
            try gateway.call(1, gateway.contracts.keyBundle.address, "publish", bundleArgs(gateway, device: device, owner: owner, prekeys: index + 1))
        }
        try gateway.produce()
        try gateway.call(1, identity, "revokeDevice", device(gateway, "revoke-device", device1, nonce: 1, owner: owner))
        try gateway.call(1, identity, "addDevice", device(gateway, "add-device", device2, nonce: 2, owner: owner))
        try gateway.produce()
        return owner
    }

    static func device(_ gateway: ChainGateway, _ purpose: String, _ key: [UInt8], nonce: UInt64, owner: Address) -> [UInt8] {
        let signature = identityKey.signature(for: gateway.signedMessage("cairn/identity/\(purpose)/v1", owner) {
            $0.writeFixed(key)
            $0.writeUInt64(nonce)
        })
        return key + signature
    }

    static func signedPrekey(_ device: [UInt8]) -> [UInt8] { SHA256.hash(Array("signed prekey".utf8) + device) }

    static func bundleArgs(_ gateway: ChainGateway, device: [UInt8], owner: Address, prekeys: Int) -> [UInt8] {
        let expiry = gateway.nextBlockTime + 30 * 86_400
        let signedPrekey = signedPrekey(device)
        var args = CanonicalWriter()
        args.writeFixed(device)
        args.writeFixed(signedPrekey)
        args.writeFixed(identityKey.signature(for: gateway.signedMessage("cairn/keybundle/spk/v1", owner) {
            $0.writeFixed(device)
            $0.writeFixed(signedPrekey)
            $0.writeUInt64(expiry)
        }))
        args.writeUInt64(expiry)
        args.writeArray((0..<prekeys).map { SHA256.hash(device + [UInt8($0)]) }) { $0.writeFixed($1) }
        args.writeUInt8(0)
        return args.bytes
    }

    @Test("an identity, and an account without one, verify with their proofs")
    func identities() async throws {
        try await ChainGateway.with { gateway in
            let alice = try Self.registerAlice(gateway)
            let (status, json) = try await gateway.get("/v1/identities/\(alice.checksummed)")
            #expect(status == 200)
            let answer = try IdentityAnswer(json: json)
            let verified = try answer.verify(owner: alice, chainID: gateway.chainID, layout: gateway.layout)
            #expect(verified.height == 2)
            let record = try #require(verified.record)
            #expect(record.handle == "alice")
            #expect(record.identityKey == Self.identityKey.publicKey.rawRepresentation)
            #expect(record.nonce == 3)
            #expect(record.devices.map(\.key) == [Self.device1, Self.device2])
            #expect(record.authorisedKeys == [record.identityKey, Self.device2])

            // Lower-case works as well as EIP-55; an unregistered account is a proved absence, not a 404.
            let nobody = try ChainGateway.address(5)
            let absent = try await gateway.get("/v1/identities/0x\(Hex.encode(nobody.bytes))")
            #expect(absent.status == 200)
            #expect(try IdentityAnswer(json: absent.json).verify(owner: nobody, chainID: gateway.chainID, layout: gateway.layout).record == nil)
            // An answer about someone else is refused.
            #expect(throws: KeyDirectoryError.wrongOwner("\(alice)")) {
                try answer.verify(owner: nobody, chainID: gateway.chainID, layout: gateway.layout)
            }
        }
    }

    @Test("key bundles: every authorised key's slot is proved, a revoked device's bundle is reported stale, and a hidden device is caught")
    func keyBundles() async throws {
        try await ChainGateway.with { gateway in try await Self.checkKeyBundles(gateway) }
    }

    static func checkKeyBundles(_ gateway: ChainGateway) async throws {
        let alice = try Self.registerAlice(gateway)
        let (status, json) = try await gateway.get("/v1/keybundles/\(alice.checksummed)")
        #expect(status == 200)
        let answer = try KeyBundleAnswer(json: json)
        let verified = try answer.verify(owner: alice, chainID: gateway.chainID, layout: gateway.layout)
        let identityKey = Self.identityKey.publicKey.rawRepresentation
        #expect(verified.listed == [identityKey, Self.device1])
        #expect(verified.stale == [Self.device1])
        #expect(verified.bundles.map(\.device) == [identityKey, Self.device2])
        let bundle = try #require(verified.bundles[0].bundle)
        #expect(verified.bundles[1].bundle == nil)
        #expect(bundle.signedPrekey == Self.signedPrekey(identityKey))
        #expect(bundle.oneTimePrekeys.count == 1)
        let message = gateway.signedMessage("cairn/keybundle/spk/v1", alice) {
            $0.writeFixed(identityKey)
            $0.writeFixed(bundle.signedPrekey)
            $0.writeUInt64(bundle.expiry)
        }
        #expect(try Ed25519.PublicKey(rawRepresentation: identityKey).isValidSignature(bundle.prekeySignature, for: message))

        // A gateway that leaves out device 2's (empty) slot, or the identity record, is caught.
        let hidden: [(StateKey, String)] = [
            (gateway.layout.bundle(alice, Self.device2), "the bundle of device 0x" + Hex.encode(Self.device2)),
            (gateway.layout.identityRecord(alice), "the identity record"),
            (gateway.layout.bundleDevices(alice), "the owner's device list"),
        ]
        for (key, what) in hidden {
            var lying = answer
            lying.attestation.values.removeAll { $0.key == key }
            #expect(throws: KeyDirectoryError.notProven(what)) {
                try lying.verify(owner: alice, chainID: gateway.chainID, layout: gateway.layout)
            }
        }
        // A tampered bundle fails its proof.
        var tampered = answer
        let index = try #require(tampered.attestation.values.firstIndex { $0.key == gateway.layout.bundle(alice, identityKey) })
        tampered.attestation.values[index].value?[60] ^= 1
        do {
            _ = try tampered.verify(owner: alice, chainID: gateway.chainID, layout: gateway.layout)
            Issue.record("a tampered bundle was accepted")
        } catch {
            guard case .attestation(.badProof) = error else {
                Issue.record("a tampered bundle gave \(error)")
                return
            }
        }

        // No identity: nothing to use.
        let nobody = try ChainGateway.address(5)
        let none = try KeyBundleAnswer(json: try await gateway.get("/v1/keybundles/\(nobody)").json)
            .verify(owner: nobody, chainID: gateway.chainID, layout: gateway.layout)
        #expect(none.identity == nil && none.bundles.isEmpty && none.listed.isEmpty)
    }

    @Test("a node that is down, or no node at all, is 503 with a JSON error")
    func nodeDown() async throws {
        try await ChainGateway.with { gateway in
            let tag = "0x" + String(repeating: "ab", count: 32)
            #expect(try await gateway.get("/v1/inbox/\(tag)").status == 200)
            await gateway.rpc.stop()
            for path in ["/v1/inbox/\(tag)", "/v1/identities/\(try ChainGateway.address(1))", "/v1/keybundles/\(try ChainGateway.address(1))"] {
                let (status, json) = try await gateway.get(path)
                #expect(status == 503, "\(path)")
                #expect(json["error"]?.string != nil, "\(path)")
            }
        }
        try await GatewayBlobTests.withGateway { url, _ in
            let reply = try await GatewayBlobTests.send(URL(string: "\(url)/v1/identities/0x\(String(repeating: "00", count: 20))")!)
            #expect(reply.status == 503)
            #expect(reply.json["error"] as? String == "this gateway has no node")
        }
    }

    @Test("malformed tags, addresses and cursors are 400 with a JSON error; other methods 405; routes are counted")
    func badInput() async throws {
        try await ChainGateway.with { gateway in
            let tag = "0x" + String(repeating: "ab", count: 32)
            let alice = try ChainGateway.address(1).checksummed
            // Swapping the case of one letter breaks the EIP-55 checksum.
            let letter = try #require(alice.dropFirst(2).firstIndex { $0.isLetter })
            let badChecksum = String(alice[..<letter]) + (alice[letter].isUppercase ? alice[letter].lowercased() : alice[letter].uppercased())
                + String(alice[alice.index(after: letter)...])
            let cases = [
                "/v1/inbox/", "/v1/inbox/0x1234", "/v1/inbox/\(String(repeating: "ab", count: 33))", "/v1/inbox/0x\(String(repeating: "gg", count: 32))",
                "/v1/inbox/\(tag)/more", "/v1/inbox/\(tag)?after=-1", "/v1/inbox/\(tag)?after=abc", "/v1/inbox/\(tag)?afterBatch=1e3",
                "/v1/inbox/\(tag)?after=\(UInt64(Int64.max) + 1)", "/v1/inbox/\(tag)?after=18446744073709551616", "/v1/inbox/\(tag)?limit=0",
                "/v1/inbox/\(tag)?limit=257", "/v1/identities/0x123", "/v1/identities/\(badChecksum)", "/v1/identities/",
                "/v1/keybundles/nothing", "/v1/keybundles/\(alice)00",
            ]
            for path in cases {
                let (status, json) = try await gateway.get(path)
                #expect(status == 400, "\(path): \(status)")
                #expect(json["error"]?.string != nil, "\(path) has no JSON error")
            }
            let post = try await GatewayBlobTests.send(URL(string: "\(gateway.url)/v1/inbox/\(tag)")!, method: "POST", body: [1])
            #expect(post.status == 405)
            #expect(try await gateway.get("/v1/inbox/\(tag)?after=3&afterBatch=0&limit=256").status == 200)
            let metrics = String(decoding: try await GatewayBlobTests.send(gateway.url.appendingPathComponent("metrics")).body, as: UTF8.self)
            for route in ["/v1/inbox", "/v1/identities", "/v1/keybundles"] {
                #expect(metrics.contains("cairn_gateway_requests_total{route=\"\(route)\"}"), "\(route)")
            }
        }
    }
}
