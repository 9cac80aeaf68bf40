/// One sentence per indicator, with its numbers, for the report's summary and for `check`.
struct Narrative: Sendable {
    let labels: Labels
    /// The year projections are read at (the plan's target year).
    let targetYear: Int
    /// The reference region as a target speaks of it: 全省 (`Labels.referenceArea`).
    let area: String

    init(language: Language, plan: Plan) {
        self.labels = Labels(language)
        self.targetYear = plan.targetYear
        self.area = labels.referenceArea(plan)
    }

    private var zh: Bool { labels.language == .zh }

    /// The value with its unit: 80.2岁, 50.5%, 7.35/10万; in English 80.2 years, 50.5%.
    func quantity(_ number: Double, _ indicator: Indicator, rounded: Bool = false) -> String {
        let text = rounded ? NumberText.rounded(number) : NumberText.plain(number)
        let unit = labels.unit(indicator)
        if unit == "%" || unit == "‰" || unit.hasPrefix("/") || zh { return text + unit }
        return text + " " + unit
    }

    /// A difference in the indicator's unit; for percentages, percentage points.
    func difference(_ number: Double, _ indicator: Indicator) -> String {
        let text = NumberText.rounded(number)
        if indicator.unit == "%" { return zh ? "\(text)个百分点" : "\(text) percentage points" }
        return quantity(number, indicator, rounded: true)
    }

    /// The value against the plan's milestone for the year, and which comparison the status
    /// comes from; nil without a milestone for the year.
    func milestoneSentence(_ a: Assessment) -> String? {
        guard let milestone = a.milestone else { return nil }
        let name = labels.name(a.indicator)
        let aim = quantity(milestone.value, a.indicator)
        let method = zh ? "状态仍按基线至目标的直线进度判断。" : "The status is still read against the straight path from baseline to target."
        guard let gap = a.milestoneGap, let met = a.milestoneMet, let value = a.value else {
            return zh ? "\(name)：\(milestone.year)年度目标为\(aim)，但没有\(milestone.year)年的报告值，无法对照。"
                : "\(name): the \(milestone.year) milestone is \(aim), but there is no value for \(milestone.year) to compare."
        }
        let current = quantity(value, a.indicator)
        if met {
            let beyond = abs(gap) > 1e-9 ? (zh ? "（超出\(difference(-gap, a.indicator))）" : " (by \(difference(-gap, a.indicator)))") : ""
            return zh ? "\(name)：\(milestone.year)年度目标\(aim)，实际\(current)，已达到\(beyond)。\(method)"
                : "\(name): the \(milestone.year) milestone was \(aim); at \(current) it was met\(beyond). \(method)"
        }
        return zh ? "\(name)：\(milestone.year)年度目标\(aim)，实际\(current)，未达到（差\(difference(gap, a.indicator))）。\(method)"
            : "\(name): the \(milestone.year) milestone was \(aim); at \(current) it was missed by \(difference(gap, a.indicator)). \(method)"
    }

    /// What it would take (method, "What it would take"): the value next year that keeps the
    /// indicator on the straight path or brings it back, and the year the target is reached at
    /// the pace so far; nil where the target is met or the period is over.
    func whatIf(_ a: Assessment) -> String? {
        guard let needed = a.neededNextYear, let year = a.year else { return nil }
        let amount = quantity(needed, a.indicator, rounded: true)
        // On track, it is what keeps it there; behind, what brings it back.
        let next = a.status == .onTrack ? (zh ? "保持进度：\(year + 1)年需达到\(amount)" : "To stay on track: \(amount) in \(year + 1)")
            : (zh ? "回到进度：\(year + 1)年需达到\(amount)" : "Back on track: \(amount) in \(year + 1)")
        let reached = a.reachedYear.map { zh ? "按目前速度，约于\($0)年达到目标" : "at the pace so far, the target is reached in \($0)" }
            ?? (zh ? "按目前速度，无法达到目标" : "at the pace so far, the target is never reached")
        return next + (zh ? "；" : "; ") + reached + (zh ? "。" : ".")
    }

    func sentence(_ a: Assessment) -> String {
        let indicator = a.indicator
        let name = labels.name(indicator)
        guard let year = a.year, let value = a.value else {
            return zh ? "\(name)：无\(a.evaluationYear)年及以前的报告值。" : "\(name): no value reported for \(a.evaluationYear) or earlier."
        }
        let current = zh ? "\(year)年为\(quantity(value, indicator))" : "\(quantity(value, indicator)) in \(year)"
        var parts: [String] = [current]
        switch indicator.target.kind {
        case .atLeast, .atMost, .around, .percentChange, .pointsChange:
            // A target worded as a change (下降10%) is given with the number it works out to.
            // The number is the region's own: a district's base value less 10%, not the city's.
            let worked = indicator.target.kind.isChangeFromBaseline ? a.target.map { target in
                zh ? "（即\(quantity(target, indicator, rounded: true))）" : " (that is, \(quantity(target, indicator, rounded: true)))"
            } ?? "" : ""
            parts.append((zh ? "目标\(labels.targetText(indicator))" : "target \(labels.targetText(indicator))") + worked)
            if let gap = a.gap {
                if gap > 0 {
                    parts.append(zh ? "差距\(difference(gap, indicator))" : "gap \(difference(gap, indicator))")
                } else {
                    parts.append(zh ? "已达到目标" : "target reached")
                }
            }
            if a.isMissingBaseline { parts.append(labels.missingBaselineNote) }
            if let needed = a.paceNeeded, let soFar = a.paceSoFar {
                parts.append(zh ? "尚需年均\(direction(indicator))\(difference(needed, indicator))，此前年均\(change(soFar, indicator))"
                                : "needs \(difference(needed, indicator)) a year, against \(signedDifference(soFar, indicator)) a year so far")
            }
        case .maintain(let floor):
            parts.append(zh ? "要求每年不低于\(quantity(floor, indicator))" : "floor \(quantity(floor, indicator)) every year")
            if let gap = a.gap, gap > 0 { parts.append(zh ? "低于要求\(difference(gap, indicator))" : "\(difference(gap, indicator)) below it") }
        case .holdCeiling(let ceiling):
            parts.append(zh ? "要求每年不高于\(quantity(ceiling, indicator))" : "ceiling \(quantity(ceiling, indicator)) every year")
            if let gap = a.gap, gap > 0 { parts.append(zh ? "高于要求\(difference(gap, indicator))" : "\(difference(gap, indicator)) above it") }
        case .keepImproving:
            // No number: only the direction of change is judged, never a distance.
            if let previous = a.threshold, let change = a.yearOnYearChange ?? Optional(value - previous) {
                let better = a.status == .achieved
                parts.append(zh ? "较上一报告年份\(change >= 0 ? "上升" : "下降")\(difference(abs(change), indicator))，\(better ? "持续改善" : "未见改善")"
                                : "\(change >= 0 ? "up" : "down") \(difference(abs(change), indicator)) on the previous reported year: \(better ? "still improving" : "not improving")")
                if !a.slowYears.isEmpty {
                    let years = NumberText.years(a.slowYears, zh ? .zh : .en)
                    parts.append(zh ? "\(years)年未较上一年改善" : "\(years): no better than the year before")
                }
            } else {
                parts.append(zh ? "只有一个年份的数值，尚无法判断变化方向" : "one value only: no direction of change yet")
            }
        case .versusReference:
            if let reference = a.referenceValue {
                parts.append(zh ? "\(area)同年\(quantity(reference, indicator))" : "\(area) \(quantity(reference, indicator)) that year")
            } else {
                parts.append(zh ? "无\(area)同年数据，无法判断" : "no value for \(area) that year: no verdict")
            }
        case .annualDecrease(let step):
            if let threshold = a.threshold, let baseline = a.baseline {
                parts.append(zh ? "按自\(baseline.year)年（\(quantity(baseline.value, indicator))）起每年降低\(NumberText.plain(step))个百分点，应不高于\(quantity(threshold, indicator, rounded: true))"
                                : "at \(NumberText.plain(step)) point a year below \(quantity(baseline.value, indicator)) in \(baseline.year), it should be at most \(quantity(threshold, indicator, rounded: true))")
                if let gap = a.gap, gap > 0 { parts.append(zh ? "差距\(difference(gap, indicator))" : "gap \(difference(gap, indicator))") }
                if let soFar = a.paceSoFar {
                    parts.append(zh ? "实际年均降低\(difference(soFar, indicator))" : "it fell \(difference(soFar, indicator)) a year on average")
                }
                parts += yearOnYear(a)
            } else {
                parts.append(zh ? "尚无参照年份，无法判断降幅" : "no reference year yet to measure the fall")
            }
        case .stableLow(let ceiling, _):
            if let reference = a.referenceValue {
                parts.append(zh ? "上限\(quantity(ceiling, indicator))，\(area)同年\(quantity(reference, indicator))"
                                : "ceiling \(quantity(ceiling, indicator)), \(area) \(quantity(reference, indicator)) that year")
            } else {
                parts.append(zh ? "上限\(quantity(ceiling, indicator))（无\(area)同年数据）" : "ceiling \(quantity(ceiling, indicator)) (no value for \(area) that year)")
            }
        }
        if let worsening = a.worsening, let baseline = a.baseline {
            let share = NumberText.percent(worsening)
            parts.append(zh ? "较\(baseline.year)年（\(quantity(baseline.value, indicator))）上升\(share)，需关注"
                            : "up \(share) on \(baseline.year) (\(quantity(baseline.value, indicator))): worth a close look")
        }
        // Once the target year has come there is nothing left to project; a line through two
        // values is said to be one.
        if let projected = a.projected, let met = a.projectedMet, a.evaluationYear < targetYear {
            let few = a.projectionPoints < 3
            parts.append(zh ? "按趋势\(targetYear)年约为\(quantity(projected, indicator, rounded: true))（\(met ? "可达标" : "难以达标")\(few ? "；仅据\(a.projectionPoints)个数据点" : "")）"
                            : "the trend gives \(quantity(projected, indicator, rounded: true)) in \(targetYear) (\(met ? "would meet" : "would miss") the target\(few ? "; from \(a.projectionPoints) values only" : ""))")
        }
        let status = labels.verdict(of: a)
        return zh ? "\(name)（\(status)）：" + parts.joined(separator: "，") + "。"
                  : "\(name) (\(status)): " + parts.joined(separator: "; ") + "."
    }

    /// Method, "Per-year conditions": the change from the previous reported year, and every year
    /// that fell by less than the step even where the cumulative condition holds.
    func yearOnYear(_ a: Assessment) -> [String] {
        guard case .annualDecrease(let step) = a.indicator.target.kind else { return [] }
        var parts: [String] = []
        if let change = a.yearOnYearChange {
            let text = NumberText.signed(change, 2)
            parts.append(zh ? "较上一报告年份变化\(text)个百分点" : "change from the previous reported year \(text) points")
        }
        if !a.slowYears.isEmpty {
            let years = NumberText.years(a.slowYears, zh ? .zh : .en)
            parts.append(zh ? "\(years)年降幅不足每年\(NumberText.plain(step))个百分点" : "\(years): fell by less than \(NumberText.plain(step)) point a year")
        }
        return parts
    }

    private func direction(_ indicator: Indicator) -> String {
        indicator.direction == .higherIsBetter ? "提高" : "降低"
    }

    /// Pace so far in words: 提高0.25 / 降低0.1 (the way it actually moved).
    private func change(_ paceSoFar: Double, _ indicator: Indicator) -> String {
        let improving = paceSoFar >= 0
        let word: String
        switch (indicator.direction, improving) {
        case (.higherIsBetter, true), (.lowerIsBetter, false): word = "提高"
        default: word = "降低"
        }
        return word + difference(abs(paceSoFar), indicator)
    }

    private func signedDifference(_ paceSoFar: Double, _ indicator: Indicator) -> String {
        (paceSoFar < 0 ? "-" : "") + difference(abs(paceSoFar), indicator) + (paceSoFar < 0 ? " (the wrong way)" : "")
    }
}
