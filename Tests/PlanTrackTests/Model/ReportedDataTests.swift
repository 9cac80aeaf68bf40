import Testing
@testable import PlanTrack

/// The reader and the one-value rule against a reference any reader of the code can check by
/// eye: a plain Dictionary filled row by row, on random files of every shape.
@Suite struct ReportedDataTests {
    private struct Row {
        let indicator: Int
        let year: Int
        let value: Double
        let region: String
        let line: Int
    }

    private enum Order: CaseIterable {
        case byRegion, byYear, shuffled
    }

    /// Rows for `regions` regions over `years`, some given twice (same or different value), in `order`.
    private static func rows(regions: Int, years: ClosedRange<Int>, indicators: Int, order: Order, generator: inout SeededGenerator) -> [(Int, Int, Double, String)] {
        var rows: [(Int, Int, Double, String)] = []
        for region in 0..<regions {
            let name = "县\(region)"
            for year in years {
                for indicator in 0..<indicators where Int.random(in: 0..<4, using: &generator) > 0 {
                    let value = Double(Int.random(in: 1...900, using: &generator)) / 10
                    rows.append((indicator, year, value, name))
                    switch Int.random(in: 0..<50, using: &generator) {
                    case 0: rows.append((indicator, year, value, name))
                    case 1: rows.append((indicator, year, value + 1, name))
                    default: break
                    }
                }
            }
        }
        switch order {
        case .byRegion: break
        case .byYear: rows.sort { ($0.1, $0.3) < ($1.1, $1.3) }
        case .shuffled: rows.shuffle(using: &generator)
        }
        return rows
    }

    @Test(arguments: [(1, 2020...2025), (7, 2000...2099), (300, 2020...2025), (5_000, 2021...2022), (50_000, 2023...2023)])
    func readerEqualsAPlainDictionary(regions: Int, years: ClosedRange<Int>) {
        var generator = SeededGenerator(seed: UInt64(regions) &* 31 &+ UInt64(years.count))
        let plan = Fixtures.plan
        let indicators = regions >= 5_000 ? 2 : plan.indicators.count
        for order in Order.allCases {
            let rows = Self.rows(regions: regions, years: years, indicators: indicators, order: order, generator: &generator)
            var csv = "indicator,year,value,region\n"
            for (indicator, year, value, region) in rows {
                csv += "\(plan.indicators[indicator].id),\(year),\(NumberText.plain(value)),\(region)\n"
            }
            var reader = ReportedValuesReader(plan: plan)
            reader.parallelism = 3
            reader.stretchSize = max(1, csv.utf8.count / 3)
            reader.read(Array(csv.utf8), file: "random.csv")
            let (data, diagnostics) = reader.finish()

            // The reference: the first value for each key wins; a repeat is a warning when it
            // gives the same number, an error when not.
            struct Key: Hashable { let indicator: Int, year: Int, region: String }
            var first: [Key: (value: Double, line: Int)] = [:]
            var expected: [String] = []
            for (index, (indicator, year, value, region)) in rows.enumerated() {
                let key = Key(indicator: indicator, year: year, region: region)
                let line = index + 2
                if let earlier = first[key] {
                    expected.append("random.csv:\(line): \(earlier.value == value ? "warning" : "error") (first at random.csv:\(earlier.line))")
                } else {
                    first[key] = (value, line)
                }
            }
            // Only the one-value rule is compared here; years outside the plan's period have their own warnings.
            let found = diagnostics.filter { $0.message.en.contains("given twice") || $0.message.en.contains("here but") }.map { diagnostic in
                let firstAt = diagnostic.message.en.range(of: "random.csv:").map { String(diagnostic.message.en[$0.lowerBound...].prefix { $0 != ")" && $0 != ";" }) } ?? "?"
                return "\(diagnostic.location): \(diagnostic.severity.rawValue) (first at \(firstAt))"
            }
            #expect(found == expected, "\(regions) regions, \(order)")
            #expect(data.count == first.count, "\(regions) regions, \(order)")
            // Every kept value is the first one given, found under its own region.
            var mismatches = 0
            for (key, entry) in first {
                let stored = data.value(indicator: key.indicator, region: key.region, year: key.year)
                if stored?.value != entry.value || stored?.location.line != entry.line { mismatches += 1 }
            }
            #expect(mismatches == 0, "\(regions) regions, \(order)")
        }
    }

    @Test func valuesGivenInCodeKeepTheOneValueRule() throws {
        let plan = Fixtures.plan
        let location = SourceLocation(file: "program", line: 0)
        let same = [
            ReportedValue(indicator: "life-expectancy", year: 2021, value: 79.9, region: "济南市", location: location),
            ReportedValue(indicator: "life-expectancy", year: 2021, value: 79.9, region: "济南市", location: location),
        ]
        let data = try ReportedData(values: same, plan: plan)
        #expect(data.count == 1)
        #expect(data.warnings.count == 1)
        let different = [same[0], ReportedValue(indicator: "life-expectancy", year: 2021, value: 80.1, region: "济南市", location: location)]
        #expect(throws: InputError.self) { try ReportedData(values: different, plan: plan) }
        let unknown = [ReportedValue(indicator: "no-such-thing", year: 2021, value: 1, region: "济南市", location: location)]
        #expect(throws: InputError.self) { try ReportedData(values: unknown, plan: plan) }
        let outOfRange = [ReportedValue(indicator: "life-expectancy", year: 1999, value: 79, region: "济南市", location: location)]
        #expect(throws: InputError.self) { try ReportedData(values: outOfRange, plan: plan) }
    }

    @Test func textsAreOwnedCopies() {
        var texts = StoredTexts()
        let first = texts.append("市卫健委, 2022")
        var other = StoredTexts()
        _ = other.append("")
        let second = other.append("山东省 公报")
        texts.append(contentsOf: other)
        #expect(texts[first] == "市卫健委, 2022")
        #expect(texts[second + 1] == "山东省 公报")
        #expect(texts.count == 3)
    }
}
