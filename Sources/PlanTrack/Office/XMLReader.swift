/// Why an XML part could not be read.
struct XMLError: Error, Equatable {
    let message: Message
    /// The byte offset in the part where reading stopped.
    let offset: Int
}

/// Reads the XML of an Office Open XML part (a worksheet, the shared strings, the styles) one
/// event at a time: element starts with their attributes, element ends, and text with its
/// entities replaced. Names are given without their namespace prefix (`x:c` is `c`), as the
/// parts are read by local name. A declaration, comments, processing instructions and a
/// doctype are passed over; CDATA is text. Malformed XML is an `XMLError` with its offset,
/// never a crash.
struct XMLReader {
    enum Event: Equatable {
        case start(name: String, attributes: [Attribute], isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    struct Attribute: Equatable {
        let name: String
        let value: String
    }

    private let bytes: ArraySlice<UInt8>
    private var position: Int
    /// An element written `<c/>` gives its start and, at the next call, its end.
    private var pendingEnd: String?
    /// The open elements, to check that each end closes the element last started.
    private var open: [String] = []

    init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    /// A run of a part, read where it lies: offsets are the part's.
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
        // A byte-order mark before the declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position += 3 }
    }

    /// The next event; nil at the end of the part.
    mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while position < bytes.endIndex {
            if bytes[position] != UInt8(ascii: "<") { return .text(try text()) }
            let next = position + 1 < bytes.endIndex ? bytes[position + 1] : 0
            switch next {
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8))
            case UInt8(ascii: "!"):
                if bytes[position...].starts(with: Array("<!--".utf8)) {
                    try skip(past: Array("-->".utf8))
                } else if bytes[position...].starts(with: Array("<![CDATA[".utf8)) {
                    let start = position + 9
                    guard let end = find(Array("]]>".utf8), from: start) else { throw failure("CDATA 没有结束", "a CDATA section is not closed") }
                    position = end + 3
                    return .text(String(decoding: bytes[start..<end], as: UTF8.self))
                } else {
                    try skip(past: [UInt8(ascii: ">")])
                }
            case UInt8(ascii: "/"):
                position += 2
                let name = localName(try self.name())
                skipSpace()
                guard position < bytes.endIndex, bytes[position] == UInt8(ascii: ">") else { throw failure("结束标记 </\(name)> 不完整", "the end tag </\(name)> is not closed") }
                position += 1
                guard let last = open.popLast(), last == name else { throw failure("结束标记 </\(name)> 与开始标记不符", "the end tag </\(name)> does not match its start") }
                return .end(name: name)
            default:
                return try start()
            }
        }
        guard open.isEmpty else { throw failure("文件在 <\(open.last ?? "")> 结束之前就结束了", "the part ends before <\(open.last ?? "")> is closed") }
        return nil
    }

    private mutating func start() throws(XMLError) -> Event {
        position += 1
        let name = localName(try self.name())
        var attributes: [Attribute] = []
        while true {
            skipSpace()
            guard position < bytes.endIndex else { throw failure("开始标记 <\(name)> 不完整", "the start tag <\(name)> is not closed") }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                open.append(name)
                return .start(name: name, attributes: attributes, isEmpty: false)
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: ">") else { throw failure("开始标记 <\(name)> 不完整", "the start tag <\(name)> is not closed") }
                position += 2
                pendingEnd = name
                return .start(name: name, attributes: attributes, isEmpty: true)
            }
            let attributeName = localName(try self.name())
            skipSpace()
            guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "=") else { throw failure("属性 \(attributeName) 没有值", "the attribute \(attributeName) has no value") }
            position += 1
            skipSpace()
            guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw failure("属性 \(attributeName) 的值没有引号", "the value of the attribute \(attributeName) is not quoted")
            }
            let quote = bytes[position]
            let start = position + 1
            guard let end = bytes[start...].firstIndex(of: quote) else { throw failure("属性 \(attributeName) 的值没有结束", "the value of the attribute \(attributeName) is not closed") }
            position = end + 1
            attributes.append(Attribute(name: attributeName, value: try Self.decoded(bytes[start..<end], at: start)))
        }
    }

    private mutating func text() throws(XMLError) -> String {
        let start = position
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.endIndex
        position = end
        return try Self.decoded(bytes[start..<end], at: start)
    }

    private mutating func name() throws(XMLError) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            position += 1
        }
        guard position > start else { throw failure("这里应有一个名称", "a name is expected here") }
        return bytes[start..<position]
    }

    /// `x:c` as `c`: the parts are read by local name, whatever prefix their writer chose.
    private func localName(_ name: ArraySlice<UInt8>) -> String {
        let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name
        return String(decoding: local, as: UTF8.self)
    }

    private mutating func skipSpace() {
        while position < bytes.endIndex, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")
                || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
            position += 1
        }
    }

    private mutating func skip(past marker: [UInt8]) throws(XMLError) {
        guard let found = find(marker, from: position + 1) else { throw failure("标记没有结束", "a markup is not closed") }
        position = found + marker.count
    }

    private func find(_ marker: [UInt8], from start: Int) -> Int? {
        guard let first = marker.first, start <= bytes.endIndex else { return nil }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: marker) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private func failure(_ zh: String, _ en: String) -> XMLError {
        XMLError(message: Message(zh, en), offset: position)
    }

    /// Text with its five named entities and character references replaced.
    static func decoded(_ raw: ArraySlice<UInt8>, at offset: Int) throws(XMLError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw XMLError(message: Message("“&”后没有以“;”结束的实体", "an '&' is not followed by an entity ending in ';'"), offset: offset + index - raw.startIndex)
            }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else {
                throw XMLError(message: Message("未知实体“&\(entity);”", "unknown entity '&\(entity);'"), offset: offset + index - raw.startIndex)
            }
            out.append(contentsOf: Array(String(scalar).utf8))
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
