import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The controlling terminal, for prompts that must not go through stdin/stdout (which scripts redirect).
enum Terminal {
    /// Prints `prompt` on the terminal and reads one line from it, with echo off when `secret`.
    /// Returns nil when the process has no terminal.
    static func prompt(_ prompt: String, secret: Bool) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // Echo goes off before the prompt appears, and TCSANOW never discards pending input: an answer typed
        // as soon as the prompt shows (or typed ahead) must not be lost.
        var saved = termios()
        let canToggle = secret && tcgetattr(fd, &saved) == 0
        if canToggle {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(fd, TCSANOW, &quiet)
        }
        defer {
            if canToggle {
                tcsetattr(fd, TCSANOW, &saved)
                _ = write(fd, "\n", 1)
            }
        }
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        var line = [UInt8]()
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// A command-line failure whose description is the whole message the user sees.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `text` as an http(s) URL with a host, or a one-line error naming `option`.
func httpURL(_ text: String, option: String, example: String) throws -> URL {
    guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
        throw CLIError("\(option) must be an http URL, e.g. \(example)")
    }
    return url
}

/// Prints `value` as one line of JSON with sorted keys, so output is stable for scripts and tests.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
