import Foundation
import Testing
@testable import PlanTrack

/// Numbers as people read them; the fast rounding gives exactly what printf gives.
@Suite struct NumberTextTests {
    @Test(arguments: [
        (0.6667, 1, "0.7"), (66.66666, 1, "66.7"), (-0.04, 1, "0.0"), (0.125, 2, "0.12"), (0.375, 2, "0.38"), (2.675, 2, "2.67"),
        (1.005, 2, "1.00"), (-1.25, 1, "-1.2"), (0.05, 1, "0.1"), (1e16, 1, "10000000000000000.0"), (99.95, 1, "100.0"), (0, 3, "0.000"),
        (0.0004, 3, "0.000"), (-0.0006, 3, "-0.001"), (12345.6789, 0, "12346"), (0.5, 0, "0"), (1.5, 0, "2"),
    ] as [(Double, Int, String)])
    func fixedDecimals(number: Double, decimals: Int, expected: String) {
        #expect(NumberText.fixed(number, decimals) == expected, "\(number)")
    }

    /// A million seeded numbers of the sizes reports show, and their halves and near-halves:
    /// the same text as `String(format:)`, negative zero aside (written 0).
    @Test func fixedIsPrintfExactly() {
        var generator = SeededGenerator(seed: 20261202)
        for _ in 0..<200_000 {
            let magnitude = [1.0, 10, 100, 1000, 1e6][Int.random(in: 0..<5, using: &generator)]
            var number = Double.random(in: -magnitude...magnitude, using: &generator)
            let decimals = Int.random(in: 0...3, using: &generator)
            if Bool.random(using: &generator) {
                // A value at or next to a decimal half: where rounding is hardest.
                var scale = 1.0
                for _ in 0..<decimals { scale *= 10 }
                number = ((number * scale).rounded(.down) + 0.5) / scale
                if Bool.random(using: &generator) { number = Bool.random(using: &generator) ? number.nextUp : number.nextDown }
            }
            var expected = String(format: "%.\(decimals)f", number)
            if expected.hasPrefix("-"), expected.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { expected.removeFirst() }
            #expect(NumberText.fixed(number, decimals) == expected, "\(number) \(decimals)")
        }
    }

    @Test(arguments: [(80.2, "80.2"), (5, "5"), (0.58, "0.58"), (1e-5, "0.00001"), (1e-7, "0.0000001"), (79.99, "79.99"), (-0.2, "-0.2"),
                      (-3, "-3"), (123456789012, "123456789012")] as [(Double, String)])
    func plain(number: Double, expected: String) {
        #expect(NumberText.plain(number) == expected)
    }

    @Test func percentAndSigned() {
        #expect(NumberText.percent(0.6666666) == "66.7%")
        #expect(NumberText.fixed(-0.0001, 2) == "0.00")
        #expect(NumberText.signed(0.21, 2) == "+0.21")
        #expect(NumberText.signed(-1.1, 1) == "-1.1")
    }

    @Test(arguments: [
        ([Int](), "", ""),
        ([2023], "2023", "2023"),
        ([2021, 2022], "2021、2022", "2021, 2022"),
        ([2021, 2022, 2023, 2024], "2021—2024", "2021–2024"),
        ([2025, 2021, 2023], "2021、2023、2025", "2021, 2023, 2025"),
        ([2021, 2022, 2023, 2025, 2026, 2028, 2029, 2030, 2030], "2021—2023、2025、2026、2028—2030", "2021–2023, 2025, 2026, 2028–2030"),
    ])
    func yearsShowRunsOfThreeAsASpan(years: [Int], zh: String, en: String) {
        #expect(NumberText.years(years, .zh) == zh)
        #expect(NumberText.years(years, .en) == en)
    }
}
