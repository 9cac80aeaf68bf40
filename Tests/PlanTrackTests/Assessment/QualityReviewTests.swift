import Testing
@testable import PlanTrack

/// The data-quality review: each check on hand-made data, in both languages; evidence and the
/// what-if beside every verdict.
@Suite struct QualityReviewTests {
    static func review(_ rows: String, region: String? = nil, year: Int = 2024) -> QualityReview {
        Assessor(plan: Fixtures.plan, data: Fixtures.data(rows)).review(region: region, year: year)
    }

    static func kinds(_ review: QualityReview, _ kind: QualityFinding.Kind) -> [QualityFinding] { review.findings.filter { $0.kind == kind } }

    @Test func relatedIndicatorsThatBreakTheirRelation() throws {
        let review = Self.review("""
            infant-mortality,2024,1.9,历下区
            under-five-mortality,2024,1.5,历下区
            infant-mortality,2024,1.9,市中区
            under-five-mortality,2024,1.9,市中区
            physicians,2024,0.5,历下区
            tcm-physicians,2024,0.9,历下区
            """)
        let related = Self.kinds(review, .related)
        #expect(related.map(\.region) == ["历下区", "历下区"], "equal values keep the relation")
        let first = try #require(related.first)
        #expect(first.indicator == "under-five-mortality" && first.year == 2024 && first.value == 1.5)
        #expect(first.message.zh == "5岁以下儿童死亡率 2024年为 1.5，低于婴儿死亡率（1.9）；按定义不应低于：请核实")
        #expect(first.message.en == "Under-five mortality rate 2024: 1.5, below Infant mortality rate (1.9); by definition it is never below: check it")
        #expect(related.last?.message.en.hasSuffix("(0.5); by definition it is never above: check it") == true, "\(related.last?.message.en ?? "")")
    }

    /// A jump of more than 33% from the previous reported year; 100% for a small-count rate.
    @Test func changesOverTime() throws {
        let review = Self.review("""
            hospital-beds,2023,7.6,历下区
            hospital-beds,2024,10.9,历下区
            hospital-beds,2022,7.6,市中区
            hospital-beds,2024,9.9,市中区
            maternal-mortality,2023,4,历下区
            maternal-mortality,2024,7.9,历下区
            maternal-mortality,2023,4,市中区
            maternal-mortality,2024,8.1,市中区
            """)
        let jumps = Self.kinds(review, .overTime)
        #expect(jumps.map { "\($0.region) \($0.indicator)" } == ["历下区 hospital-beds", "市中区 maternal-mortality"], "\(jumps.map(\.message.en))")
        #expect(jumps.first?.message.zh == "每千人口医疗机构床位数 2024年为 10.9张，比2023年（7.6张）上升43.4%，超过 33.0% 的变化幅度：请核实")
        #expect(jumps.first?.message.en == "Hospital beds per 1,000 people 2024: 10.9 beds, up 43.4% on 2023 (7.6 beds), more than 33.0%: check it")
    }

    /// Far from the other regions: a modified z-score over 3.5 among at least 5 regions, the
    /// plan's own region (a total) never among them.
    @Test func outliersAmongRegions() throws {
        let regions = ["历下区": 7.8, "市中区": 7.9, "槐荫区": 8.1, "天桥区": 7.7, "历城区": 12.5, "长清区": 7.6, "济南市": 30]
        let rows = regions.map { "hospital-beds,2024,\($0.value),\($0.key)" }.joined(separator: "\n")
        let review = Self.review(rows)
        let outliers = Self.kinds(review, .outlier)
        #expect(outliers.map(\.region) == ["历城区"])
        #expect(outliers.first?.message.zh == "每千人口医疗机构床位数 2024年为 12.5张，远离各地区的数值（中位数 7.85，中位数绝对偏差 0.2，修正 z 值 15.7）：请核实")
        // Four regions are too few to say.
        let few = Self.review(["历下区": 7.8, "市中区": 7.9, "槐荫区": 8.1, "历城区": 12.5].map { "hospital-beds,2024,\($0.value),\($0.key)" }.joined(separator: "\n"))
        #expect(Self.kinds(few, .outlier).isEmpty)
    }

    /// The median by selection is the median by sorting, on seeded random lists with repeats.
    @Test func medianBySelection() {
        var generator = SeededGenerator(seed: 35)
        for _ in 0..<2000 {
            var values = (0..<Int.random(in: 1...40, using: &generator)).map { _ in Double(Int.random(in: 0...12, using: &generator)) / 2 }
            let sorted = values.sorted(), middle = sorted.count / 2
            let expected = sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
            #expect(RegionReviewer.median(&values) == expected, "\(sorted)")
        }
    }

    @Test func completenessAndGaps() throws {
        let review = Self.review("""
            life-expectancy,2021,80,历下区
            life-expectancy,2023,80.2,历下区
            life-expectancy,2024,80.3,历下区
            """, region: "历下区")
        #expect(review.regions == ["历下区"])
        let shares = try #require(review.completeness["历下区"])
        #expect(shares[Fixtures.index("life-expectancy")] == 0.75 && shares[Fixtures.index("hospital-beds")] == 0)
        #expect(review.completeness(of: "历下区") == 0.75 / 23)
        let missing = Self.kinds(review, .missing)
        #expect(missing.map(\.indicator) == ["life-expectancy"], "an indicator without any value is not a gap in its years, it is no data")
        #expect(missing.first?.message.zh == "人均期望寿命：缺少2022年的数值（完整率 75.0%）")
        #expect(missing.first?.message.en == "Life expectancy: no value for 2022 (75.0% complete)")
    }

    /// Every reason weighs in; the grade follows the rule of the method.
    @Test func evidenceGrades() throws {
        let (data, diagnostics) = Fixtures.read("""
            indicator,year,value,region,source
            life-expectancy,2021,80,,统计公报
            life-expectancy,2023,80.2,,统计公报
            hospital-beds,2023,7.9,,
            general-practitioners,2023,3.3,,统计公报
            """)
        #expect(diagnostics.isEmpty)
        let result = Assessor(plan: Fixtures.plan, data: data).assess(region: "济南市", year: 2023)
        func evidence(_ id: String) -> Evidence? { result.evidence(result.assessments[Fixtures.index(id)]) }
        #expect(evidence("life-expectancy")?.grade == .strong)
        #expect(evidence("hospital-beds")?.grade == .weak, "one year, no source, a projection from two values")
        #expect(evidence("hospital-beds")?.reasons.map(\.message.en) == ["one reported year only", "the projection rests on 2 values", "the value gives no source"])
        #expect(evidence("general-practitioners")?.grade == .weak)
        #expect(evidence("maternal-mortality") == nil, "no value, no grade")
    }

    /// The what-if of the method's worked example: general practitioners, b = 2.56, t = 4, 3.3
    /// in 2023: back on the straight path with 2.56 + 4/5 × 1.44 = 3.712 in 2024; at 0.247 a year
    /// the 0.7 left takes 3 years: 2026.
    @Test func whatItWouldTake() throws {
        let a = Fixtures.assess("general-practitioners", "general-practitioners,2023,3.3", year: 2023)
        #expect(abs((a.neededNextYear ?? 0) - 3.712) < 1e-9)
        #expect(a.reachedYear == 2026)
        let narrative = Narrative(language: .zh, plan: Fixtures.plan)
        #expect(narrative.whatIf(a) == "回到进度：2024年需达到3.71人；按目前速度，约于2026年达到目标。")
        #expect(Narrative(language: .en, plan: Fixtures.plan).whatIf(a) == "Back on track: 3.71 people in 2024; at the pace so far, the target is reached in 2026.")
        let away = Fixtures.assess("general-practitioners", "general-practitioners,2023,2.4", year: 2023)
        #expect(away.reachedYear == nil && narrative.whatIf(away)?.hasSuffix("按目前速度，无法达到目标。") == true)
        let final = Fixtures.assess("general-practitioners", "general-practitioners,2025,3.3", year: 2025)
        #expect(final.neededNextYear == nil && final.reachedYear == nil, "the period is over")
    }
}
