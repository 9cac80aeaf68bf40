import Testing
@testable import PlanTrack

@Suite struct RegionIndexTests {
    static func row(region: Int32, year: Int, indicator: Int = 0, value: Double = 1) -> ReportedData.Row {
        ReportedData.Row(value: value, region: region, source: -1, note: -1, line: Int32(year), indicator: Int16(indicator), year: Int16(year), file: 0)
    }

    /// Two pieces with their own region ids: each region's runs, in input order, across pieces.
    @Test func groupsRunsByTheStoresRegion() {
        var first = RowPiece(), second = RowPiece()
        for (region, year) in [(0, 2021), (0, 2022), (1, 2021), (0, 2023)] { first.append(Self.row(region: Int32(region), year: year)) }
        for (region, year) in [(0, 2021), (1, 2024)] { second.append(Self.row(region: Int32(region), year: year)) }
        first.regions = [0, 1]
        second.regions = [1, 2]  // the second piece's region 0 is the store's 1
        let index = RegionIndex(pieces: [first, second], regionCount: 3)
        #expect(Array(index.runs(region: 0)) == [RegionIndex.Run(piece: 0, start: 0, count: 2), RegionIndex.Run(piece: 0, start: 3, count: 1)])
        #expect(Array(index.runs(region: 1)) == [RegionIndex.Run(piece: 0, start: 2, count: 1), RegionIndex.Run(piece: 1, start: 0, count: 1)])
        #expect(Array(index.runs(region: 2)) == [RegionIndex.Run(piece: 1, start: 1, count: 1)])
        #expect(index.runs(region: 3).isEmpty && index.runs(region: -1).isEmpty)
    }

    /// The store over pieces answers as it would over one list of values: ignored rows are
    /// left out of the count, the values, the series and the latest year.
    @Test func theStoreLeavesIgnoredRowsOut() {
        var builder = ReportedData.Builder()
        let names = ["甲", "乙"].map { builder.region($0) }
        let file = builder.file("f.csv")
        var piece = RowPiece()
        for (region, year, value) in [(1, 2021, 5.0), (0, 2021, 1.0), (0, 2022, 2.0), (0, 2021, 9.0), (0, 2030, 3.0)] {
            var row = Self.row(region: Int32(region), year: year, value: value)
            row.file = file
            piece.append(row)
        }
        piece.regions = [names[1], names[0]]  // the piece's 0 is 乙, its 1 is 甲
        piece.ignore([3, 4])
        builder.append(piece)
        let data = builder.build()
        #expect(data.count == 3)
        #expect(data.values.map(\.value) == [5, 1, 2])
        #expect(data.series(indicator: 0, region: "乙").map(\.value) == [1, 2])
        #expect(data.series(indicator: 0, region: "甲").map(\.value) == [5])
        #expect(data.value(indicator: 0, region: "乙", year: 2021)?.value == 1)
        #expect(data.latestYear(region: "乙") == 2022)
        #expect(builder.row(at: 3).value == 9)
    }
}
