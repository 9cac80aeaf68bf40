import Foundation

/// How numbers are written for people: no float noise, no exponent, rounding stated.
enum NumberText {
    /// The shortest decimal that reads back as the same number: 80.2, 5, 0.58.
    static func plain(_ number: Double) -> String {
        guard number.isFinite else { return "–" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        let text = number.description
        if text.utf8.contains(UInt8(ascii: "e")) {
            return trimZeros(String(format: "%.10f", number))
        }
        return text
    }

    /// Fixed decimals, e.g. `fixed(0.6667, 1)` is `0.7`. Negative zero is written 0.
    static func fixed(_ number: Double, _ decimals: Int) -> String {
        let text = exactlyRounded(number, decimals) ?? String(format: "%.\(decimals)f", number)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// `String(format: "%.Nf")` without its cost, where the answer is certain: the number
    /// scaled to whole units is not within a millionth of a half, so rounding it cannot differ
    /// from rounding the exact binary value as printf does. nil otherwise (a tie such as 0.125,
    /// or a number too large), for printf to decide.
    private static func exactlyRounded(_ number: Double, _ decimals: Int) -> String? {
        guard (0...6).contains(decimals), number.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = abs(number) * scale
        guard scaled < 1e15 else { return nil }
        let fraction = scaled - scaled.rounded(.down)
        guard abs(fraction - 0.5) > 1e-6 else { return nil }
        let units = Int(scaled.rounded())
        var digits = String(units)
        if decimals > 0 {
            if digits.utf8.count <= decimals { digits = String(repeating: "0", count: decimals - digits.utf8.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return number < 0 ? "-" + digits : digits
    }

    /// Years in order, three or more in a row shown as a span: 2021—2024、2025 年 reads at a
    /// glance, and a long run of years joined by commas is one word a line cannot break.
    static func years(_ years: [Int], _ language: Language) -> String {
        let sorted = Array(Set(years)).sorted()
        var parts: [String] = []
        var start = 0
        while start < sorted.count {
            var end = start
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - start >= 2 {
                parts.append("\(sorted[start])\(language == .zh ? "—" : "–")\(sorted[end])")
            } else {
                parts += sorted[start...end].map(String.init)
            }
            start = end + 1
        }
        return parts.joined(separator: language == .zh ? "、" : ", ")
    }

    /// A share as a percentage with one decimal: 0.6667 → `66.7%`.
    static func percent(_ share: Double) -> String {
        fixed(share * 100, 1) + "%"
    }

    /// A difference with its sign: +0.30, -0.20.
    static func signed(_ number: Double, _ decimals: Int) -> String {
        let text = fixed(number, decimals)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
    }

    /// A derived number (gap, pace, projection) for reading: at most `decimals` places, no trailing zeros.
    static func rounded(_ number: Double, _ decimals: Int = 2) -> String {
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
