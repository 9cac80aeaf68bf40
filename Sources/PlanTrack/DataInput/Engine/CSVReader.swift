/// One field of a CSV record: a byte range in the reader's buffer.
struct CSVField: Sendable, Equatable {
    /// Byte offsets of the content, without surrounding quotes.
    var start: Int
    var end: Int
    /// True when the content holds doubled quotes (`""`) that stand for one quote.
    var hasEscapedQuotes: Bool

    var isEmpty: Bool { start == end }
}

/// The fields of one record, in storage reused from record to record: appending costs a store,
/// not an Array's copy-on-write checks, which matters a million times over. Non-copyable, so
/// the storage has one owner and is freed exactly once.
struct CSVFields: ~Copyable {
    private var storage: UnsafeMutablePointer<CSVField>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    @inline(__always) mutating func removeAll() { count = 0 }

    @inline(__always) mutating func append(_ field: CSVField) {
        if count == capacity { grow() }
        (storage + count).initialize(to: field)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    subscript(index: Int) -> CSVField {
        precondition(index >= 0 && index < count, "field index out of range")
        return storage[index]
    }

    /// Field `index`, or an empty field past the end: rows may be shorter than the header.
    @inline(__always) func field(_ index: Int) -> CSVField {
        // One unsigned comparison covers both ends: a negative index becomes a huge one.
        UInt(bitPattern: index) < UInt(bitPattern: count) ? storage[index] : CSVField(start: 0, end: 0, hasEscapedQuotes: false)
    }

    var array: [CSVField] { Array(UnsafeBufferPointer(start: storage, count: count)) }
}

/// Where the CSV structure itself is broken.
struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line where the problem was found.
    let line: Int
    let message: Message

    var description: String { "line \(line): \(message.en)" }

    /// The same error with its line moved by `lines`: for a part of a file read on its own.
    func shifted(by lines: Int) -> CSVError {
        CSVError(line: line + lines, message: message)
    }
}

/// An RFC 4180 reader over UTF-8 bytes that reuses one field array, so a record costs no allocation.
///
/// Accepts what Excel writes besides the RFC: LF, CR LF or CR line ends, and a quote inside an
/// unquoted field taken literally. Records are reported with the line they start on.
struct CSVReader: Sendable {
    let input: InputBytes
    let delimiter: UInt8
    private var position = 0
    private var line = 1
    /// The line the last record read started on.
    private(set) var recordLine = 0

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// - Parameter delimiter: nil detects comma, tab or semicolon from the first line.
    init(bytes: [UInt8], delimiter: UInt8? = nil) {
        self.init(input: InputBytes(copying: bytes), delimiter: delimiter)
    }

    init(input: InputBytes, delimiter: UInt8? = nil) {
        self.input = input
        self.delimiter = delimiter ?? CSVReader.detectDelimiter(input.buffer)
    }

    /// Where the next record starts: a byte offset.
    var offset: Int { position }

    /// Moves to `offset`, which must be the start of a record, counting lines from `line` there.
    /// For reading one part of a file while another part is read elsewhere.
    mutating func move(to offset: Int, line: Int) {
        position = offset
        self.line = line
    }

    /// The line the next record starts on (1-based, counted from where reading started).
    var nextLine: Int { line }

    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        bytes.withUnsafeBufferPointer(detectDelimiter)
    }

    /// The delimiter that occurs most often, outside quotes, in the first non-blank line.
    static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]
        var counts = [0, 0, 0]
        var inQuotes = false
        var sawContent = false
        for byte in bytes {
            if byte == quote { inQuotes.toggle(); sawContent = true; continue }
            if inQuotes { continue }
            if byte == lineFeed || byte == carriageReturn {
                if sawContent { break } else { continue }
            }
            sawContent = true
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        return counts[best] > 0 ? candidates[best] : candidates[0]
    }

    /// Reads the next record into `fields` (cleared first). Returns false at the end of input.
    mutating func nextRecord(into fields: inout [CSVField]) throws(CSVError) -> Bool {
        var buffer = CSVFields()
        defer { fields = buffer.array }
        return try nextRecord(into: &buffer)
    }

    /// As `nextRecord(into:)`, into reusable storage: the form for reading large files.
    mutating func nextRecord(into fields: inout CSVFields) throws(CSVError) -> Bool {
        fields.removeAll()
        let buffer = input.buffer
        let count = buffer.count
        guard position < count else { return false }
        recordLine = line
        let delimiter = self.delimiter
        let result: Result<Void, CSVError> = {
            var position = self.position
            var line = self.line
            defer {
                self.position = position
                self.line = line
            }
            while true {
                if position < count && buffer[position] == CSVReader.quote {
                    let openingLine = line
                    position += 1
                    let start = position
                    var escaped = false
                    var end = -1
                    while position < count {
                        position = CSVReader.firstOf(CSVReader.quote, orLineEndIn: buffer, from: position)
                        guard position < count else { break }
                        let byte = buffer[position]
                        if byte == CSVReader.quote {
                            if position + 1 < count && buffer[position + 1] == CSVReader.quote {
                                escaped = true
                                position += 2
                                continue
                            }
                            end = position
                            position += 1
                            break
                        }
                        if byte == CSVReader.lineFeed {
                            line += 1
                        } else if byte == CSVReader.carriageReturn && (position + 1 >= count || buffer[position + 1] != CSVReader.lineFeed) {
                            line += 1
                        }
                        position += 1
                    }
                    if end < 0 {
                        return .failure(CSVError(line: openingLine, message: Message("引号字段从这一行开始，但没有结束引号", "a quoted field opens on this line and is never closed")))
                    }
                    fields.append(CSVField(start: start, end: end, hasEscapedQuotes: escaped))
                    // Spaces after a closing quote are harmless; anything else means broken quoting.
                    while position < count && buffer[position] == UInt8(ascii: " ") { position += 1 }
                    if position >= count { return .success(()) }
                    let next = buffer[position]
                    if next == delimiter {
                        position += 1
                        continue
                    }
                    if next == CSVReader.lineFeed || next == CSVReader.carriageReturn {
                        CSVReader.consumeLineEnd(buffer, &position, &line)
                        return .success(())
                    }
                    return .failure(CSVError(line: line, message: Message("结束引号后还有文字；引号字段内的引号须写两遍（\"\"）", "unexpected text after a closing quote; a quote inside a quoted field must be doubled (\"\")")))
                }
                let start = position
                position = CSVReader.firstOf(delimiter, orLineEndIn: buffer, from: position)
                fields.append(CSVField(start: start, end: position, hasEscapedQuotes: false))
                if position >= count { return .success(()) }
                if buffer[position] == delimiter {
                    position += 1
                    continue
                }
                CSVReader.consumeLineEnd(buffer, &position, &line)
                return .success(())
            }
        }()
        if case .failure(let error) = result { throw error }
        return true
    }

    /// The position of the first `target`, line feed or carriage return at or after `start`, or
    /// the end. Sixteen bytes a step, with vector comparisons: one for `target`, one for every
    /// byte below 0x0E, which covers both line ends (and tabs and other control bytes, rare in
    /// text, which are checked and skipped). The lowest flagged byte is taken.
    @inline(__always)
    static func firstOf(_ target: UInt8, orLineEndIn buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = buffer.count
        var position = start
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            let targets = SIMD16<UInt8>(repeating: target), controls = SIMD16<UInt8>(repeating: 0x0E)
            while position + 16 <= count {
                let bytes = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
                let found = (bytes .== targets) .| (bytes .< controls)
                if any(found) {
                    // A flagged byte is 0xFF: the first one is found in the two halves' bits.
                    let halves = unsafeBitCast(found, to: SIMD2<UInt64>.self)
                    let match = position + (halves[0] != 0 ? halves[0].trailingZeroBitCount / 8 : 8 + halves[1].trailingZeroBitCount / 8)
                    let byte = buffer[match]
                    if byte == target || byte == lineFeed || byte == carriageReturn { return match }
                    position = match + 1
                    continue
                }
                position += 16
            }
        }
        while position < count {
            let byte = buffer[position]
            if byte == target || byte == lineFeed || byte == carriageReturn { return position }
            position += 1
        }
        return position
    }

    private static func consumeLineEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ line: inout Int) {
        if buffer[position] == carriageReturn, position + 1 < buffer.count, buffer[position + 1] == lineFeed {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    /// The field's text if its bytes are valid UTF-8, with doubled quotes undone; nil if not.
    func validatedString(_ field: CSVField) -> String? {
        guard let text = String(validating: bytes(field), as: UTF8.self) else { return nil }
        return field.hasEscapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// The field's text, with doubled quotes undone (invalid UTF-8 shows as U+FFFD).
    func string(_ field: CSVField) -> String {
        let text = String(decoding: bytes(field), as: UTF8.self)
        return field.hasEscapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// True when every field is empty or only spaces: Excel writes such lines for blank rows.
    func isBlank(_ fields: [CSVField]) -> Bool {
        fields.allSatisfy(isBlank)
    }

    func isBlank(_ fields: borrowing CSVFields) -> Bool {
        // Nearly every record starts with a byte that is not a space: one look decides.
        let first = fields.field(0)
        if first.start < first.end, let byte = input.buffer.baseAddress?[first.start], byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
            return false
        }
        for index in 0..<fields.count where !isBlank(fields.field(index)) { return false }
        return true
    }

    /// The field's raw bytes, quotes still doubled.
    func bytes(_ field: CSVField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: input.buffer[field.start..<field.end])
    }

    private func isBlank(_ field: CSVField) -> Bool {
        bytes(field).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
