/// A table for the terminal whose columns line up by display width, with optional ANSI styles.
package struct TextTable: Sendable {
    package enum Alignment: Sendable {
        case left
        case right
    }

    package struct Column: Sendable {
        package let header: String
        package let alignment: Alignment
        /// The column may be cut to make the table fit; the first such column is cut first.
        package let canShrink: Bool
        package let minimumWidth: Int

        package init(_ header: String, _ alignment: Alignment = .left, canShrink: Bool = false, minimumWidth: Int = 8) {
            self.header = header
            self.alignment = alignment
            self.canShrink = canShrink
            self.minimumWidth = minimumWidth
        }
    }

    package struct Cell: Sendable, ExpressibleByStringLiteral {
        package let text: String
        package let style: TerminalStyle?

        package init(_ text: String, style: TerminalStyle? = nil) {
            self.text = text
            self.style = style
        }

        package init(stringLiteral value: String) {
            self.init(value)
        }
    }

    package let columns: [Column]
    package private(set) var rows: [[Cell]] = []

    package init(columns: [Column]) {
        self.columns = columns
    }

    package mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs one cell per column")
        rows.append(row)
    }

    /// - Parameters:
    ///   - indent: spaces before every line.
    ///   - maxWidth: the terminal's width; shrinkable columns are cut to fit. nil: never cut.
    ///   - color: whether to emit ANSI styles.
    package func render(indent: Int = 2, maxWidth: Int? = nil, color: Bool = false) -> String {
        render(indent: indent, widths: TextTable.sharedWidths([self], indent: indent, maxWidth: maxWidth), color: color)
    }

    private static let gap = 2

    /// Column widths that fit every table given, so that tables printed one after another line up.
    /// All tables must have the same columns.
    package static func sharedWidths(_ tables: [TextTable], indent: Int, maxWidth: Int?) -> [Int] {
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

    package func render(indent: Int, widths: [Int], color: Bool) -> String {
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
package enum TerminalStyle: Sendable {
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

    package func apply(to text: String) -> String {
        "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
