/// What a reported cell says.
enum CellValue: Sendable, Equatable {
    /// Empty, `—`, `-`, `NA`: the value was not reported.
    case notReported
    /// Not reported, in words (未统计, 未填报, 暂无): a gap someone wrote down, which is said.
    case notCollected(String)
    case number(Double)

    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}

/// Why a cell could not be read, in words for the person who typed it.
struct ValueError: Error, Sendable, Equatable {
    let message: Message

    init(_ message: Message) {
        self.message = message
    }
}

/// Reads the numbers and years people type into Excel: full-width digits, thousands
/// separators, and the indicator's own unit after the number.
enum ValueParser {
    static let notReportedMarkers: Set<String> = ["", "-", "--", "—", "——", "–", "na", "n/a", "#n/a", "null"]
    /// What a district writes in a value cell for a figure it does not have.
    static let notCollectedWords: Set<String> = ["未统计", "未填报", "暂无", "暂缺", "无数据", "未报"]

    /// - Parameter unit: the indicator's unit; a unit typed in the cell must be this one.
    static func parseValue(_ raw: String, unit: String) throws(ValueError) -> CellValue {
        let text = TextNormalization.trimmed(TextNormalization.halfWidth(raw))
        if let control = TextNormalization.firstControl(text) {
            throw ValueError(Message("“\(TextNormalization.printable(raw))”含有控制字符 \(control)", "'\(TextNormalization.printable(raw))' contains a control character \(control)"))
        }
        let raw = TextNormalization.printable(raw)
        if notReportedMarkers.contains(text.lowercased()) { return .notReported }
        if notCollectedWords.contains(text) { return .notCollected(text) }
        if text.contains("。"), case .number(let number)? = try? parseValue(text.replacingOccurrences(of: "。", with: "."), unit: unit) {
            // A full stop typed for a decimal point on a Chinese keyboard.
            throw ValueError(Message("“\(raw)”不是数字：句号“。”不能作小数点；是否为 \(NumberText.plain(number))？",
                                     "'\(raw)' is not a number: '。' is not a decimal point; did you mean \(NumberText.plain(number))?"))
        }
        let (number, rest) = try splitNumber(text, original: raw)
        let typedUnit = TextNormalization.trimmed(String(rest))
        if !typedUnit.isEmpty && unitKey(typedUnit) != unitKey(unit) {
            throw ValueError(Message("“\(raw)”的单位是 \(typedUnit)，但该指标的单位是 \(unit)", "'\(raw)' has the unit \(typedUnit), but this indicator is measured in \(unit)"))
        }
        if number < 0 {
            throw ValueError(Message("“\(raw)”是负数；规划的每项指标都不小于零", "'\(raw)' is negative; every indicator of the plan is zero or more"))
        }
        if unit == "%" && number > 100 {
            throw ValueError(Message("“\(raw)”超过 100，但该指标是百分比", "'\(raw)' is over 100, but this indicator is a percentage"))
        }
        return .number(number)
    }

    /// A year: whole, within `accepted` (the plan's `acceptedYears`), with or without 年. nil
    /// when the cell is empty.
    static func parseYear(_ raw: String, accepted: ClosedRange<Int>) throws(ValueError) -> Int? {
        var text = TextNormalization.trimmed(TextNormalization.halfWidth(raw))
        if text.isEmpty { return nil }
        if let control = TextNormalization.firstControl(text) {
            throw ValueError(Message("年份“\(TextNormalization.printable(raw))”含有控制字符 \(control)", "the year '\(TextNormalization.printable(raw))' contains a control character \(control)"))
        }
        if text.hasSuffix("年") { text = TextNormalization.trimmed(String(text.dropLast())) }
        // Excel sometimes writes a whole number as 2021.0; that is still a whole year.
        if text.hasSuffix(".0") { text = String(text.dropLast(2)) }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.utf8.count <= 6, let year = Int(text) else {
            throw ValueError(Message("“\(raw)”不是年份（应为整数，如 2023）", "'\(raw)' is not a year (a whole number such as 2023)"))
        }
        guard accepted.contains(year) else {
            throw ValueError(Message("年份 \(year) 不在 \(accepted.lowerBound)—\(accepted.upperBound) 之间", "year \(year) is outside \(accepted.lowerBound)–\(accepted.upperBound)"))
        }
        return year
    }

    /// Splits `-1,234.5e2 岁` into the number and the text after it.
    private static func splitNumber(_ text: String, original: String) throws(ValueError) -> (Double, Substring) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var digits = ""
        func isDigit(_ i: Int) -> Bool { i < scalars.count && scalars[i].value >= 0x30 && scalars[i].value <= 0x39 }
        if index < scalars.count && (scalars[index] == "-" || scalars[index] == "+") {
            if scalars[index] == "-" { digits.append("-") }
            index += 1
        }
        var integerDigits = 0
        var groups: [Int] = []
        var currentGroup = 0
        while index < scalars.count {
            if isDigit(index) {
                digits.unicodeScalars.append(scalars[index])
                integerDigits += 1
                currentGroup += 1
                index += 1
            } else if scalars[index] == ",", isDigit(index + 1), integerDigits > 0 {
                groups.append(currentGroup)
                currentGroup = 0
                index += 1
            } else {
                break
            }
        }
        if !groups.isEmpty {
            // A thousands separator only where groups of three follow a first group of one to three.
            let wellFormed = (1...3).contains(groups[0]) && groups.dropFirst().allSatisfy { $0 == 3 } && currentGroup == 3
            if !wellFormed {
                throw ValueError(Message("“\(original)”不是数字（逗号只能作千位分隔，如 1,234.5）", "'\(original)' is not a number (a comma must separate thousands, like 1,234.5)"))
            }
        }
        var fractionDigits = 0
        if index < scalars.count && scalars[index] == "." {
            digits.append(".")
            index += 1
            while isDigit(index) {
                digits.unicodeScalars.append(scalars[index])
                fractionDigits += 1
                index += 1
            }
        }
        guard integerDigits + fractionDigits > 0 else {
            throw ValueError(Message("“\(original)”不是数字", "'\(original)' is not a number"))
        }
        if index < scalars.count && (scalars[index] == "e" || scalars[index] == "E") {
            var lookahead = index + 1
            var exponent = "e"
            if lookahead < scalars.count && (scalars[lookahead] == "-" || scalars[lookahead] == "+") {
                exponent.unicodeScalars.append(scalars[lookahead])
                lookahead += 1
            }
            if isDigit(lookahead) {
                while isDigit(lookahead) {
                    exponent.unicodeScalars.append(scalars[lookahead])
                    lookahead += 1
                }
                digits += exponent
                index = lookahead
            }
        }
        guard let number = Double(digits), number.isFinite else {
            throw ValueError(Message("“\(original)”不是数字", "'\(original)' is not a number"))
        }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[index...])
        return (number, Substring(String(rest)))
    }

    /// Units compared loosely: spaces ignored, 每10万 and /10万 alike, 岁 and years alike.
    static func unitKey(_ unit: String) -> String {
        var key = TextNormalization.nameKey(unit)
        if key.hasPrefix("每") { key = "/" + key.dropFirst() }
        if key.hasPrefix("1/") { key = String(key.dropFirst()) }
        switch key {
        case "years", "year", "yrs": return "岁"
        case "/100000", "/100,000", "per100000", "per100,000": return "/10万"
        case "permille", "‰": return "‰"
        default: return key
        }
    }
}
