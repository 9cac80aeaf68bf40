import Testing
@testable import PlanTrack

@Suite struct IndicatorMatcherTests {
    let matcher = IndicatorMatcher(plan: Fixtures.plan)

    @Test(arguments: [
        ("life-expectancy", "life-expectancy"),
        ("人均期望寿命", "life-expectancy"),
        ("人均预期寿命", "life-expectancy"),
        ("LIFE EXPECTANCY", "life-expectancy"),
        ("全科医生", "general-practitioners"),
        ("general practitioners", "general-practitioners"),
        ("托位", "childcare-places"),
        ("每千人口执业(助理)医师数", "physicians"),
        ("近视", "youth-myopia"),
    ])
    func findsByAnyNameOrAnUnambiguousPart(query: String, id: String) {
        #expect(matcher.match(query) == .found(Fixtures.index(id)))
    }

    /// The wordings of the statistics yearbook and the district bulletins, as a cell of a data
    /// file: each finds its indicator exactly, so a row written that way is read.
    @Test(arguments: [
        ("人均寿命", "life-expectancy"),
        ("平均预期寿命", "life-expectancy"),
        ("平均期望寿命", "life-expectancy"),
        ("1-7岁免疫规划疫苗全程接种率", "immunization-coverage"),
        ("适龄儿童免疫规划疫苗接种率", "immunization-coverage"),
        ("适龄儿童国家免疫规划疫苗接种率", "immunization-coverage"),
        ("每千人口医疗卫生机构床位数", "hospital-beds"),
        ("千人口医疗卫生机构床位数", "hospital-beds"),
    ])
    func officialWordingsAreAliases(name: String, id: String) {
        #expect(matcher.exactMatch(name) == Fixtures.index(id))
        let value = Fixtures.plan.indicator(id: Indicator.ID(id))?.baseline.value ?? 1
        let (data, diagnostics) = Fixtures.read("indicator,year,value\n\(name),2023,\(value)\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(data.values.first?.indicator.rawValue == id)
    }

    @Test func ambiguousPartsListEveryCandidate() {
        guard case .ambiguous(let candidates) = matcher.match("死亡率") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(candidates.map { Fixtures.plan.indicators[$0].id } == ["maternal-mortality", "infant-mortality", "under-five-mortality", "premature-chronic-mortality"])
    }

    @Test func unknownNamesSuggestTheNearest() {
        guard case .notFound(let suggestions) = matcher.match("人均期望寿名") else {
            Issue.record("expected not found")
            return
        }
        #expect(suggestions.first == Fixtures.index("life-expectancy"))
        guard case .notFound(let english) = matcher.match("life expectency") else { return }
        #expect(english.first == Fixtures.index("life-expectancy"))
    }

    @Test func dataFilesMatchWholeNamesOnly() {
        #expect(matcher.exactMatch("全科医生") == nil)
        #expect(matcher.exactMatch("每万人口全科医生数") == Fixtures.index("general-practitioners"))
    }

    @Test(arguments: [("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("人均期望寿命", "人均预期寿命", 2), ("人均期望寿命", "人均期望寿名", 1), ("全科医生", "每万人口全科医生数", 5)])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }
}
