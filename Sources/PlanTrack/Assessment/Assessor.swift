/// Applies the method (`docs/method.md`) to reported values: one `Assessment` per indicator.
public struct Assessor: Sendable {
    public let plan: Plan
    /// What `assess(region:year:)` works on; empty until data is given.
    let data: ReportedData

    /// The method's thresholds (docs/method.md): at least 95% of the expected share is on track, at least 60% slightly behind.
    public static let onTrackShare = 0.95
    public static let slightlyBehindShare = 0.6
    /// A stable-low rate more than this share above its baseline has worsened markedly: a warning
    /// even while it stays under the ceiling (maternal mortality 5.28 → 7.35 is +39%).
    public static let markedWorsening = 0.2

    public init(_ plan: Plan) {
        self.init(plan: plan, data: .empty(plan: plan))
    }

    package init(plan: Plan, data: ReportedData) {
        self.plan = plan
        self.data = data
    }

    /// Assesses every indicator of the plan for `region` (default: the plan's own; any name it
    /// goes by, as `RegionNames` reads it) in `year` (default: the latest year with any reported
    /// value for the region), in plan order.
    public func assess(_ data: ReportedData, region: String? = nil, year: Int? = nil) -> PlanAssessment {
        let assessor = Assessor(plan: plan, data: data)
        let region = region.map { plan.regionName(for: TextNormalization.trimmed($0)) } ?? plan.region
        return assessor.assess(region: region, year: year ?? assessor.defaultYear(region: region))
    }

    /// Every reported year of the assessment's indicator and region after the baseline year, up
    /// to its evaluation year, each assessed as of that year: how the indicator stood year by year.
    public func history(of assessment: Assessment, in data: ReportedData) -> [AssessedYear] {
        Assessor(plan: plan, data: data).history(of: assessment)
    }

    package func history(of current: Assessment) -> [AssessedYear] {
        // By the indicator's id: never another indicator's history.
        guard let index = plan.index(of: current.indicator.id) else { return [] }
        var previous: Double?
        var rows: [AssessedYear] = []
        for value in current.series {
            defer { previous = value.value }
            guard value.year > plan.baselineYear else { continue }
            let then = assess(indicator: index, region: current.region, year: value.year)
            rows.append(AssessedYear(year: value.year, value: value.value, change: previous.map { value.value - $0 }, assessment: then))
        }
        return rows
    }

    /// One indicator, as `assess(_:region:year:)` assesses it; nil when the plan has no such indicator.
    public func assess(_ indicator: Indicator.ID, in data: ReportedData, region: String? = nil, year: Int? = nil) -> Assessment? {
        guard let index = plan.index(of: indicator) else { return nil }
        let assessor = Assessor(plan: plan, data: data)
        let region = region.map { plan.regionName(for: TextNormalization.trimmed($0)) } ?? plan.region
        return assessor.assess(indicator: index, region: region, year: year ?? assessor.defaultYear(region: region))
    }

    /// Every indicator of the plan for one region, in plan order, with the warnings the data raised.
    private func assessIndicators(region: String, year: Int) -> (assessments: [Assessment], warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let series = data.seriesByIndicator(region: region)
        let assessments = plan.indicators.indices.map { index in
            assess(indicator: index, region: region, year: year, series: series[index], warnings: &warnings)
        }
        return (assessments, warnings)
    }

    /// Every region side by side in `year` (default: the latest year of the plan's period with
    /// a value for any of them): see `RegionComparison`.
    public func compare(_ data: ReportedData, year: Int? = nil) -> RegionComparison {
        Assessor(plan: plan, data: data).compare(year: year)
    }

    /// - Parameters:
    ///   - keepingSeries: false for a comparison only shown as cells (the regions table, the
    ///     report's section): the regions after the first keep no reported values, so that
    ///     thousands of regions take a fraction of the memory.
    ///   - reviewed: false where no verdict's evidence is shown: the data is not reviewed.
    package func compare(year: Int?, keepingSeries: Bool = true, reviewed: Bool = true) -> RegionComparison {
        let (year, regions) = comparedRegions(year: year)
        var assessed: [PlanAssessment] = []
        assessed.reserveCapacity(regions.count)
        eachComparedRegion(year: year, regions: regions, reviewed: reviewed, { keepingSeries || $0.region == regions.first ? $0 : $0.withoutSeries }, each: { assessed.append($0) })
        return RegionComparison(plan: plan, year: year, regions: assessed)
    }

    /// The regions a comparison shows, in order, and its year (by default the latest year of the
    /// plan's period with a value for any of them): for writers that assess one region at a
    /// time, so that thousands of regions are never all in memory at once.
    package func comparedRegions(year: Int?) -> (year: Int, regions: [String]) {
        let regions = plan.comparedRegions(data.regions)
        return (year ?? regions.compactMap { data.latestYear(region: $0, within: plan.period) }.max() ?? plan.baselineYear, regions)
    }

    /// Every region of `regions` assessed in `year` and made into `Part` by `make`, a batch at
    /// a time on every core, each handed to `each` in order: thousands of regions in a fraction
    /// of the time, and only a batch of them in memory (`.ci/benchmark`, regions at once).
    /// - Parameter reviewed: each region's data reviewed first (`QualityReview`), so that its
    ///   verdicts carry their evidence, as they do for one region.
    package func eachComparedRegion<Part>(year: Int, regions: [String], reviewed: Bool, _ make: (PlanAssessment) -> Part, each: (Part) -> Void) {
        let reviewer = reviewed ? RegionReviewer(plan: plan, data: data, year: year) : nil
        let batch = 512
        for start in stride(from: 0, to: regions.count, by: batch) {
            let names = regions[start..<min(start + batch, regions.count)]
            // A piece of work per 32 regions: enough pieces for every core, few enough to be cheap.
            let pieces = stride(from: names.startIndex, to: names.endIndex, by: 32).map { $0..<min($0 + 32, names.endIndex) }
            let made = Parallel.map(pieces.count) { piece in
                pieces[piece].map { index in
                    var assessed = assessCompared(region: regions[index], year: year)
                    if let reviewer { assessed.findings = reviewer.review(regions[index]).findings }
                    return make(assessed)
                }
            }
            for parts in made { parts.forEach(each) }
        }
    }

    /// One region of a comparison. Every region is in it, so none is named as left out; listing
    /// them per region would make a file of thousands of regions cost the square of their number.
    package func assessCompared(region: String, year: Int) -> PlanAssessment {
        let (assessments, warnings) = assessIndicators(region: region, year: year)
        return PlanAssessment(plan: plan, region: region, year: year, assessments: assessments, warnings: warnings, otherRegions: [])
    }

    /// Y by default: the latest year of the plan's period with any reported value for the
    /// region; the baseline year without any. A stray 2031 (a typo for 2021) does not move it.
    package func defaultYear(region: String) -> Int {
        data.latestYear(region: region, within: plan.period) ?? plan.baselineYear
    }

    /// Assesses every indicator of the plan, in plan order.
    package func assess(region: String, year: Int) -> PlanAssessment {
        let (assessments, warnings) = assessIndicators(region: region, year: year)
        let others = data.rowCounts().filter { $0.region != region && $0.region != plan.referenceRegion }
            .map { PlanAssessment.OtherRegion(name: $0.region, rows: $0.rows) }
        var result = PlanAssessment(plan: plan, region: region, year: year, assessments: assessments, warnings: warnings, otherRegions: others)
        // What the verdicts rest on, reviewed: their evidence weighs it.
        let review = review(region: region, year: year)
        result.findings = review.findings
        result.completeness = review.completeness(of: region)
        return result
    }

    package func assess(indicator index: Int, region: String, year evaluationYear: Int) -> Assessment {
        var ignored: [Diagnostic] = []
        return assess(indicator: index, region: region, year: evaluationYear, series: data.series(indicator: index, region: region), warnings: &ignored)
    }

    /// - Parameter reported: the indicator's values for the region, in year order (any year).
    private func assess(indicator index: Int, region: String, year evaluationYear: Int, series reported: [ReportedValue], warnings: inout [Diagnostic]) -> Assessment {
        // A district with its own plan is judged on its own baseline and target (区目标).
        let (indicator, owner) = plan.indicator(plan.indicators[index], for: region)
        let series = reported.last.map { $0.year <= evaluationYear } ?? true ? reported : reported.filter { $0.year <= evaluationYear }
        let isPlanRegion = region == plan.region
        // The printed baseline is the plan's region's, or the district's from its own plan.
        let hasPrintedBaseline = isPlanRegion || owner == .district
        if hasPrintedBaseline, let printed = indicator.baseline.value,
           let row = series.first(where: { $0.year == plan.baselineYear }), !Compare.equal(row.value, printed) {
            warnings.append(Diagnostic(.warning, row.location,
                                       Message("\(indicator.name) \(plan.baselineYear)年填报为 \(NumberText.plain(row.value))，但规划中为 \(indicator.baseline.text)；按规划的基线计算",
                                               "\(indicator.name) \(plan.baselineYear) is reported as \(NumberText.plain(row.value)), but the plan prints \(indicator.baseline.text); the plan's baseline is used")))
        }
        var builder = Builder(indicator: indicator, owner: owner, region: region, evaluationYear: evaluationYear, targetYear: plan.targetYear, series: series)
        // Milestones are the plan's own region's: a district is not held to the city's yearly aims.
        if isPlanRegion { builder.milestone = indicator.milestone(for: evaluationYear) }
        guard let latest = series.last(where: { $0.year > plan.baselineYear }) else {
            builder.baseline = baseline(for: indicator, series: series, before: nil, printed: hasPrintedBaseline)
            builder.target = Self.kind(indicator.target.kind, from: builder.baseline)?.value
            builder.status = .noData
            return builder.build()
        }
        let year = latest.year, value = latest.value
        builder.year = year
        builder.value = value
        if let previous = series.last(where: { $0.year < year }) {
            builder.yearOnYearChange = value - previous.value
        }
        let baseline = baseline(for: indicator, series: series, before: year, printed: hasPrintedBaseline)
        builder.baseline = baseline
        // Method, "Changes from the base value": 下降10% is the region's own base value less 10%;
        // without a base-year value there is no target to judge by.
        guard let kind = Self.kind(indicator.target.kind, from: baseline) else {
            builder.target = nil
            builder.status = .insufficientData
            return builder.build()
        }
        builder.target = kind.value
        // Method, "The final evaluation": from the target year on, the period is over. Whether a
        // target was met is all that is asked, of the latest value; nothing is projected or paced.
        let isFinal = evaluationYear >= plan.targetYear
        // The line through the baseline and every later reported value up to y.
        var points: [(year: Int, value: Double)] = baseline.map { [($0.year, $0.value)] } ?? []
        points += series.filter { $0.year > (baseline?.year ?? plan.baselineYear) && $0.year <= year }.map { ($0.year, $0.value) }
        // A straight line can run past what the unit allows (a coverage of 102%); the
        // projection stops at the bounds, as a planning analyst would read it.
        // A small-count rate (stable-low) moves a lot from year to year: a line through two
        // values of it is no forecast, so it is not given at all.
        let isSmallCountRate = if case .stableLow = indicator.target.kind { true } else { false }
        if !isFinal, !(isSmallCountRate && points.count < 3) {
            builder.projected = Projection.value(at: plan.targetYear, through: points).map { projected in
                indicator.isPercentage ? min(max(projected, 0), 100) : max(projected, 0)
            }
            builder.projectionPoints = builder.projected == nil ? 0 : points.count
        }

        let direction = indicator.direction.sign
        switch kind {
        case .atLeast(let target), .atMost(let target), .around(let target, _), .percentChange(_, let target), .pointsChange(_, let target):
            if case .around(_, let tolerance) = kind { builder.threshold = target - direction * tolerance }
            builder.gap = (target - value) * direction
            let met = Self.meets(kind, value, direction: indicator.direction)
            builder.projectedMet = builder.projected.map { Self.meets(kind, $0, direction: indicator.direction) }
            if !met, !isFinal, let gap = builder.gap, gap > 0 {
                builder.paceNeeded = gap / Double(plan.targetYear - year)
            }
            if let baseline {
                let elapsed = Double(year - baseline.year)
                builder.expectedProgress = elapsed / Double(plan.targetYear - baseline.year)
                builder.paceSoFar = (value - baseline.value) * direction / elapsed
                let distance = target - baseline.value
                // A baseline already at or past the target leaves no distance to cover: progress
                // is undefined, and falling back below the target is moving away from it.
                builder.progress = distance * direction > 0 ? (value - baseline.value) / distance : nil
            }
            // Whether the value meets the target is a comparison with the target: it never waits
            // for a baseline. Only the classes on the way there (on track, behind) need one.
            if met {
                builder.status = .achieved
            } else if isFinal {
                builder.status = .notMet
            } else if let progress = builder.progress, let expected = builder.expectedProgress {
                builder.status = Self.status(progress: progress, expected: expected)
            } else if baseline != nil {
                builder.status = .movingAway
            } else {
                // Method, "Missing baselines", case 3: before the target year, with nothing to
                // measure from, a value short of its target cannot be placed on the way.
                builder.status = .insufficientData
            }
        case .maintain(let floor):
            builder.target = floor
            builder.threshold = floor
            builder.gap = (floor - value) * direction
            builder.status = Compare.atLeast(value, floor) ? .achieved : .notMet
            builder.projectedMet = builder.projected.map { Compare.atLeast($0, floor) }
        case .holdCeiling(let ceiling):
            builder.target = ceiling
            builder.threshold = ceiling
            builder.gap = value - ceiling
            builder.status = Compare.atMost(value, ceiling) ? .achieved : .notMet
            builder.projectedMet = builder.projected.map { Compare.atMost($0, ceiling) }
        case .keepImproving:
            // Method, "No number": each reported year improves on the one before (or on the
            // baseline, for the first); nothing to measure a distance to.
            let previous = series.last { $0.year < year }.map { (year: $0.year, value: $0.value) } ?? baseline.map { (year: $0.year, value: $0.value) }
            guard let previous, previous.year < year else {
                builder.status = .insufficientData
                return builder.build()
            }
            builder.threshold = previous.value
            builder.status = Compare.below(0, (value - previous.value) * direction) ? .achieved : .notMet
            builder.paceSoFar = baseline.map { (value - $0.value) * direction / Double(year - $0.year) }
            builder.slowYears = zip(points, points.dropFirst()).compactMap { earlier, later in
                Compare.below(0, (later.value - earlier.value) * direction) ? nil : later.year
            }
        case .versusReference(let comparison):
            // Compared with the reference region's value of the same year; without one, no verdict.
            guard let reference = data.value(indicator: index, region: plan.referenceRegion, year: year) else {
                builder.status = .insufficientData
                return builder.build()
            }
            builder.reference = reference
            builder.threshold = reference.value
            builder.gap = (reference.value - value) * direction
            let met: Bool = switch comparison {
            case .reach: indicator.direction == .higherIsBetter ? Compare.atLeast(value, reference.value) : Compare.atMost(value, reference.value)
            case .above: Compare.below(reference.value, value)
            case .below: Compare.below(value, reference.value)
            }
            builder.status = met ? .achieved : .notMet
        case .stableLow(let ceiling, _):
            let reference = data.value(indicator: index, region: plan.referenceRegion, year: year)
            let provincial = reference?.value
            builder.target = ceiling
            builder.reference = reference
            let threshold = min(ceiling, provincial ?? ceiling)
            builder.threshold = threshold
            builder.gap = (threshold - value) * direction
            let belowProvince = provincial.map { Compare.below(value, $0) } ?? true
            builder.status = Compare.atMost(value, ceiling) && belowProvince ? .achieved : .notMet
            builder.projectedMet = builder.projected.map { Compare.atMost($0, ceiling) }
            if let baseline, baseline.value > 0, value > baseline.value * (1 + Self.markedWorsening) {
                builder.worsening = value / baseline.value - 1
            }
        case .annualDecrease(let step):
            // The condition itself is measured from a reference year: without one there is nothing to hold it to.
            guard let reference = baseline else {
                builder.status = .insufficientData
                return builder.build()
            }
            let threshold = reference.value - step * Double(year - reference.year)
            builder.threshold = threshold
            builder.gap = (threshold - value) * direction
            if !isFinal { builder.paceNeeded = step }
            builder.paceSoFar = (value - reference.value) * direction / Double(year - reference.year)
            builder.status = Compare.atMost(value, threshold) ? .achieved : .notMet
            let finalThreshold = reference.value - step * Double(plan.targetYear - reference.year)
            builder.projectedMet = builder.projected.map { Compare.atMost($0, finalThreshold) }
            builder.slowYears = Self.slowYears(step: step, points: points)
        }
        return builder.build()
    }

    /// Method, "Missing baselines": the plan's value (own region only), else a reported
    /// baseline-year row, else the earliest reported year before y (provisional).
    private func baseline(for indicator: Indicator, series: [ReportedValue], before year: Int?, printed: Bool) -> BaselineUsed? {
        if printed, let value = indicator.baseline.value {
            return BaselineUsed(value: value, year: plan.baselineYear, origin: .plan, isApproximate: indicator.baseline.isApproximate)
        }
        if let row = series.first(where: { $0.year == plan.baselineYear }) {
            return BaselineUsed(value: row.value, year: row.year, origin: .reported, isApproximate: false)
        }
        if let year, let earliest = series.first, earliest.year < year {
            return BaselineUsed(value: earliest.value, year: earliest.year, origin: .provisional, isApproximate: false)
        }
        return nil
    }

    /// The target kind as the region is judged on it: a change from the base value measured from
    /// the region's own base-year value (nil without one: a provisional baseline is no base year);
    /// any other kind as the plan states it.
    static func kind(_ kind: TargetKind, from baseline: BaselineUsed?) -> TargetKind? {
        guard kind.isChangeFromBaseline else { return kind }
        guard let baseline, !baseline.isProvisional else { return nil }
        return kind.measured(from: baseline.value)
    }

    /// Method, "Distance targets": progress against the share of time elapsed.
    static func status(progress: Double, expected: Double) -> Status {
        if Compare.atLeast(progress, onTrackShare * expected) { return .onTrack }
        if Compare.atLeast(progress, slightlyBehindShare * expected) { return .slightlyBehind }
        if Compare.atLeast(progress, 0) { return .behind }
        return .movingAway
    }

    /// Method, "Target kinds": met in year y, for the kinds that compare with one number.
    static func meets(_ kind: TargetKind, _ value: Double, direction: Direction) -> Bool {
        switch kind {
        case .atLeast(let target), .maintain(let target): Compare.atLeast(value, target)
        case .atMost(let target), .holdCeiling(let target): Compare.atMost(value, target)
        case .around(let target, let tolerance):
            direction == .lowerIsBetter ? Compare.atMost(value, target + tolerance) : Compare.atLeast(value, target - tolerance)
        case .percentChange(_, let target), .pointsChange(_, let target):
            direction == .lowerIsBetter ? Compare.atMost(value, target) : Compare.atLeast(value, target)
        case .stableLow(let ceiling, _): Compare.atMost(value, ceiling)
        case .annualDecrease, .keepImproving, .versusReference: false
        }
    }

    /// Years whose fall from the previous reported year was less than `step` a year.
    static func slowYears(step: Double, points: [(year: Int, value: Double)]) -> [Int] {
        zip(points, points.dropFirst()).compactMap { previous, current in
            let fall = (previous.value - current.value) / Double(current.year - previous.year)
            return Compare.below(fall, step) ? current.year : nil
        }
    }

    /// Collects the parts of an assessment as they are worked out.
    private struct Builder {
        let indicator: Indicator
        let owner: TargetOwner
        let region: String
        let evaluationYear: Int
        let targetYear: Int
        let series: [ReportedValue]
        var year: Int?
        var value: Double?
        var baseline: BaselineUsed?
        var target: Double?
        var threshold: Double?
        var progress: Double?
        var expectedProgress: Double?
        var gap: Double?
        var paceNeeded: Double?
        var paceSoFar: Double?
        var projected: Double?
        var projectedMet: Bool?
        var projectionPoints = 0
        var worsening: Double?
        var status: Status = .noData
        var reference: ReportedValue?
        var yearOnYearChange: Double?
        var slowYears: [Int] = []
        var milestone: Milestone?

        init(indicator: Indicator, owner: TargetOwner, region: String, evaluationYear: Int, targetYear: Int, series: [ReportedValue]) {
            self.indicator = indicator
            self.owner = owner
            self.region = region
            self.evaluationYear = evaluationYear
            self.targetYear = targetYear
            self.series = series
            self.target = indicator.target.kind.value
        }

        func build() -> Assessment {
            Assessment(
                indicator: indicator, targetOwner: owner, region: region, evaluationYear: evaluationYear, targetYear: targetYear, year: year, value: value,
                baseline: baseline, target: target, threshold: threshold, progress: progress,
                expectedProgress: expectedProgress, gap: gap, paceNeeded: paceNeeded, paceSoFar: paceSoFar,
                projected: projected, projectedMet: projectedMet, projectionPoints: projectionPoints, worsening: worsening, status: status, reference: reference,
                yearOnYearChange: yearOnYearChange, slowYears: slowYears, series: series, milestone: milestone)
        }
    }
}
