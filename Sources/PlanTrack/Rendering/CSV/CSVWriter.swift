/// Writes CSV that Excel and plan-track both read back exactly (RFC 4180 quoting).
enum CSVWriter {
    static func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(field: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Records joined with CR LF, the line end Excel on Windows writes.
    static func document(_ records: [[String]]) -> String {
        var bytes: [UInt8] = []
        append(records, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The records' bytes appended: what a writer streaming thousands of regions uses, one
    /// buffer for all, no String per field.
    static func append(_ records: [[String]], to bytes: inout [UInt8]) {
        for record in records {
            for (position, text) in record.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                append(field: text, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\r"))
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// A field quoted where it holds a comma, a quote or a line break, or starts or ends with a
    /// space (which a reader would trim); its quotes doubled.
    static func append(field text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes = utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
            || utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
