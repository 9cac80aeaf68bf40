/// Rows read together, one stretch of a file, kept as they were read: region and text ids are
/// the stretch's own and lines count from its start. The piece says how to turn them into the
/// store's, so a million rows are neither copied nor rewritten after the stretches are read on
/// their cores; a row is turned into the store's form only when it is looked at.
struct RowPiece: Sendable {
    /// Where neighbouring rows of one region begin: a run lasts until the next one starts.
    struct Run: Sendable, Equatable {
        /// In the piece's own ids.
        let region: Int32
        let start: Int32
    }

    private(set) var rows: [ReportedData.Row] = []
    /// Every row in exactly one run, in order. Files list a region's values together, so a
    /// million rows make a few thousand runs: the repeat check and the region index work a run
    /// at a time.
    private(set) var runs: [Run] = []
    /// The region of the last run; no region has id -1.
    private var lastRegion: Int32 = -1
    /// How many rows repeat an earlier value and are left out of everything.
    private(set) var ignoredCount = 0
    /// The store's region id for each of the piece's own; nil when the piece uses the store's.
    var regions: [Int32]?
    /// Added to source and note ids, and to lines.
    var textShift: Int32 = 0
    var lineShift: Int32 = 0

    var count: Int { rows.count }

    mutating func reserve(_ capacity: Int) {
        HugePages.reserve(&rows, total: capacity)
    }

    /// Inlined: it runs once a row, and the call cost as much as the work.
    @inline(__always)
    mutating func append(_ row: ReportedData.Row) {
        if row.region != lastRegion {
            runs.append(Run(region: row.region, start: Int32(truncatingIfNeeded: rows.count)))
            lastRegion = row.region
        }
        rows.append(row)
    }

    /// The rows of run `index`.
    func range(ofRun index: Int) -> Range<Int> {
        Int(runs[index].start)..<(index + 1 < runs.count ? Int(runs[index + 1].start) : rows.count)
    }

    /// The store's id for one of the piece's regions.
    func region(_ id: Int32) -> Int32 {
        regions.map { $0[Int(id)] } ?? id
    }

    /// Row `index` with the store's ids and lines.
    func resolved(_ index: Int) -> ReportedData.Row {
        var row = rows[index]
        row.region = region(row.region)
        if row.source >= 0 { row.source += textShift }
        if row.note >= 0 { row.note += textShift }
        row.line = Int32(clamping: Int(row.line) + Int(lineShift))
        return row
    }

    /// Leaves the rows at `positions` out: they give a value again.
    mutating func ignore(_ positions: some Sequence<Int>) {
        rows.withUnsafeMutableBufferPointer { rows in
            for position in positions where !rows[position].isIgnored {
                rows[position].isIgnored = true
                ignoredCount += 1
            }
        }
    }
}
