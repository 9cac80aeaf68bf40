/// Whether the plan commits the government to an indicator (约束性) or only gives guidance (预期性).
public enum Attribute: String, Sendable, CaseIterable {
    case binding
    case expected
}
