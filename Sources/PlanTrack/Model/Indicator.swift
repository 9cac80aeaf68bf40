/// One row of 专栏1: what is measured, from where, to where.
public struct Indicator: Sendable, Equatable {
    /// A stable kebab-case English name, e.g. `life-expectancy`: how programs and files address
    /// an indicator, whatever its position in the plan.
    public struct ID: Hashable, Sendable, RawRepresentable, ExpressibleByStringLiteral, CustomStringConvertible {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public init(_ rawValue: String) {
            self.rawValue = rawValue
        }

        public init(stringLiteral value: String) {
            self.rawValue = value
        }

        public var description: String { rawValue }
    }

    public let id: ID
    /// The plan's own Chinese name, as printed in 专栏1.
    public let name: String
    public let nameEn: String
    /// Other names users type, e.g. 人均预期寿命 (the plan's text) for 人均期望寿命 (its table).
    public let aliases: [String]
    public let domainID: String
    /// The unit as the plan means it, e.g. `‰` where the table misprints `%`.
    public let unit: String
    public let unitEn: String
    public let attribute: Attribute
    public let direction: Direction
    public private(set) var baseline: Baseline
    public private(set) var target: Target
    /// Where the plan needs interpreting: why a unit, wording or ceiling is read as it is.
    public let notes: [String]
    /// The same notes in Chinese, one for one; `notes` where the plan file gives none.
    public let notesZh: [String]
    /// Yearly milestones, by year; none for most indicators.
    public private(set) var milestones: [Milestone]
    /// The department that answers for the indicator (牵头单位, 市卫健委); nil where the plan names none.
    public private(set) var lead: String?
    /// The departments that work with it (配合单位).
    public private(set) var partners: [String] = []

    public init(
        id: ID, name: String, nameEn: String, aliases: [String], domainID: String,
        unit: String, unitEn: String, attribute: Attribute, direction: Direction,
        baseline: Baseline, target: Target, notes: [String], notesZh: [String]? = nil, milestones: [Milestone] = []
    ) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.aliases = aliases
        self.domainID = domainID
        self.unit = unit
        self.unitEn = unitEn
        self.attribute = attribute
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.notes = notes
        self.notesZh = notesZh ?? notes
        self.milestones = milestones.sorted { $0.year < $1.year }
    }

    /// The same indicator with other milestones.
    public func with(milestones: [Milestone]) -> Indicator {
        var copy = self
        copy.milestones = milestones.sorted { $0.year < $1.year }
        return copy
    }

    /// The same indicator with another baseline and target: a district's own (`DistrictTarget`).
    public func with(baseline: Baseline, target: Target) -> Indicator {
        var copy = self
        copy.baseline = baseline
        copy.target = target
        return copy
    }

    /// The same indicator with a lead department and partners.
    public func with(lead: String?, partners: [String] = []) -> Indicator {
        var copy = self
        copy.lead = lead
        copy.partners = partners
        return copy
    }

    /// The milestone set for `year`, if any.
    public func milestone(for year: Int) -> Milestone? {
        milestones.first { $0.year == year }
    }

    /// Every name that finds this indicator: id, Chinese name, English name, aliases.
    public var allNames: [String] { [id.rawValue, name, nameEn] + aliases }

    /// True when the unit is a percentage, so values must lie within 0–100.
    public var isPercentage: Bool { unit == "%" }
}
