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

    /// The indicator's properties, held once and shared: an indicator is copied into every
    /// assessment, and a copy of one reference costs a fraction of a copy of fifteen fields
    /// (`regions` over thousands of regions, `.ci/benchmark`). Never changed once made.
    private final class Properties: Sendable {
        let id: ID
        let name: String
        let nameEn: String
        let aliases: [String]
        let domainID: String
        let unit: String
        let unitEn: String
        let attribute: Attribute
        let direction: Direction
        let baseline: Baseline
        let target: Target
        let notes: [String]
        let notesZh: [String]
        let milestones: [Milestone]
        let lead: String?
        let partners: [String]

        init(id: ID, name: String, nameEn: String, aliases: [String], domainID: String, unit: String, unitEn: String,
             attribute: Attribute, direction: Direction, baseline: Baseline, target: Target, notes: [String], notesZh: [String],
             milestones: [Milestone], lead: String?, partners: [String]) {
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
            self.notesZh = notesZh
            self.milestones = milestones
            self.lead = lead
            self.partners = partners
        }

        /// The same properties with some replaced.
        func with(baseline: Baseline? = nil, target: Target? = nil, milestones: [Milestone]? = nil,
                  lead: String?? = nil, partners: [String]? = nil) -> Properties {
            Properties(id: id, name: name, nameEn: nameEn, aliases: aliases, domainID: domainID, unit: unit, unitEn: unitEn,
                       attribute: attribute, direction: direction, baseline: baseline ?? self.baseline, target: target ?? self.target,
                       notes: notes, notesZh: notesZh, milestones: milestones ?? self.milestones, lead: lead ?? self.lead,
                       partners: partners ?? self.partners)
        }
    }

    private let properties: Properties

    public var id: ID { properties.id }
    /// The plan's own Chinese name, as printed in 专栏1.
    public var name: String { properties.name }
    public var nameEn: String { properties.nameEn }
    /// Other names users type, e.g. 人均预期寿命 (the plan's text) for 人均期望寿命 (its table).
    public var aliases: [String] { properties.aliases }
    public var domainID: String { properties.domainID }
    /// The unit as the plan means it, e.g. `‰` where the table misprints `%`.
    public var unit: String { properties.unit }
    public var unitEn: String { properties.unitEn }
    public var attribute: Attribute { properties.attribute }
    public var direction: Direction { properties.direction }
    public var baseline: Baseline { properties.baseline }
    public var target: Target { properties.target }
    /// Where the plan needs interpreting: why a unit, wording or ceiling is read as it is.
    public var notes: [String] { properties.notes }
    /// The same notes in Chinese, one for one; `notes` where the plan file gives none.
    public var notesZh: [String] { properties.notesZh }
    /// Yearly milestones, by year; none for most indicators.
    public var milestones: [Milestone] { properties.milestones }
    /// The department that answers for the indicator (牵头单位, 市卫健委); nil where the plan names none.
    public var lead: String? { properties.lead }
    /// The departments that work with it (配合单位).
    public var partners: [String] { properties.partners }

    public init(
        id: ID, name: String, nameEn: String, aliases: [String], domainID: String,
        unit: String, unitEn: String, attribute: Attribute, direction: Direction,
        baseline: Baseline, target: Target, notes: [String], notesZh: [String]? = nil, milestones: [Milestone] = []
    ) {
        properties = Properties(id: id, name: name, nameEn: nameEn, aliases: aliases, domainID: domainID, unit: unit, unitEn: unitEn,
                                attribute: attribute, direction: direction, baseline: baseline, target: target, notes: notes,
                                notesZh: notesZh ?? notes, milestones: milestones.sorted { $0.year < $1.year }, lead: nil, partners: [])
    }

    private init(_ properties: Properties) {
        self.properties = properties
    }

    public static func == (lhs: Indicator, rhs: Indicator) -> Bool {
        let a = lhs.properties, b = rhs.properties
        if a === b { return true }
        return a.id == b.id && a.name == b.name && a.nameEn == b.nameEn && a.aliases == b.aliases && a.domainID == b.domainID
            && a.unit == b.unit && a.unitEn == b.unitEn && a.attribute == b.attribute && a.direction == b.direction
            && a.baseline == b.baseline && a.target == b.target && a.notes == b.notes && a.notesZh == b.notesZh
            && a.milestones == b.milestones && a.lead == b.lead && a.partners == b.partners
    }

    /// The same indicator with other milestones.
    public func with(milestones: [Milestone]) -> Indicator {
        Indicator(properties.with(milestones: milestones.sorted { $0.year < $1.year }))
    }

    /// The same indicator with another baseline and target: a district's own (`DistrictTarget`).
    public func with(baseline: Baseline, target: Target) -> Indicator {
        Indicator(properties.with(baseline: baseline, target: target))
    }

    /// The same indicator with a lead department and partners.
    public func with(lead: String?, partners: [String] = []) -> Indicator {
        Indicator(properties.with(lead: .some(lead), partners: partners))
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
