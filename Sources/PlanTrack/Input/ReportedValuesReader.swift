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
    private var values: [ReportedValue] = []
    /// (indicator, year, region) → index into `values`, to find the same value given twice.
    private var seen: [ValueKey: Int] = [:]

    private struct ValueKey: Hashable {
        let indicator: Int
        let year: Int
        let region: String
    }

    public init(plan: Plan) {
        self.plan = plan
        self.matcher = IndicatorMatcher(plan: plan)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The values read so far, errors or not.
    public var data: ReportedData { ReportedData(values: values) }

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
        let text: [UInt8]
        do {
            text = try TextDecoder.decode(bytes, file: file, forcing: encoding).utf8
        } catch {
            diagnostics += error.diagnostics
            return
        }
        var reader = CSVReader(bytes: text)
        var fields: [CSVField] = []
        var layout: Layout?
        do {
            while try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                let location = SourceLocation(file: file, line: reader.recordLine)
                if let layout {
                    readRow(fields, reader: reader, layout: layout, location: location)
                } else {
                    layout = readHeader(fields.map { reader.string($0) }, location: location)
                    if layout == nil { return }
                }
            }
        } catch {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: error.line), error.message))
            return
        }
        if layout == nil {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 0), "the file is empty: expected a header row such as indicator,year,value"))
        }
    }

    // MARK: - Header

    private enum Column: Equatable {
        case indicator, year, value, region, source, note
        /// Shown for the person filling the file in (name, unit, …); not read.
        case informational
        case yearValue(Int)
        case unknown
    }

    private struct Layout {
        let columns: [Column]
        let headerCount: Int
        var isWide: Bool { columns.contains { if case .yearValue = $0 { true } else { false } } }
        func index(of column: Column) -> Int? { columns.firstIndex(of: column) }
    }

    private static let headerNames: [String: Column] = [
        "indicator": .indicator, "指标": .indicator, "指标名称": .indicator, "主要指标": .indicator, "indicatorid": .indicator,
        "year": .year, "年份": .year, "年度": .year, "年": .year,
        "value": .value, "数值": .value, "值": .value, "指标值": .value, "数据": .value,
        "region": .region, "地区": .region, "区域": .region, "区县": .region,
        "source": .source, "来源": .source, "数据来源": .source,
        "note": .note, "notes": .note, "备注": .note, "说明": .note,
        "name": .informational, "名称": .informational, "中文名称": .informational, "unit": .informational,
        "单位": .informational, "domain": .informational, "领域": .informational, "attribute": .informational,
        "指标属性": .informational, "属性": .informational, "target": .informational, "目标": .informational,
        "baseline": .informational, "基线": .informational, "id": .informational,
    ]

    private mutating func readHeader(_ cells: [String], location: SourceLocation) -> Layout? {
        var columns: [Column] = []
        for cell in cells {
            let key = TextNormalization.nameKey(cell)
            if let column = Self.headerNames[key] {
                if column != .informational, columns.contains(column) {
                    diagnostics.append(Diagnostic(.error, location, "the column '\(cell)' appears twice in the header"))
                    return nil
                }
                columns.append(column)
            } else if let year = try? ValueParser.parseYear(cell) {
                if columns.contains(.yearValue(year)) {
                    diagnostics.append(Diagnostic(.error, location, "the year column \(year) appears twice in the header"))
                    return nil
                }
                columns.append(.yearValue(year))
            } else {
                columns.append(.unknown)
                if !key.isEmpty {
                    diagnostics.append(Diagnostic(.warning, location, "the column '\(cell)' is not one plan-track reads; it is ignored",
                                                  suggestion: "columns: indicator, year, value, region, source, note"))
                }
            }
        }
        let layout = Layout(columns: columns, headerCount: cells.count)
        guard columns.contains(.indicator) else {
            diagnostics.append(Diagnostic(.error, location, "the header has no indicator column (indicator or 指标)",
                                          suggestion: "the first line must name the columns, e.g. indicator,year,value,region,source"))
            return nil
        }
        if layout.isWide {
            if columns.contains(.year) || columns.contains(.value) {
                diagnostics.append(Diagnostic(.error, location, "the header has both year columns (2021, 2022, …) and a year or value column; use one layout"))
                return nil
            }
        } else {
            let missing = [(Column.year, "year (年份)"), (Column.value, "value (数值)")].filter { !columns.contains($0.0) }.map(\.1)
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(.error, location, "the header has no \(missing.joined(separator: " and ")) column",
                                              suggestion: "long format: indicator,year,value; wide format: indicator,2021,2022,…"))
                return nil
            }
        }
        return layout
    }

    // MARK: - Rows

    private mutating func readRow(_ fields: [CSVField], reader: CSVReader, layout: Layout, location: SourceLocation) {
        if fields.count > layout.headerCount, fields[layout.headerCount...].contains(where: { !$0.isEmpty }) {
            diagnostics.append(Diagnostic(.error, location, "the row has \(fields.count) cells but the header has \(layout.headerCount); a cell holding a comma must be quoted"))
            return
        }
        func cell(_ column: Column) -> String {
            guard let index = layout.index(of: column), index < fields.count else { return "" }
            return TextNormalization.trimmed(reader.string(fields[index]))
        }
        let indicatorText = cell(.indicator)
        let region = cell(.region).isEmpty ? plan.region : cell(.region)
        let source = cell(.source), note = cell(.note)
        guard !indicatorText.isEmpty else {
            diagnostics.append(Diagnostic(.error, location, "the row has values but no indicator"))
            return
        }
        guard let indicatorIndex = matcher.exactMatch(indicatorText) else {
            let names = matcher.suggestions(for: indicatorText).map { plan.indicators[$0].name }
            diagnostics.append(Diagnostic(.error, location, "unknown indicator '\(indicatorText)'",
                                          suggestion: names.isEmpty ? "see plan-track indicators for the names" : "did you mean \(names.joined(separator: ", "))?"))
            return
        }
        let unit = plan.indicators[indicatorIndex].unit
        if layout.isWide {
            for (index, column) in layout.columns.enumerated() {
                guard case .yearValue(let year) = column else { continue }
                let text = index < fields.count ? reader.string(fields[index]) : ""
                add(text, indicatorIndex: indicatorIndex, year: year, region: region, source: source, note: note, unit: unit, location: location)
            }
        } else {
            let yearText = cell(.year), valueText = cell(.value)
            if yearText.isEmpty && (try? ValueParser.parseValue(valueText, unit: unit)) == .notReported {
                notReportedCount += 1
                return
            }
            let year: Int
            do {
                guard let parsed = try ValueParser.parseYear(yearText) else {
                    diagnostics.append(Diagnostic(.error, location, "the row has no year"))
                    return
                }
                year = parsed
            } catch {
                diagnostics.append(Diagnostic(.error, location, error.message))
                return
            }
            add(valueText, indicatorIndex: indicatorIndex, year: year, region: region, source: source, note: note, unit: unit, location: location)
        }
    }

    private mutating func add(
        _ text: String, indicatorIndex: Int, year: Int, region: String, source: String, note: String, unit: String, location: SourceLocation
    ) {
        let number: Double
        do {
            switch try ValueParser.parseValue(text, unit: unit) {
            case .notReported:
                notReportedCount += 1
                return
            case .number(let parsed):
                number = parsed
            }
        } catch {
            diagnostics.append(Diagnostic(.error, location, "\(plan.indicators[indicatorIndex].name) \(year): \(error.message)"))
            return
        }
        let key = ValueKey(indicator: indicatorIndex, year: year, region: region)
        if let earlier = seen[key] {
            let first = values[earlier]
            let name = plan.indicators[indicatorIndex].name
            if first.value == number {
                diagnostics.append(Diagnostic(.warning, location, "\(name) \(year) \(region) is given twice with the same value \(formatted(number)) (first at \(first.location)); the repeat is ignored"))
            } else {
                diagnostics.append(Diagnostic(.error, location, "\(name) \(year) \(region) is \(formatted(number)) here but \(formatted(first.value)) at \(first.location); keep one"))
            }
            return
        }
        seen[key] = values.count
        values.append(ReportedValue(indicatorIndex: indicatorIndex, year: year, value: number, region: region,
                                    source: source, note: note, location: location))
    }

    private func formatted(_ number: Double) -> String {
        NumberText.plain(number)
    }
}
