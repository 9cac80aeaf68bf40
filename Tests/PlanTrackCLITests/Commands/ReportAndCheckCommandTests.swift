import Foundation
import Testing
@testable import PlanTrackCLI

@Suite struct ReportCommandTests {
    static let data = """
    indicator,year,value,region,source
    general-practitioners,2021,2.9,,"统计年鉴, 2022"
    general-practitioners,2023,3.3,,卫健委
    infant-mortality,2023,2.61,山东省,省发布会
    infant-mortality,2023,2.0,,市发布会
    """

    @Test func writesTheReportAndItsChartsBesideIt() throws {
        let folder = ScratchFolder()
        let input = folder.write("values.csv", Self.data)
        let out = folder.path("2023-progress.md")
        let run = Run(["report", "--data", input, "--year", "2023", "--out", out, "--lang", "zh"])
        #expect(run.code == .success, "\(run.errors)")
        let report = try String(contentsOfFile: out, encoding: .utf8)
        #expect(report.hasPrefix("# 济南市“十四五”卫生健康规划2023年度监测报告"))
        let charts = try FileManager.default.contentsOfDirectory(atPath: folder.path("2023-progress-charts")).sorted()
        #expect(charts.count == 2 && charts[0].hasPrefix("general-practitioners-") && charts[1].hasPrefix("infant-mortality-"), "\(charts)")
        #expect(report.contains("![每万人口全科医生数](2023-progress-charts/\(charts[0]))"))
        #expect(run.output.isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "the temporary file is renamed, not left behind")
    }

    @Test func printsToStandardOutputWithoutChartsByDefault() {
        let run = Run(["report", "--year", "2022"])
        #expect(run.code == .success)
        #expect(run.output.hasPrefix("# Jinan 14th Five-Year Health Plan"))
        #expect(!run.output.contains(".svg"))
    }

    @Test func chartsCanGoElsewhereOrBeLeftOut() throws {
        let folder = ScratchFolder()
        let input = folder.write("values.csv", Self.data)
        let out = folder.path("r.md")
        #expect(Run(["report", "-d", input, "--out", out, "--no-charts"]).code == .success)
        #expect(!FileManager.default.fileExists(atPath: folder.path("r-charts")))
        #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains(".svg"))
        #expect(Run(["report", "-d", input, "--charts", folder.path("figures")]).code == .success)
        let figures = try FileManager.default.contentsOfDirectory(atPath: folder.path("figures"))
        #expect(figures.contains { $0.hasPrefix("general-practitioners-") && $0.hasSuffix(".svg") }, "\(figures)")
    }

    @Test func neverWritesOverAnInput() throws {
        let folder = ScratchFolder()
        let input = folder.write("values.csv", Self.data)
        let run = Run(["report", "--data", input, "--out", input, "--no-charts"])
        #expect(run.code == .cannotCreate)
        #expect(run.errors.contains("refusing to write"))
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.data)
        let viaOtherPath = Run(["report", "--data", input, "--out", folder.url.path + "/./values.csv", "--no-charts"])
        #expect(viaOtherPath.code == .cannotCreate)
    }

    @Test func jsonIsTheStatusJSON() {
        #expect(Run(["report", "--format", "json"]).output == Run(["status", "--format", "json"]).output)
    }
}

@Suite struct CheckCommandTests {
    @Test(arguments: ["全科医生", "general-practitioners", "general practitioners", "GENERAL PRACTITIONERS per 10,000 people", "每万人口全科医生数"])
    func findsAnIndicatorByAnyName(query: String) {
        let run = Run(["check", query, "--lang", "zh"])
        #expect(run.code == .success)
        #expect(run.output.hasPrefix("每万人口全科医生数（general-practitioners）"))
    }

    @Test func ambiguousListsTheCandidatesAndExits64() {
        let run = Run(["check", "死亡率", "--lang", "zh"])
        #expect(run.code == .usage)
        #expect(run.errors.hasPrefix("错误：“死亡率”与 4 项指标相符；请把名称写得更完整：\n"))
        #expect(run.errors.contains("  infant-mortality             婴儿死亡率\n"))
        #expect(Run(["check", "死亡率", "--lang", "en"]).errors.hasPrefix("Error: '死亡率' matches 4 indicators; give more of the name:\n"))
    }

    @Test func unknownSuggestsTheNearestAndExits1() {
        let run = Run(["check", "人均期望寿名"])
        #expect(run.code == .failure)
        #expect(run.errors.contains("No indicator matches '人均期望寿名'. The nearest:\n  life-expectancy  Life expectancy\n"))
    }

    @Test func showsEveryYearWithItsStatus() {
        let run = Run(["check", "life-expectancy"])
        #expect(run.output.contains("2021  79.99"))
        #expect(run.output.contains("on track"))
        #expect(run.output.contains("Trend (o baseline, * reported"))
    }

    @Test func jsonHasTheSameContent() throws {
        let run = Run(["check", "托位", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((object["indicator"] as? [String: Any])?["id"] as? String == "childcare-places")
        #expect((object["assessment"] as? [String: Any])?["status"] as? String == "insufficient-data")
        #expect((object["history"] as? [[String: Any]])?.count == 1)
        #expect(object["summary"] is String)
    }

    @Test func regionAndYear() {
        let run = Run(["check", "托位", "--region", "济阳区", "--lang", "zh"])
        #expect(run.code == .success)
        #expect(run.output.contains("济阳区"))
        #expect(run.output.contains("4.41"))
    }
}
