/// Reads the rows of one stretch of a file, after its header. Large files are cut into
/// stretches that are read at the same time on different cores, so a stretch keeps everything it
/// finds to itself: its own region and text lists, its own caches, line numbers counted from its
/// own start. `ReportedValuesReader` then merges the stretches in file order, where it also finds
/// values given twice.
///
/// The hot path: each field's raw bytes are looked up in a table, and only bytes never seen
/// before take the slow path through String, normalisation and the matcher, so a million rows
/// naming a few hundred distinct things cost a few hundred Strings.
struct RowReader {
    /// A message found in the stretch, placed among its rows so the merge keeps file order.
    struct Finding {
        let severity: Diagnostic.Severity
        /// Counted from the stretch's first line (1).
        let line: Int
        let message: String
        let suggestion: String?
        /// How many rows the stretch had read when this was found: where it goes among them.
        let rowsBefore: Int
    }

    private let plan: Plan
    private let matcher: IndicatorMatcher
    private let layout: ReportedValuesLayout
    /// Per indicator, so the row loop neither copies an `Indicator` nor compares unit strings.
    private let isPercentage: [Bool]
    private var file: Int16 = 0

    /// Rows with `region` an index into `regions` and `source`/`note` into `texts`; `line`
    /// counted from the stretch's start.
    private(set) var piece = RowPiece()
    private(set) var regions = NameTable()
    private(set) var texts: [StoredText] = []
    private(set) var findings: [Finding] = []
    private(set) var notReportedCount = 0
    /// Where reading stopped: the offset of the first record not read, and its line.
    private(set) var endOffset = 0
    private(set) var endLine = 1
    /// Set when the CSV structure broke; reading stopped there.
    private(set) var failure: CSVError?
    /// Set when a field turned out not to be UTF-8; reading stopped there.
    private(set) var invalidUTF8 = false

    private var indicatorTable = ByteStringTable()
    private var regionTable = ByteStringTable()
    /// Borrows its keys from the file, which outlives the stretch.
    private var recentTexts = RecentTexts()
    private var unknownIndicators: [(message: String, suggestion: String)] = []
    /// The previous row's raw bytes and meaning, per kind of field: neighbouring rows often
    /// repeat a region or a source, and comparing bytes is cheaper than hashing them.
    private var previous = Array(repeating: PreviousField(), count: 4)
    /// Per indicator, the indicator cell that followed it last time (the last slot: the one that
    /// followed a row without a known indicator). Files list indicators in a fixed order, so a
    /// row's indicator is nearly always the one that followed the previous row's last time.
    private var nextIndicator: [PreviousField]
    private var nextIndicatorSlot: Int

    init(plan: Plan, matcher: IndicatorMatcher, layout: ReportedValuesLayout) {
        self.plan = plan
        self.matcher = matcher
        self.layout = layout
        self.isPercentage = plan.indicators.map(\.isPercentage)
        nextIndicator = Array(repeating: PreviousField(), count: plan.indicators.count + 1)
        nextIndicatorSlot = plan.indicators.count
    }

    /// Reads the records that start in `range` of the input, counting lines from 1 at its start.
    /// A record that starts in the range is read whole, even past its end.
    /// - Parameters:
    ///   - file: the store's id for the file, which every row is given.
    ///   - rowCapacity: room to make for rows up front.
    mutating func read(_ input: InputBytes, delimiter: UInt8, range: Range<Int>, file: Int16, rowCapacity: Int) {
        self.file = file
        endOffset = range.lowerBound
        guard let base = input.buffer.baseAddress, !range.isEmpty else { return }
        input.prefault(range)
        var reader = CSVReader(input: input, delimiter: delimiter)
        reader.move(to: range.lowerBound, line: 1)
        var fields = CSVFields()
        piece.reserve(rowCapacity)
        do throws(CSVError) {
            while reader.offset < range.upperBound, try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                readRow(fields, base: base, reader: reader, line: reader.recordLine)
                if invalidUTF8 { break }
            }
        } catch {
            failure = error
        }
        endOffset = reader.offset
        endLine = reader.nextLine
    }

    /// The rows, leaving none behind, so the caller holds the only reference and can change them in place.
    mutating func takePiece() -> RowPiece {
        let taken = piece
        piece = RowPiece()
        return taken
    }

    private mutating func report(_ severity: Diagnostic.Severity, line: Int, _ message: String, suggestion: String? = nil) {
        findings.append(Finding(severity: severity, line: line, message: message, suggestion: suggestion, rowsBefore: piece.count))
    }

    /// A field's text, or nil (and the read stops) when its bytes are not UTF-8.
    private mutating func text(_ cell: CSVField, _ reader: CSVReader) -> String? {
        guard let text = reader.validatedString(cell) else {
            invalidUTF8 = true
            return nil
        }
        return text
    }

    // MARK: - Rows

    /// Cached result for an indicator cell: ≥ 0 an indicator index, -1 empty, ≤ -2 unknown
    /// (the message is `unknownIndicators[-value - 2]`).
    private static let emptyIndicator: Int32 = -1

    private mutating func readRow(_ fields: borrowing CSVFields, base: UnsafePointer<UInt8>, reader: CSVReader, line: Int) {
        if fields.count > layout.headerCount, (layout.headerCount..<fields.count).contains(where: { !fields.field($0).isEmpty }) {
            report(.error, line: line, "the row has \(fields.count) cells but the header has \(layout.headerCount); a cell holding a comma must be quoted")
            return
        }
        let indicatorCode = lookupIndicator(fields.field(layout.indicator), base: base, reader: reader)
        if invalidUTF8 { return }
        if indicatorCode == Self.emptyIndicator {
            report(.error, line: line, "the row has values but no indicator")
            return
        }
        if indicatorCode < 0 {
            let unknown = unknownIndicators[Int(-indicatorCode - 2)]
            report(.error, line: line, unknown.message, suggestion: unknown.suggestion)
            return
        }
        let indicator = Int(indicatorCode)
        let region = lookup(fields.field(layout.region), .region, base: base, reader: reader)
        let source = lookup(fields.field(layout.source), .source, base: base, reader: reader)
        let note = lookup(fields.field(layout.note), .note, base: base, reader: reader)
        if invalidUTF8 { return }
        let context = RowContext(indicator: indicator, region: region, source: source, note: note, line: line)
        if layout.isWide {
            for (column, year) in layout.yearColumns {
                add(fields.field(column), year: year, context: context, base: base, reader: reader)
            }
            return
        }
        let yearField = fields.field(layout.year), valueField = fields.field(layout.value)
        let year: Int
        if let fast = ValueParser.plainYear(base + yearField.start, yearField.end - yearField.start) {
            year = fast
        } else {
            guard let rawYear = text(yearField, reader), let rawValue = text(valueField, reader) else { return }
            let yearText = TextNormalization.trimmed(rawYear)
            if yearText.isEmpty, (try? ValueParser.parseValue(rawValue, unit: plan.indicators[indicator].unit)) == .notReported {
                notReportedCount += 1
                return
            }
            do {
                guard let parsed = try ValueParser.parseYear(yearText) else {
                    report(.error, line: line, "the row has no year")
                    return
                }
                year = parsed
            } catch {
                report(.error, line: line, error.message)
                return
            }
        }
        add(valueField, year: year, context: context, base: base, reader: reader)
    }

    private struct RowContext {
        let indicator: Int
        let region: Int32
        let source: Int32
        let note: Int32
        let line: Int
    }

    private mutating func add(_ cell: CSVField, year: Int, context: RowContext, base: UnsafePointer<UInt8>, reader: CSVReader) {
        var number = ValueParser.plainDecimal(base + cell.start, cell.end - cell.start)
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
                case .number(let parsed):
                    number = parsed
                }
            } catch {
                report(.error, line: context.line, "\(indicator.name) \(year): \(error.message)")
                return
            }
        }
        guard let number else { return }
        piece.append(ReportedData.Row(
            value: number, region: context.region, source: context.source, note: context.note, line: Int32(clamping: context.line),
            indicator: Int16(truncatingIfNeeded: context.indicator), year: Int16(truncatingIfNeeded: year), file: file))
    }

    // MARK: - Field meanings

    private enum FieldKind: Int {
        case indicator, region, source, note
    }

    private struct PreviousField {
        var start: UnsafePointer<UInt8>?
        var count = -1
        var value: Int32 = 0
    }

    /// The cached meaning of a field's raw bytes, worked out from its trimmed text the first time.
    private mutating func lookup(_ cell: CSVField, _ kind: FieldKind, base: UnsafePointer<UInt8>, reader: CSVReader) -> Int32 {
        let start = base + cell.start, count = cell.end - cell.start
        let last = previous[kind.rawValue]
        if last.count == count, let lastStart = last.start, ByteStringTable.equal(lastStart, start, count) {
            return last.value
        }
        let value = lookupInTable(cell, kind, start: start, count: count, reader: reader)
        if !invalidUTF8 { previous[kind.rawValue] = PreviousField(start: start, count: count, value: value) }
        return value
    }

    /// Inlined: it runs once a row.
    @inline(__always)
    private mutating func lookupIndicator(_ cell: CSVField, base: UnsafePointer<UInt8>, reader: CSVReader) -> Int32 {
        let start = base + cell.start, count = cell.end - cell.start
        let guess = nextIndicator[nextIndicatorSlot]
        let value: Int32
        if guess.count == count, let guessStart = guess.start, ByteStringTable.equal(guessStart, start, count) {
            value = guess.value
        } else {
            value = lookupInTable(cell, .indicator, start: start, count: count, reader: reader)
            if invalidUTF8 { return value }
            nextIndicator[nextIndicatorSlot] = PreviousField(start: start, count: count, value: value)
        }
        nextIndicatorSlot = value >= 0 ? Int(value) : nextIndicator.count - 1
        return value
    }

    private mutating func lookupInTable(_ cell: CSVField, _ kind: FieldKind, start: UnsafePointer<UInt8>, count: Int, reader: CSVReader) -> Int32 {
        let hash = ByteStringTable.hash(start, count)
        let cached: Int32?
        switch kind {
        case .indicator: cached = indicatorTable.value(start, count, hash: hash)
        case .region: cached = regionTable.value(start, count, hash: hash)
        case .source, .note: cached = recentTexts.id(start, count, hash: hash)
        }
        if let cached { return cached }
        if kind == .source || kind == .note, !cell.hasEscapedQuotes, TextNormalization.isTrimmed(start, count) {
            // The common case, kept as bytes: no String, no clean-up; only the UTF-8 check.
            guard TextDecoder.firstInvalidUTF8Offset(UnsafeBufferPointer(start: start, count: count)) == nil else {
                invalidUTF8 = true
                return -1
            }
            return addText(count == 0 ? nil : .bytes(start, count: count), start, count, hash: hash)
        }
        guard let raw = self.text(cell, reader) else { return Self.emptyIndicator }
        let text = TextNormalization.trimmed(raw)
        switch kind {
        case .indicator:
            let value = indicatorCode(text)
            indicatorTable.insert(start, count, hash: hash, value: value)
            return value
        case .region:
            // Spellings that trim to the same name share one id.
            let value = regions.id(text.isEmpty ? plan.region : text)
            regionTable.insert(start, count, hash: hash, value: value)
            return value
        case .source, .note:
            return addText(text.isEmpty ? nil : .string(text), start, count, hash: hash)
        }
    }

    /// A source or note not seen lately; nil for one that is empty once trimmed (id -1).
    private mutating func addText(_ text: StoredText?, _ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64) -> Int32 {
        let value: Int32 = text == nil ? -1 : Int32(texts.count)
        if let text { texts.append(text) }
        recentTexts.remember(start, count, hash: hash, id: value)
        return value
    }

    private mutating func indicatorCode(_ text: String) -> Int32 {
        if text.isEmpty { return Self.emptyIndicator }
        if let index = matcher.exactMatch(text) { return Int32(index) }
        let names = matcher.suggestions(for: text).map { plan.indicators[$0].name }
        unknownIndicators.append((
            "unknown indicator '\(text)'",
            names.isEmpty ? "see plan-track indicators for the names" : "did you mean \(names.joined(separator: ", "))?"))
        return Int32(-(unknownIndicators.count - 1) - 2)
    }
}
