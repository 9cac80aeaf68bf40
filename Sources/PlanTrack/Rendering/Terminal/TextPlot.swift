/// A few lines of ASCII plot for the terminal: `o` the baseline, `*` reported values, `P` the
/// projection in the target year, `-` the target line. ASCII, so it lines up in any terminal.
enum TextPlot {
    static func render(_ a: Assessment, baselineYear: Int, targetYear: Int, height: Int = 7) -> String {
        let points = a.series.filter { $0.year > baselineYear || a.baseline?.year == $0.year }.map { ($0.year, $0.value) }
        // A baseline the plan gives only as a bound (≥90) is not a point: 90 is not what the value was.
        let isBound = a.baseline?.origin == .plan && a.indicator.baseline.isBound
        let baseline = a.baseline.flatMap { b in isBound || points.contains { $0.0 == b.year } ? nil : (b.year, b.value) }
        let projected = a.projected.map { (targetYear, $0) }
        let all = points + (baseline.map { [$0] } ?? []) + (projected.map { [$0] } ?? [])
        guard !points.isEmpty else { return "" }
        var values = all.map(\.1)
        if let target = a.target { values.append(target) }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 1e-9 { low -= 1; high += 1 }
        let firstYear = min(all.map(\.0).min() ?? baselineYear, baselineYear), lastYear = max(all.map(\.0).max() ?? targetYear, targetYear)
        let columnWidth = 6
        let width = (lastYear - firstYear) * columnWidth + 1
        var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: height)
        func row(_ value: Double) -> Int { Int(((high - value) / (high - low) * Double(height - 1)).rounded()) }
        func column(_ year: Int) -> Int { (year - firstYear) * columnWidth }
        if let target = a.target {
            let r = row(target)
            for c in stride(from: 0, to: width, by: 2) { grid[r][c] = "-" }
        }
        if let baseline { grid[row(baseline.1)][column(baseline.0)] = "o" }
        if let projected { grid[row(projected.1)][column(projected.0)] = "P" }
        for point in points { grid[row(point.1)][column(point.0)] = "*" }
        let labelWidth = max(NumberText.rounded(high).count, NumberText.rounded(low).count)
        var lines: [String] = []
        for (index, cells) in grid.enumerated() {
            let label = index == 0 ? NumberText.rounded(high) : index == height - 1 ? NumberText.rounded(low) : ""
            lines.append(String(repeating: " ", count: labelWidth - label.count) + label + " |" + String(cells).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        lines.append(String(repeating: " ", count: labelWidth) + " +" + String(repeating: "-", count: width))
        var axis = Array(repeating: Character(" "), count: width + 4)
        for year in firstYear...lastYear {
            for (offset, character) in String(year).enumerated() where column(year) + offset < axis.count {
                axis[column(year) + offset] = character
            }
        }
        lines.append(String(repeating: " ", count: labelWidth + 2) + String(axis).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        return lines.joined(separator: "\n") + "\n"
    }
}
