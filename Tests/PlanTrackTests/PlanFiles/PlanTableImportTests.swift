import Foundation
import Testing
@testable import PlanTrack

/// `plan import`: a plan's indicator table, as copied from the document into Excel, read into a plan.
@Suite struct PlanTableImportTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/\(name)")))
    }

    /// 专栏1 as a CSV (UTF-8 with BOM, and GBK as Excel on Chinese Windows saves it) gives the
    /// baselines, targets, kinds, directions and attributes of `Data/plan.json`; only the three
    /// 稳定在较低水平 ceilings, which the table does not give, are left for a reading.
    @Test(arguments: ["column-1.csv", "column-1-gbk.csv"])
    func columnOneReadsAsTheShippedPlan(file: String) throws {
        let table = try PlanTableImport.read(try Self.fixture(file), file: file)
        let plan = ShippedData.plan
        #expect(table.baselineYear == 2020 && table.targetYear == 2025)
        #expect(table.rows.count == 23)
        #expect(table.rows.map(\.name) == plan.indicators.map(\.name))
        #expect(Set(table.rows.map(\.domain)).count == 5)
        #expect(table.rows.map(\.domain).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } == plan.domains.map(\.name))
        for (row, indicator) in zip(table.rows, plan.indicators) {
            #expect(row.attribute == indicator.attribute, "\(row.name)")
            #expect(row.baseline.value == indicator.baseline.value, "\(row.name)")
            #expect(row.baseline.isApproximate == indicator.baseline.isApproximate, "\(row.name)")
            switch row.reading {
            case .read(let kind, let direction):
                #expect(kind == indicator.target.kind, "\(row.name)")
                #expect(direction == indicator.direction, "\(row.name)")
            case .needsCeiling:
                guard case .stableLow = indicator.target.kind else { Issue.record("\(row.name) is not stable-low"); continue }
            case .needsBaseline, .contradicts, .unquantified:
                Issue.record("\(row.name) unread")
            }
        }
        #expect(table.unread.map(\.name) == ["孕产妇死亡率", "婴儿死亡率", "5岁以下儿童死亡率"])
    }

    /// The file written reads back as a plan once its three ceilings are filled in.
    @Test func theWrittenFileIsAPlanOnceCompleted() throws {
        let table = try PlanTableImport.read(try Self.fixture("column-1.csv"), file: "column-1.csv")
        var text = table.planDocument(name: "济南市“十四五”卫生健康规划", region: "济南市").serialized()
        let (_, problems) = try PlanFile.check(Array(text.utf8), file: "imported.json")
        #expect(problems.map(\.message.en).allSatisfy { $0.hasSuffix("target kind stable-low needs a ceiling (the highest acceptable value)") })
        #expect(problems.count == 3)
        text = text.replacingOccurrences(of: "\"ceiling\": null", with: "\"ceiling\": 8.2")
        let plan = try PlanFile.parse(Array(text.utf8), file: "imported.json")
        #expect(plan.indicators.count == 23 && plan.domains.count == 5)
        #expect(plan.region == "济南市" && plan.baselineYear == 2020)
    }

    /// A reading in a few words: the kind, its number (the worked-out target for a change from
    /// the base value) and the direction.
    static func summary(_ reading: TargetWording.Reading) -> String {
        switch reading {
        case .read(let kind, let direction):
            let number: String = switch kind {
            case .annualDecrease(let step): NumberText.plain(step)
            case .versusReference(let comparison): comparison.rawValue
            default: kind.value.map { NumberText.rounded($0, 4) } ?? ""
            }
            return [kind.name, number, direction.rawValue].filter { !$0.isEmpty }.joined(separator: " ")
        case .needsCeiling: return "stable-low"
        case .needsBaseline: return "needs-baseline"
        case .contradicts(let kind, let direction): return "contradicts \(kind.name) \(direction.rawValue)"
        case .unquantified: return "unread"
        }
    }

    /// Every wording of docs/plan-format.md ("Target wordings"), with the baseline beside it.
    @Test(arguments: [
        // at least
        ("80.5", 79.6, "at-least 80.5 higher"), ("≥30", 28.59, "at-least 30 higher"), ("81.5以上", 81.2, "at-least 81.5 higher"),
        ("提高到80以上", 75, "at-least 80 higher"), ("达到85", 80, "at-least 85 higher"), ("90以上", 80, "at-least 90 higher"),
        ("５", nil, "at-least 5 higher"), ("８５％", 50, "at-least 85 higher"), ("逐步提高到90以上并保持", 60, "at-least 90 higher"),
        ("1,300以上", 1125, "at-least 1300 higher"), ("1,300,000以上", 112_500, "at-least 1300000 higher"),
        // at most
        ("降低至13以下", 14.2, "at-most 13 lower"), ("≤22", nil, "at-most 22 lower"), ("不超过20", 24, "at-most 20 lower"),
        ("22以下", 23.9, "at-most 22 lower"), ("<23.9", nil, "at-most 23.9 lower"), ("28", 30, "at-most 28 lower"),
        ("控制在10以内", 12, "at-most 10 lower"),
        // a ceiling or a floor held every year
        ("控制在3.5以内", 3.1, "hold-ceiling 3.5 lower"), ("保持在3.5以下", 3.5, "hold-ceiling 3.5 lower"), ("控制在10以内", 8.5, "hold-ceiling 10 lower"),
        ("≥ 90", 90, "maintain 90 higher"), ("保持在95%以上", 98.5, "maintain 95 higher"),
        // changes from the base value
        ("下降10%", 14.2, "percent-change 12.78 lower"), ("降低10%", 20, "percent-change 18 lower"), ("较2025年下降10%", 14.2, "percent-change 12.78 lower"),
        ("增长15%", 3.6, "percent-change 4.14 higher"), ("提高15%", 40, "percent-change 46 higher"),
        ("提高8个百分点", 32, "points-change 40 higher"), ("较2025年提高2个百分点", 60, "points-change 62 higher"), ("下降3个百分点", 26.5, "points-change 23.5 lower"),
        ("下降10%", nil, "needs-baseline"), ("提高8个百分点", nil, "needs-baseline"),
        // no number: the direction of change
        ("持续提升", 60, "keep-improving higher"), ("稳步提高", 60, "keep-improving higher"), ("持续下降", 3.9, "keep-improving lower"), ("逐步降低", nil, "keep-improving lower"),
        // the reference region
        ("达到全省平均水平", 6.8, "reference reach higher"), ("高于全省平均", 70, "reference above higher"), ("低于全省平均水平", 2.1, "reference below lower"),
        // around, and the year-by-year fall
        ("25左右", 27, "around 25 lower"), ("80左右", 78, "around 80 higher"), ("26左右", 27, "around 26 lower"),
        ("力争每年降低1个百分点", nil, "annual-decrease 1 lower"), ("每年下降 0.5 个百分点", nil, "annual-decrease 0.5 lower"),
        // words decide the direction; a number on the wrong side is flagged
        ("提高到80", 85, "contradicts at-least higher"), ("下降到20", 18, "contradicts at-most lower"),
        ("稳定在较低水平", 5.28, "stable-low"), ("10-20", nil, "unread"), ("根据国家要求确定", 50, "unread"),
    ] as [(String, Double?, String)])
    func targetWordings(text: String, baseline: Double?, expected: String) {
        let reading = TargetWording.target(text, baseline: baseline)
        #expect(Self.summary(reading) == expected, "\(text)")
        for language in Language.allCases {
            #expect(!TargetWording.describe(text, reading, baselineKnown: baseline != nil).text(in: language).isEmpty)
        }
    }

    @Test(arguments: [("79.6", 79.6, false), ("<23.9", 23.9, true), ("27 左右", 27, true), ("—", nil, false), ("", nil, false), ("≥90", 90, true), ("85%", 85, false), ("112,500", 112_500, false), ("1,125", 1125, false)]
          as [(String, Double?, Bool)])
    func baselineWordings(text: String, value: Double?, approximate: Bool) {
        #expect(TargetWording.baseline(text) == .init(value: value, isApproximate: approximate))
    }

    @Test(arguments: [
        ("领域,指标,单位,2020年,属性\n健康水平,人均期望寿命,岁,79.6,预期性\n", 1, "the header needs two year columns"),
        ("领域,单位,2020年,2025年,属性\n健康水平,岁,79.6,80.5,预期性\n", 1, "no header found"),
        ("领域,指标,单位,2020年,2025年,属性\n健康水平,人均期望寿命,岁,七十九,80.5,预期性\n", 2, "the base-year value '七十九' is not a number"),
        ("领域,指标,单位,2020年,2025年,属性\n健康水平,人均期望寿命,岁,79.6,80.5,重要\n", 2, "the attribute '重要' must be"),
        ("领域,指标,单位,2020年,2025年,属性\n健康水平,人均期望寿命,岁,79.6,,预期性\n", 2, "人均期望寿命: no target"),
        ("领域,指标,单位,2020年,2025年,属性\n健康水平,人均期望寿命,岁,79.6,80.5,预期性\n,人均期望寿命,岁,79.6,80.5,预期性\n", 3, "appears twice"),
        ("领域,指标,单位,2025年基数,2030年目标,属性\n健康水平,人均期望寿命,岁,79.6,80.5,预期性,多余\n", 2, "the row has 7 cells"),
    ])
    func malformedTablesNameTheLine(csv: String, line: Int, fragment: String) {
        do {
            _ = try PlanTableImport.read(Array(csv.utf8), file: "t.csv")
            Issue.record("no error for \(csv)")
        } catch {
            #expect(error.diagnostics.first?.location.line == line, "\(error)")
            #expect(error.diagnostics.first?.message.en.contains(fragment) == true, "\(error)")
            #expect(error.diagnostics.first.map { !$0.message.zh.isEmpty } == true)
        }
    }

    /// `2025年基数` / `2030年目标` (a 十五五 table) and English headers, in either column order.
    @Test func otherYearsAndEnglishHeaders() throws {
        let csv = "Indicator,Unit,2030 target,2025 baseline,Attribute\nBeds per 1000,beds,9,8.1,expected\nWait days,days,3,5,binding\n"
        let table = try PlanTableImport.read(Array(csv.utf8), file: "t.csv")
        #expect(table.baselineYear == 2025 && table.targetYear == 2030)
        #expect(table.rows.map(\.reading) == [.read(.atLeast(9), .higherIsBetter), .read(.atMost(3), .lowerIsBetter)])
        #expect(table.rows.map(\.domain) == ["—", "—"])
    }

    /// What plan-track writes as a plan file reads back as the same plan.
    @Test func writtenPlansReadBack() throws {
        let text = PlanFileWriter.render(ShippedData.plan)
        #expect(try PlanFile.parse(Array(text.utf8), file: "written.json") == ShippedData.plan)
    }
}
