/// A health plan: its indicators, grouped in domains, with a baseline and a target year.
public struct Plan: Sendable, Equatable {

    public let name: String
    public let nameEn: String
    public let source: String
    /// The region the plan is for (济南市); reported rows without a region belong to it.
    public let region: String
    public let regionEn: String
    /// The region whose values serve as a reference (山东省), never assessed itself.
    public let referenceRegion: String
    public let referenceRegionEn: String
    /// The districts and counties of `region`, in the plan's order; empty for a plan without.
    public let districts: [District]
    public let baselineYear: Int
    public let targetYear: Int
    public let domains: [Domain]
    /// In the plan's order.
    public let indicators: [Indicator]
    /// Relations between indicators that every region's data must keep (`plan-track quality`).
    public private(set) var checks: [RelatedCheck] = []

    public init(
        name: String, nameEn: String, source: String, region: String, regionEn: String,
        referenceRegion: String, referenceRegionEn: String, districts: [District] = [], baselineYear: Int, targetYear: Int,
        domains: [Domain], indicators: [Indicator]
    ) {
        self.name = name
        self.nameEn = nameEn
        self.source = source
        self.region = region
        self.regionEn = regionEn
        self.referenceRegion = referenceRegion
        self.referenceRegionEn = referenceRegionEn
        self.districts = districts
        self.baselineYear = baselineYear
        self.targetYear = targetYear
        self.domains = domains
        self.indicators = indicators
        positions = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        regionNames = RegionNames(region: region, regionEn: regionEn, referenceRegion: referenceRegion,
                                  referenceRegionEn: referenceRegionEn, districts: districts)
        districtTargets = Dictionary(districts.filter { !$0.targets.isEmpty }.map { district in
            (district.name, Dictionary(district.targets.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first }))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The districts' own targets, by district name and indicator.
    private let districtTargets: [String: [Indicator.ID: DistrictTarget]]

    /// The indicator as `region` is judged on it: with the district's own baseline and target
    /// where its plan sets them (区目标), else the plan's (市目标). The plan's own region is
    /// always judged on the plan's.
    public func indicator(_ indicator: Indicator, for region: String) -> (indicator: Indicator, owner: TargetOwner) {
        guard let own = districtTargets[region]?[indicator.id] else { return (indicator, .plan) }
        return (indicator.with(baseline: own.baseline, target: own.target), .district)
    }

    /// How the names written for regions are read: the plan's region, its districts and the
    /// reference region by any of their names, total rows, former names.
    public let regionNames: RegionNames

    /// Where each indicator stands in `indicators`.
    private let positions: [Indicator.ID: Int]

    /// The plan's period, baseline year to target year: 2020...2025 for a 十四五 plan.
    public var period: ClosedRange<Int> { baselineYear...max(baselineYear, targetYear) }

    /// The name a row's region stands for (`RegionNames.regionName(for:)`): 济阳 and Jiyang are
    /// 济阳区, 全市 is the plan's region, 济阳县 is 济阳区; any other name is itself.
    public func regionName(for name: String) -> String {
        regionNames.regionName(for: name)
    }

    /// The years a reported value may carry at all. Wide enough for any plan's history and
    /// follow-up, narrow enough that a typo such as 20223 or 223 is caught as one.
    public var acceptedYears: ClosedRange<Int> { 2000...2100 }

    /// The regions a comparison shows, in order: the plan's region, its districts, then every
    /// other region that has values in `regionsInData` (never the reference region).
    public func comparedRegions(_ regionsInData: [String]) -> [String] {
        var regions = [region] + districts.map(\.name)
        var listed = Set(regions)
        for name in regionsInData where name != referenceRegion && listed.insert(name).inserted { regions.append(name) }
        return regions
    }

    /// A region's name in English where the plan gives one; else the name itself.
    public func englishName(of name: String) -> String {
        if name == region { return regionEn }
        if name == referenceRegion { return referenceRegionEn }
        return districts.first { $0.name == name }?.nameEn ?? name
    }

    /// The same plan with other indicators (the same ones, edited).
    public func with(indicators: [Indicator]) -> Plan {
        Plan(name: name, nameEn: nameEn, source: source, region: region, regionEn: regionEn, referenceRegion: referenceRegion,
             referenceRegionEn: referenceRegionEn, districts: districts, baselineYear: baselineYear, targetYear: targetYear,
             domains: domains, indicators: indicators).with(checks: checks)
    }

    /// The same plan with relations its data must keep.
    public func with(checks: [RelatedCheck]) -> Plan {
        var copy = self
        copy.checks = checks
        return copy
    }

    /// The same plan with other districts (the same ones with their own targets, say).
    public func with(districts: [District]) -> Plan {
        Plan(name: name, nameEn: nameEn, source: source, region: region, regionEn: regionEn, referenceRegion: referenceRegion,
             referenceRegionEn: referenceRegionEn, districts: districts, baselineYear: baselineYear, targetYear: targetYear,
             domains: domains, indicators: indicators).with(checks: checks)
    }

    public func domain(id: String) -> Domain? {
        domains.first { $0.id == id }
    }

    public func indicators(in domain: Domain) -> [Indicator] {
        indicators.filter { $0.domainID == domain.id }
    }

    public func indicator(id: Indicator.ID) -> Indicator? {
        positions[id].map { indicators[$0] }
    }

    /// The indicator's position in `indicators`, which the stored rows use.
    func index(of id: Indicator.ID) -> Int? { positions[id] }
}
