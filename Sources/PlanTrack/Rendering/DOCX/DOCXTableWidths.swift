/// Column widths for a Word table, from what the columns hold: names get the room, numbers never
/// break, a header may take two lines. Widths are twips; a Chinese character is as wide as the
/// font's size, a digit or Latin letter a little over half of it. The estimates err wide: the
/// same file is set in 仿宋 and Times New Roman on one machine and in whatever stands in for them
/// on another, and a number that breaks is worse than a column a little too wide.
enum DOCXTableWidths {
    /// Room around a cell's text: the cell margins (57 twips each side) and some slack.
    static let padding = 260
    /// No column is narrower than 1 cm.
    static let narrowest = 567

    /// The width of `text` set at `size` half-points.
    static func width(_ text: String, size: Int) -> Int {
        let em = size * 10  // half-points to twips
        var total = 0.0
        for character in text {
            if DisplayWidth.of(character) >= 2 { total += 1.0; continue }
            switch character {
            case " ", ".", ",", ":": total += 0.32
            case "%", "‰", "@", "W", "M": total += 0.9
            case "A"..."Z": total += 0.7
            default: total += 0.6
            }
        }
        return Int((total * Double(em)).rounded(.up))
    }

    /// The longest piece of `text` that cannot be broken: a number, an English word, a year.
    static func unbreakable(_ text: String, size: Int) -> Int {
        var longest = 0, current = ""
        func close() { longest = max(longest, width(current, size: size)); current = "" }
        for character in text {
            if DisplayWidth.of(character) >= 2 || character == " " { close() } else { current.append(character) }
        }
        close()
        return max(longest, width("中", size: size))
    }

    /// Widths that fit `available`, or nil when even the narrowest widths do not (the caller
    /// splits the table, or sets it smaller). A tighter `fit` lets names and words wrap more
    /// before giving up; a number itself never breaks.
    /// How far names and words may be squeezed.
    enum Fit {
        /// Names seven characters a line, words four.
        case comfortable
        /// Names four, words three, a year in brackets below its number.
        case tight
        /// Every word may break: the last thing before a table does not fit at all.
        case squeezed
    }

    static func widths(_ table: ReportDocument.Table, size: Int, available: Int, fit: Fit = .comfortable) -> [Int]? {
        let tight = fit != .comfortable
        let em = size * 10
        var natural: [Int] = [], minimum: [Int] = []
        for (index, column) in table.columns.enumerated() {
            let cells = table.rows.map { $0[index] }
            let widest = cells.map { width($0, size: size) }.max() ?? 0
            let unbroken = (cells + [column.header]).map { unbreakable($0, size: size) }.max() ?? 0
            // A header may wrap onto a second line; its words never break, nor one of four
            // characters or fewer (差距, 状态).
            let headerWidth = width(column.header, size: size)
            let header = column.header.count <= 4 ? headerWidth : max(headerWidth / 2, unbreakable(column.header, size: size))
            let full = max(max(widest, header) + padding, narrowest)
            natural.append(full)
            switch column.role {
            case .number:
                // A number never breaks; when tight, what stands beside it may go to the next
                // line (52 above （2021*）).
                minimum.append(tight ? max(max(unbroken, header) + padding, narrowest) : full)
            case .name:
                // Names wrap, but never one character a line: seven characters wide, four when tight.
                let least = fit == .squeezed ? 3 * em : max(unbroken, (tight ? 4 : 7) * em)
                minimum.append(min(full, max(least + padding, narrowest)))
            case .text, .status, .valueWithStatus:
                let least = fit == .squeezed ? 2 * em : max(unbroken, (tight ? 3 : 4) * em)
                minimum.append(min(full, max(least + padding, narrowest)))
            }
        }
        let needed = natural.reduce(0, +)
        if needed <= available {
            // The table fills the type area: the room left is shared in proportion.
            var widths = natural.map { $0 + Int(Double($0) / Double(needed) * Double(available - needed)) }
            widths[0] += available - widths.reduce(0, +)
            return widths
        }
        let floor = minimum.reduce(0, +)
        guard floor <= available else { return nil }
        // Each column gives up the same share of what it could give.
        let share = Double(needed - available) / Double(needed - floor)
        var widths = zip(natural, minimum).map { full, least in full - Int((Double(full - least) * share).rounded(.up)) }
        widths[0] += available - widths.reduce(0, +)
        return widths
    }

    /// The last resort: widths in proportion to what each column holds.
    static func proportional(_ table: ReportDocument.Table, size: Int, available: Int) -> [Int] {
        let natural = table.columns.indices.map { index in
            max(((table.rows.map { $0[index] } + [table.columns[index].header]).map { width($0, size: size) }.max() ?? 0) + padding, narrowest)
        }
        let total = max(natural.reduce(0, +), 1)
        var widths = natural.map { $0 * available / total }
        widths[0] += available - widths.reduce(0, +)
        return widths
    }
}
