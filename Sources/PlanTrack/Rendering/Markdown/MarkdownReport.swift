/// The report in GitHub-flavoured Markdown with pipe tables: the document (`ReportBuilder`)
/// written as Markdown. Text from data files is escaped with `MarkdownText`, so it shows as typed.
public struct MarkdownReport: Sendable {
    let language: Language
    /// Relative links to each indicator's chart, by indicator id; empty for no charts.
    public let chartLinks: [Indicator.ID: String]
    /// When given, a section comparing the regions follows the tables by domain.
    public let comparison: RegionComparison?
    /// The analysts' notes (`report --notes`), placed where a reader looks for them.
    public let notes: AnalystNotes?

    public init(language: Language, chartLinks: [Indicator.ID: String] = [:], comparison: RegionComparison? = nil, notes: AnalystNotes? = nil) {
        self.language = language
        self.chartLinks = chartLinks
        self.comparison = comparison
        self.notes = notes
    }

    public func render(_ result: PlanAssessment) -> String {
        format(ReportBuilder(language: language, includesCharts: !chartLinks.isEmpty, comparison: comparison, notes: notes).build(result))
    }

    /// Blocks apart by a blank line; a chart is an image linking its file, left out when it has none.
    func format(_ document: ReportDocument) -> String {
        let blocks = document.blocks.compactMap { block -> String? in
            switch block {
            case .heading(let level, let text):
                return String(repeating: "#", count: level) + " " + MarkdownText.escape(text, atLineStart: false)
            case .paragraph(let text, _):
                return inline(text, continuation: "")
            case .list(let items):
                return items.map { "- " + inline($0, continuation: "  ") }.joined(separator: "\n")
            case .table(let table):
                let header = MarkdownText.header(table.columns.map { MarkdownText.escape($0.header, atLineStart: false) },
                                                 rightAligned: table.columns.map { $0.role == .number })
                return ([header] + table.rows.map { MarkdownText.row($0.map { MarkdownText.escape($0, atLineStart: false) }) }).joined(separator: "\n")
            case .chart(let chart):
                return chartLinks[chart.indicator].map { "![\(MarkdownText.escape(chart.name))](\(linkTarget($0)))" }
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Runs of text; the first is escaped as the start of a line (where `#` or `1.` would mean
    /// something). A line break in the text (an analyst's note) is a hard break, CommonMark's
    /// backslash at the end of the line, the next line indented by `continuation`.
    private func inline(_ text: ReportDocument.Text, continuation: String) -> String {
        text.runs.enumerated().map { index, run in
            let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            let escaped = lines.enumerated().map { line, piece in
                MarkdownText.escape(piece, atLineStart: index == 0 || line > 0)
            }.joined(separator: "\\\n" + continuation)
            return run.isBold ? "**" + escaped + "**" : escaped
        }.joined()
    }

    /// A link target; one with spaces or parentheses goes in angle brackets, which CommonMark and pandoc accept.
    private func linkTarget(_ path: String) -> String {
        let escaped = path.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return escaped.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<" + escaped + ">" : escaped
    }
}
