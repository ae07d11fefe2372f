import CairnCodec
import CairnCrypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One record of the consensus write-ahead log.
public enum WALEntry: Sendable, Hashable, CanonicalCodable {
    /// An input, written before the engine sees it.
    case input(ConsensusInput)
    /// A proposal or vote we signed, fsynced before it leaves the node.
    case own(ConsensusInput)

    public func encode(to writer: inout CanonicalWriter) {
        switch self {
        case let .input(input):
            writer.writeTag(0)
            writer.write(input)
        case let .own(input):
            writer.writeTag(1)
            writer.write(input)
        }
    }

    public init(from reader: inout CanonicalReader) throws {
        let tag = try reader.readTag()
        switch tag {
        case 0: self = .input(try reader.read(ConsensusInput.self))
        case 1: self = .own(try reader.read(ConsensusInput.self))
        default: throw CodecError.unknownTag(tag, type: "WALEntry")
        }
    }
}

/// Why the WAL could not be used.
public enum WALError: Error, Equatable, Sendable, CustomStringConvertible {
    case io(String)

    public var description: String {
        switch self {
        case let .io(detail): "consensus WAL: \(detail)"
        }
    }
}

/// The consensus write-ahead log: one file per height, records `length u32 ‖ checksum u32 ‖ entry`.
///
/// Every input is appended before the engine handles it, and each of our own votes is fsynced before it
/// is sent, so a validator killed at any instant replays to a state in which it never signs a vote that
/// conflicts with one it already sent. A torn last record (a crash mid-write) is cut off when the file is
/// opened; the checksum (the first 4 bytes of its SHA-256) catches a record whose tail is garbage.
/// Files of heights below the current one are deleted once the chain has stored their blocks.
public final class ConsensusWAL {
    /// No record is larger: a proposal carries at most `SignedProposal.maxBlockSize` of block.
    public static let maxRecordSize = SignedProposal.maxBlockSize + 4096

    public let directory: URL
    public private(set) var height: UInt64
    private var descriptor: Int32 = -1

    /// Opens (creating if needed) the log for `height` in `directory`, and deletes older heights' files.
    public init(directory: URL, height: UInt64) throws(WALError) {
        self.directory = directory
        self.height = height
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(directory.path): \(error)")
        }
        try open(height: height)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The entries written for the current height, in order, ending at the first torn or corrupt record
    /// (which is truncated away so that appends continue from a clean end).
    public func entries() throws(WALError) -> [WALEntry] {
        let path = fileURL(height).path
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let bytes = [UInt8](data)
        var entries: [WALEntry] = []
        var offset = 0
        while bytes.count - offset >= 8 {
            let length = Int(UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
                | UInt32(bytes[offset + 3]))
            guard length <= Self.maxRecordSize, bytes.count - offset - 8 >= length else { break }
            let payload = Array(bytes[(offset + 8)..<(offset + 8 + length)])
            guard Array(SHA256.hash(payload).prefix(4)) == Array(bytes[(offset + 4)..<(offset + 8)]),
                let entry = try? WALEntry.decode(canonical: payload)
            else { break }
            entries.append(entry)
            offset += 8 + length
        }
        if offset < bytes.count, ftruncate(descriptor, off_t(offset)) != 0 {
            throw .io("cannot truncate the torn tail of \(path): errno \(errno)")
        }
        return entries
    }

    /// Appends `entry`; with `sync`, returns only once it is on disk.
    public func append(_ entry: WALEntry, sync: Bool) throws(WALError) {
        let payload = entry.canonicalBytes
        var record = [UInt8]()
        record.reserveCapacity(payload.count + 8)
        let length = UInt32(payload.count)
        record += [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        record += SHA256.hash(payload).prefix(4)
        record += payload
        var written = 0
        while written < record.count {
            let result = record.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, record.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .io("write failed: errno \(errno)")
            }
            written += result
        }
        if sync { try self.sync() }
    }

    /// Flushes everything appended so far to disk.
    public func sync() throws(WALError) {
        guard fsync(descriptor) == 0 else { throw .io("fsync failed: errno \(errno)") }
    }

    /// Moves to `height` (after the chain stored every block below it) and deletes older files.
    public func advance(to height: UInt64) throws(WALError) {
        guard height != self.height else { return }
        close(descriptor)
        descriptor = -1
        self.height = height
        try open(height: height)
    }

    private func open(height: UInt64) throws(WALError) {
        let path = fileURL(height).path
        descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .io("cannot open \(path): errno \(errno)") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasSuffix(".wal") {
            if let fileHeight = UInt64(name.dropLast(4)), fileHeight < height {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
        // The new file's directory entry must survive a crash too.
        let directoryDescriptor = Glibc.open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    private func fileURL(_ height: UInt64) -> URL {
        directory.appendingPathComponent(String(format: "%020llu.wal", height))
    }
}

extension ConsensusEngine {
    /// Rebuilds an engine from its height's WAL: our own signed messages first (so that no replayed rule
    /// can sign a different vote for a step we already voted in), then every input in order. Returns what
    /// the driver must do now (re-send our messages, re-arm the timeout, finish a decision).
    public mutating func replay(_ entries: [WALEntry]) -> [ConsensusOutput] {
        for case let .own(input) in entries { _ = handle(input) }
        for case let .input(input) in entries { _ = handle(input) }
        return resume()
    }
}
