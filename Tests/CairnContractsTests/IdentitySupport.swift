import CairnCodec
import CairnCrypto
import CairnVM
import Testing

// Test support for the Identity and KeyBundle suites. The signed messages are rebuilt here from
// Contracts/SYSTEM.md, independently of the contracts, so a contract that signs the wrong bytes fails.

extension ContractHarness {
    static let identityAddress = try! Address("0x0000000000000000000000000000000000001001")
    static let keyBundleAddress = try! Address("0x0000000000000000000000000000000000001002")

    /// A harness with Identity installed at its SYSTEM.md address.
    static func withIdentity() throws -> ContractHarness {
        let harness = ContractHarness()
        try harness.install("Identity", at: identityAddress)
        return harness
    }

    /// Calls `method` and requires success, returning the call's return data.
    func succeed(
        _ contract: Address, _ method: String, _ args: [UInt8], from: Address,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> CallResult {
        let result = call(contract, method, args, from: from)
        #expect(result.status == .success, "\(method): \(result.status)", sourceLocation: sourceLocation)
        return result
    }

    /// Calls `method`, requires a revert with exactly `reason`, and requires the state to be untouched.
    func expectRevert(
        _ contract: Address, _ method: String, _ args: [UInt8], from: Address, _ reason: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let before = stateDigest
        let result = call(contract, method, args, from: from)
        #expect(result.status == .reverted(reason), "\(method)", sourceLocation: sourceLocation)
        #expect(result.events.isEmpty, sourceLocation: sourceLocation)
        #expect(stateDigest == before, "\(method) changed the state", sourceLocation: sourceLocation)
    }
}

/// A person as the contracts see them: an Ethereum-shaped wallet and an Ed25519 identity key.
struct IdentityUser {
    let seed: UInt8
    let wallet: Secp256k1.PrivateKey
    let identityKey: Ed25519.PrivateKey

    /// Deterministic keys from a one-byte seed, so failures replay exactly.
    init(_ seed: UInt8) {
        self.seed = seed
        wallet = try! Secp256k1.PrivateKey(rawRepresentation: [UInt8](repeating: seed, count: 31) + [1])
        identityKey = IdentityUser.edKey(seed, 0)
    }

    var address: Address { wallet.publicKey.address }
    var identityPublic: [UInt8] { identityKey.publicKey.rawRepresentation }

    /// Another Ed25519 key of this user (a device or a rotation target), numbered by `index`.
    func deviceKey(_ index: UInt8) -> Ed25519.PrivateKey { IdentityUser.edKey(seed, index &+ 1) }

    static func edKey(_ seed: UInt8, _ index: UInt8) -> Ed25519.PrivateKey {
        try! Ed25519.PrivateKey(seed: [UInt8](repeating: seed, count: 30) + [index, 7])
    }
}

/// The byte strings of SYSTEM.md's "Signed messages", for chain 31337 unless told otherwise.
enum IdentityMessage {
    static let chainID: UInt64 = 31337

    static func register(owner: Address, identityKey: [UInt8], chainID: UInt64 = chainID) -> [UInt8] {
        Array("cairn/identity/register/v1".utf8) + bigEndian(chainID) + owner.bytes + identityKey
    }

    static func addDevice(owner: Address, deviceKey: [UInt8], nonce: UInt64) -> [UInt8] {
        Array("cairn/identity/add-device/v1".utf8) + bigEndian(chainID) + owner.bytes + deviceKey + bigEndian(nonce)
    }

    static func revokeDevice(owner: Address, deviceKey: [UInt8], nonce: UInt64) -> [UInt8] {
        Array("cairn/identity/revoke-device/v1".utf8) + bigEndian(chainID) + owner.bytes + deviceKey + bigEndian(nonce)
    }

    static func rotate(owner: Address, newKey: [UInt8], nonce: UInt64) -> [UInt8] {
        Array("cairn/identity/rotate/v1".utf8) + bigEndian(chainID) + owner.bytes + newKey + bigEndian(nonce)
    }

    static func signedPrekey(owner: Address, device: [UInt8], signedPrekey: [UInt8], expiry: UInt64) -> [UInt8] {
        Array("cairn/keybundle/spk/v1".utf8) + bigEndian(chainID) + owner.bytes + device + signedPrekey + bigEndian(expiry)
    }

    /// The text a wallet signs with personal_sign for registerFor.
    static func walletText(owner: Address, identityKey: [UInt8], handle: String) -> String {
        [
            "Cairn identity registration",
            "chain: \(chainID)",
            "address: 0x\(Hex.encode(owner.bytes))",
            "identity key: 0x\(Hex.encode(identityKey))",
            "handle: \(handle)",
        ].joined(separator: "\n")
    }

    static func bigEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * UInt64($0))) }
    }
}

/// Canonical argument encodings of the Identity methods.
enum IdentityArgs {
    static func register(key: [UInt8], handle: String, signature: [UInt8]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(key)
        writer.writeString(handle)
        writer.writeFixed(signature)
        return writer.bytes
    }

    /// register for `user` with its own valid possession proof.
    static func register(_ user: IdentityUser, handle: String) -> [UInt8] {
        let message = IdentityMessage.register(owner: user.address, identityKey: user.identityPublic)
        return register(key: user.identityPublic, handle: handle, signature: user.identityKey.signature(for: message))
    }

    static func registerFor(
        owner: Address, key: [UInt8], handle: String, keySignature: [UInt8], walletSignature: [UInt8]
    ) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(owner.bytes)
        writer.writeFixed(key)
        writer.writeString(handle)
        writer.writeFixed(keySignature)
        writer.writeFixed(walletSignature)
        return writer.bytes
    }

    static func keyAndSignature(_ key: [UInt8], _ signature: [UInt8]) -> [UInt8] { key + signature }

    static func addDevice(_ user: IdentityUser, device: [UInt8], nonce: UInt64, signer: Ed25519.PrivateKey? = nil) -> [UInt8] {
        let message = IdentityMessage.addDevice(owner: user.address, deviceKey: device, nonce: nonce)
        return device + (signer ?? user.identityKey).signature(for: message)
    }

    static func revokeDevice(_ user: IdentityUser, device: [UInt8], nonce: UInt64, signer: Ed25519.PrivateKey? = nil) -> [UInt8] {
        let message = IdentityMessage.revokeDevice(owner: user.address, deviceKey: device, nonce: nonce)
        return device + (signer ?? user.identityKey).signature(for: message)
    }

    static func rotate(
        _ user: IdentityUser, from old: Ed25519.PrivateKey, to new: Ed25519.PrivateKey, nonce: UInt64
    ) -> [UInt8] {
        let newKey = new.publicKey.rawRepresentation
        let message = IdentityMessage.rotate(owner: user.address, newKey: newKey, nonce: nonce)
        return newKey + old.signature(for: message) + new.signature(for: message)
    }
}

/// Identity's `Device`, decoded by the tests.
struct IdentityDeviceValue: Equatable {
    var key: [UInt8]
    var addedAt: UInt64
    var revokedAt: UInt64
}

/// Identity's `IdentityRecord` (Contracts/Identity/README.md), decoded by the tests.
struct IdentityRecordValue: Equatable {
    var owner: Address
    var identityKey: [UInt8]
    var handle: [UInt8]
    var nonce: UInt64
    var registeredAt: UInt64
    var devices: [IdentityDeviceValue]
}

extension IdentityRecordValue: CanonicalDecodable {
    init(from reader: inout CanonicalReader) throws {
        owner = try Address(bytes: reader.readFixed(count: 20))
        identityKey = try reader.readFixed(count: 32)
        handle = try reader.readBytes(maxLength: 32)
        nonce = try reader.readUInt64()
        registeredAt = try reader.readUInt64()
        devices = try reader.readArray(maxCount: 64) { device in
            IdentityDeviceValue(
                key: try device.readFixed(count: 32), addedAt: try device.readUInt64(), revokedAt: try device.readUInt64())
        }
    }
}

extension ContractHarness {
    /// Identity.get through the VM.
    func identityRecord(_ owner: Address, sourceLocation: SourceLocation = #_sourceLocation) throws -> IdentityRecordValue? {
        let result = succeed(Self.identityAddress, "get", owner.bytes, from: owner, sourceLocation: sourceLocation)
        var reader = CanonicalReader(result.returnData)
        let record = try reader.readOptional { try IdentityRecordValue(from: &$0) }
        try reader.finish()
        return record
    }

    /// Identity.resolve through the VM.
    func resolveHandle(_ handle: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> Address? {
        var writer = CanonicalWriter()
        writer.writeBytes(handle)
        let result = succeed(Self.identityAddress, "resolve", writer.bytes, from: SystemAddress.system, sourceLocation: sourceLocation)
        var reader = CanonicalReader(result.returnData)
        let owner = try reader.readOptional { try Address(bytes: $0.readFixed(count: 20)) }
        try reader.finish()
        return owner
    }

    /// Registers `user` (caller pays) and requires success.
    func registerIdentity(_ user: IdentityUser, handle: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        _ = succeed(Self.identityAddress, "register", IdentityArgs.register(user, handle: handle), from: user.address,
                    sourceLocation: sourceLocation)
    }
}

/// Topic 0 of an event and an address as a topic (ABI.md, "Events").
enum EventTopic {
    static func name(_ name: String) -> [UInt8] { Keccak256.hash(Array(name.utf8)) }
    static func address(_ address: Address) -> [UInt8] { [UInt8](repeating: 0, count: 12) + address.bytes }
}
