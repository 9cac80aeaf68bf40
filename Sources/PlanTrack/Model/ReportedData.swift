/// Every reported value that was read, indexed by indicator and region.
public struct ReportedData: Sendable {
    public let values: [ReportedValue]
    /// Regions in the order they first appear.
    public let regions: [String]
    /// For each (indicator, region): indices into `values`, in year order.
    private let series: [SeriesKey: [Int]]

    private struct SeriesKey: Hashable, Sendable {
        let indicator: Int
        let region: String
    }

    public init(values: [ReportedValue]) {
        self.values = values
        var series: [SeriesKey: [Int]] = [:]
        var regions: [String] = []
        var seenRegions: Set<String> = []
        for (index, value) in values.enumerated() {
            series[SeriesKey(indicator: value.indicatorIndex, region: value.region), default: []].append(index)
            if seenRegions.insert(value.region).inserted { regions.append(value.region) }
        }
        for key in series.keys {
            series[key]?.sort { values[$0].year < values[$1].year }
        }
        self.series = series
        self.regions = regions
    }

    public static let empty = ReportedData(values: [])

    /// One indicator's values for one region, in year order, one per year.
    public func series(indicator: Int, region: String) -> [ReportedValue] {
        (series[SeriesKey(indicator: indicator, region: region)] ?? []).map { values[$0] }
    }

    public func value(indicator: Int, region: String, year: Int) -> ReportedValue? {
        series(indicator: indicator, region: region).first { $0.year == year }
    }

    /// The latest year with any reported value for the region.
    public func latestYear(region: String) -> Int? {
        values.lazy.filter { $0.region == region }.map(\.year).max()
    }
}
