import Foundation
import PlanTrack
import Testing

/// The library as another Swift program uses it: plain `import PlanTrack`, no `@testable`,
/// from CSV bytes or files to an assessment and its renderings.
@Suite struct PublicAPITests {
    static let csv = """
        indicator,year,value,region,source
        life-expectancy,2021,79.99,济南市,市卫健委新闻发布会
        人均期望寿命,2023,80.2,,
        general-practitioners,2023,3.3,,
        youth-myopia,2021,52,,
        youth-myopia,2023,50.5,,
        每千人口医疗机构床位数,2023,7.9,济阳区,
        """

    @Test func readAssessAndRender() throws {
        let plan = Plan.jinan
        let data = try ReportedData(csv: Array(Self.csv.utf8), file: "values.csv", plan: plan)
        #expect(data.count == 6)
        #expect(data.regions == ["济南市", "济阳区"])
        #expect(data.series(of: "life-expectancy", region: "济南市").map(\.year) == [2021, 2023])

        let result = Assessor(plan).assess(data)
        #expect(result.year == 2023)
        #expect(result.region == "济南市")
        let doctors = try #require(result.assessments.first { $0.indicator.id == "general-practitioners" })
        #expect(doctors.status == .slightlyBehind)
        #expect(doctors.level == .alert)

        let markdown = MarkdownReport(language: .zh).render(result)
        #expect(markdown.contains("每万人口全科医生数"))
        let terminal = StatusView(language: .en, color: false, maxWidth: nil).render(result)
        #expect(terminal.contains("General practitioners"))
        let json = try JSONSerialization.jsonObject(with: Data(AssessmentJSON.render(result).utf8)) as? [String: Any]
        #expect((json?["indicators"] as? [Any])?.count == plan.indicators.count)
        #expect(SVGChart(language: .en, plan: plan).render(doctors)?.contains("<svg") == true)
    }

    @Test func regionsComparedAndTheHTMLPage() throws {
        let plan = Plan.jinan
        let data = try ReportedData(csv: Array(Self.csv.utf8), file: "values.csv", plan: plan)
        let comparison = Assessor(plan).compare(data)
        #expect(comparison.year == 2023)
        #expect(comparison.regions.count == 1 + plan.districts.count)
        #expect(comparison.bindingAtRisk.first { $0.indicator.id == "general-practitioners" }?.regions == ["济南市"])
        #expect(RegionsView(language: .zh).render(comparison).contains("济阳区"))
        let page = HTMLReport(language: .zh, comparison: comparison).render(Assessor(plan).assess(data))
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg ") && page.contains("各地区对比"))
    }

    /// Messages come in both languages; a program shows the one its reader reads.
    @Test func errorsInBothLanguages() {
        #expect(throws: InputError.self) { try ReportedData(csv: Array("indicator,year,value\n人均寿数,2023,80\n".utf8), file: "x.csv", plan: .jinan) }
        do {
            _ = try ReportedData(csv: Array("indicator,year,value\n人均寿数,2023,80\n".utf8), file: "x.csv", plan: .jinan)
        } catch {
            #expect(error.text(in: .zh) == "x.csv:2: 错误：未知指标“人均寿数”（是否指：人均期望寿命？）")
            #expect(error.text(in: .en) == "x.csv:2: error: unknown indicator '人均寿数' (did you mean 人均期望寿命?)")
        }
    }

    @Test func anotherRegionAndYear() throws {
        let data = try ReportedData(csv: Array(Self.csv.utf8), plan: .jinan)
        let district = Assessor(.jinan).assess(data, region: "济阳区", year: 2024)
        #expect(district.year == 2024)
        let beds = try #require(Assessor(.jinan).assess("hospital-beds", in: data, region: "济阳区"))
        #expect(beds.value == 7.9)
        #expect(beds.baseline == nil)
    }

    /// A district with its own plan: its baseline and target given in code, judged on them.
    @Test func aDistrictsOwnTarget() throws {
        let plan = Plan.jinan
        let doctors = try #require(plan.indicator(id: "general-practitioners"))
        let own = DistrictTarget(indicator: doctors.id, baseline: Baseline(text: "2.8", value: 2.8),
                                 target: Target(text: "3.2以上", kind: .atLeast(3.2)))
        let districts = plan.districts.map { $0.name == "济阳区" ? $0.with(targets: [own]) : $0 }
        let withTargets = plan.with(districts: districts)
        #expect(withTargets.indicator(doctors, for: "济阳区").owner == .district)
        let data = try ReportedData(csv: Array("indicator,year,value,region\ngeneral-practitioners,2025,3.3,济阳区\n".utf8), plan: withTargets)
        let judged = try #require(Assessor(withTargets).assess("general-practitioners", in: data, region: "济阳"))
        #expect(judged.targetOwner == .district && judged.status == .achieved && judged.target == 3.2)
        #expect(TargetKind.Tag.allCases.map(\.rawValue).contains("percent-change"))
    }

    @Test func everyProblemIsInTheError() {
        let bad = "indicator,year,value\n人均寿数,2023,80\nlife-expectancy,20x3,80\n"
        do {
            _ = try ReportedData(csv: Array(bad.utf8), file: "bad.csv", plan: .jinan)
            Issue.record("bad data was accepted")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.diagnostics.map(\.location.line) == [2, 3])
            #expect(error.diagnostics.allSatisfy { $0.location.file == "bad.csv" })
        }
    }

    @Test func filesAreReadByPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-track-api-\(UUID().uuidString).csv")
        try Data(Self.csv.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try ReportedData(contentsOf: [url.path], plan: .jinan)
        #expect(data.count == 6)
        #expect(throws: InputError.self) { try ReportedData(contentsOf: ["/no/such/file.csv"], plan: .jinan) }
    }

    @Test func valuesMadeInCode() throws {
        let values = [ReportedValue(indicator: "life-expectancy", year: 2023, value: 80.2, region: "济南市")]
        let data = try ReportedData(values: values, plan: .jinan)
        let life = try #require(Assessor(.jinan).assess("life-expectancy", in: data))
        #expect(life.status == .onTrack)
        #expect(Plan.jinan.indicator(id: "life-expectancy")?.name == "人均期望寿命")
    }
}

/// Any plan, through plain `import PlanTrack`: from a file or from bytes, with every problem at
/// its line and column when it has some.
@Suite struct PlanLoadingAPITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theShippedPlanFileIsTheShippedPlan() throws {
        let plan = try Plan(contentsOf: Self.root.appendingPathComponent("Data/plan.json").path)
        #expect(plan == Plan.jinan)
        let data = try ReportedData(csv: Array("indicator,year,value\nlife-expectancy,2023,80.2\n".utf8), plan: plan)
        #expect(Assessor(plan).assess(data).assessments.count == 23)
    }

    @Test func anotherPlanFromBytes() throws {
        let json = """
        {
          "name": "某县“十五五”卫生健康规划", "region": "某县", "baselineYear": 2025, "targetYear": 2030,
          "domains": [{ "id": "health", "name": "健康水平" }],
          "indicators": [{
            "id": "beds", "name": "每千人口床位数", "domain": "health", "unit": "张", "attribute": "expected",
            "direction": "higher", "baseline": { "text": "6.5", "value": 6.5 }, "target": { "text": "7.5", "kind": "at-least", "value": 7.5 }
          }]
        }
        """
        let plan = try Plan(json: Array(json.utf8), file: "county.json")
        #expect(plan.targetYear == 2030 && plan.indicators.map(\.id) == ["beds"])
        let data = try ReportedData(csv: Array("指标,年份,数值\n每千人口床位数,2027,7\n".utf8), plan: plan)
        #expect(Assessor(plan).assess(data).assessments[0].status == .onTrack)
    }

    @Test func everyProblemAtItsLineAndColumn() {
        let broken = """
        {
          "name": "x", "region": "某县", "baselineYear": 2025, "targetYear": 2020,
          "domains": [{ "id": "health", "name": "健康水平" }],
          "indicators": [{ "id": "Beds", "name": "床位", "domain": "wealth", "unit": "张", "attribute": "expected",
            "direction": "higher", "baseline": { "text": "6.5", "value": 6.5 }, "target": { "text": "7.5", "kind": "at-lest", "value": 7.5 } }]
        }
        """
        do {
            _ = try Plan(json: Array(broken.utf8), file: "broken.json")
            Issue.record("a broken plan was accepted")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.diagnostics.map(\.location.description) == ["broken.json:2:68", "broken.json:4:26", "broken.json:4:58", "broken.json:5:108"])
            #expect(error.diagnostics.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
        }
        #expect(throws: InputError.self) { try Plan(contentsOf: "/no/such/plan.json") }
    }
}
