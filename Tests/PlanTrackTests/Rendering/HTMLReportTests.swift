import Foundation
import Testing
@testable import PlanTrack

@Suite struct HTMLReportTests {
    @Test(arguments: [Language.zh, .en])
    func goldenPage(language: Language) {
        let page = HTMLReport(language: language).render(StatusViewTests.result)
        #expect(Fixtures.matchesGolden(page, "report-\(language.rawValue).html"))
    }

    /// Self-contained: no script, no stylesheet or font to fetch, no address but the SVG namespace.
    @Test func pageNeedsNothingFromOutside() {
        let page = HTMLReport(language: .zh).render(StatusViewTests.result)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        for forbidden in ["<script", "<link", "<img", "url(", "@import", "src=", "href="] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        let addresses = page.components(separatedBy: "http").dropFirst().map { String($0.prefix(24)) }
        #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") }, "\(addresses)")
    }

    /// The same content and order as the Markdown report, since both write one document: every
    /// heading, and a row per indicator in the tables by domain, with one chart for each indicator
    /// that has values.
    @Test func sameContentAsTheMarkdownReport() {
        let result = StatusViewTests.result
        let page = HTMLReport(language: .zh).render(result)
        let markdown = MarkdownReport(language: .zh).render(result)
        let document = ReportBuilder(language: .zh, includesCharts: true, comparison: nil).build(result)
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(_, let text) = block { return text }
            return nil
        }
        #expect(headings.count == markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.count)
        var position = page.startIndex
        for heading in headings {
            let found = page.range(of: ">" + HTMLReport.text(heading) + "</h", range: position..<page.endIndex)
            #expect(found != nil, "\(heading)")
            position = found?.upperBound ?? position
        }
        let domainTables = page.components(separatedBy: "<table class=\"domain\">").dropFirst()
        let rows = domainTables.map { $0.components(separatedBy: "</table>")[0].components(separatedBy: "<tr>").count - 2 }
        #expect(rows.reduce(0, +) == 23)
        #expect(page.components(separatedBy: "<svg ").count - 1 == result.assessments.filter { !$0.series.isEmpty }.count)
        #expect(!HTMLReport(language: .zh, includesCharts: false).render(result).contains("<svg"))
    }

    /// Text from data files shows exactly as typed, as in the Markdown report.
    @Test func textFromDataIsEscaped() {
        let (read, _) = Fixtures.read("indicator,year,value,source,note\nlife-expectancy,2023,80.2,\"a|b <script>alert(1)</script>\",\"**not bold** & [x](y)\"\n")
        let result = Assessor(plan: Fixtures.plan, data: read).assess(region: "济南市", year: 2023)
        let page = HTMLReport(language: .en).render(result)
        #expect(page.contains("a|b &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("**not bold** &amp; [x](y)"))
        #expect(!page.contains("<script>"))
    }
}
