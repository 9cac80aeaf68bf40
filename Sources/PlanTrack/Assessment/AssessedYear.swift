/// One reported year of an indicator as it stood then: assessed with that year as the
/// evaluation year (`Assessor.history`).
public struct AssessedYear: Sendable {
    public let year: Int
    public let value: Double
    /// Change from the previous reported year; nil for the first.
    public let change: Double?
    public let assessment: Assessment
}
