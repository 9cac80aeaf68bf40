import Foundation
import Testing
@testable import PlanTrackCLI

@Suite struct ValidateCommandTests {
    @Test func cleanFilesExitZeroWithWarningsAllowed() {
        let folder = ScratchFolder()
        let file = folder.write("ok.csv", "indicator,year,value\nlife-expectancy,2021,80\n人均期望寿命,2021,80\n")
        let run = Run(["validate", file])
        #expect(run.code == .success)
        #expect(run.output == "\(file):3: warning: 人均期望寿命 2021 济南市 is given twice with the same value 80 (first at \(file):2); the repeat is ignored\n1 file, 1 value, 0 not reported: 0 errors, 1 warning\n")
    }

    @Test func everyProblemInEveryFileThenExit65() {
        let folder = ScratchFolder()
        let a = folder.write("a.csv", "indicator,year,value\n人均寿数,2021,80\nlife-expectancy,2021,1.5%\n")
        let b = folder.write("b.csv", "indicator,year,value\nhospital-beds,2020,7.5\n")
        let run = Run(["validate", a, b])
        #expect(run.code == .dataError)
        #expect(run.output.contains("\(a):2: error: unknown indicator '人均寿数' (did you mean 人均期望寿命?)"))
        #expect(run.output.contains("\(a):3: error:"))
        #expect(run.output.contains("\(b):2: warning: 每千人口医疗机构床位数 2020 is reported as 7.5, but the plan prints 7.48"))
        #expect(run.output.hasSuffix("2 files, 1 value, 0 not reported: 2 errors, 1 warning\n"))
    }

    @Test func unreadableFileExits66() {
        #expect(Run(["validate", "/nonexistent.csv"]).code == .noInput)
    }

    @Test func needsAtLeastOneFile() {
        #expect(Run(["validate"]).code == .usage)
    }

    @Test func statusRefusesTheSameErrorsValidateLists() {
        let folder = ScratchFolder()
        let file = folder.write("bad.csv", "indicator,year,value\nlife-expectancy,2021,abc\n")
        let validate = Run(["validate", file])
        let status = Run(["status", "--data", file])
        #expect(status.code == .dataError)
        #expect(validate.output.hasPrefix(status.errors))
    }
}

@Suite struct TemplateCommandTests {
    @Test func writesUTF8WithBOMOneRowPerIndicator() throws {
        let run = Run(["template", "--year", "2024", "--lang", "zh"])
        #expect(run.code == .success)
        #expect(run.output.hasPrefix("\u{FEFF}指标,名称,单位,年份,地区,数值,来源,备注\r\n"))
        #expect(run.output.contains("life-expectancy,人均期望寿命,岁,2024,济南市,,,\r\n"))
        #expect(run.output.split(separator: "\r\n").count == 24)
    }

    @Test func aFilledInTemplateIsValidInput() throws {
        let folder = ScratchFolder()
        let path = folder.path("2024.csv")
        #expect(Run(["template", "--year", "2024", "--region", "济阳区", "--out", path]).code == .success)
        #expect(Run(["validate", path]).code == .success)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "childcare-places,Childcare places for children under 3 per 1,000 people,个,2024,济阳区,,,",
                                         with: "childcare-places,\"Childcare places for children under 3 per 1,000 people\",个,2024,济阳区,4.41,seed 004,")
        text = text.replacingOccurrences(of: "\"Childcare places for children under 3 per 1,000 people\",个,2024,济阳区,,,",
                                         with: "\"Childcare places for children under 3 per 1,000 people\",个,2024,济阳区,4.41,seed 004,")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let run = Run(["status", "--data", path, "--region", "济阳区", "--format", "json"])
        #expect(run.code == .success)
        #expect(run.output.contains("\"value\": 4.41"))
    }

    @Test func outputIsAtomicAndNeverOverAnInput() throws {
        let folder = ScratchFolder()
        let plan = folder.write("plan.json", PlanTrack.ShippedData.planJSON)
        let run = Run(["template", "--plan", plan, "--out", plan])
        #expect(run.code == .cannotCreate)
        #expect(run.errors.contains("refusing to write"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == PlanTrack.ShippedData.planJSON)
        let missingFolder = Run(["template", "--out", folder.path("no/such/folder/t.csv")])
        #expect(missingFolder.code == .cannotCreate)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["plan.json"])
    }
}

import PlanTrack
