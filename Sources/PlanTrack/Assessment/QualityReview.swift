/// One thing in the data worth checking before a verdict rests on it. A finding never changes a
/// value or a verdict: it is shown beside them.
public struct QualityFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Two related indicators break the relation the plan says they keep.
        case related
        /// A value moves more than the allowed share from the previous reported year.
        case overTime = "over-time"
        /// A value far from the other regions' values of the same indicator and year.
        case outlier
        /// Years of the plan's period without a value.
        case missing

        /// The kind in a word or two.
        public var name: Message {
            switch self {
            case .related: Message("关联指标", "related")
            case .overTime: Message("跨年变化", "over time")
            case .outlier: Message("地区间离群", "outlier")
            case .missing: Message("缺失", "missing")
            }
        }
    }

    public let kind: Kind
    public let region: String
    public let indicator: Indicator.ID
    /// The year of the value found; nil for a finding about several years (missing).
    public let year: Int?
    public let value: Double?
    /// What was found, in numbers: the words are made only when they are read, since a review
    /// of thousands of regions may find far more than anyone reads (and an assessment's evidence
    /// needs only the kind).
    let detail: Detail

    enum Detail: Sendable, Equatable {
        case missing(Indicator, years: [Int], share: Double)
        case overTime(Indicator, previousYear: Int, previousValue: Double, change: Double, limit: Double)
        case outlier(Indicator, median: Double, deviation: Double, score: Double)
        case related(Indicator, RelatedCheck.Relation, Indicator, other: Double)
    }

    /// The finding in a sentence, in both languages.
    public var message: Message { Message(message(in: .zh), message(in: .en)) }

    /// The finding in a sentence, in one language: a text in one language makes only its own.
    public func message(in language: Language) -> String {
        let labels = Labels(language), zh = language == .zh
        func quantity(_ indicator: Indicator, _ number: Double) -> String {
            let unit = labels.unit(indicator)
            return NumberText.plain(number) + (unit == "%" || unit == "‰" || unit.hasPrefix("/") || zh ? unit : " " + unit)
        }
        let year = self.year ?? 0, value = self.value ?? 0
        switch detail {
        case let .missing(indicator, years, share):
            let percent = NumberText.percent(share)
            return zh ? "\(labels.name(indicator))：缺少\(NumberText.years(years, .zh))年的数值（完整率 \(percent)）"
                : "\(labels.name(indicator)): no value for \(NumberText.years(years, .en)) (\(percent) complete)"
        case let .overTime(indicator, previousYear, previousValue, change, limit):
            let share = NumberText.percent(abs(change)), bound = NumberText.percent(limit)
            return zh
                ? "\(labels.name(indicator)) \(year)年为 \(quantity(indicator, value))，比\(previousYear)年（\(quantity(indicator, previousValue))）\(change > 0 ? "上升" : "下降")\(share)，超过 \(bound) 的变化幅度：请核实"
                : "\(labels.name(indicator)) \(year): \(quantity(indicator, value)), \(change > 0 ? "up" : "down") \(share) on \(previousYear) (\(quantity(indicator, previousValue))), more than \(bound): check it"
        case let .outlier(indicator, median, deviation, score):
            let numbers = (NumberText.rounded(median, 3), NumberText.rounded(deviation, 3), NumberText.rounded(score, 1))
            return zh
                ? "\(labels.name(indicator)) \(year)年为 \(quantity(indicator, value))，远离各地区的数值（中位数 \(numbers.0)，中位数绝对偏差 \(numbers.1)，修正 z 值 \(numbers.2)）：请核实"
                : "\(labels.name(indicator)) \(year): \(quantity(indicator, value)), far from the regions' values (median \(numbers.0), MAD \(numbers.1), modified z-score \(numbers.2)): check it"
        case let .related(left, relation, right, other):
            let below = relation == .atLeast
            return zh
                ? "\(labels.name(left)) \(year)年为 \(NumberText.plain(value))，\(below ? "低于" : "高于")\(labels.name(right))（\(NumberText.plain(other))）；按定义\(below ? "不应低于" : "不应高于")：请核实"
                : "\(labels.name(left)) \(year): \(NumberText.plain(value)), \(below ? "below" : "above") \(labels.name(right)) (\(NumberText.plain(other))); by definition it is \(below ? "never below" : "never above"): check it"
        }
    }
}

/// The data-quality review of the values an assessment rests on (method, "Data quality"), for
/// the years after the baseline year up to Y: how complete each region's values are, and the
/// findings of four checks.
public struct QualityReview: Sendable {
    public let plan: Plan
    /// Y: the last year reviewed.
    public let year: Int
    /// The regions reviewed, in the comparison's order.
    public let regions: [String]
    /// For each region, each indicator's share of the years B+1…Y with a value (0–1), in plan order.
    public let completeness: [String: [Double]]
    public let findings: [QualityFinding]

    /// A value that moves by more than this share from the previous reported year is named (the
    /// WHO data-quality review's default) …
    public static let overTimeShare = 0.33
    /// … and, for a small-count rate (稳定在较低水平: a few deaths a year move it a lot), more
    /// than this share: it doubles or halves.
    public static let smallCountOverTimeShare = 1.0
    /// A modified z-score beyond this is an outlier among the regions (Iglewicz and Hoaglin).
    public static let outlierScore = 3.5
    /// Outliers are looked for among at least this many regions' values.
    public static let outlierPeers = 5

    /// The share of the region's indicator-years with a value; nil for a region not reviewed.
    public func completeness(of region: String) -> Double? {
        guard let shares = completeness[region], !shares.isEmpty else { return nil }
        return shares.reduce(0, +) / Double(shares.count)
    }

    /// One indicator's share across the regions reviewed.
    public func completeness(of indicator: Indicator.ID) -> Double? {
        guard let index = plan.index(of: indicator), !regions.isEmpty else { return nil }
        return regions.reduce(0) { $0 + (completeness[$1]?[index] ?? 0) } / Double(regions.count)
    }

    /// Every region's indicator-years together.
    public var totalCompleteness: Double? {
        let shares = regions.compactMap { completeness(of: $0) }
        return shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
    }

    /// The findings on one value: what an assessment's evidence takes into account.
    public func findings(region: String, indicator: Indicator.ID, year: Int) -> [QualityFinding] {
        findings.filter { $0.region == region && $0.indicator == indicator && $0.year == year }
    }
}

extension Assessor {
    /// Reviews the data of `region` (default: every region a comparison shows) for the years
    /// after the baseline year up to `year` (default: the comparison's year).
    public func review(_ data: ReportedData, region: String? = nil, year: Int? = nil) -> QualityReview {
        let assessor = Assessor(plan: plan, data: data)
        return assessor.review(region: region.map { plan.regionName(for: TextNormalization.trimmed($0)) }, year: year ?? assessor.comparedRegions(year: nil).year)
    }

    package func review(region only: String?, year: Int) -> QualityReview {
        let compared = plan.comparedRegions(data.regions)
        let regions = only.map { [$0] } ?? compared
        let reviewer = RegionReviewer(plan: plan, data: data, year: year)
        var completeness: [String: [Double]] = [:]
        var findings: [QualityFinding] = []
        // Regions reviewed on every core, a piece of work per region: thousands of them take a
        // fraction of the time (`.ci/benchmark`).
        let reviewed = Parallel.map(regions.count) { reviewer.review(regions[$0]) }
        for (region, result) in zip(regions, reviewed) {
            completeness[region] = result.shares
            findings += result.findings
        }
        return QualityReview(plan: plan, year: year, regions: regions, completeness: completeness, findings: findings)
    }
}
