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
        /// Each `<text>` element with its content.
        var texts: [(attributes: [String: String], content: String)] = []
        private var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            if name == "text" {
                texts.append((attributes, ""))
                inText = true
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
            if inText { texts[texts.count - 1].content += string }
        }
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
        let scale = ChartData.niceScale(low, high)
        #expect(scale.low <= low && scale.high >= high)
        let steps = (scale.high - scale.low) / scale.step
        #expect(abs(steps - steps.rounded()) < 1e-9 && steps <= 8)
    }

    /// The box a text takes at 12px (the title at 15px): a Latin character about 7px wide, a
    /// Chinese one 12px; 11px above the baseline and 3px below.
    struct Box {
        let left, right, top, bottom: Double
        let label: String

        init?(_ text: (attributes: [String: String], content: String)) {
            guard let x = Double(text.attributes["x"] ?? ""), let y = Double(text.attributes["y"] ?? "") else { return nil }
            let scale = text.attributes["font-size"].flatMap(Double.init).map { $0 / 12 } ?? 1
            let width = text.content.unicodeScalars.reduce(0.0) { $0 + ($1.value > 0x2E80 ? 12 : 7) } * scale
            switch text.attributes["text-anchor"] {
            case "middle": (left, right) = (x - width / 2, x + width / 2)
            case "end": (left, right) = (x - width, x)
            default: (left, right) = (x, x + width)
            }
            (top, bottom, label) = (y - 11 * scale, y + 3 * scale, text.content)
        }

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }
    }

    /// Item 16: no label sits on another or on the target line, whatever the numbers.
    @Test func labelsOverlapNeitherEachOtherNorTheTargetLine() throws {
        var assessments = StatusViewTests.result.assessments
        assessments += [
            // 7.35 lies close under the ceiling 8.2 and its projection far above it.
            Fixtures.assess("maternal-mortality", "maternal-mortality,2021,7.35", year: 2021),
            // 3.9 sits between the ceiling 4 and the province's 3.76: no room just above, below or beside.
            Fixtures.assess("under-five-mortality", "under-five-mortality,2021,3.9\nunder-five-mortality,2023,3.85\nunder-five-mortality,2023,3.76,山东省", year: 2023),
            // A value exactly on the target line, and a projection right beside the legend.
            Fixtures.assess("general-practitioners", "general-practitioners,2021,3.5\ngeneral-practitioners,2023,4", year: 2023),
            Fixtures.assess("childcare-places", "childcare-places,2022,4.15\nchildcare-places,2024,4.9", year: 2024),
            Fixtures.assess("hospital-beds", "hospital-beds,2021,7.8\nhospital-beds,2022,7.9\nhospital-beds,2023,8.0\nhospital-beds,2024,8.05", year: 2024),
        ]
        for language in Language.allCases {
            let chart = SVGChart(language: language, plan: Fixtures.plan)
            for assessment in assessments {
                guard let svg = chart.render(assessment) else { continue }
                let parsed = try #require(Self.parse(svg))
                let boxes = parsed.texts.compactMap(Box.init)
                #expect(boxes.count == parsed.texts.count)
                for (index, box) in boxes.enumerated() {
                    for other in boxes[(index + 1)...] {
                        #expect(!box.overlaps(other), "\(assessment.indicator.id) \(language): '\(box.label)' overlaps '\(other.label)'")
                    }
                }
                let lines = parsed.elements.filter { ["target", "reference"].contains($0.attributes["class"]) }.compactMap { Double($0.attributes["y1"] ?? "") }
                let valueLabels = zip(parsed.texts, boxes).filter { ["value-label", "projection-value"].contains($0.0.attributes["class"]) }.map(\.1)
                #expect(!valueLabels.isEmpty)
                for label in valueLabels {
                    #expect(!lines.contains { $0 > label.top && $0 < label.bottom }, "\(assessment.indicator.id): '\(label.label)' \(label.top)–\(label.bottom) sits on a line \(lines)")
                }
            }
        }
    }

    /// Item 16: a percentage never runs past 100 on the axis, which no rate can reach.
    @Test func percentageAxesStopAt100() throws {
        let a = Fixtures.assess("immunization-coverage", "immunization-coverage,2021,98.9\nimmunization-coverage,2023,99.6", year: 2023)
        let svg = try #require(SVGChart(language: .zh, plan: Fixtures.plan).render(a))
        let parsed = try #require(Self.parse(svg))
        let ticks = parsed.texts.filter { $0.attributes["text-anchor"] == "end" && $0.attributes["class"] == nil }.compactMap { Double($0.content) }
        #expect(ticks.max() == 100, "\(ticks)")
        #expect(ChartData.niceScale(95, 99.9, within: 0...100).high == 100)
        #expect(ChartData.niceScale(95, 99.9).high > 100, "without the bound the padding would pass 100")
        #expect(ChartData.niceScale(0.5, 2, within: 0...100).low == 0)
        #expect(ChartData.niceScale(120, 130, within: 0...100).high >= 130, "a value beyond the bound is still shown")
    }
}
