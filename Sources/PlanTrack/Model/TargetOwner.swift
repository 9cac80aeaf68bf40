/// Whose target a region is judged against: the plan's (市目标, for the plan's region and for a
/// district without its own) or the district's own plan's (区目标).
public enum TargetOwner: String, Sendable, CaseIterable {
    case plan
    case district
}
