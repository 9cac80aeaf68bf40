/// Reads the rows of one stretch of a file, after its header. Large files are cut into
/// stretches that are read at the same time on different cores, so a stretch keeps everything it
/// finds to itself: its own region and text lists, its own interners, line numbers counted from
/// its own start. `ReportedValuesReader` then adds the stretches to the data in file order.
///
/// What leaves a stretch owns its memory: rows, region names and texts copied out of the file.
/// Only the interners and the previous-cell memo point into the file, and they end with the stretch.
struct StretchReader {
    /// A message found in the stretch, placed among its rows so the merge keeps file order.
    struct Finding {
        let severity: Diagnostic.Severity
        /// Counted from the stretch's first line (1).
        let line: Int
        let message: Message
        let suggestion: Message?
        /// The 1-based column of the cell at fault, where one is: named in a workbook (C7).
        var column: Int?
        /// How many rows the stretch had read when this was found: where it goes among them.
        let rowsBefore: Int
        /// Said once a file, at its first place: a text may be met again in every stretch.
        var oncePerFile = false
    }

    private let plan: Plan
    private let matcher: IndicatorMatcher
    private let layout: ReportedValuesLayout
    /// Per indicator, so the row loop neither copies an `Indicator` nor compares unit strings.
    private let isPercentage: [Bool]
    private let acceptedYears: ClosedRange<Int>
    private var file: Int16 = 0

    /// Rows with `region` an index into `regions` and `source`/`note` into `texts`; `line`
    /// counted from the stretch's start.
    private(set) var rows: [ReportedData.Row] = []
    private(set) var regions: [String] = []
    private var regionIDs: [String: Int32] = [:]
    private(set) var texts = StoredTexts()
    private(set) var findings: [Finding] = []
    private(set) var notReportedCount = 0
    /// Where reading stopped: the offset of the first record not read, and its line.
    private(set) var endOffset = 0
    private(set) var endLine = 1
    /// Set when the CSV structure broke; reading stopped there.
    private(set) var failure: CSVError?
    /// The offset in the file of the first byte of a cell that turned out not to be in the
    /// file's encoding (UTF-8 or GB18030); reading stopped there.
    private(set) var undecodableOffset: Int?
    var isUndecodable: Bool { undecodableOffset != nil }
    /// Turns the text cells met for the first time into UTF-8.
    private let cells: CellDecoder

    private var indicatorCells = ByteInterner()
    private var regionCells = ByteInterner()
    /// Recent sources and notes: saves the copy and the UTF-8 check of a text that came back
    /// lately. Cleared when full; given up for the stretch when fewer than one text in eight
    /// came back before it filled, as in a file whose every source differs.
    private var recentTexts = ByteInterner()
    private var recentTextHits = 0
    private var usesRecentTexts = true
    private static let recentTextLimit = 4_096
    private var unknownIndicators: [(message: Message, suggestion: Message)] = []
    /// Why a region cell names no one region, by code (`splitRegion - code`).
    private var splitRegions: [Message] = []
    /// The previous row's cell and meaning, per column: neighbouring rows repeat a region or a
    /// source, and comparing bytes is cheaper than interning them.
    private var previous = Array(repeating: PreviousCell(), count: 3)
    /// Per indicator, the indicator cell that followed it last time (the last slot: after a row
    /// without a known indicator). Long files list the indicators in a fixed order, so this
    /// guess spares hashing the indicator cell on nearly every row.
    private var nextIndicator: [PreviousCell]
    private var nextIndicatorSlot: Int

    /// - Parameter encoding: the file's, `.utf8` or `.gb18030`: its cells are read as they are.
    init(plan: Plan, matcher: IndicatorMatcher, layout: ReportedValuesLayout, encoding: TextEncoding) {
        self.plan = plan
        cells = CellDecoder(encoding: encoding)
        self.matcher = matcher
        self.layout = layout
        self.isPercentage = plan.indicators.map(\.isPercentage)
        self.acceptedYears = plan.acceptedYears
        nextIndicator = Array(repeating: PreviousCell(), count: plan.indicators.count + 1)
        nextIndicatorSlot = plan.indicators.count
    }

    /// Reads the records that start in `range` of the input, counting lines from 1 at its start.
    /// A record that starts in the range is read whole, even past its end.
    /// - Parameters:
    ///   - file: the data's id for the file, which every row is given.
    ///   - room: bytes of input to make room for up front: rows and texts are estimated from it.
    mutating func read(_ input: InputBytes, delimiter: UInt8, range: Range<Int>, file: Int16, room: Range<Int>) {
        self.file = file
        endOffset = range.lowerBound
        guard let base = input.buffer.baseAddress, !range.isEmpty else { return }
        var reader = CSVReader(input: input, delimiter: delimiter)
        reader.move(to: range.lowerBound, line: 1)
        var fields = CSVFields()
        makeRoom(input.buffer, room)
        do throws(CSVError) {
            while reader.offset < range.upperBound, try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                readRow(fields, base: base, reader: reader, line: reader.recordLine)
                if isUndecodable { break }
            }
        } catch {
            failure = error
        }
        endOffset = reader.offset
        endLine = reader.nextLine
    }

    /// Room made now costs nothing until it is used, while growing copies everything so far.
    /// Rows are estimated from the lines of the room's first 64 KB, erring high; texts can hold
    /// no more bytes than the input they come from.
    private mutating func makeRoom(_ bytes: UnsafeBufferPointer<UInt8>, _ room: Range<Int>) {
        let rowCount = Self.estimatedRows(bytes, room)
        HugePages.reserve(&rows, total: rowCount)
        var textBytes: [UInt8] = [], textEnds: [Int] = []
        HugePages.reserve(&textBytes, total: room.count)
        HugePages.reserve(&textEnds, total: rowCount)
        texts = StoredTexts(reserved: textBytes, ends: textEnds)
    }

    /// About how many rows `range` holds, from the lines in its first 64 KB, erring high.
    static func estimatedRows(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let sample = range.lowerBound..<min(range.upperBound, range.lowerBound + 1 << 16)
        var lines = 1
        for index in sample where bytes[index] == UInt8(ascii: "\n") { lines += 1 }
        return range.count / max(1, sample.count / lines) * 5 / 4 + 16
    }

    /// How a stretch's own ids and lines become the data's.
    struct Renumbering {
        /// The data's id for each of the stretch's regions.
        let regionIDs: [Int32]
        /// Added to text ids and to lines.
        let textShift: Int
        let lineShift: Int
    }

    /// Renumbers every stretch's rows into the data's ids and lines, each stretch on its own core.
    static func renumber(_ stretches: inout [StretchReader], _ renumberings: [Renumbering]) {
        let work = { (stretch: inout StretchReader, renumbering: Renumbering) in
            let textShift = Int32(renumbering.textShift), lineShift = Int32(clamping: renumbering.lineShift)
            renumbering.regionIDs.withUnsafeBufferPointer { regionIDs in
                stretch.rows.withUnsafeMutableBufferPointer { rows in
                    for index in rows.indices {
                        rows[index].region = regionIDs[Int(rows[index].region)]
                        if rows[index].source >= 0 { rows[index].source += textShift }
                        if rows[index].note >= 0 { rows[index].note += textShift }
                        rows[index].line &+= lineShift
                    }
                }
            }
        }
        stretches.withUnsafeMutableBufferPointer { stretches in
            nonisolated(unsafe) let stretches = stretches
            // Each index changes only its own stretch.
            _ = Parallel.map(stretches.count) { work(&stretches[$0], renumberings[$0]) }
        }
    }

    /// The rows, leaving none behind, so whoever takes them holds the only copy and can change
    /// them in place without copying.
    mutating func takeRows() -> [ReportedData.Row] {
        defer { rows = [] }
        return rows
    }

    mutating func takeTexts() -> StoredTexts {
        defer { texts = StoredTexts() }
        return texts
    }

    /// - Parameter field: the position of the cell at fault in the row, where one is.
    private mutating func report(_ severity: Diagnostic.Severity, line: Int, _ message: Message, suggestion: Message? = nil, field: Int? = nil) {
        findings.append(Finding(severity: severity, line: line, message: message, suggestion: suggestion,
                                column: field.flatMap { $0 >= 0 ? $0 + 1 : nil }, rowsBefore: rows.count))
    }

    /// A field's text, or nil (and the read stops) when its bytes are not in the file's encoding.
    private mutating func text(_ cell: CSVField, _ reader: CSVReader) -> String? {
        guard let text = cells.string(cell, in: reader) else {
            undecodable(cell, reader)
            return nil
        }
        return text
    }

    private mutating func undecodable(_ cell: CSVField, _ reader: CSVReader) {
        undecodableOffset = cell.start + cells.firstUndecodable(reader.bytes(cell))
    }

    // MARK: - Rows

    /// An indicator cell's meaning: ≥ 0 an indicator's position, -1 empty, ≤ -2 unknown (the
    /// message is `unknownIndicators[-value - 2]`).
    private static let emptyIndicator: Int32 = -1

    private mutating func readRow(_ fields: borrowing CSVFields, base: UnsafePointer<UInt8>, reader: CSVReader, line: Int) {
        if fields.count > layout.headerCount, (layout.headerCount..<fields.count).contains(where: { !fields.field($0).isEmpty }) {
            report(.error, line: line, Message("这一行有 \(fields.count) 个单元格，但表头只有 \(layout.headerCount) 个；含逗号的单元格须加引号",
                                              "the row has \(fields.count) cells but the header has \(layout.headerCount); a cell holding a comma must be quoted"))
            return
        }
        let indicatorCode = indicator(fields.field(layout.indicator), base: base, reader: reader)
        if isUndecodable { return }
        if indicatorCode < 0, let words = annotation(fields, reader: reader) {
            // 注：… under a table, or a line of text after it: nothing to read, and said.
            report(.warning, line: line, Message("这一行是说明文字“\(words)”，不是数据；已跳过", "the row is a note ('\(words)'), not data; it is skipped"))
            return
        }
        if indicatorCode == Self.emptyIndicator {
            report(.error, line: line, Message("这一行有数值，但没有指标", "the row has values but no indicator"), field: layout.indicator)
            return
        }
        if indicatorCode < 0 {
            let unknown = unknownIndicators[Int(-indicatorCode - 2)]
            report(.error, line: line, unknown.message, suggestion: unknown.suggestion, field: layout.indicator)
            return
        }
        let indicator = Int(indicatorCode)
        let region = lookup(fields.field(layout.region), .region, base: base, reader: reader, line: line)
        if region <= Self.splitRegion {
            report(.error, line: line, splitRegions[Int(Self.splitRegion - region)], field: layout.region)
            return
        }
        let source = lookup(fields.field(layout.source), .source, base: base, reader: reader, line: line)
        let note = lookup(fields.field(layout.note), .note, base: base, reader: reader, line: line)
        if isUndecodable { return }
        let context = RowContext(indicator: indicator, region: region, source: source, note: note, line: line)
        if layout.isWide {
            for (column, year) in layout.yearColumns {
                add(fields.field(column), column: column, year: year, context: context, base: base, reader: reader)
            }
            return
        }
        let yearField = fields.field(layout.year), valueField = fields.field(layout.value)
        let year: Int
        if let fast = FieldBytes.plainYear(base + yearField.start, yearField.end - yearField.start, accepted: acceptedYears) {
            year = fast
        } else {
            guard let rawYear = text(yearField, reader), let rawValue = text(valueField, reader) else { return }
            let yearText = TextNormalization.trimmed(rawYear)
            if yearText.isEmpty, let cell = try? ValueParser.parseValue(rawValue, unit: plan.indicators[indicator].unit), !cell.isNumber {
                notReportedCount += 1
                return
            }
            do {
                guard let parsed = try ValueParser.parseYear(yearText, accepted: acceptedYears) else {
                    report(.error, line: line, Message("这一行没有年份", "the row has no year"), field: layout.year)
                    return
                }
                year = parsed
            } catch {
                report(.error, line: line, error.message, field: layout.year)
                return
            }
        }
        if valueField.isEmpty, layout.source >= 0 {
            // An empty value beside a number where the source goes: most likely a row shifted a
            // column when it was typed or pasted.
            let sourceField = fields.field(layout.source)
            if let number = FieldBytes.plainDecimal(base + sourceField.start, sourceField.end - sourceField.start) {
                report(.warning, line: line, Message("数值为空，但来源列是数字 \(NumberText.plain(number))：是否填错了列？",
                                                     "the value is empty but the source column holds the number \(NumberText.plain(number)): a shifted column?"),
                       field: layout.value)
            }
        }
        add(valueField, column: layout.value, year: year, context: context, base: base, reader: reader)
    }

    /// Openings of the notes Excel sheets carry under their tables.
    private static let notePrefixes = ["注", "说明", "备注", "注释", "资料来源", "数据来源", "填报", "填表", "制表", "审核", "联系人"]

    /// The text of a row that is a note rather than data: a row starting 注：/说明：/备注：, or one
    /// whose only filled cell is text (a line after the table). nil for anything that may hold a
    /// value, which stays an error if its indicator is unknown. Read only for rows whose indicator
    /// is empty or unknown.
    private mutating func annotation(_ fields: borrowing CSVFields, reader: CSVReader) -> String? {
        var texts: [String] = []
        for index in 0..<fields.count {
            guard let raw = cells.string(fields.field(index), in: reader) else { return nil }
            let text = TextNormalization.trimmed(raw)
            if !text.isEmpty { texts.append(text) }
        }
        guard let first = texts.first else { return nil }
        let shown = TextNormalization.printable(first)
        let half = TextNormalization.halfWidth(first)
        // 注：…, 填报人：…: a note word and a colon soon after it.
        if Self.notePrefixes.contains(where: { half.hasPrefix($0) }), let colon = half.firstIndex(where: { $0 == ":" }),
           half.distance(from: half.startIndex, to: colon) <= 5 {
            return shown
        }
        // A lone cell that starts like a number may be a value without its indicator: that stays an error.
        guard texts.count == 1, let start = half.unicodeScalars.first, !("0"..."9").contains(start), !"+-.".unicodeScalars.contains(start) else { return nil }
        return shown
    }

    private struct RowContext {
        let indicator: Int
        let region: Int32
        let source: Int32
        let note: Int32
        let line: Int
    }

    private mutating func add(_ cell: CSVField, column: Int, year: Int, context: RowContext, base: UnsafePointer<UInt8>, reader: CSVReader) {
        var number = FieldBytes.plainDecimal(base + cell.start, cell.end - cell.start)
        if let fast = number, isPercentage[context.indicator], fast > 100 { number = nil }  // the slow path says why
        if number == nil {
            let indicator = plan.indicators[context.indicator]
            if cell.isEmpty {
                notReportedCount += 1
                return
            }
            guard let raw = text(cell, reader) else { return }
            do {
                switch try ValueParser.parseValue(raw, unit: indicator.unit) {
                case .notReported:
                    notReportedCount += 1
                    return
                case .notCollected(let word):
                    notReportedCount += 1
                    report(.warning, line: context.line, Message("数值写作“\(word)”，按未报告处理（本文件中同样的写法不再逐一提示）",
                                                                 "a value written '\(word)' is read as not reported (the same word is not named again in this file)"),
                           field: column)
                    findings[findings.count - 1].oncePerFile = true
                    return
                case .number(let parsed):
                    number = parsed
                }
            } catch {
                report(.error, line: context.line, Message("\(indicator.name) \(year)年：", "\(indicator.name) \(year): ") + error.message, field: column)
                return
            }
        }
        guard let number else { return }
        rows.append(ReportedData.Row(
            value: number, region: context.region, source: context.source, note: context.note, line: Int32(clamping: context.line),
            indicator: Int16(truncatingIfNeeded: context.indicator), year: Int16(truncatingIfNeeded: year), file: file))
    }

    // MARK: - Cell meanings

    private enum Column: Int {
        case region, source, note
    }

    private struct PreviousCell {
        var start: UnsafePointer<UInt8>?
        var count = -1
        var value: Int32 = 0
    }

    /// A region, source or note cell's id, worked out from its trimmed text unless the previous
    /// row had the same bytes in that column.
    private mutating func lookup(_ cell: CSVField, _ column: Column, base: UnsafePointer<UInt8>, reader: CSVReader, line: Int) -> Int32 {
        let start = base + cell.start, count = cell.end - cell.start
        let last = previous[column.rawValue]
        if last.count == count, let lastStart = last.start, ByteInterner.equal(lastStart, start, count) {
            return last.value
        }
        let value = column == .region ? region(cell, start: start, count: count, reader: reader, line: line)
            : text(cell, column, start: start, count: count, reader: reader, line: line)
        if !isUndecodable { previous[column.rawValue] = PreviousCell(start: start, count: count, value: value) }
        return value
    }

    private mutating func indicator(_ cell: CSVField, base: UnsafePointer<UInt8>, reader: CSVReader) -> Int32 {
        let start = base + cell.start, count = cell.end - cell.start
        let guess = nextIndicator[nextIndicatorSlot]
        let value: Int32
        if guess.count == count, let guessStart = guess.start, ByteInterner.equal(guessStart, start, count) {
            value = guess.value
        } else {
            value = internedIndicator(cell, start: start, count: count, reader: reader)
            if isUndecodable { return value }
            nextIndicator[nextIndicatorSlot] = PreviousCell(start: start, count: count, value: value)
        }
        nextIndicatorSlot = value >= 0 ? Int(value) : nextIndicator.count - 1
        return value
    }

    private mutating func internedIndicator(_ cell: CSVField, start: UnsafePointer<UInt8>, count: Int, reader: CSVReader) -> Int32 {
        let hash = ByteInterner.hash(start, count)
        if let known = indicatorCells.value(start, count, hash: hash) { return known }
        guard let raw = text(cell, reader) else { return Self.emptyIndicator }
        let value = indicatorCode(TextNormalization.trimmed(raw))
        indicatorCells.insert(start, count, hash: hash, value: value)
        return value
    }

    /// A region cell's id in the stretch's regions, read by the plan's rule (`RegionNames`); a
    /// total row, a former name or a spaced name is said once a file. A unit split into several
    /// districts has no id: `splitRegion` and its message, an error on every row.
    private mutating func region(_ cell: CSVField, start: UnsafePointer<UInt8>, count: Int, reader: CSVReader, line: Int) -> Int32 {
        let hash = ByteInterner.hash(start, count)
        if let known = regionCells.value(start, count, hash: hash) { return known }
        guard let raw = text(cell, reader) else { return -1 }
        let trimmed = printable(TextNormalization.trimmed(raw), .region, line: line)
        let reading = plan.regionNames.reading(trimmed)
        let value: Int32
        if let name = reading.region {
            if let message = reading.message {
                report(.warning, line: line, message)
                findings[findings.count - 1].oncePerFile = true
            }
            if let id = regionIDs[name] {
                value = id
            } else {
                value = Int32(regions.count)
                regions.append(name)
                regionIDs[name] = value
            }
        } else {
            splitRegions.append(reading.message ?? Message("", ""))
            value = Self.splitRegion - Int32(splitRegions.count - 1)
        }
        regionCells.insert(start, count, hash: hash, value: value)
        return value
    }

    /// Region codes at and below this are units split into several districts (`splitRegions`).
    private static let splitRegion: Int32 = -2

    /// A source or note's id in the stretch's texts; -1 for one that is empty once trimmed.
    private mutating func text(_ cell: CSVField, _ column: Column, start: UnsafePointer<UInt8>, count: Int, reader: CSVReader, line: Int) -> Int32 {
        if count == 0 { return -1 }
        guard usesRecentTexts else { return newText(cell, column, start: start, count: count, reader: reader, line: line) }
        let hash = ByteInterner.hash(start, count)
        if let known = recentTexts.value(start, count, hash: hash) {
            recentTextHits += 1
            return known
        }
        let id = newText(cell, column, start: start, count: count, reader: reader, line: line)
        if !isUndecodable {
            if recentTexts.count >= Self.recentTextLimit {
                usesRecentTexts = recentTextHits >= Self.recentTextLimit / 8
                recentTextHits = 0
                recentTexts.removeAll()
            }
            recentTexts.insert(start, count, hash: hash, value: id)
        }
        return id
    }

    private mutating func newText(_ cell: CSVField, _ column: Column, start: UnsafePointer<UInt8>, count: Int, reader: CSVReader, line: Int) -> Int32 {
        if !cell.hasEscapedQuotes {
            // The common case: the bytes in UTF-8 as they are, after the UTF-8 check (which also
            // finds a control character, to be named on the way below).
            guard let bytes = cells.utf8(start, count) else {
                undecodable(cell, reader)
                return -1
            }
            if let utf8 = bytes.baseAddress, FieldBytes.isTrimmed(utf8, bytes.count),
               TextDecoder.firstInvalidUTF8Offset(bytes, rejectingControls: true) == nil {
                return texts.append(utf8: bytes)
            }
        }
        guard let raw = self.text(cell, reader) else { return -1 }
        let text = printable(TextNormalization.trimmed(raw), column, line: line)
        return text.isEmpty ? -1 : texts.append(text)
    }

    /// The text with any control character written as `<U+0001>`, and a warning naming it: a
    /// NUL from a broken export must never reach a terminal or a report as it is.
    private mutating func printable(_ text: String, _ column: Column, line: Int) -> String {
        // Line breaks and tabs are a multi-line Excel cell's, and every output turns them into spaces.
        guard let control = TextNormalization.firstControl(text, allowingLineBreaks: true) else { return text }
        let shown = TextNormalization.printable(text, allowingLineBreaks: true)
        let (zh, en) = column == .region ? ("地区", "region") : column == .source ? ("来源", "source") : ("备注", "note")
        report(.warning, line: line, Message("\(zh)“\(shown)”含有控制字符 \(control)，按 \(shown) 记录",
                                             "the \(en) '\(shown)' contains a control character \(control); it is kept as written here"))
        findings[findings.count - 1].oncePerFile = true
        return shown
    }

    private mutating func indicatorCode(_ text: String) -> Int32 {
        if text.isEmpty { return Self.emptyIndicator }
        if let control = TextNormalization.firstControl(text) {
            unknownIndicators.append((
                Message("指标“\(TextNormalization.printable(text))”含有控制字符 \(control)", "the indicator '\(TextNormalization.printable(text))' contains a control character \(control)"),
                Message("请重新输入名称，或从 plan-track indicators 复制", "retype the name, or copy it from plan-track indicators")))
            return Int32(-(unknownIndicators.count - 1) - 2)
        }
        if let index = matcher.exactMatch(text) { return Int32(index) }
        unknownIndicators.append(matcher.unknown(text))
        return Int32(-(unknownIndicators.count - 1) - 2)
    }
}
