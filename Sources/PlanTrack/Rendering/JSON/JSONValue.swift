/// A JSON value whose objects keep their keys in the order written, so output is stable and readable.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    package static func optional(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }
    package static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }
    package static func optional(_ flag: Bool?) -> JSONValue { flag.map(JSONValue.bool) ?? .null }
    package static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two spaces; numbers unrounded (shortest form that reads back exactly).
    package func serialized(indent: Int = 0) -> String {
        String(decoding: serializedBytes(indent: indent), as: UTF8.self)
    }

    /// As `serialized`, as UTF-8 bytes: for output, which needs no String (making one checks
    /// every byte of what was just written as valid UTF-8).
    package func serializedBytes(indent: Int = 0) -> [UInt8] {
        // Appending to a String piece by piece cost 8 ms for one region's 500 KB.
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indent: indent)
        return out
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let value): Self.append(value ? "true" : "false", to: &out)
        case .int(let value): out += String(value).utf8
        case .number(let value): out += (value.isFinite ? value.description : "null").utf8
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            if values.isEmpty { Self.append("[]", to: &out); return }
            Self.append("[\n", to: &out)
            for (index, value) in values.enumerated() {
                Self.indent(indent + 2, to: &out)
                value.write(to: &out, indent: indent + 2)
                Self.append(index == values.count - 1 ? "\n" : ",\n", to: &out)
            }
            Self.indent(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { Self.append("{}", to: &out); return }
            Self.append("{\n", to: &out)
            for (index, (key, value)) in members.enumerated() {
                Self.indent(indent + 2, to: &out)
                JSONValue.writeString(key, to: &out)
                Self.append(": ", to: &out)
                value.write(to: &out, indent: indent + 2)
                Self.append(index == members.count - 1 ? "\n" : ",\n", to: &out)
            }
            Self.indent(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func indent(_ count: Int, to out: inout [UInt8]) {
        for _ in 0..<count { out.append(UInt8(ascii: " ")) }
    }

    /// Quotes, backslashes, control characters and U+2028/U+2029 (E2 80 A8/A9) are escaped;
    /// every other byte is copied as it is, a run of them at a time.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            guard mayNeedEscaping(bytes) else {
                out.append(contentsOf: bytes)
                return
            }
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                let escape: String
                var runEnd = index
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0..<0x20: escape = hexEscape(UInt32(byte))
                case 0xA8...0xA9 where index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80:
                    // U+2028/U+2029 end lines in JavaScript. Their first two bytes are never
                    // escaped themselves, so they are still in the run, and left out of it.
                    escape = hexEscape(byte == 0xA8 ? 0x2028 : 0x2029)
                    runEnd = index - 2
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd]))
                out += escape.utf8
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// False when no byte can need escaping: none below 0x20, no quote or backslash, and no
    /// E2 (which starts U+2028/U+2029, and other characters that are then looked at one by one).
    /// Sixteen bytes a step: nearly every string is copied whole.
    private static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let controls = SIMD16<UInt8>(repeating: 0x20), quotes = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
            let backslashes = SIMD16<UInt8>(repeating: UInt8(ascii: "\\")), leads = SIMD16<UInt8>(repeating: 0xE2)
            while index + 16 <= bytes.count {
                let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                if any((chunk .< controls) .| (chunk .== quotes) .| (chunk .== backslashes) .| (chunk .== leads)) { return true }
                index += 16
            }
        }
        return bytes[index...].contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
