import Foundation

/// Reads the worksheets of an Excel workbook (.xlsx, as Excel, WPS, LibreOffice and openpyxl
/// save it) into grids of cell texts, each cell as a person sees it: shared and inline strings,
/// numbers as stored (a percentage format shows 0.784 as `78.4%`), booleans, errors, and the
/// cached value of a formula; a merged range takes the value of its top-left cell. What a cell
/// means is left to the reader of its grid, as for a CSV file.
enum WorkbookReader {
    struct Sheet: Equatable {
        let name: String
        /// Hidden by its workbook (a sheet of lists behind a drop-down, an old year put away).
        let isHidden: Bool
        /// `rows[r][c]` is the text of row r + 1, column c + 1; rows are as long as the longest.
        let rows: [[String]]
    }

    /// Why a workbook could not be read, in words for the person who sent it.
    struct Failure: Error, Equatable {
        let message: Message
    }

    /// An OLE compound file: an .xls (Excel 97–2003), an .et (WPS), or any workbook saved with
    /// a password, which Excel wraps in one.
    static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// A ZIP archive, which an .xlsx is.
    static func isZIP(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Every worksheet, in the workbook's order.
    static func read(_ bytes: [UInt8]) throws(Failure) -> [Sheet] {
        if isCompoundFile(bytes) {
            throw Failure(message: Message("这是旧版 Excel（.xls）、WPS（.et）或设了密码的工作簿，无法读取：请在 Excel 或 WPS 中“另存为” .xlsx（不设密码）后再读",
                                           "this is an old Excel (.xls) or WPS (.et) file, or a workbook with a password: save it as .xlsx (without a password) in Excel or WPS, then read that"))
        }
        let archive: ZIPReader
        do {
            archive = try ZIPReader(bytes)
        } catch {
            throw Failure(message: Message("工作簿已损坏，无法打开（", "the workbook is damaged and cannot be opened (") + error.message + Message("）", ")"))
        }
        func part(_ name: String) throws(Failure) -> [UInt8]? {
            do {
                return try archive.contents(of: name)
            } catch {
                throw Failure(message: Message("工作簿的 \(name) 已损坏（", "the workbook's \(name) is damaged (") + error.message + Message("）", ")"))
            }
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw Failure(message: Message("这不是 Excel 工作簿（.xlsx）：其中没有 xl/workbook.xml", "this is not an Excel workbook (.xlsx): it has no xl/workbook.xml"))
        }
        let relations = try part("xl/_rels/workbook.xml.rels").map { bytes throws(Failure) in try Self.relations(bytes) } ?? [:]
        let shared = try part("xl/sharedStrings.xml").map { bytes throws(Failure) in try Self.sharedStrings(bytes) } ?? []
        let percentStyles = try part("xl/styles.xml").map { bytes throws(Failure) in try Self.percentStyles(bytes) } ?? []
        var sheets: [Sheet] = []
        for entry in try Self.sheetEntries(workbook) {
            guard let target = relations[entry.relation] else { continue }
            // Targets are relative to xl/, or absolute from the package root.
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else {
                throw Failure(message: Message("工作簿的工作表“\(entry.name)”（\(path)）不见了", "the workbook's sheet '\(entry.name)' (\(path)) is missing"))
            }
            sheets.append(Sheet(name: entry.name, isHidden: entry.isHidden, rows: try Self.cells(xml, part: path, shared: shared, percentStyles: percentStyles)))
        }
        return sheets
    }

    // MARK: - Parts

    private static func events(_ bytes: ArraySlice<UInt8>, part: String, _ body: (XMLReader.Event) throws(Failure) -> Void) throws(Failure) {
        var reader = XMLReader(bytes)
        do {
            while let event = try reader.next() { try body(event) }
        } catch let error as XMLError {
            throw Failure(message: Message("工作簿的 \(part) 已损坏（第 \(error.offset) 字节：", "the workbook's \(part) is damaged (at byte \(error.offset): ")
                          + error.message + Message("）", ")"))
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(message: Message("工作簿的 \(part) 无法读取", "the workbook's \(part) cannot be read"))
        }
    }

    private static func attribute(_ attributes: [XMLReader.Attribute], _ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Relationship ids to targets.
    private static func relations(_ bytes: [UInt8]) throws(Failure) -> [String: String] {
        var relations: [String: String] = [:]
        try events(bytes[...], part: "xl/_rels/workbook.xml.rels") { event in
            if case .start("Relationship", let attributes, _) = event, let id = attribute(attributes, "Id"), let target = attribute(attributes, "Target") {
                relations[id] = target
            }
        }
        return relations
    }

    private static func sheetEntries(_ bytes: [UInt8]) throws(Failure) -> [(name: String, relation: String, isHidden: Bool)] {
        var entries: [(name: String, relation: String, isHidden: Bool)] = []
        try events(bytes[...], part: "xl/workbook.xml") { event in
            if case .start("sheet", let attributes, _) = event, let name = attribute(attributes, "name"), let relation = attribute(attributes, "id") {
                let state = attribute(attributes, "state") ?? "visible"
                entries.append((name, relation, state != "visible"))
            }
        }
        return entries
    }

    /// The shared strings, rich text runs joined.
    private static func sharedStrings(_ bytes: [UInt8]) throws(Failure) -> [String] {
        var strings: [String] = [], current = "", inText = false, inPhonetic = false
        try events(bytes[...], part: "xl/sharedStrings.xml") { event in
            switch event {
            case .start("si", _, _): current = ""
            case .end("si"): strings.append(unescaped(current))
            case .start("rPh", _, _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _, let isEmpty): inText = !isEmpty
            case .end("t"): inText = false
            case .text(let text) where inText && !inPhonetic: current += text
            default: break
            }
        }
        return strings
    }

    /// The positions in `cellXfs` (a cell's `s`) whose number format shows a percentage.
    private static func percentStyles(_ bytes: [UInt8]) throws(Failure) -> Set<Int> {
        // Built in: 9 is 0%, 10 is 0.00%.
        var percentFormats: Set<Int> = [9, 10]
        var styles: Set<Int> = [], inCellFormats = false, position = 0
        try events(bytes[...], part: "xl/styles.xml") { event in
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attribute(attributes, "numFmtId").flatMap(Int.init), let code = attribute(attributes, "formatCode"), isPercentFormat(code) {
                    percentFormats.insert(id)
                }
            case .start("cellXfs", _, _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                if let id = attribute(attributes, "numFmtId").flatMap(Int.init), percentFormats.contains(id) { styles.insert(position) }
                position += 1
            default: break
            }
        }
        return styles
    }

    /// A format code that shows its number as a percentage: a `%` outside quotes, escapes and
    /// brackets (`0.0%`, not `0.0"%"` nor `[Red]0`).
    static func isPercentFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !inQuotes: escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "%" where !inQuotes && !inBrackets: return true
            default: break
            }
        }
        return false
    }

    /// Excel writes characters XML cannot hold as `_x000D_`; a literal `_x` is `_x005F_x…`.
    static func unescaped(_ text: String) -> String {
        // Seen from the bytes first: most texts have no underscore at all.
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var out = "", rest = Substring(text)
        while let range = rest.range(of: #"_x[0-9A-Fa-f]{4}_"#, options: .regularExpression) {
            out += rest[..<range.lowerBound]
            let hex = rest[range].dropFirst(2).dropLast()
            if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { out.unicodeScalars.append(scalar) }
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    // MARK: - Cells

    /// A cell read: where it is and what it shows.
    private struct PlacedCell {
        let row: Int
        let column: Int
        let text: String
    }

    /// The sheet's cells as text, row by row; merged ranges filled from their top-left cell.
    private static func cells(_ bytes: [UInt8], part: String, shared: [String], percentStyles: Set<Int>) throws(Failure) -> [[String]] {
        var placed: [PlacedCell] = [], merged: [String] = []
        // A large sheet's rows are read a run at a time on every core (`.ci/benchmark`: a sheet of
        // 300,000 values in about two thirds of the time). Anything unusual (rows without their
        // number, a prefix on the elements, a damaged part) is read straight through instead,
        // which also places an error exactly.
        var done = false
        if let runs = rowRuns(bytes), runs.rows.count > 1 {
            let read = Parallel.map(runs.rows.count) { index in
                Result { () throws(Failure) in try placedCells(bytes[runs.rows[index]], part: part, shared: shared, percentStyles: percentStyles) }
            }
            if read.allSatisfy({ (try? $0.get())?.numbered == true }) {
                for result in read { if let cells = try? result.get().cells { placed += cells } }
                if let mergeCells = runs.mergeCells {
                    merged = try placedCells(bytes[mergeCells], part: part, shared: shared, percentStyles: percentStyles).merged
                }
                done = true
            }
        }
        if !done {
            let read = try placedCells(bytes[...], part: part, shared: shared, percentStyles: percentStyles)
            placed = read.cells
            merged = read.merged
        }
        var rows: [[String]] = []
        func place(_ text: String, row: Int, column: Int) {
            guard row >= 1, column >= 1, !text.isEmpty else { return }
            while rows.count < row { rows.append([]) }
            while rows[row - 1].count < column { rows[row - 1].append("") }
            rows[row - 1][column - 1] = text
        }
        for cell in placed { place(cell.text, row: cell.row, column: cell.column) }
        placed = []
        // A value written once over several rows (a region, a domain) holds for each of them. It
        // is given to the range's first column only: a title merged across the columns stays one
        // cell, not a row of copies.
        for reference in merged {
            let corners = reference.split(separator: ":").compactMap { Self.cellReference(String($0)) }
            guard corners.count == 2, let first = corners.first, let last = corners.last,
                  first.row <= last.row, first.column <= last.column, last.row - first.row < 100_000, last.column - first.column < 1_000 else { continue }
            let text = first.row <= rows.count && first.column <= rows[first.row - 1].count ? rows[first.row - 1][first.column - 1] : ""
            guard !text.isEmpty else { continue }
            for row in first.row...last.row { place(text, row: row, column: first.column) }
        }
        let width = rows.map(\.count).max() ?? 0
        return rows.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
    }

    /// Where a worksheet's rows can be cut into runs of whole rows, one or two per core, and
    /// where its merged cells are; nil for a small sheet or one whose elements carry a prefix.
    private static func rowRuns(_ bytes: [UInt8]) -> (rows: [Range<Int>], mergeCells: Range<Int>?)? {
        let pieces = 2 * ProcessInfo.processInfo.activeProcessorCount
        guard bytes.count > 1 << 20, pieces > 1,
              let first = find(Array("<row ".utf8), in: bytes, from: 0),
              let end = find(Array("</sheetData>".utf8), in: bytes, from: first) else { return nil }
        var cuts = [first]
        for piece in 1..<pieces {
            let target = first + (end - first) * piece / pieces
            guard target > cuts[cuts.count - 1], let next = find(Array("<row ".utf8), in: bytes, from: target), next < end else { continue }
            if next > cuts[cuts.count - 1] { cuts.append(next) }
        }
        cuts.append(end)
        let rows = zip(cuts, cuts.dropFirst()).map { $0..<$1 }
        var mergeCells: Range<Int>?
        if let start = find(Array("<mergeCells".utf8), in: bytes, from: end) {
            guard let close = find(Array("</mergeCells>".utf8), in: bytes, from: start) else { return nil }
            mergeCells = start..<(close + 13)
        }
        return (rows, mergeCells)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let head = pattern.first, start < bytes.count else { return nil }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: head) {
            if bytes[candidate...].starts(with: pattern) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The cells of a worksheet, or of a run of its rows, with the merged ranges it lists;
    /// `numbered` is false where a row gave no number (its place then depends on the rows
    /// before it, which a run cannot know).
    private static func placedCells(_ bytes: ArraySlice<UInt8>, part: String, shared: [String], percentStyles: Set<Int>) throws(Failure)
        -> (cells: [PlacedCell], merged: [String], numbered: Bool) {
        var cells: [PlacedCell] = [], merged: [String] = [], numbered = true
        var row = 0, column = 0
        // The cell being read.
        var type = "n", style = 0, value = "", inline = "", inValue = false, inInlineText = false, inCell = false
        try events(bytes, part: part) { event throws(Failure) in
            switch event {
            case .start("row", let attributes, _):
                if let number = attribute(attributes, "r").flatMap(Int.init) {
                    row = number
                } else {
                    row += 1
                    numbered = false
                }
                column = 0
            case .start("c", let attributes, _):
                inCell = true
                type = attribute(attributes, "t") ?? "n"
                style = attribute(attributes, "s").flatMap(Int.init) ?? 0
                value = ""
                inline = ""
                if let reference = attribute(attributes, "r"), let parsed = Self.cellReference(reference) {
                    column = parsed.column
                    if parsed.row != row { row = parsed.row }
                } else {
                    column += 1
                }
            case .end("c"):
                inCell = false
                let text = try Self.text(type: type, style: style, value: value, inline: inline, shared: shared, percentStyles: percentStyles, row: row, column: column, part: part)
                if !text.isEmpty { cells.append(PlacedCell(row: row, column: column, text: text)) }
            case .start("v", _, let isEmpty) where inCell: inValue = !isEmpty
            case .end("v"): inValue = false
            case .start("t", _, let isEmpty) where inCell: inInlineText = !isEmpty
            case .end("t"): inInlineText = false
            case .text(let text):
                if inValue { value += text } else if inInlineText { inline += text }
            case .start("mergeCell", let attributes, _):
                if let reference = attribute(attributes, "ref") { merged.append(reference) }
            default: break
            }
        }
        return (cells, merged, numbered)
    }

    private static func text(type: String, style: Int, value: String, inline: String, shared: [String], percentStyles: Set<Int>,
                             row: Int, column: Int, part: String) throws(Failure) -> String {
        switch type {
        case "s":
            guard let index = Int(value), shared.indices.contains(index) else {
                if value.isEmpty { return "" }
                throw Failure(message: Message("工作簿的 \(part) 已损坏：单元格 \(SourceLocation.columnName(column))\(row) 指向不存在的共享字符串 \(value)",
                                               "the workbook's \(part) is damaged: the cell \(SourceLocation.columnName(column))\(row) refers to a shared string \(value) that does not exist"))
            }
            return shared[index]
        case "inlineStr": return unescaped(inline)
        case "str", "e": return unescaped(value)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default:
            // A number as stored: Excel writes the shortest text that reads back as the number.
            // Trimmed only where needed: this runs for every number of a large sheet.
            let number = value.utf8.first == UInt8(ascii: " ") || value.utf8.last == UInt8(ascii: " ") ? value.trimmingCharacters(in: .whitespaces) : value
            guard percentStyles.contains(style), !number.isEmpty, let exact = Decimal(string: number, locale: Locale(identifier: "en_US_POSIX")) else {
                // 2025.0 (some writers' way) as 2025, as Excel shows it: a year stays a year.
                if number.hasSuffix(".0"), let whole = Double(number), whole == whole.rounded(), abs(whole) < 1e15 { return NumberText.plain(whole) }
                return number
            }
            // 0.784 shown as 78.4%: decimal arithmetic, so no binary noise creeps in.
            var scaled = exact * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 10, .plain)
            return "\(rounded)%"
        }
    }

    /// `C7` as row 7, column 3; nil for anything else.
    static func cellReference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, digits = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A where !digits: column = column * 26 + Int(scalar.value) - 0x40
            case 0x61...0x7A where !digits: column = column * 26 + Int(scalar.value) - 0x60
            case 0x24: continue  // $A$1
            case 0x30...0x39:
                digits = true
                row = row * 10 + Int(scalar.value) - 0x30
            default: return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        return column > 0 && row > 0 ? (row, column) : nil
    }
}
