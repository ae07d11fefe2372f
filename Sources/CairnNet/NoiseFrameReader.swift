import NIOCore

/// Cuts the TCP byte stream into Noise messages, each sent as `u16 big-endian length ‖ bytes`.
///
/// The caller passes the largest length it accepts at this point of the connection (a few hundred bytes during
/// the handshake, 65,535 after), so a hostile length is refused as soon as its two bytes arrive, before anything
/// is buffered for it. At most one frame plus one socket read is ever held.
struct NoiseFrameReader {
    private var buffer = ByteBuffer()

    /// Adds bytes read from the socket.
    mutating func append(_ bytes: inout ByteBuffer) {
        if buffer.readableBytes == 0 { buffer.clear() }
        buffer.writeBuffer(&bytes)
    }

    /// Bytes held that do not yet form a frame.
    var bufferedByteCount: Int { buffer.readableBytes }

    /// The next whole frame, or nil until more bytes arrive.
    mutating func next(maxLength: Int) throws(NetError) -> [UInt8]? {
        guard let length = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt16.self) else { return nil }
        guard Int(length) <= maxLength else {
            throw .protocolViolation("frame of \(length) bytes exceeds \(maxLength) at this stage")
        }
        guard buffer.readableBytes >= 2 + Int(length) else { return nil }
        buffer.moveReaderIndex(forwardBy: 2)
        let frame = buffer.readBytes(length: Int(length)) ?? []
        // Reclaim consumed space now and then rather than on every frame.
        if buffer.readerIndex > 1 << 16 { buffer.discardReadBytes() }
        return frame
    }
}
