import Logging
import Synchronization
import Testing
@testable import CairnRPC

/// Errors a handler might throw that must not reach the caller.
struct SecretFailure: Error {
    let path = "/home/validator/keystore.json"
}

/// The methods every RPC test serves.
func testMethods(notified: Counter = Counter()) -> RPCMethodTable {
    var methods = RPCMethodTable()
    methods.register("echo") { params in params }
    methods.register("add") { params in
        guard let first = params[0]?.integer, let second = params[1]?.integer, params.array?.count == 2 else {
            throw RPCError.invalidParams("expected [integer, integer]")
        }
        return .integer(first &+ second)
    }
    methods.register("note") { _ in
        notified.increment()
        return nil
    }
    methods.register("reject") { _ in
        throw RPCError(code: -32000, message: "nonce too low")
    }
    methods.register("revert") { _ in
        throw RPCError(code: 3, message: "execution reverted: not owner", data: "0x08c379a0")
    }
    methods.register("crash") { _ in throw SecretFailure() }
    methods.register("sleep") { params in
        try await Task.sleep(for: .milliseconds(params[0]?.integer ?? 0))
        return "awake"
    }
    // Sleeps while counted as in flight, so a test can see handlers overlap without timing them.
    methods.register("overlap") { params in
        overlapTracker.enter()
        defer { overlapTracker.leave() }
        try await Task.sleep(for: .milliseconds(params[0]?.integer ?? 0))
        return "awake"
    }
    return methods
}

/// How many `overlap` handlers ran at once, at most.
final class OverlapTracker: Sendable {
    private let state = Mutex((current: 0, maximum: 0))
    func enter() { state.withLock { $0.current += 1; $0.maximum = max($0.maximum, $0.current) } }
    func leave() { state.withLock { $0.current -= 1 } }
    var maximum: Int { state.withLock { $0.maximum } }
}

let overlapTracker = OverlapTracker()

/// A thread-safe count, for handlers that record that they ran.
final class Counter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

@Suite struct RPCDispatcherTests {
    let notified = Counter()
    let dispatcher: RPCDispatcher

    init() {
        dispatcher = RPCDispatcher(methods: testMethods(notified: notified), maximumBatchSize: 100, logger: quietLogger())
    }

    func respond(_ text: String) async -> JSONValue? {
        await dispatcher.response(to: Array(text.utf8))
    }

    @Test func answersASingleRequestEchoingItsId() async {
        #expect(await respond(#"{"jsonrpc":"2.0","id":1,"method":"add","params":[2,3]}"#)
            == ["jsonrpc": "2.0", "id": 1, "result": 5])
        #expect(await respond(#"{"jsonrpc":"2.0","id":"abc","method":"echo","params":{"k":"v"}}"#)
            == ["jsonrpc": "2.0", "id": "abc", "result": ["k": "v"]])
        #expect(await respond(#"{"jsonrpc":"2.0","id":null,"method":"echo","params":[]}"#)
            == ["jsonrpc": "2.0", "id": nil, "result": []])
        #expect(await respond(#"{"jsonrpc":"2.0","id":1.5,"method":"echo"}"#)
            == ["jsonrpc": "2.0", "id": 1.5, "result": []])
    }

    @Test func omittedParamsArriveAsAnEmptyArray() async {
        #expect(await respond(#"{"jsonrpc":"2.0","id":9,"method":"echo"}"#)?["result"] == [])
    }

    @Test func notificationsGetNoAnswerButRun() async {
        #expect(await respond(#"{"jsonrpc":"2.0","method":"note"}"#) == nil)
        #expect(await respond(#"{"jsonrpc":"2.0","method":"missing"}"#) == nil)
        #expect(await respond(#"[{"jsonrpc":"2.0","method":"note"},{"jsonrpc":"2.0","method":"note"}]"#) == nil)
        #expect(notified.value == 3)
    }

    @Test func answersEachErrorCode() async {
        func code(_ text: String) async -> Int64? { await respond(text)?["error"]?["code"]?.integer }
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":"add","params":[1,"#) == -32700)
        #expect(await code(#"{"jsonrpc":"1.0","id":1,"method":"add","params":[1,2]}"#) == -32600)
        #expect(await code(#"{"id":1,"method":"add","params":[1,2]}"#) == -32600)
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":7}"#) == -32600)
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":"x"}"#) == -32600)
        #expect(await code(#"{"jsonrpc":"2.0","id":[1],"method":"echo"}"#) == -32600)
        #expect(await code(#""just a string""#) == -32600)
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#) == -32601)
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":"add","params":["1",2]}"#) == -32602)
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":"add","params":{"a":1}}"#) == -32602)
        #expect(await code(#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#) == -32603)
    }

    @Test func parseAndUnreadableIdErrorsCarryANullId() async {
        #expect(await respond("\u{0}\u{1}garbage")?["id"] == .null)
        #expect(await respond(#"{"jsonrpc":"2.0","id":{"x":1},"method":"echo"}"#)?["id"] == .null)
        // A valid id is echoed even when the rest of the request is wrong, so the client can match it.
        #expect(await respond(#"{"jsonrpc":"2.1","id":42,"method":"echo"}"#)?["id"] == 42)
    }

    @Test func handlerErrorsKeepCodeMessageAndData() async {
        #expect(await respond(#"{"jsonrpc":"2.0","id":1,"method":"revert"}"#)?["error"]
            == ["code": 3, "message": "execution reverted: not owner", "data": "0x08c379a0"])
        #expect(await respond(#"{"jsonrpc":"2.0","id":1,"method":"reject"}"#)?["error"]
            == ["code": -32000, "message": "nonce too low"])
    }

    @Test func otherHandlerErrorsDoNotLeak() async throws {
        let answer = try #require(await respond(#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#))
        #expect(answer["error"] == RPCError.internalError.json)
        #expect(!answer.encodedString().contains("keystore"))
    }

    @Test func batchesAnswerInOrderAndSkipNotifications() async {
        let answer = await respond("""
            [{"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]},
             {"jsonrpc":"2.0","method":"note"},
             {"jsonrpc":"2.0","id":"b","method":"nope"},
             42,
             {"jsonrpc":"2.0","id":3,"method":"add","params":[1]}]
            """)
        let entries = answer?.array ?? []
        #expect(entries.count == 4)
        #expect(entries.first == ["jsonrpc": "2.0", "id": 1, "result": 3])
        #expect(entries.dropFirst().first?["error"]?["code"] == -32601)
        #expect(entries.dropFirst().first?["id"] == "b")
        #expect(entries.dropFirst(2).first?["error"]?["code"] == -32600)
        #expect(entries.dropFirst(3).first?["error"]?["code"] == -32602)
        #expect(entries.dropFirst(3).first?["id"] == 3)
    }

    @Test func emptyAndOversizedBatchesAreInvalidRequests() async {
        let empty = await respond("[]")
        #expect(empty?["error"]?["code"] == -32600)
        #expect(empty?["id"] == .null)
        let oneCall = #"{"jsonrpc":"2.0","id":1,"method":"echo"}"#
        let atLimit = await respond("[" + Array(repeating: oneCall, count: 100).joined(separator: ",") + "]")
        #expect(atLimit?.array?.count == 100)
        let overLimit = await respond("[" + Array(repeating: oneCall, count: 101).joined(separator: ",") + "]")
        #expect(overLimit?["error"]?["code"] == -32600)
    }
}
