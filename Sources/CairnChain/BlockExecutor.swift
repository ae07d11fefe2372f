import CairnCodec
import CairnCrypto
import CairnState
import CairnVM

/// Why a block cannot be applied: it is invalid, and no honest validator may accept it.
public enum BlockError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidTransaction(index: Int, TransactionError)
    case blockGasExceeded(index: Int, gasLimit: UInt64, remaining: UInt64)
    /// A header field differs from what executing the block gives.
    case headerMismatch(field: String)
    /// Evidence that does not decode or that the Slashing contract refuses.
    case invalidEvidence(index: Int, reason: String)
    case badCommit(String)
    case tooManyTransactions(Int)

    public var description: String {
        switch self {
        case let .invalidTransaction(index, error): "transaction \(index) is invalid: \(error)"
        case let .blockGasExceeded(index, limit, remaining):
            "transaction \(index) asks for \(limit) gas but the block has \(remaining) left"
        case let .headerMismatch(field): "header field \(field) does not match the executed block"
        case let .invalidEvidence(index, reason): "evidence \(index) is invalid: \(reason)"
        case let .badCommit(reason): "commit is invalid: \(reason)"
        case let .tooManyTransactions(count): "block holds \(count) transactions, more than \(Block.maxTransactions)"
        }
    }
}

/// Runs transactions against state, deterministically: the same transactions on the same state give the
/// same writes, receipts and gas on every machine.
///
/// Per transaction: check it (`SignedTransaction.validate`), take the gas limit at the effective price up
/// front and bump the nonce (kept even if the call fails), run the transfer, call or deploy with the gas left
/// after the intrinsic charge, refund unused gas, burn the base fee and pay the tip to the proposer.
public struct BlockExecutor: Sendable {
    public let vm: ContractVM
    public let chainID: UInt64

    public init(vm: ContractVM, chainID: UInt64) {
        self.vm = vm
        self.chainID = chainID
    }

    /// The environment one block's transactions run in.
    public struct BlockEnvironment: Sendable, Equatable {
        public var context: BlockContext
        public var proposer: Address
        public var baseFee: UInt128
        public var gasLimit: UInt64

        public init(context: BlockContext, proposer: Address, baseFee: UInt128, gasLimit: UInt64) {
            self.context = context
            self.proposer = proposer
            self.baseFee = baseFee
            self.gasLimit = gasLimit
        }
    }

    /// Runs `transactions` in order; throws `BlockError` at the first that makes the block invalid, in which
    /// case `state` holds a partial block and must be discarded.
    public func execute(_ transactions: [SignedTransaction], in environment: BlockEnvironment, state: StateStore) throws
        -> [Receipt]
    {
        var receipts: [Receipt] = []
        var gasUsed: UInt64 = 0
        for (index, transaction) in transactions.enumerated() {
            let receipt = try apply(transaction, index: index, gasUsedBefore: gasUsed, in: environment, state: state)
            gasUsed = receipt.cumulativeGasUsed
            receipts.append(receipt)
        }
        return receipts
    }

    /// Applies one transaction after `gasUsedBefore` gas of the block was used.
    ///
    /// - Throws: `BlockError` if the transaction may not be in this block (nothing is written then);
    ///   any other error is a failure of the state store.
    public func apply(
        _ signed: SignedTransaction, index: Int, gasUsedBefore: UInt64, in environment: BlockEnvironment, state: StateStore
    ) throws -> Receipt {
        let tx = signed.transaction
        let rules = ChainRules(chainID: chainID, blockGasLimit: environment.gasLimit, baseFee: environment.baseFee)
        do {
            try signed.validate(rules: rules, state: state)
        } catch let error as TransactionError {
            throw BlockError.invalidTransaction(index: index, error)
        }
        let remaining = environment.gasLimit - gasUsedBefore
        guard tx.gasLimit <= remaining else {
            throw BlockError.blockGasExceeded(index: index, gasLimit: tx.gasLimit, remaining: remaining)
        }

        let world = WorldState(state)
        let tip = signed.effectiveTip(baseFee: environment.baseFee)
        let price = environment.baseFee + tip
        // validate() checked balance >= gasLimit * maxFee + value, and price <= maxFee, so neither overflows.
        var sender = try world.account(signed.sender)
        sender.balance -= UInt128(tx.gasLimit) * price
        sender.nonce += 1
        try world.setAccount(signed.sender, sender)

        let intrinsic = IntrinsicGas.of(tx)
        let available = tx.gasLimit - intrinsic
        var contractAddress: Address?
        let result: CallResult
        if tx.to == nil {
            let deploy = try ContractDeploy.decode(canonical: tx.data)
            let deployed = try vm.deploy(
                code: deploy.code, initArgs: deploy.initArgs, deployer: signed.sender, nonce: tx.nonce, value: tx.value,
                gasLimit: available, context: environment.context, state: state)
            result = deployed.result
            if result.status.isSuccess { contractAddress = deployed.address }
        } else if tx.data.isEmpty, let to = tx.to {
            // A plain transfer; validate() checked the funds, so it cannot fail.
            let moved = try world.transfer(from: signed.sender, to: to, amount: tx.value)
            result = CallResult(status: moved ? .success : .trapped("insufficient balance"), gasUsed: 0)
        } else {
            let call = try ContractCall.decode(canonical: tx.data)
            let message = Message(
                origin: signed.sender, contract: tx.to!, method: call.method, args: call.args, value: tx.value,
                gasLimit: available)
            result = try vm.call(message, context: environment.context, state: state)
        }

        let gasUsed = intrinsic + min(result.gasUsed, available)
        let refund = UInt128(tx.gasLimit - gasUsed) * price
        if refund > 0 { try credit(signed.sender, refund, world) }
        let reward = UInt128(gasUsed) * tip
        if reward > 0 { try credit(environment.proposer, reward, world) }

        let status = ReceiptStatus(result.status)
        return Receipt(
            transactionHash: signed.hash, status: status, gasUsed: gasUsed, cumulativeGasUsed: gasUsedBefore + gasUsed,
            effectiveGasPrice: price, contractAddress: contractAddress,
            output: status == .success || status == .reverted ? result.returnData : [], events: result.events)
    }

    private func credit(_ address: Address, _ amount: UInt128, _ world: WorldState) throws {
        var account = try world.account(address)
        let (sum, overflow) = account.balance.addingReportingOverflow(amount)
        guard !overflow else { throw WorldStateError.balanceOverflow(address.description) }
        account.balance = sum
        try world.setAccount(address, account)
    }
}
