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
        let file = folder.write("districts.csv", "indicator,year,value,region\nhospital-beds,2023,7,高新区\nhospital-beds,2024,7.1,高新\nhospital-beds,2023,7,济男市\n")
        let run = Run(["validate", file])
        #expect(run.code == .success)
        #expect(run.output.contains("\(file):3: warning: the region '高新' looks like '高新区'"))
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

    /// The charts the previous version of the report linked go when the new report is in place;
    /// anything else in the chart folder (a file of the user's, another report's charts) stays.
    @Test func onlyThePreviousReportsOwnChartsAreRemoved() throws {
        let folder = ScratchFolder()
        let out = folder.path("report.md")
        let first = folder.write("2022.csv", "indicator,year,value\nlife-expectancy,2021,79.9\nhospital-beds,2022,7.6\n")
        #expect(Run(["report", "--data", first, "--out", out]).code == .success)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path("report-charts"))
        #expect(before.contains { $0.hasPrefix("hospital-beds-") })
        _ = folder.write("report-charts/my-notes.svg", "<svg/>")
        let second = folder.write("2023.csv", "indicator,year,value\nlife-expectancy,2023,80.2\n")
        #expect(Run(["report", "--data", second, "--out", out]).code == .success)
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path("report-charts")).sorted()
        #expect(!after.contains { $0.hasPrefix("hospital-beds-") }, "the previous report's chart, which this one does not link, is gone")
        #expect(after.contains("my-notes.svg"))
        #expect(after.filter { $0.hasPrefix("life-expectancy-") }.count == 1)
    }

    // MARK: Implausible values and control characters

    @Test func aValueFarFromWhatTheIndicatorCanBeIsNamedButUsed() {
        let folder = ScratchFolder()
        let file = folder.write("odd.csv", "indicator,year,value\nlife-expectancy,2023,12.3\nmaternal-mortality,2023,30\ninfant-mortality,2023,0\ngeneral-practitioners,2023,4\n")
        let run = Run(["validate", file])
        #expect(run.code == .success)
        #expect(run.output.contains("\(file):2: warning: 人均期望寿命 2023 济南市: 12.3 is more than 50% away from the plan's baseline 79.6 and not between it and the target; check it (the value is used)"))
        #expect(run.output.contains("\(file):3: warning: 孕产妇死亡率 2023 济南市: 30 is more than three times the ceiling 8.2"))
        #expect(!run.output.contains(":4: warning"))  // no deaths is a plausible small-count rate
        #expect(!run.output.contains(":5: warning"))  // 2.56 → 4 reaches the target: far from the baseline, but planned
        #expect(run.output.hasSuffix("1 file, 4 values, 0 not reported: 0 errors, 2 warnings\n"))
    }

    /// A control character in a region, source or note is named and printed as <U+0001>,
    /// never raw, in every output.
    @Test func controlCharactersInTextsAreNamedAndShownPrintable() {
        let folder = ScratchFolder()
        let file = folder.write("ctl.csv", Array("indicator,year,value,region,source,note\nlife-expectancy,2023,80.2,济南市,\"a\u{1}b\",x\u{2}y\nhospital-beds,2023,7.9,济\u{3}阳,,\n".utf8))
        let run = Run(["validate", file, "--lang", "zh"])
        #expect(run.code == .success)
        #expect(run.output.contains("\(file):2: 警告：来源“a<U+0001>b”含有控制字符 U+0001，按 a<U+0001>b 记录\n"))
        #expect(run.output.contains("\(file):2: 警告：备注“x<U+0002>y”含有控制字符 U+0002"))
        #expect(run.output.contains("\(file):3: 警告：地区“济<U+0003>阳”含有控制字符 U+0003"))
        for command in [["status"], ["report"], ["regions"], ["report", "--format", "html"], ["check", "life-expectancy"]] {
            let output = Run(command + ["--data", file])
            let raw = (output.output + output.errors).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\u{1B}" }
            #expect(!raw, "\(command)")
        }
    }

    @Test func controlCharactersAreNamedNeverPrinted() {
        let folder = ScratchFolder()
        let file = folder.write("nul.csv", Array("indicator,year,value\nlife-expectancy,2023,80\u{0}.2\nlife\u{1}expectancy,2023,80\n".utf8))
        let run = Run(["validate", file])
        #expect(run.code == .dataError)
        #expect(run.output.contains("\(file):2: error: 人均期望寿命 2023: '80<U+0000>.2' contains a control character U+0000"))
        #expect(run.output.contains("\(file):3: error: the indicator 'life<U+0001>expectancy' contains a control character U+0001"))
        #expect(!run.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func utf16WithoutAByteOrderMarkIsRecognised() {
        let folder = ScratchFolder()
        var bytes: [UInt8] = []
        for unit in "indicator,year,value\nlife-expectancy,2023,80\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let file = folder.write("utf16.csv", bytes)
        let run = Run(["validate", file])
        #expect(run.code == .dataError)
        #expect(run.output.contains("\(file):1: error: the file looks like UTF-16 without a byte-order mark; try --encoding utf-16le"))
        #expect(Run(["validate", file, "--encoding", "utf-16le"]).code == .success)
    }

    @Test func manyUnknownColumnsAreOneWarning() {
        let folder = ScratchFolder()
        let extra = (1...1_000).map { "extra\($0)" }.joined(separator: ",")
        let file = folder.write("wide-sheet.csv", "indicator,year,value,\(extra)\nlife-expectancy,2023,80\n")
        let run = Run(["validate", file])
        #expect(run.output.components(separatedBy: "\n").filter { $0.contains(": warning:") }.count == 1)
        #expect(run.output.contains("the columns 'extra1', 'extra2', 'extra3', 'extra4', 'extra5' and 995 more are not ones plan-track reads; they are ignored"))
    }

    // MARK: The display matches the assessment

    @Test(arguments: ["zh", "en"])
    func aDistrictIsShownWithItsOwnBaselineNeverTheCitys(language: String) {
        let folder = ScratchFolder()
        let file = folder.write("district.csv", "indicator,year,value,region\nhospital-beds,2023,7.9,济阳区\nlife-expectancy,2020,78.1,济阳区\nlife-expectancy,2023,78.9,济阳区\n")
        let run = Run(["status", "--data", file, "--region", "济阳区", "--lang", language])
        #expect(run.code == .success)
        let beds = run.output.split(separator: "\n").first { $0.contains(language == "zh" ? "每千人口医疗机构床位数" : "Hospital beds") } ?? ""
        let life = run.output.split(separator: "\n").first { $0.contains(language == "zh" ? "人均期望寿命" : "Life expectancy") } ?? ""
        #expect(!beds.contains("7.48"), "\(beds)")  // the city's 2020 value
        #expect(beds.contains("—"), "\(beds)")
        #expect(life.contains("78.1") && !life.contains("79.6"), "\(life)")
        let check = Run(["check", "hospital-beds", "--data", file, "--region", "济阳区", "--lang", language])
        #expect(!check.output.contains("7.48"))
        #expect(check.output.contains(language == "zh" ? "本地区无基线" : "no baseline for this region"))
    }

    @Test(arguments: ["zh", "en"])
    func regionsLeftOutOfTheAssessmentAreNamed(language: String) {
        let folder = ScratchFolder()
        let file = folder.write("mixed.csv", "indicator,year,value,region\nlife-expectancy,2023,80.2,济南市\nhospital-beds,2023,7.9,济阳区\nhospital-beds,2022,7.7,济阳区\nhospital-beds,2023,7.1,商河县\ninfant-mortality,2023,2.6,山东省\n")
        let expected = language == "zh" ? "未纳入本次评估的其他地区：济阳区（2行）、商河县（1行）" : "Not in this assessment: Jiyang District (2 rows), Shanghe County (1 row)"
        let status = Run(["status", "--data", file, "--lang", language])
        #expect(status.output.contains(expected), "\(status.output)")
        #expect(!status.output.contains("山东省（"))  // the reference region is compared with, not left out
        // A report is read by superiors: the regions are named, without row counts or an option to give.
        let report = Run(["report", "--data", file, "--lang", language])
        #expect(report.output.contains(language == "zh" ? "数据中还有其他地区（济阳区、商河县）的数值，本报告未作评估。"
                                                         : "The data also holds values for other regions (Jiyang District, Shanghe County), which this report does not assess."), "\(report.output)")
        #expect(!report.output.contains("--region") && !report.output.contains("行）") && !report.output.contains(" rows)"))
        let district = Run(["status", "--data", file, "--region", "济阳区", "--lang", language])
        #expect(district.output.contains(language == "zh" ? "济南市（1行）、商河县（1行）" : "Jinan (1 row), Shanghe County (1 row)"))
    }
}
