import Foundation
import Testing
@testable import PlanTrackCLI

/// `plan-track regions`, `report --regions` and `template --regions`, as a user runs them.
@Suite struct RegionsCommandTests {
    static let data = """
    indicator,year,value,region
    life-expectancy,2023,80.2,济南市
    youth-myopia,2021,52,济阳区
    youth-myopia,2023,52.5,济阳
    hospital-beds,2023,7.1,商河县
    infant-mortality,2023,2.6,山东省

    """

    @Test func textMatrixNamesEveryDistrictAndFitsTheTerminal() {
        let folder = ScratchFolder()
        let file = folder.write("d.csv", Self.data)
        let piped = Run(["regions", "--data", file, "--lang", "zh"])
        #expect(piped.code == .success)
        #expect(piped.output.hasPrefix("济南市“十四五”卫生健康规划 · 各地区对比 · 2023年\n"))
        #expect(piped.output.contains("  约  青少年总体近视率  "))
        #expect(piped.output.contains("52.5 未达"), "济阳 is read as 济阳区")
        #expect(piped.output.contains("  青少年总体近视率：济阳区\n"))
        #expect(!piped.output.contains("山东省"))
        let terminal = Run(["regions", "--data", file, "--lang", "en"], environment: ["NO_COLOR": "1"], isTerminal: true, width: 80)
        #expect(terminal.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(terminal.output.components(separatedBy: "  Indicator  ").count - 1 > 5, "regions wrapped into several blocks")
    }

    @Test func jsonAndCSV() throws {
        let folder = ScratchFolder()
        let file = folder.write("d.csv", Self.data)
        let json = Run(["regions", "--data", file, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["regions"] as? [String: Any])?.keys.contains("济阳区") == true)
        #expect(json.output.range(of: "\"济南市\": {")!.lowerBound < json.output.range(of: "\"历下区\": {")!.lowerBound)
        let csv = Run(["regions", "--data", file, "--format", "csv", "--lang", "en"])
        #expect(csv.output.hasPrefix("\u{FEFF}region,indicator,name,attribute,evaluation year,"))
        #expect(csv.output.contains("\r\n济阳区,youth-myopia,Overall myopia rate among children and adolescents,binding,2023,2023,52.5,52,2021,"))
        #expect(Run(["regions", "--format", "xml"]).code == .usage)
        #expect(Run(["status", "--format", "csv"]).code == .usage, "csv is the regions command's only")
    }

    @Test func reportComparesTheRegionsWhenAsked() {
        let folder = ScratchFolder()
        let file = folder.write("d.csv", Self.data)
        let plain = Run(["report", "--data", file, "--lang", "zh"])
        #expect(!plain.output.contains("各地区对比"))
        let run = Run(["report", "--data", file, "--lang", "zh", "--regions"])
        #expect(run.output.contains("## 五、各地区对比\n"))
        #expect(run.output.contains("| 指标 | 济南市 | 济阳区 | 商河县 |\n"))
        #expect(run.output.contains("| 青少年总体近视率（约束性） | 无数据 | 52.5 未达要求 | 无数据 |\n"))
        #expect(run.output.contains("- **青少年总体近视率**：济阳区（52.5%，未达要求）存在风险。\n"))
        #expect(run.output.contains("## 六、数据缺口\n"))
        let single = folder.write("one.csv", "indicator,year,value\nlife-expectancy,2023,80.2\n")
        let alone = Run(["report", "--data", single, "--regions", "--lang", "zh"])
        #expect(!alone.output.contains("各地区对比"))
        #expect(alone.errors.contains("数据只有一个地区，报告不含各地区对比一节"))
    }

    @Test func templateForEveryDistrict() {
        let all = Run(["template", "--regions", "all", "--year", "2024", "--lang", "zh"])
        #expect(all.code == .success)
        let lines = all.output.split(separator: "\r\n")
        #expect(lines.count == 1 + 13 * 23)
        #expect(lines[1].hasSuffix(",2024,济南市,,,"))
        #expect(lines.last?.hasSuffix(",2024,商河县,,,") == true)
        let some = Run(["template", "--regions", "济阳,平阴县", "--year", "2024"])
        #expect(some.output.split(separator: "\r\n").count == 1 + 2 * 23)
        #expect(some.output.contains(",2024,济阳区,,,"))
        #expect(Run(["template", "--regions", "all", "--region", "济阳区"]).code == .usage)
    }
}
