#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes, and what it knows about the terminal. Tests pass a `CapturedConsole`.
package protocol Console: AnyObject {
    func write(_ text: String)
    /// Writes UTF-8 bytes as they are: large output made as bytes need not become a String.
    func write(utf8 bytes: [UInt8])
    func writeError(_ text: String)
    /// Standard output is a terminal.
    var isTerminal: Bool { get }
    /// Columns of the terminal, when known.
    var terminalWidth: Int? { get }
    var environment: [String: String] { get }
}

extension Console {
    package func write(utf8 bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// The process's own standard output and error.
package final class StandardConsole: Console {
    package let environment: [String: String]

    package init(environment: [String: String]) {
        self.environment = environment
    }

    package func write(_ text: String) {
        Self.write(text, to: STDOUT_FILENO)
    }

    package func write(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = FileDescriptor.writeAll(STDOUT_FILENO, $0) }
    }

    package func writeError(_ text: String) {
        Self.write(text, to: STDERR_FILENO)
    }

    /// Unbuffered, so standard output and error interleave in the order written. A failed write
    /// (a closed pipe, e.g. `| head`) is dropped: there is nowhere left to show anything.
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { _ = FileDescriptor.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    }

    package var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    package var terminalWidth: Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap(Int.init)
    }
}

/// Collects output in memory, for tests.
package final class CapturedConsole: Console {
    package private(set) var output = ""
    package private(set) var errors = ""
    package let isTerminal: Bool
    package let terminalWidth: Int?
    package let environment: [String: String]

    package init(environment: [String: String] = [:], isTerminal: Bool = false, terminalWidth: Int? = nil) {
        self.environment = environment
        self.isTerminal = isTerminal
        self.terminalWidth = terminalWidth
    }

    package func write(_ text: String) { output += text }
    package func writeError(_ text: String) { errors += text }
}
