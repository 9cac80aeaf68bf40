/// Where a piece of input came from, for messages: `file:line`.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the location is the whole file.
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// One reported value of one indicator, for one year and one region.
public struct ReportedValue: Sendable, Equatable {
    /// Index into the plan's indicators.
    public let indicatorIndex: Int
    public let year: Int
    public let value: Double
    public let region: String
    /// Where it was published; empty when the row gives none.
    public let source: String
    public let note: String
    public let location: SourceLocation

    public init(
        indicatorIndex: Int, year: Int, value: Double, region: String,
        source: String = "", note: String = "", location: SourceLocation
    ) {
        self.indicatorIndex = indicatorIndex
        self.year = year
        self.value = value
        self.region = region
        self.source = source
        self.note = note
        self.location = location
    }
}
