/// A table for the terminal whose columns line up by display width, with optional ANSI styles.
struct TextTable: Sendable {
    enum Alignment: Sendable {
        case left
        case right
    }

    struct Column: Sendable {
        let header: String
        let alignment: Alignment
        /// The column may be cut to make the table fit; the first such column is cut first.
        let canShrink: Bool
        /// How far it is cut before any column is dropped, and how far after.
        let comfortableWidth: Int
        let minimumWidth: Int
        /// The column may be left out when the table does not fit otherwise: lowest first.
        let dropOrder: Int?
        /// Cut in the middle (`每千人口..医师数`), so names that share a start stay apart.
        let cutsInMiddle: Bool

        init(_ header: String, _ alignment: Alignment = .left, canShrink: Bool = false, comfortableWidth: Int? = nil,
                     minimumWidth: Int = 8, dropOrder: Int? = nil, cutsInMiddle: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.canShrink = canShrink
            self.comfortableWidth = comfortableWidth ?? minimumWidth
            self.minimumWidth = minimumWidth
            self.dropOrder = dropOrder
            self.cutsInMiddle = cutsInMiddle
        }
    }

    struct Cell: Sendable, ExpressibleByStringLiteral {
        let text: String
        let style: TerminalStyle?

        init(_ text: String, style: TerminalStyle? = nil) {
            self.text = text
            self.style = style
        }

        init(stringLiteral value: String) {
            self.init(value)
        }
    }

    let columns: [Column]
    package private(set) var rows: [[Cell]] = []

    init(columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs one cell per column")
        rows.append(row)
    }

    /// - Parameters:
    ///   - indent: spaces before every line.
    ///   - maxWidth: the terminal's width; shrinkable columns are cut to fit. nil: never cut.
    ///   - color: whether to emit ANSI styles.
    func render(indent: Int = 2, maxWidth: Int? = nil, color: Bool = false) -> String {
        render(indent: indent, widths: TextTable.sharedWidths([self], indent: indent, maxWidth: maxWidth), color: color)
    }

    private static let gap = 2

    /// Column widths that fit every table given, so that tables printed one after another line up.
    /// All tables must have the same columns. A dropped column has width 0 and is not printed.
    ///
    /// To fit `maxWidth`: shrinkable columns are first cut to a comfortable width, then columns
    /// are dropped in their order (a progress bar before the status it illustrates), and only
    /// then are shrinkable columns cut to their minimum.
    static func sharedWidths(_ tables: [TextTable], indent: Int, maxWidth: Int?) -> [Int] {
        guard let first = tables.first else { return [] }
        let columns = first.columns
        var widths = columns.indices.map { index in
            tables.reduce(DisplayWidth.of(columns[index].header)) { width, table in
                table.rows.reduce(width) { max($0, DisplayWidth.of($1[index].text)) }
            }
        }
        guard let maxWidth else { return widths }
        func excess() -> Int {
            let shown = widths.filter { $0 > 0 }
            return indent + shown.reduce(0, +) + gap * max(0, shown.count - 1) - maxWidth
        }
        func shrink(to limit: (Column) -> Int) {
            for index in columns.indices where columns[index].canShrink && excess() > 0 {
                widths[index] -= min(excess(), max(0, widths[index] - limit(columns[index])))
            }
        }
        let natural = widths
        shrink { $0.comfortableWidth }
        let droppable = columns.indices.filter { columns[$0].dropOrder != nil }.sorted { columns[$0].dropOrder! < columns[$1].dropOrder! }
        for index in droppable where excess() > 0 { widths[index] = 0 }
        shrink { $0.minimumWidth }
        // Room a dropped column left goes back to the columns cut before it was dropped.
        for index in columns.indices where columns[index].canShrink && widths[index] > 0 && excess() < 0 {
            widths[index] += min(-excess(), natural[index] - widths[index])
        }
        return widths
    }

    /// - Parameter peers: for a column cut in the middle, every name shown with these rows (the
    ///   other tables printed with the same widths): names are cut to stay apart from all of them.
    func render(indent: Int, widths: [Int], color: Bool, peers: [String]? = nil) -> String {
        let gap = TextTable.gap
        let prefix = String(repeating: " ", count: indent)
        var shown = rows.map { row in
            row.indices.map { index in DisplayWidth.truncate(row[index].text, to: widths[index]) }
        }
        // Names are cut where they stay apart from every other name: look-alikes keep the part
        // where they differ readable (`NameCut`).
        for index in columns.indices where columns[index].cutsInMiddle && widths[index] > 0 {
            let names = peers ?? rows.map { $0[index].text }
            let cut = Dictionary(zip(names, NameCut.cut(names, to: widths[index])), uniquingKeysWith: { first, _ in first })
            for row in rows.indices {
                shown[row][index] = cut[rows[row][index].text] ?? NameCut.cut([rows[row][index].text], to: widths[index])[0]
            }
        }
        func line(_ cells: [Cell], texts: [String]?, bold: Bool) -> String {
            var parts: [String] = []
            let lastShown = widths.lastIndex { $0 > 0 } ?? cells.count - 1
            for (index, cell) in cells.enumerated() where widths[index] > 0 {
                let text = texts?[index] ?? DisplayWidth.truncate(cell.text, to: widths[index])
                let isLast = index == lastShown
                var padded = isLast && columns[index].alignment == .left
                    ? text
                    : DisplayWidth.pad(text, to: widths[index], alignRight: columns[index].alignment == .right)
                if color, let style = bold ? .bold : cell.style {
                    padded = style.apply(to: padded)
                }
                parts.append(padded)
            }
            return prefix + parts.joined(separator: String(repeating: " ", count: gap))
        }
        var lines = [line(columns.map { Cell($0.header) }, texts: nil, bold: true)]
        for (position, row) in rows.enumerated() {
            lines.append(line(row, texts: shown[position], bold: false))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// ANSI styles, used only when standard output is a terminal and NO_COLOR is unset.
enum TerminalStyle: Sendable {
    case bold, dim, green, yellow, red, boldRed

    var code: String {
        switch self {
        case .bold: "1"
        case .dim: "2"
        case .green: "32"
        case .yellow: "33"
        case .red: "31"
        case .boldRed: "1;31"
        }
    }

    func apply(to text: String) -> String {
        "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
