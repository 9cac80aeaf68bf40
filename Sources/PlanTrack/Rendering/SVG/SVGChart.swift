/// A self-contained SVG chart of one indicator: the straight path from baseline to target, the
/// reported values, the target line, and the projection to the target year.
public struct SVGChart: Sendable {
    let labels: Labels
    let plan: Plan
    public var baselineYear: Int { plan.baselineYear }
    public var targetYear: Int { plan.targetYear }

    static let width = 640.0, height = 360.0
    static let left = 64.0, right = 150.0, top = 48.0, bottom = 40.0

    public init(language: Language, plan: Plan) {
        self.labels = Labels(language)
        self.plan = plan
    }

    /// nil when the indicator has no reported value to draw.
    public func render(_ a: Assessment) -> String? {
        ChartData(a, language: labels.language, plan: plan).map(render)
    }

    public func render(_ chart: ChartData) -> String {
        let points = chart.reported.map { (year: $0.year, value: $0.value) }
        let planned = chart.plannedPath.map { (year: $0.year, value: $0.value) }
        let projection = chart.projection.map { (year: $0.year, value: $0.value) }
        let baselinePoint = chart.baseline.map { (year: $0.year, value: $0.value) }
        let firstYear = chart.years.lowerBound, lastYear = chart.years.upperBound
        let (low, high, step) = (chart.low, chart.high, chart.step)

        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        // The first and last years sit a little inside the plot, so that their value labels
        // clear the axis's numbers and the legend.
        let inset = 24.0
        func x(_ year: Int) -> Double {
            Self.left + inset + (lastYear == firstYear ? 0 : Double(year - firstYear) / Double(lastYear - firstYear)) * (plotWidth - 2 * inset)
        }
        func y(_ value: Double) -> Double { Self.top + (high - value) / (high - low) * plotHeight }
        func coordinate(_ number: Double) -> String { NumberText.fixed(number, 1) }

        let title = chart.title
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
        let targetLine = chart.target?.value
        if let target = chart.target {
            let targetLine = target.value, label = target.label
            svg += "<line class=\"target\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(targetLine)))\" x2=\"\(coordinate(Self.left + plotWidth))\" y2=\"\(coordinate(y(targetLine)))\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            legend.append(("#c0392b", "6 4", label))
        }
        if let reference = chart.reference?.value {
            svg += "<line class=\"reference\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(reference)))\" x2=\"\(coordinate(Self.left + plotWidth))\" y2=\"\(coordinate(y(reference)))\" stroke=\"#8e44ad\" stroke-dasharray=\"2 3\"/>\n"
            legend.append(("#8e44ad", "2 3", chart.reference?.label ?? ""))
        }
        if planned.count == 2 {
            svg += "<line class=\"planned\" x1=\"\(coordinate(x(planned[0].year)))\" y1=\"\(coordinate(y(planned[0].value)))\" x2=\"\(coordinate(x(planned[1].year)))\" y2=\"\(coordinate(y(planned[1].value)))\" stroke=\"#999999\" stroke-width=\"1.5\" stroke-dasharray=\"4 4\"/>\n"
            legend.append(("#999999", "4 4", chart.plannedLabel))
        }
        // Horizontal lines that a value label must not sit on.
        let lines = [targetLine, chart.reference?.value].compactMap { $0.map(y) }
        if projection.count == 2 {
            svg += "<line class=\"projection\" x1=\"\(coordinate(x(projection[0].year)))\" y1=\"\(coordinate(y(projection[0].value)))\" x2=\"\(coordinate(x(projection[1].year)))\" y2=\"\(coordinate(y(projection[1].value)))\" stroke=\"#2e86c1\" stroke-width=\"1.5\" stroke-dasharray=\"1 4\" stroke-linecap=\"round\"/>\n"
            // Inside the plot, ending at the point: to its right is the legend.
            let place = Self.labelPlace(y(projection[1].value), avoiding: lines)
            svg += "<text class=\"projection-value\" x=\"\(coordinate(x(projection[1].year) - 4 - abs(place.dx)))\" y=\"\(coordinate(place.y))\" text-anchor=\"end\" fill=\"#2e86c1\">\(Self.escape(NumberText.rounded(projection[1].value)))</text>\n"
            legend.append(("#2e86c1", "1 4", chart.projectionLabel))
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
        legend.insert(("#1f618d", "", chart.reportedLabel), at: 0)
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

    /// Text content and attribute values (`MarkupText`).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
