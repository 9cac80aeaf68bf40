import Testing
@testable import PlanTrack

@Suite struct CheckViewTests {
    static let assessor = Assessor(plan: Fixtures.plan, data: Fixtures.data(StatusViewTests.rows + "\ngeneral-practitioners,2021,2.9\nyouth-myopia,2022,51.8"))

    static func render(_ id: String, _ language: Language) -> String {
        let a = assessor.assess(indicator: Fixtures.index(id), region: "济南市", year: 2023)
        return CheckView(language: language).render(a, history: assessor.history(of: a), plan: Fixtures.plan)
    }

    @Test(arguments: [("general-practitioners", Language.zh), ("general-practitioners", .en), ("youth-myopia", .zh), ("youth-myopia", .en), ("infant-mortality", .zh), ("maternal-mortality", .en), ("childcare-places", .zh), ("childcare-places", .en)])
    func goldenCheck(id: String, language: Language) {
        #expect(Fixtures.matchesGolden(Self.render(id, language), "check-\(id)-\(language.rawValue).txt"))
    }

    @Test func historyAssessesEachYearAsItStoodThen() {
        let a = Self.assessor.assess(indicator: Fixtures.index("general-practitioners"), region: "济南市", year: 2023)
        let history = Self.assessor.history(of: a)
        #expect(history.map(\.year) == [2021, 2023])
        #expect(history.map(\.assessment.status) == [.onTrack, .slightlyBehind])
        #expect(history[0].change == nil)
        #expect(approximately(history[1].change, 0.4))
    }

    @Test func slowYearsAreFlagged() {
        #expect(Self.render("youth-myopia", .en).contains("Years that fell by less than the step: 2022\n"))
    }
}
