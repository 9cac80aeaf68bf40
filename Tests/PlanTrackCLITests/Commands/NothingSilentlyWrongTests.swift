import Foundation
import Testing
@testable import PlanTrackCLI

/// What a statistics officer meets in daily use: nothing dropped, misread or overwritten
/// without a word.
@Suite struct NothingSilentlyWrongTests {
    // MARK: Regions

    @Test(arguments: ["济南", "Jinan", "济南市", " 济南 "])
    func thePlanRegionIsKnownByItsUsualNames(name: String) {
        let folder = ScratchFolder()
        let file = folder.write("short.csv", "indicator,year,value,region\nlife-expectancy,2023,80.2,\(name)\n")
        let run = Run(["status", "--data", file, "--format", "json"])
        #expect(run.code == .success)
        #expect(run.output.contains("\"year\": 2023,"), "\(name)")
        #expect(run.errors.isEmpty, "\(run.errors)")
    }

    @Test func regionsThatLookAlikeAreNamed() {
        let folder = ScratchFolder()
        let file = folder.write("districts.csv", "indicator,year,value,region\nhospital-beds,2023,7,济阳区\nhospital-beds,2024,7.1,济阳\nhospital-beds,2023,7,济男市\n")
        let run = Run(["validate", file])
        #expect(run.code == .success)
        #expect(run.output.contains("\(file):3: warning: the region '济阳' looks like '济阳区'"))
        #expect(run.output.contains("\(file):4: warning: the region '济男市' looks like '济南市'"))
    }

    @Test func aRegionAskedForByItsShortName() {
        let folder = ScratchFolder()
        let file = folder.write("city.csv", "indicator,year,value\nlife-expectancy,2023,80.2\n")
        #expect(Run(["status", "--data", file, "--region", "济南"]).code == .success)
        #expect(Run(["status", "--data", file, "--region", "Jinan"]).code == .success)
    }

    // MARK: Years outside the plan

    @Test func aYearAfterThePlanIsNamedAndDoesNotMoveTheEvaluationYear() {
        let folder = ScratchFolder()
        let file = folder.write("typo.csv", "indicator,year,value\nlife-expectancy,2023,80.2\nlife-expectancy,2031,80.4\nhospital-beds,2013,6\n")
        let run = Run(["status", "--data", file, "--format", "json"])
        #expect(run.code == .success)
        #expect(run.output.contains("  \"year\": 2023,"))
        #expect(run.errors.contains("\(file):3: warning: 人均期望寿命 2031: the year is after the plan's period 2020–2025 (a typo?); the value is not used"))
        #expect(run.errors.contains("\(file):4: warning: 每千人口医疗机构床位数 2013: the year is before the plan's period 2020–2025"))
    }

    @Test(arguments: ["2031", "2013", "2019"])
    func anEvaluationYearOutsideThePlanIsRefused(year: String) {
        let run = Run(["status", "--year", year])
        #expect(run.code == .usage)
        #expect(run.errors.contains("the plan runs from 2020 to 2025"))
    }

    @Test func manyYearsOutsideThePlanAreCounted() {
        let folder = ScratchFolder()
        let rows = (2000...2019).map { "life-expectancy,\($0),79" }.joined(separator: "\n")
        let file = folder.write("history.csv", "indicator,year,value\n" + rows + "\n")
        let run = Run(["validate", file])
        #expect(run.output.components(separatedBy: "the year is before").count - 1 == 10)
        #expect(run.output.contains("\(file): warning: 10 more rows have years outside the plan's period 2020–2025"))
    }

    // MARK: Files with nothing in them

    @Test func aHeaderWithoutValuesIsSaidSo() {
        let folder = ScratchFolder()
        let empty = folder.write("header.csv", "indicator,year,value\n")
        let unreported = folder.write("dashes.csv", "indicator,year,value\nlife-expectancy,2023,—\n")
        let run = Run(["validate", empty, unreported])
        #expect(run.code == .success)
        #expect(run.output.contains("\(empty): warning: the file has a header but no values"))
        #expect(run.output.contains("\(unreported): warning: every value in the file is marked not reported"))
    }

    // MARK: Output files

    @Test func templateNeverReplacesAFilledInFileUnlessForced() throws {
        let folder = ScratchFolder()
        let filled = folder.write("2024.csv", "indicator,year,value\nlife-expectancy,2024,80.3\n")
        let refused = Run(["template", "--year", "2024", "--out", filled])
        #expect(refused.code == .cannotCreate)
        #expect(refused.errors.contains("refusing to replace '\(filled)': the file exists"))
        #expect(try String(contentsOfFile: filled, encoding: .utf8) == "indicator,year,value\nlife-expectancy,2024,80.3\n")
        #expect(Run(["template", "--year", "2024", "--out", filled, "--force"]).code == .success)
        #expect(try String(contentsOfFile: filled, encoding: .utf8).contains("life-expectancy,Life expectancy"))
    }

    @Test func aRefusedReportWritesNoCharts() {
        let folder = ScratchFolder()
        let input = folder.write("in.csv", "indicator,year,value\nlife-expectancy,2023,80.2\nhospital-beds,2023,7.6\n")
        let run = Run(["report", "--data", input, "--out", input])
        #expect(run.code == .cannotCreate)
        #expect(!FileManager.default.fileExists(atPath: folder.path("in-charts")))
    }

    @Test func chartsFromAnEarlierReportAreNamed() throws {
        let folder = ScratchFolder()
        let input = folder.write("in.csv", "indicator,year,value\nlife-expectancy,2023,80.2\n")
        try FileManager.default.createDirectory(atPath: folder.path("report-charts"), withIntermediateDirectories: true)
        _ = folder.write("report-charts/hospital-beds.svg", "<svg/>")
        _ = folder.write("report-charts/my-notes.svg", "<svg/>")
        let run = Run(["report", "--data", input, "--out", folder.path("report.md")])
        #expect(run.code == .success)
        #expect(run.errors.contains("report-charts/hospital-beds.svg: warning: a chart from an earlier report; this report does not use it"))
        #expect(!run.errors.contains("my-notes.svg"))
        #expect(FileManager.default.fileExists(atPath: folder.path("report-charts/hospital-beds.svg")))
    }
}
