import Foundation
import Testing
@testable import PlanTrack

@Suite struct StatusViewTests {
    /// A fixed data set that reaches every status.
    static let rows = """
    life-expectancy,2023,80.2
    infant-mortality,2023,2.0
    infant-mortality,2023,2.61,山东省
    under-five-mortality,2023,3.9
    under-five-mortality,2023,3.76,山东省
    youth-myopia,2021,52.0
    youth-myopia,2023,50.5
    tuberculosis-incidence,2023,29.8
    immunization-coverage,2023,97.44
    premature-chronic-mortality,2023,14.9
    hospital-beds,2020,7.5
    hospital-beds,2022,7.9
    childcare-places,2022,4.15
    childcare-places,2023,4.41
    pharmacists,2023,0.5
    general-practitioners,2023,3.3
    out-of-pocket-share,2023,25.4
    """

    static var result: PlanAssessment {
        Assessor(plan: Fixtures.plan, data: Fixtures.data(rows)).assess(region: "济南市", year: 2023)
    }

    @Test(arguments: [Language.zh, .en])
    func goldenStatus(language: Language) {
        let text = StatusView(language: language).render(Self.result)
        #expect(Fixtures.matchesGolden(text, "status-\(language.rawValue).txt"))
    }

    /// On a terminal the table fits its width: low-priority columns go first, and names are cut
    /// in the middle so that no two in a table look alike.
    @Test(arguments: [(Language.zh, 80), (.zh, 120), (.en, 80), (.en, 120)])
    func fitsTheTerminal(language: Language, width: Int) {
        let text = StatusView(language: language, color: false, maxWidth: width).render(Self.result)
        #expect(Fixtures.matchesGolden(text, "status-\(language.rawValue)-\(width).txt"))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
        }
        // Within each domain's table, the shown names are all different.
        // A name cell ends at the first double space: columns are always two apart.
        let header = "  " + (language == .zh ? "指标" : "Indicator")
        for table in text.components(separatedBy: "\n\n") where table.contains(header) {
            let names = table.split(separator: "\n").dropFirst(2).map { line in
                String(line.dropFirst(2)).components(separatedBy: "  ")[0]
            }
            #expect(Set(names).count == names.count, "\(names)")
        }
    }

    @Test func everyLineOfATableHasTheSameWidthPrefix() {
        let text = StatusView(language: .zh).render(Self.result)
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("  指标") }
        #expect(headers.count == 5)
        #expect(Set(headers).count == 1, "the five domain tables share their column widths")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!StatusView(language: .en).render(Self.result).contains("\u{1B}["))
        #expect(StatusView(language: .en, color: true).render(Self.result).contains("\u{1B}[1;31m"))
    }

    @Test func fitsTheTerminalWidth() {
        let text = StatusView(language: .zh, maxWidth: 120).render(Self.result)
        let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") && !$0.contains("warning:") }
        for line in tableLines { #expect(DisplayWidth.of(String(line)) <= 120, "\(line)") }
    }
}
