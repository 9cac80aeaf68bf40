import Foundation
import Testing
@testable import PlanTrack

/// The workbooks plan-track writes: the one to fill reads back once filled, with no edit; the
/// ones to hand up carry numbers as numbers and status words with their fills.
@Suite struct WorkbooksTests {
    /// The template filled as a person would (values in the value column), written and read back.
    @Test(arguments: Language.allCases)
    func theFilledTemplateReadsBack(language: Language) throws {
        let plan = Fixtures.plan
        var workbook = DataEntryWorkbook.workbook(plan, year: 2025, regions: ["济南市", "历下区"], language: language)
        var sheet = workbook.sheets[0]
        #expect(sheet.isProtected && sheet.frozenRows == 1 && sheet.validations.count == 2 * plan.indicators.count)
        #expect(sheet.rows[0].allSatisfy { $0.style.locked })
        #expect(sheet.rows[1].suffix(3).allSatisfy { !$0.style.locked } && sheet.rows[1].prefix(6).allSatisfy { $0.style.locked })
        // Life expectancy of both regions, and a percentage.
        sheet.rows[1][6] = .number(80.4)
        sheet.rows[1][7] = .text("市卫健委")
        sheet.rows[1 + plan.indicators.count][6] = .number(80.1)
        let literacy = try #require(plan.indicators.firstIndex { $0.id == "health-literacy" })
        sheet.rows[1 + literacy][6] = .number(33.3)
        workbook.sheets[0] = sheet
        var reader = ReportedValuesReader(plan: plan)
        reader.read(WorkbookWriter.write(workbook), file: "filled.xlsx")
        let (data, diagnostics) = reader.finish()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(data.values.map { "\($0.indicator) \($0.region) \(NumberText.plain($0.value)) \($0.source)" }.sorted()
                == ["health-literacy 济南市 33.3 ", "life-expectancy 历下区 80.1 ", "life-expectancy 济南市 80.4 市卫健委"])
        #expect(reader.notReportedCount == 2 * plan.indicators.count - 3)
        // A percentage accepts 0–100; the prompt gives the unit, the baseline and the target.
        let validation = sheet.validations[literacy]
        guard case .decimal(let low, let high) = validation.rule else { Issue.record("no decimal rule"); return }
        #expect(low == 0 && high == 100)
        #expect(validation.prompt.contains(language == .zh ? "单位：%；基线 28.59；目标 ≥30" : "Unit: %; baseline 28.59; target ≥30"), "\(validation.prompt)")
        // A district's baseline is not the city's.
        #expect(sheet.rows[1 + plan.indicators.count][3].value == .text("—"))
    }

    @Test func theStatusWorkbook() throws {
        let result = Assessor(plan: Fixtures.plan, data: FinalEvaluationGoldenTests.data).assess(region: "济南市", year: 2025)
        let workbook = AssessmentWorkbook(language: .zh).status(result)
        #expect(workbook.sheets.map(\.name) == ["评估", "说明"])
        let sheet = workbook.sheets[0]
        #expect(sheet.frozenRows == 3 && sheet.autoFilter == "A3:M26")
        guard case .text(let title) = sheet.rows[0][0].value else { Issue.record("no title"); return }
        #expect(title == "济南市“十四五”卫生健康规划 · 济南市 · 2025年终期评估")
        let myopia = try #require(sheet.rows.first { $0.count > 1 && $0[1].value == .text("青少年总体近视率") })
        #expect(myopia[7].value == .number(48.5) && myopia[8].value == .number(2025))
        #expect(myopia[10].value == .text("未完成") && myopia[10].style.fill == "FFC7CE")
        let life = try #require(sheet.rows.first { $0.count > 1 && $0[1].value == .text("人均期望寿命") })
        #expect(life[10].value == .text("已完成") && life[10].style.fill == "C6EFCE")
        // Each verdict's evidence beside it: both rest on weak evidence (a provisional baseline;
        // a 2024 value in the final evaluation); no value, no grade.
        #expect(sheet.rows[2][12].value == .text("证据强度"))
        #expect(myopia[12].value == .text("不足") && life[12].value == .text("不足"))
        let maternal = try #require(sheet.rows.first { $0.count > 1 && $0[1].value == .text("孕产妇死亡率") })
        #expect(maternal[12].value == .text(""))
        // It is a workbook any reader opens: plan-track's own reads it back.
        let sheets = try WorkbookReader.read(WorkbookWriter.write(workbook))
        #expect(sheets.count == 2 && sheets[0].rows[3][1] == "人均期望寿命")
    }
}
