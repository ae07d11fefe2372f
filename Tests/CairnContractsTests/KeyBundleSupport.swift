import CairnCodec
import CairnCrypto
import CairnVM
import Testing

// Test support for the KeyBundle suite: install, argument encodings and the decoded Bundle.

extension ContractHarness {
    /// Identity and KeyBundle at their SYSTEM.md addresses, KeyBundle pointed at Identity.
    static func withKeyBundle(maxPrekeys: UInt32 = 8, maxLifetime: UInt64 = 30 * 86_400) throws -> ContractHarness {
        let harness = try withIdentity()
        try harness.install("KeyBundle", at: keyBundleAddress, initArgs: KeyBundleArgs.initialize(
            identity: identityAddress, maxPrekeys: maxPrekeys, maxLifetime: maxLifetime))
        return harness
    }

    /// KeyBundle.get through the VM.
    func bundle(_ owner: Address, _ device: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> BundleValue? {
        let result = succeed(Self.keyBundleAddress, "get", owner.bytes + device, from: owner, sourceLocation: sourceLocation)
        var reader = CanonicalReader(result.returnData)
        let bundle = try reader.readOptional { try BundleValue(from: &$0) }
        try reader.finish()
        return bundle
    }

    /// KeyBundle.devices through the VM.
    func bundleDevices(_ owner: Address, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[UInt8]] {
        let result = succeed(Self.keyBundleAddress, "devices", owner.bytes, from: owner, sourceLocation: sourceLocation)
        var reader = CanonicalReader(result.returnData)
        let devices = try reader.readArray(maxCount: 64) { try $0.readFixed(count: 32) }
        try reader.finish()
        return devices
    }
}

/// What a device publishes, with the fields a test varies.
struct PrekeyPublication {
    var device: [UInt8]
    var signedPrekey: [UInt8]
    var expiry: UInt64
    var prekeys: [[UInt8]]
    var reason: UInt8

    /// Publication args, the signed prekey signed by `signer` over the SYSTEM.md message for `owner`.
    func args(owner: Address, signer: Ed25519.PrivateKey) -> [UInt8] {
        let message = IdentityMessage.signedPrekey(owner: owner, device: device, signedPrekey: signedPrekey, expiry: expiry)
        return args(signature: signer.signature(for: message))
    }

    func args(signature: [UInt8]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(device)
        writer.writeFixed(signedPrekey)
        writer.writeFixed(signature)
        writer.writeUInt64(expiry)
        writer.writeArray(prekeys) { $0.writeFixed($1) }
        writer.writeUInt8(reason)
        return writer.bytes
    }
}

/// Canonical argument encodings of the KeyBundle methods.
enum KeyBundleArgs {
    static func initialize(identity: Address, maxPrekeys: UInt32, maxLifetime: UInt64) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(identity.bytes)
        writer.writeUInt32(maxPrekeys)
        writer.writeUInt64(maxLifetime)
        return writer.bytes
    }

    /// Distinct 32-byte stand-ins for X25519 public keys; the contract treats them as opaque.
    static func prekeys(_ count: Int, tag: UInt8 = 0xa0) -> [[UInt8]] {
        (0..<count).map { [tag, UInt8($0)] + [UInt8](repeating: 0x5c, count: 30) }
    }
}

/// KeyBundle's `Bundle` (Contracts/KeyBundle/README.md), decoded by the tests.
struct BundleValue: Equatable {
    var owner: Address
    var device: [UInt8]
    var signedPrekey: [UInt8]
    var prekeySignature: [UInt8]
    var expiry: UInt64
    var publishedAt: UInt64
    var oneTimePrekeys: [[UInt8]]
    var noPrekeysReason: UInt8

    init(from reader: inout CanonicalReader) throws {
        owner = try Address(bytes: reader.readFixed(count: 20))
        device = try reader.readFixed(count: 32)
        signedPrekey = try reader.readFixed(count: 32)
        prekeySignature = try reader.readFixed(count: 64)
        expiry = try reader.readUInt64()
        publishedAt = try reader.readUInt64()
        oneTimePrekeys = try reader.readArray(maxCount: 1024) { try $0.readFixed(count: 32) }
        noPrekeysReason = try reader.readUInt8()
    }
}
