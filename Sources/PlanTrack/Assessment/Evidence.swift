/// How far a verdict can be trusted, from what it rests on (method, "Evidence"): each reason
/// weighs 1 (minor) or 2 (major); none is strong (充分), a weight of 1 moderate (一般), 2 or more
/// weak (不足).
public struct Evidence: Sendable, Equatable {
    public enum Grade: String, Sendable, CaseIterable {
        case strong, moderate, weak
    }

    public struct Reason: Sendable, Equatable {
        /// What weakens the verdict, in numbers: the words are made only when read, since a
        /// table of thousands of regions shows the grade alone.
        enum Cause: Sendable, Equatable {
            case finding(QualityFinding.Kind)
            case dataGap(year: Int, targetYear: Int)
            case noBaseline
            case provisionalBaseline(year: Int)
            case approximateBaseline
            case oneYear
            case fewPoints(Int)
            case noSource
        }

        let cause: Cause

        /// 2 for what can overturn a verdict (a quality finding on the value, no baseline, an
        /// old value in the final evaluation), 1 for what only weakens it.
        public var weight: Int {
            switch cause {
            case .finding, .dataGap, .noBaseline, .provisionalBaseline: 2
            case .approximateBaseline, .oneYear, .fewPoints, .noSource: 1
            }
        }

        public var message: Message {
            switch cause {
            case .finding(let kind): Message("该数值有数据质量问题（\(kind.name.zh)）", "a data-quality finding on the value (\(kind.name.en))")
            case .dataGap(let year, let targetYear): Message("按\(year)年的数值判断，缺少\(targetYear)年的数值", "judged on \(year), with no \(targetYear) value")
            case .noBaseline: Message("缺少基线，进度无法计算", "no baseline: progress cannot be worked out")
            case .provisionalBaseline(let year): Message("基线为暂用的\(year)年数值", "the baseline is \(year)'s value, provisionally")
            case .approximateBaseline: Message("规划的基线是约数或界值", "the plan's baseline is an estimate or a bound")
            case .oneYear: Message("只有一个报告年份", "one reported year only")
            case .fewPoints(let points): Message("预测只依据\(points)个数据点", "the projection rests on \(points) values")
            case .noSource: Message("数值没有注明来源", "the value gives no source")
            }
        }
    }

    public let grade: Grade
    public let reasons: [Reason]

    /// The evidence of an assessment, given the quality findings on its region's data; nil
    /// where there is no value to grade.
    public init?(_ a: Assessment, findings: [QualityFinding] = []) {
        guard let year = a.year, a.value != nil else { return nil }
        var reasons: [Reason] = []
        func add(_ cause: Reason.Cause) { reasons.append(Reason(cause: cause)) }
        // By index: a finding holds its indicator, and copying each one to look at it costs a
        // reference count, for every verdict of thousands of regions.
        for index in findings.indices where findings[index].year == year && findings[index].indicator == a.indicator.id && findings[index].region == a.region {
            add(.finding(findings[index].kind))
        }
        if a.isDataGap { add(.dataGap(year: year, targetYear: a.targetYear)) }
        if a.isMissingBaseline { add(.noBaseline) }
        if let baseline = a.baseline {
            if baseline.isProvisional { add(.provisionalBaseline(year: baseline.year)) }
            if baseline.isApproximate { add(.approximateBaseline) }
        }
        let reported = a.series.filter { $0.year > (a.baseline?.year ?? Int.min) && $0.year <= year }.count
        if reported < 2, a.indicator.target.kind.isDistanceTarget, !a.isFinal { add(.oneYear) }
        if a.projected != nil, a.projectionPoints < 3 { add(.fewPoints(a.projectionPoints)) }
        if let value = a.series.last(where: { $0.year == year }), value.source.isEmpty { add(.noSource) }
        let weight = reasons.reduce(0) { $0 + $1.weight }
        grade = weight == 0 ? .strong : weight == 1 ? .moderate : .weak
        self.reasons = reasons
    }
}
