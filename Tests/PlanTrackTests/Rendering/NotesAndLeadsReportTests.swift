import Foundation
import Testing
@testable import PlanTrack

/// The analysts' words and the lead departments in the report, in every format alike.
@Suite struct NotesAndLeadsReportTests {
    static let plan = LeadsAndNotesTests.plan
    static let notes: AnalystNotes = (try? NotesFile.read(LeadsAndNotesTests.fixture("notes-2025.csv"), file: "notes.csv", plan: plan)) ?? .none
    static let result: PlanAssessment = Assessor(plan: plan, data: FinalEvaluationGoldenTests.data).assess(region: "济南市", year: 2025)

    @Test(arguments: [Language.zh, .en])
    func goldenReport(language: Language) {
        let text = MarkdownReport(language: language, notes: Self.notes).render(Self.result)
        #expect(Fixtures.matchesGolden(text, "report-final-notes-\(language.rawValue).md"))
        #expect(MarkdownTables.problems(in: text).isEmpty)
    }

    @Test func eachNoteIsWhereAReaderLooks() throws {
        let text = MarkdownReport(language: .zh, notes: Self.notes).render(Self.result)
        func position(_ words: String) throws -> String.Index { try #require(text.range(of: words), "\(words)").lowerBound }
        // 主要成效 in the summary, 存在问题 and the causes with the targets not achieved, 下一步工作 before the gaps.
        #expect(try position("### 主要成效") < position("## 二、约束性指标"))
        #expect(try position("## 三、未完成的指标") < position("### 存在问题"))
        #expect(try position("- **青少年总体近视率**：原因分析：学生课业负担重，户外活动时间不足；\\\n  部分学校视力筛查覆盖不全。\\\n  下一步措施：落实每天2小时户外活动（责任单位：市教育局；完成时限：2026年6月）") < position("## 四、"))
        #expect(try position("下一步工作\n\n推进“十五五”规划编制。") < position("数据缺口"))
        #expect(text.contains("- 缺少原因分析（1项）：15岁以上人群吸烟率"))
        // The 2024 note is not this year's.
        #expect(!text.contains("近视筛查口径调整"))
        // People's text is escaped: no HTML, no table, no emphasis of its own.
        #expect(text.contains("\\<script\\>alert(1)\\</script\\> \\| \\*\\*不是粗体\\*\\*"))
    }

    @Test func theLeadDepartmentsHaveASection() {
        let zh = MarkdownReport(language: .zh).render(Self.result)
        #expect(zh.contains("## 五、分牵头单位完成情况"))
        #expect(zh.contains("| 市卫健委 | 4 | 3 | 1 | 0 |"), "\(zh)")
        #expect(zh.contains("| 市教育局 | 1 | 0 | 1 | 0 |"))
        #expect(zh.contains("- **市卫健委**：15岁以上人群吸烟率（未完成）"))
        #expect(zh.contains("| 未明确牵头单位 | 17 |"))
        let en = MarkdownReport(language: .en).render(Self.result)
        #expect(en.contains("## 5. By lead department") && en.contains("- **市教育局**: Overall myopia rate among children and adolescents (not achieved)"))
        // Without leads in the plan, no such section.
        #expect(!MarkdownReport(language: .zh).render(Assessor(plan: Fixtures.plan, data: FinalEvaluationGoldenTests.data).assess(region: "济南市", year: 2025)).contains("牵头单位"))
    }

    @Test func theSameNotesInHTMLAndWord() throws {
        let page = HTMLReport(language: .zh, includesCharts: false, notes: Self.notes).render(Self.result)
        #expect(page.contains("学生课业负担重，户外活动时间不足；<br>部分学校视力筛查覆盖不全。"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; | **不是粗体**") && !page.contains("<script>"))
        let zip = try ZIPReader(DOCXReport(language: .zh, includesCharts: false, notes: Self.notes).render(Self.result))
        let document = String(decoding: try #require(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        #expect(document.contains("户外活动时间不足；</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">部分学校视力筛查覆盖不全。"))
        #expect(DOCXReportTests.texts(document).joined().contains("&lt;script&gt;alert(1)&lt;/script&gt; | **不是粗体**") && !document.contains("<script>"))
        #expect(DOCXReportTests.texts(document).joined().contains("分牵头单位完成情况"))
    }

    @Test(arguments: [Language.zh, .en])
    func statusByLeadDepartment(language: Language) {
        let text = StatusView(language: language, byLead: true).render(Self.result)
        if language == .zh {
            #expect(text.contains("  按牵头单位：\n    市卫健委（4项）：已完成 3，未完成 1\n    市统计局") == false)
            #expect(text.contains("    市卫健委（4项）：已完成 3，未完成 1\n"), "\(text)")
            #expect(text.contains("    市教育局（1项）：未完成 1\n"))
            #expect(text.contains("\n市医保局\n  指标"))
        } else {
            #expect(text.contains("    市卫健委 (4 indicators): achieved 3, not achieved 1\n"), "\(text)")
        }
        let json = AssessmentJSON.render(Self.result)
        #expect(json.contains("\"lead\": \"市教育局\",\n      \"partners\": [\n        \"市卫健委\",\n        \"市体育局\"\n      ]"))
    }

    @Test func checkListsTheNotesOfEveryYear() {
        let assessor = Assessor(plan: Self.plan, data: FinalEvaluationGoldenTests.data)
        let a = assessor.assess(indicator: Fixtures.index("youth-myopia"), region: "济南市", year: 2025)
        let text = CheckView(language: .zh).render(a, history: assessor.history(of: a), plan: Self.plan, notes: Self.notes.notes(on: a.indicator.id))
        #expect(text.contains("  原因分析与下一步措施（历年）\n    2024年  原因分析：近视筛查口径调整。\n            （责任单位：市教育局）\n    2025年  原因分析：学生课业负担重，户外活动时间不足；\n            部分学校视力筛查覆盖不全。\n"), "\(text)")
    }

    @Test func theNotesTemplateAsksForWhatIsMissingAndKeepsWhatIsThere() throws {
        let fresh = try NotesTemplate.render(Self.result, language: .zh)
        #expect(fresh == "\u{FEFF}指标,年份,状态（参考）,原因分析,下一步措施,责任单位,完成时限\r\n15岁以上人群吸烟率,2025,未完成,,,,\r\n青少年总体近视率,2025,未完成,,,,\r\n主要成效,2025,,,,,\r\n存在问题,2025,,,,,\r\n下一步工作,2025,,,,,\r\n")
        // Extending the analysts' file: every row of it kept as it is, only the missing ones added.
        let existing = LeadsAndNotesTests.fixture("notes-2025.csv")
        let extended = try NotesTemplate.render(Self.result, language: .zh, extending: existing, file: "notes.csv")
        let originalRecords = try CSVTable.read(existing, file: "notes.csv").map(\.cells)
        let extendedRecords = try CSVTable.read(Array(extended.utf8), file: "notes.csv").map(\.cells)
        #expect(Array(extendedRecords.prefix(originalRecords.count)) == originalRecords)
        #expect(extendedRecords.dropFirst(originalRecords.count).map { $0 } == [["15岁以上人群吸烟率", "2025", "", "", "", ""]])
        // It reads back as the notes it keeps.
        let reread = try NotesFile.read(Array(extended.utf8), file: "notes.csv", plan: Self.plan)
        #expect(reread.notes(on: .indicator("youth-myopia"), year: 2025) == Self.notes.notes(on: .indicator("youth-myopia"), year: 2025).map { note in
            AnalystNote(subject: note.subject, year: note.year, cause: note.cause, measures: note.measures, responsible: note.responsible, deadline: note.deadline, location: SourceLocation(file: "notes.csv", line: 2))
        })
    }
}
