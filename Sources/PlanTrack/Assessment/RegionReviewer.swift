/// One region's data-quality review (`QualityReview`), with what every region's review shares
/// worked out once: the other regions' median and spread of each indicator and year. A
/// comparison reviews each region on the core where it assesses it.
struct RegionReviewer: Sendable {
    let plan: Plan
    let data: ReportedData
    /// Y: the last year reviewed; the years reviewed are B+1…Y.
    let year: Int
    let years: ClosedRange<Int>
    /// The median and MAD of each indicator and year among the peers:
    /// `spreads[indicator * years.count + year - years.lowerBound]`; nil with fewer than
    /// `QualityReview.outlierPeers` values.
    let spreads: [(median: Double, deviation: Double)?]

    init(plan: Plan, data: ReportedData, year: Int) {
        self.plan = plan
        self.data = data
        self.year = year
        let years = (plan.baselineYear + 1)...max(plan.baselineYear + 1, year)
        self.years = years
        // Each indicator's values by year among the peers: every region but the plan's own (a
        // total is no peer of its parts) and the reference region.
        let peers = data.valuesByIndicatorAndYear(excluding: [plan.region, plan.referenceRegion], years: years)
        // The median and MAD of each indicator and year, once, on every core.
        spreads = Parallel.map(peers.count) { slot in
            var values = peers[slot]
            guard values.count >= QualityReview.outlierPeers else { return nil }
            let median = Self.median(&values)
            var deviations = values.map { abs($0 - median) }
            return (median, Self.median(&deviations))
        }
    }

    /// Each indicator's share of the years with a value, in plan order, and the findings on the
    /// region's values.
    func review(_ region: String) -> (shares: [Double], findings: [QualityFinding]) {
        var findings: [QualityFinding] = []
        let series = data.pointsByIndicator(region: region)
        var shares: [Double] = []
        for (index, indicator) in plan.indicators.enumerated() {
            let values = series[index].filter { $0.year <= year }
            // One value a year (the one-value rule): the values in the years are the years present.
            let present = values.lazy.filter { years.contains($0.year) }.count
            shares.append(Double(present) / Double(years.count))
            if !values.isEmpty, present < years.count {
                let reported = Set(values.map(\.year))
                let missing = years.filter { !reported.contains($0) }
                findings.append(QualityFinding(kind: .missing, region: region, indicator: indicator.id, year: nil, value: nil,
                                               detail: .missing(indicator, years: missing, share: Double(present) / Double(years.count))))
            }
            // Over time: each value against the previous reported one, the base year's included.
            let limit = indicator.target.kind.tag == .stableLow ? QualityReview.smallCountOverTimeShare : QualityReview.overTimeShare
            for (previous, current) in zip(values, values.dropFirst()) where years.contains(current.year) && previous.value != 0 {
                let change = (current.value - previous.value) / abs(previous.value)
                guard abs(change) > limit + 1e-9 else { continue }
                findings.append(QualityFinding(kind: .overTime, region: region, indicator: indicator.id, year: current.year, value: current.value,
                                               detail: .overTime(indicator, previousYear: previous.year, previousValue: previous.value, change: change, limit: limit)))
            }
            // Among the regions: a modified z-score beyond 3.5.
            if region != plan.region {
                for value in values where years.contains(value.year) {
                    guard let spread = spreads[index * years.count + value.year - years.lowerBound], spread.deviation > 0 else { continue }
                    let score = 0.6745 * (value.value - spread.median) / spread.deviation
                    guard abs(score) > QualityReview.outlierScore else { continue }
                    findings.append(QualityFinding(kind: .outlier, region: region, indicator: indicator.id, year: value.year, value: value.value,
                                                   detail: .outlier(indicator, median: spread.median, deviation: spread.deviation, score: score)))
                }
            }
        }
        // Related indicators, year by year where both have a value.
        for check in plan.checks {
            guard let left = plan.index(of: check.left), let right = plan.index(of: check.right) else { continue }
            let rights = Dictionary(series[right].map { ($0.year, $0.value) }, uniquingKeysWith: { first, _ in first })
            for value in series[left] where years.contains(value.year) && value.year <= year {
                guard let other = rights[value.year], !check.holds(left: value.value, right: other) else { continue }
                findings.append(QualityFinding(kind: .related, region: region, indicator: check.left, year: value.year, value: value.value,
                                               detail: .related(plan.indicators[left], check.relation, plan.indicators[right], other: other)))
            }
        }
        return (shares, findings)
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
