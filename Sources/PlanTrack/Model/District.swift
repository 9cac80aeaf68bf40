/// A district or county of the plan's region (历下区, 平阴县), which reports the same indicators.
/// Known also by its short name (历下) and its English name, and by its former names (济阳县
/// until 2018), which a file may still use.
public struct District: Sendable, Equatable {
    /// A name the district, or a unit it came from, had until `year`.
    public struct FormerName: Sendable, Equatable {
        public let name: String
        /// The year the name changed.
        public let year: Int

        public init(name: String, year: Int) {
            self.name = name
            self.year = year
        }
    }

    public let name: String
    public let nameEn: String
    /// Names it had before. A name shared by several districts was a unit split into them
    /// (莱芜市 into 莱芜区 and 钢城区): a row under it belongs to neither.
    public let formerNames: [FormerName]
    /// The district's own baselines and targets, for the indicators its own plan sets (区目标).
    public let targets: [DistrictTarget]

    public init(name: String, nameEn: String, formerNames: [FormerName] = [], targets: [DistrictTarget] = []) {
        self.name = name
        self.nameEn = nameEn
        self.formerNames = formerNames
        self.targets = targets
    }

    /// The same district with its own targets.
    public func with(targets: [DistrictTarget]) -> District {
        District(name: name, nameEn: nameEn, formerNames: formerNames, targets: targets)
    }
}
