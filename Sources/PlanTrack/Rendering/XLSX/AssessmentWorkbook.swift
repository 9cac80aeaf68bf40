/// `status --format xlsx` and `regions --format xlsx`: the assessment as a workbook to hand up,
/// to sort and filter. Numbers are numbers (progress as a percentage format), the status is in
/// words with the legend's colour as its fill, the plan, region and year in a title row, the
/// header frozen and filtered; a second sheet gives the legend and the method's thresholds.
package struct AssessmentWorkbook {
    let labels: Labels
    private var zh: Bool { labels.language == .zh }
    private func pick(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    package init(language: Language) {
        labels = Labels(language)
    }

    /// The fill of each level: Excel's own good, neutral and bad colours, and grey for unknown.
    static func fill(_ level: Level) -> String {
        switch level {
        case .ok: "C6EFCE"
        case .warning: "FFEB9C"
        case .alert: "FFC7CE"
        case .unknown: "EDEDED"
        }
    }

    private let header = Workbook.Style(bold: true, fill: "DDEBF7", wraps: true, bordered: true)
    private let cell = Workbook.Style(bordered: true)
    private let number = Workbook.Style(numberFormat: "0.##", alignedRight: true, bordered: true)
    private let share = Workbook.Style(numberFormat: "0.0%", alignedRight: true, bordered: true)
    private func status(_ a: Assessment) -> Workbook.Cell {
        .text(labels.status(of: a), Workbook.Style(fill: Self.fill(a.level), bordered: true))
    }

    /// The verdict's evidence in a word (充分, 一般, 不足); empty where there is no value.
    private func evidence(_ a: Assessment, of result: PlanAssessment) -> Workbook.Cell {
        .text(result.evidence(a).map { labels.evidence($0.grade) } ?? "", cell)
    }

    /// One region: an indicator a row, by domain.
    package func status(_ result: PlanAssessment) -> Workbook {
        let plan = result.plan
        let final = result.year >= plan.targetYear
        let columns = [labels.domainHeader, labels.indicator, labels.attributeHeader, labels.unitHeader, labels.baselineHeader(plan.baselineYear),
                       labels.targetHeader(plan.targetYear), pick("目标来源", "Target of"), labels.latest, labels.year,
                       final ? labels.completionHeader : labels.progress] + (final ? [] : [labels.expected]) + [labels.statusHeader, pick("差距", "Gap"), labels.evidenceHeader]
        var rows: [[Workbook.Cell]] = [
            [.text(labels.title(plan, region: labels.region(result.region, plan: plan), year: result.year), Workbook.Style(bold: true))],
            [.text(labels.scope(plan, year: result.year))],
            columns.map { .text($0, header) },
        ]
        for a in result.assessments {
            let indicator = a.indicator
            var row: [Workbook.Cell] = [
                .text(plan.domain(id: indicator.domainID).map(labels.name) ?? indicator.domainID, cell), .text(labels.name(indicator), cell),
                .text(labels.attribute(indicator.attribute), cell), .text(labels.unit(indicator), cell),
                a.baseline.map { .number($0.value, number) } ?? .text("—", cell), .text(labels.targetText(indicator), cell),
                .text(labels.targetOwner(a, plan: plan), cell), a.value.map { .number($0, number) } ?? .text("—", cell),
                a.year.map { .number(Double($0), cell) } ?? .text("", cell),
            ]
            // Progress as a number where there is one; the completion's words (超额完成, 缺少基线) where not.
            if let progress = a.progress, !(final && progress > 1) {
                row.append(.number(progress, share))
            } else {
                row.append(.text((final ? labels.completion(of: a) : nil) ?? "", cell))
            }
            if !final { row.append(a.expectedProgress.map { .number($0, share) } ?? .text("", cell)) }
            row.append(status(a))
            row.append(a.gap.map { .number($0, number) } ?? .text("", cell))
            row.append(evidence(a, of: result))
            rows.append(row)
        }
        var sheet = Workbook.Sheet(name: pick("评估", "Assessment"), rows: rows)
        sheet.merged = ["A1:\(Workbook.columnName(columns.count - 1))1", "A2:\(Workbook.columnName(columns.count - 1))2"]
        sheet.columnWidths = DataEntryWorkbook.widths(rows.dropFirst(2), minimum: Array(repeating: 8, count: columns.count))
        sheet.frozenRows = 3
        sheet.frozenColumns = 2
        sheet.autoFilter = "A3:\(Workbook.reference(row: rows.count - 1, column: columns.count - 1))"
        sheet.printsLandscape = true
        return Workbook(sheets: [sheet, legend(final: final, plan: plan)])
    }

    /// Every region: a row per region and indicator, to sort and filter.
    package func regions(_ comparison: RegionComparison) -> Workbook {
        let plan = comparison.plan
        let final = comparison.year >= plan.targetYear
        let columns = [pick("地区", "Region"), labels.indicator, labels.attributeHeader, labels.unitHeader, pick("基线", "Baseline"), pick("基线年份", "Baseline year"),
                       pick("目标", "Target"), pick("目标来源", "Target of"), labels.latest, labels.year,
                       final ? labels.completionHeader : labels.progress, labels.statusHeader, labels.evidenceHeader]
        let stage = final ? pick("\(comparison.year)年终期评估", "final evaluation \(comparison.year)") : pick("\(comparison.year)年", "\(comparison.year)")
        var rows: [[Workbook.Cell]] = [
            [.text(pick("\(plan.name) · 各地区对比 · \(stage)", "\(plan.nameEn) · regions compared · \(stage)"), Workbook.Style(bold: true))],
            [.text(labels.scope(plan, year: comparison.year))],
            columns.map { .text($0, header) },
        ]
        for region in comparison.regions {
            for a in region.assessments {
                let indicator = a.indicator
                rows.append([
                    .text(labels.region(region.region, plan: plan), cell), .text(labels.name(indicator), cell), .text(labels.attribute(indicator.attribute), cell),
                    .text(labels.unit(indicator), cell), a.baseline.map { .number($0.value, number) } ?? .text("—", cell),
                    a.baseline.map { .number(Double($0.year), cell) } ?? .text("", cell), .text(labels.targetText(indicator), cell),
                    .text(labels.targetOwner(a, plan: plan), cell), a.value.map { .number($0, number) } ?? .text("—", cell),
                    a.year.map { .number(Double($0), cell) } ?? .text("", cell),
                    a.progress.map { .number($0, share) } ?? .text((final ? labels.completion(of: a) : nil) ?? "", cell),
                    status(a), evidence(a, of: region),
                ])
            }
        }
        var sheet = Workbook.Sheet(name: pick("各地区", "Regions"), rows: rows)
        sheet.merged = ["A1:\(Workbook.columnName(columns.count - 1))1", "A2:\(Workbook.columnName(columns.count - 1))2"]
        sheet.columnWidths = DataEntryWorkbook.widths(rows.dropFirst(2).prefix(2000), minimum: Array(repeating: 8, count: columns.count))
        sheet.frozenRows = 3
        sheet.frozenColumns = 2
        sheet.autoFilter = "A3:\(Workbook.reference(row: rows.count - 1, column: columns.count - 1))"
        sheet.printsLandscape = true
        return Workbook(sheets: [sheet, legend(final: final, plan: plan)])
    }

    /// The status words with their fills, and the thresholds they come from.
    private func legend(final: Bool, plan: Plan) -> Workbook.Sheet {
        var rows: [[Workbook.Cell]] = [[.text(pick("状态说明", "What the statuses mean"), Workbook.Style(bold: true))]]
        let entries: [(Status, String, String)] = final ? [
            (.achieved, "最新值达到目标（终期评估只问是否完成）", "the latest value meets the target (the final evaluation asks only that)"),
            (.notMet, "最新值未达到目标", "the latest value misses the target"),
        ] : [
            (.achieved, "当年数值已达到目标或条件", "the year's value meets the target or condition"),
            (.onTrack, "完成程度 ≥ 95% × 时间进度", "progress at least 95% of the share of time elapsed"),
            (.slightlyBehind, "60% × 时间进度 ≤ 完成程度 < 95% × 时间进度", "progress from 60% to 95% of the time elapsed"),
            (.behind, "0 ≤ 完成程度 < 60% × 时间进度", "progress from 0 to 60% of the time elapsed"),
            (.movingAway, "完成程度 < 0：向目标相反方向变化", "progress below 0: moving away from the target"),
            (.notMet, "当年未达到条件（逐年判断的指标）", "the year's condition not held (indicators judged year by year)"),
        ]
        for (status, zhText, enText) in entries {
            let level = status.level(for: .binding)
            rows.append([.text(labels.status(status, kind: .atLeast(0), final: final), Workbook.Style(fill: Self.fill(level), bordered: true)), .text(pick(zhText, enText))])
        }
        rows.append([.text(labels.status(.noData, kind: .atLeast(0)), Workbook.Style(fill: Self.fill(.unknown), bordered: true)), .text(pick("没有报告值", "no value reported"))])
        rows.append([.text(labels.status(.insufficientData, kind: .atLeast(0)), Workbook.Style(fill: Self.fill(.unknown), bordered: true)),
                     .text(pick("数据不足以判断（如缺少基线、缺少参照地区同年值）", "too little data to judge (no baseline, no reference value that year)"))])
        rows.append([])
        rows.append([.text(pick("颜色：绿色为正常，黄色为关注（预期性指标滞后），红色为风险（约束性指标滞后或未完成）。",
                                "Colours: green ok; yellow warning (an expected indicator lagging); red alert (a binding indicator lagging or not met)."))])
        rows.append([.text(pick("时间进度 = (评估年份 − 基线年) / (目标年 − 基线年)；完成程度 = (最新值 − 基线) / (目标 − 基线)。方法见 docs/method.md。",
                                "Time elapsed = (year − baseline year) / (target year − baseline year); progress = (value − baseline) / (target − baseline). The method: docs/method.md."))])
        rows.append([.text(pick("证据强度：结论所依据的数据可信到什么程度。数据质量问题、缺少基线、暂用较晚年份的数值作基线、按早于目标年的数值判断各计 2 分，基线为约数、只有一个报告年份、预测只依据两个数据点、数值没有注明来源各计 1 分；0 分为充分，1 分为一般，2 分及以上为不足。",
                                "Evidence: how far a verdict's data can be trusted. A data-quality finding, no baseline, a provisional baseline or a verdict on a year before the target year weigh 2 each; an approximate baseline, one reported year, a projection through two values or a value without a source 1 each; 0 is strong, 1 moderate, 2 or more weak."))])
        var sheet = Workbook.Sheet(name: pick("说明", "Legend"), rows: rows)
        sheet.columnWidths = [14, 90]
        return sheet
    }
}
