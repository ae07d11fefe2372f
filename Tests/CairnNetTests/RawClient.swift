import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain blocking TCP client for hostile-input tests: it sends exactly the bytes a test chooses, with none of
/// CairnNet's checks. Every read has a timeout, and blocking calls run off Swift's cooperative pool.
final class RawClient: @unchecked Sendable {
    // Used by one test at a time; the fd is only touched from the calls below, run one after another.
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    /// Connects to 127.0.0.1:`port`.
    static func connect(port: Int) async throws -> RawClient {
        try await offPool {
            #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            guard fd >= 0 else { throw RawClientError.socket(errno) }
            // 15 s: while every parallel suite runs, a server took over 5 s to answer the first handshake message.
            var timeout = timeval(tv_sec: 15, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let rc = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard rc == 0 else {
                let code = errno
                Glibc.close(fd)
                throw RawClientError.connect(code)
            }
            return RawClient(fd: fd)
        }
    }

    /// Sends all of `bytes`; false if the peer has closed (EPIPE, reset).
    @discardableResult
    func send(_ bytes: [UInt8]) async -> Bool {
        await Self.offPool { [fd] in
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    /// Sends one Noise frame: u16 big-endian length, then the bytes.
    @discardableResult
    func sendFrame(_ message: [UInt8]) async -> Bool {
        await send([UInt8(message.count >> 8), UInt8(message.count & 0xff)] + message)
    }

    /// Reads one Noise frame; nil on close or timeout.
    func readFrame() async -> [UInt8]? {
        guard let header = await read(count: 2) else { return nil }
        let length = Int(header[0]) << 8 | Int(header[1])
        return await read(count: length)
    }

    /// Reads exactly `count` bytes; nil on close, error or timeout.
    func read(count: Int) async -> [UInt8]? {
        await Self.offPool { [fd] in
            var out = [UInt8](repeating: 0, count: count)
            var offset = 0
            while offset < count {
                let n = out[offset...].withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { return nil }
                offset += n
            }
            return out
        }
    }

    /// Waits (at most about 30 s) for the server to close the connection, discarding anything it sends first.
    /// True if it closed, false on timeout.
    func waitForClose() async -> Bool {
        await Self.offPool { [fd] in
            var scratch = [UInt8](repeating: 0, count: 4096)
            for _ in 0..<2 {  // two 15-second receive timeouts
                while true {
                    let n = scratch.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
                    if n > 0 { continue }
                    if n == 0 { return true }
                    if errno == EAGAIN || errno == EWOULDBLOCK { break }
                    return true  // ECONNRESET and friends: closed too
                }
            }
            return false
        }
    }

    func close() {
        Glibc.close(fd)
    }

    private static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    private static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }
}

enum RawClientError: Error {
    case socket(Int32)
    case connect(Int32)
}
