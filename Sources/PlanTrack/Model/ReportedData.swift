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
        /// Gives a value an earlier row gave: reported once, then left out of everything.
        var isIgnored = false
    }

    /// The rows in input order, in the pieces they were read in: one per stretch of each file.
    private let pieces: [RowPiece]
    /// Region names by id, in the order they first appear.
    private let regionNames: NameTable
    /// Sources and notes by id; id -1 is the empty text.
    private let texts: Segments<StoredText>
    private let files: NameTable
    /// The files that texts point into, kept as long as the texts are.
    private let inputs: [InputBytes]
    private let regionIndex: RegionIndex
    /// Rows not ignored.
    public let count: Int

    init(pieces: [RowPiece], regions: NameTable, texts: Segments<StoredText>, files: NameTable, inputs: [InputBytes]) {
        self.pieces = pieces
        self.regionNames = regions
        self.texts = texts
        self.files = files
        self.inputs = inputs
        regionIndex = RegionIndex(pieces: pieces, regionCount: regions.names.count)
        count = pieces.reduce(0) { $0 + $1.count - $1.ignoredCount }
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

    public var isEmpty: Bool { count == 0 }

    /// Every value, in input order. Makes a `ReportedValue` per row: for small data and tests.
    public var values: [ReportedValue] {
        pieces.flatMap { piece in
            piece.rows.indices.filter { !piece.rows[$0].isIgnored }.map { value(of: piece.resolved($0)) }
        }
    }

    /// The value of a row with the store's ids.
    private func value(of row: Row) -> ReportedValue {
        ReportedValue(
            indicatorIndex: Int(row.indicator), year: Int(row.year), value: row.value, region: regionNames[row.region],
            source: text(row.source), note: text(row.note), location: SourceLocation(file: files[row.file], line: Int(row.line)))
    }

    private func text(_ id: Int32) -> String { id < 0 ? "" : texts[Int(id)].string }

    /// The region's rows that pass `test`, in input order, with the store's ids. The test sees
    /// the row as stored, which is enough for indicator and year; only rows that pass are
    /// renumbered.
    private func rows(region: String, where test: (Row) -> Bool = { _ in true }) -> [Row] {
        guard let id = regionNames.existingID(region) else { return [] }
        var found: [Row] = []
        for run in regionIndex.runs(region: id) {
            let piece = pieces[Int(run.piece)]
            for index in Int(run.start)..<Int(run.start + run.count) where !piece.rows[index].isIgnored && test(piece.rows[index]) {
                found.append(piece.resolved(index))
            }
        }
        return found
    }

    /// One indicator's values for one region, in year order, one per year.
    public func series(indicator: Int, region: String) -> [ReportedValue] {
        rows(region: region) { Int($0.indicator) == indicator }.sorted { $0.year < $1.year }.map(value(of:))
    }

    public func value(indicator: Int, region: String, year: Int) -> ReportedValue? {
        rows(region: region) { Int($0.indicator) == indicator && Int($0.year) == year }.first.map(value(of:))
    }

    /// The latest year with any reported value for the region.
    public func latestYear(region: String) -> Int? {
        rows(region: region).map { Int($0.year) }.max()
    }

    public func contains(region: String) -> Bool { regionNames.existingID(region) != nil }

    /// Collects rows and interns their strings.
    struct Builder {
        private(set) var pieces: [RowPiece] = []
        /// Where each piece starts, counting every row before it, ignored or not.
        private var pieceStarts: [Int] = []
        /// Every row added, ignored or not: the next row's position.
        private(set) var rowCount = 0
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
            // Rows made here use the store's ids: they go to a piece that needs no renumbering.
            if pieces.last?.regions != nil || pieces.isEmpty { append(RowPiece()) }
            pieces[pieces.count - 1].append(row)
            rowCount += 1
        }

        /// Adds a piece as it is, without copying its rows.
        mutating func append(_ piece: RowPiece) {
            pieceStarts.append(rowCount)
            pieces.append(piece)
            rowCount += piece.count
        }

        /// The row at `position` (counting every row added), with the store's ids.
        func row(at position: Int) -> Row {
            let piece = pieceStarts.lastIndex(atOrBefore: position)
            return pieces[piece].resolved(position - pieceStarts[piece])
        }

        func build() -> ReportedData {
            ReportedData(pieces: pieces, regions: regions, texts: texts, files: files, inputs: inputs)
        }
    }
}
