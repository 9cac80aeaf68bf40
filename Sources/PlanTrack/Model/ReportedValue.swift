/// One reported value of one indicator, for one year and one region.
public struct ReportedValue: Sendable, Equatable {
    public let indicator: Indicator.ID
    public let year: Int
    public let value: Double
    public let region: String
    /// Where it was published; empty when the row gives none.
    public let source: String
    public let note: String
    /// Where it was read; for values made in code, whatever the caller says.
    public let location: SourceLocation

    public init(
        indicator: Indicator.ID, year: Int, value: Double, region: String,
        source: String = "", note: String = "", location: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.indicator = indicator
        self.year = year
        self.value = value
        self.region = region
        self.source = source
        self.note = note
        self.location = location
    }
}
