import CairnChain
import CairnCodec
import CairnCrypto
import CairnExplorer
import CairnMessaging
import CairnRPC
import Testing

@Suite("Explorer decoding")
struct DecodingTests {
    static let directory = ContractDirectory(contracts: [
        try! Address("0x0000000000000000000000000000000000001001"): SystemABI.identity,
        try! Address("0x0000000000000000000000000000000000001003"): SystemABI.inbox,
        try! Address("0x0000000000000000000000000000000000001004"): SystemABI.staking,
    ])
    static let inbox = try! Address("0x0000000000000000000000000000000000001003")
    static let identity = try! Address("0x0000000000000000000000000000000000001001")

    @Test("canonical values decode by type, strictly: truncated or trailing bytes are errors")
    func strictness() throws {
        var writer = CanonicalWriter()
        writer.writeUInt64(7)
        writer.writeUInt64(12)
        writer.writeBytes(Array("bafkreiexample".utf8))
        writer.writeUInt8(0)
        let entry = try ABIDecoder.decode(SystemABI.inbox.method("entries")!.returns!, from: [1] + writer.bytes)
        let first = try #require(entry.list?.first)
        #expect(first["seq"]?.uint == 7)
        #expect(first["cid"]?.text == "bafkreiexample")
        #expect(first["kind"]?.text() == "single")
        #expect(first.json["kind"] == .string("single"))
        #expect(throws: ABIDecodingError.self) { try ABIDecoder.decode(SystemABI.inbox.method("entries")!.returns!, from: [1] + writer.bytes + [0]) }
        #expect(throws: ABIDecodingError.self) { try ABIDecoder.decode(SystemABI.inbox.method("entries")!.returns!, from: [1] + writer.bytes.dropLast()) }
        // A list that claims more elements than the bytes hold fails without allocating them.
        #expect(throws: ABIDecodingError.self) { try ABIDecoder.decode(.list(.fixed(32)), from: [0xFF, 0xFF, 0x03]) }
        #expect(try ABIDecoder.decode(.optional(.address), from: [0]).isNone)
        // Packed lists (Staking's storage) have no count.
        let packed = try ABIDecoder.decode(.packed(.address), from: Self.inbox.bytes + Self.identity.bytes)
        #expect(packed.list?.compactMap(\.address) == [Self.inbox, Self.identity])
    }

    @Test("JSON keeps amounts exact as decimal strings and addresses EIP-55")
    func json() throws {
        let address = try Address("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")
        let value = ABIValue.record([("who", .address(address)), ("amount", .uint(UInt128.max, .amount)), ("n", .uint(3, .plain))])
        #expect(value.json == [
            "who": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "amount": .string(String(UInt128.max)), "n": 3,
        ])
        #expect(value.text(short: false).contains("who=0x70997970C51812dc3A010C7d01b50e0d17dc79C8"))
    }

    @Test("transaction data decodes as a transfer, a deploy, a known call or an unknown one")
    func calls() throws {
        #expect(DecodedCall(to: Self.inbox, data: [], directory: Self.directory) == .transfer)
        let code: [UInt8] = [0, 0x61, 0x73, 0x6D]
        #expect(DecodedCall(to: nil, data: ContractDeploy(code: code, initArgs: [9]).canonicalBytes, directory: Self.directory)
            == .deploy(codeSize: 4, codeHash: Keccak256.hash(code), initArgs: [9]))
        var writer = CanonicalWriter()
        writer.writeFixed([UInt8](repeating: 0xAB, count: 32))
        writer.writeBytes(Array("bafkreicid".utf8))
        let anchor = DecodedCall(to: Self.inbox, data: ContractCall(method: "anchor", args: writer.bytes).canonicalBytes, directory: Self.directory)
        guard case let .call(contract, method, arguments, _) = anchor else {
            Issue.record("not a call: \(anchor)")
            return
        }
        #expect(contract == "Inbox")
        #expect(method == "anchor")
        #expect(arguments?["cid"]?.text == "bafkreicid")
        #expect(anchor.text().hasPrefix("Inbox.anchor(tag=0xabababab…abab cid=bafkreicid)"))
        // Arguments that do not match the documented ones keep their raw bytes and no decoding.
        let bad = DecodedCall(to: Self.inbox, data: ContractCall(method: "anchor", args: [1, 2]).canonicalBytes, directory: Self.directory)
        guard case let .call(_, _, badArguments, raw) = bad else {
            Issue.record("not a call: \(bad)")
            return
        }
        #expect(badArguments == nil)
        #expect(raw == [1, 2])
        let unknown = try Address("0x00000000000000000000000000000000000000ee")
        #expect(DecodedCall(to: unknown, data: ContractCall(method: "poke", args: [7]).canonicalBytes, directory: Self.directory).text()
            == "poke(0x07)")
        #expect(DecodedCall(to: unknown, data: [0xFF], directory: Self.directory) == .undecodable([0xFF]))
    }

    @Test("events decode by topic 0, with addresses taken from padded topics")
    func events() throws {
        let owner = try Address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
        var data = CanonicalWriter()
        data.writeFixed([UInt8](repeating: 7, count: 32))
        data.writeBytes(Array("alice".utf8))
        let topics = [Keccak256.hash(Array("Identity.Registered".utf8)), [UInt8](repeating: 0, count: 12) + owner.bytes]
        let event = DecodedEvent(contract: Self.identity, topics: topics, data: data.bytes, directory: Self.directory)
        #expect(event.name == "Identity.Registered")
        #expect(event.fields?["owner"]?.address == owner)
        #expect(event.fields?["handle"]?.text == "alice")
        #expect(event.text(short: false).hasPrefix("Identity.Registered owner=0x70997970C51812dc3A010C7d01b50e0d17dc79C8 identityKey=0x0707"))
        // The same bytes from a contract the explorer does not know stay raw.
        let stranger = DecodedEvent(contract: owner, topics: topics, data: data.bytes, directory: Self.directory)
        #expect(stranger.name == nil)
        #expect(stranger.text().hasPrefix("event of 0x70997970…79C8"))
        // Every system event's name hashes to a distinct topic 0.
        #expect(SystemABI.eventsByTopic.count == SystemABI.all.flatMap(\.events).count)
    }

    @Test("storage slots decode through the contract's layout")
    func storage() throws {
        let owner = try Address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
        let handle = DecodedSlot(slot: [0x02] + Array("bob".utf8) + [UInt8](repeating: 0, count: 29), value: owner.bytes, abi: SystemABI.identity)
        #expect(handle.map == "handles")
        #expect(handle.key?["handle"]?.text == "bob")
        #expect(handle.decodedValue?.address == owner)
        let unknown = DecodedSlot(slot: [0x09], value: [1], abi: SystemABI.identity)
        #expect(unknown.map == nil)
        #expect(unknown.json["slot"] == "0x09")
    }

    @Test("first-contact tags are SHA-256 over the documented bytes, and change with the epoch and device")
    func inboxTags() throws {
        let device = [UInt8](0..<32)
        let tag = InboxTag.firstContact(chainID: 31337, deviceKey: device, epoch: 20_454)
        #expect(Hex.encode(tag) == "879ed1fb69861856d1f93872f38e74470d3dddb0d3e63eee2cecbd7af17bd245")
        #expect(InboxTag.firstContact(chainID: 31337, deviceKey: device, epoch: 20_455) != tag)
        #expect(InboxTag.firstContact(chainID: 1, deviceKey: device, epoch: 20_454) != tag)
        #expect(InboxTag.epoch(at: 1_767_225_600) == 20_454)
    }
}
