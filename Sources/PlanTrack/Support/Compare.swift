/// Comparisons that forgive the last bits of binary floating point, so that a value typed
/// as exactly the target (or a threshold such as 52.0 − 2) counts as reaching it.
enum Compare {
    private static func slack(_ a: Double, _ b: Double) -> Double {
        1e-9 * max(1, abs(a), abs(b))
    }

    static func atLeast(_ a: Double, _ b: Double) -> Bool { a >= b - slack(a, b) }
    static func atMost(_ a: Double, _ b: Double) -> Bool { a <= b + slack(a, b) }
    static func below(_ a: Double, _ b: Double) -> Bool { a < b - slack(a, b) }
    static func equal(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= slack(a, b) }
}
