/// Every reported value that was read, stored compactly (a million rows take 32 MB) and
/// indexed by region, so assessing one region does not touch the others.
public struct ReportedData: Sendable {
    /// One value; strings are indices into the tables below.
    struct Row: Sendable {
        var value: Double
        var region: Int32
        var source: Int32
        var note: Int32
        var line: Int32
        var indicator: Int16
        var year: Int16
        var file: Int16
    }

    let rows: [Row]
    /// Region names by id, in the order they first appear.
    private let regionNames: NameTable
    /// Sources and notes by id; id -1 is the empty text.
    let texts: [StoredText]
    let files: NameTable
    /// The files that texts point into, kept as long as the texts are.
    let inputs: [InputBytes]
    /// Row indices grouped by region: rows of region r are `regionRows[regionStarts[r]..<regionStarts[r + 1]]`, in input order.
    private let regionStarts: [Int32]
    private let regionRows: [Int32]

    init(rows: [Row], regions: NameTable, texts: [StoredText], files: NameTable, inputs: [InputBytes]) {
        self.rows = rows
        self.regionNames = regions
        self.texts = texts
        self.files = files
        self.inputs = inputs
        // A counting sort by region: two passes, no per-row allocation.
        let regionCount = regions.names.count
        var starts = [Int32](repeating: 0, count: regionCount + 1)
        for row in rows { starts[Int(row.region) + 1] += 1 }
        for index in 0..<regionCount { starts[index + 1] += starts[index] }
        var next = starts
        var grouped = HugePages.array(repeating: Int32(0), count: rows.count)
        for (index, row) in rows.enumerated() {
            grouped[Int(next[Int(row.region)])] = Int32(index)
            next[Int(row.region)] += 1
        }
        regionStarts = starts
        regionRows = grouped
    }

    /// Builds the store from values, e.g. in tests or from another source than CSV.
    public init(values: [ReportedValue]) {
        var builder = Builder()
        for value in values { builder.append(value) }
        self = builder.build()
    }

    public static let empty = ReportedData(values: [])

    /// Region names, in the order they first appear.
    public var regions: [String] { regionNames.names }

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// Every value, in input order. Makes a `ReportedValue` per row: for small data and tests.
    public var values: [ReportedValue] { rows.indices.map(value(at:)) }

    func value(at index: Int) -> ReportedValue {
        let row = rows[index]
        return ReportedValue(
            indicatorIndex: Int(row.indicator), year: Int(row.year), value: row.value, region: regionNames[row.region],
            source: text(row.source), note: text(row.note), location: SourceLocation(file: files[row.file], line: Int(row.line)))
    }

    func text(_ id: Int32) -> String { id < 0 ? "" : texts[Int(id)].string }

    private func rowIndices(region: String) -> ArraySlice<Int32> {
        guard let id = regionNames.existingID(region) else { return [] }
        return regionRows[Int(regionStarts[Int(id)])..<Int(regionStarts[Int(id) + 1])]
    }

    /// One indicator's values for one region, in year order, one per year.
    public func series(indicator: Int, region: String) -> [ReportedValue] {
        rowIndices(region: region).filter { Int(rows[Int($0)].indicator) == indicator }
            .sorted { rows[Int($0)].year < rows[Int($1)].year }
            .map { value(at: Int($0)) }
    }

    public func value(indicator: Int, region: String, year: Int) -> ReportedValue? {
        rowIndices(region: region).first { Int(rows[Int($0)].indicator) == indicator && Int(rows[Int($0)].year) == year }
            .map { value(at: Int($0)) }
    }

    /// The latest year with any reported value for the region.
    public func latestYear(region: String) -> Int? {
        rowIndices(region: region).map { Int(rows[Int($0)].year) }.max()
    }

    public func contains(region: String) -> Bool { regionNames.existingID(region) != nil }

    /// Collects rows and interns their strings.
    struct Builder {
        var rows: [Row] = []
        var regions = NameTable()
        var texts: [StoredText] = []
        var files = NameTable()
        var inputs: [InputBytes] = []
        private var textIDs: [String: Int32] = [:]

        mutating func region(_ name: String) -> Int32 { regions.id(name) }

        mutating func file(_ name: String) -> Int16 { Int16(truncatingIfNeeded: files.id(name)) }

        mutating func text(_ text: String) -> Int32 {
            if text.isEmpty { return -1 }
            if let id = textIDs[text] { return id }
            let id = Int32(texts.count)
            texts.append(.string(text))
            textIDs[text] = id
            return id
        }

        mutating func append(_ value: ReportedValue) {
            rows.append(Row(
                value: value.value, region: region(value.region), source: text(value.source), note: text(value.note),
                line: Int32(clamping: value.location.line), indicator: Int16(truncatingIfNeeded: value.indicatorIndex),
                year: Int16(truncatingIfNeeded: value.year), file: file(value.location.file)))
        }

        func build() -> ReportedData {
            ReportedData(rows: rows, regions: regions, texts: texts, files: files, inputs: inputs)
        }
    }
}
