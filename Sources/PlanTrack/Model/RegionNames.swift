/// How the names people write for regions are read: the one rule that the data reader, the
/// library (`ReportedData(values:)`, `Assessor`) and every command use.
///
/// The plan's region, its districts and the reference region are known by their full names,
/// their short names without the level (济阳 for 济阳区, 城关 for 城关街道) and their English names.
/// A statistical table's total row (全市, 合计, 总计) is the plan's region. A district's former
/// name (济阳县 until 2018) is the district, with a warning; a former unit split into several
/// districts (莱芜市, 2019) cannot be read as one of them. Any other name is a region of its own.
public struct RegionNames: Sendable, Equatable {
    /// What a written name is read as.
    public enum Reading: Sendable, Equatable {
        /// A region: the plan's own, a district or the reference region by any of its names, or
        /// another region as written. Nothing to remark.
        case region(String)
        /// A total row's label (全市, 合计) read as the plan's region: said once per file.
        case total(label: String, region: String)
        /// A district's name before `year`, read as the district, with a warning naming the change.
        case formerName(String, region: String, year: Int)
        /// A name written with spaces inside (济阳 区), read as the region it spells: said once per file.
        case spacedName(String, region: String)
        /// A unit that became several districts in `year`: no one region, so an error.
        case split(String, into: [String], year: Int)

        /// The region the rows are for; nil for a split unit, which has none.
        public var region: String? {
            switch self {
            case .region(let name), .total(_, let name), .formerName(_, let name, _), .spacedName(_, let name): name
            case .split: nil
            }
        }

        /// What a file's reader says about the name, if anything.
        public var message: Message? {
            switch self {
            case .region:
                return nil
            case .total(let label, let region):
                return Message("“\(label)”行按\(region)读取（合计行）", "rows for '\(label)' are read as \(region) (a total row)")
            case .formerName(let name, let region, let year):
                return Message("“\(name)”已于\(year)年改为\(region)，按\(region)读取；请改用现名",
                               "'\(name)' became \(region) in \(year) and is read as it; write the current name")
            case .spacedName(let name, let region):
                return Message("地区“\(name)”中有空格，按“\(region)”读取", "the region '\(name)' has spaces inside and is read as '\(region)'")
            case .split(let name, let regions, let year):
                return Message("“\(name)”已于\(year)年撤销，分设\(regions.joined(separator: "、"))：无法确定属于哪一个，请按现在的区县分别填报",
                               "'\(name)' was split in \(year) into \(regions.joined(separator: " and ")): a row for it belongs to neither; report each district on its own")
            }
        }
    }

    private let region: String
    /// Every name of the plan's region, its districts and the reference region, by `nameKey`.
    private let keys: [String: String]
    /// Former names by `nameKey`: the districts each became, and the year.
    private let former: [String: (name: String, regions: [String], year: Int)]
    /// Labels of total rows, by `nameKey`.
    private let totals: Set<String>
    /// The first characters of every key above: a name that starts otherwise needs no
    /// normalizing, which spares it for the thousands of other regions a large file names.
    private let keyStarts: Set<UInt32>

    public init(region: String, regionEn: String, referenceRegion: String, referenceRegionEn: String, districts: [District]) {
        self.region = region
        var keys: [String: String] = [:]
        let named = [(referenceRegion, referenceRegionEn)] + districts.map { ($0.name, $0.nameEn) } + [(region, regionEn)]
        for (full, english) in named where !full.isEmpty {
            for name in [full, english, Self.shortName(full), Self.shortEnglishName(english)] where !name.isEmpty {
                keys[TextNormalization.nameKey(name)] = full
            }
        }
        var former: [String: (name: String, regions: [String], year: Int)] = [:]
        for district in districts {
            for old in district.formerNames {
                let key = TextNormalization.nameKey(old.name)
                var entry = former[key] ?? (old.name, [], old.year)
                entry.regions.append(district.name)
                former[key] = entry
            }
        }
        // 全市 for a city's plan, 全区 for a district's, 全县 for a county's; 合计 and 总计 for any.
        let level = region.last.map { ["市", "区", "县", "省"].contains(String($0)) ? "全\($0)" : nil } ?? nil
        totals = Set((["合计", "总计"] + (level.map { [$0] } ?? [])).map(TextNormalization.nameKey))
        self.keys = keys
        self.former = former
        keyStarts = Set((Array(keys.keys) + Array(former.keys) + Array(totals)).compactMap { $0.unicodeScalars.first?.value })
    }

    public static func == (lhs: RegionNames, rhs: RegionNames) -> Bool {
        lhs.region == rhs.region && lhs.keys == rhs.keys && lhs.totals == rhs.totals
            && lhs.former.mapValues { "\($0.name)\($0.regions)\($0.year)" } == rhs.former.mapValues { "\($0.name)\($0.regions)\($0.year)" }
    }

    /// How `name` (already trimmed) is read. An empty name is the plan's region.
    public func reading(_ name: String) -> Reading {
        if name.isEmpty || name == region { return .region(region) }
        guard let first = name.unicodeScalars.first(where: { !TextNormalization.isSpace($0) }) else { return .region(region) }
        // The first character as `nameKey` would write it: half-width and lowercase.
        var start = first.value
        if (0xFF01...0xFF5E).contains(start) { start -= 0xFEE0 }
        if (0x41...0x5A).contains(start) { start += 0x20 }
        guard keyStarts.contains(start) else { return .region(name) }
        let key = TextNormalization.nameKey(name)
        if let known = keys[key] {
            // Spaces between Chinese characters are a typing slip, not another name: said, and read.
            if known != name, name.unicodeScalars.contains(where: TextNormalization.isSpace), !name.unicodeScalars.allSatisfy(\.isASCII) {
                return .spacedName(name, region: known)
            }
            return .region(known)
        }
        if totals.contains(key) { return .total(label: name, region: region) }
        if let old = former[key] {
            return old.regions.count == 1 ? .formerName(name, region: old.regions[0], year: old.year) : .split(name, into: old.regions, year: old.year)
        }
        return .region(name)
    }

    /// The region `name` stands for, for a name a person types (`--region 济阳`); a split unit
    /// stands for itself, which no data has.
    public func regionName(for name: String) -> String {
        reading(name).region ?? name
    }

    private static let levels = ["市", "省", "区", "县", "街道", "镇", "乡"].map { Array($0.utf8) }

    /// A region's name without its level (市, 省, 区, 县, and for townships 街道, 镇, 乡), as
    /// people write it: 济阳区 → 济阳, 城关街道 → 城关.
    public static func shortName(_ name: String) -> String {
        String(decoding: shortName(utf8: Array(name.utf8)), as: UTF8.self)
    }

    /// An English region name without its level: Jiyang District → Jiyang.
    public static func shortEnglishName(_ name: String) -> String {
        for level in [" District", " County", " City", " Province", " Subdistrict", " Town", " Township"]
        where name.hasSuffix(level) && name.count > level.count {
            return String(name.dropLast(level.count))
        }
        return name
    }

    /// `shortName` on UTF-8 bytes, for checking thousands of regions without making Strings.
    /// The level goes only when at least two characters are left (市中区 → 市中, not 市 → "").
    static func shortName(utf8 bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard let level = levels.first(where: { bytes.count > $0.count && bytes.suffix($0.count).elementsEqual($0) }) else {
            return bytes[...]
        }
        let rest = bytes.dropLast(level.count)
        let characters = rest.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return characters >= 2 ? rest : bytes[...]
    }
}
