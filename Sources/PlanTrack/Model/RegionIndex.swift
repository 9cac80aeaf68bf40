/// Where each region's rows are: runs of neighbouring rows of one region, grouped by region.
///
/// Files list a region's values together (by region, or by year and then region), so a million
/// rows make a few thousand runs. An index with an entry per row took 4 MB and a scatter over
/// all of them, on one core, after every read.
struct RegionIndex: Sendable {
    /// Rows `start..<start + count` of segment `segment`, all of one region.
    struct Run: Sendable, Equatable {
        let segment: Int32
        let start: Int32
        let count: Int32
    }

    /// The runs of region r are `runs[starts[r]..<starts[r + 1]]`, in input order.
    private let starts: [Int32]
    private let runs: [Run]

    init(segments: [[ReportedData.Row]], regionCount: Int) {
        var found: [Run] = []
        var regionOfRun: [Int32] = []
        for (segment, rows) in segments.enumerated() {
            rows.withUnsafeBufferPointer { rows in
                var start = 0
                while start < rows.count {
                    let region = rows[start].region
                    var end = start + 1
                    while end < rows.count && rows[end].region == region { end += 1 }
                    found.append(Run(segment: Int32(segment), start: Int32(truncatingIfNeeded: start), count: Int32(truncatingIfNeeded: end - start)))
                    regionOfRun.append(region)
                    start = end
                }
            }
        }
        // A counting sort by region: stable, so each region's runs stay in input order.
        var starts = [Int32](repeating: 0, count: regionCount + 1)
        for region in regionOfRun { starts[Int(region) + 1] += 1 }
        for region in 0..<regionCount { starts[region + 1] += starts[region] }
        var next = starts
        var grouped = found
        for (run, region) in zip(found, regionOfRun) {
            grouped[Int(next[Int(region)])] = run
            next[Int(region)] += 1
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
