import CairnCodec
import CairnCrypto

/// One member of a validator set: who operates it, the key it signs votes with, and its voting power.
public struct ValidatorInfo: Sendable, Hashable, CanonicalCodable {
    public var operatorAddress: Address
    /// Ed25519 public key, 32 bytes.
    public var consensusKey: [UInt8]
    /// Stake-weighted voting power (the active stake, in wei).
    public var power: UInt128

    public init(operatorAddress: Address, consensusKey: [UInt8], power: UInt128) {
        self.operatorAddress = operatorAddress
        self.consensusKey = consensusKey
        self.power = power
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(operatorAddress.bytes)
        writer.writeFixed(consensusKey)
        writer.writeUInt128(power)
    }

    public init(from reader: inout CanonicalReader) throws {
        operatorAddress = try Address(bytes: reader.readFixed(count: Address.byteCount))
        consensusKey = try reader.readFixed(count: Ed25519.keyByteCount)
        power = try reader.readUInt128()
    }
}

/// The validators that vote on a height, in the order the staking contract lists them.
public struct ValidatorSet: Sendable, Hashable, CanonicalCodable {
    /// At most this many members; the staking contract caps its active set lower.
    public static let maxCount = 1_000

    public let validators: [ValidatorInfo]
    public let totalPower: UInt128

    public init(_ validators: [ValidatorInfo]) {
        self.validators = validators
        // Stake is bounded by the total supply (a u128), so the sum cannot overflow on a valid chain.
        var total: UInt128 = 0
        for validator in validators { total &+= validator.power }
        totalPower = total
    }

    /// SHA-256 of the canonical encoding: what a block header commits to.
    public var hash: [UInt8] { SHA256.hash(canonicalBytes) }

    /// The member with this consensus key, and its index.
    public func member(consensusKey: [UInt8]) -> (index: Int, validator: ValidatorInfo)? {
        guard let index = validators.firstIndex(where: { $0.consensusKey == consensusKey }) else { return nil }
        return (index, validators[index])
    }

    /// Whether `power` is more than two thirds of the total: the quorum that commits a block.
    public func isQuorum(_ power: UInt128) -> Bool {
        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeArray(validators) { $0.write($1) }
    }

    /// Decodes a set, refusing one whose powers do not fit together in a u128 (no real chain has such a set,
    /// and summing it would wrap).
    public init(from reader: inout CanonicalReader) throws {
        let members = try reader.readArray(maxCount: Self.maxCount) { try $0.read(ValidatorInfo.self) }
        var total: UInt128 = 0
        for member in members {
            let (sum, overflow) = total.addingReportingOverflow(member.power)
            guard !overflow else { throw CodecError.invalidValue("validator powers overflow a u128") }
            total = sum
        }
        self.init(members)
    }
}
