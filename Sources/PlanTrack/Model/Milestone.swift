/// A yearly milestone (年度目标) the plan's owner set on the way to the target, e.g. Jinan's aim
/// for 2023 of 4.35 childcare places per 1,000 people. Met when the value is on the target's side
/// of it (at least it when higher is better, at most it when lower is).
public struct Milestone: Sendable, Equatable {
    public let year: Int
    public let value: Double
    /// Where the milestone was set, as published.
    public let source: String

    public init(year: Int, value: Double, source: String = "") {
        self.year = year
        self.value = value
        self.source = source
    }
}
