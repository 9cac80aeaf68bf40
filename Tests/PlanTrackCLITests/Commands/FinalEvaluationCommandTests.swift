import Foundation
import Testing
@testable import PlanTrackCLI

/// The final evaluation as a user runs it: a district that fills in the one-year template, in
/// every command, in both languages (issue: "I could not trust the district verdicts").
@Suite struct FinalEvaluationCommandTests {
    static let rows = """
        指标,年份,数值,地区
        每万人口全科医生数,2025,3.72,天桥区
        儿童国家免疫规划疫苗全程接种率,2025,95,天桥区
        人均期望寿命,2024,80.6,济南市
        人均期望寿命,2022,80.1,济南市
        """

    @Test(arguments: ["zh", "en"])
    func statusNamesTheMissedBindingTarget(language: String) {
        let folder = ScratchFolder()
        let file = folder.write("2025.csv", Self.rows)
        let run = Run(["status", "--data", file, "--year", "2025", "--region", "天桥", "--lang", language])
        #expect(run.code == .success)
        if language == "zh" {
            #expect(run.output.contains("未完成的约束性指标：\n    - 每万人口全科医生数（未完成；进度无法计算：缺少基线）"), "\(run.output)")
            #expect(run.output.contains("约束性指标（5项）：已完成 1，未完成 1，无数据 3"))
            #expect(!run.output.contains("时间进度") && !run.output.contains("风险"))
        } else {
            #expect(run.output.contains("Binding targets not achieved:\n    - General practitioners per 10,000 people (not achieved; progress cannot be worked out: no baseline)"), "\(run.output)")
        }
        let strict = Run(["status", "--data", file, "--year", "2025", "--region", "天桥区", "--strict", "--lang", language])
        #expect(strict.code == .failure, "--strict fails on the missed binding target")
    }

    @Test(arguments: ["zh", "en"])
    func regionsShowsTheVerdictsAndCountsThem(language: String) {
        let folder = ScratchFolder()
        let file = folder.write("2025.csv", Self.rows)
        let run = Run(["regions", "--data", file, "--year", "2025", "--lang", language])
        #expect(run.code == .success)
        #expect(run.output.contains(language == "zh" ? "3.72 未完成" : "3.72 missed"), "\(run.output)")
        #expect(run.output.contains(language == "zh" ? "80.6* 完成" : "80.6* done"), "a value from 2024 is marked")
        #expect(run.output.contains(language == "zh" ? "每万人口全科医生数：天桥区" : "General practitioners per 10,000 people: Tianqiao District"))
        let counts = run.output.components(separatedBy: language == "zh" ? "各地区概况" : "By region")[1]
        let line = counts.split(separator: "\n").first { $0.contains(language == "zh" ? "天桥区" : "Tianqiao") } ?? ""
        #expect(line.split(separator: " ").suffix(4) == ["1", "1", "1", "21"], "achieved, not achieved, of them binding, no data: \(line)")
        let json = Run(["regions", "--data", file, "--year", "2025", "--format", "json"])
        let object = try? JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let regions = object?["regions"] as? [String: Any]
        let tianqiao = (regions?["天桥区"] as? [String: Any])?["indicators"] as? [String: Any]
        let doctors = tianqiao?["general-practitioners"] as? [String: Any]
        #expect(doctors?["status"] as? String == "not-met")
        #expect(doctors?["baselineMissing"] as? Bool == true)
        #expect(object?["evaluation"] as? String == "final")
    }

    @Test(arguments: ["zh", "en"])
    func checkGivesTheVerdictBesideTheMissingBaseline(language: String) {
        let folder = ScratchFolder()
        let file = folder.write("2025.csv", Self.rows)
        let run = Run(["check", "全科医生", "--data", file, "--year", "2025", "--region", "天桥区", "--lang", language])
        #expect(run.code == .success)
        #expect(run.output.contains(language == "zh" ? "每万人口全科医生数（未完成）：2025年为3.72人，目标4，差距0.28人，进度无法计算：缺少基线。"
                                                     : "General practitioners per 10,000 people (not achieved): 3.72 people in 2025; target 4; gap 0.28 people; progress cannot be worked out: no baseline."),
                "\(run.output)")
        #expect(!run.output.contains(language == "zh" ? "年预测" : "projection"))
    }

    @Test(arguments: ["zh", "en"])
    func jsonCarriesTheVerdictAndNoProjection(language: String) throws {
        let folder = ScratchFolder()
        let file = folder.write("2025.csv", Self.rows)
        let run = Run(["status", "--data", file, "--year", "2025", "--format", "json", "--lang", language])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["evaluation"] as? String == "final")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        for indicator in indicators {
            #expect(indicator["projected"] is NSNull && indicator["projectedMet"] is NSNull, "\(indicator["id"] ?? "")")
        }
        let life = try #require(indicators.first { $0["id"] as? String == "life-expectancy" })
        #expect(life["status"] as? String == "achieved" && life["dataGap"] as? Bool == true && life["year"] as? Int == 2024)
        #expect(life["paceNeeded"] is NSNull)
    }

    @Test(arguments: ["zh", "en"])
    func theReportOfTheCityAndItsDistricts(language: String) throws {
        let folder = ScratchFolder()
        let file = folder.write("2025.csv", Self.rows)
        let out = folder.path("终期评估报告.md")
        let run = Run(["report", "--data", file, "--year", "2025", "--regions", "--out", out, "--lang", language])
        #expect(run.code == .success, "\(run.errors)")
        let report = try String(contentsOfFile: out, encoding: .utf8)
        if language == "zh" {
            #expect(report.hasPrefix("# 济南市“十四五”卫生健康规划终期评估报告（2021—2025年）\n"))
            #expect(report.contains("未完成的约束性指标，按地区：\n\n- **每万人口全科医生数**：天桥区（3.72人）未完成。"))
            #expect(report.contains("人均期望寿命（最新为2024年）"))
            #expect(!report.contains("数据中还有其他地区"), "with --regions the other regions are in the report")
        } else {
            #expect(report.hasPrefix("# Jinan 14th Five-Year Health Plan (2021–2025): final evaluation\n"))
            #expect(report.contains("- **General practitioners per 10,000 people**: Tianqiao District (3.72 people) not achieved."), "\(report)")
        }
    }
}
