import CairnCodec
import CairnCrypto
import CairnState
import CairnVM
import Foundation

/// The chain's first state, as `Genesis/devnet.json` describes it: chain parameters, the five system
/// contracts (pinned by code hash) with their parameters, the initial validators and funded accounts.
public struct Genesis: Codable, Sendable, Equatable {
    public var chainId: UInt64
    /// Unix seconds of the genesis block.
    public var genesisTime: UInt64
    public var blockGasLimit: UInt64
    /// The mnemonic the development accounts come from; published on purpose, never for real funds.
    public var developmentMnemonic: String?
    public var contracts: SystemContracts
    public var validators: [Validator]
    public var accounts: [Account]
    /// Consensus parameters; absent means `ConsensusParameters.default`.
    public var consensus: ConsensusParameters?

    /// The consensus parameters in force.
    public var consensusParameters: ConsensusParameters { consensus ?? .default }

    /// How validators agree: the epoch length and the round timeouts.
    public struct ConsensusParameters: Codable, Sendable, Equatable {
        /// The validator set changes only after blocks whose height is a multiple of this.
        public var epochLength: UInt64
        /// Round timeouts in milliseconds: each step's base, plus `timeoutDeltaMs` per round.
        public var timeoutProposeMs: UInt64
        public var timeoutPrevoteMs: UInt64
        public var timeoutPrecommitMs: UInt64
        public var timeoutDeltaMs: UInt64

        public init(epochLength: UInt64, timeoutProposeMs: UInt64, timeoutPrevoteMs: UInt64, timeoutPrecommitMs: UInt64, timeoutDeltaMs: UInt64) {
            self.epochLength = epochLength
            self.timeoutProposeMs = timeoutProposeMs
            self.timeoutPrevoteMs = timeoutPrevoteMs
            self.timeoutPrecommitMs = timeoutPrecommitMs
            self.timeoutDeltaMs = timeoutDeltaMs
        }

        /// Epochs of one block (the set follows staking at once) and the engine's standard timeouts.
        public static let `default` = ConsensusParameters(
            epochLength: 1, timeoutProposeMs: 2_000, timeoutPrevoteMs: 1_000, timeoutPrecommitMs: 1_000, timeoutDeltaMs: 500)
    }

    /// A validator in the first validator set.
    public struct Validator: Codable, Sendable, Equatable {
        public var `operator`: Address
        /// Ed25519 public key, 0x-hex.
        public var consensusKey: HexBytes
        public var commissionBps: UInt16
        public var stake: Amount

        public init(operator: Address, consensusKey: HexBytes, commissionBps: UInt16, stake: Amount) {
            self.operator = `operator`
            self.consensusKey = consensusKey
            self.commissionBps = commissionBps
            self.stake = stake
        }
    }

    /// A funded account.
    public struct Account: Codable, Sendable, Equatable {
        public var address: Address
        public var balance: Amount
    }

    /// Reads and decodes a genesis file.
    public static func load(from url: URL) throws -> Genesis {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GenesisError.unreadable(url.standardizedFileURL.path, (error as NSError).localizedDescription)
        }
        do {
            return try JSONDecoder().decode(Genesis.self, from: data)
        } catch {
            throw GenesisError.malformed(url.path, String(describing: error))
        }
    }

    /// Writes the genesis state: funds accounts, gives Staking the genesis stakes, and installs each
    /// system contract after checking its code against the pinned hash.
    ///
    /// - Parameter codeDirectory: where the contracts' `code` paths are resolved (the genesis file's folder).
    public func apply(to state: StateStore, vm: ContractVM, codeDirectory: URL) throws {
        let world = WorldState(state)
        for account in accounts {
            try world.setBalance(account.address, try world.balance(of: account.address) + account.balance.value)
        }
        let totalStake = validators.reduce(UInt128(0)) { $0 + $1.stake.value }
        let staking = contracts.staking.address
        try world.setBalance(staking, try world.balance(of: staking) + totalStake)

        let context = BlockContext(chainID: chainId, height: 0, time: genesisTime)
        for (name, entry, args) in try installPlan() {
            let url = URL(fileURLWithPath: entry.code, relativeTo: codeDirectory)
            let code = [UInt8](try Data(contentsOf: url))
            let hash = Keccak256.hash(code)
            guard hash == entry.codeHash.bytes else {
                throw GenesisError.codeHashMismatch(contract: name, expected: entry.codeHash.description, actual: "0x" + Hex.encode(hash))
            }
            try vm.install(code: code, at: entry.address, initArgs: args, context: context, state: state)
        }
    }

    /// Each system contract with its constructor arguments (encodings in each contract's README).
    func installPlan() throws -> [(String, ContractEntry, [UInt8])] {
        let c = contracts
        var keyBundle = CanonicalWriter()
        keyBundle.writeFixed(c.identity.address.bytes)
        keyBundle.writeUInt32(try c.keyBundle.param("maxPrekeys"))
        keyBundle.writeUInt64(try c.keyBundle.param("maxLifetime"))

        var inbox = CanonicalWriter()
        inbox.writeFixed(c.staking.address.bytes)
        inbox.writeUInt128(try c.inbox.param("entryFee"))
        inbox.writeUInt128(try c.inbox.param("batchFee"))
        inbox.writeUInt64(try c.inbox.param("window"))
        inbox.writeUInt32(try c.inbox.param("baseAllowance"))
        inbox.writeUInt128(try c.inbox.param("stakePerExtra"))
        inbox.writeUInt32(try c.inbox.param("maxAllowance"))

        var staking = CanonicalWriter()
        staking.writeFixed(c.slashing.address.bytes)
        staking.writeUInt128(try c.staking.param("minSelfStake"))
        staking.writeUInt64(try c.staking.param("unbondingBlocks"))
        staking.writeUInt32(try c.staking.param("maxValidators"))
        staking.writeUInt64(try c.staking.param("jailBlocks"))
        staking.writeVarint(UInt64(validators.count))
        for validator in validators {
            guard validator.consensusKey.bytes.count == 32 else {
                throw GenesisError.invalidParameter(contract: "staking", name: "consensusKey")
            }
            staking.writeFixed(validator.operator.bytes)
            staking.writeFixed(validator.consensusKey.bytes)
            staking.writeUInt16(validator.commissionBps)
            staking.writeUInt128(validator.stake.value)
        }

        var slashing = CanonicalWriter()
        slashing.writeFixed(c.staking.address.bytes)
        slashing.writeUInt16(try c.slashing.param("doubleSignSlashBps"))
        slashing.writeUInt16(try c.slashing.param("downtimeSlashBps"))
        slashing.writeUInt64(try c.slashing.param("window"))
        slashing.writeUInt16(try c.slashing.param("minSignedBps"))
        slashing.writeUInt64(try c.slashing.param("downtimeJailBlocks"))
        slashing.writeUInt64(try c.slashing.param("maxEvidenceAge"))

        return [
            ("identity", c.identity, []),
            ("staking", c.staking, staking.bytes),
            ("slashing", c.slashing, slashing.bytes),
            ("keyBundle", c.keyBundle, keyBundle.bytes),
            ("inbox", c.inbox, inbox.bytes),
        ]
    }
}

/// The five system contracts of genesis.
public struct SystemContracts: Codable, Sendable, Equatable {
    public var identity: ContractEntry
    public var keyBundle: ContractEntry
    public var inbox: ContractEntry
    public var staking: ContractEntry
    public var slashing: ContractEntry
}

/// One system contract: where it lives, its code (path and pinned hash) and its parameters.
public struct ContractEntry: Codable, Sendable, Equatable {
    public var address: Address
    /// Path of the .wasm, relative to the genesis file's folder.
    public var code: String
    /// Keccak-256 of the code.
    public var codeHash: HexBytes
    /// Parameters by name: integers as JSON numbers, amounts as decimal strings.
    public var params: [String: Amount]

    func param<T: FixedWidthInteger>(_ name: String) throws -> T {
        guard let amount = params[name], let value = T(exactly: amount.value) else {
            throw GenesisError.invalidParameter(contract: address.description, name: name)
        }
        return value
    }
}

/// An unsigned amount up to u128, written in JSON as a decimal string (or a number when small).
public struct Amount: Codable, Sendable, Equatable, ExpressibleByIntegerLiteral {
    public var value: UInt128

    public init(_ value: UInt128) { self.value = value }
    public init(integerLiteral value: UInt64) { self.value = UInt128(value) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt64.self) {
            value = UInt128(number)
        } else if let text = try? container.decode(String.self), let parsed = UInt128(text, radix: 10) {
            value = parsed
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an unsigned amount")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let small = UInt64(exactly: value), small < 1 << 53 {
            try container.encode(small)
        } else {
            try container.encode(String(value))
        }
    }
}

/// Bytes written in JSON as 0x-prefixed hex.
public struct HexBytes: Codable, Sendable, Equatable, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard text.hasPrefix("0x"), let bytes = try? Hex.decode(text.dropFirst(2)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected 0x-prefixed hex")
        }
        self.bytes = bytes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String { "0x" + Hex.encode(bytes) }
}

/// Why a genesis file could not be used.
public enum GenesisError: Error, Equatable, CustomStringConvertible {
    case malformed(String, String)
    /// The file could not be read (missing, a directory, no permission): its path and why.
    case unreadable(String, String)
    case codeHashMismatch(contract: String, expected: String, actual: String)
    case invalidParameter(contract: String, name: String)
    case noDevelopmentMnemonic

    public var description: String {
        switch self {
        case .malformed(let path, let detail): "genesis file \(path) is malformed: \(detail)"
        case .unreadable(let path, let reason): "cannot read the genesis file \(path): \(reason)"
        case .codeHashMismatch(let contract, let expected, let actual):
            "the \(contract) contract's code hash is \(actual), but genesis pins \(expected)"
        case .invalidParameter(let contract, let name): "genesis parameter \(name) of \(contract) is missing or out of range"
        case .noDevelopmentMnemonic: "genesis has no development mnemonic"
        }
    }
}
