import CairnCodec
import CairnCrypto

/// An EIP-1559 (type 2) transaction as Cairn accepts it: what any Ethereum signer produces, with an
/// empty access list and amounts that fit in 128 bits.
///
/// `data` is empty for a plain transfer, a canonical `ContractCall` for a call, and a canonical
/// `ContractDeploy` when `to` is nil.
public struct Transaction: Sendable, Equatable {
    public var chainID: UInt64
    public var nonce: UInt64
    public var maxPriorityFeePerGas: UInt128
    public var maxFeePerGas: UInt128
    public var gasLimit: UInt64
    /// Nil for a deploy.
    public var to: Address?
    public var value: UInt128
    public var data: [UInt8]

    /// The EIP-2718 type byte.
    public static let type: UInt8 = 0x02

    public init(
        chainID: UInt64, nonce: UInt64, maxPriorityFeePerGas: UInt128, maxFeePerGas: UInt128, gasLimit: UInt64,
        to: Address?, value: UInt128, data: [UInt8]
    ) {
        self.chainID = chainID
        self.nonce = nonce
        self.maxPriorityFeePerGas = maxPriorityFeePerGas
        self.maxFeePerGas = maxFeePerGas
        self.gasLimit = gasLimit
        self.to = to
        self.value = value
        self.data = data
    }

    /// The nine unsigned fields, in EIP-1559 order.
    var fields: [RLPItem] {
        [
            RLPItem(chainID), RLPItem(nonce), RLPItem(amount: maxPriorityFeePerGas), RLPItem(amount: maxFeePerGas),
            RLPItem(gasLimit), .bytes(to?.bytes ?? []), RLPItem(amount: value), .bytes(data), .list([]),
        ]
    }

    /// What the sender signs: keccak256(0x02 ‖ rlp(fields)).
    public var signingHash: [UInt8] {
        Keccak256.hash([Self.type] + RLP.encode(.list(fields)))
    }

    /// Signs with a secp256k1 key (RFC 6979, low s), as a wallet would.
    public func signed(with key: Secp256k1.PrivateKey) throws -> SignedTransaction {
        let signature = try key.recoverableSignature(forDigest: signingHash)
        let raw = [Self.type] + RLP.encode(.list(fields + [
            RLPItem(UInt64(signature.recoveryID)), RLPItem(unsignedBigEndian: signature.r), RLPItem(unsignedBigEndian: signature.s),
        ]))
        return try SignedTransaction(raw: raw)
    }
}

/// A transaction with its signature, exactly as received: the raw bytes, their hash, and the sender
/// recovered from the signature.
public struct SignedTransaction: Sendable, Equatable {
    public let transaction: Transaction
    /// The EIP-2718 envelope: 0x02 ‖ rlp([fields…, yParity, r, s]).
    public let raw: [UInt8]
    /// keccak256(raw): the transaction hash Ethereum tools show.
    public let hash: [UInt8]
    public let sender: Address
    public let yParity: UInt8
    public let r: [UInt8]
    public let s: [UInt8]

    /// Largest envelope accepted; a deploy of the largest module fits with room for its arguments.
    public static let maxEncodedSize = 256 * 1024

    /// Decodes and checks an envelope: canonical RLP, type 2, empty access list, amounts within u128, a
    /// valid low-s signature from which the sender is recovered.
    public init(raw: [UInt8]) throws(TransactionError) {
        guard raw.count <= Self.maxEncodedSize else { throw .oversized(raw.count, limit: Self.maxEncodedSize) }
        guard let type = raw.first else { throw .malformed("empty transaction") }
        guard type == Transaction.type else { throw .unsupportedType(type) }
        let items: [RLPItem]
        do {
            items = try RLP.decode(raw[1...]).list()
        } catch {
            throw .malformed(error.description)
        }
        guard items.count == 12 else { throw .malformed("expected 12 fields, found \(items.count)") }
        do {
            let to = try items[5].bytes()
            guard to.isEmpty || to.count == Address.byteCount else { throw TransactionError.malformed("recipient must be empty or 20 bytes") }
            guard try items[8].list().isEmpty else { throw TransactionError.accessListNotSupported }
            transaction = Transaction(
                chainID: try items[0].uint64(), nonce: try items[1].uint64(),
                maxPriorityFeePerGas: try items[2].amount(), maxFeePerGas: try items[3].amount(),
                gasLimit: try items[4].uint64(), to: to.isEmpty ? nil : try Address(bytes: to),
                value: try items[6].amount(), data: try items[7].bytes())
            let parity = try items[9].uint64()
            guard parity <= 1 else { throw TransactionError.badSignature("y parity must be 0 or 1") }
            yParity = UInt8(parity)
            r = try items[10].unsignedBytes(maxLength: 32)
            s = try items[11].unsignedBytes(maxLength: 32)
        } catch let error as TransactionError {
            throw error
        } catch let error as RLPError {
            throw .malformed(error.description)
        } catch {
            throw .malformed(String(describing: error))
        }
        let compact = Self.padded(r) + Self.padded(s)
        guard let plain = try? Secp256k1.Signature(compact: compact) else { throw .badSignature("r or s out of range") }
        // A high-s twin of a valid signature recovers the same sender with a different hash: refused, as
        // Ethereum has since Homestead, so a transaction has one hash.
        guard plain.isLowS else { throw .badSignature("high s") }
        guard let recoverable = try? Secp256k1.RecoverableSignature(compact: compact, recoveryID: yParity),
            let key = try? recoverable.recoverPublicKey(forDigest: transaction.signingHash)
        else { throw .badSignature("no public key recovers from it") }
        sender = Address(publicKey: key)
        self.raw = raw
        hash = Keccak256.hash(raw)
    }

    private static func padded(_ bytes: [UInt8]) -> [UInt8] {
        [UInt8](repeating: 0, count: 32 - bytes.count) + bytes
    }
}

/// Why a transaction was refused. Every case names what to fix; none of them changes any state.
public enum TransactionError: Error, Equatable, Sendable, CustomStringConvertible {
    case oversized(Int, limit: Int)
    case unsupportedType(UInt8)
    case malformed(String)
    case accessListNotSupported
    case badSignature(String)
    case wrongChain(expected: UInt64, got: UInt64)
    case nonceTooLow(expected: UInt64, got: UInt64)
    case nonceTooHigh(expected: UInt64, got: UInt64)
    case insufficientFunds(needed: UInt128, available: UInt128)
    case gasLimitTooHigh(UInt64, blockLimit: UInt64)
    case intrinsicGasTooLow(needed: UInt64, limit: UInt64)
    case feeCapBelowTip
    case feeCapBelowBaseFee(cap: UInt128, baseFee: UInt128)
    case badPayload(String)

    public var description: String {
        switch self {
        case .oversized(let size, let limit): "transaction is \(size) bytes, over the \(limit)-byte limit"
        case .unsupportedType(let type): "transaction type \(type) is not supported (only EIP-1559, type 2)"
        case .malformed(let detail): "malformed transaction: \(detail)"
        case .accessListNotSupported: "access lists are not supported; send an empty one"
        case .badSignature(let detail): "invalid signature: \(detail)"
        case .wrongChain(let expected, let got): "wrong chain id \(got); this chain is \(expected)"
        case .nonceTooLow(let expected, let got): "nonce \(got) already used; the next nonce is \(expected)"
        case .nonceTooHigh(let expected, let got): "nonce \(got) skips ahead; the next nonce is \(expected)"
        case .insufficientFunds(let needed, let available):
            "insufficient funds: value plus maximum fee is \(needed), balance is \(available)"
        case .gasLimitTooHigh(let limit, let blockLimit): "gas limit \(limit) exceeds the block gas limit \(blockLimit)"
        case .intrinsicGasTooLow(let needed, let limit): "gas limit \(limit) is below the intrinsic gas \(needed)"
        case .feeCapBelowTip: "max fee per gas is below max priority fee per gas"
        case .feeCapBelowBaseFee(let cap, let baseFee): "max fee per gas \(cap) is below the base fee \(baseFee)"
        case .badPayload(let detail): "bad transaction data: \(detail)"
        }
    }
}

extension RLPItem {
    /// An amount as a minimal big-endian RLP integer.
    init(amount: UInt128) {
        self.init(unsignedBigEndian: (0..<16).map { UInt8(truncatingIfNeeded: amount >> (8 * (15 - $0))) })
    }

    /// A canonical RLP integer of at most 16 bytes.
    func amount() throws(RLPError) -> UInt128 {
        try unsignedBytes(maxLength: 16).reduce(UInt128(0)) { $0 << 8 | UInt128($1) }
    }
}
