import Dispatch
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A JSON-RPC 2.0 client over HTTP, for the CLI and tests.
///
/// It uses URLSession (libcurl underneath on Linux), so it needs no package of its own. Each
/// call is one POST with a fresh numeric id; the answer must echo that id. A JSON-RPC error
/// answer is thrown as `RPCError`; anything that prevents an answer is an `RPCTransportError`.
public final class RPCClient: Sendable {
    /// The node's JSON-RPC endpoint, e.g. `http://127.0.0.1:8545/`.
    public let url: URL
    /// How long a call may wait for its answer.
    public let timeout: Duration
    private let session: URLSession
    private let nextID = Atomic<Int64>(1)

    /// A client for the endpoint at `url`; calls give up after `timeout` (10 s by default).
    public init(url: URL, timeout: Duration = .seconds(10)) {
        self.url = url
        self.timeout = timeout
        self.session = URLSession.uncached(timeout: Self.seconds(timeout))
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Calls `method` with `params` (positional or named) and returns its `result`.
    ///
    /// Throws `RPCError` when the node answers with an error, `RPCTransportError` when there is
    /// no usable answer, and `CancellationError` when the calling task is cancelled.
    public func call(_ method: String, _ params: JSONValue = []) async throws -> JSONValue {
        let (request, id) = makeRequest(method, params)
        let inFlight = Locked<URLSessionDataTask?>(nil)
        let outcome: Result<JSONValue, any Error> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let task = send(request, id: id) { continuation.resume(returning: $0) }
                inFlight.value.withLock { $0 = task }
                if Task.isCancelled { task.cancel() }
            }
        } onCancel: {
            inFlight.value.withLock { $0?.cancel() }
        }
        if Task.isCancelled { throw CancellationError() }
        return try outcome.get()
    }

    /// `call` for synchronous code such as a CLI command: blocks the calling thread until the
    /// answer or the timeout. Do not call it from async code; use `call` there.
    public func callBlocking(_ method: String, _ params: JSONValue = []) throws -> JSONValue {
        let (request, id) = makeRequest(method, params)
        let done = DispatchSemaphore(value: 0)
        let outcome = Locked<Result<JSONValue, any Error>?>(nil)
        // The completion runs on URLSession's own queue, not on this thread, so waiting here is safe.
        send(request, id: id) { result in
            outcome.value.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.value.withLock { $0 ?? .failure(RPCTransportError.invalidResponse("no answer")) }.get()
    }

    private func makeRequest(_ method: String, _ params: JSONValue) -> (URLRequest, Int64) {
        let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        let body: JSONValue = ["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params]
        var request = URLRequest(url: url, timeoutInterval: Self.seconds(timeout))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.httpBody = Data(body.encoded())
        return (request, id)
    }

    /// Starts the POST; `completion` runs exactly once, with the result or the error to throw.
    @discardableResult
    private func send(
        _ request: URLRequest, id: Int64, completion: @escaping @Sendable (Result<JSONValue, any Error>) -> Void
    ) -> URLSessionDataTask {
        let url = self.url.absoluteString
        let seconds = Self.seconds(timeout)
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                completion(.failure(Self.transportError(error, url: url, seconds: seconds)))
                return
            }
            completion(Result { try Self.result(of: data ?? Data(), response: response, id: id) })
        }
        task.resume()
        return task
    }

    private static func result(of data: Data, response: URLResponse?, id: Int64) throws -> JSONValue {
        guard let http = response as? HTTPURLResponse else {
            throw RPCTransportError.invalidResponse("not an HTTP response")
        }
        guard http.statusCode == 200 else {
            throw RPCTransportError.httpStatus(http.statusCode, body: String(decoding: data.prefix(200), as: UTF8.self))
        }
        let answer: JSONValue
        do {
            answer = try JSONValue(parsing: data)
        } catch {
            throw RPCTransportError.invalidResponse(error.description)
        }
        guard answer["jsonrpc"] == "2.0" else { throw RPCTransportError.invalidResponse("missing \"jsonrpc\": \"2.0\"") }
        guard answer["id"] == .integer(id) else { throw RPCTransportError.invalidResponse("the id is not the request's") }
        switch (answer["result"], answer["error"]) {
        case (let result?, nil):
            return result
        case (nil, let error?):
            guard let rpcError = RPCError(json: error) else {
                throw RPCTransportError.invalidResponse("malformed error object \(error)")
            }
            throw rpcError
        default:
            throw RPCTransportError.invalidResponse("needs exactly one of \"result\" and \"error\"")
        }
    }

    private static func transportError(_ error: any Error, url: String, seconds: Double) -> any Error {
        guard let urlError = error as? URLError else {
            return RPCTransportError.unreachable(url: url, reason: "\(error)")
        }
        switch urlError.code {
        case .timedOut: return RPCTransportError.timedOut(url: url, seconds: seconds)
        case .cancelled: return CancellationError()
        default: return RPCTransportError.unreachable(url: url, reason: urlError.localizedDescription)
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// A mutex on the heap, so escaping completion handlers can share it.
private final class Locked<Value: Sendable>: Sendable {
    let value: Mutex<Value>
    init(_ initial: Value) { value = Mutex(initial) }
}
