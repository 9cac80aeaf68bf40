import Testing
@testable import PlanTrack

/// The final evaluation (终期评估, Y = T): docs/method.md, "The final evaluation".
@Suite struct FinalEvaluationTests {
    /// A district that fills in the one-year template: 3.72 against a binding target of 4, and no
    /// 2020 row. Not met, whatever the baseline; progress cannot be worked out, and it says so.
    @Test func aMissedTargetNeedsNoBaseline() {
        let a = Fixtures.assess("general-practitioners", "general-practitioners,2025,3.72,天桥区", year: 2025, region: "天桥区")
        #expect(a.status == .notMet)
        #expect(a.baseline == nil && a.isMissingBaseline)
        #expect(a.level == .alert && a.isAtRisk)
        #expect(approximately(a.gap, 0.28))
        #expect(a.progress == nil && a.paceNeeded == nil && a.paceSoFar == nil)
        #expect(Labels(.zh).status(of: a) == "未完成" && Labels(.en).status(of: a) == "not achieved")
        #expect(Labels(.zh).completion(of: a) == "缺少基线")
        #expect(Narrative(language: .zh, plan: Fixtures.plan).sentence(a).contains("进度无法计算：缺少基线"))
    }

    @Test func aMetTargetNeedsNoBaselineEither() {
        let a = Fixtures.assess("general-practitioners", "general-practitioners,2025,4.2,天桥区", year: 2025, region: "天桥区")
        #expect(a.status == .achieved && a.isMissingBaseline)
    }

    /// Before the target year the same value cannot be placed on the way without a baseline.
    @Test func midPeriodWithoutABaselineIsStillInsufficient() {
        let a = Fixtures.assess("general-practitioners", "general-practitioners,2023,3.72,天桥区", year: 2023, region: "天桥区")
        #expect(a.status == .insufficientData)
        #expect(Labels(.zh).completion(of: a) == nil, "数据不足 says it already")
    }

    /// Y = T and the latest value from 2024: judged on it, named as a data gap, with no pace
    /// for years that are over and no projection.
    @Test func anOlderValueIsJudgedAndNamedAsAGap() {
        let met = Fixtures.assess("life-expectancy", "life-expectancy,2022,80.1\nlife-expectancy,2024,80.6", year: 2025)
        #expect(met.status == .achieved && met.isDataGap && met.year == 2024)
        #expect(Labels(.zh).verdict(of: met) == "已完成（按2024年数据）")
        let missed = Fixtures.assess("life-expectancy", "life-expectancy,2022,80.1\nlife-expectancy,2024,80.3", year: 2025)
        #expect(missed.status == .notMet && missed.isDataGap, "not on track: the period is over")
        #expect(missed.paceNeeded == nil && missed.projected == nil && missed.projectedMet == nil && missed.projectionPoints == 0)
        #expect(Labels(.en).verdict(of: missed) == "not achieved (2024 data)")
        #expect(!Narrative(language: .zh, plan: Fixtures.plan).sentence(missed).contains("尚需年均"))
    }

    /// No projection at Y ≥ T anywhere: not in the assessment, so in no JSON, plot or chart.
    @Test func nothingIsProjectedInTheFinalEvaluation() {
        let data = Fixtures.data("smoking-prevalence,2021,23.5\nsmoking-prevalence,2023,23\nsmoking-prevalence,2025,22.6\nyouth-myopia,2021,52\nyouth-myopia,2025,48.5")
        let result = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2025)
        for a in result.assessments {
            #expect(a.projected == nil && a.projectedMet == nil && a.projectionPoints == 0, "\(a.indicator.id)")
        }
        let smoking = result.assessments[Fixtures.index("smoking-prevalence")]
        #expect(smoking.status == .notMet)
        #expect(!TextPlot.render(smoking, baselineYear: 2020, targetYear: 2025).contains("P"))
        let chart = ChartData(smoking, language: .zh, plan: Fixtures.plan)
        #expect(chart?.projection.isEmpty == true)
        #expect(!AssessmentJSON.render(result).contains("\"projectedMet\": true"))
        // Mid-period, the same data is projected.
        let midPeriod = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2023)
        #expect(midPeriod.assessments[Fixtures.index("smoking-prevalence")].projected != nil)
    }

    /// Youth myopia at Y = T: 52 in 2021, so at most 48 in 2025; 48.5 is not met.
    @Test func aPerYearConditionIsAchievedOrNot() {
        let a = Fixtures.assess("youth-myopia", "youth-myopia,2021,52\nyouth-myopia,2025,48.5", year: 2025)
        #expect(a.status == .notMet && approximately(a.threshold, 48) && a.paceNeeded == nil)
        #expect(Labels(.zh).status(of: a) == "未完成")
        // With one value and no reference year, the condition cannot be judged.
        let single = Fixtures.assess("youth-myopia", "youth-myopia,2025,48.5,天桥区", year: 2025, region: "天桥区")
        #expect(single.status == .insufficientData)
    }

    /// 完成程度: over 100% is 超额完成, below 0 逆向变化.
    @Test func completionInTheFinalWords() {
        let over = Fixtures.assess("general-practitioners", "general-practitioners,2025,4.2", year: 2025)
        #expect(Labels(.zh).completion(of: over) == "超额完成" && Labels(.en).completion(of: over) == "exceeded")
        let away = Fixtures.assess("hospital-beds", "hospital-beds,2025,7.2", year: 2025)
        #expect(away.status == .notMet && Labels(.zh).completion(of: away) == "逆向变化")
        let part = Fixtures.assess("hospital-beds", "hospital-beds,2025,7.74", year: 2025)
        #expect(Labels(.zh).completion(of: part) == "50.0%")
    }

    /// The summary and the regions' counts use the same verdicts.
    @Test func districtsAreCountedByTheSameVerdicts() throws {
        let csv = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/PlanTrackTests/Fixtures/final-2025.csv"), encoding: .utf8)
        let (data, diagnostics) = Fixtures.read(csv)
        #expect(!diagnostics.contains { $0.severity == .error })
        let comparison = Assessor(plan: Fixtures.plan, data: data).compare(year: 2025)
        let tianqiao = try #require(comparison.regions.first { $0.region == "天桥区" })
        let counts = comparison.counts(tianqiao)
        #expect(counts.achieved == 1 && counts.atRisk == 2 && counts.lagging == 1 && counts.onTrack == 0)
        #expect(tianqiao.summary.bindingAtRisk.map(\.indicator.id) == ["pharmacists", "general-practitioners"])
        #expect(comparison.bindingAtRisk.first { $0.indicator.id == "general-practitioners" }?.regions == ["天桥区"])
        #expect(RegionsView(language: .zh).cell(tianqiao.assessments[Fixtures.index("general-practitioners")]) == "3.72 未完成")
        let city = comparison.regions[0]
        #expect(RegionsView(language: .zh).cell(city.assessments[Fixtures.index("life-expectancy")]) == "80.6* 完成")
    }
}
