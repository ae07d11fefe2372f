import CairnCodec
import CairnCrypto
import CairnVM
import Testing

/// The Identity contract (Contracts/Identity), run from its committed .wasm in the real VM.
@Suite("Identity contract")
struct IdentityTests {
    let identity = ContractHarness.identityAddress
    let alice = IdentityUser(1)
    let bob = IdentityUser(2)
    let mallory = IdentityUser(3)

    // MARK: - register

    @Test func registersCallerWithHandle() throws {
        let h = try ContractHarness.withIdentity()
        h.advance(blocks: 4)
        let result = h.succeed(identity, "register", IdentityArgs.register(alice, handle: "alice"), from: alice.address)

        let record = try #require(try h.identityRecord(alice.address))
        #expect(record == IdentityRecordValue(
            owner: alice.address, identityKey: alice.identityPublic, handle: Array("alice".utf8), nonce: 0,
            registeredAt: 5, devices: []))
        #expect(try h.resolveHandle(Array("alice".utf8)) == alice.address)

        var data = CanonicalWriter()
        data.writeFixed(alice.identityPublic)
        data.writeString("alice")
        #expect(result.events == [Event(
            contract: identity, topics: [EventTopic.name("Identity.Registered"), EventTopic.address(alice.address)],
            data: data.bytes)])
    }

    @Test func registersWithoutHandle() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let record = try #require(try h.identityRecord(alice.address))
        #expect(record.handle.isEmpty)
        #expect(try h.resolveHandle([]) == nil)
        // A second identity without a handle does not collide with the first.
        h.registerIdentity(bob)
        #expect(try h.identityRecord(bob.address)?.owner == bob.address)
    }

    @Test func acceptsHandlesAtTheEdgesOfTheSyntax() throws {
        let h = try ContractHarness.withIdentity()
        let longest = "z" + String(repeating: "9_-", count: 10) + "a"
        #expect(longest.utf8.count == 32)
        h.registerIdentity(alice, handle: "a")
        h.registerIdentity(bob, handle: longest)
        #expect(try h.resolveHandle(Array("a".utf8)) == alice.address)
        #expect(try h.resolveHandle(Array(longest.utf8)) == bob.address)
    }

    @Test func rejectsSecondRegistration() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice, handle: "alice")
        h.expectRevert(identity, "register", IdentityArgs.register(alice, handle: "other"), from: alice.address,
                       "already registered")
    }

    @Test func rejectsTakenHandle() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice, handle: "alice")
        h.expectRevert(identity, "register", IdentityArgs.register(bob, handle: "alice"), from: bob.address, "handle taken")
    }

    @Test(arguments: ["Alice", "1alice", "_alice", "-alice", "al ice", "al.ice", "alicé", "al\u{0}ice",
                      String(repeating: "a", count: 33)])
    func rejectsBadHandle(_ handle: String) throws {
        let h = try ContractHarness.withIdentity()
        h.expectRevert(identity, "register", IdentityArgs.register(alice, handle: handle), from: alice.address, "bad handle")
        #expect(try h.resolveHandle(Array(handle.utf8)) == nil)
    }

    @Test func rejectsPossessionProofByAnotherKey() throws {
        let h = try ContractHarness.withIdentity()
        let message = IdentityMessage.register(owner: alice.address, identityKey: alice.identityPublic)
        let args = IdentityArgs.register(key: alice.identityPublic, handle: "", signature: bob.identityKey.signature(for: message))
        h.expectRevert(identity, "register", args, from: alice.address, "bad signature")
    }

    @Test func rejectsPossessionProofMadeForAnotherAccount() throws {
        // Bob's proof names Bob's address; Mallory cannot claim Bob's identity key with it.
        let h = try ContractHarness.withIdentity()
        h.expectRevert(identity, "register", IdentityArgs.register(bob, handle: ""), from: mallory.address, "bad signature")
    }

    @Test func rejectsPossessionProofForAnotherChain() throws {
        let h = try ContractHarness.withIdentity()
        let message = IdentityMessage.register(owner: alice.address, identityKey: alice.identityPublic, chainID: 1)
        let args = IdentityArgs.register(key: alice.identityPublic, handle: "", signature: alice.identityKey.signature(for: message))
        h.expectRevert(identity, "register", args, from: alice.address, "bad signature")
    }

    @Test func rejectsMalformedArguments() throws {
        let h = try ContractHarness.withIdentity()
        let valid = IdentityArgs.register(alice, handle: "")
        // identityKey (32) ‖ handle length 0x00 ‖ signature (64)
        let nonMinimalLength = Array(valid[0..<32]) + [0x80, 0x00] + Array(valid[33...])
        for args in [Array(valid.dropLast()), valid + [0], nonMinimalLength, []] {
            h.expectRevert(identity, "register", args, from: alice.address, "bad arguments")
        }
        h.expectRevert(identity, "get", Array(alice.address.bytes.dropLast()), from: alice.address, "bad arguments")
        h.expectRevert(identity, "resolve", [0x05, 0x61], from: alice.address, "bad arguments")
    }

    // MARK: - registerFor

    @Test func registersForAWalletThatSignedWithPersonalSign() throws {
        let h = try ContractHarness.withIdentity()
        let args = walletRegistration(alice, handle: "alice", wallet: alice.wallet)
        let result = h.succeed(identity, "registerFor", args, from: bob.address)

        let record = try #require(try h.identityRecord(alice.address))
        #expect(record.owner == alice.address)
        #expect(record.identityKey == alice.identityPublic)
        #expect(try h.resolveHandle(Array("alice".utf8)) == alice.address)
        #expect(try h.identityRecord(bob.address) == nil)
        #expect(result.events.first?.topics == [EventTopic.name("Identity.Registered"), EventTopic.address(alice.address)])
    }

    @Test func registersForWithoutHandle() throws {
        let h = try ContractHarness.withIdentity()
        _ = h.succeed(identity, "registerFor", walletRegistration(alice, handle: "", wallet: alice.wallet), from: bob.address)
        #expect(try h.identityRecord(alice.address)?.handle == [])
    }

    @Test func rejectsWalletSignatureByAnotherKey() throws {
        let h = try ContractHarness.withIdentity()
        h.expectRevert(identity, "registerFor", walletRegistration(alice, handle: "alice", wallet: mallory.wallet),
                       from: mallory.address, "bad wallet signature")
    }

    @Test func rejectsWalletSignatureOverOtherText() throws {
        let h = try ContractHarness.withIdentity()
        let signedText = IdentityMessage.walletText(owner: alice.address, identityKey: alice.identityPublic, handle: "alice")
        let args = IdentityArgs.registerFor(
            owner: alice.address, key: alice.identityPublic, handle: "alicia",
            keySignature: aliceProof(signedBy: alice.identityKey), walletSignature: PersonalMessage.sign(Array(signedText.utf8), with: alice.wallet))
        h.expectRevert(identity, "registerFor", args, from: bob.address, "bad wallet signature")
    }

    @Test func registerForChecksLikeRegister() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(bob, handle: "bob")
        h.expectRevert(identity, "registerFor", walletRegistration(alice, handle: "bob", wallet: alice.wallet),
                       from: bob.address, "handle taken")
        h.expectRevert(identity, "registerFor", walletRegistration(alice, handle: "Bob", wallet: alice.wallet),
                       from: bob.address, "bad handle")
        let forged = IdentityArgs.registerFor(
            owner: alice.address, key: alice.identityPublic, handle: "",
            keySignature: aliceProof(signedBy: mallory.identityKey), walletSignature: walletSignature(alice, handle: ""))
        h.expectRevert(identity, "registerFor", forged, from: bob.address, "bad signature")

        let args = walletRegistration(alice, handle: "", wallet: alice.wallet)
        _ = h.succeed(identity, "registerFor", args, from: bob.address)
        h.expectRevert(identity, "registerFor", args, from: bob.address, "already registered")
    }

    // MARK: - addDevice

    @Test func addsDeviceSignedByIdentityKey() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        h.advance(blocks: 2)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        let result = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)

        let record = try #require(try h.identityRecord(alice.address))
        #expect(record.devices == [IdentityDeviceValue(key: device, addedAt: 3, revokedAt: 0)])
        #expect(record.nonce == 1)
        #expect(result.events == [Event(
            contract: identity, topics: [EventTopic.name("Identity.DeviceAdded"), EventTopic.address(alice.address)],
            data: device + IdentityMessage.bigEndian(1))])
    }

    @Test func rejectsAddDeviceWhenNotRegistered() throws {
        let h = try ContractHarness.withIdentity()
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        h.expectRevert(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address,
                       "not registered")
    }

    @Test func rejectsAddDeviceSignedByAnotherKey() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let deviceKey = alice.deviceKey(0)
        let args = IdentityArgs.addDevice(alice, device: deviceKey.publicKey.rawRepresentation, nonce: 0, signer: deviceKey)
        h.expectRevert(identity, "addDevice", args, from: alice.address, "bad signature")
    }

    @Test func rejectsAddDeviceSignatureReplayedAfterNonceChanged() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let first = alice.deviceKey(0).publicKey.rawRepresentation
        let second = alice.deviceKey(1).publicKey.rawRepresentation
        let signedAtNonceZero = IdentityArgs.addDevice(alice, device: second, nonce: 0)
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: first, nonce: 0), from: alice.address)
        h.expectRevert(identity, "addDevice", signedAtNonceZero, from: alice.address, "bad signature")
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: second, nonce: 1), from: alice.address)
    }

    @Test func nobodyButTheOwnerChangesAnIdentity() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        h.registerIdentity(mallory)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        // Alice's valid signature, submitted by someone else: it names Alice, so it acts on no one else.
        let alicesArgs = IdentityArgs.addDevice(alice, device: device, nonce: 0)
        h.expectRevert(identity, "addDevice", alicesArgs, from: mallory.address, "bad signature")
        h.expectRevert(identity, "addDevice", alicesArgs, from: bob.address, "not registered")
        // Mallory's own identity key signing for Alice's address does not help either.
        let forged = IdentityArgs.addDevice(alice, device: device, nonce: 0, signer: mallory.identityKey)
        h.expectRevert(identity, "addDevice", forged, from: mallory.address, "bad signature")
        h.expectRevert(identity, "rotateKey", IdentityArgs.rotate(alice, from: alice.identityKey, to: alice.deviceKey(1), nonce: 0),
                       from: mallory.address, "bad signature")
        #expect(try h.identityRecord(alice.address)?.devices == [])
    }

    @Test func rejectsExistingDevice() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)
        h.expectRevert(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 1), from: alice.address,
                       "device exists")
        h.expectRevert(identity, "addDevice", IdentityArgs.addDevice(alice, device: alice.identityPublic, nonce: 1),
                       from: alice.address, "device exists")
    }

    @Test func rejectsSeventeenthActiveDevice() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        for index in 0..<16 {
            let device = alice.deviceKey(UInt8(index)).publicKey.rawRepresentation
            _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: UInt64(index)),
                          from: alice.address)
        }
        let extra = alice.deviceKey(16).publicKey.rawRepresentation
        h.expectRevert(identity, "addDevice", IdentityArgs.addDevice(alice, device: extra, nonce: 16), from: alice.address,
                       "too many devices")
        // Revoking one makes room.
        let first = alice.deviceKey(0).publicKey.rawRepresentation
        _ = h.succeed(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: first, nonce: 16), from: alice.address)
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: extra, nonce: 17), from: alice.address)
        #expect(try h.identityRecord(alice.address)?.devices.filter { $0.revokedAt == 0 }.count == 16)
    }

    @Test func keepsAtMostSixtyFourDeviceEntries() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        var nonce: UInt64 = 0
        for index in 0..<64 {
            let device = alice.deviceKey(UInt8(index)).publicKey.rawRepresentation
            _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: nonce), from: alice.address)
            _ = h.succeed(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: nonce + 1),
                          from: alice.address)
            nonce += 2
        }
        let newest = alice.deviceKey(64).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: newest, nonce: nonce), from: alice.address)

        let devices = try #require(try h.identityRecord(alice.address)).devices
        #expect(devices.count == 64)
        #expect(devices.first?.key == alice.deviceKey(1).publicKey.rawRepresentation)
        #expect(devices.last == IdentityDeviceValue(key: newest, addedAt: 1, revokedAt: 0))
    }

    // MARK: - revokeDevice

    @Test func revokesDevice() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)
        h.advance(blocks: 6)
        let result = h.succeed(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 1),
                               from: alice.address)

        let record = try #require(try h.identityRecord(alice.address))
        #expect(record.devices == [IdentityDeviceValue(key: device, addedAt: 1, revokedAt: 7)])
        #expect(record.nonce == 2)
        #expect(result.events == [Event(
            contract: identity, topics: [EventTopic.name("Identity.DeviceRevoked"), EventTopic.address(alice.address)],
            data: device + IdentityMessage.bigEndian(2))])
    }

    @Test func rejectsRevokingUnknownOrRevokedDevice() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        h.expectRevert(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 0),
                       from: alice.address, "unknown device")
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)
        _ = h.succeed(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 1), from: alice.address)
        h.expectRevert(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 2),
                       from: alice.address, "unknown device")
        // The identity key is not a device entry and cannot be revoked.
        h.expectRevert(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: alice.identityPublic, nonce: 2),
                       from: alice.address, "unknown device")
        // A revoked key stays out.
        h.expectRevert(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 2), from: alice.address,
                       "device exists")
    }

    @Test func rejectsRevokeWithBadOrReplayedSignature() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        let other = alice.deviceKey(1).publicKey.rawRepresentation
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 0), from: alice.address)
        let signedAtNonceOne = IdentityArgs.revokeDevice(alice, device: device, nonce: 1)
        h.expectRevert(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 1, signer: alice.deviceKey(0)),
                       from: alice.address, "bad signature")
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: other, nonce: 1), from: alice.address)
        h.expectRevert(identity, "revokeDevice", signedAtNonceOne, from: alice.address, "bad signature")
        h.expectRevert(identity, "revokeDevice", IdentityArgs.revokeDevice(alice, device: device, nonce: 2), from: bob.address,
                       "not registered")
    }

    // MARK: - rotateKey

    @Test func rotatesIdentityKey() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice, handle: "alice")
        let newKey = alice.deviceKey(9)
        let result = h.succeed(identity, "rotateKey", IdentityArgs.rotate(alice, from: alice.identityKey, to: newKey, nonce: 0),
                               from: alice.address)

        let record = try #require(try h.identityRecord(alice.address))
        #expect(record.identityKey == newKey.publicKey.rawRepresentation)
        #expect(record.nonce == 1)
        #expect(record.handle == Array("alice".utf8))
        #expect(result.events == [Event(
            contract: identity, topics: [EventTopic.name("Identity.KeyRotated"), EventTopic.address(alice.address)],
            data: alice.identityPublic + newKey.publicKey.rawRepresentation + IdentityMessage.bigEndian(1))])

        // The old key no longer authorises anything; the new one does.
        let device = alice.deviceKey(0).publicKey.rawRepresentation
        h.expectRevert(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 1), from: alice.address,
                       "bad signature")
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device, nonce: 1, signer: newKey),
                      from: alice.address)
    }

    @Test func rejectsRotationWithoutBothSignatures() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let newKey = alice.deviceKey(9)
        let message = IdentityMessage.rotate(owner: alice.address, newKey: newKey.publicKey.rawRepresentation, nonce: 0)
        let oldSignature = alice.identityKey.signature(for: message)
        let newSignature = newKey.signature(for: message)
        let raw = newKey.publicKey.rawRepresentation
        h.expectRevert(identity, "rotateKey", raw + oldSignature + bob.identityKey.signature(for: message),
                       from: alice.address, "bad signature")
        h.expectRevert(identity, "rotateKey", raw + newSignature + newSignature, from: alice.address, "bad signature")
        h.expectRevert(identity, "rotateKey", raw + oldSignature + newSignature, from: bob.address, "not registered")
    }

    @Test func rejectsReplayedRotation() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let second = alice.deviceKey(8)
        let third = alice.deviceKey(9)
        let staleToThird = IdentityArgs.rotate(alice, from: alice.identityKey, to: third, nonce: 0)
        _ = h.succeed(identity, "rotateKey", IdentityArgs.rotate(alice, from: alice.identityKey, to: second, nonce: 0),
                      from: alice.address)
        h.expectRevert(identity, "rotateKey", staleToThird, from: alice.address, "bad signature")
        // Even re-signed by the current key, a signature over the old nonce is refused.
        h.expectRevert(identity, "rotateKey", IdentityArgs.rotate(alice, from: second, to: third, nonce: 0),
                       from: alice.address, "bad signature")
        _ = h.succeed(identity, "rotateKey", IdentityArgs.rotate(alice, from: second, to: third, nonce: 1), from: alice.address)
    }

    @Test func rejectsRotationToAKeyInUse() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice)
        let device = alice.deviceKey(0)
        _ = h.succeed(identity, "addDevice", IdentityArgs.addDevice(alice, device: device.publicKey.rawRepresentation, nonce: 0),
                      from: alice.address)
        h.expectRevert(identity, "rotateKey", IdentityArgs.rotate(alice, from: alice.identityKey, to: device, nonce: 1),
                       from: alice.address, "key in use")
        h.expectRevert(identity, "rotateKey", IdentityArgs.rotate(alice, from: alice.identityKey, to: alice.identityKey, nonce: 1),
                       from: alice.address, "key in use")
    }

    // MARK: - get and resolve

    @Test func answersNothingForUnknownOwnersAndHandles() throws {
        let h = try ContractHarness.withIdentity()
        h.registerIdentity(alice, handle: "alice")
        #expect(try h.identityRecord(bob.address) == nil)
        #expect(try h.resolveHandle(Array("bob".utf8)) == nil)
        #expect(try h.resolveHandle(Array("Alice".utf8)) == nil)
        #expect(try h.resolveHandle(Array(String(repeating: "a", count: 40).utf8)) == nil)
    }

    // MARK: - Helpers

    /// A register possession proof for Alice's address and identity key, signed by `key`.
    private func aliceProof(signedBy key: Ed25519.PrivateKey) -> [UInt8] {
        key.signature(for: IdentityMessage.register(owner: alice.address, identityKey: alice.identityPublic))
    }

    private func walletSignature(_ user: IdentityUser, handle: String, wallet: Secp256k1.PrivateKey? = nil) -> [UInt8] {
        let text = IdentityMessage.walletText(owner: user.address, identityKey: user.identityPublic, handle: handle)
        return PersonalMessage.sign(Array(text.utf8), with: wallet ?? user.wallet)
    }

    /// registerFor arguments for `user` with a valid key proof and a wallet signature by `wallet`.
    private func walletRegistration(_ user: IdentityUser, handle: String, wallet: Secp256k1.PrivateKey) -> [UInt8] {
        let keyProof = user.identityKey.signature(
            for: IdentityMessage.register(owner: user.address, identityKey: user.identityPublic))
        return IdentityArgs.registerFor(
            owner: user.address, key: user.identityPublic, handle: handle, keySignature: keyProof,
            walletSignature: walletSignature(user, handle: handle, wallet: wallet))
    }
}
