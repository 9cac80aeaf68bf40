/// A JSON value whose objects keep their keys in the order written, so output is stable and readable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }
    public static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }
    public static func optional(_ flag: Bool?) -> JSONValue { flag.map(JSONValue.bool) ?? .null }
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two spaces; numbers unrounded (shortest form that reads back exactly).
    public func serialized(indent: Int = 0) -> String {
        // Written as UTF-8 bytes and made a String once: appending to a String piece by piece
        // cost 8 ms for one region's 500 KB.
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .number(let value): out += (value.isFinite ? value.description : "null").utf8
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            if values.isEmpty { out += "[]".utf8; return }
            out += "[\n".utf8
            for (index, value) in values.enumerated() {
                out += repeatElement(UInt8(ascii: " "), count: indent + 2)
                value.write(to: &out, indent: indent + 2)
                out += (index == values.count - 1 ? "\n" : ",\n").utf8
            }
            out += repeatElement(UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            for (index, (key, value)) in members.enumerated() {
                out += repeatElement(UInt8(ascii: " "), count: indent + 2)
                JSONValue.writeString(key, to: &out)
                out += ": ".utf8
                value.write(to: &out, indent: indent + 2)
                out += (index == members.count - 1 ? "\n" : ",\n").utf8
            }
            out += repeatElement(UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Quotes, backslashes, control characters and U+2028/U+2029 (E2 80 A8/A9) are escaped;
    /// every other byte is copied as it is.
    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case 0..<0x20: out += hexEscape(UInt32(byte)).utf8
            case 0xA8...0xA9 where previous == (0xE2, 0x80):
                // U+2028/U+2029 end lines in JavaScript: the two bytes already written are taken back.
                out.removeLast(2)
                out += hexEscape(byte == 0xA8 ? 0x2028 : 0x2029).utf8
            default: out.append(byte)
            }
            previous = (previous.1, byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
