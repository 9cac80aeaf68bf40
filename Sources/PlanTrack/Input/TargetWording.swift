import Foundation

/// Reads a baseline and a target as a planner writes them in an indicator table (`≥90`,
/// `22以下`, `25左右`, `<23.9`, `—`, `稳定在较低水平`, `力争每年降低1个百分点`) into what
/// plan-track can assess, and says how it read each, so that the planner can confirm.
package enum TargetWording {
    /// A baseline cell: its number, and whether the plan gives it as a bound or an estimate.
    package struct BaselineReading: Equatable {
        package let value: Double?
        package let isApproximate: Bool
    }

    /// How a target was read.
    package enum Reading: Equatable {
        /// A kind plan-track assesses, with the direction that kind implies.
        case read(TargetKind, Direction)
        /// 稳定在较低水平 and the like: a rate to keep low, which needs a ceiling to be assessed.
        case needsCeiling
        /// A wording with no number to assess against (持续提升, 逐步提高).
        case unquantified
    }

    static let missing: Set<String> = ["", "—", "——", "-", "--", "－", "/", "／", "无", "na", "n/a"]

    /// The cell with full-width signs and digits made half-width and spaces taken out: `22 以下`
    /// and `≥ 90` as the PDF extraction prints them read as `22以下` and `≥90`.
    static func normalized(_ text: String) -> String {
        TextNormalization.halfWidth(text).replacingOccurrences(of: "＜", with: "<").replacingOccurrences(of: "＞", with: ">")
            .filter { !$0.isWhitespace }
    }

    /// Nothing, or only a unit after a number (`85%`, `80.5岁`): the number as it stands.
    private static func isUnit(_ text: String) -> Bool { text.allSatisfy { "%‰岁个张人".contains($0) } }

    /// The first number in `text` and what stands before and after it.
    private static func number(in text: String) -> (before: String, value: Double, after: String)? {
        guard let range = text.range(of: #"[0-9]+(\.[0-9]+)?"#, options: .regularExpression), let value = Double(text[range]) else { return nil }
        return (String(text[..<range.lowerBound]), value, String(text[range.upperBound...]))
    }

    /// nil when the cell is not a baseline at all (words, or more than one number).
    package static func baseline(_ text: String) -> BaselineReading? {
        let text = normalized(text)
        if missing.contains(text.lowercased()) { return BaselineReading(value: nil, isApproximate: false) }
        guard let (before, value, after) = number(in: text), number(in: after) == nil else { return nil }
        let plain = before.isEmpty && isUnit(after)
        return BaselineReading(value: value, isApproximate: !plain)
    }

    /// How the target reads, given the baseline's number (which sets the direction of a bare
    /// number: 8 after 7.48 is at least 8; 28 after 30 is at most 28).
    package static func target(_ text: String, baseline: Double?) -> Reading {
        let text = normalized(text)
        if text.contains("较低水平") || text.contains("低水平") { return .needsCeiling }
        if text.contains("每年") && (text.contains("降低") || text.contains("下降") || text.contains("减少")), let (_, step, _) = number(in: text) {
            return .read(.annualDecrease(step: step), .lowerIsBetter)
        }
        guard let (before, value, after) = number(in: text), number(in: after) == nil else { return .unquantified }
        let atLeastWords = ["≥", ">=", ">", "不低于", "不少于", "达到", "提高到", "提升到", "超过"]
        let atMostWords = ["≤", "<=", "<", "不高于", "不超过", "低于", "控制在", "降低到", "降至", "下降到"]
        if after.hasPrefix("以上") || atLeastWords.contains(where: { before.hasSuffix($0) }) {
            // ≥90 when the baseline is already there is a floor to hold every year (免疫接种率 ≥90).
            if let baseline, Compare.atLeast(baseline, value) { return .read(.maintain(value), .higherIsBetter) }
            return .read(.atLeast(value), .higherIsBetter)
        }
        if after.hasPrefix("以下") || after.hasPrefix("以内") || atMostWords.contains(where: { before.hasSuffix($0) }) {
            return .read(.atMost(value), .lowerIsBetter)
        }
        if after.hasPrefix("左右") || before.hasSuffix("约") {
            let direction: Direction = baseline.map { $0 > value } ?? false ? .lowerIsBetter : .higherIsBetter
            return .read(.around(value, tolerance: 0.5), direction)
        }
        guard before.isEmpty, isUnit(after) else { return .unquantified }
        if let baseline, baseline > value { return .read(.atMost(value), .lowerIsBetter) }
        return .read(.atLeast(value), .higherIsBetter)
    }

    /// "≥90 → at least 90", as `plan import` prints it for the planner to confirm.
    package static func describe(_ text: String, _ reading: Reading, baselineKnown: Bool) -> Message {
        let arrow = " → "
        switch reading {
        case .read(let kind, let direction):
            let number = kind.value.map(NumberText.plain) ?? ""
            let assumed = !baselineKnown && normalized(text).allSatisfy { $0.isNumber || $0 == "." }
            let note = assumed ? Message("（没有基线，按越高越好理解）", " (no baseline: taken as higher is better)") : Message("", "")
            switch kind {
            case .atLeast: return Message(text + arrow + "不低于 \(number)", text + arrow + "at least \(number)") + note
            case .atMost: return Message(text + arrow + "不高于 \(number)", text + arrow + "at most \(number)")
            case .around(_, let tolerance):
                let side = direction == .lowerIsBetter ? Message("不高于 \(NumberText.plain((kind.value ?? 0) + tolerance))", "at most \(NumberText.plain((kind.value ?? 0) + tolerance))")
                    : Message("不低于 \(NumberText.plain((kind.value ?? 0) - tolerance))", "at least \(NumberText.plain((kind.value ?? 0) - tolerance))")
                return Message(text + arrow + "\(number)左右（允差 \(NumberText.plain(tolerance))）：", text + arrow + "around \(number) (tolerance \(NumberText.plain(tolerance))): ") + side
            case .maintain: return Message(text + arrow + "每年保持不低于 \(number)（基线已达到）", text + arrow + "hold at least \(number) every year (the baseline is there already)")
            case .annualDecrease(let step):
                return Message(text + arrow + "每年降低至少 \(NumberText.plain(step)) 个百分点", text + arrow + "at least \(NumberText.plain(step)) point(s) lower every year")
            case .stableLow(let ceiling, _): return Message(text + arrow + "不高于 \(NumberText.plain(ceiling))", text + arrow + "at most \(NumberText.plain(ceiling))")
            }
        case .needsCeiling:
            return Message(text + arrow + "稳定在较低水平：需要给出上限（ceiling）", text + arrow + "stable at a low level: needs a ceiling")
        case .unquantified:
            return Message(text + arrow + "没有可评估的数值：需要人工解读", text + arrow + "no number to assess against: needs a reading")
        }
    }
}
