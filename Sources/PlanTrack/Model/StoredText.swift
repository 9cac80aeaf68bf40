/// A source or note as stored. Most are never shown (a report shows one region's), so a text
/// that needs no clean-up stays as bytes where it lies in the file read, and becomes a String only
/// when asked for. A million rows with a hundred thousand distinct sources make no Strings.
enum StoredText: @unchecked Sendable {
    case string(String)
    /// Valid UTF-8, already trimmed, in memory that the store keeps alive (`ReportedData.inputs`).
    case bytes(UnsafePointer<UInt8>, count: Int)

    var string: String {
        switch self {
        case .string(let text): text
        case .bytes(let start, let count): String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
        }
    }
}
