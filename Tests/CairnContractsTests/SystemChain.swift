import CairnCodec
import CairnCrypto
import CairnState
import CairnVM
import Testing

/// A harness with Staking, Slashing and Inbox installed at their SYSTEM.md addresses and test parameters.
///
/// The parameters are small so that windows, unbonding periods and jails pass in a few blocks:
/// minSelfStake 1000, unbonding 10 blocks, 3 active validators, default jail 20 blocks; double signing
/// slashes 5%, downtime 1% with a 10-block window needing 50% signed (the 6th miss slashes);
/// Inbox fees 10 (entry) and 50 (batch), 2 anchors per 10-block window plus one per 1000 staked, at most 5.
final class SystemChain {
    static let inbox = SystemChain.address(0x1003)
    static let staking = SystemChain.address(0x1004)
    static let slashing = SystemChain.address(0x1005)
    static let system = SystemChain.address(0)

    static let minSelfStake: UInt128 = 1000
    static let unbondingBlocks: UInt64 = 10
    static let maxValidators: UInt32 = 3
    static let jailBlocks: UInt64 = 20
    static let doubleSignSlashBps: UInt16 = 500
    static let downtimeSlashBps: UInt16 = 100
    static let livenessWindow: UInt64 = 10
    static let minSignedBps: UInt16 = 5000
    static let downtimeJailBlocks: UInt64 = 20
    static let maxEvidenceAge: UInt64 = 100
    static let entryFee: UInt128 = 10
    static let batchFee: UInt128 = 50
    static let inboxWindow: UInt64 = 10
    static let baseAllowance: UInt32 = 2
    static let stakePerExtra: UInt128 = 1000
    static let maxAllowance: UInt32 = 5

    let harness: ContractHarness
    /// The genesis validators, in the order given to Staking's init.
    let genesis: [ValidatorKeys]

    /// Installs the three contracts; `genesis` validators get `genesisStake` each, funded into Staking.
    init(genesis count: Int = 2, genesisStake: UInt128 = 5000, slashingArgs: [UInt8] = slashingInit()) throws {
        harness = ContractHarness()
        genesis = (0..<count).map { ValidatorKeys(index: $0 + 1) }

        var staking = CanonicalWriter()
        staking.writeFixed(Self.slashing.bytes)
        staking.writeUInt128(Self.minSelfStake)
        staking.writeUInt64(Self.unbondingBlocks)
        staking.writeUInt32(Self.maxValidators)
        staking.writeUInt64(Self.jailBlocks)
        staking.writeArray(genesis) { writer, keys in
            writer.writeFixed(keys.operator.bytes)
            writer.writeFixed(keys.consensusKey)
            writer.writeUInt16(100)
            writer.writeUInt128(genesisStake)
        }
        try harness.install("Staking", at: Self.staking, initArgs: staking.bytes)
        harness.fund(Self.staking, genesisStake * UInt128(count))

        try harness.install("Slashing", at: Self.slashing, initArgs: slashingArgs)
        try harness.install("Inbox", at: Self.inbox, initArgs: Self.inboxInit())
    }

    static func slashingInit(window: UInt64 = livenessWindow, minSignedBps: UInt16 = minSignedBps) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(staking.bytes)
        writer.writeUInt16(doubleSignSlashBps)
        writer.writeUInt16(downtimeSlashBps)
        writer.writeUInt64(window)
        writer.writeUInt16(minSignedBps)
        writer.writeUInt64(downtimeJailBlocks)
        writer.writeUInt64(maxEvidenceAge)
        return writer.bytes
    }

    static func inboxInit(window: UInt64 = inboxWindow) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeFixed(staking.bytes)
        writer.writeUInt128(entryFee)
        writer.writeUInt128(batchFee)
        writer.writeUInt64(window)
        writer.writeUInt32(baseAllowance)
        writer.writeUInt128(stakePerExtra)
        writer.writeUInt32(maxAllowance)
        return writer.bytes
    }

    /// A 20-byte address whose last eight bytes are `n`, big-endian.
    static func address(_ n: UInt64) -> Address {
        var bytes = [UInt8](repeating: 0, count: 12)
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: n >> UInt64(shift))) }
        return try! Address(bytes: bytes)
    }

    /// An ordinary account with `amount` to spend.
    func account(_ n: UInt64, funded amount: UInt128 = 1_000_000) -> Address {
        let account = Self.address(0xA000_0000 + n)
        harness.fund(account, amount)
        return account
    }

    var height: UInt64 { harness.context.height }
    var digest: [UInt8] { harness.stateDigest }

    func call(
        _ contract: Address, _ method: String, _ args: [UInt8] = [], from: Address, value: UInt128 = 0
    ) -> CallResult {
        harness.call(contract, method, args, from: from, value: value)
    }

    /// Calls and requires success, returning the return data.
    @discardableResult
    func succeed(
        _ contract: Address, _ method: String, _ args: [UInt8] = [], from: Address, value: UInt128 = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> CallResult {
        let result = call(contract, method, args, from: from, value: value)
        #expect(result.status == .success, "\(method)", sourceLocation: sourceLocation)
        return result
    }

    /// Calls, expects a revert with exactly `reason`, and expects the state digest not to move.
    func expectRevert(
        _ reason: String, _ contract: Address, _ method: String, _ args: [UInt8] = [], from: Address,
        value: UInt128 = 0, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let before = digest
        let result = call(contract, method, args, from: from, value: value)
        #expect(result.status == .reverted(reason), "\(method)", sourceLocation: sourceLocation)
        #expect(digest == before, "\(method) changed state while reverting", sourceLocation: sourceLocation)
    }

    /// Reads through a method and decodes its whole return data.
    func read<T>(
        _ contract: Address, _ method: String, _ args: [UInt8] = [],
        _ decode: (inout CanonicalReader) throws -> T
    ) throws -> T {
        let result = call(contract, method, args, from: Self.address(0xFEED))
        guard result.status == .success else { throw RecordReadError.failed(method, result.status) }
        var reader = CanonicalReader(result.returnData)
        let value = try decode(&reader)
        try reader.finish()
        return value
    }
}

/// A read that did not succeed.
enum RecordReadError: Error {
    case failed(String, CallStatus)
}

/// A validator's operator account and Ed25519 consensus key, derived from a small index.
struct ValidatorKeys {
    let `operator`: Address
    let key: Ed25519.PrivateKey

    init(index: Int) {
        self.operator = SystemChain.address(0xB000 + UInt64(index))
        let seed = [UInt8](repeating: 0x5A, count: 30) + [UInt8(truncatingIfNeeded: index >> 8), UInt8(truncatingIfNeeded: index)]
        key = try! Ed25519.PrivateKey(seed: seed)
    }

    var consensusKey: [UInt8] { key.publicKey.rawRepresentation }

    /// The key-possession proof `registerValidator` expects (SYSTEM.md).
    func possessionSignature(chainID: UInt64 = 31337) -> [UInt8] {
        var message = Array("cairn/staking/validator/v1".utf8)
        message += TestBytes.u64(chainID) + self.operator.bytes + consensusKey
        return key.signature(for: message)
    }

    /// A vote signed over the SYSTEM.md vote bytes.
    func vote(kind: UInt8 = 2, height: UInt64, round: UInt32 = 0, block: UInt8, chainID: UInt64 = 31337) -> SignedVote {
        let blockHash = [UInt8](repeating: block, count: 32)
        var message = Array("cairn/vote/v1".utf8)
        message += TestBytes.u64(chainID) + [kind] + TestBytes.u64(height) + TestBytes.u32(round) + blockHash
        return SignedVote(kind: kind, height: height, round: round, blockHash: blockHash, signature: key.signature(for: message))
    }
}

/// A consensus vote as Slashing.submitEvidence takes it.
struct SignedVote {
    var kind: UInt8
    var height: UInt64
    var round: UInt32
    var blockHash: [UInt8]
    var signature: [UInt8]

    func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt8(kind)
        writer.writeUInt64(height)
        writer.writeUInt32(round)
        writer.writeFixed(blockHash)
        writer.writeFixed(signature)
    }
}

/// Big-endian integer bytes and event topics for building expected values.
enum TestBytes {
    static func u64(_ value: UInt64) -> [UInt8] { CanonicalWriter.encoding { $0.writeUInt64(value) } }
    static func u32(_ value: UInt32) -> [UInt8] { CanonicalWriter.encoding { $0.writeUInt32(value) } }

    /// Topic 0 of an event: keccak256 of "<Contract>.<Event>".
    static func topic(_ name: String) -> [UInt8] { Keccak256.hash(Array(name.utf8)) }

    /// An address as an indexed topic: left-padded to 32 bytes.
    static func topic(_ address: Address) -> [UInt8] { [UInt8](repeating: 0, count: 12) + address.bytes }
}

extension CanonicalWriter {
    /// The bytes `build` writes into a fresh writer.
    static func encoding(_ build: (inout CanonicalWriter) -> Void) -> [UInt8] {
        var writer = CanonicalWriter()
        build(&writer)
        return writer.bytes
    }
}

extension CanonicalReader {
    mutating func readAddress() throws -> Address { try Address(bytes: readFixed(count: 20)) }
}
