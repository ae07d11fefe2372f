import CairnCrypto

/// The published development keys of a devnet: anyone may derive them, so they must never hold value.
///
/// Validator i's consensus seed is SHA-256("cairn/devnet/validator/i") (as `Scripts/make-genesis` writes
/// them into `Genesis/devnet.json`); accounts come from the genesis's development mnemonic.
public enum DevnetKeys {
    /// Validator `index`'s consensus key.
    public static func validatorKey(_ index: Int) -> Ed25519.PrivateKey {
        // A 32-byte seed is always a valid Ed25519 seed.
        try! Ed25519.PrivateKey(seed: SHA256.hash(Array("cairn/devnet/validator/\(index)".utf8)))
    }

    /// Devnet node `index`'s p2p node key (its identity in the handshake, not a consensus key).
    public static func nodeKey(_ index: Int) -> Ed25519.PrivateKey {
        try! Ed25519.PrivateKey(seed: SHA256.hash(Array("cairn/devnet/node/\(index)".utf8)))
    }

    /// The development keys among the first `limit` that are members of `genesis`'s validator set.
    public static func validatorKeys(for genesis: Genesis, limit: Int = 64) -> [Ed25519.PrivateKey] {
        let members = Set(genesis.validators.map(\.consensusKey.bytes))
        return (0..<limit).map(validatorKey).filter { members.contains($0.publicKey.rawRepresentation) }
    }

    /// Account `index` of the genesis's development mnemonic (m/44'/60'/0'/0/index).
    public static func accountKey(_ index: Int, genesis: Genesis) throws -> Secp256k1.PrivateKey {
        guard let phrase = genesis.developmentMnemonic else { throw GenesisError.noDevelopmentMnemonic }
        let root = try ExtendedPrivateKey(seed: try Mnemonic(phrase: phrase).seed())
        return try root.derive(.ethereum(index: UInt32(index))).privateKey
    }
}
