/// One indicator's chart as data, in the indicator's own numbers: what every formatter draws
/// (SVG for Markdown and HTML, a native chart in Word), so that each shows the same lines, the
/// same scale and the same words.
public struct ChartData: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public let year: Int
        public let value: Double

        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    /// A horizontal line across the plot: the target (a ceiling or a floor for per-year
    /// conditions) or the reference region's value.
    public struct Line: Sendable, Equatable {
        public let value: Double
        /// As the legend says it: `目标 80.5`, `上限 8.2`, `全省同年 2.61`.
        public let label: String
    }

    public let indicator: Indicator.ID
    /// `人均期望寿命（岁）`.
    public let title: String
    /// The name alone, for an image's alternative text.
    public let name: String
    public let unitIsPercentage: Bool
    /// The reported values, in year order, the baseline year's included.
    public let reported: [Point]
    /// The baseline, drawn hollow, when it is not among the reported values and is a number
    /// the plan states (a bound such as ≥90 is not a point).
    public let baseline: Point?
    /// The straight path from baseline to target: two points, or none.
    public let plannedPath: [Point]
    public let target: Line?
    public let reference: Line?
    /// From the last reported value to the target year's projection: two points, or none.
    public let projection: [Point]
    /// The years on the axis.
    public let years: ClosedRange<Int>
    /// The value axis: from `low` to `high` in steps of `step`.
    public let low: Double
    public let high: Double
    public let step: Double
    /// Legend entries for the series, in the language of the report.
    public let reportedLabel: String
    public let plannedLabel: String
    public let projectionLabel: String

    /// nil when the indicator has no reported value to draw.
    public init?(_ a: Assessment, language: Language, plan: Plan) {
        let baselineYear = plan.baselineYear, targetYear = plan.targetYear
        let indicator = a.indicator
        let labels = Labels(language)
        let zh = language == .zh
        let points = a.series.map { Point(year: $0.year, value: $0.value) }
        guard !points.isEmpty else { return nil }
        self.indicator = indicator.id
        name = labels.name(indicator)
        title = zh ? "\(labels.name(indicator))（\(labels.unit(indicator))）" : "\(labels.name(indicator)) (\(labels.unit(indicator)))"
        unitIsPercentage = indicator.unit == "%"
        reported = points

        var planned: [Point] = []
        if let baseline = a.baseline {
            switch indicator.target.kind {
            case .atLeast, .atMost, .around, .percentChange, .pointsChange:
                // The assessment's target: a change from the base value is the region's own.
                if let target = a.target { planned = [Point(year: baseline.year, value: baseline.value), Point(year: targetYear, value: target)] }
            case .annualDecrease(let step):
                planned = [Point(year: baseline.year, value: baseline.value),
                           Point(year: targetYear, value: baseline.value - step * Double(targetYear - baseline.year))]
            case .maintain, .holdCeiling, .stableLow, .keepImproving, .versusReference:
                break
            }
        }
        plannedPath = planned
        // A baseline the plan gives only as a bound (≥90, <23.9) is not a point to draw: 90 is
        // not what immunisation coverage was in 2020. The path still starts from the number the
        // method measures progress from.
        let drawnBaseline = a.baseline.flatMap { $0.origin == .plan && indicator.baseline.isBound ? nil : $0 }
        baseline = drawnBaseline.flatMap { baseline in
            points.contains { $0.year == baseline.year } ? nil : Point(year: baseline.year, value: baseline.value)
        }
        target = a.target.map { value in
            let number = NumberText.plain(value)
            switch indicator.target.kind {
            case .stableLow, .holdCeiling: return Line(value: value, label: zh ? "上限 \(number)" : "ceiling \(number)")
            case .maintain: return Line(value: value, label: zh ? "下限 \(number)" : "floor \(number)")
            default: return Line(value: value, label: zh ? "目标 \(number)" : "target \(number)")
            }
        }
        // Read into a local first: mapping the assessment's optional in place crashed the release
        // build's optimizer (Swift 6.3.1, CopyPropagation).
        let referenceValue: Double? = a.reference?.value
        if let referenceValue {
            // A legend is terse: "province 2.61", not "the province 2.61".
            let area = labels.referenceArea(plan).replacingOccurrences(of: "the ", with: "")
            reference = Line(value: referenceValue, label: zh ? "\(area)同年 \(NumberText.plain(referenceValue))" : "\(area) \(NumberText.plain(referenceValue))")
        } else {
            reference = nil
        }
        if let projected = a.projected, let last = points.last, last.year < targetYear {
            projection = [last, Point(year: targetYear, value: projected)]
        } else {
            projection = []
        }

        let allYears = points.map(\.year) + planned.map(\.year) + [baselineYear, targetYear] + (baseline.map { [$0.year] } ?? [])
        years = (allYears.min() ?? baselineYear)...max(allYears.max() ?? targetYear, targetYear)
        var values = points.map(\.value) + planned.map(\.value) + projection.map(\.value)
        if let target { values.append(target.value) }
        if let baseline { values.append(baseline.value) }
        if let reference { values.append(reference.value) }
        // A percentage axis stops at 100 and a count at 0 unless a value goes beyond.
        let bounds: ClosedRange<Double> = unitIsPercentage ? 0...100 : 0...Double.greatestFiniteMagnitude
        (low, high, step) = Self.niceScale(values.min() ?? 0, values.max() ?? 1, within: bounds)
        reportedLabel = zh ? "报告值" : "reported"
        plannedLabel = zh ? "按计划进度" : "planned path"
        projectionLabel = zh ? "趋势预测" : "projection"
    }

    /// An axis from a round number to a round number in steps of 1, 2 or 5 × 10ⁿ, with some room
    /// around the data, but not past `bounds` (0–100 for a percentage) unless the data is.
    static func niceScale(_ minimum: Double, _ maximum: Double, within bounds: ClosedRange<Double>? = nil) -> (low: Double, high: Double, step: Double) {
        var low = minimum, high = maximum
        if high - low < 1e-9 { low -= 1; high += 1 }
        let padding = (high - low) * 0.08
        low -= padding
        high += padding
        let rough = (high - low) / 4
        let magnitude = pow10(Int((log10Approximation(rough)).rounded(.down)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        var niceLow = (low / step).rounded(.down) * step, niceHigh = (high / step).rounded(.up) * step
        if let bounds {
            if maximum <= bounds.upperBound { niceHigh = min(niceHigh, bounds.upperBound) }
            if minimum >= bounds.lowerBound { niceLow = max(niceLow, bounds.lowerBound) }
        }
        return (niceLow, niceHigh, step)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }

    /// log10 without Foundation, enough to find an order of magnitude.
    private static func log10Approximation(_ value: Double) -> Double {
        guard value > 0 else { return 0 }
        var exponent = 0.0, scaled = value
        while scaled >= 10 { scaled /= 10; exponent += 1 }
        while scaled < 1 { scaled *= 10; exponent -= 1 }
        return exponent
    }
}
