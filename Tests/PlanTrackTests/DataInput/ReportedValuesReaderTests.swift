import Foundation
import Testing
@testable import PlanTrack

@Suite struct ReportedValuesReaderTests {
    @Test func readsLongFormatWithEveryKindOfIndicatorName() {
        let csv = """
        indicator,year,value,region,source,note
        life-expectancy,2021,79.99,,"press conference, 2022",
        人均预期寿命,2022,80.1,济南市,,
        Infant mortality rate,2021,1.68‰,,,"per mille"
        每千人口执业(助理)医师数,2021,4.55,,,
        15 岁以上人群吸烟率,2021,23,,,
        """
        let (data, diagnostics) = Fixtures.read(csv)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(data.values.map(\.indicator) == ["life-expectancy", "life-expectancy", "infant-mortality", "physicians", "smoking-prevalence"])
        #expect(data.values[0].source == "press conference, 2022")
        #expect(data.values[0].region == "济南市")
        #expect(data.values[2].note == "per mille")
        #expect(data.values.map(\.location.line) == [2, 3, 4, 5, 6])
    }

    @Test func readsChineseHeadersAndSkipsNotReported() {
        let csv = "指标,年份,数值,地区,来源\n人均期望寿命,2021,—,,\n人均期望寿命,2022,NA,,\n人均期望寿命,2023,80,,\n"
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(Array(csv.utf8), file: "zh.csv")
        #expect(reader.diagnostics.isEmpty)
        #expect(reader.data.values.count == 1)
        #expect(reader.notReportedCount == 2)
    }

    @Test func readsWideFormat() {
        let csv = "指标,地区,2021,2022,2023年\n人均期望寿命,,79.99,,80.2\n每千人口注册护士数,济阳区,5.1,5.2,\n"
        let (data, diagnostics) = Fixtures.read(csv)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(data.values.map(\.year) == [2021, 2023, 2021, 2022])
        #expect(data.series(indicator: Fixtures.index("registered-nurses"), region: "济阳区").map(\.value) == [5.1, 5.2])
    }

    @Test func tabAndSemicolonFilesAndBlankLines() {
        for csv in ["indicator\tyear\tvalue\n\nlife-expectancy\t2021\t79.99\n\n", "indicator;year;value\r\n;;\r\nlife-expectancy;2021;79,99\r\n"] {
            let (data, diagnostics) = Fixtures.read(csv)
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty || csv.contains(";"), "\(diagnostics)")
            #expect(data.values.count == (csv.contains(";") ? 0 : 1))
        }
    }

    @Test(arguments: [
        ("indicator,year,value\n人均寿数,2021,80", 2, "unknown indicator '人均寿数'", "未知指标“人均寿数”"),
        ("indicator,year,value\nlife-expectancy,2021,abc", 2, "人均期望寿命 2021: 'abc' is not a number", "人均期望寿命 2021年：“abc”不是数字"),
        ("indicator,year,value\nlife-expectancy,21,80", 2, "year 21 is outside 2000–2100", "年份 21 不在 2000—2100 之间"),
        ("indicator,year,value\nlife-expectancy,,80", 2, "the row has no year", "这一行没有年份"),
        ("indicator,year,value\ninfant-mortality,2021,1.77%", 2, "has the unit %, but this indicator is measured in ‰", "的单位是 %，但该指标的单位是 ‰"),
        ("indicator,year,value\n,2021,80", 2, "the row has values but no indicator", "这一行有数值，但没有指标"),
        ("indicator,year,value\nlife-expectancy,2021,80,extra", 2, "the row has 4 cells but the header has 3", "这一行有 4 个单元格，但表头只有 3 个"),
        ("indicator,year\nlife-expectancy,2021", 1, "the header has no value (数值) column", "表头没有数值（value）列"),
        ("year,value\n2021,80", 1, "the header has no indicator column", "表头没有指标列"),
        ("indicator,year,value,year\n", 1, "appears twice", "出现了两次"),
        ("indicator,year,value,2021\n", 1, "use one layout", "请只用一种格式"),
        ("", 0, "the file is empty", "文件是空的"),
        ("indicator,year,value\nlife-expectancy,2021,\"80", 2, "is never closed", "没有结束引号"),
        ("indicator,year,value\nlife-expectancy,2021,80\n人均期望寿命,2021,80.1", 3, "is 80.1 here but 80 at test.csv:2", "此处为 80.1，但在 test.csv:2 为 80"),
        ("indicator,year,value\nlife-expectancy,2021,80\u{0}", 2, "contains a control character U+0000", "含有控制字符 U+0000"),
    ])
    func errorsNameTheFileAndLineInBothLanguages(csv: String, line: Int, english: String, chinese: String) {
        let (_, diagnostics) = Fixtures.read(csv)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(diagnostics)")
        #expect(errors.first?.location == SourceLocation(file: "test.csv", line: line))
        #expect(errors.first?.message.en.contains(english) == true, "\(errors.first?.message.en ?? "")")
        #expect(errors.first?.message.zh.contains(chinese) == true, "\(errors.first?.message.zh ?? "")")
        #expect(errors.first?.text(in: .zh).hasPrefix("test.csv\(line > 0 ? ":\(line)" : ""): 错误：") == true)
        #expect(errors.first?.text(in: .en).hasPrefix("test.csv\(line > 0 ? ":\(line)" : ""): error: ") == true)
    }

    @Test func unknownIndicatorSuggestsTheNearestNames() {
        let (_, diagnostics) = Fixtures.read("indicator,year,value\n人均期望寿名,2021,80")
        #expect(diagnostics.first?.suggestion?.en.contains("人均期望寿命") == true)
    }

    @Test func everyProblemIsListedNotJustTheFirst() {
        let (data, diagnostics) = Fixtures.read("indicator,year,value\nfoo,2021,1\nlife-expectancy,2021,x\nlife-expectancy,2022,80\nbar,2021,1")
        #expect(diagnostics.map(\.location.line) == [2, 3, 5])
        #expect(data.values.count == 1)
    }

    @Test func theSameValueTwiceIsAWarning() {
        let (data, diagnostics) = Fixtures.read("indicator,year,value\nlife-expectancy,2021,80\n人均期望寿命,2021,80.0")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.location.line == 3)
        #expect(data.values.count == 1)
    }

    @Test func duplicatesAcrossFilesNameBothFiles() {
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(Array("indicator,year,value\nlife-expectancy,2021,80\n".utf8), file: "a.csv")
        reader.read(Array("indicator,year,value\nlife-expectancy,2021,81\n".utf8), file: "b.csv")
        #expect(reader.diagnostics.first?.description == "b.csv:2: error: 人均期望寿命 2021 济南市 is 81 here but 80 at a.csv:2; keep one")
    }

    @Test func unknownColumnsAreAWarningAndTemplateColumnsAreQuiet() {
        let (data, diagnostics) = Fixtures.read("indicator,name,unit,year,value,remarks\nlife-expectancy,人均期望寿命,岁,2021,80,x")
        #expect(data.values.count == 1)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message.en.contains("remarks") == true)
    }

    @Test func aMissingFileCannotBeOpened() {
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.readFile("/nonexistent/values.csv")
        #expect(reader.couldNotOpenAFile)
        #expect(reader.diagnostics.first?.description == "/nonexistent/values.csv: error: cannot open the file: it does not exist")
    }

    /// Mutated valid files never trap: each row is read or gives a diagnostic with a line.
    @Test func mutatedFilesNeverCrash() {
        var generator = SeededGenerator(seed: 2025)
        let base = Array("indicator,year,value,region,source\n人均期望寿命,2021,79.99,济南市,\"a, b\"\n婴儿死亡率,2022,1.68‰,,\n".utf8)
        for _ in 0..<3_000 {
            var bytes = base
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: position)
                default: bytes.insert([0x22, 0x2C, 0x0A, 0xFF][Int.random(in: 0...3, using: &generator)], at: position)
                }
                if bytes.isEmpty { bytes = [0x0A] }
            }
            var reader = ReportedValuesReader(plan: Fixtures.plan)
            reader.read(bytes, file: "mutated.csv")
            #expect(reader.diagnostics.allSatisfy { $0.location.file == "mutated.csv" })
        }
    }
}

/// Large files are checked for UTF-8 at the start only, then field by field.
@Suite struct LateEncodingTests {
    /// More than the 64 KB checked up front, in ASCII only.
    static let asciiRows = "indicator,year,value,region\n" + (0..<3_000).map { "hospital-beds,2021,7.8,R\($0)\n" }.joined()

    @Test func aGBKFileWhoseStartIsASCIIIsStillReadAsGBK() throws {
        #expect(Self.asciiRows.utf8.count > TextDecoder.sampleSize)
        // 人均期望寿命,2021,79.99 in GBK, after 3,000 ASCII rows.
        let gbkName: [UInt8] = [0xC8, 0xCB, 0xBE, 0xF9, 0xC6, 0xDA, 0xCD, 0xFB, 0xCA, 0xD9, 0xC3, 0xFC]
        let bytes = Array(Self.asciiRows.utf8) + gbkName + Array(",2021,79.99,\n".utf8)
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(bytes, file: "late.csv")
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics.prefix(3))")
        let data = reader.data
        #expect(data.count == 3_001)
        #expect(data.regions.count == 3_001)
        #expect(data.series(indicator: Fixtures.index("life-expectancy"), region: "济南市").map(\.value) == [79.99])
        #expect(data.values.last?.location.line == 3_002)
    }

    @Test func aLateBadByteUnderAForcedEncodingNamesItsLine() {
        let bytes = Array(Self.asciiRows.utf8) + [0x6C, 0x69, 0xFF] + Array(",2021,1,\n".utf8)
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(bytes, file: "late.csv", encoding: .utf8)
        #expect(reader.diagnostics.map(\.description) == ["late.csv:3002: error: the file is not valid UTF-8 (byte 0xFF); give --encoding gbk if it was saved as ANSI/GBK"])
        #expect(reader.data.count == 0, "nothing from a rejected file is kept")
    }

    @Test func aRestartKeepsWhatEarlierFilesGave() {
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(Array("indicator,year,value,region\nhospital-beds,2021,7.8,甲\n".utf8), file: "first.csv")
        let gbkName: [UInt8] = [0xC8, 0xCB, 0xBE, 0xF9, 0xC6, 0xDA, 0xCD, 0xFB, 0xCA, 0xD9, 0xC3, 0xFC]
        reader.read(Array(Self.asciiRows.utf8) + gbkName + Array(",2021,79.99,\n".utf8), file: "second.csv")
        let data = reader.data
        #expect(reader.diagnostics.isEmpty)
        #expect(data.count == 3_002)
        #expect(data.regions.first == "甲")
        #expect(data.value(indicator: Fixtures.index("hospital-beds"), region: "甲", year: 2021)?.location.file == "first.csv")
    }
}

/// Large files are read in stretches at the same time; the result must be the one reading
/// straight through gives, wherever the cuts fall.
@Suite struct StretchTests {
    /// Everything a read leaves: values with their lines, the count of empty cells, every message.
    static func dump(_ bytes: [UInt8], parallelism: Int, stretchSize: Int) -> String {
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.parallelism = parallelism
        reader.stretchSize = stretchSize
        reader.read(bytes, file: "cut.csv")
        var lines = reader.data.values.map { value in
            "\(value.indicator) \(value.year) \(value.value) \(value.region) \(value.source.debugDescription) \(value.note.debugDescription) @\(value.location.line)"
        }
        lines.append("not reported: \(reader.notReportedCount)")
        lines += reader.diagnostics.map(\.description)
        return lines.joined(separator: "\n")
    }

    static func sameEverywhere(_ bytes: [UInt8]) -> Bool {
        let straight = dump(bytes, parallelism: 1, stretchSize: 1 << 20)
        return [1, 29].allSatisfy { dump(bytes, parallelism: 16, stretchSize: $0) == straight }
    }

    /// Rows of every kind: plain, quoted with commas, line breaks and doubled quotes, repeats,
    /// blank lines, bad values, unknown names, CR LF; sometimes an unclosed quote at the end.
    /// - Parameter wideSpaces: also names padded with ideographic spaces, which GBK has too.
    static func randomFile(_ generator: inout SeededGenerator, wideSpaces: Bool = false) -> [UInt8] {
        let names = ["人均期望寿命", "婴儿死亡率", "hospital-beds", "每千人口注册护士数", "孕产妇死亡率"] + (wideSpaces ? ["　婴儿死亡率"] : [])
        let regions = ["", "历下区", "市中区", " 槐荫区 ", "R1"] + (wideSpaces ? ["　天桥区　"] : [])
        var text = Bool.random(using: &generator) ? "indicator,year,value,region,source,note\n" : "指标,年份,数值,地区,来源,备注\r\n"
        var written: [String] = []
        for _ in 0..<Int.random(in: 0...60, using: &generator) {
            let end = Bool.random(using: &generator) ? "\n" : "\r\n"
            let row: String
            switch Int.random(in: 0...11, using: &generator) {
            case 0: row = ""
            case 1: row = written.randomElement(using: &generator) ?? ""
            case 2: row = "未知指标,2021,1,,,"
            case 3: row = "婴儿死亡率,2021,abc,,,"
            case 4: row = "婴儿死亡率,2022,\"1,5\",,\"line\nbreak, and \"\"quotes\"\"\",\"\n\n\""
            default:
                let source = [" 统计公报 ", "\"公报, 2021年\"", "\"a\nb\"", "卫健委", ""].randomElement(using: &generator)!
                row = "\(names.randomElement(using: &generator)!),\(Int.random(in: 2019...2025, using: &generator)),"
                    + "\(Int.random(in: 1...99, using: &generator)).\(Int.random(in: 0...9, using: &generator)),"
                    + "\(regions.randomElement(using: &generator)!),\(source),"
            }
            written.append(row)
            text += row + end
        }
        if Int.random(in: 0...9, using: &generator) == 0 { text += "人均期望寿命,2021,\"79" }
        return Array(text.utf8)
    }

    @Test func randomFilesReadTheSameInStretches() {
        var generator = SeededGenerator(seed: 44)
        for _ in 0..<200 {
            let bytes = Self.randomFile(&generator)
            #expect(Self.sameEverywhere(bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    @Test(arguments: CorpusTests.files)
    func corpusFilesReadTheSameInStretches(file: String) throws {
        let bytes = [UInt8](try Data(contentsOf: CorpusTests.folder.appendingPathComponent(file)))
        #expect(Self.sameEverywhere(bytes))
    }

    /// A cut just after a line break inside a quoted field is not a record's start: the stretch
    /// before it reads past it, and the rest is read again from the true start.
    @Test func aCutInsideAQuotedFieldIsFoundAndMended() {
        let csv = "indicator,year,value,source\n" + String(repeating: "hospital-beds,2021,7.8,\"a\nb\nc\nd\ne\nf\ng\nh\"\n", count: 1) + "婴儿死亡率,2022,1.5,x\n"
        let bytes = Array(csv.utf8)
        #expect(Self.sameEverywhere(bytes))
        let result = Self.dump(bytes, parallelism: 4, stretchSize: 4)
        #expect(result.contains("1.5 济南市 \"x\" \"\" @10"), "the second row starts on line 10: \(result)")
    }

    @Test func repeatsAcrossStretchesNameTheFirstLine() {
        let rows = (0..<200).map { "hospital-beds,\(2000 + $0 % 100),7.8,R\($0 / 100)\n" }.joined()
        let bytes = Array(("indicator,year,value,region\n" + rows + "hospital-beds,2000,9,R0\n").utf8)
        let result = Self.dump(bytes, parallelism: 8, stretchSize: 100)
        #expect(result.contains("cut.csv:202: error: 每千人口医疗机构床位数 2000 R0 is 9 here but 7.8 at cut.csv:2; keep one"), "\(result.suffix(300))")
        #expect(Self.sameEverywhere(bytes))
    }

    @Test func aBrokenQuoteInALaterStretchNamesItsLine() {
        let rows = String(repeating: "hospital-beds,2021,7.8,R\n", count: 50) + "hospital-beds,2022,\"7\"8,R\n" + "hospital-beds,2023,7.8,R\n"
        let bytes = Array(("indicator,year,value,region\n" + rows).utf8)
        let result = Self.dump(bytes, parallelism: 8, stretchSize: 64)
        #expect(result.hasSuffix("cut.csv:52: error: unexpected text after a closing quote; a quote inside a quoted field must be doubled (\"\")"), "\(result.suffix(200))")
        #expect(!result.contains("2023"), "reading stops at the broken record, as straight through")
    }

    @Test func aGBKByteInALaterStretchRestartsTheWholeFile() {
        let gbkName: [UInt8] = [0xC8, 0xCB, 0xBE, 0xF9, 0xC6, 0xDA, 0xCD, 0xFB, 0xCA, 0xD9, 0xC3, 0xFC]
        let bytes = Array(LateEncodingTests.asciiRows.utf8) + gbkName + Array(",2021,79.99,\n".utf8)
        let straight = Self.dump(bytes, parallelism: 1, stretchSize: 1 << 30)
        #expect(Self.dump(bytes, parallelism: 8, stretchSize: 1_000) == straight)
        #expect(straight.contains("life-expectancy 2021 79.99 济南市"))
    }

    @Test func boundsFallJustAfterLineFeeds() {
        let bytes = Array("h\nab\ncd\nef\ngh\n".utf8)
        let bounds = bytes.withUnsafeBufferPointer { FileScan.stretchBounds($0, from: 2, parts: 3) }
        #expect(bounds.first == 2 && bounds.last == bytes.count)
        #expect(bounds == bounds.sorted() && Set(bounds).count == bounds.count)
        for bound in bounds.dropFirst().dropLast() { #expect(bytes[bound - 1] == 0x0A) }
        let noLineFeeds = Array("h\nabcdefgh".utf8)
        #expect(noLineFeeds.withUnsafeBufferPointer { FileScan.stretchBounds($0, from: 2, parts: 4) } == [2, noLineFeeds.count])
    }

    /// Room for rows is made from the lines of the stretch's start: never too little for rows
    /// like those, short or long, and not wildly more.
    @Test(arguments: [12, 35, 90, 400])
    func rowEstimateCoversRowsOfEveryLength(length: Int) {
        let line = Array(repeating: UInt8(ascii: "x"), count: length - 1) + [UInt8(ascii: "\n")]
        let bytes = Array([[UInt8]](repeating: line, count: 50_000).joined())
        let estimate = bytes.withUnsafeBufferPointer { StretchReader.estimatedRows($0, 0..<$0.count) }
        #expect(estimate >= 50_000 && estimate <= 70_000, "\(estimate)")
        let part = bytes.withUnsafeBufferPointer { StretchReader.estimatedRows($0, 1_000..<1_000) }
        #expect(part >= 0)
    }
}
