/// Reads one file's bytes into stretches of rows: the engine's entry point.
///
/// Decodes (detecting the encoding), reads the header, then cuts the rest into stretches that
/// are read at the same time, one per core for a large file. What comes back owns its memory,
/// so the file can be unmapped as soon as this returns.
struct FileScan {
    let plan: Plan
    let matcher: IndicatorMatcher
    /// At most this many stretches are read at once.
    let parallelism: Int
    /// A file is cut into stretches of at least this many bytes.
    let stretchSize: Int

    enum Outcome {
        /// Nothing could be read from the file: these say why.
        case failed([Diagnostic])
        /// The header was read and the rows after it, in stretches in file order; the first
        /// stretch starts on line `firstLine`.
        case read(header: [Diagnostic], stretches: [StretchReader], firstLine: Int)
    }

    /// - Parameter place: the file (or a workbook's sheet) as a whole, which messages name.
    func scan(_ bytes: InputBytes, place: SourceLocation, fileID: Int16, encoding: TextEncoding?) -> Outcome {
        let file = place.file
        // Only the start of a large file is checked for UTF-8 up front; each piece of text is
        // checked when first used. If one is not UTF-8 and the encoding was a guess, the file
        // is read again from the start as GB18030, so detection stays exact. Nothing is kept
        // from a file until all of it has been read, so starting again needs no undoing.
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes, file: file, forcing: encoding, verifyingWholeFile: false)
        } catch {
            return .failed(error.diagnostics)
        }
        if decoded.encoding != .utf8 { bytes.discardPages() }
        if let outcome = scanDecoded(decoded.text, place: place, fileID: fileID) { return outcome }
        do throws(InputError) {
            // Only a guess of UTF-8 from the file's start may be wrong in this way; the original bytes
            // are still there then (pages are given back only after a conversion).
            guard decoded.wasGuessed, decoded.encoding == .utf8 else {
                let text = decoded.text.buffer
                throw TextDecoder.notUTF8(text, at: TextDecoder.firstInvalidUTF8Offset(text) ?? 0, file: file)
            }
            let converted = try TextDecoder.convertFromGB18030(bytes.buffer, file: file)
            bytes.discardPages()
            return scanDecoded(converted, place: place, fileID: fileID) ?? .failed([TextDecoder.notUTF8(converted.buffer, at: 0, file: file).diagnostics[0]])
        } catch {
            return .failed(error.diagnostics)
        }
    }

    /// nil when a piece of text turned out not to be UTF-8.
    private func scanDecoded(_ text: InputBytes, place: SourceLocation, fileID: Int16) -> Outcome? {
        var reader = CSVReader(input: text)
        var fields = CSVFields()
        var layout: ReportedValuesLayout?
        var header: [Diagnostic] = []
        var skipped: [Diagnostic] = []
        do throws(CSVError) {
            while layout == nil, try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                let cells = fields.array.compactMap { reader.validatedString($0) }
                if cells.count < fields.count { return nil }
                let location = place.at(line: reader.recordLine)
                let read = ReportedValuesLayout.read(cells, location: location, acceptedYears: plan.acceptedYears)
                if read.layout == nil, skipped.count < Self.linesAboveHeader, let title = Self.title(cells, matcher: matcher) {
                    // Excel sheets put a title (济南市卫生健康主要指标（2025年）) or a unit line above the header.
                    skipped.append(Diagnostic(.warning, location, Message("表头上方的“\(title)”按标题跳过", "'\(title)' above the header is taken as a title and skipped")))
                    continue
                }
                header = skipped + read.diagnostics
                guard let found = read.layout else { return .failed(header) }
                layout = found
            }
        } catch {
            return .failed([Diagnostic(.error, place.at(line: error.line), error.message)])
        }
        guard let layout else {
            return .failed([Diagnostic(.error, place, Message("文件是空的：应有一行表头，如 指标,年份,数值", "the file is empty: expected a header row such as indicator,year,value"))])
        }
        let stretches = readStretches(text, delimiter: reader.delimiter, from: reader.offset, layout: layout, fileID: fileID)
        if stretches.contains(where: \.invalidUTF8) { return nil }
        return .read(header: header, stretches: stretches, firstLine: reader.nextLine)
    }

    /// Reads the rows from `start` to the end in stretches, one per core for a large file.
    ///
    /// Stretches begin just after a line feed, which is a record's start unless it lies inside
    /// a quoted field. Each stretch reads on past its end to finish its last record; where that
    /// record ends is the true start of the next stretch. When the two differ (the guess fell
    /// inside a quoted field), the rest of the file is read again from the true start, so the
    /// result is always the one reading straight through would give.
    private func readStretches(_ text: InputBytes, delimiter: UInt8, from start: Int, layout: ReportedValuesLayout, fileID: Int16) -> [StretchReader] {
        let parts = min(max(parallelism, 1), max(1, (text.count - start) / max(stretchSize, 1)))
        let bounds = Self.stretchBounds(text.buffer, from: start, parts: parts)
        // The first stretch's rows and texts become the data's, and the others are appended to
        // them: it makes room for the whole file.
        func readStretch(_ range: Range<Int>) -> StretchReader {
            var stretch = StretchReader(plan: plan, matcher: matcher, layout: layout)
            let room = range.lowerBound == start ? range.lowerBound..<text.count : range
            stretch.read(text, delimiter: delimiter, range: range, file: fileID, room: room)
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

    /// How many lines above the header may be titles: a title, a subtitle, a unit line.
    static let linesAboveHeader = 3

    /// A line above the header that is a title, not a header or data: at most two filled cells,
    /// none of them a column's name, an indicator's name, a year or a number. nil otherwise.
    static func title(_ cells: [String], matcher: IndicatorMatcher) -> String? {
        let filled = cells.map(TextNormalization.trimmed).filter { !$0.isEmpty }
        func isTitleText(_ cell: String) -> Bool {
            ReportedValuesLayout.headerNames[TextNormalization.nameKey(cell)] == nil && matcher.exactMatch(cell) == nil
                && Double(TextNormalization.halfWidth(cell).replacingOccurrences(of: "年", with: "")) == nil
        }
        guard (1...2).contains(filled.count), filled.allSatisfy(isTitleText) else { return nil }
        return TextNormalization.printable(filled.joined(separator: " "))
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
}
