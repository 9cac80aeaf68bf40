import Foundation

/// Reads reported values from CSV files, long or wide, and lists every problem it finds, in
/// file order: `ReportedData(contentsOf:plan:)` and `validate` both read through it.
///
/// Long format: `indicator,year,value[,region][,source][,note]`, one value a row.
/// Wide format: `indicator[,region],2021,2022,…`, one indicator a row.
/// Headers may be English or Chinese (指标, 年份, 数值, 地区, 来源, 备注).
package struct ReportedValuesReader {
    package let plan: Plan
    /// How many cells said "not reported" (empty, —, NA), across all files.
    package private(set) var notReportedCount = 0
    /// A file named could not be read at all (as opposed to read and found wrong).
    package private(set) var couldNotOpenAFile = false
    /// Why files changed while they were read: nothing else is worth saying then.
    package private(set) var changedFiles: [Diagnostic] = []

    /// What kind of error the problems found make: a file that changed while read first (the
    /// command should be run again), then one that could not be opened, then wrong content.
    package var errorKind: InputError.Kind {
        !changedFiles.isEmpty ? .changedWhileRead : couldNotOpenAFile ? .cannotOpen : .invalidData
    }
    /// At most this many stretches of a file are read at once; 1 reads every file in one go.
    package var parallelism = ProcessInfo.processInfo.activeProcessorCount
    /// A file is cut into stretches of at least this many bytes: below about a megabyte, starting
    /// a thread costs more than it saves. Tests make it tiny to cut small files everywhere.
    var stretchSize = 1 << 20
    private let matcher: IndicatorMatcher
    private var builder: ReportedData.Builder
    /// Problems so far, each with where it goes among the rows: twice the number of rows read
    /// before it, so that a problem of one row (odd: twice its position, plus one) sorts after
    /// everything found before the row and before everything found after it.
    private var found: [(order: Int, diagnostic: Diagnostic)] = []

    package init(plan: Plan) {
        self.plan = plan
        self.matcher = IndicatorMatcher(plan: plan)
        self.builder = ReportedData.Builder(plan: plan)
    }

    /// Reads a file, or standard input when `path` is `-`.
    package mutating func readFile(_ path: String, encoding: TextEncoding? = nil) {
        switch FileInput.read(path) {
        case .success(let bytes): read(bytes, file: path == "-" ? "<stdin>" : path, encoding: encoding)
        case .failure(let error):
            note(error.diagnostics)
            couldNotOpenAFile = couldNotOpenAFile || error.kind == .cannotOpen
            if error.kind == .changedWhileRead { changedFiles += error.diagnostics }
        }
    }

    /// The sheet to read from each workbook (`--sheet`); nil reads every visible sheet that has
    /// a header.
    package var sheet: String?

    /// Reads a workbook's sheets as CSV files are read; messages name the sheet and the cell.
    package mutating func readWorkbook(_ bytes: [UInt8], file: String) {
        let sheets: [WorkbookReader.Sheet]
        do {
            sheets = try WorkbookReader.read(bytes)
        } catch {
            note([Diagnostic(.error, SourceLocation(file: file, line: 0), error.message)])
            return
        }
        let names = sheets.map(\.name)
        if let asked = sheet.map(TextNormalization.trimmed) {
            guard let chosen = sheets.first(where: { $0.name == asked }) ?? sheets.first(where: { TextNormalization.nameKey($0.name) == TextNormalization.nameKey(asked) }) else {
                note([Diagnostic(.error, SourceLocation(file: file, line: 0), Message("工作簿中没有名为“\(asked)”的工作表", "the workbook has no sheet named '\(asked)'"),
                                 suggestion: Message("工作表：\(names.joined(separator: "、"))", "its sheets: \(names.joined(separator: ", "))"))])
                return
            }
            read(InputBytes(copying: WorkbookInput.csv(chosen)), place: SourceLocation(file: file, line: 0, sheet: chosen.name), encoding: .utf8)
            return
        }
        var readAny = false
        for sheet in sheets where !sheet.isHidden && !sheet.rows.isEmpty {
            let place = SourceLocation(file: file, line: 0, sheet: sheet.name)
            // A sheet of instructions beside the data is passed over; one that holds numbers may
            // be data with a header plan-track does not know, and is named.
            guard WorkbookInput.hasHeader(sheet) else {
                if WorkbookInput.holdsNumbers(sheet) {
                    note([Diagnostic(.warning, place, Message("工作表“\(sheet.name)”有数字但没有表头（指标列），未读取", "the sheet '\(sheet.name)' holds numbers but no header (no indicator column) and is not read"))])
                }
                continue
            }
            readAny = true
            read(InputBytes(copying: WorkbookInput.csv(sheet)), place: place, encoding: .utf8)
        }
        if !readAny {
            note([Diagnostic(.error, SourceLocation(file: file, line: 0), Message("工作簿中没有可读的工作表：须有一张表的表头含“指标”列", "no sheet of the workbook can be read: one needs a header with an indicator column (指标)"),
                             suggestion: Message("工作表：\(names.joined(separator: "、"))", "its sheets: \(names.joined(separator: ", "))"))])
        }
    }

    package mutating func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil) {
        read(InputBytes(copying: bytes), file: file, encoding: encoding)
    }

    /// A CSV file, or a workbook: known by its first bytes, whatever its name, a ZIP (.xlsx) or
    /// an OLE file (.xls, .et, a workbook with a password), which no CSV starts with.
    mutating func read(_ bytes: InputBytes, file: String, encoding: TextEncoding? = nil) {
        let start = Array(bytes.buffer.prefix(8))
        if WorkbookReader.isZIP(start) || WorkbookReader.isCompoundFile(start) {
            readWorkbook(Array(bytes.buffer), file: file)
            return
        }
        read(bytes, place: SourceLocation(file: file, line: 0), encoding: encoding)
    }

    /// - Parameter place: the file, or a workbook's sheet, as a whole: what messages name.
    mutating func read(_ bytes: InputBytes, place: SourceLocation, encoding: TextEncoding? = nil) {
        let scan = FileScan(plan: plan, matcher: matcher, parallelism: parallelism, stretchSize: stretchSize)
        switch scan.scan(bytes, place: place, fileID: builder.file(place.file, sheet: place.sheet), encoding: encoding) {
        case .failed(let diagnostics):
            note(diagnostics)
        case .read(let header, var stretches, let firstLine):
            note(header)
            let rowsBefore = builder.rows.count, problemsBefore = found.count, notReportedBefore = notReportedCount
            add(&stretches, place: place, firstLine: firstLine)
            if builder.rows.count == rowsBefore, found.count == problemsBefore {
                // Nothing read and nothing wrong: say so, rather than assess nothing in silence.
                let message = notReportedCount > notReportedBefore
                    ? Message("文件中每个数值都标为未报告（空、—、NA）：没有可评估的数据",
                              "every value in the file is marked not reported (empty, —, NA): there is nothing to assess")
                    : Message("文件只有表头，没有数值", "the file has a header but no values")
                note([Diagnostic(.warning, place, message)])
            }
        }
    }

    /// Adds the stretches' rows and messages in file order.
    private mutating func add(_ stretches: inout [StretchReader], place: SourceLocation, firstLine: Int) {
        // Each stretch's rows are renumbered into the data's ids and lines on their own core;
        // only the names are looked up here, in file order.
        var shifts: [StretchReader.Renumbering] = []
        var textShift = builder.texts.count, lineShift = firstLine - 1
        for stretch in stretches {
            shifts.append(StretchReader.Renumbering(regionIDs: stretch.regions.map { builder.region($0) }, textShift: textShift, lineShift: lineShift))
            textShift += stretch.texts.count
            lineShift += stretch.endLine - 1
        }
        StretchReader.renumber(&stretches, shifts)
        var saidInFile: Set<Message> = []
        for index in stretches.indices {
            let firstRow = builder.rows.count, lineShift = shifts[index].lineShift
            builder.append(stretches[index].takeRows(), texts: stretches[index].takeTexts())
            let stretch = stretches[index]
            for finding in stretch.findings {
                if finding.oncePerFile, !saidInFile.insert(finding.message).inserted { continue }
                // A cell's column is named only in a workbook (C7); a CSV file's messages name the line.
                let location = place.at(line: finding.line + lineShift, column: place.sheet == nil ? nil : finding.column)
                found.append((2 * (firstRow + finding.rowsBefore), Diagnostic(finding.severity, location, finding.message, suggestion: finding.suggestion)))
            }
            notReportedCount += stretch.notReportedCount
            if let failure = stretch.failure {
                note([Diagnostic(.error, place.at(line: failure.line + lineShift), failure.message)])
                return
            }
        }
    }

    private mutating func note(_ diagnostics: [Diagnostic]) {
        found += diagnostics.map { (2 * builder.rows.count, $0) }
    }

    /// The data, with the one-value rule applied, and every problem in file order.
    package func finish() -> (data: ReportedData, diagnostics: [Diagnostic]) {
        let (data, rowProblems) = builder.build()
        var all = found
        all += rowProblems.map { (2 * $0.position + 1, $0.diagnostic) }
        // Stable: problems with the same place keep the order they were found in.
        let diagnostics = all.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.diagnostic)
        return (data.adding(warnings: diagnostics.filter { $0.severity == .warning }), diagnostics)
    }
}

extension ReportedData {
    /// Reads CSV files of reported values (`-` is standard input), long or wide, in any
    /// encoding Excel writes. Throws an error that lists every problem in every file when any
    /// is an error; warnings are kept in `warnings`.
    public init(contentsOf paths: [String], plan: Plan, encoding: TextEncoding? = nil) throws(InputError) {
        var reader = ReportedValuesReader(plan: plan)
        for path in paths { reader.readFile(path, encoding: encoding) }
        self = try Self.result(of: reader)
    }

    /// Reads CSV bytes as `init(contentsOf:plan:)` reads a file; messages name it `file`.
    public init(csv bytes: [UInt8], file: String = "<data>", plan: Plan, encoding: TextEncoding? = nil) throws(InputError) {
        var reader = ReportedValuesReader(plan: plan)
        reader.read(bytes, file: file, encoding: encoding)
        self = try Self.result(of: reader)
    }

    private static func result(of reader: ReportedValuesReader) throws(InputError) -> ReportedData {
        let (data, diagnostics) = reader.finish()
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw InputError(kind: reader.errorKind, diagnostics: reader.errorKind == .changedWhileRead ? reader.changedFiles : diagnostics)
        }
        return data
    }
}
