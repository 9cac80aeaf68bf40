/// A workbook as plan-track writes it: sheets of cells with a few styles, frozen headers, column
/// widths, input rules and protection. `WorkbookWriter` makes it an .xlsx file that Excel, WPS,
/// LibreOffice and openpyxl open.
package struct Workbook: Sendable {
    package var sheets: [Sheet]

    package init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    package struct Sheet: Sendable {
        /// At most 31 characters, none of `[]:*?/\`: Excel's rule.
        package var name: String
        package var rows: [[Cell]]
        /// Widths in characters of the default font, by column; missing columns keep Excel's default.
        package var columnWidths: [Double] = []
        /// Rows and columns that stay in view when scrolling.
        package var frozenRows = 0
        package var frozenColumns = 0
        package var validations: [Validation] = []
        /// Ranges such as `A1:F1` shown as one cell.
        package var merged: [String] = []
        /// Cells not unlocked by their style cannot be edited (no password: a guard, not a lock).
        package var isProtected = false
        /// A range whose header row gets Excel's filter buttons, e.g. `A3:J40`.
        package var autoFilter: String?
        /// Printed on A4 across, every column fitted to the page's width.
        package var printsLandscape = false

        package init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    package struct Cell: Sendable {
        package enum Value: Sendable, Equatable {
            case empty
            case number(Double)
            case text(String)
        }

        package var value: Value
        package var style: Style

        package init(_ value: Value, style: Style = Style()) {
            self.value = value
            self.style = style
        }

        package static func text(_ text: String, _ style: Style = Style()) -> Cell { Cell(.text(text), style: style) }
        package static func number(_ number: Double?, _ style: Style = Style()) -> Cell { Cell(number.map(Value.number) ?? .empty, style: style) }
        package static let empty = Cell(.empty)
    }

    package struct Style: Sendable, Hashable {
        package var bold = false
        /// A fill colour, `RRGGBB`.
        package var fill: String?
        /// A number format, e.g. `0.00` or `0.0%`.
        package var numberFormat: String?
        /// False for cells that stay editable on a protected sheet.
        package var locked = true
        package var wraps = false
        package var alignedRight = false
        package var bordered = false

        package init(bold: Bool = false, fill: String? = nil, numberFormat: String? = nil, locked: Bool = true,
                     wraps: Bool = false, alignedRight: Bool = false, bordered: Bool = false) {
            self.bold = bold
            self.fill = fill
            self.numberFormat = numberFormat
            self.locked = locked
            self.wraps = wraps
            self.alignedRight = alignedRight
            self.bordered = bordered
        }
    }

    /// What a range of cells accepts, with the message Excel shows when a cell is selected.
    package struct Validation: Sendable {
        package enum Rule: Sendable {
            /// A decimal number from `minimum` to `maximum` (either may be open).
            case decimal(minimum: Double?, maximum: Double?)
        }

        package let range: String
        package let rule: Rule
        package let title: String
        package let prompt: String
        package let error: String

        package init(range: String, rule: Rule, title: String, prompt: String, error: String) {
            self.range = range
            self.rule = rule
            self.title = title
            self.prompt = prompt
            self.error = error
        }
    }

    /// `A`, `B`, … `Z`, `AA`: the column's letters.
    package static func columnName(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// `B3` for row 2 and column 1, counted from 0.
    package static func reference(row: Int, column: Int) -> String { columnName(column) + String(row + 1) }
}
