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
    public let message: Message
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
        let years = (plan.baselineYear + 1)...max(plan.baselineYear + 1, year)
        let zh = Labels(.zh), en = Labels(.en)
        var completeness: [String: [Double]] = [:]
        var findings: [QualityFinding] = []
        // Each indicator's values by year among the peers: every region but the plan's own (a
        // total is no peer of its parts) and the reference region.
        let peers = data.valuesByIndicatorAndYear(excluding: [plan.region, plan.referenceRegion], years: years)
        // The median and MAD of each indicator and year, once, on every core.
        let spreads: [(median: Double, deviation: Double)?] = Parallel.map(peers.count) { slot in
            var values = peers[slot]
            guard values.count >= QualityReview.outlierPeers else { return nil }
            let median = Self.median(&values)
            var deviations = values.map { abs($0 - median) }
            return (median, Self.median(&deviations))
        }
        func reviewRegion(_ region: String) -> (shares: [Double], findings: [QualityFinding]) {
            var findings: [QualityFinding] = []
            let series = data.seriesByIndicator(region: region)
            var shares: [Double] = []
            for (index, indicator) in plan.indicators.enumerated() {
                let values = series[index].filter { $0.year <= year }
                let present = Set(values.map(\.year)).intersection(years)
                shares.append(Double(present.count) / Double(years.count))
                let name = (zh.name(indicator), en.name(indicator))
                func quantity(_ number: Double, _ labels: Labels) -> String {
                    let unit = labels.unit(indicator)
                    return NumberText.plain(number) + (unit == "%" || unit == "‰" || unit.hasPrefix("/") || labels.language == .zh ? unit : " " + unit)
                }
                if !values.isEmpty, present.count < years.count {
                    let missing = years.filter { !present.contains($0) }
                    let percent = NumberText.percent(Double(present.count) / Double(years.count))
                    findings.append(QualityFinding(kind: .missing, region: region, indicator: indicator.id, year: nil, value: nil, message: Message(
                        "\(name.0)：缺少\(NumberText.years(missing, .zh))年的数值（完整率 \(percent)）",
                        "\(name.1): no value for \(NumberText.years(missing, .en)) (\(percent) complete)")))
                }
                // Over time: each value against the previous reported one, the base year's included.
                let limit = indicator.target.kind.tag == .stableLow ? QualityReview.smallCountOverTimeShare : QualityReview.overTimeShare
                for (previous, current) in zip(values, values.dropFirst()) where years.contains(current.year) && previous.value != 0 {
                    let change = (current.value - previous.value) / abs(previous.value)
                    guard abs(change) > limit + 1e-9 else { continue }
                    let share = NumberText.percent(abs(change)), bound = NumberText.percent(limit)
                    findings.append(QualityFinding(kind: .overTime, region: region, indicator: indicator.id, year: current.year, value: current.value, message: Message(
                        "\(name.0) \(current.year)年为 \(quantity(current.value, zh))，比\(previous.year)年（\(quantity(previous.value, zh))）\(change > 0 ? "上升" : "下降")\(share)，超过 \(bound) 的变化幅度：请核实",
                        "\(name.1) \(current.year): \(quantity(current.value, en)), \(change > 0 ? "up" : "down") \(share) on \(previous.year) (\(quantity(previous.value, en))), more than \(bound): check it")))
                }
                // Among the regions: a modified z-score beyond 3.5.
                if region != plan.region {
                    for value in values where years.contains(value.year) {
                        guard let spread = spreads[index * years.count + value.year - years.lowerBound], spread.deviation > 0 else { continue }
                        let score = 0.6745 * (value.value - spread.median) / spread.deviation
                        guard abs(score) > QualityReview.outlierScore else { continue }
                        let numbers = (NumberText.rounded(spread.median, 3), NumberText.rounded(spread.deviation, 3), NumberText.rounded(score, 1))
                        findings.append(QualityFinding(kind: .outlier, region: region, indicator: indicator.id, year: value.year, value: value.value, message: Message(
                            "\(name.0) \(value.year)年为 \(quantity(value.value, zh))，远离各地区的数值（中位数 \(numbers.0)，中位数绝对偏差 \(numbers.1)，修正 z 值 \(numbers.2)）：请核实",
                            "\(name.1) \(value.year): \(quantity(value.value, en)), far from the regions' values (median \(numbers.0), MAD \(numbers.1), modified z-score \(numbers.2)): check it")))
                    }
                }
            }
            // Related indicators, year by year where both have a value.
            for check in plan.checks {
                guard let left = plan.index(of: check.left), let right = plan.index(of: check.right) else { continue }
                let rights = Dictionary(series[right].map { ($0.year, $0.value) }, uniquingKeysWith: { first, _ in first })
                for value in series[left] where years.contains(value.year) && value.year <= year {
                    guard let other = rights[value.year], !check.holds(left: value.value, right: other) else { continue }
                    let (leftIndicator, rightIndicator) = (plan.indicators[left], plan.indicators[right])
                    let word = check.relation == .atLeast ? ("低于", "below", "不应低于", "never below") : ("高于", "above", "不应高于", "never above")
                    findings.append(QualityFinding(kind: .related, region: region, indicator: check.left, year: value.year, value: value.value, message: Message(
                        "\(zh.name(leftIndicator)) \(value.year)年为 \(NumberText.plain(value.value))，\(word.0)\(zh.name(rightIndicator))（\(NumberText.plain(other))）；按定义\(word.2)：请核实",
                        "\(en.name(leftIndicator)) \(value.year): \(NumberText.plain(value.value)), \(word.1) \(en.name(rightIndicator)) (\(NumberText.plain(other))); by definition it is \(word.3): check it")))
                }
            }
            return (shares, findings)
        }
        // Regions reviewed on every core, a piece of work per region: thousands of them take a
        // fraction of the time (`.ci/benchmark`).
        let reviewed = Parallel.map(regions.count) { reviewRegion(regions[$0]) }
        for (region, result) in zip(regions, reviewed) {
            completeness[region] = result.shares
            findings += result.findings
        }
        return QualityReview(plan: plan, year: year, regions: regions, completeness: completeness, findings: findings)
    }

    /// The median, found by selection (no full sort): `values` is reordered.
    static func median(_ values: inout [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        let upper = select(&values, middle)
        guard values.count.isMultiple(of: 2) else { return upper }
        // The largest of the lower half, which selection left below the middle.
        return (upper + (values[..<middle].max() ?? upper)) / 2
    }

    /// The k-th smallest of `values` (Hoare's selection); `values` is reordered so that every
    /// value before index k is at most it.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        var low = 0, high = values.count - 1
        while low < high {
            let pivot = values[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
    }
}
