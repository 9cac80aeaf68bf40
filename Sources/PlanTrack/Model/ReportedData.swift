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

    /// The rows in input order, in the pieces they were read in: one per stretch of each file.
    let rows: Segments<Row>
    /// Region names by id, in the order they first appear.
    private let regionNames: NameTable
    /// Sources and notes by id; id -1 is the empty text.
    let texts: Segments<StoredText>
    let files: NameTable
    /// The files that texts point into, kept as long as the texts are.
    let inputs: [InputBytes]
    private let regionIndex: RegionIndex

    init(rows: Segments<Row>, regions: NameTable, texts: Segments<StoredText>, files: NameTable, inputs: [InputBytes]) {
        self.rows = rows
        self.regionNames = regions
        self.texts = texts
        self.files = files
        self.inputs = inputs
        regionIndex = RegionIndex(segments: rows.pieces, regionCount: regions.names.count)
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
    public var isEmpty: Bool { count == 0 }

    /// Every value, in input order. Makes a `ReportedValue` per row: for small data and tests.
    public var values: [ReportedValue] { rows.pieces.flatMap { $0.map(value(of:)) } }

    func value(of row: Row) -> ReportedValue {
        ReportedValue(
            indicatorIndex: Int(row.indicator), year: Int(row.year), value: row.value, region: regionNames[row.region],
            source: text(row.source), note: text(row.note), location: SourceLocation(file: files[row.file], line: Int(row.line)))
    }

    func text(_ id: Int32) -> String { id < 0 ? "" : texts[Int(id)].string }

    /// The region's rows, in input order.
    private func rows(region: String) -> [Row] {
        guard let id = regionNames.existingID(region) else { return [] }
        return regionIndex.runs(region: id).flatMap { run in
            rows.pieces[Int(run.segment)][Int(run.start)..<Int(run.start + run.count)]
        }
    }

    /// One indicator's values for one region, in year order, one per year.
    public func series(indicator: Int, region: String) -> [ReportedValue] {
        rows(region: region).filter { Int($0.indicator) == indicator }.sorted { $0.year < $1.year }.map(value(of:))
    }

    public func value(indicator: Int, region: String, year: Int) -> ReportedValue? {
        rows(region: region).first { Int($0.indicator) == indicator && Int($0.year) == year }.map(value(of:))
    }

    /// The latest year with any reported value for the region.
    public func latestYear(region: String) -> Int? {
        rows(region: region).map { Int($0.year) }.max()
    }

    public func contains(region: String) -> Bool { regionNames.existingID(region) != nil }

    /// Collects rows and interns their strings.
    struct Builder {
        var rows = Segments<Row>()
        var regions = NameTable()
        var texts = Segments<StoredText>()
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
            let row = Row(
                value: value.value, region: region(value.region), source: text(value.source), note: text(value.note),
                line: Int32(clamping: value.location.line), indicator: Int16(truncatingIfNeeded: value.indicatorIndex),
                year: Int16(truncatingIfNeeded: value.year), file: file(value.location.file))
            rows.append(row)
        }

        func build() -> ReportedData {
            ReportedData(rows: rows, regions: regions, texts: texts, files: files, inputs: inputs)
        }
    }
}
