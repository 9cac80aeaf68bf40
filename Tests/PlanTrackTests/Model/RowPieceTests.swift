import Testing
@testable import PlanTrack

@Suite struct RowPieceTests {
    static func row(region: Int32, year: Int = 2021, indicator: Int = 0, source: Int32 = -1, line: Int32 = 1) -> ReportedData.Row {
        ReportedData.Row(value: 1, region: region, source: source, note: -1, line: line, indicator: Int16(indicator), year: Int16(year), file: 0)
    }

    @Test func neighbouringRowsOfOneRegionMakeOneRun() {
        var piece = RowPiece()
        for region: Int32 in [3, 3, 3, 1, 1, 3, 0] { piece.append(Self.row(region: region)) }
        #expect(piece.runs == [RowPiece.Run(region: 3, start: 0), RowPiece.Run(region: 1, start: 3), RowPiece.Run(region: 3, start: 5), RowPiece.Run(region: 0, start: 6)])
        #expect((0..<piece.runs.count).map(piece.range(ofRun:)) == [0..<3, 3..<5, 5..<6, 6..<7])
    }

    /// A stretch's own ids and lines become the store's; an empty source stays empty.
    @Test func resolvedRowsUseTheStoresIdsAndLines() {
        var piece = RowPiece()
        piece.append(Self.row(region: 0, source: 2, line: 7))
        piece.append(Self.row(region: 1, source: -1, line: 8))
        piece.regions = [5, 9]
        piece.textShift = 100
        piece.lineShift = 40
        let first = piece.resolved(0), second = piece.resolved(1)
        #expect((first.region, first.source, first.line) == (5, 102, 47))
        #expect((second.region, second.source, second.line) == (9, -1, 48))
        #expect(piece.rows[0].region == 0)  // stored as read
    }

    @Test func ignoredRowsAreCountedOnce() {
        var piece = RowPiece()
        for _ in 0..<4 { piece.append(Self.row(region: 0)) }
        piece.ignore([1, 3])
        piece.ignore([3])
        #expect(piece.ignoredCount == 2)
        #expect(piece.rows.map(\.isIgnored) == [false, true, false, true])
    }
}
