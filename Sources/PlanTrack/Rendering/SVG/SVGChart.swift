/// A self-contained SVG chart of one indicator: the straight path from baseline to target, the
/// reported values, the target line, and the projection to the target year.
public struct SVGChart: Sendable {
    let labels: Labels
    public let baselineYear: Int
    public let targetYear: Int

    static let width = 640.0, height = 360.0
    static let left = 64.0, right = 150.0, top = 48.0, bottom = 40.0

    public init(language: Language, plan: Plan) {
        self.labels = Labels(language)
        self.baselineYear = plan.baselineYear
        self.targetYear = plan.targetYear
    }

    /// nil when the indicator has no reported value to draw.
    public func render(_ a: Assessment) -> String? {
        let indicator = a.indicator
        let points = a.series.map { (year: $0.year, value: $0.value) }
        guard !points.isEmpty else { return nil }
        let zh = labels.language == .zh

        // What is drawn, in data coordinates.
        var planned: [(year: Int, value: Double)] = []
        if let baseline = a.baseline {
            switch indicator.target.kind {
            case .atLeast(let t), .atMost(let t), .around(let t, _):
                planned = [(baseline.year, baseline.value), (targetYear, t)]
            case .annualDecrease(let step):
                planned = [(baseline.year, baseline.value), (targetYear, baseline.value - step * Double(targetYear - baseline.year))]
            case .maintain, .stableLow:
                break
            }
        }
        let targetLine = a.target
        let baselinePoint: (year: Int, value: Double)? = a.baseline.flatMap { baseline in
            points.contains { $0.year == baseline.year } ? nil : (baseline.year, baseline.value)
        }
        let projection: [(year: Int, value: Double)] = {
            guard let projected = a.projected, let last = points.last, last.year < targetYear else { return [] }
            return [last, (targetYear, projected)]
        }()

        let years = points.map(\.year) + planned.map(\.year) + [baselineYear, targetYear] + (baselinePoint.map { [$0.year] } ?? [])
        let firstYear = years.min() ?? baselineYear, lastYear = max(years.max() ?? targetYear, targetYear)
        var values = points.map(\.value) + planned.map(\.value) + projection.map(\.value)
        if let targetLine { values.append(targetLine) }
        if let baselinePoint { values.append(baselinePoint.value) }
        if let reference = a.referenceValue { values.append(reference) }
        // A percentage axis stops at 100 and a count at 0 unless a value goes beyond.
        let bounds: ClosedRange<Double>? = indicator.unit == "%" ? 0...100 : 0...Double.greatestFiniteMagnitude
        let (low, high, step) = Self.niceScale(values.min() ?? 0, values.max() ?? 1, within: bounds)

        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        // The first and last years sit a little inside the plot, so that their value labels
        // clear the axis's numbers and the legend.
        let inset = 24.0
        func x(_ year: Int) -> Double {
            Self.left + inset + (lastYear == firstYear ? 0 : Double(year - firstYear) / Double(lastYear - firstYear)) * (plotWidth - 2 * inset)
        }
        func y(_ value: Double) -> Double { Self.top + (high - value) / (high - low) * plotHeight }
        func coordinate(_ number: Double) -> String { NumberText.fixed(number, 1) }

        let title = zh ? "\(labels.name(indicator))（\(labels.unit(indicator))）" : "\(labels.name(indicator)) (\(labels.unit(indicator)))"
        var svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(Self.width))" height="\(Int(Self.height))" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" font-family="'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif" font-size="12">
        <title>\(Self.escape(title))</title>
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="\(coordinate(Self.left))" y="24" font-size="15" font-weight="bold" fill="#222222">\(Self.escape(title))</text>

        """
        // Axes and grid.
        for tick in 0...Int(((high - low) / step).rounded()) {
            let value = low + step * Double(tick)
            svg += "<line x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(value)))\" x2=\"\(coordinate(Self.left + plotWidth))\" y2=\"\(coordinate(y(value)))\" stroke=\"#e5e5e5\"/>\n"
            svg += "<text x=\"\(coordinate(Self.left - 6))\" y=\"\(coordinate(y(value) + 4))\" text-anchor=\"end\" fill=\"#555555\">\(Self.escape(NumberText.rounded(value)))</text>\n"
        }
        for year in firstYear...lastYear {
            svg += "<text x=\"\(coordinate(x(year)))\" y=\"\(coordinate(Self.top + plotHeight + 18))\" text-anchor=\"middle\" fill=\"#555555\">\(year)</text>\n"
        }
        svg += "<line x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(Self.top + plotHeight))\" x2=\"\(coordinate(Self.left + plotWidth))\" y2=\"\(coordinate(Self.top + plotHeight))\" stroke=\"#888888\"/>\n"

        var legend: [(color: String, dash: String, text: String)] = []
        if let targetLine {
            let number = NumberText.plain(targetLine)
            let label: String
            switch indicator.target.kind {
            case .stableLow: label = zh ? "上限 \(number)" : "ceiling \(number)"
            case .maintain: label = zh ? "下限 \(number)" : "floor \(number)"
            default: label = zh ? "目标 \(number)" : "target \(number)"
            }
            svg += "<line class=\"target\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(targetLine)))\" x2=\"\(coordinate(Self.left + plotWidth))\" y2=\"\(coordinate(y(targetLine)))\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            legend.append(("#c0392b", "6 4", label))
        }
        if let reference = a.referenceValue {
            svg += "<line class=\"reference\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(reference)))\" x2=\"\(coordinate(Self.left + plotWidth))\" y2=\"\(coordinate(y(reference)))\" stroke=\"#8e44ad\" stroke-dasharray=\"2 3\"/>\n"
            legend.append(("#8e44ad", "2 3", zh ? "全省同年 \(NumberText.plain(reference))" : "province \(NumberText.plain(reference))"))
        }
        if planned.count == 2 {
            svg += "<line class=\"planned\" x1=\"\(coordinate(x(planned[0].year)))\" y1=\"\(coordinate(y(planned[0].value)))\" x2=\"\(coordinate(x(planned[1].year)))\" y2=\"\(coordinate(y(planned[1].value)))\" stroke=\"#999999\" stroke-width=\"1.5\" stroke-dasharray=\"4 4\"/>\n"
            legend.append(("#999999", "4 4", zh ? "按计划进度" : "planned path"))
        }
        // Horizontal lines that a value label must not sit on.
        let lines = [targetLine, a.referenceValue].compactMap { $0.map(y) }
        if projection.count == 2 {
            svg += "<line class=\"projection\" x1=\"\(coordinate(x(projection[0].year)))\" y1=\"\(coordinate(y(projection[0].value)))\" x2=\"\(coordinate(x(projection[1].year)))\" y2=\"\(coordinate(y(projection[1].value)))\" stroke=\"#2e86c1\" stroke-width=\"1.5\" stroke-dasharray=\"1 4\" stroke-linecap=\"round\"/>\n"
            // Inside the plot, ending at the point: to its right is the legend.
            let place = Self.labelPlace(y(projection[1].value), avoiding: lines)
            svg += "<text class=\"projection-value\" x=\"\(coordinate(x(projection[1].year) - 4 - abs(place.dx)))\" y=\"\(coordinate(place.y))\" text-anchor=\"end\" fill=\"#2e86c1\">\(Self.escape(NumberText.rounded(projection[1].value)))</text>\n"
            legend.append(("#2e86c1", "1 4", zh ? "趋势预测" : "projection"))
        }
        if let baselinePoint {
            svg += "<circle class=\"baseline\" cx=\"\(coordinate(x(baselinePoint.year)))\" cy=\"\(coordinate(y(baselinePoint.value)))\" r=\"4\" fill=\"#ffffff\" stroke=\"#1f618d\" stroke-width=\"2\"/>\n"
            let place = Self.labelPlace(y(baselinePoint.value), avoiding: lines)
            svg += "<text class=\"value-label\" x=\"\(coordinate(x(baselinePoint.year) + place.dx))\" y=\"\(coordinate(place.y))\" text-anchor=\"\(place.anchor)\" fill=\"#1f618d\">\(Self.escape(NumberText.plain(baselinePoint.value)))</text>\n"
        }
        let line = ((baselinePoint.map { [$0] } ?? []) + points).map { "\(coordinate(x($0.year))),\(coordinate(y($0.value)))" }.joined(separator: " ")
        svg += "<polyline class=\"series\" points=\"\(line)\" fill=\"none\" stroke=\"#1f618d\" stroke-width=\"2\"/>\n"
        for point in points {
            svg += "<circle class=\"value\" cx=\"\(coordinate(x(point.year)))\" cy=\"\(coordinate(y(point.value)))\" r=\"4\" fill=\"#1f618d\"><title>\(point.year): \(Self.escape(NumberText.plain(point.value)))</title></circle>\n"
            let place = Self.labelPlace(y(point.value), avoiding: lines)
            svg += "<text class=\"value-label\" x=\"\(coordinate(x(point.year) + place.dx))\" y=\"\(coordinate(place.y))\" text-anchor=\"\(place.anchor)\" fill=\"#1f618d\">\(Self.escape(NumberText.plain(point.value)))</text>\n"
        }
        legend.insert(("#1f618d", "", zh ? "报告值" : "reported"), at: 0)
        for (index, item) in legend.enumerated() {
            let top = Self.top + 8 + Double(index) * 20
            let legendX = Self.left + plotWidth + 16
            let dash = item.dash.isEmpty ? "" : " stroke-dasharray=\"\(item.dash)\""
            svg += "<line x1=\"\(coordinate(legendX))\" y1=\"\(coordinate(top))\" x2=\"\(coordinate(legendX + 20))\" y2=\"\(coordinate(top))\" stroke=\"\(item.color)\" stroke-width=\"2\"\(dash)/>\n"
            svg += "<text x=\"\(coordinate(legendX + 26))\" y=\"\(coordinate(top + 4))\" fill=\"#333333\">\(Self.escape(item.text))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    /// Where a value label goes for a point at `pointY`: the nearest place where the text (12px high) sits on none of `lines` (the target, the
    /// province's value). `dx` is from the point; `anchor` is the SVG text-anchor.
    static func labelPlace(_ pointY: Double, avoiding lines: [Double]) -> (dx: Double, y: Double, anchor: String) {
        // Nearest first: just above, just below, beside; then a little further up or down.
        let places: [(dx: Double, y: Double, anchor: String)] = [(0, pointY - 9, "middle"), (0, pointY + 18, "middle"), (8, pointY + 4, "start")]
            + [15.0, 21, 27].flatMap { [(0, pointY - $0, "middle"), (0, pointY + $0 + 9, "middle")] }
        return places.first { place in !lines.contains { $0 > place.y - 14 && $0 < place.y + 4 } } ?? places[0]
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

    /// Text content and attribute values (`MarkupText`).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
