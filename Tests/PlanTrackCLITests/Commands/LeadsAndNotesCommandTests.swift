import Foundation
import Testing
@testable import PlanTrackCLI

/// The yearly cycle as the analysts run it: lead departments into the plan, a run, the notes file
/// to fill, filled, the report with their words, in both languages.
@Suite struct LeadsAndNotesCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/final-2025.csv").path
    static let leads = root.appendingPathComponent("Tests/PlanTrackTests/Fixtures/leads-gbk.csv").path

    @Test(arguments: ["zh", "en"])
    func theYearlyCycle(language: String) throws {
        let folder = ScratchFolder()
        let plan = folder.path("plan.json")
        // 1. Lead departments into the plan (a GBK file from Excel), checked.
        let leads = Run(["plan", "leads", Self.leads, "--out", plan, "--lang", language])
        #expect(leads.code == .success, "\(leads.errors)")
        #expect(leads.errors.contains(language == "zh" ? "为 6 项指标加入牵头单位" : "added a lead department to 6 indicators"))
        #expect(Run(["plan", "check", plan]).code == .success)
        // 2. Status by lead department.
        let status = Run(["status", "--plan", plan, "--data", Self.data, "--year", "2025", "--by", "lead", "--lang", language])
        #expect(status.output.contains(language == "zh" ? "    市教育局（1项）：未完成 1\n" : "    市教育局 (1 indicator): not achieved 1\n"), "\(status.output)")
        let json = Run(["status", "--plan", plan, "--data", Self.data, "--year", "2025", "--format", "json"])
        #expect(json.output.contains("\"lead\": \"市教育局\""))
        // 3. The notes file to fill: the indicators not achieved, and the general rows.
        let notes = folder.path("notes.csv")
        let template = Run(["template", "--notes", "--plan", plan, "--data", Self.data, "--year", "2025", "--out", notes, "--lang", language])
        #expect(template.code == .success, "\(template.errors)")
        var text = try String(contentsOfFile: notes, encoding: .utf8)
        #expect(text.contains(language == "zh" ? "青少年总体近视率,2025,未完成,,,," : "Overall myopia rate among children and adolescents,2025,not achieved,,,,"))
        // 4. Filled in by the analysts; asked for again, nothing they wrote is lost.
        text = text.replacingOccurrences(of: language == "zh" ? "青少年总体近视率,2025,未完成,,,," : "Overall myopia rate among children and adolescents,2025,not achieved,,,,",
                                         with: language == "zh" ? "青少年总体近视率,2025,未完成,\"户外活动不足\n筛查覆盖不全\",落实每天2小时户外活动,市教育局,2026年6月"
                                                                : "Overall myopia rate among children and adolescents,2025,not achieved,\"Too little time outdoors\nScreening incomplete\",Two hours outdoors daily,市教育局,June 2026")
        try text.write(toFile: notes, atomically: true, encoding: .utf8)
        let again = Run(["template", "--notes", "--plan", plan, "--data", Self.data, "--year", "2025", "--out", notes, "--lang", language])
        #expect(again.code == .cannotCreate, "never over a file without --force")
        #expect(Run(["template", "--notes", "--plan", plan, "--data", Self.data, "--year", "2025", "--out", notes, "--force", "--lang", language]).code == .success)
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == text, "extending a complete file changes nothing")
        // 5. The report carries their words, in every format.
        let markdown = Run(["report", "--plan", plan, "--data", Self.data, "--year", "2025", "--notes", notes, "--lang", language])
        #expect(markdown.code == .success)
        #expect(markdown.output.contains(language == "zh" ? "原因分析：户外活动不足\\\n  筛查覆盖不全\\\n  下一步措施：落实每天2小时户外活动（责任单位：市教育局；完成时限：2026年6月）"
                                                           : "Cause: Too little time outdoors\\\n  Screening incomplete\\\n  Measures: Two hours outdoors daily (responsible: 市教育局; by: June 2026)"),
                "\(markdown.output)")
        #expect(markdown.output.contains(language == "zh" ? "缺少原因分析（1项）：15岁以上人群吸烟率" : "No cause or measures written (1): Smoking prevalence, age 15 and over"))
        let docx = folder.path("report.docx")
        #expect(Run(["report", "--plan", plan, "--data", Self.data, "--year", "2025", "--notes", notes, "--format", "docx", "--out", docx, "--lang", language]).code == .success)
        let html = Run(["report", "--plan", plan, "--data", Self.data, "--year", "2025", "--notes", notes, "--format", "html", "--lang", language])
        #expect(html.output.contains(language == "zh" ? "户外活动不足<br>筛查覆盖不全" : "Too little time outdoors<br>Screening incomplete"))
        // 6. check lists the indicator's notes of every year.
        let check = Run(["check", "近视", "--plan", plan, "--data", Self.data, "--year", "2025", "--notes", notes, "--lang", language])
        #expect(check.output.contains(language == "zh" ? "    2025年  原因分析：户外活动不足\n            筛查覆盖不全\n" : "    2025  Cause: Too little time outdoors\n          Screening incomplete\n"), "\(check.output)")
    }

    @Test func aNoteForAnUnknownIndicatorIsAWarningNamingTheLine() {
        let folder = ScratchFolder()
        let notes = folder.write("notes.csv", "指标,年份,原因分析\n人均寿数,2025,x\n人均期望寿命,2031,y\n")
        let run = Run(["report", "--data", Self.data, "--year", "2025", "--notes", notes, "--lang", "zh"])
        #expect(run.code == .success)
        #expect(run.errors.contains("\(notes):2: 警告：未知指标“人均寿数”；这一行的说明未使用（是否指：人均期望寿命？）"))
        #expect(run.errors.contains("\(notes):3: 警告：年份 2031 不在规划期 2020—2025 年之内；说明未使用"))
        let missing = Run(["report", "--notes", folder.path("none.csv")])
        #expect(missing.code == .noInput)
    }
}
