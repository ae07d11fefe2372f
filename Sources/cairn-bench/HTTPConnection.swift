import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A blocking HTTP/1.1 client on one keep-alive TCP connection to 127.0.0.1, for driving a gateway
/// from benchmark threads.
///
/// Written on plain sockets rather than URLSession: on Linux, URLSession's own overhead (a libcurl
/// handle, its delegate queue, Foundation's body copies) would be most of what a loopback request of
/// 1 KiB costs, and the figure is meant to show the gateway's cost, not the client's. One instance
/// belongs to one thread.
final class HTTPConnection {
    /// One answer: status and body.
    struct Reply {
        let status: Int
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: Int
    private var socket: Int32 = -1
    /// Bytes received and not yet consumed, from `start`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var scratch = [UInt8](repeating: 0, count: 64 << 10)

    init(port: Int) {
        self.port = port
    }

    deinit { disconnect() }

    /// Sends one request and reads its whole answer. Reconnects if the server closed the connection
    /// between requests (it may, after an idle timeout or a `Connection: close`).
    func request(_ method: String, _ path: String, body: [UInt8]? = nil, contentType: String? = nil) throws -> Reply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        let message = Array((head + "\r\n").utf8) + (body ?? [])
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        let fresh = socket < 0
        if fresh { try connect() }
        do {
            try send(message)
            return try readReply(method: method)
        } catch is PeerClosed where !fresh && buffer.isEmpty {
            // A kept-alive connection the server had closed before reading this request: nothing was
            // answered, so it is sent once more on a new one.
            disconnect()
            try connect()
            try send(message)
            return try readReply(method: method)
        }
    }

    /// The server closed the connection (or reset it) before the answer was complete.
    struct PeerClosed: Error, CustomStringConvertible {
        let port: Int
        var description: String { "127.0.0.1:\(port) closed the connection" }
    }

    func disconnect() {
        if socket >= 0 { close(socket) }
        socket = -1
        buffer.removeAll(keepingCapacity: true)
        start = 0
    }

    // MARK: Socket

    private func connect() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Bench.BenchError("socket: \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        // Small requests and answers: Nagle's delay would be the figure otherwise.
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = in_addr_t(0x7f00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Bench.BenchError("cannot connect to 127.0.0.1:\(port): \(reason)")
        }
        socket = fd
    }

    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EPIPE || errno == ECONNRESET) { throw PeerClosed(port: port) }
            guard n > 0 else { throw Bench.BenchError("send to 127.0.0.1:\(port): \(String(cString: strerror(errno)))") }
            sent += n
        }
    }

    /// Reads more bytes into the buffer; throws when the peer has closed.
    private func fill() throws {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        while true {
            let n = scratch.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n == 0 || (n < 0 && errno == ECONNRESET) { throw PeerClosed(port: port) }
            guard n > 0 else { throw Bench.BenchError("recv from 127.0.0.1:\(port): \(String(cString: strerror(errno)))") }
            buffer += scratch[0..<n]
            return
        }
    }

    /// The index just past the next CRLF CRLF (or CRLF when `line`), reading as needed.
    private func find(_ terminator: [UInt8]) throws -> Int {
        var from = start
        while true {
            if buffer.count - from >= terminator.count {
                var i = from
                while i + terminator.count <= buffer.count {
                    if buffer[i] == terminator[0] && Array(buffer[i..<i + terminator.count]) == terminator { return i + terminator.count }
                    i += 1
                }
                from = max(start, buffer.count - terminator.count + 1)
            }
            try fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count - start < count { try fill() }
        defer { start += count }
        return Array(buffer[start..<start + count])
    }

    private func readReply(method: String) throws -> Reply {
        let end = try find([13, 10, 13, 10])
        let head = String(decoding: buffer[start..<end - 4], as: UTF8.self)
        start = end
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else { throw Bench.BenchError("malformed status line: \(lines.first ?? "")") }
        var length: Int?
        var chunked = false, closing = false
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased()
            switch name {
            case "content-length": length = Int(value)
            case "transfer-encoding": chunked = value.contains("chunked")
            case "connection": closing = value == "close"
            default: break
            }
        }
        var body: [UInt8] = []
        if method == "HEAD" || status == 204 || status == 304 {
        } else if chunked {
            while true {
                let lineEnd = try find([13, 10])
                let sizeText = String(decoding: buffer[start..<lineEnd - 2], as: UTF8.self).split(separator: ";").first ?? ""
                start = lineEnd
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                    throw Bench.BenchError("malformed chunk size '\(sizeText)'")
                }
                if size == 0 {
                    start = try find([13, 10])
                    break
                }
                body += try take(size)
                _ = try take(2)
            }
        } else if let length {
            body = try take(length)
        } else {
            throw Bench.BenchError("an answer with neither Content-Length nor chunked encoding")
        }
        if closing { disconnect() }
        return Reply(status: status, body: body)
    }
}
