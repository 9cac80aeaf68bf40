import Testing
@testable import PlanTrack

/// The spec's worked examples, then every status and every target kind.
@Suite struct AssessorTests {
    // MARK: Worked examples (docs/method.md)

    @Test func lifeExpectancyWorkedExample() {
        let a = Fixtures.assess("life-expectancy", "life-expectancy,2023,80.2", year: 2023)
        #expect(approximately(a.expectedProgress, 0.6))
        #expect(approximately(a.progress, 0.6 / 0.9))
        #expect(a.status == .onTrack)
        #expect(approximately(a.gap, 0.3))
        #expect(approximately(a.paceNeeded, 0.15))
        #expect(approximately(a.paceSoFar, 0.2))
        #expect(a.level == .ok)
    }

    @Test func tuberculosisWorkedExample() {
        let a = Fixtures.assess("tuberculosis-incidence", "肺结核发病率,2023,29.8", year: 2023)
        #expect(approximately(a.progress, 0.1))
        #expect(approximately(a.expectedProgress, 0.6))
        #expect(a.status == .behind)
        #expect(a.level == .warning)
        #expect(approximately(a.gap, 1.8))
    }

    @Test func generalPractitionersWorkedExample() {
        let a = Fixtures.assess("general-practitioners", "每万人口全科医生数,2023,3.3", year: 2023)
        #expect(approximately(a.progress, 0.74 / 1.44))
        #expect(a.status == .slightlyBehind)
        #expect(a.level == .alert)
        #expect(a.isAtRisk)
    }

    @Test func youthMyopiaWorkedExample() {
        let a = Fixtures.assess("youth-myopia", "youth-myopia,2021,52.0\nyouth-myopia,2023,50.5", year: 2023)
        #expect(a.baseline == BaselineUsed(value: 52, year: 2021, origin: .provisional, isApproximate: false))
        #expect(approximately(a.threshold, 50.0))
        #expect(a.status == .notMet)
        #expect(approximately(a.gap, 0.5))
        #expect(a.level == .alert)
        #expect(a.progress == nil)
    }

    // MARK: Distance targets

    @Test(arguments: [
        // value in 2023 for life expectancy (b 79.6, t 80.5, s 0.6): progress, status
        (80.5, Status.achieved),
        (81.0, Status.achieved),
        (80.113, Status.onTrack),       // p = 0.57 exactly: 0.95 × s
        (80.1, Status.slightlyBehind),  // p = 0.556
        (79.924, Status.slightlyBehind),// p = 0.36 exactly: 0.6 × s
        (79.9, Status.behind),          // p = 0.333
        (79.6, Status.behind),          // p = 0
        (79.5, Status.movingAway),      // p < 0
    ])
    func statusThresholdsAtTheBoundaries(value: Double, expected: Status) {
        let a = Fixtures.assess("life-expectancy", "life-expectancy,2023,\(value)", year: 2023)
        #expect(a.status == expected, "value \(value): p = \(a.progress ?? .nan)")
    }

    @Test func lowerIsBetterProgressAndGap() {
        let a = Fixtures.assess("premature-chronic-mortality", "重大慢病过早死亡率,2022,14.2", year: 2022)
        // b 14.67, t 13.80: p = (14.2 − 14.67) / (13.80 − 14.67) = 0.540; s = 0.4
        #expect(approximately(a.progress, 0.47 / 0.87))
        #expect(a.status == .onTrack)
        #expect(approximately(a.gap, 0.4))
        #expect(approximately(a.paceSoFar, 0.235))
    }

    @Test func finalEvaluationIsAchievedOrNotMet() {
        let missed = Fixtures.assess("hospital-beds", "hospital-beds,2025,7.9", year: 2025)
        #expect(missed.status == .notMet)
        #expect(missed.paceNeeded == nil)
        #expect(missed.level == .warning)
        let met = Fixtures.assess("hospital-beds", "hospital-beds,2025,8.1", year: 2025)
        #expect(met.status == .achieved)
        let late = Fixtures.assess("hospital-beds", "hospital-beds,2026,7.9", year: 2026)
        #expect(late.status == .notMet)
    }

    @Test func aroundIsMetWithinTolerance() {
        let within = Fixtures.assess("out-of-pocket-share", "out-of-pocket-share,2023,25.4", year: 2023)
        #expect(within.status == .achieved)
        #expect(approximately(within.gap, 0.4))   // measured to the stated 25, not to 25.5
        #expect(approximately(within.threshold, 25.5))
        #expect(within.paceNeeded == nil)
        let edge = Fixtures.assess("out-of-pocket-share", "out-of-pocket-share,2023,25.5", year: 2023)
        #expect(edge.status == .achieved)
        let outside = Fixtures.assess("out-of-pocket-share", "out-of-pocket-share,2023,26.2", year: 2023)
        // b 27 (approximate), t 25: p = 0.8/2 = 0.4 < 0.57 → slightly behind (≥ 0.36)
        #expect(approximately(outside.progress, 0.4))
        #expect(outside.status == .slightlyBehind)
        #expect(outside.level == .alert)
        #expect(outside.baseline?.isApproximate == true)
    }

    @Test func aroundForAHigherIsBetterIndicatorUsesTheLowerBound() {
        #expect(Assessor.meets(.around(25, tolerance: 0.5), 24.5, direction: .higherIsBetter))
        #expect(!Assessor.meets(.around(25, tolerance: 0.5), 24.4, direction: .higherIsBetter))
        #expect(Assessor.meets(.around(25, tolerance: 0.5), 25.5, direction: .lowerIsBetter))
        #expect(!Assessor.meets(.around(25, tolerance: 0.5), 25.6, direction: .lowerIsBetter))
    }

    @Test func projectionIsTheLeastSquaresLineReadAtTheTargetYear() {
        // Points (2020, 79.6), (2021, 79.99), (2023, 80.2), read at 2025: numpy.polyfit gives 80.61357142857.
        let a = Fixtures.assess("life-expectancy", "life-expectancy,2021,79.99\nlife-expectancy,2023,80.2", year: 2023)
        let projected = Projection.value(at: 2025, through: [(2020, 79.6), (2021, 79.99), (2023, 80.2)])
        #expect(approximately(a.projected, projected ?? .nan))
        #expect(approximately(projected, 80.61357142857, within: 1e-9))
        #expect(a.projectedMet == true)
        #expect(approximately(a.yearOnYearChange, 0.21))
    }

    @Test func projectionOfAPercentageStaysWithin0And100() {
        let a = Fixtures.assess("immunization-coverage", "immunization-coverage,2021,95\nimmunization-coverage,2023,99.5", year: 2023)
        #expect(a.projected == 100)
        #expect(a.projectedMet == true)
    }

    @Test func projectionNeedsTwoYears() {
        #expect(Projection.value(at: 2025, through: [(2021, 1)]) == nil)
        #expect(Projection.value(at: 2025, through: [(2021, 1), (2021, 2)]) == nil)
        #expect(Projection.value(at: 2025, through: [(2020, 1), (2021, 2)]) == 6)
    }

    @Test func aBaselineAlreadyPastTheTargetHasNoProgress() {
        // A district whose 2020 value already beat the target, then fell below it.
        let rows = "hospital-beds,2020,8.5,历下区\nhospital-beds,2022,7.9,历下区"
        let a = Fixtures.assess("hospital-beds", rows, year: 2022, region: "历下区")
        #expect(a.progress == nil)
        #expect(a.status == .movingAway)
        let held = Fixtures.assess("hospital-beds", "hospital-beds,2020,8.5,历下区\nhospital-beds,2022,8.6,历下区", year: 2022, region: "历下区")
        #expect(held.status == .achieved)
    }

    // MARK: Missing baselines

    @Test func missingBaselineTakesAReported2020Row() {
        let a = Fixtures.assess("childcare-places", "childcare-places,2020,3.0\nchildcare-places,2022,4.15", year: 2022)
        #expect(a.baseline == BaselineUsed(value: 3.0, year: 2020, origin: .reported, isApproximate: false))
        #expect(approximately(a.progress, 1.15 / 2))
        #expect(approximately(a.expectedProgress, 0.4))
        #expect(a.status == .onTrack)
    }

    @Test func missingBaselineFallsBackToTheEarliestYearProvisionally() {
        let a = Fixtures.assess("childcare-places", "childcare-places,2021,3.5\nchildcare-places,2023,4.0", year: 2023)
        #expect(a.baseline?.isProvisional == true)
        #expect(a.baseline?.year == 2021)
        #expect(approximately(a.expectedProgress, 2.0 / 4.0))
        #expect(approximately(a.progress, 0.5 / 1.5))
        #expect(a.status == .slightlyBehind)  // 0.333 ≥ 0.3, < 0.475
        #expect(approximately(a.paceSoFar, 0.25))
    }

    @Test func missingBaselineWithOneValueIsInsufficientUnlessMet() {
        let short = Fixtures.assess("childcare-places", "childcare-places,2022,4.15", year: 2022)
        #expect(short.status == .insufficientData)
        #expect(short.level == .unknown)
        #expect(short.progress == nil)
        #expect(approximately(short.gap, 0.85))
        let met = Fixtures.assess("pharmacists", "pharmacists,2022,0.6", year: 2022)
        #expect(met.status == .achieved)
        #expect(met.level == .ok)
    }

    // MARK: Per-year conditions

    @Test func maintainHoldsTheFloorEachYear() {
        let held = Fixtures.assess("immunization-coverage", "immunization-coverage,2023,97.44", year: 2023)
        #expect(held.status == .achieved)
        #expect(approximately(held.gap, 90 - 97.44))
        #expect(held.progress == nil && held.expectedProgress == nil)
        let dropped = Fixtures.assess("immunization-coverage", "immunization-coverage,2023,89.9", year: 2023)
        #expect(dropped.status == .notMet)
        #expect(dropped.level == .alert)
        #expect(approximately(dropped.gap, 0.1))
    }

    @Test func stableLowUsesTheCeilingWithoutAProvincialValue() {
        let a = Fixtures.assess("infant-mortality", "婴儿死亡率,2021,1.68", year: 2021)
        #expect(a.status == .achieved)
        #expect(a.referenceValue == nil)
        #expect(approximately(a.gap, 1.68 - 3.3))
        let high = Fixtures.assess("infant-mortality", "婴儿死亡率,2021,3.4", year: 2021)
        #expect(high.status == .notMet)
        #expect(high.level == .warning)
    }

    @Test func stableLowMustBeBelowTheProvinceInTheSameYear() {
        let below = Fixtures.assess("infant-mortality", "婴儿死亡率,2023,2.0\n婴儿死亡率,2023,2.61,山东省", year: 2023)
        #expect(below.status == .achieved)
        #expect(below.referenceValue == 2.61)
        #expect(approximately(below.threshold, 2.61))
        #expect(approximately(below.gap, 2.0 - 2.61))
        let equal = Fixtures.assess("infant-mortality", "婴儿死亡率,2023,2.61\n婴儿死亡率,2023,2.61,山东省", year: 2023)
        #expect(equal.status == .notMet)
        let otherYear = Fixtures.assess("infant-mortality", "婴儿死亡率,2022,2.9\n婴儿死亡率,2023,2.61,山东省", year: 2023)
        #expect(otherYear.year == 2022)
        #expect(otherYear.referenceValue == nil)
        #expect(otherYear.status == .achieved)
    }

    @Test func annualDecreaseWithA2020ReferenceAndSlowYears() {
        let rows = "youth-myopia,2020,55\nyouth-myopia,2021,53.5\nyouth-myopia,2022,53.0\nyouth-myopia,2023,51.9"
        let a = Fixtures.assess("youth-myopia", rows, year: 2023)
        #expect(a.baseline?.origin == .reported)
        #expect(approximately(a.threshold, 52))
        #expect(a.status == .achieved)           // 51.9 ≤ 55 − 3
        #expect(a.slowYears == [2022])           // fell only 0.5 in 2022
        #expect(approximately(a.yearOnYearChange, -1.1))
        #expect(approximately(a.paceSoFar, 1.0333333333, within: 1e-6))
    }

    @Test func annualDecreaseWithOneValueIsInsufficient() {
        let a = Fixtures.assess("youth-myopia", "youth-myopia,2022,50", year: 2022)
        #expect(a.status == .insufficientData)
    }

    // MARK: No data, years, regions

    @Test func noValueAfterTheBaselineYearIsNoData() {
        let a = Fixtures.assess("hospital-beds", "hospital-beds,2020,7.48", year: 2023)
        #expect(a.status == .noData)
        #expect(a.value == nil && a.year == nil)
        #expect(a.level == .unknown)
        #expect(a.baseline?.origin == .plan)
    }

    @Test func valuesAfterTheEvaluationYearAreIgnored() {
        let a = Fixtures.assess("hospital-beds", "hospital-beds,2021,7.8\nhospital-beds,2024,8.2", year: 2022)
        #expect(a.year == 2021)
        #expect(a.value == 7.8)
        #expect(a.isStale)
        #expect(a.status == .onTrack)
    }

    @Test func planBaselineWinsOverADiffering2020RowWithAWarning() {
        let data = Fixtures.data("hospital-beds,2020,7.5\nhospital-beds,2021,7.8")
        let result = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2021)
        let beds = result.assessments[Fixtures.index("hospital-beds")]
        #expect(beds.baseline?.value == 7.48)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.location.line == 2)
        #expect(result.warnings.first?.message.en.contains("7.48") == true)
        let same = Assessor(plan: Fixtures.plan, data: Fixtures.data("hospital-beds,2020,7.48")).assess(region: "济南市", year: 2021)
        #expect(same.warnings.isEmpty)
    }

    @Test func anotherRegionUsesItsOwnBaselineNeverThePlans() {
        let rows = "hospital-beds,2020,6.0,济阳区\nhospital-beds,2023,7.2,济阳区\nhospital-beds,2023,9.9"
        let a = Fixtures.assess("hospital-beds", rows, year: 2023, region: "济阳区")
        #expect(a.baseline == BaselineUsed(value: 6.0, year: 2020, origin: .reported, isApproximate: false))
        #expect(approximately(a.progress, 0.6))
        #expect(a.status == .onTrack)
        let noBaseline = Fixtures.assess("hospital-beds", "hospital-beds,2023,7.2,济阳区", year: 2023, region: "济阳区")
        #expect(noBaseline.baseline == nil)
        #expect(noBaseline.status == .insufficientData)
    }

    @Test func defaultYearIsTheLatestForTheRegion() {
        let data = Fixtures.data("hospital-beds,2021,7.8\nhospital-beds,2024,7.9,济阳区\ninfant-mortality,2023,2.61,山东省")
        let assessor = Assessor(plan: Fixtures.plan, data: data)
        #expect(assessor.defaultYear(region: "济南市") == 2021)
        #expect(assessor.defaultYear(region: "济阳区") == 2024)
        #expect(Assessor(plan: Fixtures.plan, data: .empty(plan: Fixtures.plan)).defaultYear(region: "济南市") == 2020)
    }

    // MARK: Summary

    @Test func summaryCountsByAttributeAndNamesBindingAtRiskMostSeriousFirst() {
        let rows = """
        general-practitioners,2023,3.3
        immunization-coverage,2023,88
        pharmacists,2023,0.5
        life-expectancy,2023,79.5
        """
        let result = Assessor(plan: Fixtures.plan, data: Fixtures.data(rows)).assess(region: "济南市", year: 2023)
        let summary = result.summary
        #expect(summary.binding[.slightlyBehind] == 1)
        #expect(summary.binding[.notMet] == 1)
        #expect(summary.binding[.insufficientData] == 1)
        #expect(summary.binding[.noData] == 2)
        #expect(summary.count(.binding) == 5)
        #expect(summary.count(.expected) == 18)
        #expect(summary.expected[.movingAway] == 1)
        #expect(summary.bindingAtRisk.map(\.indicator.id) == ["immunization-coverage", "general-practitioners"])
        #expect(summary.expectedLagging.map(\.indicator.id) == ["life-expectancy"])
    }

    @Test func levelsFollowTheSpecTable() {
        for status in Status.allCases {
            let binding = status.level(for: .binding), expected = status.level(for: .expected)
            switch status {
            case .achieved, .onTrack: #expect(binding == .ok && expected == .ok)
            case .slightlyBehind, .behind, .movingAway, .notMet: #expect(binding == .alert && expected == .warning)
            case .noData, .insufficientData: #expect(binding == .unknown && expected == .unknown)
            }
        }
    }
}

/// A small-count rate that stays under its ceiling but worsened markedly is worth a look, and a
/// line through two of its values is no forecast.
@Suite struct MarkedWorseningTests {
    @Test func maternalMortalityUpThirtyNinePercentIsAWarning() throws {
        let a = Fixtures.assess("maternal-mortality", "maternal-mortality,2021,7.35", year: 2021)
        #expect(a.status == .achieved)
        #expect(approximately(a.worsening, 7.35 / 5.28 - 1))
        #expect(a.level == .warning)
        #expect(a.projected == nil)  // two values of a small-count rate: no projection
        for language in Language.allCases {
            let sentence = Narrative(language: language, plan: Fixtures.plan).sentence(a)
            #expect(sentence.contains(language == .zh ? "较2020年（5.28/10万）上升39.2%" : "up 39.2% on 2020 (5.28/100,000)"), "\(sentence)")
            #expect(!sentence.contains(language == .zh ? "按趋势" : "the trend"))
        }
    }

    @Test func aSmallRiseIsNoWarningAndThreeValuesGiveAProjection() {
        let a = Fixtures.assess("maternal-mortality", "maternal-mortality,2021,5.6\nmaternal-mortality,2022,5.5", year: 2022)
        #expect(a.worsening == nil)
        #expect(a.level == .ok)
        #expect(a.projected != nil && a.projectionPoints == 3)
    }

    @Test func otherProjectionsFromTwoValuesSaySo() {
        let a = Fixtures.assess("general-practitioners", "general-practitioners,2023,3.3", year: 2023)
        #expect(a.projectionPoints == 2)
        #expect(Narrative(language: .zh, plan: Fixtures.plan).sentence(a).contains("仅据2个数据点"))
        #expect(Narrative(language: .en, plan: Fixtures.plan).sentence(a).contains("from 2 values only"))
    }
}
