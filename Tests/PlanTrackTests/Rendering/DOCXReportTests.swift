import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlanTrack

/// The Word report read back as a program would: the archive, every part well-formed XML,
/// relationships and content types consistent, the layout of official documents, the
/// assessment's values in the tables, a native chart for each indicator with values.
@Suite struct DOCXReportTests {
    static let data: ReportedData = FinalEvaluationGoldenTests.data

    static func archive(_ language: Language, year: Int = 2025, region: String = "济南市", regions: Bool = true) throws -> ZIPReader {
        let assessor = Assessor(plan: Fixtures.plan, data: data)
        let report = DOCXReport(language: language, comparison: regions ? assessor.compare(year: year) : nil)
        return try ZIPReader(report.render(assessor.assess(region: region, year: year)))
    }

    /// Every `<w:t>` text of `xml`, in order.
    static func texts(_ xml: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<w:t(?: [^>]*)?>([^<]*)</w:t>")
        let range = NSRange(xml.startIndex..., in: xml)
        return pattern.matches(in: xml, range: range).compactMap { Range($0.range(at: 1), in: xml).map { String(xml[$0]) } }
    }

    /// The texts of each table cell (`<w:tc>`), runs joined.
    static func cells(_ xml: String) -> [String] {
        xml.components(separatedBy: "<w:tc>").dropFirst().map { texts($0.components(separatedBy: "</w:tc>")[0]).joined() }
    }

    @Test(arguments: [Language.zh, .en])
    func everyPartIsThereAndWellFormed(language: Language) throws {
        let zip = try Self.archive(language)
        let names = Set(zip.entries.map(\.name))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
                     "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"] {
            #expect(names.contains(part), "\(part)")
        }
        for entry in zip.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let parser = XMLParser(data: Data(try zip.contents(of: entry)))
            #expect(parser.parse(), "\(entry.name) is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        }
        // Every relationship's target exists, and every part has a content type.
        let types = String(decoding: try #require(try zip.contents(of: "[Content_Types].xml")), as: UTF8.self)
        let relationships = String(decoding: try #require(try zip.contents(of: "word/_rels/document.xml.rels")), as: UTF8.self)
        for target in relationships.components(separatedBy: "Target=\"").dropFirst().map({ $0.components(separatedBy: "\"")[0] }) {
            #expect(names.contains("word/" + target), "\(target)")
            if target.hasSuffix(".xml") { #expect(types.contains("PartName=\"/word/\(target)\""), "\(target)") }
        }
    }

    /// GB/T 9704-2012: A4, margins 37/35/28/26 mm, 3号 仿宋 body in 22 lines, 2号 小标宋 title,
    /// 黑体 and 楷体 headings, the page number at the foot; the common names as alternates.
    @Test func theChineseLayoutIsAnOfficialDocuments() throws {
        let zip = try Self.archive(.zh)
        let document = String(decoding: try #require(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let styles = String(decoding: try #require(try zip.contents(of: "word/styles.xml")), as: UTF8.self)
        let fonts = String(decoding: try #require(try zip.contents(of: "word/fontTable.xml")), as: UTF8.self)
        let footer = String(decoding: try #require(try zip.contents(of: "word/footer1.xml")), as: UTF8.self)
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), "the regions matrix on landscape pages")
        #expect(styles.contains("w:eastAsia=\"仿宋_GB2312\"") && styles.contains("<w:sz w:val=\"32\"/>") && styles.contains("w:line=\"579\" w:lineRule=\"exact\""))
        #expect(styles.contains("w:eastAsia=\"方正小标宋简体\"") && styles.contains("<w:sz w:val=\"44\"/>"))
        #expect(styles.contains("w:eastAsia=\"黑体\"") && styles.contains("w:eastAsia=\"楷体_GB2312\""))
        #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
        #expect(fonts.contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>"))
        #expect(Self.texts(footer).joined() == "— 1 —" && footer.contains("PAGE") && footer.contains("<w:sz w:val=\"28\"/>"))
        let paragraphs = document.components(separatedBy: "</w:p>").map { Self.texts($0).joined() }
        #expect(paragraphs.first == "济南市“十四五”卫生健康规划终期评估报告（2021—2025年）")
        #expect(paragraphs.contains("（一）未完成的约束性指标") && paragraphs.contains("一、总体情况"))
    }

    @Test(arguments: [Language.zh, .en])
    func theValuesAreInTheTables(language: Language) throws {
        let zip = try Self.archive(language)
        let document = String(decoding: try #require(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let cells = Self.cells(document)
        for indicator in Fixtures.plan.indicators {
            #expect(cells.contains(language == .zh ? indicator.name : indicator.nameEn), "\(indicator.id)")
        }
        let assessor = Assessor(plan: Fixtures.plan, data: Self.data)
        for a in assessor.assess(region: "济南市", year: 2025).assessments {
            guard let value = a.value else { continue }
            #expect(cells.contains(NumberText.plain(value)), "\(a.indicator.id) \(value)")
        }
        #expect(cells.contains(language == .zh ? "3.72 未完成" : "3.72 not achieved"), "the districts matrix")
        // Header rows repeat on every page and no row is split; no column under 1 cm.
        #expect(document.components(separatedBy: "<w:tblHeader/>").count - 1 == document.components(separatedBy: "<w:tbl>").count - 1)
        let widths = document.components(separatedBy: "<w:gridCol w:w=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(!widths.isEmpty && widths.allSatisfy { $0 >= 567 }, "\(widths.min() ?? 0) twips")
    }

    @Test func aNativeChartForEachIndicatorWithValues() throws {
        let zip = try Self.archive(.zh)
        let assessments = Assessor(plan: Fixtures.plan, data: Self.data).assess(region: "济南市", year: 2025).assessments
        let withValues = assessments.filter { !$0.series.isEmpty }
        let charts = zip.entries.filter { $0.name.hasPrefix("word/charts/chart") }
        #expect(charts.count == withValues.count)
        for (number, a) in withValues.enumerated() {
            let chart = String(decoding: try #require(try zip.contents(of: "word/charts/chart\(number + 1).xml")), as: UTF8.self)
            #expect(chart.contains("<a:t>\(a.indicator.name)（\(a.indicator.unit)）</a:t>"))
            for value in a.series { #expect(chart.contains("<c:v>\(value.value)</c:v>"), "\(a.indicator.id) \(value.year)") }
            #expect(chart.contains("<c:externalData r:id=\"rId1\">"))
            // The data behind it, for 编辑数据: a workbook with the years and the values.
            let workbook = try ZIPReader(try #require(try zip.contents(of: "word/embeddings/Microsoft_Excel_Worksheet\(number + 1).xlsx")))
            let sheet = String(decoding: try #require(try workbook.contents(of: "xl/worksheets/sheet1.xml")), as: UTF8.self)
            for value in a.series { #expect(sheet.contains("<v>\(NumberText.plain(value.value))</v>")) }
            #expect(!chart.contains("趋势预测"), "no projection in the final evaluation")
        }
    }

    @Test(arguments: [Language.zh, .en])
    func goldenDocument(language: Language) {
        let assessor = Assessor(plan: Fixtures.plan, data: Self.data)
        let xml = DOCXReport(language: language, comparison: assessor.compare(year: 2025)).documentXML(assessor.assess(region: "济南市", year: 2025))
        #expect(Fixtures.matchesGolden(xml, "report-final-city-\(language.rawValue).document.xml"))
    }

    /// The same content as the Markdown report: every heading of the document in order.
    @Test func sameContentAsTheOtherFormats() throws {
        let assessor = Assessor(plan: Fixtures.plan, data: Self.data)
        let result = assessor.assess(region: "天桥区", year: 2025)
        let document = ReportBuilder(language: .zh, includesCharts: true, comparison: nil).build(result)
        let xml = String(decoding: try #require(try ZIPReader(DOCXReport(language: .zh).render(result)).contents(of: "word/document.xml")), as: UTF8.self)
        let paragraphs = xml.components(separatedBy: "</w:p>").map { Self.texts($0).joined() }
        var position = 0
        for block in document.blocks {
            guard case .heading(let level, let text) = block else { continue }
            let found = paragraphs[position...].firstIndex { $0.hasSuffix(text) && (level != 3 || $0.hasPrefix("（")) }
            #expect(found != nil, "\(text)")
            position = (found ?? position) + 1
        }
    }
}
