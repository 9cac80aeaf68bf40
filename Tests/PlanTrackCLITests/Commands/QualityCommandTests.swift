import Foundation
import Testing
@testable import PlanTrack
@testable import PlanTrackCLI

/// `plan-track quality` as a user runs it: text grouped by region, in Chinese first, within 80
/// columns on a terminal; JSON with completeness and findings.
@Suite struct QualityCommandTests {
    static let rows = """
        指标,年份,数值,地区
        婴儿死亡率,2024,1.9,历下区
        5岁以下儿童死亡率,2024,1.5,历下区
        每千人口医疗机构床位数,2023,7.6,历下区
        每千人口医疗机构床位数,2024,10.9,历下区
        每千人口医疗机构床位数,2024,7.8,市中区
        每千人口医疗机构床位数,2024,7.9,槐荫区
        每千人口医疗机构床位数,2024,8.1,天桥区
        每千人口医疗机构床位数,2024,7.7,历城区
        每千人口医疗机构床位数,2024,7.5,长清区

        """

    @Test(arguments: ["zh", "en"])
    func findingsByRegion(language: String) {
        let folder = ScratchFolder()
        let data = folder.write("q.csv", Self.rows)
        let run = Run(["quality", "--data", data, "--lang", language], isTerminal: true, width: 80)
        #expect(run.code == .success, "\(run.errors)")
        let zh = language == "zh"
        #expect(run.output.hasPrefix(zh ? "济南市“十四五”卫生健康规划 · 数据质量 · 2021—2024年\n" : "Jinan 14th Five-Year Health Plan (2021–2025) · data quality · 2021–2024\n"), "\(run.output)")
        #expect(run.output.contains(zh ? "发现 11 项（关联指标 1，跨年变化 1，地区间离群 1，缺失 8）" : "11 findings (related 1, over time 1, outlier 1, missing 8)"), "\(run.output)")
        #expect(run.output.contains(zh ? "历下区\n  - [关联指标] 5岁以下儿童死亡率 2024年为 1.5，低于婴儿死亡率（1.9）" : "Lixia District\n  - [related] Under-five mortality rate 2024: 1.5, below"), "\(run.output)")
        for line in run.output.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80, "\(line)") }
    }

    @Test func jsonForPrograms() throws {
        let folder = ScratchFolder()
        let data = folder.write("q.csv", Self.rows)
        let run = Run(["quality", "--data", data, "--region", "历下区", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let completeness = try #require(object["completeness"] as? [String: Any])
        let regions = try #require(completeness["regions"] as? [String: [String: Any]])
        #expect(Array(regions.keys) == ["历下区"])
        let beds = try #require((regions["历下区"]?["indicators"] as? [String: Double])?["hospital-beds"])
        #expect(beds == 0.5)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(Set(findings.compactMap { $0["kind"] as? String }) == ["related", "over-time", "outlier", "missing"])
        #expect(findings.allSatisfy { $0["region"] as? String == "历下区" && ($0["messageEn"] as? String)?.isEmpty == false })
        // A finding is shown beside a verdict, and its evidence weighs it; it changes neither.
        let status = Run(["status", "--data", data, "--region", "历下区", "--year", "2024", "--format", "json"])
        let indicators = try #require((try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])?["indicators"] as? [[String: Any]])
        let bedsAssessment = try #require(indicators.first { $0["id"] as? String == "hospital-beds" })
        #expect(bedsAssessment["value"] as? Double == 10.9 && bedsAssessment["status"] as? String == "achieved")
        #expect((bedsAssessment["evidence"] as? [String: Any])?["grade"] as? String == "weak")
    }

    /// Every region's verdicts carry the same evidence in `regions` as in `status --region`:
    /// the whole data is reviewed once, and each region's findings weigh its own verdicts.
    @Test func regionsCarryEachVerdictsEvidence() throws {
        let folder = ScratchFolder()
        let data = folder.write("q.csv", Self.rows)
        let json = Run(["regions", "--data", data, "--year", "2024", "--format", "json"])
        #expect(json.code == .success, "\(json.errors)")
        let regions = try #require((try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["regions"] as? [String: [String: Any]])
        func evidence(_ region: String, _ indicator: String) -> [String: Any]? {
            ((regions[region]?["indicators"] as? [String: [String: Any]])?[indicator])?["evidence"] as? [String: Any]
        }
        let lixia = try #require(evidence("历下区", "hospital-beds"))
        #expect(lixia["grade"] as? String == "weak")
        let reasons = (lixia["reasons"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
        #expect(reasons.contains("该数值有数据质量问题（跨年变化）") && reasons.contains("该数值有数据质量问题（地区间离群）"), "\(reasons)")
        // 市中区: no finding on its value, weak for other reasons (no baseline, one year, no source).
        let shizhong = try #require(evidence("市中区", "hospital-beds"))
        let shizhongReasons = (shizhong["reasons"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
        #expect(shizhongReasons == ["缺少基线，进度无法计算", "只有一个报告年份", "数值没有注明来源"], "\(shizhongReasons)")
        #expect(((regions["市中区"]?["indicators"] as? [String: [String: Any]])?["life-expectancy"])?["evidence"] is NSNull, "no value, no grade")
        // The same grade as status gives the region alone.
        let status = Run(["status", "--data", data, "--region", "市中区", "--year", "2024", "--format", "json"])
        let alone = try #require((try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])?["indicators"] as? [[String: Any]])
        let aloneEvidence = try #require(alone.first { $0["id"] as? String == "hospital-beds" }?["evidence"] as? [String: Any])
        #expect(NSDictionary(dictionary: aloneEvidence).isEqual(to: shizhong))
        let csv = Run(["regions", "--data", data, "--year", "2024", "--format", "csv", "--lang", "zh"]).output
        #expect(csv.contains(",时间进度,状态,证据强度\r\n"))
        #expect(csv.contains("\r\n历下区,hospital-beds,每千人口医疗机构床位数,预期性,2024,2024,10.9,7.6,2023,8,市目标,825.0%,50.0%,已达标,不足\r\n"), "\(csv.prefix(600))")
        #expect(csv.contains("\r\n济南市,hospital-beds,每千人口医疗机构床位数,预期性,2024,,,7.48,2020,8,市目标,,,无数据,\r\n"), "no value, no grade")
    }
}
