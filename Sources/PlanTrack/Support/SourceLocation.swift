/// Where a piece of input came from, for messages: `file:line`, or `file:line:column` where
/// the column is known (a plan file).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the location is the whole file. In a workbook, the row.
    public let line: Int
    /// 1-based; nil when not known.
    public let column: Int?
    /// The worksheet, for a place in a workbook (`values.xlsx:2025年!C7`); nil in a text file.
    public let sheet: String?

    public init(file: String, line: Int, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// The same file (and sheet) at another line and column.
    public func at(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, sheet: sheet)
    }

    public var description: String {
        if let sheet {
            // As Excel names a place: the cell (C7), the row (7:7) where the column is not known,
            // the sheet alone for the whole sheet.
            guard line > 0 else { return "\(file):\(sheet)" }
            return "\(file):\(sheet)!" + (column.map { Self.columnName($0) + String(line) } ?? "\(line):\(line)")
        }
        guard line > 0 else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }

    /// Excel's name of the 1-based column `number`: A, …, Z, AA, ….
    public static func columnName(_ number: Int) -> String {
        var name = "", rest = max(number, 1)
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
