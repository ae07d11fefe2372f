import Foundation
import Logging
import Testing
@testable import CairnRPC
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` against a live server on 127.0.0.1 at a free port, and stops the server even
/// when `body` throws.
func withServer(
    methods: RPCMethodTable = testMethods(),
    configuration: RPCServer.Configuration = RPCServer.Configuration(port: 0),
    _ body: (_ port: Int) async throws -> Void
) async throws {
    let server = RPCServer(methods: methods, configuration: configuration, logger: quietLogger())
    let port = try await server.start()
    do {
        try await body(port)
        await server.stop()
    } catch {
        await server.stop()
        throw error
    }
}

/// A logger that keeps test output to failures: servers log their start, and handler errors on purpose.
func quietLogger() -> Logger {
    var logger = Logger(label: "cairn.rpc.test")
    logger.logLevel = .critical
    return logger
}

/// A raw HTTP answer: status, headers and body.
struct HTTPAnswer {
    let status: Int
    let headers: [String: String]
    let body: Data

    var json: JSONValue? { try? JSONValue(parsing: body) }
}

/// Sends one HTTP request with any method and body, to check what the server does at the HTTP level.
func http(_ method: String = "POST", port: Int, path: String = "/", body: some Collection<UInt8> = [UInt8]()) async throws -> HTTPAnswer {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 60)
    request.httpMethod = method
    if method != "GET" && method != "HEAD" {
        request.httpBody = Data(body)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    }
    let session = URLSession.uncached(timeout: 60)
    defer { session.finishTasksAndInvalidate() }
    let (data, response) = try await session.data(for: request)
    let http = try #require(response as? HTTPURLResponse)
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
        headers[String(describing: name).lowercased()] = String(describing: value)
    }
    return HTTPAnswer(status: http.statusCode, headers: headers, body: data)
}

/// Sends `head` on a plain socket and returns what the server writes back within `seconds`:
/// used to show that the server answers before a declared body has been sent. The blocking
/// socket calls run on a thread of their own, since blocking one of the few threads of Swift's
/// cooperative pool would starve the server under test.
func rawExchange(port: Int, head: String, seconds: Int = 60) async throws -> String {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try blockingRawExchange(port: port, head: head, seconds: seconds) })
        }
    }
}

private func blockingRawExchange(port: Int, head: String, seconds: Int) throws -> String {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EBADF) }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    let bytes = Array(head.utf8)
    guard send(descriptor, bytes, bytes.count, 0) == bytes.count else { throw POSIXError(.EPIPE) }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = recv(descriptor, &buffer, buffer.count, 0)
        if count <= 0 { break }  // closed, or the timeout passed
        received += buffer[0..<count]
        if String(decoding: received, as: UTF8.self).contains("\r\n\r\n") { break }
    }
    return String(decoding: received, as: UTF8.self)
}

/// A port on 127.0.0.1 that nothing listens on: bound once to learn a free number, then released.
func unusedPort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
            bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
        }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
}
