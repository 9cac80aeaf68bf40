/// One reported value of one indicator, for one year and one region.
public struct ReportedValue: Sendable, Equatable {
    /// The words of a value, held once and shared: a value is copied into the assessment that
    /// uses it, and a copy of one reference costs a fifth of a copy of five strings
    /// (`regions` over thousands of regions, `.ci/benchmark`). Never changed once made.
    private final class Words: Sendable {
        let indicator: Indicator.ID
        let region: String
        let source: String
        let note: String
        let location: SourceLocation

        init(indicator: Indicator.ID, region: String, source: String, note: String, location: SourceLocation) {
            self.indicator = indicator
            self.region = region
            self.source = source
            self.note = note
            self.location = location
        }
    }

    public let year: Int
    public let value: Double
    private let words: Words

    public var indicator: Indicator.ID { words.indicator }
    public var region: String { words.region }
    /// Where it was published; empty when the row gives none.
    public var source: String { words.source }
    public var note: String { words.note }
    /// Where it was read; for values made in code, whatever the caller says.
    public var location: SourceLocation { words.location }

    public init(
        indicator: Indicator.ID, year: Int, value: Double, region: String,
        source: String = "", note: String = "", location: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.year = year
        self.value = value
        words = Words(indicator: indicator, region: region, source: source, note: note, location: location)
    }

    public static func == (lhs: ReportedValue, rhs: ReportedValue) -> Bool {
        lhs.year == rhs.year && lhs.value == rhs.value
            && (lhs.words === rhs.words || (lhs.indicator == rhs.indicator && lhs.region == rhs.region && lhs.source == rhs.source
                                            && lhs.note == rhs.note && lhs.location == rhs.location))
    }
}
