/// The calling contract's view of the VM: its input and return data, the call context, balances,
/// nested calls, events and the crypto the host offers.
///
/// Every wrapper checks buffer lengths before handing a pointer to the host, so a wrong-length
/// argument is a `nil`/`false` answer or a trap in the contract, never a read past a buffer.
public enum Host {
    /// This call's argument bytes.
    public static func input() -> [UInt8] {
        let count = Int(cairn_input_len())
        guard count > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            cairn_input_read(buffer.baseAddress)
            initialized = count
        }
    }

    /// A reader over this call's arguments that reverts "bad arguments" on any malformed field.
    public static func arguments() -> Reader {
        Reader(input())
    }

    /// Decodes this call's whole argument bytes as one value; trailing bytes revert "bad arguments".
    public static func arguments<Value: CanonicalDecodable>(_ type: Value.Type) -> Value {
        var reader = arguments()
        let value = Value(from: &reader)
        reader.finish()
        return value
    }

    /// Sets this call's return data (the last call wins).
    public static func setReturn(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { cairn_set_return($0.baseAddress, Int32($0.count)) }
    }

    /// Returns the canonical encoding of `value`.
    public static func setReturn(_ value: some CanonicalEncodable) {
        var writer = Writer()
        value.encode(to: &writer)
        setReturn(writer.bytes)
    }

    /// Aborts the call with a short reason; every write, transfer and event of the call is discarded.
    public static func revert(_ reason: StaticString) -> Never {
        cairn_revert(reason.utf8Start, Int32(reason.utf8CodeUnitCount))
        // The host never returns from revert; C cannot say so in the import's type.
        fatalError()
    }

    /// The immediate caller: an account or a contract.
    public static func caller() -> Address { readAddress { cairn_caller($0) } }

    /// The account that signed the transaction.
    public static func origin() -> Address { readAddress { cairn_origin($0) } }

    /// This contract's own address.
    public static func selfAddress() -> Address { readAddress { cairn_self_address($0) } }

    /// The amount transferred with this call.
    public static func value() -> UInt128 {
        readUInt128 { cairn_value($0) }
    }

    /// Height of the block being executed.
    public static func blockHeight() -> UInt64 { UInt64(bitPattern: cairn_block_height()) }

    /// Timestamp of the block being executed, Unix seconds.
    public static func blockTime() -> UInt64 { UInt64(bitPattern: cairn_block_time()) }

    /// The chain id every signature must cover.
    public static func chainID() -> UInt64 { UInt64(bitPattern: cairn_chain_id()) }

    /// Gas remaining for this call.
    public static func gasLeft() -> UInt64 { UInt64(bitPattern: cairn_gas_left()) }

    /// The balance of any account.
    public static func balance(of account: Address) -> UInt128 {
        account.bytes.withUnsafeBytes { address in
            readUInt128 { cairn_balance(address.baseAddress, $0) }
        }
    }

    /// Sends `amount` from this contract to `to`; false if this contract's balance is too low.
    public static func transfer(to recipient: Address, amount: UInt128) -> Bool {
        let encoded = encodeUInt128(amount)
        return recipient.bytes.withUnsafeBytes { to in
            encoded.withUnsafeBytes { cairn_transfer(to.baseAddress, $0.baseAddress) == 0 }
        }
    }

    /// Emits an event with up to four 32-byte topics; see `event(_:topics:data:)` for the usual form.
    public static func emit(topics: [[UInt8]], data: [UInt8]) {
        var flat: [UInt8] = []
        flat.reserveCapacity(topics.count * 32)
        for topic in topics {
            precondition(topic.count == 32, "event topics are 32 bytes")
            flat.append(contentsOf: topic)
        }
        flat.withUnsafeBytes { topicBytes in
            data.withUnsafeBytes { cairn_emit(topicBytes.baseAddress, Int32(topics.count), $0.baseAddress, Int32($0.count)) }
        }
    }

    /// Calls `method` of another contract with canonical argument bytes.
    ///
    /// `gas` 0 forwards all the VM allows (63/64 of what is left). A revert or failure of the
    /// callee discards its effects and is reported here; the caller decides whether to carry on.
    public static func call(
        contract: Address, method: StaticString, args: [UInt8], value: UInt128 = 0, gas: UInt64 = 0
    ) -> CallOutcome {
        let encodedValue = encodeUInt128(value)
        let status = contract.bytes.withUnsafeBytes { address in
            args.withUnsafeBytes { argBytes in
                encodedValue.withUnsafeBytes { valueBytes in
                    cairn_call(
                        address.baseAddress, method.utf8Start, Int32(method.utf8CodeUnitCount),
                        argBytes.baseAddress, Int32(argBytes.count), valueBytes.baseAddress,
                        Int64(bitPattern: gas))
                }
            }
        }
        switch status {
        case 0: return .success(returnData())
        case 1: return .revert(returnData())
        default: return .failure
        }
    }

    /// SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        digest(bytes) { cairn_sha256($0, $1, $2) }
    }

    /// Keccak-256 of `bytes` (Ethereum's, not SHA3-256).
    public static func keccak256(_ bytes: [UInt8]) -> [UInt8] {
        digest(bytes) { cairn_keccak256($0, $1, $2) }
    }

    /// The address that made a 65-byte r‖s‖v signature over a 32-byte digest, or nil if none did.
    public static func secp256k1Recover(digest: [UInt8], signature: [UInt8]) -> Address? {
        guard digest.count == 32, signature.count == 65 else { return nil }
        var signer = [UInt8](repeating: 0, count: 20)
        let status = digest.withUnsafeBytes { digestBytes in
            signature.withUnsafeBytes { signatureBytes in
                signer.withUnsafeMutableBytes {
                    cairn_secp256k1_recover(digestBytes.baseAddress, signatureBytes.baseAddress, $0.baseAddress)
                }
            }
        }
        return status == 0 ? Address(unchecked: signer) : nil
    }

    /// Whether `signature` (64 bytes) is a valid Ed25519 signature by `key` (32 bytes) over `message`.
    public static func ed25519Verify(key: [UInt8], message: [UInt8], signature: [UInt8]) -> Bool {
        guard key.count == 32, signature.count == 64 else { return false }
        return key.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { messageBytes in
                signature.withUnsafeBytes {
                    cairn_ed25519_verify(
                        keyBytes.baseAddress, messageBytes.baseAddress, Int32(messageBytes.count), $0.baseAddress) == 1
                }
            }
        }
    }

    // MARK: - Buffers

    private static func returnData() -> [UInt8] {
        let count = Int(cairn_returndata_len())
        guard count > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            cairn_returndata_read(buffer.baseAddress)
            initialized = count
        }
    }

    private static func readAddress(_ read: (UnsafeMutableRawPointer?) -> Void) -> Address {
        var bytes = [UInt8](repeating: 0, count: 20)
        bytes.withUnsafeMutableBytes { read($0.baseAddress) }
        return Address(unchecked: bytes)
    }

    private static func readUInt128(_ read: (UnsafeMutableRawPointer?) -> Void) -> UInt128 {
        var bytes = [UInt8](repeating: 0, count: 16)
        bytes.withUnsafeMutableBytes { read($0.baseAddress) }
        var reader = Reader(bytes)
        return reader.readUInt128()
    }

    private static func encodeUInt128(_ value: UInt128) -> [UInt8] {
        var writer = Writer()
        writer.writeUInt128(value)
        return writer.bytes
    }

    private static func digest(
        _ bytes: [UInt8], _ hash: (UnsafeRawPointer?, Int32, UnsafeMutableRawPointer?) -> Void
    ) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { hash(input.baseAddress, Int32(input.count), $0.baseAddress) }
        }
        return out
    }
}

/// What a nested `Host.call` came back with.
public enum CallOutcome {
    /// The callee returned; its return data.
    case success([UInt8])
    /// The callee reverted; its reason bytes.
    case revert([UInt8])
    /// The callee trapped, ran out of gas, or the contract or method does not exist.
    case failure
}
