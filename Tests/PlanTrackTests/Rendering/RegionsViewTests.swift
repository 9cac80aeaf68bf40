import Foundation
import Testing
@testable import PlanTrack

@Suite struct RegionsViewTests {
    /// The city and three districts, one of them written by its short name, and a region the
    /// plan does not list.
    static let rows = StatusViewTests.rows + """

    life-expectancy,2020,78.1,济阳区
    life-expectancy,2023,78.9,济阳
    hospital-beds,2022,7.7,济阳区
    youth-myopia,2021,52,济阳区
    youth-myopia,2023,52.5,济阳区
    immunization-coverage,2023,97.44,济阳区
    immunization-coverage,2023,88.1,商河县
    general-practitioners,2023,4.1,商河县
    hospital-beds,2023,6.5,高新区
    """

    static var comparison: RegionComparison {
        Assessor(plan: Fixtures.plan, data: Fixtures.data(rows)).compare(year: 2023)
    }

    @Test func regionsComeInThePlansOrderWithEveryDistrict() {
        let regions = Self.comparison.regions.map(\.region)
        #expect(regions == ["济南市", "历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县", "高新区"])
        #expect(!regions.contains("山东省"), "the reference region is compared with, never assessed")
    }

    /// One code path: each column is what `status --region` gives for that region.
    @Test func eachRegionIsAssessedAsStatusAssessesItAlone() {
        let assessor = Assessor(plan: Fixtures.plan, data: Fixtures.data(Self.rows))
        for region in Self.comparison.regions {
            let alone = assessor.assess(region: region.region, year: 2023)
            #expect(region.assessments.map(\.status) == alone.assessments.map(\.status), "\(region.region)")
            #expect(region.assessments.map(\.value) == alone.assessments.map(\.value))
            #expect(region.assessments.map(\.baseline?.value) == alone.assessments.map(\.baseline?.value))
        }
        let jiyang = Self.comparison.regions[8]
        #expect(jiyang.assessments[Fixtures.index("life-expectancy")].baseline?.value == 78.1, "its own baseline, not the city's 79.6")
    }

    @Test func countsAddUpAndBindingRisksAreNamed() {
        let comparison = Self.comparison
        for region in comparison.regions {
            let counts = comparison.counts(region)
            #expect(counts.achieved + counts.onTrack + counts.lagging + counts.atRisk + counts.withoutData == 23)
        }
        let risks = Dictionary(uniqueKeysWithValues: comparison.bindingAtRisk.map { ($0.indicator.id.rawValue, $0.regions) })
        #expect(risks["youth-myopia"] == ["济南市", "济阳区"])
        #expect(risks["immunization-coverage"] == ["商河县"])
        #expect(risks["general-practitioners"] == ["济南市"])
    }

    @Test(arguments: [Language.zh, .en])
    func goldenPiped(language: Language) {
        let text = RegionsView(language: language).render(Self.comparison)
        #expect(Fixtures.matchesGolden(text, "regions-\(language.rawValue).txt"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  ") && ($0.contains("指标") || $0.contains("Indicator")) }.count == 5,
                "piped: one block, never cut")
    }

    /// On a terminal narrower than the matrix the regions wrap into blocks, each repeating the
    /// indicator names; every line fits and every region appears once.
    @Test(arguments: [(Language.zh, 80), (.zh, 160), (.en, 80), (.en, 160)])
    func wrapsIntoBlocksOfRegions(language: Language, width: Int) {
        let view = RegionsView(language: language, maxWidth: width)
        let text = view.render(Self.comparison)
        #expect(Fixtures.matchesGolden(text, "regions-\(language.rawValue)-\(width).txt"))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
        }
        let blocks = view.blocks(Self.comparison)
        #expect(blocks.joined().map { $0 } == Array(0..<14))
        #expect(width > 100 || blocks.count > 1)
    }

    @Test func bindingOnlyShowsTheFiveBindingIndicators() {
        let text = RegionsView(language: .zh, bindingOnly: true).render(Self.comparison)
        #expect(!text.contains("人均期望寿命"))
        #expect(text.components(separatedBy: "\n  约  ").count - 1 == 5)
    }

    @Test func jsonAndCSVCarryTheSameCells() throws {
        let comparison = Self.comparison
        var bytes: [UInt8] = []
        AssessmentJSON.writeRegions(comparison) { bytes += $0 }
        let json = String(decoding: bytes, as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let regions = try #require(object["regions"] as? [String: Any])
        #expect(regions.count == 14)
        #expect(json.range(of: "\"济南市\": {")!.lowerBound < json.range(of: "\"历下区\": {")!.lowerBound, "in the comparison's order")
        let jiyang = try #require(regions["济阳区"] as? [String: Any])
        let indicators = try #require(jiyang["indicators"] as? [String: [String: Any]])
        #expect(indicators.count == 23)
        #expect(indicators["youth-myopia"]?["status"] as? String == "not-met")
        #expect((jiyang["counts"] as? [String: Int])?["atRisk"] == 1)
        let csv = RegionsCSV.render(comparison, language: .zh)
        #expect(csv.hasPrefix("\u{FEFF}地区,指标,名称,属性,评估年份,数值年份,数值,基线,基线年份,目标,目标来源,进度,时间进度,状态,证据强度\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == 14 * 23)
        #expect(csv.contains("\r\n济阳区,youth-myopia,青少年总体近视率,约束性,2023,2023,52.5,52,2021,"))
        // What we write, plan-track reads back as data: the region and value columns are understood.
        let back = Fixtures.read(String(csv.dropFirst()).replacingOccurrences(of: "数值年份", with: "年份").replacingOccurrences(of: "评估年份", with: "备注"))
        #expect(back.data.values.count == comparison.regions.reduce(0) { $0 + $1.assessments.filter { $0.value != nil }.count })
    }
}
