import CairnCodec
import CairnCrypto
import CairnVM
import Testing

/// The KeyBundle contract (Contracts/KeyBundle) with Identity beside it, run in the real VM.
@Suite("KeyBundle contract")
struct KeyBundleTests {
    let keyBundle = ContractHarness.keyBundleAddress
    let identity = ContractHarness.identityAddress
    let alice = IdentityUser(1)
    let bob = IdentityUser(2)
    let now: UInt64 = 1_700_000_000
    let day: UInt64 = 86_400

    /// Alice's publication for her identity key with three one-time prekeys, valid for a week.
    var alicePublication: PrekeyPublication {
        PrekeyPublication(
            device: alice.identityPublic, signedPrekey: [UInt8](repeating: 0x51, count: 32), expiry: now + 7 * day,
            prekeys: KeyBundleArgs.prekeys(3), reason: 0)
    }

    // MARK: - publish

    @Test func publishesBundleForTheIdentityKey() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        let publication = alicePublication
        let args = publication.args(owner: alice.address, signer: alice.identityKey)
        let result = h.succeed(keyBundle, "publish", args, from: alice.address)

        let bundle = try #require(try h.bundle(alice.address, alice.identityPublic))
        #expect(bundle.owner == alice.address)
        #expect(bundle.device == alice.identityPublic)
        #expect(bundle.signedPrekey == publication.signedPrekey)
        #expect(bundle.prekeySignature == Array(args[64..<128]))
        #expect(bundle.expiry == publication.expiry)
        #expect(bundle.publishedAt == 1)
        #expect(bundle.oneTimePrekeys == publication.prekeys)
        #expect(bundle.noPrekeysReason == 0)
        #expect(try h.bundleDevices(alice.address) == [alice.identityPublic])

        var data = CanonicalWriter()
        data.writeFixed(publication.signedPrekey)
        data.writeUInt64(publication.expiry)
        data.writeUInt32(3)
        data.writeUInt8(0)
        #expect(result.events == [Event(
            contract: keyBundle,
            topics: [EventTopic.name("KeyBundle.Published"), EventTopic.address(alice.address), alice.identityPublic],
            data: data.bytes)])
    }

    @Test func publishesForAnActiveDeviceAndReplacesItsBundle() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)

        var publication = alicePublication
        publication.device = device
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey), from: alice.address)
        h.advance(blocks: 3, seconds: 10)
        publication.signedPrekey = [UInt8](repeating: 0x52, count: 32)
        publication.prekeys = []
        publication.reason = 2
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey), from: alice.address)

        let bundle = try #require(try h.bundle(alice.address, device))
        #expect(bundle.signedPrekey == publication.signedPrekey)
        #expect(bundle.oneTimePrekeys.isEmpty)
        #expect(bundle.noPrekeysReason == 2)
        #expect(bundle.publishedAt == 4)
        #expect(try h.bundleDevices(alice.address) == [device])
        #expect(try h.bundle(alice.address, alice.identityPublic) == nil)
    }

    @Test func rejectsPublisherWithoutIdentity() throws {
        let h = try ContractHarness.withKeyBundle()
        h.expectRevert(keyBundle, "publish", alicePublication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "no identity")
    }

    @Test func rejectsPublishWhenIdentityCannotBeAsked() throws {
        // KeyBundle pointed at an address with no contract: the nested Identity.get fails.
        let h = ContractHarness()
        try h.install("KeyBundle", at: keyBundle, initArgs: KeyBundleArgs.initialize(
            identity: identity, maxPrekeys: 8, maxLifetime: 30 * day))
        h.expectRevert(keyBundle, "publish", alicePublication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "identity call failed")
    }

    @Test func rejectsUnknownAndRevokedDevices() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        h.registerIdentity(bob)
        var publication = alicePublication
        publication.device = alice.deviceKey(0).publicKey.rawRepresentation
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "unknown device")
        // Another identity's key is not Alice's device.
        publication.device = bob.identityPublic
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "unknown device")

        let device = alice.deviceKey(0).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)
        _ = h.succeed(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 1), from: alice.address)
        publication.device = device
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "unknown device")
    }

    @Test func rejectsSignedPrekeyNotSignedByTheRegisteredIdentityKey() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        let deviceKey = alice.deviceKey(0)
        _ = h.succeed(identity, "addDevice",
                      IdentityArgs.addDevice(alice, device: deviceKey.publicKey.rawRepresentation, nonce: 0), from: alice.address)
        var publication = alicePublication
        publication.device = deviceKey.publicKey.rawRepresentation
        // The device's own key is not the identity key.
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: deviceKey),
                       from: alice.address, "bad signature")
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: bob.identityKey),
                       from: alice.address, "bad signature")
        // A valid signature over a different expiry does not cover this one.
        let signed = publication.args(owner: alice.address, signer: alice.identityKey)
        publication.expiry += 1
        h.expectRevert(keyBundle, "publish", publication.args(signature: Array(signed[64..<128])),
                       from: alice.address, "bad signature")
    }

    @Test func rejectsBundleSignedByARotatedAwayKey() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        let newKey = alice.deviceKey(5)
        _ = h.succeed(identity, "rotateKey", IdentityArgs.rotate(alice, from: alice.identityKey, to: newKey, nonce: 0),
                      from: alice.address)
        var publication = alicePublication
        publication.device = newKey.publicKey.rawRepresentation
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "bad signature")
        // The old identity key is no longer a device either.
        publication.device = alice.identityPublic
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: newKey),
                       from: alice.address, "unknown device")
        publication.device = newKey.publicKey.rawRepresentation
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: newKey), from: alice.address)
    }

    @Test func rejectsExpiredAndFarExpiries() throws {
        let h = try ContractHarness.withKeyBundle(maxLifetime: 30 * day)
        h.registerIdentity(alice)
        var publication = alicePublication
        for expiry in [now - 1, now] {
            publication.expiry = expiry
            h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                           from: alice.address, "prekey expired")
        }
        publication.expiry = now + 30 * day + 1
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "expiry too far")
        publication.expiry = UInt64.max
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "expiry too far")
        publication.expiry = now + 30 * day
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey), from: alice.address)
    }

    @Test func rejectsTooManyPrekeys() throws {
        let h = try ContractHarness.withKeyBundle(maxPrekeys: 8)
        h.registerIdentity(alice)
        var publication = alicePublication
        publication.prekeys = KeyBundleArgs.prekeys(9)
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "too many prekeys")
        publication.prekeys = KeyBundleArgs.prekeys(8)
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey), from: alice.address)
    }

    @Test(arguments: [(0, 0), (1, 2), (2, 1), (3, 0), (3, 2)] as [(UInt8, Int)])
    func rejectsReasonThatContradictsThePrekeys(reason: UInt8, prekeyCount: Int) throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        var publication = alicePublication
        publication.reason = reason
        publication.prekeys = KeyBundleArgs.prekeys(prekeyCount)
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "bad reason")
    }

    @Test func rejectsDuplicatePrekeys() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        var publication = alicePublication
        publication.prekeys.append(publication.prekeys[0])
        h.expectRevert(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey),
                       from: alice.address, "duplicate prekey")
    }

    @Test func rejectsMalformedPublication() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        let args = alicePublication.args(owner: alice.address, signer: alice.identityKey)
        h.expectRevert(keyBundle, "publish", Array(args.dropLast()), from: alice.address, "bad arguments")
        h.expectRevert(keyBundle, "publish", args + [0], from: alice.address, "bad arguments")
        h.expectRevert(keyBundle, "get", alice.address.bytes, from: alice.address, "bad arguments")
    }

    @Test func publishDropsBundlesOfDevicesNoLongerAuthorised() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)
        var publication = alicePublication
        publication.device = device
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey), from: alice.address)
        _ = h.succeed(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 1), from: alice.address)

        _ = h.succeed(keyBundle, "publish", alicePublication.args(owner: alice.address, signer: alice.identityKey),
                      from: alice.address)
        #expect(try h.bundle(alice.address, device) == nil)
        #expect(try h.bundleDevices(alice.address) == [alice.identityPublic])
    }

    // MARK: - claimPrekey

    @Test func claimsEachOneTimePrekeyOnce() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        _ = h.succeed(keyBundle, "publish", alicePublication.args(owner: alice.address, signer: alice.identityKey),
                      from: alice.address)

        var claimed: [[UInt8]] = []
        for _ in 0..<3 {
            let result = h.succeed(keyBundle, "claimPrekey", alice.address.bytes + alice.identityPublic, from: bob.address)
            let prekey = try #require(try decodeOptionalKey(result.returnData))
            #expect(result.events == [Event(
                contract: keyBundle,
                topics: [EventTopic.name("KeyBundle.Claimed"), EventTopic.address(alice.address), alice.identityPublic],
                data: prekey + bob.address.bytes)])
            claimed.append(prekey)
        }
        #expect(claimed == alicePublication.prekeys)

        let bundle = try #require(try h.bundle(alice.address, alice.identityPublic))
        #expect(bundle.oneTimePrekeys.isEmpty)
        #expect(bundle.noPrekeysReason == 1)

        // Exhausted: nothing to hand out, nothing changes.
        let before = h.stateDigest
        let result = h.succeed(keyBundle, "claimPrekey", alice.address.bytes + alice.identityPublic, from: bob.address)
        #expect(try decodeOptionalKey(result.returnData) == nil)
        #expect(result.events.isEmpty)
        #expect(h.stateDigest == before)
    }

    @Test func claimFromMissingBundleAnswersNothing() throws {
        let h = try ContractHarness.withKeyBundle()
        let before = h.stateDigest
        let result = h.succeed(keyBundle, "claimPrekey", alice.address.bytes + alice.identityPublic, from: bob.address)
        #expect(try decodeOptionalKey(result.returnData) == nil)
        #expect(h.stateDigest == before)
        h.expectRevert(keyBundle, "claimPrekey", alice.address.bytes, from: bob.address, "bad arguments")
    }

    // MARK: - remove, get, devices

    @Test func removesOwnBundle() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        _ = h.succeed(keyBundle, "publish", alicePublication.args(owner: alice.address, signer: alice.identityKey),
                      from: alice.address)
        // Only the owner's own bundles are in reach: Bob has none at this device.
        h.expectRevert(keyBundle, "remove", alice.identityPublic, from: bob.address, "no bundle")

        let result = h.succeed(keyBundle, "remove", alice.identityPublic, from: alice.address)
        #expect(result.events == [Event(
            contract: keyBundle,
            topics: [EventTopic.name("KeyBundle.Removed"), EventTopic.address(alice.address), alice.identityPublic],
            data: [])])
        #expect(try h.bundle(alice.address, alice.identityPublic) == nil)
        #expect(try h.bundleDevices(alice.address) == [])
        h.expectRevert(keyBundle, "remove", alice.identityPublic, from: alice.address, "no bundle")
    }

    @Test func getStillReturnsExpiredBundles() throws {
        let h = try ContractHarness.withKeyBundle()
        h.registerIdentity(alice)
        var publication = alicePublication
        publication.expiry = now + 60
        _ = h.succeed(keyBundle, "publish", publication.args(owner: alice.address, signer: alice.identityKey), from: alice.address)
        h.advance(blocks: 100, seconds: 5)
        #expect(try h.bundle(alice.address, alice.identityPublic)?.expiry == now + 60)
    }

    @Test func answersNothingForUnknownOwners() throws {
        let h = try ContractHarness.withKeyBundle()
        #expect(try h.bundle(bob.address, bob.identityPublic) == nil)
        #expect(try h.bundleDevices(bob.address) == [])
    }

    // MARK: - init

    @Test func rejectsBadConfiguration() throws {
        let h = try ContractHarness.withIdentity()
        let tooMany = KeyBundleArgs.initialize(identity: identity, maxPrekeys: 1025, maxLifetime: day)
        #expect(throws: VMError.constructorFailed(.reverted("bad config"))) {
            try h.install("KeyBundle", at: keyBundle, initArgs: tooMany)
        }
        let noLifetime = KeyBundleArgs.initialize(identity: identity, maxPrekeys: 8, maxLifetime: 0)
        #expect(throws: VMError.constructorFailed(.reverted("bad config"))) {
            try h.install("KeyBundle", at: keyBundle, initArgs: noLifetime)
        }
        #expect(throws: VMError.constructorFailed(.reverted("bad arguments"))) {
            try h.install("KeyBundle", at: keyBundle, initArgs: Array(noLifetime.dropLast()))
        }
    }

    @Test func configurationCannotBeChangedAfterDeploy() throws {
        // The VM runs init only as the constructor, so nobody can re-point KeyBundle at another Identity.
        let h = try ContractHarness.withKeyBundle()
        let before = h.stateDigest
        let args = KeyBundleArgs.initialize(identity: bob.address, maxPrekeys: 1, maxLifetime: 1)
        let result = h.call(keyBundle, "init", args, from: bob.address)
        #expect(result.status != .success)
        #expect(h.stateDigest == before)
    }

    private func decodeOptionalKey(_ bytes: [UInt8]) throws -> [UInt8]? {
        var reader = CanonicalReader(bytes)
        let key = try reader.readOptional { try $0.readFixed(count: 32) }
        try reader.finish()
        return key
    }
}
