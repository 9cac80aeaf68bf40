import Foundation

/// How numbers are written for people: no float noise, no exponent, rounding stated.
package enum NumberText {
    /// The shortest decimal that reads back as the same number: 80.2, 5, 0.58.
    package static func plain(_ number: Double) -> String {
        guard number.isFinite else { return "–" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        let text = "\(number)"
        if text.contains("e") {
            return trimZeros(String(format: "%.10f", number))
        }
        return text
    }

    /// Fixed decimals, e.g. `fixed(0.6667, 1)` is `0.7`. Negative zero is written 0.
    package static func fixed(_ number: Double, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", number)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// A share as a percentage with one decimal: 0.6667 → `66.7%`.
    package static func percent(_ share: Double) -> String {
        fixed(share * 100, 1) + "%"
    }

    /// A difference with its sign: +0.30, -0.20.
    package static func signed(_ number: Double, _ decimals: Int) -> String {
        let text = fixed(number, decimals)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
    }

    /// A derived number (gap, pace, projection) for reading: at most `decimals` places, no trailing zeros.
    package static func rounded(_ number: Double, _ decimals: Int = 2) -> String {
        trimZeros(fixed(number, decimals))
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
