/// Where each region's rows are: the pieces' runs of neighbouring rows of one region, grouped by
/// the store's region id. An index with an entry per row took 4 MB and a scatter over a million
/// rows, on one core, after every read; the runs are already there.
struct RegionIndex: Sendable {
    /// Rows `start..<start + count` of piece `piece`, all of one region.
    struct Run: Sendable, Equatable {
        let piece: Int32
        let start: Int32
        let count: Int32
    }

    /// The runs of region r are `runs[starts[r]..<starts[r + 1]]`, in input order.
    private let starts: [Int32]
    private let runs: [Run]

    init(pieces: [RowPiece], regionCount: Int) {
        // A counting sort by region: stable, so each region's runs stay in input order.
        var starts = [Int32](repeating: 0, count: regionCount + 1)
        for piece in pieces {
            for run in piece.runs { starts[Int(piece.region(run.region)) + 1] += 1 }
        }
        for region in 0..<regionCount { starts[region + 1] += starts[region] }
        var next = starts
        var grouped = [Run](repeating: Run(piece: 0, start: 0, count: 0), count: Int(starts[regionCount]))
        for (index, piece) in pieces.enumerated() {
            for (runIndex, run) in piece.runs.enumerated() {
                let region = Int(piece.region(run.region))
                let rows = piece.range(ofRun: runIndex)
                grouped[Int(next[region])] = Run(piece: Int32(index), start: Int32(truncatingIfNeeded: rows.lowerBound), count: Int32(truncatingIfNeeded: rows.count))
                next[region] += 1
            }
        }
        self.starts = starts
        self.runs = grouped
    }

    /// The region's runs, in input order; none for an id with no rows.
    func runs(region: Int32) -> ArraySlice<Run> {
        guard region >= 0, Int(region) + 1 < starts.count else { return [] }
        return runs[Int(starts[Int(region)])..<Int(starts[Int(region) + 1])]
    }
}
