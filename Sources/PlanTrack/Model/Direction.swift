/// Which way an indicator improves.
public enum Direction: String, Sendable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"

    /// The method's d: +1 where higher is better, −1 where lower is better.
    public var sign: Double { self == .higherIsBetter ? 1 : -1 }
}
