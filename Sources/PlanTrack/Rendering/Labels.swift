/// Every word plan-track prints around the numbers, in Chinese and English.
package struct Labels: Sendable {
    package let language: Language

    package init(_ language: Language) {
        self.language = language
    }

    private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Text in brackets after what it qualifies: （未完成） right after it in Chinese, " (not
    /// achieved)" after a space in English.
    package func bracketed(_ text: String) -> String { pick("（\(text)）", " (\(text))") }

    package func name(_ indicator: Indicator) -> String { pick(indicator.name, indicator.nameEn) }
    package func name(_ domain: Domain) -> String { pick(domain.name, domain.nameEn) }
    package func planName(_ plan: Plan) -> String { pick(plan.name, plan.nameEn) }
    package func unit(_ indicator: Indicator) -> String { pick(indicator.unit, indicator.unitEn) }
    /// The target as the plan writes it (in English, its translation).
    package func targetText(_ indicator: Indicator) -> String { pick(indicator.target.text, indicator.target.textEn) }
    package func baselineText(_ indicator: Indicator) -> String { pick(indicator.baseline.text, indicator.baseline.textEn) }

    /// The baseline an assessment used, for a table: as the plan writes it, or a value from the
    /// data (with its year and `*` when provisional); — when it has none. A district without a
    /// baseline of its own shows —, never the plan region's value, which it is not measured from.
    package func baselineShown(_ assessment: Assessment) -> String {
        guard let baseline = assessment.baseline else { return "—" }
        switch baseline.origin {
        case .plan: return baselineText(assessment.indicator)
        case .reported: return NumberText.plain(baseline.value)
        case .provisional: return pick("\(NumberText.plain(baseline.value))（\(baseline.year)*）", "\(NumberText.plain(baseline.value)) (\(baseline.year)*)")
        }
    }

    package func region(_ region: String, plan: Plan) -> String {
        language == .en ? plan.englishName(of: region) : region
    }

    package func attribute(_ attribute: Attribute) -> String {
        switch attribute {
        case .binding: pick("约束性", "binding")
        case .expected: pick("预期性", "expected")
        }
    }

    /// The status as `a` states it: in the final evaluation, 已完成/未完成 for every kind of target.
    package func status(of a: Assessment) -> String {
        status(a.status, kind: a.indicator.target.kind, final: a.isFinal)
    }

    /// Per-year conditions say 符合要求/未达要求; distance targets 已达标/未达标 (the method's wording).
    /// In the final evaluation every target is 已完成 or 未完成: the period is over, and what a
    /// superior asks is whether each target was reached.
    package func status(_ status: Status, kind: TargetKind, final: Bool = false) -> String {
        let isCondition = !kind.isDistanceTarget
        switch status {
        case .achieved where final: return pick("已完成", "achieved")
        case .notMet where final: return pick("未完成", "not achieved")
        case .achieved: return isCondition ? pick("符合要求", "achieved") : pick("已达标", "achieved")
        case .onTrack: return pick("符合进度", "on track")
        case .slightlyBehind: return pick("略有滞后", "slightly behind")
        case .behind: return pick("明显滞后", "behind")
        case .movingAway: return pick("逆向变化", "moving away")
        case .notMet: return isCondition ? pick("未达要求", "not met") : pick("未达标", "not met")
        case .noData: return pick("无数据", "no data")
        case .insufficientData: return pick("数据不足", "insufficient data")
        }
    }

    /// The status with what it rests on, where a reader must know: in the final evaluation, the
    /// year of a value older than the target year (未完成（按2024年数据）).
    package func verdict(of a: Assessment) -> String {
        guard a.isDataGap, let year = a.year else { return status(of: a) }
        return status(of: a) + pick("（按\(year)年数据）", " (\(year) data)")
    }

    /// The status name used in counts, where kinds are mixed.
    package func statusInCounts(_ status: Status, final: Bool = false) -> String {
        switch status {
        case .achieved where final, .notMet where final: self.status(status, kind: .atLeast(0), final: true)
        case .achieved: pick("已达标/符合要求", "achieved")
        case .notMet: pick("未达标/未达要求", "not met")
        default: self.status(status, kind: .atLeast(0))
        }
    }

    /// 完成程度, the final evaluation's word for progress: the share as a percentage, with a value
    /// past the target written 超额完成 and one that went the wrong way 逆向变化; where progress
    /// cannot be worked out for want of a baseline, that is said. nil where progress does not apply.
    package func completion(of a: Assessment) -> String? {
        // Before the target year a value short of its target and without a baseline is 数据不足,
        // which says it already.
        if a.isMissingBaseline { return a.status == .insufficientData ? nil : pick("缺少基线", "no baseline") }
        guard let progress = a.progress else { return nil }
        if progress > 1 + 1e-9 { return pick("超额完成", "exceeded") }
        if progress < -1e-9 { return pick("逆向变化", "moved away") }
        return NumberText.percent(progress)
    }

    /// Beside a verdict that has no progress for want of a baseline, in a sentence.
    package var missingBaselineNote: String { pick("进度无法计算：缺少基线", "progress cannot be worked out: no baseline") }

    package func level(_ level: Level) -> String {
        switch level {
        case .ok: pick("正常", "ok")
        case .warning: pick("关注", "warning")
        case .alert: pick("风险", "ALERT")
        case .unknown: pick("未知", "unknown")
        }
    }

    /// The target as interpreted, in one line: `≥ 80.5`, `≤ 25.5 (25 ± 0.5)`, …
    package func interpretedTarget(_ indicator: Indicator, plan: Plan) -> String {
        interpreted(indicator, kind: indicator.target.kind, plan: plan)
    }

    /// The reading as the region is judged on it: a change from the base value with the
    /// region's own number (a district's base less 10%), or without a number where it has no
    /// base-year value.
    package func interpretedTarget(of a: Assessment, plan: Plan) -> String {
        interpreted(a.indicator, kind: Assessor.kind(a.indicator.target.kind, from: a.baseline), plan: plan, stated: a.indicator.target.kind)
    }

    /// The reference region as targets speak of it: 全省 for a province, 全市 for a city, else its name.
    package func referenceArea(_ plan: Plan) -> String {
        let name = plan.referenceRegion
        if name.hasSuffix("省") { return pick("全省", "the province") }
        if name.hasSuffix("市") { return pick("全市", "the city") }
        return pick(name.isEmpty ? "参照地区" : name, name.isEmpty ? "the reference region" : plan.referenceRegionEn)
    }

    private func interpreted(_ indicator: Indicator, kind: TargetKind?, plan: Plan, stated: TargetKind? = nil) -> String {
        let unit = self.unit(indicator)
        let u = unit == "%" || unit == "‰" ? unit : " " + unit
        let area = referenceArea(plan)
        let bound = indicator.direction == .lowerIsBetter ? "≤" : "≥"
        guard let kind else {
            // A change from the base value where the region has no base-year value: the words, no number.
            switch stated {
            case .percentChange(let percent, _)?:
                return pick("基期值\(percent < 0 ? "下降" : "增长")\(NumberText.plain(abs(percent)))%（缺少基期值）", "the base value \(percent < 0 ? "down" : "up") \(NumberText.plain(abs(percent)))% (no base value)")
            case .pointsChange(let points, _)?:
                return pick("基期值\(points < 0 ? "下降" : "提高")\(NumberText.plain(abs(points)))个百分点（缺少基期值）", "the base value \(points < 0 ? "down" : "up") \(NumberText.plain(abs(points))) points (no base value)")
            default:
                return "—"
            }
        }
        switch kind {
        case .atLeast(let value): return "≥ \(NumberText.plain(value))\(u)"
        case .atMost(let value): return "≤ \(NumberText.plain(value))\(u)"
        case .around(let value, let tolerance):
            let bound = indicator.direction == .lowerIsBetter ? "≤ \(NumberText.plain(value + tolerance))" : "≥ \(NumberText.plain(value - tolerance))"
            return pick("\(bound)\(u)（\(NumberText.plain(value))左右，容差\(NumberText.plain(tolerance))）",
                        "\(bound)\(u) (around \(NumberText.plain(value)), tolerance \(NumberText.plain(tolerance)))")
        case .maintain(let value): return pick("每年 ≥ \(NumberText.plain(value))\(u)", "≥ \(NumberText.plain(value))\(u) every year")
        case .annualDecrease(let step):
            return pick("每年比参照年降低 ≥ \(NumberText.plain(step)) 个百分点", "≥ \(NumberText.plain(step)) point(s) a year below the reference year")
        case .stableLow(let ceiling, _):
            return pick("≤ \(NumberText.plain(ceiling))\(u)，且低于\(area)同年水平", "≤ \(NumberText.plain(ceiling))\(u), and below \(area) in the same year")
        case .percentChange(let percent, let target):
            return pick("\(bound) \(NumberText.rounded(target, 4))\(u)（基期值\(percent < 0 ? "下降" : "增长")\(NumberText.plain(abs(percent)))%）",
                        "\(bound) \(NumberText.rounded(target, 4))\(u) (the base value \(percent < 0 ? "down" : "up") \(NumberText.plain(abs(percent)))%)")
        case .pointsChange(let points, let target):
            return pick("\(bound) \(NumberText.rounded(target, 4))\(u)（基期值\(points < 0 ? "下降" : "提高")\(NumberText.plain(abs(points)))个百分点）",
                        "\(bound) \(NumberText.rounded(target, 4))\(u) (the base value \(points < 0 ? "down" : "up") \(NumberText.plain(abs(points))) points)")
        case .holdCeiling(let value): return pick("每年 ≤ \(NumberText.plain(value))\(u)", "≤ \(NumberText.plain(value))\(u) every year")
        case .keepImproving:
            return indicator.direction == .lowerIsBetter ? pick("每年低于上一年", "lower than the year before, every year") : pick("每年高于上一年", "higher than the year before, every year")
        case .versusReference(let comparison):
            switch comparison {
            case .reach: return pick("\(bound) \(area)同年水平", "\(bound) \(area)'s value of the same year")
            case .above: return pick("> \(area)同年水平", "> \(area)'s value of the same year")
            case .below: return pick("< \(area)同年水平", "< \(area)'s value of the same year")
            }
        }
    }

    /// A status in two characters or a short word, for a cell of the regions matrix.
    package func shortStatus(_ status: Status, final: Bool = false) -> String {
        switch status {
        case .achieved where final: pick("完成", "done")
        case .notMet where final: pick("未完成", "missed")
        case .achieved: pick("达标", "met")
        case .onTrack: pick("正常", "on")
        case .slightlyBehind: pick("略慢", "slow")
        case .behind: pick("滞后", "late")
        case .movingAway: pick("逆向", "away")
        case .notMet: pick("未达", "miss")
        case .noData: pick("无数据", "none")
        case .insufficientData: pick("不足", "few")
        }
    }

    /// What the short statuses mean, for under the matrix.
    package func shortStatusLegend(final: Bool, targetYear: Int) -> String {
        if final {
            return pick("完成、未完成：是否完成目标；不足：数据不足；“*”：\(targetYear)年数据暂缺，按最新年份的数据判断；“约”：约束性指标",
                        "done, missed: target achieved or not; few: insufficient data; *: no \(targetYear) value, judged on the latest; B: binding indicator")
        }
        return pick("达标：已达标/符合要求；正常：符合进度；略慢：略有滞后；滞后：明显滞后；逆向：逆向变化；未达：未达标/未达要求；不足：数据不足；“约”：约束性指标",
             "met: achieved; on: on track; slow: slightly behind; late: behind; away: moving away; miss: not met; few: insufficient data; B: binding indicator")
    }

    package var bindingMark: String { pick("约", "B") }

    /// A region as a column heading: its name, in English without its level (Jiyang).
    package func regionHeading(_ region: String, plan: Plan) -> String {
        language == .zh ? region : RegionNames.shortEnglishName(plan.englishName(of: region))
    }

    package var indicator: String { pick("指标", "Indicator") }
    package var attributeHeader: String { pick("属性", "Type") }
    /// As 专栏1 heads its columns: 2020年, 2025年.
    package func baselineHeader(_ year: Int) -> String { pick("\(year)年", "\(year)") }
    package func targetHeader(_ year: Int) -> String { pick("\(year)年目标", "\(year) target") }
    package var latest: String { pick("最新值", "Latest") }
    package var year: String { pick("年份", "Year") }
    package var progress: String { pick("进度", "Progress") }
    package var expected: String { pick("时间进度", "Expected") }
    package var statusHeader: String { pick("状态", "Status") }
    package var levelHeader: String { pick("级别", "Level") }
    package var evidenceHeader: String { pick("证据强度", "Evidence") }

    /// 证据强度 in a word.
    package func evidence(_ grade: Evidence.Grade) -> String {
        switch grade {
        case .strong: pick("充分", "strong")
        case .moderate: pick("一般", "moderate")
        case .weak: pick("不足", "weak")
        }
    }

    /// A quality finding's kind, in a word.
    package func findingKind(_ kind: QualityFinding.Kind) -> String { kind.name.text(in: language) }
    package var unitHeader: String { pick("单位", "Unit") }
    package var domainHeader: String { pick("领域", "Domain") }
    package var summary: String { pick("概况", "Summary") }
    package var none: String { pick("无", "none") }
    package var provisionalMark: String { pick("暂", "prov.") }

    /// The regions an assessment leaves out, with their row counts; nil when there are none.
    package func otherRegions(_ regions: [PlanAssessment.OtherRegion], plan: Plan) -> String? {
        guard !regions.isEmpty else { return nil }
        let shown = 5
        var list = regions.prefix(shown).map { pick("\($0.name)（\($0.rows)行）", "\(region($0.name, plan: plan)) (\($0.rows) \($0.rows == 1 ? "row" : "rows"))") }
            .joined(separator: pick("、", ", "))
        if regions.count > shown { list += pick("等\(regions.count)个地区", " and \(regions.count - shown) more regions") }
        return pick("未纳入本次评估的其他地区：\(list)；可用 --region 单独评估",
                    "Not in this assessment: \(list); assess one with --region")
    }

    /// The regions the report leaves out, in words for its readers: no row counts, no option to give.
    package func otherRegionsInReport(_ regions: [PlanAssessment.OtherRegion], plan: Plan) -> String? {
        guard !regions.isEmpty else { return nil }
        let shown = 5
        var list = regions.prefix(shown).map { region($0.name, plan: plan) }.joined(separator: pick("、", ", "))
        if regions.count > shown { list += pick("等\(regions.count)个地区", " and \(regions.count - shown) more") }
        return pick("数据中还有其他地区（\(list)）的数值，本报告未作评估。", "The data also holds values for other regions (\(list)), which this report does not assess.")
    }

    /// The period a report covers, as official documents write it: 2021—2025年.
    package func period(_ plan: Plan) -> String {
        pick("\(plan.baselineYear + 1)—\(plan.targetYear)年", "\(plan.baselineYear + 1)–\(plan.targetYear)")
    }

    /// A report's title: the plan's name once and the region once. The plan's own region is in
    /// its name (济南市“十四五”卫生健康规划终期评估报告); a district's report names it after the plan
    /// (《济南市“十四五”卫生健康规划》济阳区终期评估报告).
    package func reportTitle(_ plan: Plan, region: String, year: Int) -> String {
        let isFinal = year >= plan.targetYear
        let periodInName = plan.nameEn.contains(String(plan.targetYear))
        let kind = isFinal ? pick("终期评估报告（\(period(plan))）", periodInName ? "final evaluation" : "final evaluation, \(period(plan))")
                           : pick("\(year)年度监测报告", "monitoring report \(year)")
        if language == .en {
            let name = region == plan.region && plan.nameEn.contains(plan.regionEn) ? "" : " for \(self.region(region, plan: plan))"
            return "\(plan.nameEn): \(kind)\(name)"
        }
        if region == plan.region && plan.name.contains(RegionNames.shortName(plan.region)) { return plan.name + kind }
        return "《\(plan.name)》\(region)" + kind
    }

    package func title(_ plan: Plan, region: String, year: Int) -> String {
        if year >= plan.targetYear {
            return pick("\(plan.name) · \(region) · \(year)年终期评估", "\(plan.nameEn) · \(self.region(region, plan: plan)) · final evaluation \(year)")
        }
        return pick("\(plan.name) · \(region) · \(year)年监测", "\(plan.nameEn) · \(self.region(region, plan: plan)) · \(year) monitoring")
    }

    /// A region's level as its name ends (济南市 → 市, 天桥区 → 区, 平阴县 → 县), in the words
    /// 市目标 and city target are made of.
    private func level(of region: String) -> (zh: String, en: String) {
        if region.hasSuffix("省") { return ("省", "province") }
        if region.hasSuffix("市") { return ("市", "city") }
        if region.hasSuffix("区") { return ("区", "district") }
        if region.hasSuffix("县") || region.hasSuffix("旗") { return ("县", "county") }
        if region.hasSuffix("街道") || region.hasSuffix("镇") || region.hasSuffix("乡") { return ("乡镇", "township") }
        return ("本级", "own")
    }

    /// Whose target an assessment is judged against: 市目标 (the plan's), 区目标 or 县目标 (the
    /// district's own plan's).
    package func targetOwner(_ a: Assessment, plan: Plan) -> String {
        let level = level(of: a.targetOwner == .district ? a.region : plan.region)
        return pick("\(level.zh)目标", "\(level.en) target")
    }

    /// The target as written, followed by whose it is where a district is judged on its own:
    /// `80以上（区目标）`.
    package func targetShown(_ a: Assessment, plan: Plan) -> String {
        a.targetOwner == .district ? targetText(a.indicator) + bracketed(targetOwner(a, plan: plan)) : targetText(a.indicator)
    }

    /// Which indicators a region is judged on by its own plan's targets, said once above or
    /// below its table; nil when it has none (every target is the plan's).
    package func ownTargetsNote(_ assessments: [Assessment], plan: Plan) -> String? {
        let own = assessments.filter { $0.targetOwner == .district }
        guard let first = own.first else { return nil }
        let region = self.region(first.region, plan: plan)
        let names = own.map { name($0.indicator) }.joined(separator: pick("、", ", "))
        let ownWord = targetOwner(first, plan: plan)
        let planWord = pick("\(level(of: plan.region).zh)目标", "\(level(of: plan.region).en) target")
        return pick("\(names)按\(region)自己规划的基线和目标（\(ownWord)）评估；其余指标按\(planWord)。",
                    "\(names): judged on \(region)'s own baseline and target (\(ownWord)); the other indicators on the \(planWord).")
    }

    package func scope(_ plan: Plan, year: Int) -> String {
        pick("基线\(plan.baselineYear)年，目标\(plan.targetYear)年；每项指标取不晚于\(year)年的最新报告值。",
             "Baseline \(plan.baselineYear), target \(plan.targetYear); each indicator uses its latest value reported for \(year) or earlier.")
    }

    package func countLine(_ attribute: Attribute, total: Int) -> String {
        pick("\(self.attribute(attribute))指标（\(total)项）", "\(attribute == .binding ? "Binding" : "Expected") indicators (\(total))")
    }

    package var noLead: String { pick("未明确牵头单位", "No lead named") }
    package var byLeadHeading: String { pick("按牵头单位", "By lead department") }
    package var lagging: String { pick("滞后", "lagging") }
    /// `12项`, `12 indicators`.
    package func count(_ indicators: Int) -> String { pick("\(indicators)项", indicators == 1 ? "1 indicator" : "\(indicators) indicators") }

    package func bindingAtRisk(final: Bool) -> String {
        final ? pick("未完成的约束性指标", "Binding targets not achieved") : pick("存在风险的约束性指标", "Binding indicators at risk")
    }
    /// 完成程度: progress, in the final evaluation's words.
    package var completionHeader: String { pick("完成程度", "Completion") }
    package var expectedLagging: String { pick("进展滞后的预期性指标", "Expected indicators lagging") }
    package var noData: String { pick("无数据或数据不足", "No data or too little") }

    package var provisionalFootnote: String {
        pick("注：带“*”的基线为暂定基线。规划未给出该指标的基线值，暂以最早报告年份（括号内）的数值代替。",
             "Note: a baseline marked * is provisional. The plan gives none for that indicator, so the value of the earliest reported year (in brackets) stands in.")
    }

    package func dataGapFootnote(targetYear: Int) -> String {
        pick("注：年份早于\(targetYear)年的，\(targetYear)年数据暂缺，按该指标最新年份的数据判断是否完成。",
             "Note: a year before \(targetYear) means the \(targetYear) value is missing; whether the target was achieved is judged on that latest value.")
    }

    package var staleFootnote: String {
        pick("注：年份早于评估年份的，为该指标最近一次的报告值。", "Note: a year before the evaluation year is that indicator's latest reported value.")
    }

    package func warnings(_ count: Int) -> String {
        pick("数据提示（\(count)条）", "Data warnings (\(count))")
    }
}
