/// A small CSV file read whole into text cells, in any encoding the data reader accepts: for
/// tables people make by hand (a plan's indicator table, a list of milestones), not for the
/// large files of reported values, which `FileScan` reads.
enum CSVTable {
    struct Record {
        let line: Int
        let cells: [String]
    }

    /// A table whose first record names its columns, as people make them by hand: the records
    /// after the header, and each one's cell for a column (empty when the row has none).
    struct Headered<Column: Hashable> {
        let header: Record
        let records: [Record]
        let positions: [Column: Int]

        func cell(_ record: Record, _ column: Column) -> String {
            guard let index = positions[column], index < record.cells.count else { return "" }
            return record.cells[index]
        }

        func has(_ column: Column) -> Bool { positions[column] != nil }
    }

    /// Reads a table with a header row, naming the columns by `names` (keys compared by their
    /// name key: any case, full-width or not, spaces ignored). Throws, with `requirement` as the
    /// message, when the file is empty or a `required` column is missing.
    static func readHeadered<Column: Hashable>(_ bytes: [UInt8], file: String, encoding: TextEncoding?, names: [String: Column],
                                                required: [Column], requirement: Message) throws(InputError) -> Headered<Column> {
        let records = try read(bytes, file: file, encoding: encoding)
        guard let header = records.first else { throw InputError(kind: .invalidData, SourceLocation(file: file, line: 0), requirement) }
        var positions: [Column: Int] = [:]
        let keyed = Dictionary(names.map { (TextNormalization.nameKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        for (index, cell) in header.cells.enumerated() {
            if let column = keyed[TextNormalization.nameKey(cell)], positions[column] == nil { positions[column] = index }
        }
        guard required.allSatisfy({ positions[$0] != nil }) else { throw InputError(kind: .invalidData, SourceLocation(file: file, line: header.line), requirement) }
        return Headered(header: header, records: Array(records.dropFirst()), positions: positions)
    }

    /// The non-blank records, each with the line it starts on.
    static func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil) throws(InputError) -> [Record] {
        let text = try TextDecoder.decode(bytes, file: file, forcing: encoding).utf8
        var reader = CSVReader(bytes: text)
        var records: [Record] = []
        var fields: [CSVField] = []
        do {
            while try reader.nextRecord(into: &fields) {
                let cells = fields.map { TextNormalization.trimmed(reader.string($0)) }
                if cells.allSatisfy(\.isEmpty) { continue }
                records.append(Record(line: reader.recordLine, cells: cells))
            }
        } catch {
            throw InputError(kind: .invalidData, SourceLocation(file: file, line: error.line), error.message)
        }
        return records
    }
}
