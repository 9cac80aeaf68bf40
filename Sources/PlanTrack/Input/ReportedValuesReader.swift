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
    /// At most this many stretches of a file are read at once; 1 reads every file in one go.
    public var parallelism = ProcessInfo.processInfo.activeProcessorCount
    /// A file is cut into stretches of at least this many bytes: below about a megabyte, starting
    /// a thread costs more than it saves. Tests make it tiny to cut small files everywhere.
    var stretchSize = 1 << 20
    private let matcher: IndicatorMatcher
    private var builder = ReportedData.Builder()
    /// (region, year, indicator) → the position of the row that gave it, to find a value given twice.
    private var seen: SeenValues

    public init(plan: Plan) {
        self.plan = plan
        self.matcher = IndicatorMatcher(plan: plan)
        self.seen = SeenValues(indicatorCount: plan.indicators.count)
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
        read(InputBytes(copying: bytes), file: file, encoding: encoding)
    }

    public mutating func read(_ bytes: InputBytes, file: String, encoding: TextEncoding? = nil) {
        // Only the start of a large file is checked for UTF-8 up front; each distinct piece of
        // text is checked when first used. If one is not UTF-8 and the encoding was a guess,
        // the file is read again from the start as GB18030, so detection stays exact. Nothing is
        // kept from a file until all of it has been read, so starting again needs no undoing.
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes, file: file, forcing: encoding, verifyingWholeFile: false)
        } catch {
            diagnostics += error.diagnostics
            return
        }
        guard readDecoded(decoded.text, file: file) == .notUTF8 else { return }
        do throws(InputError) {
            guard decoded.wasGuessed else {
                let text = decoded.text.buffer
                throw TextDecoder.notUTF8(text, at: TextDecoder.firstInvalidUTF8Offset(text) ?? 0, file: file)
            }
            _ = readDecoded(try TextDecoder.convertFromGB18030(bytes.buffer, file: file), file: file)
        } catch {
            diagnostics += error.diagnostics
        }
    }

    private enum Outcome {
        case read
        /// Stopped at a piece of text that is not UTF-8; nothing of the file was kept.
        case notUTF8
    }

    /// Reads UTF-8 text: the header here, the rows in stretches (at the same time when the file
    /// is large), then the stretches' rows and messages merged in file order.
    private mutating func readDecoded(_ text: InputBytes, file: String) -> Outcome {
        var reader = CSVReader(input: text)
        var fields = CSVFields()
        var layout: ReportedValuesLayout?
        var headerDiagnostics: [Diagnostic] = []
        do throws(CSVError) {
            while layout == nil, try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                let cells = fields.array.compactMap { reader.validatedString($0) }
                if cells.count < fields.count { return .notUTF8 }
                let header = ReportedValuesLayout.read(cells, location: SourceLocation(file: file, line: reader.recordLine))
                headerDiagnostics = header.diagnostics
                guard let found = header.layout else {
                    diagnostics += headerDiagnostics
                    return .read
                }
                layout = found
            }
        } catch {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: error.line), error.message))
            return .read
        }
        guard let layout else {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 0), "the file is empty: expected a header row such as indicator,year,value"))
            return .read
        }
        var stretches = readStretches(text, delimiter: reader.delimiter, from: reader.offset, layout: layout, file: builder.file(file))
        if stretches.contains(where: \.invalidUTF8) { return .notUTF8 }
        diagnostics += headerDiagnostics
        builder.inputs.append(text)  // texts point into it
        merge(&stretches, file: file, firstLine: reader.nextLine)
        return .read
    }

    // MARK: - Stretches

    /// Reads the rows from `start` to the end in stretches, one per core for a large file.
    ///
    /// Stretches begin just after a line feed, which is a record's start unless it lies inside
    /// a quoted field. Each stretch reads on past its end to finish its last record; where that
    /// record ends is the true start of the next stretch. When the two differ (the guess fell
    /// inside a quoted field), the rest of the file is read again from the true start, so the
    /// result is always the one reading straight through would give. The stretches after the
    /// first count lines from 1; the merge shifts them.
    private func readStretches(_ text: InputBytes, delimiter: UInt8, from start: Int, layout: ReportedValuesLayout, file: Int16) -> [RowReader] {
        let bounds = Self.stretchBounds(text.buffer, from: start, parts: min(max(parallelism, 1), max(1, (text.count - start) / max(stretchSize, 1))))
        let plan = self.plan, matcher = self.matcher
        func readStretch(_ range: Range<Int>) -> RowReader {
            var stretch = RowReader(plan: plan, matcher: matcher, layout: layout)
            stretch.read(text, delimiter: delimiter, range: range, file: file, rowCapacity: Self.estimatedRows(text.buffer, range))
            return stretch
        }
        var stretches = Parallel.map(bounds.count - 1) { readStretch(bounds[$0]..<bounds[$0 + 1]) }
        var index = 0
        while index < stretches.count - 1 {
            let stretch = stretches[index]
            if stretch.failure != nil || stretch.invalidUTF8 {
                // Reading straight through would stop here too.
                stretches.removeSubrange((index + 1)...)
                break
            }
            if stretch.endOffset != bounds[index + 1] {
                stretches.replaceSubrange((index + 1)..., with: [readStretch(stretch.endOffset..<text.count)])
                break
            }
            index += 1
        }
        return stretches
    }

    /// About how many rows `range` holds, from the lines in its first 64 KB, erring high: room
    /// made up front costs nothing until it is used, while growing copies every row read so far.
    static func estimatedRows(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let sample = range.lowerBound..<min(range.upperBound, range.lowerBound + 1 << 16)
        var lines = 1
        for index in sample where bytes[index] == UInt8(ascii: "\n") { lines += 1 }
        return range.count / max(1, sample.count / lines) * 5 / 4 + 16
    }

    /// `parts + 1` offsets from `start` to the end of `bytes`, the inner ones just after a line
    /// feed near an equal share; fewer when line feeds are scarce.
    static func stretchBounds(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int) -> [Int] {
        var bounds = [start]
        for part in 1..<max(parts, 1) {
            let guess = start + (bytes.count - start) / parts * part
            guard guess > bounds[bounds.count - 1] else { continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[guess...])
            guard let lineFeed = rest.firstIndex(of: UInt8(ascii: "\n")) else { break }
            let bound = guess + lineFeed + 1
            if bound < bytes.count && bound > bounds[bounds.count - 1] { bounds.append(bound) }
        }
        bounds.append(bytes.count)
        return bounds
    }

    /// Adds the stretches' rows and messages in file order. Each stretch's rows become a piece of
    /// the store as they are, told how to turn the stretch's region and text ids and lines into
    /// the store's: a million rows are neither copied nor rewritten. Values given twice are found
    /// a run of rows at a time, on every core, and left in place marked as ignored.
    private mutating func merge(_ stretches: inout [RowReader], file: String, firstLine: Int) {
        var pieces: [RowPiece] = []
        var lineShift = firstLine - 1
        for index in stretches.indices {
            var piece = stretches[index].takePiece()
            piece.regions = stretches[index].regions.names.map { builder.region($0) }
            piece.textShift = Int32(builder.texts.count)
            piece.lineShift = Int32(clamping: lineShift)
            builder.texts.append(piece: stretches[index].texts)
            lineShift += stretches[index].endLine - 1
            pieces.append(piece)
        }
        let repeats = seen.insert(pieces, firstPosition: builder.rowCount)
        for (index, stretch) in stretches.enumerated() {
            var piece = pieces[index]
            pieces[index] = RowPiece()  // the builder's copy is then the only one, changed in place
            piece.ignore(repeats[index].map(\.position))
            let firstPosition = builder.rowCount
            builder.append(piece)
            addFindings(stretch.findings, repeats: repeats[index], firstPosition: firstPosition, file: file, lineShift: Int(piece.lineShift))
            notReportedCount += stretch.notReportedCount
            if let failure = stretch.failure?.shifted(by: Int(piece.lineShift)) {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: failure.line), failure.message))
                return
            }
        }
    }

    /// The stretch's messages, and one for each repeated value, in file order.
    private mutating func addFindings(_ findings: [RowReader.Finding], repeats: [SeenValues.Repeat], firstPosition: Int, file: String, lineShift: Int) {
        var next = 0
        for repeated in repeats {
            while next < findings.count && findings[next].rowsBefore <= repeated.position {
                diagnostics.append(diagnostic(findings[next], file: file, lineShift: lineShift))
                next += 1
            }
            reportRepeat(builder.row(at: firstPosition + repeated.position), first: builder.row(at: repeated.earlier))
        }
        diagnostics += findings[next...].map { diagnostic($0, file: file, lineShift: lineShift) }
    }

    private func diagnostic(_ finding: RowReader.Finding, file: String, lineShift: Int) -> Diagnostic {
        Diagnostic(finding.severity, SourceLocation(file: file, line: finding.line + lineShift), finding.message, suggestion: finding.suggestion)
    }

    /// A value given a second time: the same value again is a warning, a different one an
    /// error; either way the first is kept.
    private mutating func reportRepeat(_ row: ReportedData.Row, first: ReportedData.Row) {
        let indicator = plan.indicators[Int(row.indicator)]
        let firstLocation = SourceLocation(file: builder.files[first.file], line: Int(first.line))
        let region = builder.regions[row.region]
        let location = SourceLocation(file: builder.files[row.file], line: Int(row.line))
        if first.value == row.value {
            diagnostics.append(Diagnostic(.warning, location, "\(indicator.name) \(row.year) \(region) is given twice with the same value \(formatted(row.value)) (first at \(firstLocation)); the repeat is ignored"))
        } else {
            diagnostics.append(Diagnostic(.error, location, "\(indicator.name) \(row.year) \(region) is \(formatted(row.value)) here but \(formatted(first.value)) at \(firstLocation); keep one"))
        }
    }

    private func formatted(_ number: Double) -> String {
        NumberText.plain(number)
    }
}
