/// A workbook's sheets read as the data reader reads CSV files: each sheet made into CSV text,
/// one line a row and one field a column, so that every message names its sheet and cell
/// (`values.xlsx:2025年!C7`) and every rule of the CSV reader holds as it is.
enum WorkbookInput {
    /// The sheet as CSV: line r is row r, field c is column c. A line break inside a cell (a
    /// source typed on two lines) becomes a space, so that lines stay rows.
    static func csv(_ sheet: WorkbookReader.Sheet) -> [UInt8] {
        var bytes: [UInt8] = []
        for row in sheet.rows {
            for (position, cell) in row.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                // Seen from the bytes first: a line break is a control byte, or starts with C2 or E2.
                let mayBreak = cell.utf8.contains { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }
                let flat = mayBreak && cell.contains(where: \.isNewline) ? String(cell.map { $0.isNewline ? " " : $0 }) : cell
                CSVWriter.append(field: flat, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// Whether one of the sheet's first rows names an indicator column (指标, indicator), as a
    /// header must: a sheet of instructions or of lists has none, and is passed over rather
    /// than refused.
    static func hasHeader(_ sheet: WorkbookReader.Sheet) -> Bool {
        sheet.rows.prefix(12).contains { row in
            row.contains { ReportedValuesLayout.headerNames[TextNormalization.nameKey($0)] == .indicator }
        }
    }

    /// Whether some cell of the sheet is a number: a sheet of text alone is instructions.
    static func holdsNumbers(_ sheet: WorkbookReader.Sheet) -> Bool {
        sheet.rows.contains { row in row.contains { !$0.isEmpty && Double($0.replacingOccurrences(of: "%", with: "")) != nil } }
    }
}
