/// The year's report as one self-contained HTML page: the Markdown report's content in its
/// order, CSS inline, every chart as inline SVG, no script and nothing fetched from anywhere.
/// It reads well on screen and prints on A4. Opens by double-click in any browser, or in Word.
public struct HTMLReport: Sendable {
    let language: Language
    /// Draw each indicator's chart in the page.
    public let includesCharts: Bool
    public let comparison: RegionComparison?

    public init(language: Language, includesCharts: Bool = true, comparison: RegionComparison? = nil) {
        self.language = language
        self.includesCharts = includesCharts
        self.comparison = comparison
    }

    /// The Markdown links each chart by this made-up address, which the page replaces with the SVG.
    private static let chartScheme = "chart:"

    public func render(_ result: PlanAssessment) -> String {
        let chart = SVGChart(language: language, plan: result.plan)
        var charts: [String: String] = [:]
        if includesCharts {
            for assessment in result.assessments {
                if let svg = chart.render(assessment) { charts[assessment.indicator.id.rawValue] = svg }
            }
        }
        let links = Dictionary(uniqueKeysWithValues: charts.keys.map { (Indicator.ID($0), Self.chartScheme + $0) })
        let markdown = MarkdownReport(language: language, chartLinks: links, comparison: comparison).render(result)
        let blocks = ReportBlocks.read(markdown)
        let title = blocks.first.flatMap { block -> String? in
            if case .heading(1, let text) = block { return text.map(\.text).joined() }
            return nil
        } ?? result.plan.name
        var body = ""
        var inDomains = false
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                // The tables by domain are the ones under level-3 headings of the fourth section.
                if level == 2 { inDomains = false }
                if level == 3 { inDomains = true }
                body += "<h\(level)>\(html(text))</h\(level)>\n"
            case .paragraph(let text):
                body += "<p>\(html(text))</p>\n"
            case .list(let items):
                body += "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rightAligned, let rows):
                func cell(_ tag: String, _ content: [ReportBlocks.Inline], _ column: Int) -> String {
                    let right = column < rightAligned.count && rightAligned[column]
                    return "<\(tag)\(right ? " class=\"number\"" : "")>\(html(content))</\(tag)>"
                }
                body += "<table\(inDomains ? " class=\"domain\"" : "")>\n<thead><tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows {
                    body += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            case .image(let alt, let target):
                guard target.hasPrefix(Self.chartScheme), let svg = charts[String(target.dropFirst(Self.chartScheme.count))] else { continue }
                body += "<figure class=\"chart\" aria-label=\"\(Self.escape(alt))\">\n" + Self.inline(svg) + "</figure>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    private func html(_ runs: [ReportBlocks.Inline]) -> String {
        runs.map { $0.isBold ? "<strong>\(Self.escape($0.text))</strong>" : Self.escape($0.text) }.joined()
    }

    /// An SVG file's content as an element of the page: without its XML declaration, sized by
    /// its view box so that it shrinks to the page.
    static func inline(_ svg: String) -> String {
        var text = svg
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>\n") { text.removeSubrange(text.startIndex..<end.upperBound) }
        return text.replacingOccurrences(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\"",
                                         with: "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
    }

    /// Text and attribute values (`MarkupText`).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }

    /// Screen and A4 print. System fonts only: nothing is downloaded.
    static let style = """
    :root { color: #222; background: #fff; }
    body { margin: 0; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "SimSun", sans-serif; font-size: 15px; line-height: 1.6; }
    main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
    h1 { font-size: 24px; margin: 0 0 12px; }
    h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 24px 0 8px; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
    th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
    th { background: #f0f3f6; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    figure.chart { margin: 8px 0 20px; }
    figure.chart svg { width: 100%; max-width: 640px; height: auto; }
    @page { size: A4; margin: 16mm 14mm; }
    @media print {
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      table { font-size: 9pt; }
      thead { display: table-header-group; }
      tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
      figure.chart svg { max-width: 160mm; }
    }
    """
}
