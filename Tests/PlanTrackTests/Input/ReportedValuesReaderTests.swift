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
        #expect(data.values.map(\.indicatorIndex) == ["life-expectancy", "life-expectancy", "infant-mortality", "physicians", "smoking-prevalence"].map(Fixtures.index))
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
        ("indicator,year,value\n人均寿命,2021,80", 2, "unknown indicator '人均寿命'"),
        ("indicator,year,value\nlife-expectancy,2021,abc", 2, "人均期望寿命 2021: 'abc' is not a number"),
        ("indicator,year,value\nlife-expectancy,21,80", 2, "year 21 is outside 2000–2100"),
        ("indicator,year,value\nlife-expectancy,,80", 2, "the row has no year"),
        ("indicator,year,value\ninfant-mortality,2021,1.77%", 2, "has the unit %, but this indicator is measured in ‰"),
        ("indicator,year,value\n,2021,80", 2, "the row has values but no indicator"),
        ("indicator,year,value\nlife-expectancy,2021,80,extra", 2, "the row has 4 cells but the header has 3"),
        ("indicator,year\nlife-expectancy,2021", 1, "the header has no value (数值) column"),
        ("year,value\n2021,80", 1, "the header has no indicator column"),
        ("indicator,year,value,year\n", 1, "appears twice"),
        ("indicator,year,value,2021\n", 1, "use one layout"),
        ("", 0, "the file is empty"),
        ("indicator,year,value\nlife-expectancy,2021,\"80", 2, "never closed"),
        ("indicator,year,value\nlife-expectancy,2021,80\n人均期望寿命,2021,80.1", 3, "is 80.1 here but 80 at test.csv:2"),
    ])
    func errorsNameTheFileAndLine(csv: String, line: Int, fragment: String) {
        let (_, diagnostics) = Fixtures.read(csv)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(diagnostics)")
        #expect(errors.first?.location == SourceLocation(file: "test.csv", line: line))
        #expect(errors.first?.message.contains(fragment) == true, "\(errors.first?.message ?? "")")
    }

    @Test func unknownIndicatorSuggestsTheNearestNames() {
        let (_, diagnostics) = Fixtures.read("indicator,year,value\n人均期望寿名,2021,80")
        #expect(diagnostics.first?.suggestion?.contains("人均期望寿命") == true)
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
        #expect(diagnostics.first?.message.contains("remarks") == true)
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
