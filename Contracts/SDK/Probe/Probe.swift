// The SDK's test contract: each method exposes one part of the SDK so that the tests
// (Tests/CairnContractsTests/ContractBuildTests.swift, "Contract SDK") can check it in the real VM
// against the host-side implementations. Built only by `Scripts/build-contracts --sdk-probe`; it is
// never deployed on a chain.

/// arith([op u8, a u128, b u128]) -> [u128]: the 128-bit operations rt.c implements for wasm32.
@_expose(wasm, "arith") @_cdecl("arith") public func arith() {
    var args = Host.arguments()
    let cases = args.readArray(maxCount: 4096) { reader in
        (op: reader.readUInt8(), a: reader.readUInt128(), b: reader.readUInt128())
    }
    args.finish()

    var results = Writer()
    results.writeVarint(UInt64(cases.count))
    for item in cases {
        let a = item.a, b = item.b
        let shift = Int(truncatingIfNeeded: b & 127)
        let signedA = Int128(bitPattern: a), signedB = Int128(bitPattern: b)
        let result: UInt128
        switch item.op {
        case 0: result = a &* b
        case 1: result = a / b
        case 2: result = a % b
        case 3: result = a &<< shift
        case 4: result = a &>> shift
        case 5: result = UInt128(bitPattern: signedA / signedB)
        case 6: result = UInt128(bitPattern: signedA % signedB)
        case 7: result = UInt128(bitPattern: signedA &>> shift)
        case 8: result = a.multipliedFullWidth(by: b).high
        default: Host.revert("bad op")
        }
        results.writeUInt128(result)
    }
    Host.setReturn(results.bytes)
}

/// A value with one field of every kind the Reader decodes.
struct Sample: CanonicalCodable {
    var count: UInt64
    var flag: Bool
    var maybe: UInt64?
    var blob: [UInt8]
    var shorts: [UInt16]
    var word: UInt32
    var owner: Address
    var amount: UInt128

    init(from reader: inout Reader) {
        count = reader.readVarint()
        flag = reader.readBool()
        maybe = reader.readOptional { $0.readUInt64() }
        blob = reader.readBytes(maxLength: 4)
        shorts = reader.readArray(maxCount: 3) { $0.readUInt16() }
        word = reader.readUInt32()
        owner = reader.readAddress()
        amount = reader.read(UInt128.self)
    }

    func encode(to writer: inout Writer) {
        writer.writeVarint(count)
        writer.writeBool(flag)
        writer.write(maybe)
        writer.writeBytes(blob)
        writer.write(shorts)
        writer.writeUInt32(word)
        writer.write(owner)
        writer.write(amount)
    }
}

/// codec(Sample) -> Sample: decodes strictly and writes back what it read.
@_expose(wasm, "codec") @_cdecl("codec") public func codec() {
    Host.setReturn(Host.arguments(Sample.self))
}

/// store(key bytes, value Optional<bytes>): sets the key, or deletes it for none.
@_expose(wasm, "store") @_cdecl("store") public func store() {
    var args = Host.arguments()
    let key = args.readBytes(maxLength: 128)
    let value = args.readOptional { $0.readBytes(maxLength: 65_536) }
    args.finish()
    if let value { Storage.set(key, value) } else { Storage.delete(key) }
}

/// load(key bytes) -> (has bool, value Optional<bytes>).
@_expose(wasm, "load") @_cdecl("load") public func load() {
    var args = Host.arguments()
    let key = args.readBytes(maxLength: 128)
    args.finish()
    var result = Writer()
    result.writeBool(Storage.has(key))
    result.writeOptional(Storage.get(key)) { $0.writeBytes($1) }
    Host.setReturn(result.bytes)
}

/// text(value u64, bytes) -> (decimal bytes, hex bytes).
@_expose(wasm, "text") @_cdecl("text") public func text() {
    var args = Host.arguments()
    let value = args.readUInt64()
    let bytes = args.readBytes(maxLength: 1024)
    args.finish()
    var result = Writer()
    result.writeBytes(Text.decimal(value))
    result.writeBytes(Text.hex(bytes))
    Host.setReturn(result.bytes)
}

/// context() -> caller, origin, self, value u128, height, time, chainID, own balance u128, gas left > 0.
@_expose(wasm, "context") @_cdecl("context") public func context() {
    Host.arguments().finish()
    var result = Writer()
    result.writeAddress(Host.caller())
    result.writeAddress(Host.origin())
    result.writeAddress(Host.selfAddress())
    result.writeUInt128(Host.value())
    result.writeUInt64(Host.blockHeight())
    result.writeUInt64(Host.blockTime())
    result.writeUInt64(Host.chainID())
    result.writeUInt128(Host.balance(of: Host.selfAddress()))
    result.writeBool(Host.gasLeft() > 0)
    Host.setReturn(result.bytes)
}

/// pay(to addr20, amount u128) -> bool: whether the transfer happened.
@_expose(wasm, "pay") @_cdecl("pay") public func pay() {
    var args = Host.arguments()
    let recipient = args.readAddress()
    let amount = args.readUInt128()
    args.finish()
    Host.setReturn(Host.transfer(to: recipient, amount: amount))
}

/// hashes(bytes) -> sha256 32 ‖ keccak256 32.
@_expose(wasm, "hashes") @_cdecl("hashes") public func hashes() {
    var args = Host.arguments()
    let bytes = args.readBytes(maxLength: 65_536)
    args.finish()
    Host.setReturn(Host.sha256(bytes) + Host.keccak256(bytes))
}

/// signatures(digest bytes, sig bytes, key bytes, message bytes, edSig bytes) -> (Optional<addr20>, bool):
/// the recover and verify wrappers, with lengths the caller chooses so that the guards are exercised.
@_expose(wasm, "signatures") @_cdecl("signatures") public func signatures() {
    var args = Host.arguments()
    let digest = args.readBytes(maxLength: 128)
    let signature = args.readBytes(maxLength: 128)
    let key = args.readBytes(maxLength: 128)
    let message = args.readBytes(maxLength: 1024)
    let edSignature = args.readBytes(maxLength: 128)
    args.finish()
    var result = Writer()
    result.write(Host.secp256k1Recover(digest: digest, signature: signature))
    result.writeBool(Host.ed25519Verify(key: key, message: message, signature: edSignature))
    Host.setReturn(result.bytes)
}

/// callSelf(which u8) -> (outcome u8: 0 success, 1 revert, 2 failure; data bytes), after emitting an event.
@_expose(wasm, "callSelf") @_cdecl("callSelf") public func callSelf() {
    let which = Host.arguments(UInt8.self)
    let outcome: CallOutcome
    switch which {
    case 0:
        var inner = Writer()
        inner.writeBytes([UInt8](ascii: "abc"))
        outcome = Host.call(contract: Host.selfAddress(), method: "hashes", args: inner.bytes)
    case 1: outcome = Host.call(contract: Host.selfAddress(), method: "fail", args: [])
    case 2: outcome = Host.call(contract: Host.selfAddress(), method: "missing", args: [])
    default: Host.revert("bad which")
    }
    var result = Writer()
    switch outcome {
    case .success(let data): result.writeUInt8(0); result.writeBytes(data)
    case .revert(let reason): result.writeUInt8(1); result.writeBytes(reason)
    case .failure: result.writeUInt8(2); result.writeBytes([])
    }
    event("Probe.Called", topics: [Host.caller().topic], data: result.bytes)
    Host.setReturn(result.bytes)
}

/// fail(): always reverts "nope".
@_expose(wasm, "fail") @_cdecl("fail") public func fail() {
    Host.revert("nope")
}
