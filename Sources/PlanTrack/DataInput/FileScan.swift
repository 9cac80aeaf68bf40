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
        // A GB18030 file is scanned as it is, its text cells converted as they are met.
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes, file: file, forcing: encoding, verifyingWholeFile: false, convertingGB18030: false)
        } catch {
            return .failed(error.diagnostics)
        }
        switch decoded.encoding {
        case .utf16LittleEndian, .utf16BigEndian: bytes.discardPages()  // converted: not read again
        case .utf8, .gb18030: break
        }
        let cellEncoding: TextEncoding = decoded.encoding == .gb18030 ? .gb18030 : .utf8
        if cellEncoding == .gb18030 && !CellDecoder.canConvertGB18030 { return .failed(TextDecoder.noGB18030(file: file).diagnostics) }
        var scanned = scanDecoded(decoded.text, encoding: cellEncoding, place: place, fileID: fileID)
        // Only a guess of UTF-8 from the file's start may be wrong in this way.
        if case .undecodable = scanned, decoded.wasGuessed, decoded.encoding == .utf8 {
            guard CellDecoder.canConvertGB18030 else { return .failed(TextDecoder.noGB18030(file: file).diagnostics) }
            scanned = scanDecoded(decoded.text, encoding: .gb18030, place: place, fileID: fileID)
            if case .undecodable(let offset) = scanned {
                return .failed(TextDecoder.notGB18030(decoded.text.buffer, at: offset, file: file).diagnostics)
            }
        }
        switch scanned {
        case .done(let outcome):
            return outcome
        case .undecodable(let offset):
            let error = cellEncoding == .gb18030 ? TextDecoder.notGB18030(decoded.text.buffer, at: offset, file: file)
                : TextDecoder.notUTF8(decoded.text.buffer, at: offset, file: file)
            return .failed(error.diagnostics)
        }
    }

    private enum Scanned {
        case done(Outcome)
        /// A cell's text is not in the encoding the file was read in: the offset of its first
        /// byte that is not.
        case undecodable(Int)
    }

    /// Reads the header and the rows after it, every cell in `encoding` (UTF-8 or GB18030).
    private func scanDecoded(_ text: InputBytes, encoding: TextEncoding, place: SourceLocation, fileID: Int16) -> Scanned {
        var reader = CSVReader(input: text)
        var fields = CSVFields()
        var layout: ReportedValuesLayout?
        var header: [Diagnostic] = []
        var skipped: [Diagnostic] = []
        let cells = CellDecoder(encoding: encoding)
        do throws(CSVError) {
            while layout == nil, try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                var cellTexts: [String] = []
                for field in fields.array {
                    guard let text = cells.string(field, in: reader) else {
                        return .undecodable(field.start + cells.firstUndecodable(reader.bytes(field)))
                    }
                    cellTexts.append(text)
                }
                let location = place.at(line: reader.recordLine)
                let read = ReportedValuesLayout.read(cellTexts, location: location, acceptedYears: plan.acceptedYears)
                if read.layout == nil, skipped.count < Self.linesAboveHeader, let title = Self.title(cellTexts, matcher: matcher) {
                    // Excel sheets put a title (济南市卫生健康主要指标（2025年）) or a unit line above the header.
                    skipped.append(Diagnostic(.warning, location, Message("表头上方的“\(title)”按标题跳过", "'\(title)' above the header is taken as a title and skipped")))
                    continue
                }
                header = skipped + read.diagnostics
                guard let found = read.layout else { return .done(.failed(header)) }
                layout = found
            }
        } catch {
            return .done(.failed([Diagnostic(.error, place.at(line: error.line), error.message)]))
        }
        guard let layout else {
            return .done(.failed([Diagnostic(.error, place, Message("文件是空的：应有一行表头，如 指标,年份,数值", "the file is empty: expected a header row such as indicator,year,value"))]))
        }
        let stretches = readStretches(text, delimiter: reader.delimiter, from: reader.offset, layout: layout, encoding: encoding, fileID: fileID)
        if let offset = stretches.lazy.compactMap(\.undecodableOffset).first { return .undecodable(offset) }
        return .done(.read(header: header, stretches: stretches, firstLine: reader.nextLine))
    }

    /// Reads the rows from `start` to the end in stretches, one per core for a large file.
    ///
    /// Stretches begin just after a line feed, which is a record's start unless it lies inside
    /// a quoted field. Each stretch reads on past its end to finish its last record; where that
    /// record ends is the true start of the next stretch. When the two differ (the guess fell
    /// inside a quoted field), the rest of the file is read again from the true start, so the
    /// result is always the one reading straight through would give.
    private func readStretches(_ text: InputBytes, delimiter: UInt8, from start: Int, layout: ReportedValuesLayout, encoding: TextEncoding, fileID: Int16) -> [StretchReader] {
        let parts = min(max(parallelism, 1), max(1, (text.count - start) / max(stretchSize, 1)))
        let bounds = Self.stretchBounds(text.buffer, from: start, parts: parts)
        // The first stretch's rows and texts become the data's, and the others are appended to
        // them: it makes room for the whole file.
        func readStretch(_ range: Range<Int>) -> StretchReader {
            var stretch = StretchReader(plan: plan, matcher: matcher, layout: layout, encoding: encoding)
            let room = range.lowerBound == start ? range.lowerBound..<text.count : range
            stretch.read(text, delimiter: delimiter, range: range, file: fileID, room: room)
            return stretch
        }
        var stretches = Parallel.map(bounds.count - 1) { readStretch(bounds[$0]..<bounds[$0 + 1]) }
        var index = 0
        while index < stretches.count - 1 {
            let stretch = stretches[index]
            if stretch.failure != nil || stretch.isUndecodable {
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
