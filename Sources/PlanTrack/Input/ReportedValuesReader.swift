#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads reported values from CSV files, long or wide, and lists every problem it finds.
///
/// Long format: `indicator,year,value[,region][,source][,note]`, one value a row.
/// Wide format: `indicator[,region],2021,2022,…`, one indicator a row.
/// Headers may be English or Chinese (指标, 年份, 数值, 地区, 来源, 备注).
public struct ReportedValuesReader {
    public let plan: Plan
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many cells said "not reported" (empty, —, NA), across all files.
    public private(set) var notReportedCount = 0
    /// A file named could not be read at all (as opposed to read and found wrong).
    public private(set) var couldNotOpenAFile = false
    private let matcher: IndicatorMatcher
    private var builder = ReportedData.Builder()
    /// (region, year, indicator) → row, to find the same value given twice.
    private var seen = RowKeyTable(expected: 0)
    private var indicatorTable = ByteStringTable()
    private var regionTable = ByteStringTable()
    /// Borrows its keys from the file being read, so it is emptied at the start of each file.
    private var textTable = ByteStringTable(borrowingKeys: true)
    private var unknownIndicators: [(message: String, suggestion: String)] = []
    /// Set when a field turns out not to be UTF-8; the file is then read again or rejected.
    private var invalidUTF8 = false
    /// Per indicator, so the row loop neither copies an `Indicator` nor compares unit strings.
    private let isPercentage: [Bool]

    public init(plan: Plan) {
        self.plan = plan
        self.matcher = IndicatorMatcher(plan: plan)
        self.isPercentage = plan.indicators.map(\.isPercentage)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The values read so far, errors or not.
    public var data: ReportedData { builder.build() }

    /// Reads a file, or standard input when `path` is `-`.
    public mutating func readFile(_ path: String, encoding: TextEncoding? = nil) {
        switch FileInput.read(path) {
        case .success(let bytes): read(bytes, file: path == "-" ? "<stdin>" : path, encoding: encoding)
        case .failure(let error):
            diagnostics += error.diagnostics
            couldNotOpenAFile = couldNotOpenAFile || error.kind == .cannotOpen
        }
    }

    public mutating func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil) {
        // Only the start of a large file is checked for UTF-8 up front; each distinct piece of
        // text is checked when first used. If one is not UTF-8 and the encoding was a guess,
        // the file is read again from the start as GB18030, so detection stays exact.
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes, file: file, forcing: encoding, verifyingWholeFile: false)
        } catch {
            diagnostics += error.diagnostics
            return
        }
        let mark = self.mark()
        guard readDecoded(decoded.utf8, file: file) else { return }
        restore(mark)
        do throws(InputError) {
            guard decoded.wasGuessed else {
                throw TextDecoder.notUTF8(decoded.utf8, at: TextDecoder.firstInvalidUTF8Offset(decoded.utf8) ?? 0, file: file)
            }
            _ = readDecoded(try TextDecoder.convertFromGB18030(bytes, file: file), file: file)
        } catch {
            diagnostics += error.diagnostics
        }
    }

    /// The previous row's bytes belong to a buffer that is about to go away.
    private mutating func forgetPreviousRow() {
        previous = Array(repeating: PreviousField(), count: 4)
    }

    /// Reads UTF-8 text. Returns true when it stopped at a piece of text that is not UTF-8.
    private mutating func readDecoded(_ text: [UInt8], file: String) -> Bool {
        invalidUTF8 = false
        textTable = ByteStringTable(borrowingKeys: true)  // its keys point into the previous file
        defer { forgetPreviousRow() }
        var reader = CSVReader(bytes: text)
        var fields = CSVFields()
        var layout: ReportedValuesLayout?
        let fileID = builder.file(file)
        // Room for every row at about 64 bytes a row, so the duplicate table rarely grows.
        seen.reserve(builder.rows.count + text.count / 64)
        builder.reserve(text.count / 64)
        var headerRejected = false
        let failure = text.withUnsafeBufferPointer { buffer -> CSVError? in
            do throws(CSVError) {
                while try reader.nextRecord(into: &fields) {
                    if reader.isBlank(fields) { continue }
                    if let layout {
                        readRow(fields, buffer: buffer, reader: reader, layout: layout, file: fileID, fileName: file, line: reader.recordLine)
                        if invalidUTF8 { return nil }
                    } else {
                        let cells = fields.array.compactMap { reader.validatedString($0) }
                        if cells.count < fields.count {
                            invalidUTF8 = true
                            return nil
                        }
                        let header = ReportedValuesLayout.read(cells, location: SourceLocation(file: file, line: reader.recordLine))
                        diagnostics += header.diagnostics
                        layout = header.layout
                        if layout == nil {
                            headerRejected = true
                            return nil
                        }
                    }
                }
            } catch {
                return error
            }
            return nil
        }
        if invalidUTF8 { return true }
        if let failure {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: failure.line), failure.message))
            return false
        }
        if layout == nil && !headerRejected {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 0), "the file is empty: expected a header row such as indicator,year,value"))
        }
        return false
    }

    // MARK: - Starting a file again

    private struct Mark {
        let diagnostics: Int
        let notReported: Int
        let builder: ReportedData.Builder.Mark
    }

    private func mark() -> Mark {
        Mark(diagnostics: diagnostics.count, notReported: notReportedCount, builder: builder.mark())
    }

    /// Forgets everything read since `mark`: rows, messages, names, and the caches that point at
    /// them. (The text table and the previous-row memo are emptied by every `readDecoded`.)
    private mutating func restore(_ mark: Mark) {
        builder.restore(mark.builder)
        diagnostics.removeSubrange(mark.diagnostics...)
        notReportedCount = mark.notReported
        indicatorTable = ByteStringTable()
        regionTable = ByteStringTable()
        seen = RowKeyTable(expected: builder.rows.count)
        for (index, row) in builder.rows.enumerated() {
            _ = seen.insertOrFind(Self.key(region: row.region, year: Int(row.year), indicator: Int(row.indicator)), row: Int32(index))
        }
    }

    private static func key(region: Int32, year: Int, indicator: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: region)) << 32 | UInt64(UInt16(truncatingIfNeeded: year)) << 16 | UInt64(UInt16(truncatingIfNeeded: indicator))
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
    //
    // The hot path. Each field's raw bytes are looked up in a table; only bytes never seen
    // before take the slow path through String, normalisation and the matcher, so a million
    // rows naming a few hundred distinct things cost a few hundred Strings.

    /// Cached result for an indicator cell: ≥ 0 an indicator index, -1 empty, ≤ -2 unknown
    /// (the message is `unknownIndicators[-value - 2]`).
    private static let emptyIndicator: Int32 = -1

    private mutating func readRow(_ fields: borrowing CSVFields, buffer: UnsafeBufferPointer<UInt8>, reader: CSVReader, layout: ReportedValuesLayout, file: Int16, fileName: String, line: Int) {
        if fields.count > layout.headerCount, (layout.headerCount..<fields.count).contains(where: { !fields.field($0).isEmpty }) {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: fileName, line: line), "the row has \(fields.count) cells but the header has \(layout.headerCount); a cell holding a comma must be quoted"))
            return
        }
        let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!

        let indicatorCode = lookup(fields.field(layout.indicator), .indicator, base: base, reader: reader)
        if invalidUTF8 { return }
        if indicatorCode == Self.emptyIndicator {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: fileName, line: line), "the row has values but no indicator"))
            return
        }
        if indicatorCode < 0 {
            let unknown = unknownIndicators[Int(-indicatorCode - 2)]
            diagnostics.append(Diagnostic(.error, SourceLocation(file: fileName, line: line), unknown.message, suggestion: unknown.suggestion))
            return
        }
        let indicator = Int(indicatorCode)
        let region = lookup(fields.field(layout.region), .region, base: base, reader: reader)
        let source = lookup(fields.field(layout.source), .source, base: base, reader: reader)
        let note = lookup(fields.field(layout.note), .note, base: base, reader: reader)
        if invalidUTF8 { return }
        let context = RowContext(indicator: indicator, region: region, source: source, note: note, file: file, fileName: fileName, line: line)
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
                    diagnostics.append(Diagnostic(.error, SourceLocation(file: fileName, line: line), "the row has no year"))
                    return
                }
                year = parsed
            } catch {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: fileName, line: line), error.message))
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
        let file: Int16
        let fileName: String
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
                diagnostics.append(Diagnostic(.error, SourceLocation(file: context.fileName, line: context.line), "\(indicator.name) \(year): \(error.message)"))
                return
            }
        }
        guard let number else { return }
        let key = Self.key(region: context.region, year: year, indicator: context.indicator)
        let row = Int32(truncatingIfNeeded: builder.rows.count)
        if let earlier = seen.insertOrFind(key, row: row) {
            let indicator = plan.indicators[context.indicator]
            let first = builder.rows[Int(earlier)]
            let firstLocation = SourceLocation(file: builder.files[Int(first.file)], line: Int(first.line))
            let region = builder.regions[Int(context.region)]
            let location = SourceLocation(file: context.fileName, line: context.line)
            if first.value == number {
                diagnostics.append(Diagnostic(.warning, location, "\(indicator.name) \(year) \(region) is given twice with the same value \(formatted(number)) (first at \(firstLocation)); the repeat is ignored"))
            } else {
                diagnostics.append(Diagnostic(.error, location, "\(indicator.name) \(year) \(region) is \(formatted(number)) here but \(formatted(first.value)) at \(firstLocation); keep one"))
            }
            return
        }
        builder.rows.append(ReportedData.Row(
            value: number, region: context.region, source: context.source, note: context.note, line: Int32(clamping: context.line),
            indicator: Int16(truncatingIfNeeded: context.indicator), year: Int16(truncatingIfNeeded: year), file: context.file))
    }

    private enum FieldKind: Int {
        case indicator, region, source, note
    }

    /// The previous row's raw bytes and meaning, per kind of field: neighbouring rows often
    /// repeat a region or a source, and comparing bytes is cheaper than hashing them.
    private var previous = Array(repeating: PreviousField(), count: 4)

    private struct PreviousField {
        var start: UnsafePointer<UInt8>?
        var count = -1
        var value: Int32 = 0
    }

    /// The cached meaning of a field's raw bytes, worked out from its trimmed text the first time.
    private mutating func lookup(_ cell: CSVField, _ kind: FieldKind, base: UnsafePointer<UInt8>, reader: CSVReader) -> Int32 {
        let start = base + cell.start, count = cell.end - cell.start
        let last = previous[kind.rawValue]
        if last.count == count, let lastStart = last.start, count == 0 || memcmp(lastStart, start, count) == 0 {
            return last.value
        }
        let value = lookupInTable(cell, kind, start: start, count: count, reader: reader)
        if !invalidUTF8 { previous[kind.rawValue] = PreviousField(start: start, count: count, value: value) }
        return value
    }

    private mutating func lookupInTable(_ cell: CSVField, _ kind: FieldKind, start: UnsafePointer<UInt8>, count: Int, reader: CSVReader) -> Int32 {
        let hash = ByteStringTable.hash(start, count)
        let cached: Int32?
        switch kind {
        case .indicator: cached = indicatorTable.value(start, count, hash: hash)
        case .region: cached = regionTable.value(start, count, hash: hash)
        case .source, .note: cached = textTable.value(start, count, hash: hash)
        }
        if let cached { return cached }
        guard let raw = self.text(cell, reader) else { return Self.emptyIndicator }
        let text = TextNormalization.trimmed(raw)
        switch kind {
        case .indicator:
            let value = indicatorCode(text)
            indicatorTable.insert(start, count, hash: hash, value: value)
            return value
        case .region:
            let value = builder.region(text.isEmpty ? plan.region : text)
            regionTable.insert(start, count, hash: hash, value: value)
            return value
        case .source, .note:
            // The byte table already gives one id per distinct spelling; no second, String-keyed lookup.
            let value = builder.appendText(text)
            textTable.insert(start, count, hash: hash, value: value)
            return value
        }
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


    private func formatted(_ number: Double) -> String {
        NumberText.plain(number)
    }
}
