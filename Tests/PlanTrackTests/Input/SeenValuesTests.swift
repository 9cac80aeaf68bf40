import Testing
@testable import PlanTrack

@Suite struct SeenValuesTests {
    static func row(region: Int32, year: Int, indicator: Int) -> ReportedData.Row {
        ReportedData.Row(value: 1, region: region, source: -1, note: -1, line: 1, indicator: Int16(indicator), year: Int16(year), file: 0)
    }

    /// Against a dictionary, with few regions (blocks) and with thousands (most go to the hash
    /// table once blocks would outweigh the rows), in batches as the merge passes them.
    @Test(arguments: [5, 20_000])
    func findsWhatADictionaryFinds(regions: Int) {
        var generator = SeededGenerator(seed: UInt64(regions))
        var seen = SeenValues(indicatorCount: 23)
        var reference: [String: Int32] = [:]
        var stored = 0
        for _ in 0..<20 {
            let batch = (0..<Int.random(in: 0...2_000, using: &generator)).map { _ in
                Self.row(region: Int32.random(in: 0..<Int32(regions), using: &generator), year: Int.random(in: 2015...2030, using: &generator),
                         indicator: Int.random(in: 0..<23, using: &generator))
            }
            var expected: [SeenValues.Repeat] = []
            for (position, row) in batch.enumerated() {
                let key = "\(row.region) \(row.year) \(row.indicator)"
                if let earlier = reference[key] {
                    expected.append(SeenValues.Repeat(position: position, earlier: earlier))
                } else {
                    reference[key] = Int32(stored)
                    stored += 1
                }
            }
            let firstRow = stored - (batch.count - expected.count)
            let repeats = batch.withUnsafeBufferPointer { seen.insert($0, firstRow: firstRow) }
            #expect(repeats.map(\.position) == expected.map(\.position))
            #expect(repeats.map(\.earlier) == expected.map(\.earlier))
        }
    }

    /// Years outside 2000–2100 cannot come from a file, but the table must not misplace them.
    @Test func yearsOutsideTheBlockStillCount() {
        var seen = SeenValues(indicatorCount: 2)
        let rows = [Self.row(region: 0, year: 1999, indicator: 1), Self.row(region: 0, year: 2101, indicator: 1),
                    Self.row(region: 0, year: 1999, indicator: 1), Self.row(region: 0, year: 2000, indicator: 1)]
        let repeats = rows.withUnsafeBufferPointer { seen.insert($0, firstRow: 0) }
        #expect(repeats.map(\.position) == [2])
        #expect(repeats.map(\.earlier) == [0])
    }
}
