import Foundation
import Testing
@testable import CairnRPC

/// The JSON-RPC server and client over real sockets on 127.0.0.1.
///
/// The limit bounds a hang, not a speed: every suite starts at once on a two-core machine, and a test
/// here has waited minutes for a thread before its first step.
@Suite(.timeLimit(.minutes(5))) struct RPCServerTests {
    @Test func roundTripsAMethodThroughTheClient() async throws {
        try await withServer { port in
            let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .seconds(60))
            let sum = try await client.call("add", [40, 2])
            #expect(sum == 42)
            let echoed = try await client.call("echo", ["nested": ["ok", nil, 1.5]])
            #expect(echoed == ["nested": ["ok", nil, 1.5]])
        }
    }

    @Test func answersBatchesWithMixedEntries() async throws {
        try await withServer { port in
            let body = #"[{"jsonrpc":"2.0","id":1,"method":"add","params":[1,1]},{"jsonrpc":"2.0","method":"note"},"#
                + #"{"jsonrpc":"2.0","id":2,"method":"nope"},{"jsonrpc":"1.0","id":3,"method":"add"}]"#
            let answer = try await http(port: port, body: Array(body.utf8))
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"] == "application/json")
            let entries = try #require(answer.json?.array)
            #expect(entries.map { $0["id"] } == [1, 2, 3])
            #expect(entries.map { $0["error"]?["code"] } == [nil, -32601, -32600])
            #expect(entries.first?["result"] == 2)
        }
    }

    @Test func notificationsGetAnEmptyAnswer() async throws {
        try await withServer { port in
            let answer = try await http(port: port, body: Array(#"{"jsonrpc":"2.0","method":"note"}"#.utf8))
            #expect(answer.status == 204)
            #expect(answer.body.isEmpty)
        }
    }

    @Test func refusesMalformedBodiesWithTheRightCodes() async throws {
        try await withServer { port in
            let cases: [([UInt8], Int64)] = [
                ([0xFF, 0x00, 0x13, 0x37], -32700),
                (Array(#"{"jsonrpc":"2.0","id":1,"method":"add","par"#.utf8), -32700),
                ([], -32700),
                (Array(#"{"jsonrpc":"1.0","id":1,"method":"add","params":[1,2]}"#.utf8), -32600),
                (Array(#"{"jsonrpc":"2.0","id":1,"method":"add","params":7}"#.utf8), -32600),
                (Array(#"{"jsonrpc":"2.0","id":1,"method":"add","params":{"x":1}}"#.utf8), -32602),
                (Array(#"{"jsonrpc":"2.0","id":1,"method":"eth_missing"}"#.utf8), -32601),
                (Array(#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#.utf8), -32603),
            ]
            for (body, code) in cases {
                let answer = try await http(port: port, body: body)
                #expect(answer.status == 200)
                #expect(answer.json?["error"]?["code"]?.integer == code, "\(String(decoding: body, as: UTF8.self))")
            }
        }
    }

    @Test func clientThrowsHandlerErrorsWithTheirData() async throws {
        try await withServer { port in
            let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .seconds(60))
            await #expect(throws: RPCError(code: 3, message: "execution reverted: not owner", data: "0x08c379a0")) {
                try await client.call("revert", [])
            }
            await #expect(throws: RPCError(code: -32000, message: "nonce too low")) { try await client.call("reject") }
            await #expect(throws: RPCError.internalError) { try await client.call("crash") }
            let error = await #expect(throws: RPCError.self) { try await client.call("add", ["x"]) }
            #expect(error?.code == RPCError.invalidParamsCode)
        }
    }

    @Test func refusesOversizedBodiesWith413() async throws {
        let configuration = RPCServer.Configuration(port: 0, maximumBodySize: 1024)
        try await withServer(configuration: configuration) { port in
            let padding = String(repeating: "x", count: 2048)
            let answer = try await http(port: port, body: Array(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":["\#(padding)"]}"#.utf8))
            #expect(answer.status == 413)
            #expect(answer.json?["error"]?["code"] == -32600)
            // Exactly at the limit is still served.
            let fitting = #"{"jsonrpc":"2.0","id":1,"method":"echo","params":[""]}"#
            let atLimit = fitting.replacingOccurrences(of: #"[""]"#, with: #"[""# + String(repeating: "y", count: 1024 - fitting.utf8.count) + #""]"#)
            #expect(atLimit.utf8.count == 1024)
            #expect(try await http(port: port, body: Array(atLimit.utf8)).status == 200)
        }
    }

    @Test func answers413BeforeAnOversizedBodyIsSent() async throws {
        try await withServer { port in
            // Declares 64 MiB and sends none of it: the answer must come from the header alone.
            let head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 67108864\r\n\r\n"
            let answer = try await rawExchange(port: port, head: head)
            #expect(answer.hasPrefix("HTTP/1.1 413"))
        }
    }

    @Test func answers413ToAChunkedBodyOnceItCrossesTheLimit() async throws {
        try await withServer(configuration: .init(port: 0, maximumBodySize: 1024)) { port in
            // No declared length, 2 KiB in one chunk, and no final chunk: the limit alone must trigger.
            let chunk = String(repeating: " ", count: 2048)
            let head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n\(chunk)\r\n"
            let answer = try await rawExchange(port: port, head: head)
            #expect(answer.hasPrefix("HTTP/1.1 413"))
        }
    }

    @Test func answersOnlyPostAtRootAndGetAtHealth() async throws {
        try await withServer { port in
            let get = try await http("GET", port: port)
            #expect(get.status == 405)
            #expect(get.headers["allow"] == "POST")
            #expect(try await http("PUT", port: port, body: Array("{}".utf8)).status == 405)
            let health = try await http("GET", port: port, path: "/health")
            #expect(health.status == 200)
            #expect(health.json == ["status": "ok"])
            #expect(try await http("POST", port: port, path: "/health").status == 405)
            #expect(try await http("POST", port: port, path: "/other", body: Array("{}".utf8)).status == 404)
        }
    }

    @Test func servesFiftyConcurrentRequests() async throws {
        try await withServer { port in
            // A generous timeout: the whole suite shares two cores, and fifty requests may queue behind it.
            let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .seconds(60))
            let sums = try await withThrowingTaskGroup(of: (Int64, JSONValue).self) { group in
                for index in Int64(0)..<50 {
                    group.addTask {
                        // Each handler sleeps 200 ms counted as in flight: served one at a time, none would overlap.
                        _ = try await client.call("overlap", [200])
                        return (index, try await client.call("add", [.integer(index), 1000]))
                    }
                }
                var sums: [Int64: JSONValue] = [:]
                for try await (index, sum) in group { sums[index] = sum }
                return sums
            }
            #expect(sums.count == 50)
            #expect(sums.allSatisfy { index, sum in sum == .integer(index + 1000) })
            #expect(overlapTracker.maximum >= 2, "handlers never ran concurrently")
        }
    }

    @Test func clientReportsANodeThatIsDownQuickly() async throws {
        let port = try unusedPort()
        let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!)
        let error = await #expect(throws: RPCTransportError.self) { try await client.call("eth_chainId") }
        guard case .unreachable? = error else {
            Issue.record("expected .unreachable, got \(String(describing: error))")
            return
        }
        // `.unreachable` rather than `.timedOut` is the check: the refusal was reported, not waited out.
        // (No wall-clock bound: on a loaded CI machine the whole suite shares two cores.)
        #expect(throws: RPCTransportError.self) { try client.callBlocking("eth_chainId") }
    }

    @Test func clientTimesOutOnASlowHandler() async throws {
        try await withServer { port in
            let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .milliseconds(300))
            let error = await #expect(throws: RPCTransportError.self) { try await client.call("sleep", [3000]) }
            #expect(error == .timedOut(url: "http://127.0.0.1:\(port)/", seconds: 0.3))
            // The error kind is the check: `.timedOut`, not the handler's answer. No wall-clock bound (shared CI cores).
        }
    }

    /// With a URL cache, FoundationNetworking traps when a task is cancelled during its cache lookup: the
    /// failure arrives after the session has dropped the task (`behaviour(for:)`, "not in the registry"),
    /// and the whole process dies. A gateway stopping mid-request did, once. Calls cancelled the moment
    /// they start, a thousand times, must each end as a cancellation or an answer, and the process stand.
    @Test func callsCancelledAsTheyStartNeverCrashTheProcess() async throws {
        try await withServer { port in
            let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .seconds(10))
            var cancelled = 0
            for round in 0..<1_000 {
                let call = Task { try await client.call("echo", [.integer(Int64(round))]) }
                call.cancel()
                switch await call.result {
                case .success(let answer): #expect(answer == [.integer(Int64(round))])
                case .failure(let error):
                    #expect(error is CancellationError, "\(error)")
                    cancelled += 1
                }
            }
            #expect(cancelled > 0, "no call was cancelled, so nothing was tried")
        }
    }

    @Test func clientReportsNonJSONRPCAnswers() async throws {
        try await withServer { port in
            let wrongPath = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/nowhere")!, timeout: .seconds(60))
            let status = await #expect(throws: RPCTransportError.self) { try await wrongPath.call("echo") }
            guard case .httpStatus(404, _)? = status else {
                Issue.record("expected HTTP 404, got \(String(describing: status))")
                return
            }
            let health = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/health")!, timeout: .seconds(60))
            await #expect(throws: RPCTransportError.self) { try await health.call("echo") }
        }
    }

    @Test func blockingCallWorksFromSynchronousCode() async throws {
        try await withServer { port in
            let client = RPCClient(url: URL(string: "http://127.0.0.1:\(port)/")!, timeout: .seconds(60))
            // Off the cooperative pool, as a CLI's main thread would be.
            let result = try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(with: Result { try client.callBlocking("add", [1, 2]) })
                }
            }
            #expect(result == 3)
        }
    }

    @Test func startsOnAFreePortStopsAndRestarts() async throws {
        let server = RPCServer(methods: testMethods(), configuration: .init(port: 0), logger: quietLogger())
        let first = try await server.start()
        #expect(first > 0)
        #expect(server.port == first)
        await #expect(throws: RPCServerError.alreadyRunning) { try await server.start() }
        await server.stop()
        await server.stop()
        #expect(server.port == nil)
        let client = RPCClient(url: URL(string: "http://127.0.0.1:\(first)/")!, timeout: .seconds(2))
        await #expect(throws: RPCTransportError.self) { try await client.call("echo") }

        let second = try await server.start()
        let again = RPCClient(url: URL(string: "http://127.0.0.1:\(second)/")!, timeout: .seconds(60))
        #expect(try await again.call("echo", ["back"]) == ["back"])
        await server.stop()
    }

    @Test func reportsAPortInUse() async throws {
        try await withServer { port in
            let rival = RPCServer(methods: RPCMethodTable(), configuration: .init(port: port), logger: quietLogger())
            let error = await #expect(throws: RPCServerError.self) { try await rival.start() }
            guard case .startFailed(_, port, _)? = error else {
                Issue.record("expected startFailed on \(port), got \(String(describing: error))")
                return
            }
            #expect(rival.port == nil)
        }
    }
}
