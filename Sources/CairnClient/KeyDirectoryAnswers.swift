import CairnConsensus
import CairnCrypto
import CairnRPC
import CairnState

/// What is wrong with a gateway's identity or key bundle answer.
public enum KeyDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The answer is about another account than asked.
    case wrongOwner(String)
    /// The header, commit, validator set or a state proof does not hold.
    case attestation(StateAttestationError)
    case stale(height: UInt64, required: UInt64)
    /// A slot the check needs is not proved (the record, the device list, an authorised device's bundle).
    case notProven(String)
    /// A proved value is not what its slot should hold.
    case badRecord(String)

    public var description: String {
        switch self {
        case let .wrongOwner(detail): "the answer is about another account: \(detail)"
        case let .attestation(error): "\(error)"
        case let .stale(height, required): "the answer is proved at block \(height), older than block \(required) already seen"
        case let .notProven(what): "\(what) is not proved"
        case let .badRecord(detail): "a proved record is wrong: \(detail)"
        }
    }
}

/// `GET /v1/identities/{address}`: the account's Identity record slot, proved (present or absent).
///
/// JSON: `{"address": "0x…", "attestation": StateAttestation}`.
public struct IdentityAnswer: Hashable, Sendable {
    public var owner: Address
    public var attestation: StateAttestation

    public init(owner: Address, attestation: StateAttestation) {
        self.owner = owner
        self.attestation = attestation
    }

    public var json: JSONValue { ["address": .string(owner.checksummed), "attestation": attestation.json] }

    public init(json: JSONValue) throws(WireFormatError) {
        guard let text = json["address"]?.string, let owner = try? Address(text) else { throw .malformed("'address' is not an address") }
        guard let attestation = json["attestation"] else { throw .malformed("'attestation' is missing") }
        self.init(owner: owner, attestation: try StateAttestation(json: attestation))
    }

    /// The identity of `owner` (nil: proved unregistered) at the attested block. Parameters as for
    /// `InboxVerifier.verify`.
    public func verify(
        owner expected: Address, chainID: UInt64, layout: KeyDirectoryLayout, trustedValidators: ValidatorSet? = nil,
        genesisHash: [UInt8]? = nil, notBefore: UInt64 = 0
    ) throws(KeyDirectoryError) -> (height: UInt64, record: IdentityRecord?) {
        guard owner == expected else { throw .wrongOwner("\(owner)") }
        let state = try KeyDirectoryCheck.state(attestation, chainID, trustedValidators, genesisHash, notBefore)
        return (state.height, try KeyDirectoryCheck.identity(state, owner: owner, layout: layout))
    }
}

/// `GET /v1/keybundles/{address}`: what a sender needs to reach every device of an account, proved at one
/// block: the Identity record (which keys are authorised), KeyBundle's device list for the owner, and
/// the bundle slot of every listed or authorised device (present or proved absent).
///
/// JSON: `{"address": "0x…", "attestation": StateAttestation}`.
public struct KeyBundleAnswer: Hashable, Sendable {
    public var owner: Address
    public var attestation: StateAttestation

    public init(owner: Address, attestation: StateAttestation) {
        self.owner = owner
        self.attestation = attestation
    }

    public var json: JSONValue { ["address": .string(owner.checksummed), "attestation": attestation.json] }

    public init(json: JSONValue) throws(WireFormatError) {
        let identity = try IdentityAnswer(json: json)
        self.init(owner: identity.owner, attestation: identity.attestation)
    }

    /// The bundles of `owner`'s authorised keys at the attested block; every authorised key's slot must be
    /// proved, so a gateway cannot hide a device. Parameters as for `InboxVerifier.verify`.
    public func verify(
        owner expected: Address, chainID: UInt64, layout: KeyDirectoryLayout, trustedValidators: ValidatorSet? = nil,
        genesisHash: [UInt8]? = nil, notBefore: UInt64 = 0
    ) throws(KeyDirectoryError) -> VerifiedKeyBundles {
        guard owner == expected else { throw .wrongOwner("\(owner)") }
        let state = try KeyDirectoryCheck.state(attestation, chainID, trustedValidators, genesisHash, notBefore)
        let identity = try KeyDirectoryCheck.identity(state, owner: owner, layout: layout)
        let listKey = layout.bundleDevices(owner)
        guard state.proves(listKey) else { throw .notProven("the owner's device list") }
        guard let listed = try? KeyDirectoryLayout.devices(state.value(listKey)) else { throw .badRecord("the device list does not decode") }
        func bundle(_ device: [UInt8]) throws(KeyDirectoryError) -> PublishedBundle? {
            let key = layout.bundle(owner, device)
            guard state.proves(key) else { throw .notProven("the bundle of device 0x\(Hex.encode(device))") }
            guard let value = try? state.value(key) else { return nil }
            guard let bundle = try? PublishedBundle(canonical: value), bundle.owner == owner, bundle.device == device else {
                throw .badRecord("the bundle of device 0x\(Hex.encode(device))")
            }
            return bundle
        }
        let authorised = identity?.authorisedKeys ?? []
        var bundles: [VerifiedKeyBundles.DeviceBundle] = []
        for device in authorised { bundles.append(.init(device: device, bundle: try bundle(device))) }
        // Listed devices no longer authorised keep their bundle until the owner's next publish: proved
        // too, so the listing is whole, but reported apart and never offered for use.
        var stale: [[UInt8]] = []
        for device in listed where !authorised.contains(device) {
            _ = try bundle(device)
            stale.append(device)
        }
        return VerifiedKeyBundles(height: state.height, identity: identity, listed: listed, bundles: bundles, stale: stale)
    }
}

/// An account's key bundles as proved: one entry per authorised key, in Identity's order (the identity
/// key first).
public struct VerifiedKeyBundles: Hashable, Sendable {
    /// An authorised key and its bundle (nil: it has published none).
    public struct DeviceBundle: Hashable, Sendable {
        public let device: [UInt8]
        public let bundle: PublishedBundle?
    }

    public let height: UInt64
    /// nil: the account has no identity (and so no bundles it may use).
    public let identity: IdentityRecord?
    /// KeyBundle's device list, in first-publish order.
    public let listed: [[UInt8]]
    public let bundles: [DeviceBundle]
    /// Listed devices the identity no longer authorises.
    public let stale: [[UInt8]]
}

/// The steps the identity and key bundle checks share.
enum KeyDirectoryCheck {
    static func state(
        _ attestation: StateAttestation, _ chainID: UInt64, _ trusted: ValidatorSet?, _ genesisHash: [UInt8]?, _ notBefore: UInt64
    ) throws(KeyDirectoryError) -> VerifiedState {
        let state: VerifiedState
        do {
            state = try attestation.verify(chainID: chainID, trustedValidators: trusted, genesisHash: genesisHash)
        } catch {
            throw .attestation(error)
        }
        guard state.height >= notBefore else { throw .stale(height: state.height, required: notBefore) }
        return state
    }

    static func identity(_ state: VerifiedState, owner: Address, layout: KeyDirectoryLayout) throws(KeyDirectoryError) -> IdentityRecord? {
        let key = layout.identityRecord(owner)
        guard state.proves(key) else { throw .notProven("the identity record") }
        guard let value = try? state.value(key) else { return nil }
        guard let record = try? IdentityRecord(canonical: value), record.owner == owner else { throw .badRecord("the identity record") }
        return record
    }
}
