import Testing
@testable import PlanTrack

@Suite struct CSVReaderTests {
    /// Reads every record as strings, or the error.
    static func records(_ text: String, delimiter: UInt8? = nil) -> Result<[[String]], CSVError> {
        var reader = CSVReader(bytes: Array(text.utf8), delimiter: delimiter)
        var fields: [CSVField] = []
        var records: [[String]] = []
        do {
            while try reader.nextRecord(into: &fields) {
                records.append(fields.map { reader.string($0) })
            }
        } catch {
            return .failure(error)
        }
        return .success(records)
    }

    @Test(arguments: [
        ("a,b,c", [["a", "b", "c"]]),
        ("a,b,c\n", [["a", "b", "c"]]),
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("a,b\rc,d", [["a", "b"], ["c", "d"]]),
        ("a,,c", [["a", "", "c"]]),
        ("a,b,", [["a", "b", ""]]),
        (",", [["", ""]]),
        ("\"a,b\",c", [["a,b", "c"]]),
        ("\"say \"\"hi\"\"\",x", [["say \"hi\"", "x"]]),
        ("\"line\nbreak\",x\ny,z", [["line\nbreak", "x"], ["y", "z"]]),
        ("\"\"", [[""]]),
        ("\"\",\"\"", [["", ""]]),
        ("a\"b,c", [["a\"b", "c"]]),
        ("\"a\" ,b", [["a", "b"]]),
        ("中文,数值\n人均期望寿命,79.6", [["中文", "数值"], ["人均期望寿命", "79.6"]]),
        ("a\n\nb", [["a"], [""], ["b"]]),
        ("", []),
    ])
    func readsRFC4180AndWhatExcelWrites(input: String, expected: [[String]]) {
        #expect(Self.records(input) == .success(expected))
    }

    @Test func unterminatedQuoteNamesTheLineItOpensOn() {
        #expect(Self.records("a,b\nc,\"open\nmore\n") == .failure(CSVError(line: 2, message: Message("引号字段从这一行开始，但没有结束引号", "a quoted field opens on this line and is never closed"))))
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        guard case .failure(let error) = Self.records("x\n\"a\"b,c") else {
            Issue.record("expected an error")
            return
        }
        #expect(error.line == 2)
    }

    @Test func recordLinesCountLineBreaksInsideQuotes() throws {
        var reader = CSVReader(bytes: Array("h\n\"a\nb\"\nc\r\nd".utf8))
        var fields: [CSVField] = []
        var lines: [Int] = []
        while try reader.nextRecord(into: &fields) { lines.append(reader.recordLine) }
        #expect(lines == [1, 2, 4, 5])
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3", ","),
        ("a\tb\tc", "\t"),
        ("a;b;c", ";"),
        ("\"a;b\",c", ","),
        ("a", ","),
        ("\n\na;b", ";"),
        ("指标\t年份\t数值\n", "\t"),
    ])
    func detectsTheDelimiterFromTheHeader(input: String, expected: Character) {
        #expect(CSVReader.detectDelimiter(Array(input.utf8)) == expected.asciiValue)
    }

    @Test func blankRecordsAreRecognised() throws {
        var reader = CSVReader(bytes: Array(" , ,\t\n".utf8))
        var fields: [CSVField] = []
        _ = try reader.nextRecord(into: &fields)
        #expect(reader.isBlank(fields))
    }

    /// Random records written with quoting as Excel does read back to the same fields.
    @Test func randomRecordsRoundTrip() throws {
        var generator = SeededGenerator(seed: 20_211_231)
        let alphabet = Array("ab,\"\n\r 1.5中文‰\t;")
        for _ in 0..<2_000 {
            let fieldCount = Int.random(in: 1...6, using: &generator)
            let recordCount = Int.random(in: 1...5, using: &generator)
            var expected: [[String]] = []
            for _ in 0..<recordCount {
                expected.append((0..<fieldCount).map { _ in
                    String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                })
            }
            // A record of one empty field is a blank line; keep every record non-blank.
            if fieldCount == 1 { expected = expected.map { $0[0].isEmpty ? ["x"] : $0 } }
            let text = expected.map { record in
                record.map { field in
                    field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) || field.hasPrefix(" ") || field.hasSuffix(" ")
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: ",")
            }.joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n")
            #expect(Self.records(text, delimiter: UInt8(ascii: ",")) == .success(expected), "\(text.debugDescription)")
        }
    }

    /// Random bytes never trap: every input gives records or a CSVError.
    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 7)
        let interesting: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x09, 0x3B, 0x20, 0x61, 0xE4, 0xB8, 0xAD]
        for _ in 0..<10_000 {
            let count = Int.random(in: 0...64, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            var reader = CSVReader(bytes: bytes)
            var fields: [CSVField] = []
            var records = 0
            do {
                while try reader.nextRecord(into: &fields) {
                    records += 1
                    #expect(fields.allSatisfy { $0.start <= $0.end && $0.end <= bytes.count })
                    if records > bytes.count + 1 { Issue.record("the reader does not advance"); break }
                }
            } catch {
                #expect(error.line >= 1)
            }
        }
    }

    /// The sixteen-bytes-at-a-time search against the plain one, on bytes full of control
    /// characters (the line-end test also flags tabs and the like, which must be skipped, not
    /// taken), long enough for several steps.
    @Test func vectorSearchFindsWhatAByteLoopFinds() {
        var generator = SeededGenerator(seed: 11)
        let interesting: [UInt8] = [0x0A, 0x0D, 0x09, 0x0B, 0x0C, 0x00, 0x0E, 0x2C, 0x22, 0x8A, 0x8D, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                Int.random(in: 0...7, using: &generator) == 0 ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0x20...0xFF, using: &generator)
            }
            let target = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x09, UInt8(ascii: ";")].randomElement(using: &generator)!
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let expected = bytes[start...].firstIndex { $0 == target || $0 == 0x0A || $0 == 0x0D } ?? bytes.count
            let found = bytes.withUnsafeBufferPointer { CSVReader.firstOf(target, orLineEndIn: $0, from: start) }
            #expect(found == expected, "\(bytes) from \(start) for \(target)")
        }
    }
}
