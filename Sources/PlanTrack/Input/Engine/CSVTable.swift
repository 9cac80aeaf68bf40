/// A small CSV file read whole into text cells, in any encoding the data reader accepts: for
/// tables people make by hand (a plan's indicator table, a list of milestones), not for the
/// large files of reported values, which `FileScan` reads.
enum CSVTable {
    struct Record {
        let line: Int
        let cells: [String]
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
