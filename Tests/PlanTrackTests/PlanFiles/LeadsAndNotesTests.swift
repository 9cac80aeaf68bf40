import Foundation
import Testing
@testable import PlanTrack

/// Lead departments and the analysts' notes, as files people keep: any encoding, any name of an
/// indicator, every problem with its line.
@Suite struct LeadsAndNotesTests {
    static func fixture(_ name: String) -> [UInt8] {
        [UInt8]((try? Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/\(name)"))) ?? Data())
    }

    static let plan: Plan = (try? LeadsImport.apply(fixture("leads.csv"), file: "leads.csv", to: Fixtures.plan).plan) ?? Fixtures.plan

    @Test(arguments: ["leads.csv", "leads-gbk.csv"])
    func leadsAreAddedFromAnyEncoding(file: String) throws {
        let (plan, count) = try LeadsImport.apply(Self.fixture(file), file: file, to: Fixtures.plan)
        #expect(count == 6)
        let myopia = try #require(plan.indicator(id: "youth-myopia"))
        #expect(myopia.lead == "市教育局" && myopia.partners == ["市卫健委", "市体育局"])
        #expect(plan.indicator(id: "general-practitioners")?.partners == ["市人社局", "市财政局"])
        #expect(plan.indicator(id: "hospital-beds")?.lead == nil)
        // Written and read back as a plan file, checked as `plan check` checks it.
        let written = PlanFileWriter.render(plan)
        let reread = try PlanFile.parse(Array(written.utf8), file: "plan.json")
        #expect(reread == plan)
    }

    @Test func aLeadsFileWithProblemsSaysEachOne() {
        let csv = "指标,牵头单位\n人均寿数,市卫健委\n人均期望寿命,\n婴儿死亡率,市卫健委\n婴儿死亡率,市妇幼保健院\n"
        do {
            _ = try LeadsImport.apply(Array(csv.utf8), file: "leads.csv", to: Fixtures.plan)
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "leads.csv:2: error: unknown indicator '人均寿数' (did you mean 人均期望寿命?)",
                "leads.csv:3: error: 人均期望寿命: no lead department",
                "leads.csv:5: error: 婴儿死亡率 has a lead twice (first on line 4)",
            ])
            #expect(error.diagnostics[1].text(in: .zh) == "leads.csv:3: 错误：人均期望寿命：没有牵头单位")
        }
    }

    @Test func planCheckChecksLeads() throws {
        let text = PlanFileWriter.render(Self.plan)
        let bad = text.replacingOccurrences(of: "\"lead\": \"市医保局\",\n      \"partners\": [\n        \"市卫健委\"\n      ]",
                                            with: "\"lead\": \"市医保局\",\n      \"partners\": [\n        \"市医保局\"\n      ]")
        #expect(bad != text)
        let problems = try PlanFile.check(Array(bad.utf8), file: "plan.json").problems
        #expect(problems.map(\.message.en).contains { $0.contains("'市医保局' is both the lead and a partner") })
    }

    @Test func notesAreReadWithTheirLineBreaksAndProblemsNamed() throws {
        let notes = try NotesFile.read(Self.fixture("notes-2025.csv"), file: "notes.csv", plan: Fixtures.plan)
        let myopia = notes.notes(on: .indicator("youth-myopia"), year: 2025)
        #expect(myopia.count == 1 && myopia[0].cause == "学生课业负担重，户外活动时间不足；\n部分学校视力筛查覆盖不全。")
        #expect(myopia[0].measures == "落实每天2小时户外活动" && myopia[0].responsible == "市教育局" && myopia[0].deadline == "2026年6月")
        #expect(notes.notes(on: Indicator.ID("youth-myopia")).map(\.year) == [2024, 2025])
        #expect(notes.notes(on: .achievements, year: 2025).map(\.text) == ["全科医生数提前完成目标。"])
        #expect(notes.notes(on: .nextSteps, year: 2025).count == 1 && notes.notes(on: .nextSteps, year: 2024).isEmpty)
        #expect(notes.warnings.map(\.location.line) == [8, 9])
        #expect(notes.warnings[0].text(in: .zh).hasPrefix("notes.csv:8: 警告：未知指标“人均寿数”；这一行的说明未使用"))
        #expect(notes.warnings[1].text(in: .en).contains("'20x5' is not a year"))
    }
}
