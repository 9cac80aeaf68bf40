import Foundation
import Testing
@testable import PlanTrack

/// Workbooks read as CSV files are: the same values, the same rules, every message naming its
/// sheet and cell.
@Suite struct WorkbookInputTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Workbooks")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func read(_ bytes: [UInt8], file: String = "values.xlsx", sheet: String? = nil) -> (data: ReportedData, diagnostics: [Diagnostic], notReported: Int) {
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.sheet = sheet
        reader.read(bytes, file: file)
        let (data, diagnostics) = reader.finish()
        return (data, diagnostics, reader.notReportedCount)
    }

    /// What a value is, wherever it was read from.
    static func facts(_ data: ReportedData) -> [String] {
        data.values.map { "\($0.indicator) \($0.year) \(NumberText.plain($0.value)) \($0.region) \($0.source)" }.sorted()
    }

    /// Written by openpyxl and saved again by LibreOffice: two sheets (a year each) with a title
    /// merged across the columns, regions merged over their rows, percentages stored as
    /// fractions with a 0.0% format, a line break in a source, a — for not reported, a footnote,
    /// and a sheet of instructions. Each reads exactly as its CSV twin.
    @Test(arguments: ["districts-openpyxl.xlsx", "districts-libreoffice.xlsx"])
    func aWorkbookReadsAsItsTwin(name: String) throws {
        let workbook = Self.read(try Self.bytes(name))
        let twin = Self.read(try Self.bytes("districts.csv"), file: "districts.csv")
        #expect(!workbook.diagnostics.contains { $0.severity == .error }, "\(workbook.diagnostics)")
        #expect(Self.facts(workbook.data) == Self.facts(twin.data))
        #expect(Self.facts(workbook.data).count == 10)
        #expect(workbook.notReported == twin.notReported && workbook.notReported == 1)
        #expect(Self.facts(workbook.data).contains("health-literacy 2025 35.1 历下区 区卫健局"))
        #expect(Self.facts(workbook.data).contains("hospital-beds 2025 7.9 历下区 区卫健局 2026年1月"))
        // The titles and the footnotes are said, with their places; the instructions are passed over.
        let places = workbook.diagnostics.map(\.location.description)
        #expect(places == ["values.xlsx:2024年!1:1", "values.xlsx:2024年!9:9", "values.xlsx:2025年!1:1", "values.xlsx:2025年!10:10"], "\(places)")
        // A value remembers its sheet and row.
        let value = try #require(workbook.data.values.first { $0.year == 2025 && $0.indicator == "life-expectancy" && $0.region == "历下区" })
        #expect(value.location == SourceLocation(file: "values.xlsx", line: 3, sheet: "2025年"))
    }

    @Test func oneSheetOnly() throws {
        let read = Self.read(try Self.bytes("districts-openpyxl.xlsx"), sheet: "2024年")
        #expect(Set(read.data.values.map(\.year)) == [2024])
        let missing = Self.read(try Self.bytes("districts-openpyxl.xlsx"), sheet: "2023年")
        #expect(missing.diagnostics.first?.message.en == "the workbook has no sheet named '2023年'")
        #expect(missing.diagnostics.first?.suggestion?.zh == "工作表：2024年、2025年、填写说明")
    }

    static func workbook(_ rows: [[Workbook.Cell]], name: String = "2025年") -> [UInt8] {
        WorkbookWriter.write(Workbook(sheets: [Workbook.Sheet(name: name, rows: rows)]))
    }

    /// A mistake in a cell is named at the cell, in both languages.
    @Test func mistakesNameTheirCell() {
        let rows: [[Workbook.Cell]] = [
            [.text("指标"), .text("地区"), .number(2023), .number(2024), .number(2025)],
            [.text("人均期望寿命"), .text("历下区"), .number(80.1), .text("八十"), .number(80.3)],
            [.text("人均寿数"), .text("历下区"), .number(1), .number(2), .number(3)],
            [.text("居民健康素养水平"), .text("莱芜市"), .number(30), .number(31), .number(32)],
        ]
        let read = Self.read(Self.workbook(rows))
        let lines = read.diagnostics.map { $0.text(in: .en) }
        #expect(lines.contains("values.xlsx:2025年!D2: error: 人均期望寿命 2024: '八十' is not a number"), "\(lines)")
        #expect(lines.contains("values.xlsx:2025年!A3: error: unknown indicator '人均寿数' (did you mean 人均期望寿命?)"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("values.xlsx:2025年!B4: error: '莱芜市' was split in 2019") }, "\(lines)")
        #expect(read.diagnostics.first.map { $0.text(in: .zh).hasPrefix("values.xlsx:2025年!D2: 错误：") } == true)
    }

    /// Files that are not workbooks plan-track can read: a clear message, never a crash.
    @Test(arguments: [
        ("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504), "this is an old Excel (.xls) or WPS (.et) file, or a workbook with a password"),
        ("cut.xlsx", Array(WorkbookInputTests.workbook([[.text("指标")]]).prefix(300)), "the workbook is damaged and cannot be opened"),
        ("report.docx", { var zip = ZIPWriter(); zip.add("word/document.xml", "<w:document/>"); return zip.finish() }(), "this is not an Excel workbook (.xlsx): it has no xl/workbook.xml"),
    ] as [(String, [UInt8], String)])
    func notAWorkbookToRead(file: String, bytes: [UInt8], english: String) {
        let read = Self.read(bytes, file: file)
        #expect(read.diagnostics.count == 1)
        #expect(read.diagnostics.first?.severity == .error)
        #expect(read.diagnostics.first?.message.en.hasPrefix(english) == true, "\(read.diagnostics)")
        #expect(read.diagnostics.first?.location == SourceLocation(file: file, line: 0))
    }

    /// Parts that are damaged inside a sound archive.
    @Test(arguments: [
        (#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>"#, "refers to a shared string 7 that does not exist"),
        (#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>"#, "the end tag </row> does not match its start"),
        (#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&bogus;</t></is></c></row></sheetData></worksheet>"#, "unknown entity '&bogus;'"),
        (#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#, "the part ends before <worksheet> is closed"),
    ])
    func damagedParts(sheet: String, english: String) {
        var zip = ZIPWriter()
        zip.add("xl/workbook.xml", #"<workbook><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
        zip.add("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#)
        zip.add("xl/worksheets/sheet1.xml", sheet)
        let read = Self.read(zip.finish())
        #expect(read.diagnostics.count == 1)
        #expect(read.diagnostics.first?.message.en.contains(english) == true, "\(read.diagnostics.map(\.message.en))")
        #expect(read.diagnostics.first?.message.en.hasPrefix("the workbook's xl/worksheets/sheet1.xml is damaged") == true)
    }

    /// Seeded random sheets of texts and numbers, written as Excel writes them (and as
    /// plan-track's own writer does, inline), read back cell for cell.
    @Test func randomSheetsReadBackCellForCell() throws {
        var generator = SeededGenerator(seed: 2112)
        let words = ["人均期望寿命", "历下区", "a & b", "<tag>", "\"quoted\"", "x,y", "  spaced ", "‰", "_x000D_", "全省 平均", "1,300", "—"]
        for _ in 0..<60 {
            let height = Int.random(in: 1...12, using: &generator), width = Int.random(in: 1...8, using: &generator)
            var rows: [[Workbook.Cell]] = []
            var expected: [[String]] = []
            for _ in 0..<height {
                var row: [Workbook.Cell] = [], texts: [String] = []
                for _ in 0..<width {
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0:
                        row.append(.empty)
                        texts.append("")
                    case 1:
                        let number = (Double(Int.random(in: -100_000...100_000, using: &generator)) / 100)
                        row.append(.number(number))
                        texts.append(NumberText.plain(number))
                    default:
                        let text = words.randomElement(using: &generator) ?? ""
                        row.append(.text(text))
                        texts.append(text)
                    }
                }
                rows.append(row)
                expected.append(texts)
            }
            let sheets = try WorkbookReader.read(Self.workbook(rows))
            let read = try #require(sheets.first).rows
            // Trailing empty rows and columns are not kept: compare what is there.
            let trimmed = expected.map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
            let lastRow = trimmed.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
            let readTrimmed = read.map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
            #expect(Array(readTrimmed.prefix(lastRow)) == Array(trimmed.prefix(lastRow)), "\(rows.count)x\(width)")
            #expect(read.dropFirst(lastRow).allSatisfy { $0.allSatisfy(\.isEmpty) })
        }
    }

    /// A sheet large enough to be read a run of rows at a time on every core reads exactly as
    /// it was written, a merged range across the runs included.
    @Test func aLargeSheetReadsCellForCell() throws {
        var rows: [[Workbook.Cell]] = [[.text("指标"), .text("地区"), .text("年份"), .text("数值")]]
        for index in 1..<30_000 {
            rows.append([.text("人均期望寿命"), index >= 100 && index < 20_000 ? (index == 100 ? .text("历下区") : .empty) : .text("区县\(index)"),
                         .number(2025), .number(Double(index) / 100)])
        }
        var sheet = Workbook.Sheet(name: "大表", rows: rows)
        sheet.merged = ["B101:B20000"]
        let bytes = WorkbookWriter.write(Workbook(sheets: [sheet]))
        let read = try #require(try WorkbookReader.read(bytes).first).rows
        #expect(read.count == 30_000)
        for index in [1, 99, 100, 101, 5_000, 15_000, 19_999, 20_000, 29_999] {
            let region = index >= 100 && index < 20_000 ? "历下区" : "区县\(index)"
            #expect(read[index] == ["人均期望寿命", region, "2025", NumberText.plain(Double(index) / 100)], "row \(index + 1)")
        }
        #expect(read.dropFirst().allSatisfy { $0[0] == "人均期望寿命" && $0[2] == "2025" && !$0[1].isEmpty })
    }

    @Test(arguments: [("0.0%", true), ("0%", true), ("#,##0.00", false), ("0.0\"%\"", false), ("[Red]0.00", false), ("0\\%", false), ("[$-804]0.0%", true)])
    func percentFormats(code: String, isPercent: Bool) {
        #expect(WorkbookReader.isPercentFormat(code) == isPercent)
    }

    @Test func cellReferencesAndEscapes() {
        #expect(WorkbookReader.cellReference("C7")! == (7, 3))
        #expect(WorkbookReader.cellReference("$AB$12")! == (12, 28))
        #expect(WorkbookReader.cellReference("7C") == nil && WorkbookReader.cellReference("") == nil)
        #expect(WorkbookReader.unescaped("a_x000D_b_x005F_x") == "a\rb_x")
        #expect(SourceLocation.columnName(1) == "A" && SourceLocation.columnName(27) == "AA" && SourceLocation.columnName(703) == "AAA")
    }
}
