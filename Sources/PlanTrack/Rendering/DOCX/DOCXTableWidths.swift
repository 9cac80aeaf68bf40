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
        Int((ems(text) * Double(size * 10)).rounded(.up))
    }

    /// The width of `text` in ems, its characters read as scalars: a table of two thousand
    /// regions has fifty thousand cells to measure.
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) }
    }

    /// One character's width in ems: a Chinese character one, a digit or letter a little over half.
    static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x20, 0x2E, 0x2C, 0x3A: return 0.32                       // space . , :
        case 0x25, 0x40, 0x57, 0x4D, 0x2030: return 0.9                // % @ W M ‰
        case 0x41...0x5A: return 0.7                                    // A–Z
        case 0..<0x80: return 0.6
        default:
            let width = DisplayWidth.of(scalar)
            return width >= 2 ? 1.0 : width == 0 ? 0 : 0.6
        }
    }

    /// The longest piece of `text`, in ems, that cannot be broken: a number, an English word, a year.
    static func unbreakableEms(_ text: String) -> Double {
        var longest = 0.0, current = 0.0
        for scalar in text.unicodeScalars {
            if scalar == " " || (scalar.value >= 0x80 && DisplayWidth.of(scalar) >= 2) {
                longest = max(longest, current)
                current = 0
            } else {
                current += em(scalar)
            }
        }
        return max(longest, current, 1.0)
    }

    static func unbreakable(_ text: String, size: Int) -> Int {
        Int((unbreakableEms(text) * Double(size * 10)).rounded(.up))
    }

    /// What one column holds, in ems: measured once, whatever the size it is set in.
    struct Measure {
        let widest: Double
        let unbroken: Double
        let header: Double
        let headerUnbroken: Double
        let shortHeader: Bool
        let role: ReportDocument.Table.Role

        init(_ table: ReportDocument.Table, column index: Int) {
            let column = table.columns[index]
            var widest = 0.0, unbroken = unbreakableEms(column.header)
            for row in table.rows {
                widest = max(widest, ems(row[index]))
                unbroken = max(unbroken, unbreakableEms(row[index]))
            }
            self.widest = widest
            self.unbroken = unbroken
            header = ems(column.header)
            headerUnbroken = unbreakableEms(column.header)
            shortHeader = column.header.count <= 4
            role = column.role
        }
    }

    static func measures(_ table: ReportDocument.Table) -> [Measure] {
        table.columns.indices.map { Measure(table, column: $0) }
    }

    /// How far names and words may be squeezed.
    enum Fit: CaseIterable {
        /// Names seven characters a line, words four.
        case comfortable
        /// Names four, words three, a year in brackets below its number.
        case tight
        /// Every word may break: the last thing before a table does not fit at all.
        case squeezed
    }

    /// What one column needs: its natural width, and the least it can take at each fit.
    struct Need {
        let natural: Int
        let minimum: [Fit: Int]
    }

    /// Each column's needs at `size`, from its measures.
    static func needs(_ measures: [Measure], size: Int) -> [Need] {
        let em = Double(size * 10)
        func twips(_ ems: Double) -> Int { Int((ems * em).rounded(.up)) }
        return measures.map { measure in
            // A header may wrap onto a second line; its words never break, nor one of four
            // characters or fewer (差距, 状态).
            let header = measure.shortHeader ? twips(measure.header) : max(twips(measure.header) / 2, twips(measure.headerUnbroken))
            let widest = twips(measure.widest), unbroken = twips(measure.unbroken)
            let full = max(max(widest, header) + padding, narrowest)
            var minimum: [Fit: Int] = [:]
            for fit in Fit.allCases {
                switch measure.role {
                case .number:
                    // A number never breaks; when tight, what stands beside it may go to the next
                    // line (52 above （2021*）).
                    minimum[fit] = fit == .comfortable ? full : max(max(unbroken, header) + padding, narrowest)
                case .name:
                    // Names wrap, but never one character a line: seven characters wide, four when tight.
                    let least = fit == .squeezed ? twips(3) : max(unbroken, twips(fit == .tight ? 4 : 7))
                    minimum[fit] = min(full, max(least + padding, narrowest))
                case .text, .status, .valueWithStatus:
                    let least = fit == .squeezed ? twips(2) : max(unbroken, twips(fit == .tight ? 3 : 4))
                    minimum[fit] = min(full, max(least + padding, narrowest))
                }
            }
            return Need(natural: full, minimum: minimum)
        }
    }

    static func needs(_ table: ReportDocument.Table, size: Int) -> [Need] {
        needs(measures(table), size: size)
    }

    /// Widths that fit `available`, or nil when even the narrowest widths do not (the caller
    /// splits the table, or sets it smaller). A tighter `fit` lets names and words wrap more
    /// before giving up; a number itself never breaks.
    static func widths(_ table: ReportDocument.Table, size: Int, available: Int, fit: Fit = .comfortable) -> [Int]? {
        widths(needs(table, size: size), available: available, fit: fit)
    }

    static func widths(_ needs: [Need], available: Int, fit: Fit = .comfortable) -> [Int]? {
        let natural = needs.map(\.natural), minimum = needs.map { $0.minimum[fit] ?? $0.natural }
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
