import Testing
@testable import PlanTrack

@Suite struct SeenValuesTests {
    static func row(region: Int32, year: Int, indicator: Int) -> ReportedData.Row {
        ReportedData.Row(value: 1, region: region, source: -1, note: -1, line: 1, indicator: Int16(indicator), year: Int16(year), file: 0)
    }

    /// Against a dictionary, with few regions (blocks) and with thousands (most go to the hash
    /// table once blocks would outweigh the rows), in batches of pieces as the merge passes
    /// them: pieces with their own region ids, runs of one region, and batches large enough to
    /// be checked on several threads.
    @Test(arguments: [5, 20_000])
    func findsWhatADictionaryFinds(regions: Int) {
        var generator = SeededGenerator(seed: UInt64(regions))
        var seen = SeenValues(indicatorCount: 23)
        var reference: [String: Int] = [:]
        var position = 0
        for batch in 0..<12 {
            let size = batch % 4 == 3 ? 60_000 : Int.random(in: 0...2_000, using: &generator)
            var pieces: [RowPiece] = []
            var expected: [[SeenValues.Repeat]] = []
            let firstPosition = position
            var remaining = size
            while remaining > 0 || pieces.isEmpty {
                let count = min(remaining, Int.random(in: 1...max(1, size / 2), using: &generator))
                remaining -= count
                // The piece's own region ids: the store's, reversed.
                var piece = RowPiece()
                piece.regions = (0..<Int32(regions)).reversed()
                var repeats: [SeenValues.Repeat] = []
                var region = Int32.random(in: 0..<Int32(regions), using: &generator)
                for index in 0..<count {
                    if Int.random(in: 0..<4, using: &generator) == 0 { region = Int32.random(in: 0..<Int32(regions), using: &generator) }
                    let row = Self.row(region: region, year: Int.random(in: 2015...2030, using: &generator), indicator: Int.random(in: 0..<23, using: &generator))
                    piece.append(row)
                    let key = "\(piece.region(region)) \(row.year) \(row.indicator)"
                    if let earlier = reference[key] {
                        repeats.append(SeenValues.Repeat(position: index, earlier: earlier))
                    } else {
                        reference[key] = position
                    }
                    position += 1
                }
                pieces.append(piece)
                expected.append(repeats)
            }
            #expect(seen.insert(pieces, firstPosition: firstPosition) == expected)
        }
    }

    /// Years outside 2000–2100 cannot come from a file, but the table must not misplace them.
    @Test func yearsOutsideTheBlockStillCount() {
        var seen = SeenValues(indicatorCount: 2)
        var piece = RowPiece()
        for year in [1999, 2101, 1999, 2000] { piece.append(Self.row(region: 0, year: year, indicator: 1)) }
        #expect(seen.insert([piece], firstPosition: 10) == [[SeenValues.Repeat(position: 2, earlier: 10)]])
    }
}
