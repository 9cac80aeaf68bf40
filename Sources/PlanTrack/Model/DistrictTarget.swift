/// A district's own baseline and target for one of the plan's indicators, as the district's own
/// plan sets them: the district is judged against them, everywhere, instead of the plan's.
public struct DistrictTarget: Sendable, Equatable {
    public let indicator: Indicator.ID
    public let baseline: Baseline
    public let target: Target

    public init(indicator: Indicator.ID, baseline: Baseline, target: Target) {
        self.indicator = indicator
        self.baseline = baseline
        self.target = target
    }
}
