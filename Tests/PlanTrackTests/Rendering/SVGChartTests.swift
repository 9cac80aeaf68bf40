import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlanTrack

@Suite struct SVGChartTests {
    /// Collects the elements of an SVG, failing on anything that is not well-formed XML.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append((name, attributes))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func parse(_ svg: String) -> Collector? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    @Test func everyIndicatorWithDataGivesAWellFormedChartShowingItsSeries() throws {
        let result = StatusViewTests.result
        for language in Language.allCases {
            let chart = SVGChart(language: language, plan: Fixtures.plan)
            for assessment in result.assessments {
                guard let svg = chart.render(assessment) else {
                    #expect(assessment.series.isEmpty)
                    continue
                }
                let parsed = try #require(Self.parse(svg), "\(assessment.indicator.id) is not well-formed")
                #expect(parsed.elements.first?.name == "svg")
                let values = parsed.elements.filter { $0.name == "circle" && $0.attributes["class"] == "value" }
                #expect(values.count == assessment.series.count, "\(assessment.indicator.id)")
                #expect(parsed.elements.contains { $0.name == "polyline" && $0.attributes["class"] == "series" })
                if assessment.target != nil { #expect(parsed.elements.contains { $0.attributes["class"] == "target" }) }
                if assessment.projected != nil { #expect(parsed.elements.contains { $0.attributes["class"] == "projection" }) }
                #expect(!svg.contains("href"), "self-contained: no external references")
            }
        }
    }

    @Test func pointsArePlacedByYearAndValue() throws {
        let a = Fixtures.assess("general-practitioners", "general-practitioners,2021,2.9\ngeneral-practitioners,2023,3.3", year: 2023)
        let svg = try #require(SVGChart(language: .en, plan: Fixtures.plan).render(a))
        let parsed = try #require(Self.parse(svg))
        let circles = parsed.elements.filter { $0.attributes["class"] == "value" }
        let xs = circles.compactMap { Double($0.attributes["cx"] ?? "") }
        let ys = circles.compactMap { Double($0.attributes["cy"] ?? "") }
        #expect(xs.count == 2 && xs[0] < xs[1])
        #expect(ys[0] > ys[1], "3.3 is drawn above 2.9")
        #expect(parsed.elements.contains { $0.attributes["class"] == "baseline" }, "the plan's 2020 value is drawn")
        #expect(parsed.elements.contains { $0.attributes["class"] == "planned" })
    }

    @Test func textFromDataIsEscaped() throws {
        #expect(SVGChart.escape("<a & \"b\">\u{1}") == "&lt;a &amp; &quot;b&quot;&gt; ")
    }

    @Test(arguments: [(2.56, 3.3), (79.6, 80.5), (0, 0), (1.68, 3.3), (50, 52)])
    func axesRunBetweenRoundNumbers(low: Double, high: Double) {
        let scale = SVGChart.niceScale(low, high)
        #expect(scale.low <= low && scale.high >= high)
        let steps = (scale.high - scale.low) / scale.step
        #expect(abs(steps - steps.rounded()) < 1e-9 && steps <= 8)
    }
}
