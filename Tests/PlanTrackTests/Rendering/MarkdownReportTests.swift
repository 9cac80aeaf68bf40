import Testing
@testable import PlanTrack

@Suite struct MarkdownReportTests {
    static let links: [Indicator.ID: String] = ["life-expectancy": "2023-progress-charts/life-expectancy.svg", "youth-myopia": "my charts/youth-myopia.svg"]

    @Test(arguments: [Language.zh, .en])
    func goldenReport(language: Language) {
        let text = MarkdownReport(language: language, chartLinks: Self.links).render(StatusViewTests.result)
        #expect(Fixtures.matchesGolden(text, "report-\(language.rawValue).md"))
    }

    /// The shipped values carry sources and a provincial reference row: the sources section is pinned here.
    @Test(arguments: [Language.zh, .en])
    func goldenReportOnTheShippedData(language: Language) {
        var reader = ReportedValuesReader(plan: Fixtures.plan)
        reader.read(Array(ShippedData.reportedValuesCSV.utf8), file: ShippedData.reportedValuesName)
        let assessor = Assessor(plan: Fixtures.plan, data: reader.data)
        let text = MarkdownReport(language: language).render(assessor.assess(region: "济南市", year: 2023))
        #expect(text.contains("山东省卫生健康委新闻发布会（济南专场），国际在线报道，2022年6月21日"))
        #expect(!text.contains("same press conference"))
        #expect(Fixtures.matchesGolden(text, "report-shipped-\(language.rawValue).md"))
    }

    @Test func bindingIndicatorsAtRiskAreNamedWithTheirNumbers() {
        let text = MarkdownReport(language: .zh).render(StatusViewTests.result)
        #expect(text.contains("- 青少年总体近视率（未达要求）：2023年为50.5%"))
        #expect(text.contains("- 每万人口全科医生数（略有滞后）：2023年为3.3人，目标4，差距0.7人，尚需年均提高0.35人，此前年均提高0.25人"))
        let summary = text.components(separatedBy: "## 二")[0]
        #expect(summary.range(of: "青少年总体近视率")!.lowerBound < summary.range(of: "每万人口全科医生数")!.lowerBound, "most serious first")
    }

    @Test func everyTableIsAWellFormedPipeTable() {
        for language in Language.allCases {
            let text = MarkdownReport(language: language, chartLinks: Self.links).render(StatusViewTests.result)
            #expect(MarkdownTables.problems(in: text).isEmpty, "\(MarkdownTables.problems(in: text))")
            #expect(MarkdownTables.tables(in: text).count == 1 + 1 + 5)  // binding, lagging, one per domain
        }
    }

    /// Pipes, line breaks, HTML, Markdown and very long text in sources and notes.
    @Test func adversarialDataCannotBreakTheReport() throws {
        let long = String(repeating: "很长的来源说明", count: 200)
        let csv = """
        indicator,year,value,region,source,note
        life-expectancy,2021,79.99,,"a | b || c","line one
        line two"
        life-expectancy,2023,80.2,,"<script>alert('x')</script>","**bold** [link](http://x) ![img](y) `code` $x^2$ ~sub~"
        hospital-beds,2023,7.9,,"\(long)","# heading
        - item
        1. one
        > quote
        | --- |"
        infant-mortality,2023,2.61,山东省,"省 | 发布会 <b>",
        infant-mortality,2023,2.0,,"&lt;entity&gt; &amp;",
        """
        let (data, diagnostics) = Fixtures.read(csv)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let result = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2023)
        let text = MarkdownReport(language: .zh).render(result)
        #expect(MarkdownTables.problems(in: text).isEmpty, "\(MarkdownTables.problems(in: text))")
        #expect(!text.contains("<script>"))
        #expect(text.contains("\\<script\\>"))
        #expect(text.contains("a \\| b \\|\\| c"))
        #expect(text.contains("line one line two"))
        #expect(!text.contains("[link](http://x)"))
        #expect(text.contains("\\&lt;entity\\&gt;"))
        #expect(text.contains(long))
        // Every line a data text started on is inside a list item, never a heading, list or quote of its own.
        for line in text.split(separator: "\n") where line.hasPrefix("#") {
            #expect(!line.contains("heading"))
        }
    }

    @Test(arguments: [
        ("a|b", "a\\|b"), ("<i>", "\\<i\\>"), ("x\ny", "x y"), ("x\r\n\r\ny", "x y"), ("# h", "\\# h"), ("- item", "\\- item"),
        ("1. one", "1\\. one"), ("12) x", "12\\) x"), ("a_b*c", "a\\_b\\*c"), ("[x](y)", "\\[x\\](y)"), ("人均期望寿命", "人均期望寿命"),
        ("\\", "\\\\"), ("2.5", "2.5"),
    ])
    func escaping(text: String, expected: String) {
        #expect(MarkdownText.escape(text) == expected)
    }
}

/// A small reader of GitHub pipe tables, enough to check that every row has the header's cells.
enum MarkdownTables {
    static func cells(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count - 1
    }

    static func tables(in text: String) -> [[Substring]] {
        var tables: [[Substring]] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    static func problems(in text: String) -> [String] {
        var problems: [String] = []
        for table in tables(in: text) {
            guard table.count >= 2 else { problems.append("a table without rows: \(table)"); continue }
            let width = cells(table[0])
            if !table[1].allSatisfy({ "|-: ".contains($0) }) { problems.append("no delimiter row: \(table[1])") }
            for row in table where cells(row) != width || !row.hasSuffix("|") {
                problems.append("\(cells(row)) cells, header has \(width): \(row)")
            }
        }
        return problems
    }
}

/// A report on another plan states that plan's figures, never Jinan's or Shandong's.
@Suite struct OtherPlanReportTests {
    static let planJSON = """
        {
          "name": "示例县“十五五”卫生健康规划", "nameEn": "Example County Health Plan (2026–2030)",
          "source": "示例县卫生健康局", "region": "示例县", "regionEn": "Example County",
          "referenceRegion": "", "referenceRegionEn": "",
          "baselineYear": 2025, "targetYear": 2030,
          "domains": [ { "id": "services", "name": "健康服务", "nameEn": "Health services" } ],
          "indicators": [
            { "id": "beds", "name": "每千人口床位数", "nameEn": "Beds per 1,000", "aliases": [], "domain": "services",
              "unit": "张", "unitEn": "beds", "attribute": "binding", "direction": "higher",
              "baseline": { "text": "6.1", "value": 6.1 }, "target": { "text": "7", "kind": "at-least", "value": 7 } },
            { "id": "out-of-pocket", "name": "个人卫生支出占比", "nameEn": "Out-of-pocket share", "aliases": [], "domain": "services",
              "unit": "%", "unitEn": "%", "attribute": "expected", "direction": "lower",
              "baseline": { "text": "27", "value": 27 }, "target": { "text": "26左右", "kind": "around", "value": 26, "tolerance": 0.3 } }
          ]
        }
        """

    @Test(arguments: [Language.zh, .en])
    func theMethodStatesThisPlansFigures(language: Language) throws {
        let plan = try PlanFile.parse(Array(Self.planJSON.utf8), file: "example.json")
        let data = try ReportedData(values: [ReportedValue(indicator: "beds", year: 2027, value: 6.5, region: "示例县")], plan: plan)
        let report = MarkdownReport(language: language).render(Assessor(plan).assess(data))
        for foreign in ["济南", "Jinan", "山东", "Shandong", "8.2", "3.3‰", "2020", "十四五", "25.5"] {
            #expect(!report.contains(foreign), "\(foreign) in the \(language) report")
        }
        #expect(report.contains("2030"))
        #expect(report.contains("26.3"))  // 26左右 with this plan's tolerance of 0.3
    }
}

/// With the target year as the evaluation year, the report is the plan's final evaluation.
@Suite struct FinalEvaluationReportTests {
    static let result: PlanAssessment = {
        let data = Fixtures.data("life-expectancy,2023,80.2\nlife-expectancy,2025,80.6\ngeneral-practitioners,2025,3.6\nyouth-myopia,2021,52\nyouth-myopia,2025,49.5")
        return Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2025)
    }()

    @Test func chineseReadsAsAFinalEvaluation() {
        let text = MarkdownReport(language: .zh).render(Self.result)
        #expect(text.hasPrefix("# 济南市“十四五”卫生健康规划终期评估报告（2021—2025年）\n"))
        #expect(text.contains("目标完成情况：约束性指标5项，已完成0项，未完成2项，无数据或数据不足3项；预期性指标18项，已完成1项，未完成0项，无数据或数据不足17项。"))
        #expect(!text.contains("按趋势"))
        #expect(!text.contains("年预测"))
        #expect(!text.contains("年度监测报告"))
        #expect(text.contains("未完成的约束性指标："))
        #expect(MarkdownTables.problems(in: text).isEmpty)
    }

    @Test func englishReadsAsAFinalEvaluation() {
        let text = MarkdownReport(language: .en).render(Self.result)
        #expect(text.hasPrefix("# Jinan 14th Five-Year Health Plan (2021–2025): final evaluation\n"))
        #expect(text.contains("Targets: binding indicators (5): 0 achieved, 2 not achieved, 3 without enough data"))
        #expect(!text.contains("the trend gives") && !text.contains("projection |"))
        #expect(text.contains("Binding targets not achieved:"))
        #expect(MarkdownTables.problems(in: text).isEmpty)
    }

    @Test func theTerminalTitleSaysSoToo() {
        #expect(StatusView(language: .zh, color: false, maxWidth: nil).render(Self.result).hasPrefix("济南市“十四五”卫生健康规划 · 济南市 · 2025年终期评估"))
        #expect(StatusView(language: .en, color: false, maxWidth: nil).render(Self.result).hasPrefix("Jinan 14th Five-Year Health Plan (2021–2025) · Jinan · final evaluation 2025"))
    }
}

@Suite struct MarkdownRegionsSectionTests {
    /// `report --regions`: the matrix of regions with values, the silent ones named, then the
    /// binding indicators at risk by region; the later sections renumbered.
    @Test(arguments: [Language.zh, .en])
    func goldenRegionsSection(language: Language) throws {
        let comparison = RegionsViewTests.comparison
        let report = MarkdownReport(language: language, comparison: comparison).render(comparison.regions[0])
        let start = try #require(report.range(of: language == .zh ? "## 五、各地区对比" : "## 5. Regions compared"))
        let end = try #require(report.range(of: language == .zh ? "## 六、数据缺口" : "## 6. Data gaps"))
        #expect(Fixtures.matchesGolden(String(report[start.lowerBound..<end.lowerBound]), "report-regions-\(language.rawValue).md"))
        #expect(!MarkdownReport(language: language).render(comparison.regions[0]).contains(language == .zh ? "各地区对比" : "Regions compared"))
    }
}

/// The final evaluation's report, for the city with its districts and for a district that sent
/// only its 2025 values, pinned in both languages.
@Suite struct FinalEvaluationGoldenTests {
    static let data: ReportedData = {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/final-2025.csv")
        let csv = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return Fixtures.read(csv, file: "final-2025.csv").data
    }()

    @Test(arguments: [Language.zh, .en])
    func theCityWithItsDistricts(language: Language) {
        let assessor = Assessor(plan: Fixtures.plan, data: Self.data)
        let report = MarkdownReport(language: language, comparison: assessor.compare(year: 2025)).render(assessor.assess(region: "济南市", year: 2025))
        #expect(Fixtures.matchesGolden(report, "report-final-city-\(language.rawValue).md"))
        #expect(MarkdownTables.problems(in: report).isEmpty)
    }

    @Test(arguments: [Language.zh, .en])
    func aDistrictWithOnlyItsFinalYear(language: Language) {
        let report = MarkdownReport(language: language).render(Assessor(plan: Fixtures.plan, data: Self.data).assess(region: "天桥区", year: 2025))
        #expect(Fixtures.matchesGolden(report, "report-final-district-\(language.rawValue).md"))
    }

    /// The words of a final evaluation, and none of a yearly monitoring note.
    @Test func theReportReadsAsAFinalEvaluation() {
        let assessor = Assessor(plan: Fixtures.plan, data: Self.data)
        let zh = MarkdownReport(language: .zh, comparison: assessor.compare(year: 2025)).render(assessor.assess(region: "济南市", year: 2025))
        #expect(zh.hasPrefix("# 济南市“十四五”卫生健康规划终期评估报告（2021—2025年）\n"))
        for word in ["滞后", "存在风险", "时间进度", "按趋势", "年预测", "--region", "行）", "尚需年均"] {
            #expect(!zh.contains(word), "\(word)")
        }
        for words in ["未完成的约束性指标", "未完成的预期性指标", "完成程度", "超额完成", "2025年数据暂缺（1项，按最新年份的数据判断）：人均期望寿命（最新为2024年）",
                      "已完成（按2024年数据）", "天桥区（3.72人）", "各地区完成情况"] {
            #expect(zh.contains(words), "\(words)")
        }
        let district = MarkdownReport(language: .zh).render(assessor.assess(region: "天桥区", year: 2025))
        #expect(district.hasPrefix("# 《济南市“十四五”卫生健康规划》天桥区终期评估报告（2021—2025年）\n"))
        #expect(district.components(separatedBy: "天桥区").count - 1 >= 1)
        #expect(district.contains("- 每万人口全科医生数（未完成）：2025年为3.72人，目标4，差距0.28人，进度无法计算：缺少基线。"))
    }
}
