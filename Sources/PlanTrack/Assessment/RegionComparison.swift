/// Every region against the plan in one year, side by side: the plan's region, its districts in
/// the plan's order, then any other region with values in the data. Each region is assessed
/// on its own baseline, exactly as `Assessor.assess(_:region:year:)` assesses it alone.
public struct RegionComparison: Sendable {
    public let plan: Plan
    /// Y: the evaluation year, the same for every region.
    public let year: Int
    /// One assessment per region, in the order above. A district without values is here too,
    /// every indicator without data, so that a district that sent nothing is seen.
    public let regions: [PlanAssessment]

    public init(plan: Plan, year: Int, regions: [PlanAssessment]) {
        self.plan = plan
        self.year = year
        self.regions = regions
    }

    /// How one region stands: the five counts add up to the plan's indicators.
    public struct Counts: Sendable, Equatable {
        public let achieved: Int
        public let onTrack: Int
        /// Behind, moving away or not met, and not a binding indicator at risk.
        public let lagging: Int
        /// Binding indicators at risk.
        public let atRisk: Int
        /// No data, or too little to say.
        public let withoutData: Int

        public init(_ region: PlanAssessment) {
            let statuses = region.assessments
            achieved = statuses.filter { $0.status == .achieved }.count
            onTrack = statuses.filter { $0.status == .onTrack }.count
            lagging = statuses.filter { $0.status.isShortfall && !$0.isAtRisk }.count
            atRisk = statuses.filter(\.isAtRisk).count
            withoutData = statuses.filter { $0.status == .noData || $0.status == .insufficientData }.count
        }
    }

    public func counts(_ region: PlanAssessment) -> Counts { Counts(region) }

    /// Each binding indicator, in plan order, with the regions where it is at risk (maybe none).
    public var bindingAtRisk: [(indicator: Indicator, regions: [String])] {
        plan.indicators.indices.filter { plan.indicators[$0].attribute == .binding }.map { index in
            (plan.indicators[index], regions.filter { $0.assessments[index].isAtRisk }.map(\.region))
        }
    }

    /// The warnings the data raised, once (the plan region's assessment checks the baselines).
    public var warnings: [Diagnostic] { regions.first?.warnings ?? [] }
}
