import CairnCodec
import CairnCrypto
import CairnState
import CairnVM

/// What a transaction is checked against before it may enter a block.
public struct ChainRules: Sendable, Equatable {
    public var chainID: UInt64
    public var blockGasLimit: UInt64
    /// The block's base fee per gas (EIP-1559); the fee cap must cover it.
    public var baseFee: UInt128

    public init(chainID: UInt64, blockGasLimit: UInt64, baseFee: UInt128) {
        self.chainID = chainID
        self.blockGasLimit = blockGasLimit
        self.baseFee = baseFee
    }
}

/// The gas every transaction pays before any contract code runs, priced as Ethereum prices it so that
/// wallets' estimates for plain transfers (21,000) hold.
public enum IntrinsicGas {
    public static let base: UInt64 = 21_000
    public static let deploy: UInt64 = 32_000
    public static let zeroByte: UInt64 = 4
    public static let nonZeroByte: UInt64 = 16

    public static func of(_ transaction: Transaction) -> UInt64 {
        let nonZero = UInt64(transaction.data.lazy.filter { $0 != 0 }.count)
        let zero = UInt64(transaction.data.count) - nonZero
        return base + (transaction.to == nil ? deploy : 0) + zero * zeroByte + nonZero * nonZeroByte
    }
}

/// A contract call: the `data` of a transaction to a contract.
public struct ContractCall: Sendable, Equatable, CanonicalCodable {
    public var method: String
    public var args: [UInt8]

    public init(method: String, args: [UInt8] = []) {
        self.method = method
        self.args = args
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeString(method)
        writer.writeBytes(args)
    }

    public init(from reader: inout CanonicalReader) throws {
        method = try reader.readString(maxLength: VMLimits.standard.maxMethodNameSize)
        args = try reader.readBytes(maxLength: VMLimits.standard.maxInputSize)
    }
}

/// A deploy: the `data` of a transaction with no recipient.
public struct ContractDeploy: Sendable, Equatable, CanonicalCodable {
    public var code: [UInt8]
    public var initArgs: [UInt8]

    public init(code: [UInt8], initArgs: [UInt8] = []) {
        self.code = code
        self.initArgs = initArgs
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeBytes(code)
        writer.writeBytes(initArgs)
    }

    public init(from reader: inout CanonicalReader) throws {
        code = try reader.readBytes(maxLength: VMLimits.standard.maxCodeSize)
        initArgs = try reader.readBytes(maxLength: VMLimits.standard.maxInputSize)
    }
}

extension SignedTransaction {
    /// The most this transaction can cost its sender: value plus gas limit at the fee cap.
    public var maximumCost: UInt128? {
        let (fee, feeOverflow) = UInt128(transaction.gasLimit).multipliedReportingOverflow(by: transaction.maxFeePerGas)
        let (total, totalOverflow) = fee.addingReportingOverflow(transaction.value)
        return feeOverflow || totalOverflow ? nil : total
    }

    /// Checks everything a block would: chain id, next nonce, funds for value plus maximum fee, gas limits,
    /// fee caps, and that `data` decodes as what the transaction says it is. Reads state; writes nothing.
    public func validate(rules: ChainRules, state: StateStore) throws {
        try checkStateless(rules: rules)
        let account = try WorldState(state).account(sender)
        let tx = transaction
        guard tx.nonce >= account.nonce else { throw TransactionError.nonceTooLow(expected: account.nonce, got: tx.nonce) }
        guard tx.nonce == account.nonce else { throw TransactionError.nonceTooHigh(expected: account.nonce, got: tx.nonce) }
        guard let cost = maximumCost, cost <= account.balance else {
            throw TransactionError.insufficientFunds(needed: maximumCost ?? .max, available: account.balance)
        }
    }

    /// The checks that need no state: chain id, gas limits, fee caps, payload.
    public func checkStateless(rules: ChainRules) throws(TransactionError) {
        let tx = transaction
        guard tx.chainID == rules.chainID else { throw .wrongChain(expected: rules.chainID, got: tx.chainID) }
        guard tx.gasLimit <= rules.blockGasLimit else { throw .gasLimitTooHigh(tx.gasLimit, blockLimit: rules.blockGasLimit) }
        let intrinsic = IntrinsicGas.of(tx)
        guard tx.gasLimit >= intrinsic else { throw .intrinsicGasTooLow(needed: intrinsic, limit: tx.gasLimit) }
        guard tx.maxFeePerGas >= tx.maxPriorityFeePerGas else { throw .feeCapBelowTip }
        guard tx.maxFeePerGas >= rules.baseFee else { throw .feeCapBelowBaseFee(cap: tx.maxFeePerGas, baseFee: rules.baseFee) }
        try checkPayload()
    }

    /// What the proposer earns per gas at `baseFee`: the tip, capped by what the fee cap leaves.
    public func effectiveTip(baseFee: UInt128) -> UInt128 {
        guard transaction.maxFeePerGas >= baseFee else { return 0 }
        return min(transaction.maxPriorityFeePerGas, transaction.maxFeePerGas - baseFee)
    }

    /// `data` must be a canonical deploy (no recipient), empty (a transfer) or a canonical call.
    func checkPayload() throws(TransactionError) {
        let tx = transaction
        do {
            if tx.to == nil {
                _ = try ContractDeploy.decode(canonical: tx.data)
            } else if !tx.data.isEmpty {
                _ = try ContractCall.decode(canonical: tx.data)
            }
        } catch {
            throw .badPayload(tx.to == nil ? "a deploy's data must be a canonical (code, init arguments)" : "a call's data must be a canonical (method, arguments)")
        }
    }
}
