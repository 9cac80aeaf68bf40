/// The baseline an assessment measures from, and where it came from.
public struct BaselineUsed: Sendable, Equatable {
    public enum Origin: String, Sendable {
        /// The plan's printed 2020 value.
        case plan
        /// A reported row for the baseline year.
        case reported
        /// The earliest reported year, standing in for a missing baseline.
        case provisional
    }

    public let value: Double
    public let year: Int
    public let origin: Origin
    /// The plan prints a bound or an estimate (`<23.9`, `27左右`, `≥90`).
    public let isApproximate: Bool

    public var isProvisional: Bool { origin == .provisional }
}

/// Everything plan-track says about one indicator in one region and year (spec: "Words").
/// Numbers that do not apply are nil.
public struct Assessment: Sendable {
    /// The indicator as the region is judged on it: with a district's own baseline and target
    /// where its plan sets them (`targetOwner`).
    public let indicator: Indicator
    /// Whose target this is: the plan's (市目标) or the district's own (区目标).
    public let targetOwner: TargetOwner
    public let region: String
    /// Y: the year asked for.
    public let evaluationYear: Int
    /// T: the plan's target year.
    public let targetYear: Int
    /// y: the latest reported year ≤ Y after the baseline year; nil without data.
    public let year: Int?
    /// v: the value in year y.
    public let value: Double?
    public let baseline: BaselineUsed?
    /// t: the stated number, floor or ceiling; nil for annual-decrease.
    public let target: Double?
    /// The condition's threshold in year y (per-year kinds, and t ± tolerance for around).
    public let threshold: Double?
    /// p: share of the baseline-to-target distance covered.
    public let progress: Double?
    /// s: share of the way expected by elapsed time.
    public let expectedProgress: Double?
    /// g: what is still to go in the indicator's unit; ≤ 0 when met or passed.
    public let gap: Double?
    public let paceNeeded: Double?
    public let paceSoFar: Double?
    /// The least-squares line read at the target year.
    public let projected: Double?
    public let projectedMet: Bool?
    /// How many values the projection's line goes through, the baseline included: a line through
    /// two is labelled as such wherever the projection is shown.
    public let projectionPoints: Int
    /// For stable-low: how much worse than its baseline the value is, as a share (0.39 for
    /// 5.28 → 7.35), when it is more than `Assessor.markedWorsening`; raises the level to a warning
    /// even while the condition holds. nil otherwise.
    public let worsening: Double?
    public let status: Status
    /// For stable-low: the provincial row for year y, when the data has one.
    public let reference: ReportedValue?
    public var referenceValue: Double? { reference?.value }
    /// Change from the previous reported year, in the indicator's unit.
    public let yearOnYearChange: Double?
    /// For annual-decrease: years that fell by less than the step (per year), even if the cumulative condition holds.
    public let slowYears: [Int]
    /// The reported values up to Y, in year order, baseline-year rows included.
    public internal(set) var series: [ReportedValue]
    /// The plan's milestone (年度目标) for Y, for the plan's own region; nil when it sets none.
    /// The status is still read against the straight path; the milestone is a second comparison.
    public let milestone: Milestone?

    /// What is still to go to the milestone, in the indicator's unit (≤ 0 when met); nil when
    /// there is no milestone for Y or no value for Y itself (an older value cannot meet it).
    public var milestoneGap: Double? {
        guard let milestone, let value, year == evaluationYear else { return nil }
        return indicator.direction == .higherIsBetter ? milestone.value - value : value - milestone.value
    }

    public var milestoneMet: Bool? {
        guard let milestone, let value, milestoneGap != nil else { return nil }
        return indicator.direction == .higherIsBetter ? Compare.atLeast(value, milestone.value) : Compare.atMost(value, milestone.value)
    }

    public var level: Level {
        let level = status.level(for: indicator.attribute)
        return worsening != nil && level == .ok ? .warning : level
    }
    /// The final evaluation (终期评估): Y is the target year or later, so the status says whether
    /// the target was met (achieved or not met), and nothing is projected or paced.
    public var isFinal: Bool { evaluationYear >= targetYear }
    /// In the final evaluation, the latest value is from before the target year: a data gap,
    /// named as such, and the verdict rests on that older value (按2024年数据).
    public var isDataGap: Bool { isFinal && (year.map { $0 < targetYear } ?? false) }
    /// The value is judged against its target, but progress and pace cannot be worked out: the
    /// region has no baseline to measure from (进度无法计算：缺少基线).
    /// A change from the base value (下降10%) needs a base-year value for its very target: a
    /// provisional baseline does not stand in for it.
    public var isMissingBaseline: Bool {
        guard value != nil, indicator.target.kind.isDistanceTarget else { return false }
        guard let baseline else { return true }
        return indicator.target.kind.isChangeFromBaseline && baseline.isProvisional
    }
    /// What-if (method, "What it would take"): the value next year that puts a distance target
    /// back on the straight path from baseline to target; nil when met, in the final evaluation,
    /// or without a baseline or target.
    public var neededNextYear: Double? {
        guard !isFinal, status != .achieved, indicator.target.kind.isDistanceTarget, let baseline, let target, let year,
              year < targetYear, targetYear > baseline.year else { return nil }
        let share = Double(year + 1 - baseline.year) / Double(targetYear - baseline.year)
        return baseline.value + min(share, 1) * (target - baseline.value)
    }

    /// What-if: the year the target is reached at the pace so far; nil when met, in the final
    /// evaluation, or when the indicator stands still or moves away.
    public var reachedYear: Int? {
        guard !isFinal, status != .achieved, indicator.target.kind.isDistanceTarget, let gap, gap > 0, let pace = paceSoFar, pace > 1e-12, let year else { return nil }
        return year + Int((gap / pace - 1e-9).rounded(.up))
    }

    /// True when a binding indicator is behind, moving away or not met.
    public var isAtRisk: Bool { indicator.attribute == .binding && status.isShortfall }
    /// The year used is older than the year asked for.
    public var isStale: Bool { year.map { $0 < evaluationYear } ?? false }
}
