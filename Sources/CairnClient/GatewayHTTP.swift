import CairnRPC
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Plain HTTP to a gateway (URLSession, as `RPCClient` does): one request, its status and body.
/// Nothing is interpreted here; `GatewayClient` checks every answer.
final class GatewayHTTP: Sendable {
    /// One answer.
    struct Reply: Sendable {
        let status: Int
        let body: [UInt8]

        /// The gateway's `{"error": "…"}` message, or the body's start.
        var message: String {
            if let json = try? JSONValue(parsing: body), let text = json["error"]?.string { return String(text.prefix(300)) }
            return String(decoding: body.prefix(300), as: UTF8.self)
        }

        var json: JSONValue? { try? JSONValue(parsing: body) }
    }

    let base: URL
    let maximumBody: Int
    private let session: URLSession
    private let timeout: Double

    init(base: URL, timeout: Duration, maximumBody: Int) {
        self.base = base
        self.maximumBody = maximumBody
        let (seconds, attoseconds) = timeout.components
        self.timeout = Double(seconds) + Double(attoseconds) / 1e18
        session = URLSession.uncached(timeout: self.timeout)
    }

    deinit { session.finishTasksAndInvalidate() }

    func get(_ path: String, accept: String = "application/json") async throws(GatewayClientError) -> Reply {
        try await send(path, method: "GET", body: nil, headers: ["Accept": accept])
    }

    func post(_ path: String, body: [UInt8], contentType: String) async throws(GatewayClientError) -> Reply {
        try await send(path, method: "POST", body: body, headers: ["Content-Type": contentType, "Accept": "application/json"])
    }

    private func send(_ path: String, method: String, body: [UInt8]?, headers: [String: String]) async throws(GatewayClientError) -> Reply {
        guard let url = URL(string: base.absoluteString.trimmingSuffix("/") + path) else { throw .transport("bad path \(path)") }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        request.httpBody = body.map { Data($0) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let limit = maximumBody
        let task = InFlight()
        let outcome: Result<Reply, GatewayClientError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let started = session.dataTask(with: request) { data, response, error in
                    if let error {
                        let cancelled = (error as? URLError)?.code == .cancelled
                        continuation.resume(returning: .failure(.transport(cancelled ? "cancelled" : "\(url): \(error.localizedDescription)")))
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(returning: .failure(.transport("not an HTTP response")))
                        return
                    }
                    let bytes = data ?? Data()
                    guard bytes.count <= limit else {
                        continuation.resume(returning: .failure(.malformed("the answer is larger than \(limit) bytes")))
                        return
                    }
                    continuation.resume(returning: .success(Reply(status: http.statusCode, body: [UInt8](bytes))))
                }
                task.value.withLock { $0 = started }
                started.resume()
            }
        } onCancel: {
            task.value.withLock { $0?.cancel() }
        }
        return try outcome.get()
    }
}

/// The task of a request in flight, shared with the cancellation handler.
private final class InFlight: Sendable {
    let value = Mutex<URLSessionDataTask?>(nil)
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
