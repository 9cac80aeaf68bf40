import Foundation
import Testing
@testable import PlanTrack

@Suite struct ShippedDataTests {
    @Test func embeddedPlanIsIdenticalToDataFolder() throws {
        let onDisk = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Data/plan.json"), encoding: .utf8)
        #expect(onDisk == ShippedData.planJSON, "Data/plan.json changed: run .ci/embed-data")
    }

    @Test func embeddedValuesAreIdenticalToDataFolder() throws {
        let onDisk = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Data/reported-values.csv"), encoding: .utf8)
        #expect(onDisk == ShippedData.reportedValuesCSV, "Data/reported-values.csv changed: run .ci/embed-data")
    }

    /// Chinese publications are cited in Chinese, each with its date (or saying it has none), and
    /// every row names its own source: never "same press conference".
    @Test func shippedSourcesAreWrittenAsPublishedWithTheirDates() throws {
        let data = try ReportedData(csv: Array(ShippedData.reportedValuesCSV.utf8), plan: ShippedData.plan)
        #expect(data.values.count == 11)
        for value in data.values {
            let source = try #require(value.source)
            #expect(source.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(source)")
            #expect(source.range(of: #"\d{4}年\d{1,2}月\d{1,2}日|发布日期未注明"#, options: .regularExpression) != nil, "\(source)")
            #expect(!source.lowercased().contains("same") && !source.contains("seed"), "\(source)")
        }
        let ceilings = ShippedData.plan.indicators.compactMap { indicator -> String? in
            if case .stableLow(_, let source) = indicator.target.kind { return source }
            return nil
        }
        #expect(ceilings.count == 3 && ceilings.allSatisfy { $0.contains("2021年8月20日") && !$0.contains("Shandong") })
    }

    @Test func planHasTheTwentyThreeIndicatorsOfColumnOne() {
        let plan = ShippedData.plan
        #expect(plan.indicators.count == 23)
        #expect(plan.indicators.filter { $0.attribute == .binding }.count == 5)
        #expect(plan.domains.map(\.name) == ["健康水平", "健康生活", "疾病控制", "健康服务", "健康保障"])
        #expect(plan.domains.map { plan.indicators(in: $0).count } == [4, 4, 5, 8, 2])
        #expect(plan.baselineYear == 2020 && plan.targetYear == 2025)
        #expect(Set(plan.indicators.map(\.id)).count == 23)
    }

    @Test func bindingIndicatorsAreTheFiveThePlanNames() {
        let binding = ShippedData.plan.indicators.filter { $0.attribute == .binding }.map(\.name)
        #expect(binding == ["青少年总体近视率", "儿童国家免疫规划疫苗全程接种率", "每千人口药师（士）数", "每万人口全科医生数", "个人卫生支出占卫生总费用比重"])
    }

    /// `Fixtures/column-1.txt` is 专栏1 as extracted from the plan (seed 001), PDF spacing and all.
    @Test func everyNameBaselineAndTargetIsAsPrintedInColumnOne() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/column-1.txt")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.replacingOccurrences(of: " ", with: "").split(separator: "\t").map(String.init) }
        for indicator in ShippedData.plan.indicators {
            let row = try #require(rows.first { $0.contains(indicator.name) }, "\(indicator.name) is not printed in 专栏1")
            let cells = Array(row.drop { $0 != indicator.name })
            #expect(cells.count == 5, "\(cells)")
            guard cells.count == 5 else { continue }
            #expect(cells[2] == indicator.baseline.text, "\(indicator.id) baseline")
            #expect(cells[3] == indicator.target.text, "\(indicator.id) target")
            #expect(cells[4] == (indicator.attribute == .binding ? "约束性" : "预期性"), "\(indicator.id) attribute")
            // The unit as printed, except the two the plan's text corrects to ‰.
            let printedUnit = ["infant-mortality", "under-five-mortality"].contains(indicator.id) ? "%" : indicator.unit
            #expect(cells[1] == printedUnit, "\(indicator.id) unit")
        }
    }

    @Test func misprintedMortalityUnitsArePerMille() {
        let plan = ShippedData.plan
        for id in ["infant-mortality", "under-five-mortality"] {
            let indicator = plan.indicator(id: Indicator.ID(id))
            #expect(indicator?.unit == "‰")
            #expect(indicator?.notes.contains { $0.contains("‰") } == true)
        }
    }

    @Test func targetKindsAreReadAsTheSpecSays() {
        let plan = ShippedData.plan
        #expect(plan.indicator(id: "life-expectancy")?.target.kind == .atLeast(80.5))
        #expect(plan.indicator(id: "smoking-prevalence")?.target.kind == .atMost(22))
        #expect(plan.indicator(id: "out-of-pocket-share")?.target.kind == .around(25, tolerance: 0.5))
        #expect(plan.indicator(id: "immunization-coverage")?.target.kind == .maintain(90))
        #expect(plan.indicator(id: "youth-myopia")?.target.kind == .annualDecrease(step: 1))
        #expect(plan.indicator(id: "infant-mortality")?.target.kind.value == 3.3)
        #expect(plan.indicator(id: "maternal-mortality")?.target.kind.value == 8.2)
        #expect(plan.indicator(id: "under-five-mortality")?.target.kind.value == 4.0)
        #expect(plan.indicator(id: "smoking-prevalence")?.baseline == Baseline(text: "<23.9", value: 23.9, isApproximate: true))
        #expect(plan.indicator(id: "childcare-places")?.baseline.value == nil)
    }

    @Test func shippedValuesReadWithoutErrors() {
        var reader = ReportedValuesReader(plan: ShippedData.plan)
        reader.read(Array(ShippedData.reportedValuesCSV.utf8), file: ShippedData.reportedValuesName)
        #expect(reader.diagnostics.isEmpty)
        #expect(reader.data.values.count == 11)
        #expect(reader.data.values.allSatisfy { !$0.source.isEmpty })
    }

    /// `check --lang zh` shows the notes in Chinese: every note has its Chinese version.
    @Test func everyNoteHasItsChineseVersion() {
        for indicator in Fixtures.plan.indicators {
            #expect(indicator.notesZh.count == indicator.notes.count, "\(indicator.id)")
            for note in indicator.notesZh {
                // Chinese sentences: full-width punctuation at the end, no English sentence inside.
                #expect(note.hasSuffix("。"), "\(indicator.id): \(note)")
                #expect(!note.contains(" is read as") && !note.contains("The plan"), "\(indicator.id): \(note)")
            }
        }
    }
}
