import Foundation
import Testing
@testable import PlanTrackCLI

/// Any plan, not only Jinan's: `plan import`, `plan check`, `plan milestones`, and every command
/// on a second plan with other years, other indicators and no districts.
@Suite struct AnyPlanTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var columnOne: String { root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/column-1.csv").path }

    /// A county's 十五五 plan: 2025 → 2030, three indicators, one milestone, no districts, no
    /// reference region.
    static let countyPlan = """
        {
          "name": "示例县“十五五”卫生健康规划",
          "nameEn": "Example County Health Plan (2026–2030)",
          "region": "示例县",
          "regionEn": "Example County",
          "baselineYear": 2025,
          "targetYear": 2030,
          "domains": [
            { "id": "services", "name": "健康服务", "nameEn": "Health services" },
            { "id": "security", "name": "健康保障", "nameEn": "Health security" }
          ],
          "indicators": [
            { "id": "beds", "name": "每千人口床位数", "nameEn": "Beds per 1,000", "domain": "services", "unit": "张", "unitEn": "beds",
              "attribute": "binding", "direction": "higher", "baseline": { "text": "6.1", "value": 6.1 },
              "target": { "text": "7", "kind": "at-least", "value": 7 },
              "milestones": [ { "year": 2027, "value": 6.5, "source": "示例县2026年工作要点" } ] },
            { "id": "waiting-days", "name": "平均住院日", "nameEn": "Average length of stay", "domain": "services", "unit": "天", "unitEn": "days",
              "attribute": "expected", "direction": "lower", "baseline": { "text": "9.2", "value": 9.2 },
              "target": { "text": "8以下", "kind": "at-most", "value": 8 } },
            { "id": "out-of-pocket", "name": "个人卫生支出占比", "nameEn": "Out-of-pocket share", "domain": "security", "unit": "%",
              "attribute": "expected", "direction": "lower", "baseline": { "text": "27", "value": 27 },
              "target": { "text": "26左右", "kind": "around", "value": 26, "tolerance": 0.3 } }
          ]
        }

        """

    static let countyData = "指标,年份,数值,地区\n每千人口床位数,2026,6.3,\n每千人口床位数,2027,6.6,示例县\n平均住院日,2027,8.9,示例县\n"

    @Test func everyCommandWorksOnAnotherPlanWithNothingOfJinan() throws {
        let folder = ScratchFolder()
        let plan = folder.write("county.json", Self.countyPlan)
        let data = folder.write("county-2027.csv", Self.countyData)
        let runs: [[String]] = [
            ["status"], ["regions"], ["report"], ["report", "--format", "html"], ["report", "--format", "json"], ["report", "--regions"],
            ["check", "床位"], ["check", "out-of-pocket"], ["indicators"], ["validate", data], ["template", "--regions", "all"],
            ["completions", "bash"], ["plan", "check", plan],
        ]
        for language in ["zh", "en"] {
            for arguments in runs {
                var command = arguments + ["--plan", plan, "--lang", language]
                if !["validate", "template", "completions", "indicators", "plan"].contains(arguments[0]) { command += ["--data", data] }
                let run = Run(command)
                #expect(run.code == .success, "\(command): \(run.errors)")
                for foreign in ["济南", "Jinan", "山东", "Shandong", "十四五", "2020", "2021", "济阳", "8.2/10万", "3.3‰"] {
                    #expect(!run.output.contains(foreign) && !run.errors.contains(foreign), "\(foreign) in \(command)")
                }
            }
        }
        let status = Run(["status", "--plan", plan, "--data", data, "--lang", "zh"]).output
        #expect(status.hasPrefix("示例县“十五五”卫生健康规划 · 示例县 · 2027年监测\n基线2025年，目标2030年"))
        #expect(status.contains("每千人口床位数：2027年度目标6.5张，实际6.6张，已达到（超出0.1张）。"))
        let check = Run(["check", "床位", "--plan", plan, "--data", data, "--lang", "en"]).output
        #expect(check.contains("Beds per 1,000: the 2027 milestone was 6.5 beds; at 6.6 beds it was met (by 0.1 beds)."))
        let json = Run(["status", "--plan", plan, "--data", data, "--format", "json"]).output
        #expect(json.contains("\"milestone\": {\n        \"year\": 2027,\n        \"value\": 6.5,"))
    }

    @Test func importColumnOneAndCheckIt() throws {
        let folder = ScratchFolder()
        let out = folder.path("plan.json")
        let run = Run(["plan", "import", Self.columnOne, "--out", out, "--region", "济南市", "--lang", "zh"])
        #expect(run.code == .failure, "three ceilings need a reading: exit 1")
        #expect(run.output.contains("  个人卫生支出占卫生总费用比重    25左右 → 25左右（允差 0.5）：不高于 25.5\n"))
        #expect(run.output.contains("  儿童国家免疫规划疫苗全程接种率  ≥90 → 每年保持不低于 90（基线已达到）\n"))
        // A name wider than the column has a line of its own, the reading under the column.
        #expect(run.output.contains("  二级及以上综合性医院设置老年医学科（老年病专业）的比例\n" + String(repeating: " ", count: 34) + "85 → 不低于 85\n"))
        #expect(run.output.contains("3 项指标的目标需要解读：孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率。"))
        #expect(run.errors == "已写入 \(out)\n")
        let check = Run(["plan", "check", out, "--lang", "zh"])
        #expect(check.code == .dataError)
        #expect(check.output.hasSuffix("\(out)：3 个问题\n"))
        // The planner fills in the three ceilings; then the file is a plan every command takes.
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let completed = folder.write("completed.json", text.replacingOccurrences(of: "\"ceiling\": null", with: "\"ceiling\": 8.2"))
        #expect(Run(["plan", "check", completed]).output.hasSuffix("23 indicators in 5 domains, 2020–2025, 0 districts, 0 milestones; no problems\n"))
        #expect(Run(["status", "--plan", completed]).code == .success)
        #expect(Run(["plan", "import", Self.columnOne, "--out", out]).code == .cannotCreate, "never over a file without --force")
        #expect(Run(["plan", "import", Self.columnOne, "--out", Self.columnOne, "--force"]).code == .cannotCreate, "never over the input")
    }

    /// The complete example in docs/plan-format.md is a plan.
    @Test func theDocumentedExampleIsAPlan() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/plan-format.md"), encoding: .utf8)
        let example = try #require(text.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        let folder = ScratchFolder()
        let run = Run(["plan", "check", folder.write("example.json", example)])
        #expect(run.code == .success, "\(run.output)")
        #expect(run.output.hasSuffix("2 indicators in 1 domain, 2025–2030, 1 district, 1 milestone; no problems\n"))
    }

    @Test func aMalformedTableExits65WithTheLine() {
        let folder = ScratchFolder()
        let table = folder.write("t.csv", "领域,指标,单位,2025年基数,2030年目标,属性\n健康服务,床位数,张,六点一,7,约束性\n")
        let run = Run(["plan", "import", table, "--lang", "zh"])
        #expect(run.code == .dataError)
        #expect(run.errors.hasPrefix("\(table):2: 错误：床位数：基期值“六点一”不是数字"))
    }

    @Test func planCheckNamesEveryProblemInChinese() {
        let folder = ScratchFolder()
        let text = Self.countyPlan
            .replacingOccurrences(of: "\"kind\": \"at-most\"", with: "\"kind\": \"at-mots\"")
            .replacingOccurrences(of: "\"domain\": \"security\"", with: "\"domian\": \"security\"")
        let broken = folder.write("broken.json", text)
        let before = text.components(separatedBy: "\"at-mots\"")[0].split(separator: "\n", omittingEmptySubsequences: false)
        let run = Run(["plan", "check", broken, "--lang", "zh"])
        #expect(run.code == .dataError)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 4, "\(run.output)")
        #expect(lines[0].hasPrefix("\(broken):\(before.count):\(before.last!.count + 1): 错误：indicators[1] (waiting-days).target：未知目标类型“at-mots”"), "\(lines[0])")
        #expect(lines[0].hasSuffix("是否指 at-most？）"))
        #expect(lines[1].contains("未知字段“domian”（是否指 domain？）"))
        #expect(lines[2].contains("缺少“domain”"))
        #expect(lines.last == "\(broken)：3 个问题")
        #expect(Run(["plan", "check", folder.path("none.json")]).code == .noInput)
        #expect(Run(["plan", "verify", broken]).code == .usage)
    }

    @Test func milestonesFromACSV() throws {
        let folder = ScratchFolder()
        let plan = folder.write("county.json", Self.countyPlan)
        let table = folder.write("m.csv", "指标,年份,目标值,来源\n平均住院日,2026,8.9,工作要点\nbeds,2027,6.6,新要点\n")
        let out = folder.path("with-milestones.json")
        let run = Run(["plan", "milestones", table, "--plan", plan, "--out", out, "--lang", "zh"])
        #expect(run.code == .success, "\(run.errors)")
        #expect(run.errors == "已写入 \(out)\n加入 2 个年度目标\n")
        #expect(Run(["plan", "check", out]).output.hasSuffix("3 indicators in 2 domains, 2025–2030, 0 districts, 2 milestones; no problems\n"))
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.contains("\"year\": 2027,\n          \"value\": 6.6,\n          \"source\": \"新要点\""), "the 2027 milestone replaced")
        let bad = folder.write("bad.csv", "指标,年份,目标值\n平均住院日,2031,8\n人均寿命,2027,80\n")
        let refused = Run(["plan", "milestones", bad, "--plan", plan, "--lang", "en"])
        #expect(refused.code == .dataError)
        #expect(refused.errors.contains("\(bad):2: error: the year 2031 is outside the plan's years 2026–2030"))
        #expect(refused.errors.contains("\(bad):3: error: unknown indicator '人均寿命'"))
    }
}
