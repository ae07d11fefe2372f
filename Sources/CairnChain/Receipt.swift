import CairnCodec
import CairnCrypto
import CairnVM

/// How a transaction ended, as a receipt records it: a code, never an engine's error text, so that every
/// node stores (and hashes) the same receipt.
public enum ReceiptStatus: UInt8, Sendable, CustomStringConvertible {
    case success = 1
    /// The contract called `revert`; the receipt's output holds its reason.
    case reverted = 2
    /// A trap, a misused host function, a missing contract or method, a broken limit.
    case failed = 3
    case outOfGas = 4

    public init(_ status: CallStatus) {
        switch status {
        case .success: self = .success
        case .reverted: self = .reverted
        case .trapped: self = .failed
        case .outOfGas: self = .outOfGas
        }
    }

    public var description: String {
        switch self {
        case .success: "success"
        case .reverted: "reverted"
        case .failed: "failed"
        case .outOfGas: "out of gas"
        }
    }
}

/// What executing one transaction did: status, gas, the deployed address, output and events.
public struct Receipt: Sendable, Equatable, CanonicalCodable {
    public var transactionHash: [UInt8]
    public var status: ReceiptStatus
    public var gasUsed: UInt64
    /// Gas used by this and every earlier transaction of the block.
    public var cumulativeGasUsed: UInt64
    /// What the sender paid per gas: base fee plus effective tip.
    public var effectiveGasPrice: UInt128
    /// For a successful deploy, the new contract's address.
    public var contractAddress: Address?
    /// The return data on success, the revert reason on revert, empty otherwise.
    public var output: [UInt8]
    /// Events in emission order; empty unless the transaction succeeded.
    public var events: [Event]

    public init(
        transactionHash: [UInt8], status: ReceiptStatus, gasUsed: UInt64, cumulativeGasUsed: UInt64,
        effectiveGasPrice: UInt128, contractAddress: Address?, output: [UInt8], events: [Event]
    ) {
        self.transactionHash = transactionHash
        self.status = status
        self.gasUsed = gasUsed
        self.cumulativeGasUsed = cumulativeGasUsed
        self.effectiveGasPrice = effectiveGasPrice
        self.contractAddress = contractAddress
        self.output = output
        self.events = events
    }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeFixed(transactionHash)
        writer.writeUInt8(status.rawValue)
        writer.writeUInt64(gasUsed)
        writer.writeUInt64(cumulativeGasUsed)
        writer.writeUInt128(effectiveGasPrice)
        writer.writeOptional(contractAddress) { $0.writeFixed($1.bytes) }
        writer.writeBytes(output)
        writer.writeArray(events) { $0.write($1) }
    }

    public init(from reader: inout CanonicalReader) throws {
        transactionHash = try reader.readFixed(count: 32)
        let code = try reader.readUInt8()
        guard let status = ReceiptStatus(rawValue: code) else { throw CodecError.unknownTag(code, type: "ReceiptStatus") }
        self.status = status
        gasUsed = try reader.readUInt64()
        cumulativeGasUsed = try reader.readUInt64()
        effectiveGasPrice = try reader.readUInt128()
        contractAddress = try reader.readOptional { try Address(bytes: $0.readFixed(count: Address.byteCount)) }
        output = try reader.readBytes(maxLength: 1 << 20)
        events = try reader.readArray(maxCount: 4_096) { try $0.read(Event.self) }
    }
}
