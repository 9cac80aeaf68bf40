import Foundation

/// A JSON text read into values that remember where they were written (line and column), so
/// that every problem in a hand-edited plan file can be named at its place. RFC 8259; a
/// duplicate key is kept twice, for the reader of the file to report.
struct JSONDocument {
    struct Position: Equatable, Sendable {
        /// 1-based.
        let line: Int
        /// 1-based, in characters.
        let column: Int
    }

    indirect enum Value: Equatable {
        case object([Member])
        case array([Node])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    struct Member: Equatable {
        let key: String
        let keyPosition: Position
        let value: Node
    }

    struct Node: Equatable {
        let value: Value
        let position: Position
    }

    struct SyntaxError: Error, Equatable {
        let position: Position
        let message: Message
    }

    static func parse(_ text: String) throws(SyntaxError) -> Node {
        var parser = Parser(Array(text.unicodeScalars))
        parser.skipSpace()
        let node = try parser.value(depth: 0)
        parser.skipSpace()
        if !parser.atEnd {
            throw parser.error(Message("JSON 值之后还有多余的内容", "unexpected text after the JSON value"))
        }
        return node
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var lineStart = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var atEnd: Bool { index >= scalars.count }
        var position: Position { Position(line: line, column: index - lineStart + 1) }
        var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        func error(_ message: Message) -> SyntaxError { SyntaxError(position: position, message: message) }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }

        mutating func skipSpace() {
            while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() }
        }

        /// Deep enough for any plan; a file nested deeper is not one.
        static let maximumDepth = 64

        mutating func value(depth: Int) throws(SyntaxError) -> Node {
            let start = position
            guard depth < Self.maximumDepth else { throw error(Message("嵌套过深", "nested too deeply")) }
            guard let scalar = current else { throw error(Message("文件在此处意外结束，缺少一个值", "the file ends where a value should be")) }
            switch scalar {
            case "{": return Node(value: try object(depth: depth), position: start)
            case "[": return Node(value: try array(depth: depth), position: start)
            case "\"": return Node(value: .string(try string()), position: start)
            case "t": try word("true"); return Node(value: .bool(true), position: start)
            case "f": try word("false"); return Node(value: .bool(false), position: start)
            case "n": try word("null"); return Node(value: .null, position: start)
            case "-", "0"..."9": return Node(value: .number(try number()), position: start)
            default:
                throw error(Message("此处应为一个值（字符串、数字、对象、数组、true、false 或 null），却是“\(Character(scalar))”",
                                    "expected a value (string, number, object, array, true, false or null), found '\(Character(scalar))'"))
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) -> Value {
            advance()
            var members: [Member] = []
            skipSpace()
            if current == "}" {
                advance()
                return .object(members)
            }
            while true {
                skipSpace()
                guard current == "\"" else {
                    throw error(Message("此处应为用双引号括起的键名", "expected a key in double quotes"))
                }
                let keyPosition = position
                let key = try string()
                skipSpace()
                guard current == ":" else { throw error(Message("键“\(key)”之后应为冒号", "expected ':' after the key '\(key)'")) }
                advance()
                skipSpace()
                members.append(Member(key: key, keyPosition: keyPosition, value: try value(depth: depth + 1)))
                skipSpace()
                if current == "," {
                    advance()
                    continue
                }
                if current == "}" {
                    advance()
                    return .object(members)
                }
                throw error(Message("此处应为逗号或“}”（是否漏了逗号？）", "expected ',' or '}' (a comma missing?)"))
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> Value {
            advance()
            var items: [Node] = []
            skipSpace()
            if current == "]" {
                advance()
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                if current == "," {
                    advance()
                    continue
                }
                if current == "]" {
                    advance()
                    return .array(items)
                }
                throw error(Message("此处应为逗号或“]”（是否漏了逗号？）", "expected ',' or ']' (a comma missing?)"))
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            advance()
            var out = String.UnicodeScalarView()
            while true {
                guard let scalar = current else { throw error(Message("字符串没有结束引号", "a string is never closed")) }
                if scalar == "\"" {
                    advance()
                    return String(out)
                }
                if scalar.value < 0x20 {
                    throw error(Message("字符串中不能直接含有控制字符或换行", "a control character or line break inside a string"))
                }
                if scalar == "\\" {
                    advance()
                    guard let escape = current else { throw error(Message("字符串没有结束引号", "a string is never closed")) }
                    switch escape {
                    case "\"", "\\", "/": out.append(escape)
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{C}")
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "u":
                        advance()
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code), current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
                            advance()
                            advance()
                            let low = try hex4()
                            if (0xDC00...0xDFFF).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) }
                        }
                        guard let decoded = Unicode.Scalar(code) else { throw error(Message("无效的 \\u 转义", "an invalid \\u escape")) }
                        out.append(decoded)
                        continue
                    default:
                        throw error(Message("无效的转义“\\\(Character(escape))”", "an invalid escape '\\\(Character(escape))'"))
                    }
                    advance()
                    continue
                }
                out.append(scalar)
                advance()
            }
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let scalar = current, let digit = Character(scalar).hexDigitValue else {
                    throw error(Message("\\u 之后应为四位十六进制数", "expected four hex digits after \\u"))
                }
                code = code * 16 + UInt32(digit)
                advance()
            }
            return code
        }

        mutating func word(_ word: String) throws(SyntaxError) {
            for expected in word.unicodeScalars {
                guard current == expected else {
                    throw error(Message("此处应为 \(word)", "expected \(word)"))
                }
                advance()
            }
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = position
            var text = ""
            while let scalar = current, scalar == "-" || scalar == "+" || scalar == "." || scalar == "e" || scalar == "E" || ("0"..."9").contains(scalar) {
                text.unicodeScalars.append(scalar)
                advance()
            }
            let wellFormed = text.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil
            guard wellFormed, let number = Double(text), number.isFinite else {
                throw SyntaxError(position: start, message: Message("“\(text)”不是有效的 JSON 数字", "'\(text)' is not a valid JSON number"))
            }
            return number
        }
    }
}
