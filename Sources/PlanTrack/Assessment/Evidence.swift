/// How far a verdict can be trusted, from what it rests on (method, "Evidence"): each reason
/// weighs 1 (minor) or 2 (major); none is strong (充分), a weight of 1 moderate (一般), 2 or more
/// weak (不足).
public struct Evidence: Sendable, Equatable {
    public enum Grade: String, Sendable, CaseIterable {
        case strong, moderate, weak
    }

    public struct Reason: Sendable, Equatable {
        public let message: Message
        /// 2 for what can overturn a verdict (a quality finding on the value, no baseline, an
        /// old value in the final evaluation), 1 for what only weakens it.
        public let weight: Int
    }

    public let grade: Grade
    public let reasons: [Reason]

    /// The evidence of an assessment, given the quality findings on its region's data; nil
    /// where there is no value to grade.
    public init?(_ a: Assessment, findings: [QualityFinding] = []) {
        guard let year = a.year, a.value != nil else { return nil }
        var reasons: [Reason] = []
        func add(_ weight: Int, _ zh: String, _ en: String) { reasons.append(Reason(message: Message(zh, en), weight: weight)) }
        for finding in findings where finding.region == a.region && finding.indicator == a.indicator.id && finding.year == year {
            add(2, "该数值有数据质量问题（\(finding.kind.name.zh)）", "a data-quality finding on the value (\(finding.kind.name.en))")
        }
        if a.isDataGap { add(2, "按\(year)年的数值判断，缺少\(a.targetYear)年的数值", "judged on \(year), with no \(a.targetYear) value") }
        if a.isMissingBaseline { add(2, "缺少基线，进度无法计算", "no baseline: progress cannot be worked out") }
        if let baseline = a.baseline {
            if baseline.isProvisional { add(2, "基线为暂用的\(baseline.year)年数值", "the baseline is \(baseline.year)'s value, provisionally") }
            if baseline.isApproximate { add(1, "规划的基线是约数或界值", "the plan's baseline is an estimate or a bound") }
        }
        let reported = a.series.filter { $0.year > (a.baseline?.year ?? Int.min) && $0.year <= year }.count
        if reported < 2, a.indicator.target.kind.isDistanceTarget, !a.isFinal { add(1, "只有一个报告年份", "one reported year only") }
        if a.projected != nil, a.projectionPoints < 3 { add(1, "预测只依据\(a.projectionPoints)个数据点", "the projection rests on \(a.projectionPoints) values") }
        if let value = a.series.last(where: { $0.year == year }), value.source.isEmpty { add(1, "数值没有注明来源", "the value gives no source") }
        let weight = reasons.reduce(0) { $0 + $1.weight }
        grade = weight == 0 ? .strong : weight == 1 ? .moderate : .weak
        self.reasons = reasons
    }
}
