/// A table for the terminal whose columns line up by display width, with optional ANSI styles.
public struct TextTable: Sendable {
    public enum Alignment: Sendable {
        case left
        case right
    }

    public struct Column: Sendable {
        public let header: String
        public let alignment: Alignment
        /// The column may be cut to make the table fit; the first such column is cut first.
        public let canShrink: Bool
        public let minimumWidth: Int

        public init(_ header: String, _ alignment: Alignment = .left, canShrink: Bool = false, minimumWidth: Int = 8) {
            self.header = header
            self.alignment = alignment
            self.canShrink = canShrink
            self.minimumWidth = minimumWidth
        }
    }

    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public let text: String
        public let style: TerminalStyle?

        public init(_ text: String, style: TerminalStyle? = nil) {
            self.text = text
            self.style = style
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[Cell]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs one cell per column")
        rows.append(row)
    }

    /// - Parameters:
    ///   - indent: spaces before every line.
    ///   - maxWidth: the terminal's width; shrinkable columns are cut to fit. nil: never cut.
    ///   - color: whether to emit ANSI styles.
    public func render(indent: Int = 2, maxWidth: Int? = nil, color: Bool = false) -> String {
        render(indent: indent, widths: TextTable.sharedWidths([self], indent: indent, maxWidth: maxWidth), color: color)
    }

    private static let gap = 2

    /// Column widths that fit every table given, so that tables printed one after another line up.
    /// All tables must have the same columns.
    public static func sharedWidths(_ tables: [TextTable], indent: Int, maxWidth: Int?) -> [Int] {
        guard let first = tables.first else { return [] }
        let columns = first.columns
        var widths = columns.indices.map { index in
            tables.reduce(DisplayWidth.of(columns[index].header)) { width, table in
                table.rows.reduce(width) { max($0, DisplayWidth.of($1[index].text)) }
            }
        }
        if let maxWidth {
            var excess = indent + widths.reduce(0, +) + gap * (columns.count - 1) - maxWidth
            for index in columns.indices where columns[index].canShrink && excess > 0 {
                let cut = min(excess, max(0, widths[index] - columns[index].minimumWidth))
                widths[index] -= cut
                excess -= cut
            }
        }
        return widths
    }

    public func render(indent: Int, widths: [Int], color: Bool) -> String {
        let gap = TextTable.gap
        let prefix = String(repeating: " ", count: indent)
        func line(_ cells: [Cell], bold: Bool) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let text = DisplayWidth.truncate(cell.text, to: widths[index])
                let isLast = index == cells.count - 1
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
        var lines = [line(columns.map { Cell($0.header) }, bold: true)]
        for row in rows {
            lines.append(line(row, bold: false))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// ANSI styles, used only when standard output is a terminal and NO_COLOR is unset.
public enum TerminalStyle: Sendable {
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

    public func apply(to text: String) -> String {
        "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
