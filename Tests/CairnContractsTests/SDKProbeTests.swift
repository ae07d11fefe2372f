import CairnCodec
import CairnCrypto
import CairnTestSupport
import CairnVM
import Foundation
import Testing

/// The contract SDK (Contracts/SDK) checked in the real VM through its test contract,
/// Contracts/SDK/Probe, against the host-side implementations of the same things.
@Suite("Contract SDK")
struct SDKProbeTests {
    static let probeAddress = try! Address("0x0000000000000000000000000000000000005d00")

    /// The probe, built once per test process with the same flags as every contract.
    static let probeCode: Result<[UInt8], any Error> = Result {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-probe-\(UUID().uuidString).wasm")
        defer { try? FileManager.default.removeItem(at: output) }
        let script = ContractHarness.repositoryRoot.appendingPathComponent("Scripts/build-contracts")
        let (run, timedOut) = try ChildProcess.runToEnd(script, ["--sdk-probe", output.path], ownSession: true, timeout: 300)
        guard run.status == 0, !timedOut else {
            throw ProbeBuildFailure(output: (timedOut ? "killed after 300 s\n" : "") + String(decoding: run.stdout, as: UTF8.self) + run.stderr)
        }
        return [UInt8](try Data(contentsOf: output))
    }

    let alice = IdentityUser(1)
    let bob = IdentityUser(2)

    func harness() throws -> ContractHarness {
        let h = ContractHarness()
        try h.vm.install(code: Self.probeCode.get(), at: Self.probeAddress, context: h.context, state: h.state)
        return h
    }

    // MARK: - 128-bit arithmetic (rt.c)

    @Test func wideArithmeticMatchesSwift() throws {
        let h = try harness()
        var random = ProbeRandom(seed: 0xC0FFEE)
        var cases: [(op: UInt8, a: UInt128, b: UInt128)] = []
        for op in UInt8(0)...8 {
            for _ in 0..<120 {
                let a = random.wideValue(), b = random.wideValue()
                let signedA = Int128(bitPattern: a), signedB = Int128(bitPattern: b)
                if [1, 2].contains(op) && b == 0 { continue }
                if [5, 6].contains(op) && (b == 0 || (signedA == .min && signedB == -1)) { continue }
                cases.append((op, a, b))
            }
        }
        var writer = CanonicalWriter()
        writer.writeArray(cases) { $0.writeUInt8($1.op); $0.writeUInt128($1.a); $0.writeUInt128($1.b) }
        let result = h.call(Self.probeAddress, "arith", writer.bytes, from: alice.address, gas: 2_000_000_000)
        try #require(result.status == .success, "\(result.status)")

        var reader = CanonicalReader(result.returnData)
        let answers = try reader.readArray { try $0.readUInt128() }
        try reader.finish()
        try #require(answers.count == cases.count)
        for (item, answer) in zip(cases, answers) {
            #expect(answer == Self.expected(item.op, item.a, item.b), "op \(item.op) a \(item.a) b \(item.b)")
        }
    }

    static func expected(_ op: UInt8, _ a: UInt128, _ b: UInt128) -> UInt128 {
        let shift = Int(b & 127)
        let signedA = Int128(bitPattern: a), signedB = Int128(bitPattern: b)
        switch op {
        case 0: return a &* b
        case 1: return a / b
        case 2: return a % b
        case 3: return a &<< shift
        case 4: return a &>> shift
        case 5: return UInt128(bitPattern: signedA / signedB)
        case 6: return UInt128(bitPattern: signedA % signedB)
        case 7: return UInt128(bitPattern: signedA &>> shift)
        default: return a.multipliedFullWidth(by: b).high
        }
    }

    @Test func divisionByZeroTrapsInsteadOfAnswering() throws {
        let h = try harness()
        var writer = CanonicalWriter()
        writer.writeArray([(UInt8(1), UInt128(5), UInt128(0))]) { $0.writeUInt8($1.0); $0.writeUInt128($1.1); $0.writeUInt128($1.2) }
        let result = h.call(Self.probeAddress, "arith", writer.bytes, from: alice.address)
        guard case .trapped = result.status else {
            Issue.record("expected a trap, got \(result.status)")
            return
        }
    }

    // MARK: - Reader and Writer

    /// A valid encoding of the probe's `Sample`, field by field.
    static func sample(count: UInt64 = 5, maybe: UInt64? = 9, blob: [UInt8] = [1, 2, 3], shorts: [UInt16] = [7, 65535]) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeVarint(count)
        writer.writeBool(true)
        writer.writeOptional(maybe) { $0.writeUInt64($1) }
        writer.writeBytes(blob)
        writer.writeArray(shorts) { $0.writeUInt16($1) }
        writer.writeUInt32(0xdead_beef)
        writer.writeFixed([UInt8](repeating: 0xab, count: 20))
        writer.writeUInt128(UInt128.max - 1)
        return writer.bytes
    }

    @Test func readerAndWriterRoundTripCanonicalValues() throws {
        let h = try harness()
        for bytes in [
            Self.sample(), Self.sample(count: 0, maybe: nil, blob: [], shorts: []),
            Self.sample(count: 127), Self.sample(count: 128), Self.sample(count: UInt64.max, blob: [0, 0, 0, 0]),
        ] {
            let result = h.call(Self.probeAddress, "codec", bytes, from: alice.address)
            #expect(result.status == .success)
            #expect(result.returnData == bytes)
        }
    }

    @Test func readerRejectsEveryNonCanonicalForm() throws {
        let h = try harness()
        let valid = Self.sample()
        var malformed: [[UInt8]] = (0..<valid.count).map { Array(valid[..<$0]) } // every truncation
        malformed.append(valid + [0])                                 // trailing byte
        malformed.append([0x85, 0x00] + valid.dropFirst())            // count 5 as a two-byte varint
        malformed.append([0x80, 0x00] + valid.dropFirst())            // zero as a two-byte varint
        malformed.append([UInt8](repeating: 0xff, count: 9) + [0x02] + valid.dropFirst()) // over 64 bits
        malformed.append([UInt8](repeating: 0xff, count: 10) + [0x01] + valid.dropFirst()) // 11 bytes
        var badBool = valid; badBool[1] = 2
        var badOptional = valid; badOptional[2] = 2
        malformed += [badBool, badOptional]
        malformed.append(Self.sample(blob: [1, 2, 3, 4, 5]))         // over the 4-byte limit
        malformed.append(Self.sample(shorts: [1, 2, 3, 4]))           // over the 3-element limit
        for bytes in malformed {
            h.expectRevert(Self.probeAddress, "codec", bytes, from: alice.address, "bad arguments")
        }
    }

    @Test func fixedListFindsRemovesAndAppendsInPlace() throws {
        let h = try harness()
        let keys = (0..<5).map { Keccak256.hash([UInt8($0)]) }
        for (list, find, removeAt) in [
            (keys, keys[3], 0), (keys, keys[0], 2), (keys, keys[4], 4), (keys + [keys[1]], keys[1], 5),
            ([keys[2]], keys[0], 0),
        ] {
            var writer = CanonicalWriter()
            writer.writeArray(list) { $0.writeFixed($1) }
            writer.writeFixed(find)
            writer.writeUInt32(UInt32(removeAt))
            let result = h.succeed(Self.probeAddress, "fixedList", writer.bytes, from: alice.address)

            var rest = list
            let removed = rest.remove(at: removeAt)
            var expected = CanonicalWriter()
            expected.writeBool(Set(list).count != list.count)
            expected.writeOptional(list.firstIndex(of: find)) { $0.writeUInt32(UInt32($1)) }
            expected.writeFixed(removed)
            expected.writeArray(rest) { $0.writeFixed($1) }
            expected.writeFixed(find)
            #expect(result.returnData == expected.bytes, "remove \(removeAt) of \(list.count)")
        }
    }

    // MARK: - Storage

    @Test func storageRoundTripsValuesOfEveryLength() throws {
        let h = try harness()
        for length in [0, 1, 255, 256, 257, 4096, 60_000] {
            let key = Array("k\(length)".utf8)
            let value = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            _ = h.succeed(Self.probeAddress, "store", Self.storeArgs(key, value), from: alice.address)
            #expect(try load(h, key) == (true, value), "length \(length)")
        }
        _ = h.succeed(Self.probeAddress, "store", Self.storeArgs(Array("k0".utf8), nil), from: alice.address)
        #expect(try load(h, Array("k0".utf8)) == (false, nil))
        #expect(try load(h, Array("never".utf8)) == (false, nil))
    }

    static func storeArgs(_ key: [UInt8], _ value: [UInt8]?) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeBytes(key)
        writer.writeOptional(value) { $0.writeBytes($1) }
        return writer.bytes
    }

    private func load(_ h: ContractHarness, _ key: [UInt8]) throws -> (Bool, [UInt8]?) {
        var writer = CanonicalWriter()
        writer.writeBytes(key)
        let result = h.succeed(Self.probeAddress, "load", writer.bytes, from: alice.address)
        var reader = CanonicalReader(result.returnData)
        let answer = (try reader.readBool(), try reader.readOptional { try $0.readBytes() })
        try reader.finish()
        return answer
    }

    // MARK: - Text, hashes, signatures

    @Test func textFormatsDecimalAndLowercaseHex() throws {
        let h = try harness()
        for (value, bytes) in [(UInt64(0), [UInt8]()), (9, [0x00]), (10, [0xff, 0x0a]), (1_234_567_890, Array(0...255)),
                               (UInt64.max, [0xde, 0xad, 0xbe, 0xef])] {
            var writer = CanonicalWriter()
            writer.writeUInt64(value)
            writer.writeBytes(bytes)
            let result = h.succeed(Self.probeAddress, "text", writer.bytes, from: alice.address)
            var reader = CanonicalReader(result.returnData)
            #expect(String(decoding: try reader.readBytes(), as: UTF8.self) == String(value))
            #expect(String(decoding: try reader.readBytes(), as: UTF8.self) == Hex.encode(bytes))
            try reader.finish()
        }
    }

    @Test func hashesMatchCairnCrypto() throws {
        let h = try harness()
        for input in [[], Array("abc".utf8), (0..<1000).map { UInt8(truncatingIfNeeded: $0) }] as [[UInt8]] {
            var writer = CanonicalWriter()
            writer.writeBytes(input)
            let result = h.succeed(Self.probeAddress, "hashes", writer.bytes, from: alice.address)
            #expect(result.returnData == SHA256.hash(input) + Keccak256.hash(input))
        }
    }

    @Test func signatureWrappersRecoverVerifyAndRefuseWrongLengths() throws {
        let h = try harness()
        let digest = Keccak256.hash(Array("probe".utf8))
        let rsv = try alice.wallet.recoverableSignature(forDigest: digest).rsv()
        let message = Array("hello".utf8)
        let key = alice.identityPublic
        let edSignature = alice.identityKey.signature(for: message)

        #expect(try signatures(h, digest, rsv, key, message, edSignature) == (Optional(alice.address), true))
        #expect(try signatures(h, digest, Array(rsv.dropLast()), Array(key.dropLast()), message, edSignature) == (nil, false))
        #expect(try signatures(h, Array(digest.dropLast()), rsv, key, message, Array(edSignature.dropLast())) == (nil, false))
        #expect(try signatures(h, digest, rsv, bob.identityPublic, message, edSignature).1 == false)
    }

    private func signatures(
        _ h: ContractHarness, _ digest: [UInt8], _ signature: [UInt8], _ key: [UInt8], _ message: [UInt8], _ edSignature: [UInt8]
    ) throws -> (Address?, Bool) {
        var writer = CanonicalWriter()
        for field in [digest, signature, key, message, edSignature] { writer.writeBytes(field) }
        let result = h.succeed(Self.probeAddress, "signatures", writer.bytes, from: alice.address)
        var reader = CanonicalReader(result.returnData)
        let answer = (try reader.readOptional { try Address(bytes: $0.readFixed(count: 20)) }, try reader.readBool())
        try reader.finish()
        return answer
    }

    // MARK: - Call context, balances, nested calls

    @Test func hostReportsTheCallContext() throws {
        let h = try harness()
        h.advance(blocks: 9, seconds: 12)
        h.fund(alice.address, 1_000)
        let result = h.call(Self.probeAddress, "context", [], from: alice.address, value: 250)
        try #require(result.status == .success, "\(result.status)")

        var reader = CanonicalReader(result.returnData)
        #expect(try reader.readFixed(count: 20) == alice.address.bytes)   // caller
        #expect(try reader.readFixed(count: 20) == alice.address.bytes)   // origin
        #expect(try reader.readFixed(count: 20) == Self.probeAddress.bytes)
        #expect(try reader.readUInt128() == 250)
        #expect(try reader.readUInt64() == h.context.height)
        #expect(try reader.readUInt64() == h.context.time)
        #expect(try reader.readUInt64() == 31337)
        #expect(try reader.readUInt128() == 250)                          // the value is already the probe's
        #expect(try reader.readBool())
        try reader.finish()
    }

    @Test func transferMovesFundsOrReportsTooLittle() throws {
        let h = try harness()
        h.fund(alice.address, 1_000)
        _ = h.call(Self.probeAddress, "context", [], from: alice.address, value: 600)

        let paid = h.succeed(Self.probeAddress, "pay", bob.address.bytes + CanonicalWriter.uint128(400), from: alice.address)
        #expect(paid.returnData == [1])
        #expect(h.balance(bob.address) == 400)
        #expect(h.balance(Self.probeAddress) == 200)

        let refused = h.succeed(Self.probeAddress, "pay", bob.address.bytes + CanonicalWriter.uint128(201), from: alice.address)
        #expect(refused.returnData == [0])
        #expect(h.balance(bob.address) == 400)
        #expect(h.balance(Self.probeAddress) == 200)
    }

    @Test func nestedCallsReportSuccessRevertAndFailure() throws {
        let h = try harness()
        let expectations: [(UInt8, UInt8, [UInt8])] = [
            (0, 0, SHA256.hash(Array("abc".utf8)) + Keccak256.hash(Array("abc".utf8))),
            (1, 1, Array("nope".utf8)),
            (2, 2, []),
        ]
        for (which, outcome, data) in expectations {
            let result = h.succeed(Self.probeAddress, "callSelf", [which], from: alice.address)
            var expected = CanonicalWriter()
            expected.writeUInt8(outcome)
            expected.writeBytes(data)
            #expect(result.returnData == expected.bytes, "callSelf(\(which))")
            #expect(result.events == [Event(
                contract: Self.probeAddress, topics: [EventTopic.name("Probe.Called"), EventTopic.address(alice.address)],
                data: expected.bytes)])
        }
    }
}

/// The probe did not build; the script's output says why.
struct ProbeBuildFailure: Error, CustomStringConvertible {
    var output: String
    var description: String { "build-contracts --sdk-probe failed:\n\(output)" }
}

extension CanonicalWriter {
    /// A lone u128, for hand-built argument bytes.
    fileprivate static func uint128(_ value: UInt128) -> [UInt8] {
        var writer = CanonicalWriter()
        writer.writeUInt128(value)
        return writer.bytes
    }
}

/// A small seeded generator (ProbeRandom), so a failing case replays exactly.
struct ProbeRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 128-bit values biased toward the edges where wide arithmetic goes wrong: tiny, one-word,
    /// single bits, near the maximum, and the sign boundary.
    mutating func wideValue() -> UInt128 {
        let full = UInt128(next()) << 64 | UInt128(next())
        switch next() % 7 {
        case 0: return UInt128(next() % 5)
        case 1: return UInt128(next())
        case 2: return UInt128(1) << (next() % 128)
        case 3: return UInt128.max - UInt128(next() % 3)
        case 4: return full >> (next() % 128)
        case 5: return (UInt128(1) << 127) &+ UInt128(next() % 3) &- 1
        default: return full
        }
    }
}
