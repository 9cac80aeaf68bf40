/// The report's method appendix, made from the plan being reported on and the assessor's own
/// thresholds, so a report for another plan states that plan's readings and never this one's.
struct MethodNotes {
    let plan: Plan
    let language: Language
    /// The final evaluation's method: whether each target was met, no projection, no pace.
    var isFinal = false

    private var zh: Bool { language == .zh }
    private var labels: Labels { Labels(language) }

    var lines: [String] {
        var lines = isFinal ? [progress, status, gap] : [progress, status, gap, projection]
        let kinds = Set(plan.indicators.map(\.target.kind.name))
        if kinds.contains("at-least") || kinds.contains("at-most") {
            lines.append(zh ? "单一数值、“≥”或“以上”的目标理解为不低于该值，“以下”或越低越好的目标理解为不高于该值。"
                : "A plain number, ≥ or 以上 is read as at least that number; 以下, or a number where lower is better, as at most.")
        }
        lines += plan.indicators.compactMap(reading)
        if let stableLow = stableLowLine { lines.append(stableLow) }
        if plan.indicators.contains(where: { $0.baseline.value == nil }) { lines.append(missingBaselines) }
        lines.append(isFinal
            ? (zh ? "约束性指标是政府的承诺，未完成的约束性指标在总体情况中逐项列出。" : "Binding targets are commitments: each one not achieved is named in the summary.")
            : (zh ? "约束性指标出现滞后、逆向变化或未达标记为“风险”，预期性指标记为“关注”。"
                  : "A binding indicator behind, moving away or not met is an alert; an expected one a warning."))
        lines.append(zh ? "数据质量：同一指标较上一报告年份变化超过33%（稳定在较低水平的指标超过100%）、在至少5个地区中修正z值超过3.5、违反规划所列关联指标关系（如5岁以下儿童死亡率不低于婴儿死亡率）的数值列为待核实，不改变数值和结论。"
            : "Data quality: a value that moves more than 33% from the previous reported year (100% for the small-count rates kept at a low level), lies beyond a modified z-score of 3.5 among at least 5 regions, or breaks a relation the plan lists (under-5 mortality is never below infant mortality) is named for checking; it changes no value or verdict.")
        lines.append(zh ? "证据强度：该数值有数据质量问题、按较早年份判断、缺少基线或基线为暂用值各计2分，基线为约数、只有一个报告年份、预测仅依据2个数据点、数值未注明来源各计1分；0分为充分，1分为一般，2分及以上为不足。"
            : "Evidence: a quality finding on the value, a verdict on an older year, no baseline or a provisional one weigh 2 each; an approximate baseline, one reported year, a projection from 2 values, a value without a source weigh 1; 0 is strong, 1 moderate, 2 or more weak.")
        return lines
    }

    private static func share(_ value: Double) -> String { NumberText.plain(value * 100) + "%" }

    private var progress: String {
        if isFinal {
            return zh ? "完成程度 =（终期值 − 基线值）÷（目标值 − 基线值）；超过100%的记为“超额完成”，为负的记为“逆向变化”；缺少基线的无法计算，但仍按目标判断是否完成。"
                : "Completion = (final value − baseline) ÷ (target − baseline); over 100% is written exceeded, below 0 moved away; without a baseline there is none, but whether the target was met is still judged."
        }
        return zh ? "进度 =（当年值 − 基线值）÷（目标值 − 基线值）；时间进度 =（当年 − 基线年）÷（目标年 − 基线年）。"
            : "Progress = (value − baseline) ÷ (target − baseline); expected share = (year − baseline year) ÷ (target year − baseline year)."
    }

    private var status: String {
        if isFinal {
            let year = plan.targetYear
            return zh ? "状态：\(year)年的值达到目标为“已完成”，否则为“未完成”；\(year)年数据暂缺的，按最新年份的数据判断，并列入数据缺口。是否完成只与目标（或每年须满足的条件）比较，不需要基线。"
                : "Status: achieved when the \(year) value meets the target, else not achieved; where the \(year) value is missing, the latest value is judged and the gap named. Whether a target was met is a comparison with the target (or the yearly condition) and needs no baseline."
        }
        let onTrack = Self.share(Assessor.onTrackShare), behind = Self.share(Assessor.slightlyBehindShare)
        return zh
            ? "状态：已达到目标为“已达标”；否则进度不低于时间进度的\(onTrack)为“符合进度”，\(behind)–\(onTrack)为“略有滞后”，0–\(behind)为“明显滞后”，进度为负为“逆向变化”；\(plan.targetYear)年及以后为“已达标”或“未达标”。阈值参照欧盟可持续发展目标监测惯例。"
            : "Status: achieved when the target is met; else on track when progress is at least \(onTrack) of the expected share, slightly behind at \(behind)–\(onTrack), behind at 0–\(behind), moving away below 0; in \(plan.targetYear) and after, achieved or not met. The thresholds follow the EU SDG monitoring convention."
    }

    private var gap: String {
        if isFinal {
            return zh ? "差距 = 目标值与终期值之差（按改善方向计），≤0 表示已达到；实际年均进度 = 自基线年以来的年均变化。"
                : "Gap = what was left to the target in the direction of improvement (≤ 0: met); pace so far = change per year since the baseline."
        }
        return zh ? "差距 = 目标值与当年值之差（按改善方向计），≤0 表示已达到；所需年均进度 = 差距 ÷ 剩余年数；实际年均进度 = 自基线年以来的年均变化。"
            : "Gap = what is left to the target in the direction of improvement (≤ 0: met); pace needed = gap ÷ years left; pace so far = change per year since the baseline."
    }

    private var projection: String {
        zh ? "趋势预测：以基线及各年报告值做最小二乘直线，读取\(plan.targetYear)年的值。"
            : "Projection: the least-squares line through the baseline and every reported value, read at \(plan.targetYear)."
    }

    /// How one indicator's wording is read, for the kinds whose reading is not the plain number.
    private func reading(_ indicator: Indicator) -> String? {
        let name = labels.name(indicator), text = indicator.target.text
        switch indicator.target.kind {
        case .atLeast, .atMost, .stableLow:
            return nil
        case .around(let value, let tolerance):
            let lowerIsBetter = indicator.direction == .lowerIsBetter
            let bound = NumberText.plain(lowerIsBetter ? value + tolerance : value - tolerance)
            return zh
                ? "“\(text)”（\(name)）理解为\(lowerIsBetter ? "不高于" : "不低于")\(bound)（目标值\(lowerIsBetter ? "加" : "减")容差\(NumberText.plain(tolerance))，容差写在规划数据中）。"
                : "\(text) (\(name)) is read as \(lowerIsBetter ? "at most" : "at least") \(bound): the number \(lowerIsBetter ? "plus" : "less") a tolerance of \(NumberText.plain(tolerance)) kept in the plan data."
        case .maintain(let floor):
            return zh ? "“\(text)”（\(name)）理解为每年均不低于\(NumberText.plain(floor))。"
                : "\(text) (\(name)) is a floor of \(NumberText.plain(floor)) to hold every year."
        case .annualDecrease(let step):
            let points = indicator.isPercentage
            let amount = NumberText.plain(step) + (points ? (zh ? "个百分点" : (step == 1 ? " point" : " points")) : "")
            return zh ? "“\(text)”（\(name)）理解为：每年比参照年至少降低\(amount)×年数；任一年降幅不足\(amount)会单独提示。"
                : "\(text) (\(name)) is read as at least \(amount) a year below the reference year; a single year that fell less is flagged."
        case .percentChange(let percent, let target), .pointsChange(let percent, let target):
            let isPercent = if case .percentChange = indicator.target.kind { true } else { false }
            let lower = indicator.direction == .lowerIsBetter
            let change = NumberText.plain(abs(percent)) + (isPercent ? "%" : (zh ? "个百分点" : " points"))
            return zh ? "“\(text)”（\(name)）理解为不\(lower ? "高" : "低")于基期值\(lower ? "下降" : "提高")\(change)后的\(NumberText.rounded(target, 4))。"
                : "\(text) (\(name)) is read as \(lower ? "at most" : "at least") \(NumberText.rounded(target, 4)): the base value \(lower ? "down" : "up") \(change)."
        case .holdCeiling(let ceiling):
            return zh ? "“\(text)”（\(name)）理解为每年均不高于\(NumberText.plain(ceiling))。"
                : "\(text) (\(name)) is a ceiling of \(NumberText.plain(ceiling)) to hold every year."
        case .keepImproving:
            let lower = indicator.direction == .lowerIsBetter
            return zh ? "“\(text)”（\(name)）没有目标数值：每个报告年份须\(lower ? "低" : "高")于上一个报告年份，按变化方向判断，不计算差距。"
                : "\(text) (\(name)) has no number: each reported year must be \(lower ? "lower" : "higher") than the one before; judged by the direction of change, with no distance to cover."
        case .versusReference(let comparison):
            let reference = labels.region(plan.referenceRegion, plan: plan)
            let word = switch comparison {
            case .reach: zh ? "不差于" : "at least as good as"
            case .above: zh ? "高于" : "above"
            case .below: zh ? "低于" : "below"
            }
            return zh ? "“\(text)”（\(name)）理解为每年\(word)\(reference)同年的值；没有\(reference)当年数据时不作判断。"
                : "\(text) (\(name)) is read as \(word) \(reference)'s value of the same year, each year; without that value there is no verdict."
        }
    }

    /// One line for every 稳定在较低水平 indicator: their ceilings, and the reference region.
    private var stableLowLine: String? {
        let ceilings: [String] = plan.indicators.compactMap { indicator in
            guard case .stableLow(let ceiling, _) = indicator.target.kind else { return nil }
            return labels.name(indicator) + (zh ? "" : " ") + NumberText.plain(ceiling) + labels.unit(indicator)
        }
        guard !ceilings.isEmpty else { return nil }
        let wording = plan.indicators.first { if case .stableLow = $0.target.kind { true } else { false } }?.target.text ?? ""
        let reference = labels.region(plan.referenceRegion, plan: plan)
        if zh {
            var line = "“\(wording)”理解为不高于规划数据给出的上限（\(ceilings.joined(separator: "、"))）"
            if !plan.referenceRegion.isEmpty { line += "，且低于\(reference)同年水平（有\(reference)数据时）" }
            return line + "。"
        }
        var line = "\(wording) is read as at most the ceiling given in the plan data (\(ceilings.joined(separator: ", ")))"
        if !plan.referenceRegion.isEmpty { line += " and below \(reference)'s value of the same year when the data has one" }
        return line + "."
    }

    private var missingBaselines: String {
        let year = plan.baselineYear
        if isFinal {
            return zh
                ? "规划未给出\(year)年值的指标，以及没有\(year)年报告值的地区：有\(year)年报告值的以其为基线；否则暂以最早报告年份为基线（标“*”）；仅有一年数据的，无法计算完成程度，但仍按目标判断是否完成。"
                : "Indicators without a \(year) value, and regions without a \(year) row: a reported \(year) value is the baseline; else the earliest reported year stands in, marked * (provisional); with one year only there is no completion share, but whether the target was met is still judged."
        }
        return zh
            ? "规划未给出\(year)年值的指标：有\(year)年报告值的以其为基线；否则暂以最早报告年份为基线（标“*”）；仅有一年数据的，达到目标记为“已达标”，否则为“数据不足”。"
            : "Indicators without a \(year) value: a reported \(year) value is the baseline; else the earliest reported year stands in, marked * (provisional); with one year only, met is achieved, otherwise insufficient data."
    }
}
