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
        var regionKeys: [String: String] = [:]
        let named = [(referenceRegion, referenceRegionEn)] + districts.map { ($0.name, $0.nameEn) } + [(region, regionEn)]
        for (full, english) in named where !full.isEmpty {
            for name in [full, english, Self.shortName(full), Self.shortEnglishName(english)] where !name.isEmpty {
                regionKeys[TextNormalization.nameKey(name)] = full
            }
        }
        self.regionKeys = regionKeys
        regionKeyStarts = Set(regionKeys.keys.compactMap { $0.unicodeScalars.first?.value })
    }

    /// The plan's region, its districts and the reference region, by the keys of every name they go by.
    private let regionKeys: [String: String]
    /// The first characters of those keys: a name that starts otherwise needs no normalizing,
    /// which spares it for the thousands of other regions a large file names.
    private let regionKeyStarts: Set<UInt32>

    /// Where each indicator stands in `indicators`.
    private let positions: [Indicator.ID: Int]

    /// The plan's period, baseline year to target year: 2020...2025 for a 十四五 plan.
    public var period: ClosedRange<Int> { baselineYear...max(baselineYear, targetYear) }

    /// The name a row's region stands for: the plan's region, its districts and the reference
    /// region are also known by their English names and their short names (济南 and Jinan for
    /// 济南市, 济阳 for 济阳区, 山东 for 山东省); any other name is itself.
    public func regionName(for name: String) -> String {
        if name == region || name == referenceRegion { return name }
        guard let first = name.unicodeScalars.first(where: { !TextNormalization.isSpace($0) }) else { return name }
        // The first character as `nameKey` would write it: half-width and lowercase.
        var start = first.value
        if (0xFF01...0xFF5E).contains(start) { start -= 0xFEE0 }
        if (0x41...0x5A).contains(start) { start += 0x20 }
        guard regionKeyStarts.contains(start) else { return name }
        return regionKeys[TextNormalization.nameKey(name)] ?? name
    }

    /// A region's name without its level (市, 省, 区, 县), as people write it: 济阳区 → 济阳.
    static func shortName(_ name: String) -> String {
        String(decoding: shortName(utf8: Array(name.utf8)), as: UTF8.self)
    }

    private static let regionLevels = ["市", "省", "区", "县"].map { Array($0.utf8) }

    /// An English region name without its level: Jiyang District → Jiyang.
    static func shortEnglishName(_ name: String) -> String {
        for level in [" District", " County", " City", " Province"] where name.hasSuffix(level) && name.count > level.count {
            return String(name.dropLast(level.count))
        }
        return name
    }

    /// `shortName` on UTF-8 bytes, for checking thousands of regions without making Strings.
    /// The level goes only when at least two characters are left (市中区 → 市中, not 市 → "").
    static func shortName(utf8 bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard let level = regionLevels.first(where: { bytes.count > $0.count && bytes.suffix($0.count).elementsEqual($0) }) else {
            return bytes[...]
        }
        let rest = bytes.dropLast(level.count)
        let characters = rest.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return characters >= 2 ? rest : bytes[...]
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
             domains: domains, indicators: indicators)
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
