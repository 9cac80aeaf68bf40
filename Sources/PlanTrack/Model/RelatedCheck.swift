/// A relation two of the plan's indicators must keep in every region and year, by their
/// definitions: under-5 mortality counts every infant death and more, so it is never below
/// infant mortality. A break is a data-quality finding, never a change to a value or verdict.
public struct RelatedCheck: Sendable, Equatable {
    public enum Relation: String, Sendable, CaseIterable {
        /// left ≥ right
        case atLeast = "at-least"
        /// left ≤ right
        case atMost = "at-most"
    }

    public let left: Indicator.ID
    public let relation: Relation
    public let right: Indicator.ID
    /// Why the relation holds, as the plan file says it.
    public let reason: String

    public init(left: Indicator.ID, relation: Relation, right: Indicator.ID, reason: String = "") {
        self.left = left
        self.relation = relation
        self.right = right
        self.reason = reason
    }

    /// Whether the two values keep the relation; equal values always do.
    public func holds(left: Double, right: Double) -> Bool {
        switch relation {
        case .atLeast: Compare.atLeast(left, right)
        case .atMost: Compare.atMost(left, right)
        }
    }
}
