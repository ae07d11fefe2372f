import CairnCodec
import CairnCrypto
import CairnState

/// An account's entry in state: balance, nonce, and for a contract the hash of its code.
public struct Account: Sendable, Equatable, CanonicalCodable {
    public var nonce: UInt64
    public var balance: UInt128
    /// Keccak-256 of the code, for a contract account.
    public var codeHash: [UInt8]?

    public init(nonce: UInt64 = 0, balance: UInt128 = 0, codeHash: [UInt8]? = nil) {
        self.nonce = nonce
        self.balance = balance
        self.codeHash = codeHash
    }

    public var isEmpty: Bool { nonce == 0 && balance == 0 && codeHash == nil }

    public func encode(to writer: inout CanonicalWriter) {
        writer.writeUInt64(nonce)
        writer.writeUInt128(balance)
        writer.writeOptional(codeHash) { $0.writeFixed($1) }
    }

    public init(from reader: inout CanonicalReader) throws {
        nonce = try reader.readUInt64()
        balance = try reader.readUInt128()
        codeHash = try reader.readOptional { try $0.readFixed(count: 32) }
    }
}

/// State that breaks an invariant the chain maintains: a node must stop rather than build on it.
public enum WorldStateError: Error, Equatable {
    case balanceOverflow(String)
}

/// Typed access to accounts, code and contract storage over any `StateStore`.
public struct WorldState {
    public let store: StateStore

    public init(_ store: StateStore) {
        self.store = store
    }

    /// The account at `address`, or an empty one.
    public func account(_ address: Address) throws -> Account {
        guard let bytes = try store.get(.account(address)) else { return Account() }
        return try Account.decode(canonical: bytes)
    }

    public func setAccount(_ address: Address, _ account: Account) throws {
        if account.isEmpty {
            try store.delete(.account(address))
        } else {
            try store.set(.account(address), account.canonicalBytes)
        }
    }

    public func balance(of address: Address) throws -> UInt128 { try account(address).balance }

    public func setBalance(_ address: Address, _ balance: UInt128) throws {
        var entry = try account(address)
        entry.balance = balance
        try setAccount(address, entry)
    }

    /// Moves `amount`; false (and nothing written) if `from` holds too little. Self-transfers succeed.
    public func transfer(from: Address, to: Address, amount: UInt128) throws -> Bool {
        var source = try account(from)
        guard source.balance >= amount else { return false }
        if amount == 0 || from == to { return true }
        source.balance -= amount
        try setAccount(from, source)
        var destination = try account(to)
        let (sum, overflow) = destination.balance.addingReportingOverflow(amount)
        // The total supply fits in u128 by construction: overflow means corrupted state, which must stop
        // the node (a state failure), not become a contract's result.
        guard !overflow else { throw WorldStateError.balanceOverflow(to.description) }
        destination.balance = sum
        try setAccount(to, destination)
        return true
    }

    /// The code of the contract at `address`, if it is one.
    public func code(at address: Address) throws -> (hash: [UInt8], code: [UInt8])? {
        guard let hash = try account(address).codeHash, let code = try store.get(.code(hash: hash)) else {
            return nil
        }
        return (hash, code)
    }

    /// Stores `code` and points the account at it.
    public func setCode(_ code: [UInt8], at address: Address) throws {
        let hash = Keccak256.hash(code)
        try store.set(.code(hash: hash), code)
        var entry = try account(address)
        entry.codeHash = hash
        try setAccount(address, entry)
    }

    /// A slot of a contract's storage.
    public func storage(_ contract: Address, _ key: [UInt8]) throws -> [UInt8]? {
        try store.get(.storage(contract, key))
    }
}
