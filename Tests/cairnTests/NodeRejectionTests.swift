import CairnChain
import CairnCodec
import CairnCrypto
import CairnRPC
import Foundation
import Testing

extension LiveNodeTests {
    /// What a live dev node refuses over JSON-RPC: each refusal is a JSON-RPC error with the right code and a
    /// message that says what is wrong, and none of them moves a balance, a nonce or the chain.
    @Suite("dev node rejections over JSON-RPC", .timeLimit(.minutes(5)))
    struct NodeRejectionTests {
        /// The secp256k1 group order n, big-endian.
        static let order = try! Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")

        /// What must not change while the node refuses things.
        struct Snapshot: Equatable {
            let balance: UInt128
            let nonce: UInt128
            let pendingNonce: UInt128
            let height: UInt64
            let recipientBalance: UInt128
        }

        static func snapshot(_ client: RPCClient, recipient: String) async throws -> Snapshot {
            Snapshot(
                balance: try await client.balance(DevAccounts.hex(0)), nonce: try await client.nonce(DevAccounts.hex(0)),
                pendingNonce: try await client.nonce(DevAccounts.hex(0), "pending"), height: try await client.blockNumber(),
                recipientBalance: try await client.balance(recipient))
        }

        /// Calls `method` and returns the JSON-RPC error it must answer with.
        static func refusal(_ client: RPCClient, _ method: String, _ params: JSONValue, sourceLocation: SourceLocation = #_sourceLocation)
            async throws -> RPCError
        {
            do {
                let result = try await client.call(method, params)
                Issue.record("\(method) was accepted: \(result)", sourceLocation: sourceLocation)
                throw RPCError(code: 0, message: "accepted")
            } catch let error as RPCError {
                return error
            }
        }

        /// Re-signs nothing: replaces the signature fields of a signed envelope.
        static func withSignature(_ signed: SignedTransaction, parity: UInt64, r: [UInt8], s: [UInt8]) throws -> [UInt8] {
            var items = try RLP.decode(signed.raw[1...]).list()
            items[9] = RLPItem(parity)
            items[10] = RLPItem(unsignedBigEndian: r)
            items[11] = RLPItem(unsignedBigEndian: s)
            return [Transaction.type] + RLP.encode(.list(items))
        }

        /// A correctly signed envelope built here, for transactions `Transaction.signed` itself refuses to decode.
        static func signedEnvelope(_ tx: Transaction, key: Int = 0) throws -> [UInt8] {
            let signature = try DevAccounts.keys[key].recoverableSignature(forDigest: tx.signingHash)
            func amount(_ value: UInt128) -> RLPItem {
                RLPItem(unsignedBigEndian: (0..<16).map { UInt8(truncatingIfNeeded: value >> (8 * (15 - $0))) })
            }
            let items: [RLPItem] = [
                RLPItem(tx.chainID), RLPItem(tx.nonce), amount(tx.maxPriorityFeePerGas), amount(tx.maxFeePerGas), RLPItem(tx.gasLimit),
                .bytes(tx.to?.bytes ?? []), amount(tx.value), .bytes(tx.data), .list([]),
                RLPItem(UInt64(signature.recoveryID)), RLPItem(unsignedBigEndian: signature.r), RLPItem(unsignedBigEndian: signature.s),
            ]
            return [Transaction.type] + RLP.encode(.list(items))
        }

        /// n - s for a 32-byte big-endian s.
        static func negated(_ s: [UInt8]) -> [UInt8] {
            let s = [UInt8](repeating: 0, count: 32 - s.count) + s
            var out = [UInt8](repeating: 0, count: 32)
            var borrow = 0
            for i in (0..<32).reversed() {
                var digit = Int(order[i]) - Int(s[i]) - borrow
                borrow = digit < 0 ? 1 : 0
                if digit < 0 { digit += 256 }
                out[i] = UInt8(digit)
            }
            return out
        }

        @Test("bad transactions, bad params and bad HTTP are refused with their codes and change nothing")
        func refusalsChangeNothing() async throws {
            let node = try await DevNodeProcess.launch()
            defer { node.removeHome() }
            let client = node.client
            let recipient = DevAccounts.address(5)
            let recipientHex = DevAccounts.hex(5)

            // One accepted transfer first, so "reused nonce" has a nonce to reuse.
            let first = try DevAccounts.transaction(from: 0, nonce: 0, to: recipient, value: 1000)
            _ = try await client.call("eth_sendRawTransaction", [first.rawHex])
            let firstReceipt = try #require(try await client.receipt(first.hashHex), "the valid transfer was not mined")
            #expect(firstReceipt["status"] == "0x1")
            let before = try await Self.snapshot(client, recipient: recipientHex)
            #expect(before.nonce == 1 && before.pendingNonce == 1)

            func expectRefused(
                _ raw: [UInt8], _ message: String, sourceLocation: SourceLocation = #_sourceLocation
            ) async throws {
                let error = try await Self.refusal(client, "eth_sendRawTransaction", [.string("0x" + Hex.encode(raw))],
                                                   sourceLocation: sourceLocation)
                #expect(error.code == -32000, "\(error)", sourceLocation: sourceLocation)
                #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
                // Nothing of it is kept: no transaction under its hash.
                let hash = "0x" + Hex.encode(Keccak256.hash(raw))
                #expect(try await client.call("eth_getTransactionByHash", [.string(hash)]).isNull, sourceLocation: sourceLocation)
            }

            try await expectRefused(
                try DevAccounts.transaction(from: 0, nonce: 1, to: recipient, chainID: 1).raw, "wrong chain id 1; this chain is 31337")
            try await expectRefused(
                try DevAccounts.transaction(from: 0, nonce: 0, to: recipient, value: 2).raw, "nonce 0 already used; the next nonce is 1")
            try await expectRefused(
                try DevAccounts.transaction(from: 0, nonce: 5, to: recipient).raw, "nonce 5 skips ahead; the next nonce is 1")
            try await expectRefused(
                try DevAccounts.transaction(from: 0, nonce: 1, to: recipient, value: 1_000_000 * 1_000_000_000_000_000_000).raw,
                "insufficient funds")

            let valid = try DevAccounts.transaction(from: 0, nonce: 1, to: recipient, value: 3)
            // r = 2^256 - 1 is beyond the group order: no signature at all.
            try await expectRefused(
                try Self.withSignature(valid, parity: UInt64(valid.yParity), r: [UInt8](repeating: 0xff, count: 32), s: valid.s),
                "invalid signature: r or s out of range")
            try await expectRefused(try Self.withSignature(valid, parity: 2, r: valid.r, s: valid.s), "invalid signature: y parity must be 0 or 1")
            // The high-s twin recovers the same sender, so it must be refused for itself.
            try await expectRefused(
                try Self.withSignature(valid, parity: UInt64(1 - valid.yParity), r: valid.r, s: Self.negated(valid.s)),
                "invalid signature: high s")

            let oversized = try Self.signedEnvelope(Transaction(
                chainID: 31337, nonce: 1, maxPriorityFeePerGas: FeeMarket.suggestedTip, maxFeePerGas: 100_000_000_000, gasLimit: 10_000_000,
                to: recipient, value: 0, data: ContractCall(method: "x", args: [UInt8](repeating: 7, count: 270_000)).canonicalBytes))
            #expect(oversized.count > 256 * 1024)
            try await expectRefused(oversized, "over the 262144-byte limit")
            try await expectRefused([0x02, 0xc5, 0x01], "malformed transaction")
            try await expectRefused(Array(valid.raw.dropLast(3)), "malformed transaction")

            // Parameters of the wrong shape.
            func expectInvalidParams(_ method: String, _ params: JSONValue, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
                async throws
            {
                let error = try await Self.refusal(client, method, params, sourceLocation: sourceLocation)
                #expect(error.code == RPCError.invalidParamsCode, "\(error)", sourceLocation: sourceLocation)
                #expect(error.message == "Invalid params: \(message)", "\(error)", sourceLocation: sourceLocation)
            }
            try await expectInvalidParams("eth_sendRawTransaction", ["0xzz12"], "raw transaction is not valid hex")
            try await expectInvalidParams("eth_sendRawTransaction", ["02f86c"], "raw transaction must be a 0x-prefixed hex string")
            try await expectInvalidParams("eth_getBalance", ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226g"], "address is not valid hex")
            try await expectInvalidParams("eth_sendRawTransaction", [], "missing parameter 0: raw transaction")
            try await expectInvalidParams("eth_getTransactionReceipt", [], "missing parameter 0: hash")
            try await expectInvalidParams("eth_getBalance", [], "missing parameter 0: address")

            let unknown = try await Self.refusal(client, "eth_mine", [])
            #expect(unknown.code == RPCError.methodNotFoundCode && unknown.message == "Method not found: eth_mine", "\(unknown)")

            // HTTP-level refusals: a body over the 1 MiB limit (declared, and streamed without a length), garbage.
            let declared = try RawHTTP.exchange(
                port: node.port,
                head: "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(2 << 20)",
                body: [UInt8](repeating: 0x20, count: 65_536))
            #expect(declared.status == 413, "\(declared)")
            #expect(declared.body.contains("exceeds 1048576 bytes"), "\(declared)")
            var chunked: [UInt8] = []
            for _ in 0..<20 { chunked += Array("10000\r\n".utf8) + [UInt8](repeating: 0x20, count: 65_536) + Array("\r\n".utf8) }
            chunked += Array("0\r\n\r\n".utf8)
            let streamed = try RawHTTP.exchange(
                port: node.port, head: "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked", body: chunked)
            #expect(streamed.status == 413, "\(streamed)")

            let garbage = try RawHTTP.post(port: node.port, [0xde, 0xad, 0xbe, 0xef, 0x00, 0xff, 0x7b])
            #expect(garbage.status == 200, "\(garbage)")
            let parsed = try JSONValue(parsing: garbage.body)
            #expect(parsed["error"]?["code"] == .integer(RPCError.parseErrorCode), "\(garbage.body)")
            #expect(parsed["id"] == .null)

            // Nothing moved, and the node still serves and still mines.
            #expect(try await Self.snapshot(client, recipient: recipientHex) == before)
            _ = try await client.call("eth_sendRawTransaction", [valid.rawHex])
            let receipt = try #require(try await client.receipt(valid.hashHex), "a valid transfer after the refusals was not mined")
            #expect(receipt["status"] == "0x1")
            #expect(try await client.balance(recipientHex) == before.recipientBalance + 3)
            #expect(try await client.nonce(DevAccounts.hex(0)) == 2)
            #expect(node.isRunning)
        }
    }
}
