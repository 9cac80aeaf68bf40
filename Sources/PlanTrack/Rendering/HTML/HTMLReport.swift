/// The report as one self-contained HTML page: the document (`ReportBuilder`) that the Markdown
/// report writes, CSS inline, every chart as inline SVG, no script and nothing fetched from
/// anywhere. It reads well on screen and prints on A4. Opens by double-click in any browser.
public struct HTMLReport: Sendable {
    let language: Language
    /// Draw each indicator's chart in the page.
    public let includesCharts: Bool
    public let comparison: RegionComparison?
    /// The analysts' notes (`report --notes`), placed where a reader looks for them.
    public let notes: AnalystNotes?

    public init(language: Language, includesCharts: Bool = true, comparison: RegionComparison? = nil, notes: AnalystNotes? = nil) {
        self.language = language
        self.includesCharts = includesCharts
        self.comparison = comparison
        self.notes = notes
    }

    public func render(_ result: PlanAssessment) -> String {
        let document = ReportBuilder(language: language, includesCharts: includesCharts, comparison: comparison, notes: notes).build(result)
        let chart = SVGChart(language: language, plan: result.plan)
        var body = ""
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                body += "<h\(level)>\(Self.text(text))</h\(level)>\n"
            case .paragraph(let text, _):
                body += "<p>\(html(text))</p>\n"
            case .list(let items):
                body += "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let table):
                func cell(_ tag: String, _ content: String, _ column: Int) -> String {
                    let right = table.columns[column].role == .number
                    // A cell shows its text without the spaces around it, as a Markdown table does.
                    let shown = Self.text(MarkdownText.singleLine(content).trimmingCharacters(in: .whitespaces))
                    return "<\(tag)\(right ? " class=\"number\"" : "")>\(shown)</\(tag)>"
                }
                body += "<table\(table.kind == .domain ? " class=\"domain\"" : "")>\n<thead><tr>"
                    + table.columns.enumerated().map { cell("th", $1.header, $0) }.joined() + "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    body += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            case .chart(let data):
                body += "<figure class=\"chart\" aria-label=\"\(Self.text(data.name))\">\n" + Self.inline(chart.render(data)) + "</figure>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.text(document.title))</title>
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

    /// Runs of text; a line break in one (an analyst's note) is a `<br>`.
    private func html(_ text: ReportDocument.Text) -> String {
        text.runs.map { run in
            let shown = run.text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.text(String($0)) }.joined(separator: "<br>")
            return run.isBold ? "<strong>\(shown)</strong>" : shown
        }.joined()
    }

    /// Text from the document as the page shows it: on one line, as in the Markdown, and escaped.
    static func text(_ text: String) -> String { escape(MarkdownText.singleLine(text)) }

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
