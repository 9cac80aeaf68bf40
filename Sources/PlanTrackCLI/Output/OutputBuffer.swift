/// Bytes for standard output gathered into pieces of about a megabyte: few writes however many
/// small pieces a streaming writer makes, and little memory however large the output.
struct OutputBuffer {
    let console: Console
    private var bytes: [UInt8] = []
    static let pieceSize = 1 << 20

    init(console: Console) {
        self.console = console
    }

    mutating func append(_ more: [UInt8]) {
        bytes += more
        if bytes.count >= Self.pieceSize { flush() }
    }

    /// Writes what is gathered; call once at the end.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        console.write(utf8: bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
