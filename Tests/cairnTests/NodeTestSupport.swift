import CairnChain
import CairnCrypto
import CairnRPC
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The development accounts of Genesis/devnet.json, and transactions signed by them in Swift.
enum DevAccounts {
    static let genesis: Genesis = try! Genesis.load(from: DevNodeProcess.genesis)
    static let keys: [Secp256k1.PrivateKey] = (0..<10).map { try! DevnetKeys.accountKey($0, genesis: genesis) }

    static func address(_ index: Int) -> Address { Address(publicKey: keys[index].publicKey) }

    static func hex(_ index: Int) -> String { "0x" + Hex.encode(address(index).bytes) }

    /// A type-2 transaction from account `index` priced so it is included at any base fee the tests reach.
    static func transaction(
        from index: Int, nonce: UInt64, to: Address?, value: UInt128 = 1, data: [UInt8] = [], gas: UInt64 = 21_000,
        chainID: UInt64? = nil
    ) throws -> SignedTransaction {
        try Transaction(
            chainID: chainID ?? genesis.chainId, nonce: nonce, maxPriorityFeePerGas: FeeMarket.suggestedTip,
            maxFeePerGas: 100_000_000_000, gasLimit: gas, to: to, value: value, data: data
        ).signed(with: keys[index])
    }
}

extension SignedTransaction {
    var hashHex: String { "0x" + Hex.encode(hash) }
    var rawHex: JSONValue { .string("0x" + Hex.encode(raw)) }
}

/// One HTTP/1.1 exchange over a plain socket to 127.0.0.1, for requests URLSession will not make
/// (a body declared larger than it is, chunked bodies, garbage).
enum RawHTTP {
    struct Response {
        let status: Int
        let body: String
    }

    /// Sends `head` (request line and headers, without the blank line), then `body` in pieces, ignoring
    /// write errors once the server has hung up, and reads the response until the server closes or `timeout`.
    static func exchange(port: Int, head: String, body: [UInt8], timeout: TimeInterval = 10) throws -> Response {
        let fd = try RawSocket.connect(port: port)
        defer { close(fd) }
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))

        func write(_ bytes: [UInt8]) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
        if write(Array((head + "\r\n\r\n").utf8)) {
            var offset = 0
            while offset < body.count, write(Array(body[offset..<min(offset + 65_536, body.count)])) { offset += 65_536 }
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[0..<count]
            // Enough once the headers and a Content-Length's worth of body are in.
            if let text = String(bytes: received, encoding: .utf8), let split = text.range(of: "\r\n\r\n"),
                let length = text[..<split.lowerBound].split(separator: "\r\n")
                    .first(where: { $0.lowercased().hasPrefix("content-length:") })
                    .flatMap({ Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }),
                text.utf8.count - text.utf8.distance(from: text.startIndex, to: split.upperBound) >= length
            { break }
        }
        let text = String(decoding: received, as: UTF8.self)
        let statusLine = text.split(separator: "\r\n").first ?? ""
        let status = statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return Response(status: status, body: body)
    }

    /// A POST of `body` with a correct Content-Length.
    static func post(port: Int, _ body: [UInt8]) throws -> Response {
        try exchange(
            port: port,
            head: "POST / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close",
            body: body)
    }
}
