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
        /// A change from the baseline (下降10%, 提高8个百分点) where the table gives no baseline.
        case needsBaseline
        /// Read, but on the wrong side of its baseline (提高到80 from 85): a person must look.
        case contradicts(TargetKind, Direction)
        /// A wording with no number that plan-track does not know.
        case unquantified
    }

    static let missing: Set<String> = ["", "—", "——", "-", "--", "－", "/", "／", "无", "na", "n/a"]

    /// The cell with full-width signs and digits made half-width, spaces and thousands
    /// separators taken out: `22 以下`, `≥ 90` and `1,300以上` as the PDF and Excel print them
    /// read as `22以下`, `≥90` and `1300以上`.
    static func normalized(_ text: String) -> String {
        let compact = TextNormalization.halfWidth(text).replacingOccurrences(of: "＜", with: "<").replacingOccurrences(of: "＞", with: ">")
            .filter { !$0.isWhitespace }
        // A comma between a digit and three more digits (then no digit) separates thousands.
        return compact.replacingOccurrences(of: #"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))"#, with: "", options: .regularExpression)
    }

    /// 下降, 降低, 减少, 控制 ask for lower; 提高, 增长, 提升, 达到 for higher: whatever else the cell says.
    static let lowerWords = ["下降", "降低", "减少", "控制", "压减", "降至", "降到"]
    static let higherWords = ["提高", "增长", "提升", "增加", "达到"]

    static func direction(of text: String) -> Direction? {
        let lower = lowerWords.contains(where: text.contains), higher = higherWords.contains(where: text.contains)
        if lower == higher { return nil }
        return lower ? .lowerIsBetter : .higherIsBetter
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
    /// number: 8 after 7.48 is at least 8; 28 after 30 is at most 28). Every wording of
    /// `docs/plan-format.md` ("Target wordings"); a target on the wrong side of its baseline is
    /// `contradicts`.
    package static func target(_ text: String, baseline: Double?) -> Reading {
        let reading = plainReading(text, baseline: baseline)
        // A distance target on the wrong side of the baseline would count progress backwards.
        if case .read(let kind, let direction) = reading, kind.isDistanceTarget, let baseline, let to = kind.value {
            let wrongSide = direction == .higherIsBetter ? to < baseline - 1e-9 : to > baseline + 1e-9
            if wrongSide { return .contradicts(kind, direction) }
        }
        return reading
    }

    private static func plainReading(_ original: String, baseline: Double?) -> Reading {
        var text = normalized(original)
        if text.contains("较低水平") || text.contains("低水平") { return .needsCeiling }
        let wordDirection = direction(of: text)
        // Compared each year with the reference region: 达到全省平均水平, 高于全省平均, 低于全省平均.
        if text.contains("平均") {
            if text.contains("不低于") { return .read(.versusReference(.reach), .higherIsBetter) }
            if text.contains("不高于") { return .read(.versusReference(.reach), .lowerIsBetter) }
            if text.contains("高于") { return .read(.versusReference(.above), .higherIsBetter) }
            if text.contains("低于") { return .read(.versusReference(.below), .lowerIsBetter) }
            if text.contains("达到") || text.contains("持平") { return .read(.versusReference(.reach), wordDirection ?? .higherIsBetter) }
        }
        if text.contains("每年") && (text.contains("降低") || text.contains("下降") || text.contains("减少")), let (_, step, _) = number(in: text) {
            return .read(.annualDecrease(step: step), .lowerIsBetter)
        }
        // "较2025年下降10%": the year is the base year, not the number.
        text = text.replacingOccurrences(of: #"^(较|比)(19|20|21)[0-9]{2}年(底|末)?"#, with: "", options: .regularExpression)
        guard let (before, value, afterNumber) = number(in: text), number(in: afterNumber) == nil else {
            // No number: 持续提升, 持续下降: judged by the direction of change.
            let improving = ["持续", "稳步", "逐步", "不断", "进一步", "逐年"].contains(where: text.contains)
            if improving, let wordDirection { return .read(.keepImproving, wordDirection) }
            return .unquantified
        }
        // 95%以上, 80岁以上: the unit between the number and its bound is no part of the reading.
        let after = String(afterNumber.drop { isUnit(String($0)) })
        // A change from the baseline: 下降10%, 提高15%, 提高8个百分点. The verb right before the number.
        let changeVerbs = lowerWords.filter { !["控制", "降至", "降到"].contains($0) } + higherWords.filter { $0 != "达到" }
        if let verb = changeVerbs.first(where: { before.hasSuffix($0) }) {
            let sign: Double = lowerWords.contains(verb) ? -1 : 1
            let direction: Direction = sign < 0 ? .lowerIsBetter : .higherIsBetter
            if afterNumber.hasPrefix("%") && after.isEmpty {
                guard let baseline else { return .needsBaseline }
                return .read(.percentChange(percent: sign * value, target: baseline * (1 + sign * value / 100)), direction)
            }
            if afterNumber.hasPrefix("个百分点") || afterNumber.hasPrefix("百分点") {
                guard let baseline else { return .needsBaseline }
                return .read(.pointsChange(points: sign * value, target: baseline + sign * value), direction)
            }
        }
        let atLeastWords = ["≥", ">=", ">", "不低于", "不少于", "达到", "提高到", "提升到", "增加到", "增长到", "超过", "提高至", "提升至"]
        let atMostWords = ["≤", "<=", "<", "不高于", "不超过", "低于", "控制在", "保持在", "降低到", "降至", "下降到", "降低至", "下降至", "减少到", "减少至"]
        if after.hasPrefix("左右") || before.hasSuffix("约") {
            let direction = wordDirection ?? (baseline.map { $0 > value } ?? false ? .lowerIsBetter : .higherIsBetter)
            return .read(.around(value, tolerance: 0.5), direction)
        }
        // A negated bound first: 不超过 is at most, though 超过 alone is at least.
        let negatedAtMost = ["不超过", "不高于", "不多于"].contains(where: before.hasSuffix)
        // A verb of change (提高到80, 降低至13) asks to move; a bound alone (≥90, 22以下) only to be
        // there. A baseline already past the number makes the first a contradiction and the
        // second a bound to hold every year.
        let raises = ["提高", "提升", "增长", "增加"].contains(where: before.contains)
        let lowers = ["降低", "下降", "减少", "压减", "降至", "降到"].contains(where: before.contains)
        if !negatedAtMost, after.hasPrefix("以上") || atLeastWords.contains(where: { before.hasSuffix($0) }) {
            guard wordDirection != .lowerIsBetter else { return .unquantified }
            if let baseline, Compare.below(value, baseline), raises { return .contradicts(.atLeast(value), .higherIsBetter) }
            // ≥90 when the baseline is already there is a floor to hold every year (免疫接种率 ≥90).
            if let baseline, Compare.atLeast(baseline, value) { return .read(.maintain(value), .higherIsBetter) }
            return .read(.atLeast(value), .higherIsBetter)
        }
        if negatedAtMost || after.hasPrefix("以下") || after.hasPrefix("以内") || atMostWords.contains(where: { before.hasSuffix($0) }) {
            guard wordDirection != .higherIsBetter else { return .unquantified }
            if let baseline, Compare.below(baseline, value), lowers { return .contradicts(.atMost(value), .lowerIsBetter) }
            // 控制在3.5以内 with the baseline already under it: a ceiling to hold every year.
            if let baseline, Compare.atMost(baseline, value) { return .read(.holdCeiling(value), .lowerIsBetter) }
            return .read(.atMost(value), .lowerIsBetter)
        }
        guard before.isEmpty || ["达到", "提高到", "提升到"].contains(before), after.isEmpty else { return .unquantified }
        if let wordDirection { return .read(wordDirection == .lowerIsBetter ? .atMost(value) : .atLeast(value), wordDirection) }
        if let baseline, baseline > value { return .read(.atMost(value), .lowerIsBetter) }
        return .read(.atLeast(value), .higherIsBetter)
    }

    /// "≥90 → at least 90", as `plan import` prints it for the planner to confirm.
    package static func describe(_ text: String, _ reading: Reading, baselineKnown: Bool) -> Message {
        let arrow = " → "
        switch reading {
        case .read(let kind, let direction):
            let number = kind.value.map { NumberText.rounded($0, 4) } ?? ""
            let assumed = !baselineKnown && normalized(text).allSatisfy { $0.isNumber || $0 == "." }
            let note = assumed ? Message("（没有基线，按越高越好理解）", " (no baseline: taken as higher is better)") : Message("", "")
            switch kind {
            case .atLeast: return Message(text + arrow + "不低于 \(number)", text + arrow + "at least \(number)") + note
            case .atMost: return Message(text + arrow + "不高于 \(number)", text + arrow + "at most \(number)")
            case .around(_, let tolerance):
                let side = direction == .lowerIsBetter ? Message("不高于 \(NumberText.plain((kind.value ?? 0) + tolerance))", "at most \(NumberText.plain((kind.value ?? 0) + tolerance))")
                    : Message("不低于 \(NumberText.plain((kind.value ?? 0) - tolerance))", "at least \(NumberText.plain((kind.value ?? 0) - tolerance))")
                return Message(text + arrow + "\(number)左右（允差 \(NumberText.plain(tolerance))）：", text + arrow + "around \(number) (tolerance \(NumberText.plain(tolerance))): ") + side
            case .percentChange(let percent, _):
                let bound = direction == .lowerIsBetter ? ("不高于", "at most") : ("不低于", "at least")
                return Message(text + arrow + "\(bound.0) \(number)（基期值\(percent < 0 ? "下降" : "增长") \(NumberText.plain(abs(percent)))%）",
                               text + arrow + "\(bound.1) \(number) (the base value \(percent < 0 ? "down" : "up") \(NumberText.plain(abs(percent)))%)")
            case .pointsChange(let points, _):
                let bound = direction == .lowerIsBetter ? ("不高于", "at most") : ("不低于", "at least")
                return Message(text + arrow + "\(bound.0) \(number)（基期值\(points < 0 ? "下降" : "提高") \(NumberText.plain(abs(points))) 个百分点）",
                               text + arrow + "\(bound.1) \(number) (the base value \(points < 0 ? "down" : "up") \(NumberText.plain(abs(points))) points)")
            case .maintain: return Message(text + arrow + "每年保持不低于 \(number)（基线已达到）", text + arrow + "hold at least \(number) every year (the baseline is there already)")
            case .holdCeiling: return Message(text + arrow + "每年保持不高于 \(number)（基线已在其下）", text + arrow + "hold at most \(number) every year (the baseline is under it already)")
            case .annualDecrease(let step):
                return Message(text + arrow + "每年降低至少 \(NumberText.plain(step)) 个百分点", text + arrow + "at least \(NumberText.plain(step)) point(s) lower every year")
            case .stableLow(let ceiling, _): return Message(text + arrow + "不高于 \(NumberText.plain(ceiling))", text + arrow + "at most \(NumberText.plain(ceiling))")
            case .keepImproving:
                return direction == .lowerIsBetter ? Message(text + arrow + "每个报告年份低于上一年（按变化方向判断）", text + arrow + "lower than the year before, every reported year")
                    : Message(text + arrow + "每个报告年份高于上一年（按变化方向判断）", text + arrow + "higher than the year before, every reported year")
            case .versusReference(let comparison):
                let (zh, en) = switch comparison {
                case .reach: direction == .lowerIsBetter ? ("每年不高于参照地区同年值", "at most the reference region's value, each year") : ("每年不低于参照地区同年值", "at least the reference region's value, each year")
                case .above: ("每年高于参照地区同年值", "above the reference region's value, each year")
                case .below: ("每年低于参照地区同年值", "below the reference region's value, each year")
                }
                return Message(text + arrow + zh, text + arrow + en)
            }
        case .needsCeiling:
            return Message(text + arrow + "稳定在较低水平：需要给出上限（ceiling）", text + arrow + "stable at a low level: needs a ceiling")
        case .needsBaseline:
            return Message(text + arrow + "较基期的变化：表中没有基期值，无法算出目标", text + arrow + "a change from the base value: the table gives none, so the target cannot be worked out")
        case .contradicts(let kind, let direction):
            let number = kind.value.map { NumberText.rounded($0, 4) } ?? ""
            return direction == .higherIsBetter
                ? Message(text + arrow + "目标 \(number) 低于基期值，但措辞要求提高：请核对", text + arrow + "the target \(number) is below the base value, but the wording asks for higher: check it")
                : Message(text + arrow + "目标 \(number) 高于基期值，但措辞要求降低：请核对", text + arrow + "the target \(number) is above the base value, but the wording asks for lower: check it")
        case .unquantified:
            return Message(text + arrow + "没有可评估的数值：需要人工解读", text + arrow + "no number to assess against: needs a reading")
        }
    }
}
