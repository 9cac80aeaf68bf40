import Foundation
import Testing
@testable import PlanTrackCLI

/// A county's 十五五 table (2025–2030) with every target wording of docs/plan-format.md: imported
/// with no hand edit, checked, and judged year by year as each wording means, in both languages.
@Suite struct NextPlanCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let table = root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/county-2030.csv").path
    static let values = root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/county-2030-values.csv").path

    /// The plan file `plan import` writes from the table, with the region and reference region given.
    static func imported(_ folder: ScratchFolder, language: String = "en") -> (run: Run, plan: String) {
        let plan = folder.path("county.json")
        let run = Run(["plan", "import", table, "--region", "示例县", "--reference-region", "山东省", "--out", plan, "--lang", language])
        return (run, plan)
    }

    @Test(arguments: ["zh", "en"])
    func theTableImportsAndChecksWithNoHandEdit(language: String) {
        let folder = ScratchFolder()
        let (run, plan) = Self.imported(folder, language: language)
        #expect(run.code == .success, "\(run.output)\(run.errors)")
        let readings = language == "zh" ? [
            "较2025年下降10% → 不高于 12.78（基期值下降 10%）", "增长15% → 不低于 4.14（基期值增长 15%）",
            "提高8个百分点 → 不低于 40（基期值提高 8 个百分点）", "下降3个百分点 → 不高于 23.5（基期值下降 3 个百分点）",
            "控制在10以内 → 每年保持不高于 10（基线已在其下）", "持续提升 → 每个报告年份高于上一年", "持续下降 → 每个报告年份低于上一年",
            "达到全省平均水平 → 每年不低于参照地区同年值", "130,000以上 → 不低于 130000", "保持在95%以上 → 每年保持不低于 95",
        ] : [
            "较2025年下降10% → at most 12.78 (the base value down 10%)", "增长15% → at least 4.14 (the base value up 15%)",
            "提高8个百分点 → at least 40 (the base value up 8 points)", "下降3个百分点 → at most 23.5 (the base value down 3 points)",
            "控制在10以内 → hold at most 10 every year", "持续提升 → higher than the year before", "持续下降 → lower than the year before",
            "达到全省平均水平 → at least the reference region's value", "130,000以上 → at least 130000", "保持在95%以上 → hold at least 95 every year",
        ]
        for reading in readings { #expect(run.output.contains(reading), "\(reading)\n\(run.output)") }
        let check = Run(["plan", "check", plan, "--lang", language])
        #expect(check.code == .success, "\(check.output)")
    }

    /// What each indicator's status is, evaluation year by evaluation year (2030 is the final
    /// evaluation): the worked examples of docs/method.md's target kinds.
    static let expected: [(name: String, statuses: [String])] = [
        ("人均预期寿命", ["on-track", "on-track", "on-track", "achieved", "achieved"]),
        ("婴儿死亡率", ["moving-away", "behind", "slightly-behind", "achieved", "achieved"]),
        // A ceiling held every year: 11 in 2027 breaks it, 9.8 in 2028 holds it again.
        ("孕产妇死亡率", ["achieved", "not-met", "achieved", "achieved", "achieved"]),
        // 14.2 less 10% is 12.78: 12.9 in 2030 falls short.
        ("重大慢性病过早死亡率", ["on-track", "slightly-behind", "slightly-behind", "slightly-behind", "not-met"]),
        ("每千人口执业（助理）医师数", ["slightly-behind", "slightly-behind", "slightly-behind", "on-track", "achieved"]),
        ("居民健康素养水平", ["slightly-behind", "slightly-behind", "slightly-behind", "slightly-behind", "achieved"]),
        ("个人卫生支出占卫生总费用的比重", ["slightly-behind", "slightly-behind", "slightly-behind", "on-track", "achieved"]),
        // Each year better than the one before: 46.5 after 47 in 2028 is not.
        ("家庭医生签约服务覆盖率", ["achieved", "achieved", "not-met", "achieved", "achieved"]),
        ("5岁以下儿童死亡率", ["achieved", "not-met", "achieved", "achieved", "achieved"]),
        // Against the province's value of the same year; 2028 has none: no verdict.
        ("每千人口医疗机构床位数", ["not-met", "achieved", "insufficient-data", "not-met", "achieved"]),
        ("总诊疗人次", ["slightly-behind", "slightly-behind", "slightly-behind", "slightly-behind", "achieved"]),
        ("成人吸烟率", ["behind", "behind", "slightly-behind", "slightly-behind", "achieved"]),
        ("二级以上医院平均住院日", ["slightly-behind", "slightly-behind", "slightly-behind", "slightly-behind", "not-met"]),
        // No 2030 value: the final verdict rests on 2029's 4.6.
        ("每万人口全科医生数", ["on-track", "on-track", "on-track", "slightly-behind", "not-met"]),
        ("适龄儿童免疫规划疫苗接种率", ["achieved", "achieved", "not-met", "achieved", "achieved"]),
    ]

    @Test func everyWordingIsJudgedAsItMeansYearByYear() throws {
        let folder = ScratchFolder()
        let (_, plan) = Self.imported(folder)
        for (offset, year) in (2026...2030).enumerated() {
            let run = Run(["status", "--plan", plan, "--data", Self.values, "--year", String(year), "--format", "json"])
            #expect(run.code != .usage, "\(run.errors)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            let indicators = try #require(object["indicators"] as? [[String: Any]])
            let statuses = Dictionary(uniqueKeysWithValues: indicators.map { ($0["name"] as? String ?? "", $0["status"] as? String ?? "") })
            for (name, expected) in Self.expected {
                #expect(statuses[name] == expected[offset], "\(name) \(year)")
            }
        }
    }

    /// The words around the numbers, in both languages, say what each new kind asks.
    @Test(arguments: ["zh", "en"])
    func theWordsSayWhatEachKindAsks(language: String) {
        let folder = ScratchFolder()
        let (_, plan) = Self.imported(folder)
        let zh = language == "zh"
        func check(_ name: String, _ year: Int) -> String {
            Run(["check", name, "--plan", plan, "--data", Self.values, "--year", String(year), "--lang", language]).output
        }
        let beds = check("每千人口医疗机构床位数", 2028)
        #expect(beds.contains(zh ? "≥ 全省同年水平" : "≥ the province's value of the same year"), "\(beds)")
        #expect(beds.contains(zh ? "无全省同年数据，无法判断" : "no value for the province that year: no verdict"), "\(beds)")
        let mortality = check("重大慢性病过早死亡率", 2030)
        #expect(mortality.contains(zh ? "≤ 12.78%（基期值下降10%）" : "≤ 12.78% (the base value down 10%)"), "\(mortality)")
        #expect(mortality.contains(zh ? "（即12.78%）" : "(that is, 12.78%)"), "\(mortality)")
        let signing = check("家庭医生签约服务覆盖率", 2030)
        #expect(signing.contains(zh ? "每年高于上一年" : "higher than the year before, every year"), "\(signing)")
        #expect(signing.contains(zh ? "2028年未较上一年改善" : "2028: no better than the year before"), "\(signing)")
        let status = Run(["status", "--plan", plan, "--data", Self.values, "--year", "2030", "--lang", language]).output
        #expect(status.contains(zh ? "2030年终期评估" : "final evaluation 2030"))
        #expect(!status.contains("NaN") && !status.contains("inf"))
    }

    /// Without the reference region a table comparing with it cannot be assessed: said, exit 1.
    @Test func theReferenceRegionIsAsked() {
        let folder = ScratchFolder()
        let run = Run(["plan", "import", Self.table, "--region", "示例县", "--out", folder.path("c.json"), "--lang", "zh"])
        #expect(run.code == .failure)
        #expect(run.output.contains("请用 --reference-region 给出"), "\(run.output)")
    }

    /// A target on the wrong side of its baseline, or a change without a baseline, is named at
    /// import with its line; the plan file marks it to be read.
    @Test func contradictionsAreFlaggedWithTheirLine() throws {
        let folder = ScratchFolder()
        let table = folder.write("t.csv", "领域,指标,单位,2025年,2030年,属性\n健康水平,人均预期寿命,岁,82,提高到80,预期性\n健康水平,婴儿死亡率,‰,—,下降10%,预期性\n健康水平,床位数,张,6,7,预期性\n")
        let run = Run(["plan", "import", table, "--region", "示例县", "--out", folder.path("p.json")])
        #expect(run.code == .failure)
        #expect(run.output.contains("\(table):2: 人均预期寿命: 提高到80 → the target 80 is below the base value, but the wording asks for higher: check it"), "\(run.output)")
        #expect(run.output.contains("\(table):3: 婴儿死亡率: 下降10% → a change from the base value: the table gives none"), "\(run.output)")
        let written = try String(contentsOfFile: folder.path("p.json"), encoding: .utf8)
        #expect(written.components(separatedBy: "\"needs-reading\"").count == 3)
        #expect(written.contains("\"direction\": \"lower\""), "下降 gives lower even where it is not read")
    }
}
