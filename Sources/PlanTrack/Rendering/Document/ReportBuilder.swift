/// What the report says, and in what order: the one place its content is decided. Formatters
/// (`MarkdownReport`, `HTMLReport`) only write the document this builds.
struct ReportBuilder {
    typealias Block = ReportDocument.Block
    typealias Text = ReportDocument.Text
    typealias Table = ReportDocument.Table

    let labels: Labels
    /// Draw a chart for each indicator with values, after its domain's table.
    let includesCharts: Bool
    /// When given, a section comparing the regions follows the tables by domain.
    let comparison: RegionComparison?
    /// The analysts' notes (`report --notes`); nil when none were given, which the report then
    /// does not ask for.
    let notes: AnalystNotes?

    init(language: Language, includesCharts: Bool, comparison: RegionComparison?, notes: AnalystNotes? = nil) {
        self.labels = Labels(language)
        self.includesCharts = includesCharts
        self.comparison = comparison
        self.notes = notes
    }

    private var zh: Bool { labels.language == .zh }
    private func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    func build(_ result: PlanAssessment) -> ReportDocument {
        let plan = result.plan
        // From the target year on the report is the plan's final evaluation (终期评估): whether each
        // target was reached, in the words superiors read, with nothing projected or paced.
        let isFinal = result.year >= plan.targetYear
        let title = labels.reportTitle(plan, region: result.region, year: result.year)
        var blocks: [Block] = [.heading(level: 1, text: title)]
        if isFinal {
            blocks.append(body(pick("评估期：\(labels.period(plan))；基线年：\(plan.baselineYear)年；目标年：\(plan.targetYear)年。每项指标取\(plan.targetYear)年的报告值；\(plan.targetYear)年数据暂缺的，按其最新年份的数据判断，并予注明。",
                                    "Period \(labels.period(plan)); baseline \(plan.baselineYear); target \(plan.targetYear). Each indicator uses its \(plan.targetYear) value; where that is missing, its latest value, marked as such.")))
        } else {
            blocks.append(body(pick("评估年份：\(result.year)年；基线年：\(plan.baselineYear)年；目标年：\(plan.targetYear)年。每项指标取不晚于\(result.year)年的最新报告值。",
                                    "Evaluation year \(result.year); baseline \(plan.baselineYear); target \(plan.targetYear). Each indicator uses its latest value reported for \(result.year) or earlier.")))
        }
        if let own = labels.ownTargetsNote(result.assessments, plan: plan) { blocks.append(body(own)) }
        var sections = Sections(language: labels.language)
        blocks += summarySection(result, isFinal: isFinal, sections: &sections)
        blocks.append(sections.next("约束性指标", "Binding indicators"))
        blocks.append(.table(detailTable(result.assessments.filter { $0.indicator.attribute == .binding }, plan: plan, showAttribute: false, isFinal: isFinal)))
        blocks += shortfallSection(result, isFinal: isFinal, sections: &sections)
        blocks += domainsSection(result, isFinal: isFinal, sections: &sections)
        blocks += leadsSection(result, isFinal: isFinal, sections: &sections)
        if let comparison {
            blocks.append(isFinal ? sections.next("各地区完成情况", "Regions") : sections.next("各地区对比", "Regions compared"))
            blocks += regionsSection(comparison)
        }
        let nextSteps = notes?.notes(on: .nextSteps, year: result.year) ?? []
        if !nextSteps.isEmpty {
            blocks.append(sections.next("下一步工作", "Next steps"))
            blocks += nextSteps.map { .paragraph(Text($0.text), style: .body) }
        }
        blocks += gapsSection(result, isFinal: isFinal, sections: &sections)
        blocks += qualitySection(result, sections: &sections)
        blocks += sourcesSection(result, sections: &sections)
        if !result.warnings.isEmpty {
            blocks.append(.heading(level: 2, text: pick("数据提示", "Data warnings")))
            blocks.append(.list(result.warnings.map { Text(TextNormalization.singleLine($0.text(in: labels.language))) }))
        }
        blocks.append(.heading(level: 2, text: pick("附：方法说明", "Appendix: method")))
        blocks.append(.list(MethodNotes(plan: plan, language: labels.language, isFinal: isFinal).lines.map { Text($0) }))
        return ReportDocument(title: title, language: labels.language, blocks: blocks)
    }

    // MARK: - Sections

    /// 总体情况: the counts in a sentence, then every binding indicator at risk (or not achieved).
    private func summarySection(_ result: PlanAssessment, isFinal: Bool, sections: inout Sections) -> [Block] {
        let summary = result.summary
        let narrative = Narrative(language: labels.language, plan: result.plan)
        var blocks = [sections.next("总体情况", "Summary")]
        blocks.append(body(isFinal ? completionSentence(summary, gaps: result.assessments.filter(\.isDataGap).count, targetYear: result.plan.targetYear)
                                   : countSentence(summary)))
        // With the regions compared, the other regions are in the report: no need to name them here.
        if comparison == nil, let others = labels.otherRegionsInReport(result.otherRegions, plan: result.plan) {
            blocks.append(body(others))
        }
        if summary.bindingAtRisk.isEmpty {
            blocks.append(body(isFinal ? pick("没有未完成的约束性指标。", "No binding target was missed.")
                                       : pick("没有存在风险的约束性指标。", "No binding indicator is at risk.")))
        } else {
            blocks.append(body(isFinal ? pick("未完成的约束性指标：", "Binding targets not achieved:") : pick("存在风险的约束性指标：", "Binding indicators at risk:")))
            blocks.append(.list(summary.bindingAtRisk.map { Text(narrative.sentence($0)) }))
        }
        let achievements = notes?.notes(on: .achievements, year: result.year) ?? []
        if !achievements.isEmpty {
            blocks.append(.heading(level: 3, text: pick("主要成效", "Achievements")))
            blocks += achievements.map { .paragraph(Text($0.text), style: .body) }
        }
        return blocks
    }

    /// The analysts' cause and measures for each of `assessments` that has a note for the year.
    private func noteItems(_ assessments: [Assessment], year: Int) -> [Block] {
        guard let notes else { return [] }
        let items: [Text] = assessments.compactMap { a in
            let written = notes.notes(on: .indicator(a.indicator.id), year: year)
            guard !written.isEmpty else { return nil }
            return Text(bold: labels.name(a.indicator)) + Text(pick("：", ": ") + written.map(noteText).joined(separator: "\n"))
        }
        guard !items.isEmpty else { return [] }
        return [body(pick("原因分析与下一步措施：", "Causes and measures:")), .list(items)]
    }

    /// 原因分析：…, then 下一步措施：…（责任单位：…；完成时限：…）, each on a line of its own.
    func noteText(_ note: AnalystNote) -> String {
        var lines: [String] = []
        if !note.cause.isEmpty { lines.append(pick("原因分析：", "Cause: ") + note.cause) }
        var measures = note.measures.isEmpty ? "" : pick("下一步措施：", "Measures: ") + note.measures
        let who = [note.responsible.isEmpty ? nil : pick("责任单位：", "responsible: ") + note.responsible,
                   note.deadline.isEmpty ? nil : pick("完成时限：", "by: ") + note.deadline].compactMap { $0 }
        if !who.isEmpty {
            let bracket = labels.bracketed(who.joined(separator: pick("；", "; ")))
            measures += measures.isEmpty && !zh ? String(bracket.dropFirst()) : bracket
        }
        if !measures.isEmpty { lines.append(measures) }
        return lines.joined(separator: "\n")
    }

    /// The indicators at risk or lagging, most serious first; in the final evaluation, the targets
    /// not achieved, binding and expected apart.
    private func shortfallSection(_ result: PlanAssessment, isFinal: Bool, sections: inout Sections) -> [Block] {
        let plan = result.plan
        let lagging = Summary.bySeverity(result.assessments.filter { $0.status.isShortfall })
        let problems: [Block] = (notes?.notes(on: .problems, year: result.year) ?? []).isEmpty ? [] :
            [.heading(level: 3, text: pick("存在问题", "Problems"))] + (notes?.notes(on: .problems, year: result.year) ?? []).map { .paragraph(Text($0.text), style: .body) }
        guard isFinal else {
            var blocks = [sections.next("滞后与存在风险的指标", "Indicators at risk or lagging")] + problems
            if lagging.isEmpty {
                blocks.append(body(pick("没有滞后的指标。", "No indicator is lagging.")))
            } else {
                blocks.append(body(pick("按严重程度排列：未达标、逆向变化、明显滞后、略有滞后。", "Most serious first: not met, moving away, behind, slightly behind.")))
                blocks.append(.table(detailTable(lagging, plan: plan, showAttribute: true, isFinal: false)))
                // What it would take, for each: the value next year and the year the target is reached.
                let narrative = Narrative(language: labels.language, plan: plan)
                let whatIf = lagging.compactMap { a in narrative.whatIf(a).map { Text(bold: labels.name(a.indicator)) + Text(pick("：", ": ") + $0) } }
                if !whatIf.isEmpty { blocks.append(.list(whatIf)) }
                blocks += noteItems(lagging, year: result.year)
            }
            return blocks
        }
        var blocks = [sections.next("未完成的指标", "Targets not achieved")] + problems
        for attribute in Attribute.allCases {
            let missed = lagging.filter { $0.indicator.attribute == attribute }
            blocks.append(.heading(level: 3, text: attribute == .binding ? pick("未完成的约束性指标", "Binding targets") : pick("未完成的预期性指标", "Expected targets")))
            if missed.isEmpty {
                blocks.append(body(attribute == .binding ? pick("约束性指标均未出现未完成的情况。", "No binding target was missed.")
                                                         : pick("预期性指标均未出现未完成的情况。", "No expected target was missed.")))
            } else {
                blocks.append(.table(detailTable(missed, plan: plan, showAttribute: false, isFinal: true)))
                blocks += noteItems(missed, year: result.year)
            }
        }
        return blocks
    }

    /// By lead department (牵头单位), when the plan names them: each department's counts, then the
    /// indicators it answers for that are not achieved or lagging.
    private func leadsSection(_ result: PlanAssessment, isFinal: Bool, sections: inout Sections) -> [Block] {
        let groups = LeadGroup.groups(result.assessments)
        guard groups.contains(where: { $0.lead != nil }) else { return [] }
        var blocks = [isFinal ? sections.next("分牵头单位完成情况", "By lead department") : sections.next("分牵头单位进展", "By lead department")]
        let unnamed = labels.noLead
        var columns = [Table.Column(pick("牵头单位", "Lead department"), .name), Table.Column(pick("指标数", "Indicators"), .number)]
        columns += isFinal
            ? [Table.Column(pick("已完成", "Achieved"), .number), Table.Column(pick("未完成", "Not achieved"), .number)]
            : [Table.Column(pick("已达标", "Achieved"), .number), Table.Column(pick("符合进度", "On track"), .number), Table.Column(pick("滞后", "Lagging"), .number)]
        columns.append(Table.Column(pick("无数据", "No data"), .number))
        let rows = groups.map { group -> [String] in
            let counts = group.counts
            let numbers = isFinal ? [counts.achieved, counts.shortfall] : [counts.achieved, counts.onTrack, counts.shortfall]
            return [group.lead ?? unnamed, String(group.assessments.count)] + numbers.map(String.init) + [String(counts.withoutData)]
        }
        blocks.append(.table(Table(columns: columns, rows: rows, kind: .detail)))
        let items: [Text] = groups.compactMap { group in
            let short = group.assessments.filter(\.status.isShortfall)
            guard !short.isEmpty else { return nil }
            let names = short.map { labels.name($0.indicator) + labels.bracketed(labels.verdict(of: $0)) }.joined(separator: pick("、", "; "))
            return Text(bold: group.lead ?? unnamed) + Text(pick("：", ": ") + names)
        }
        if !items.isEmpty {
            blocks.append(body(isFinal ? pick("未完成的指标，按牵头单位：", "Targets not achieved, by lead department:")
                                       : pick("滞后的指标，按牵头单位：", "Indicators lagging, by lead department:")))
            blocks.append(.list(items))
        }
        return blocks
    }

    /// One table per domain, each followed by its indicators' charts.
    private func domainsSection(_ result: PlanAssessment, isFinal: Bool, sections: inout Sections) -> [Block] {
        let plan = result.plan
        let narrative = Narrative(language: labels.language, plan: plan)
        var blocks = [isFinal ? sections.next("分领域指标完成情况", "Indicators by domain") : sections.next("分领域指标进展", "Indicators by domain")]
        for domain in plan.domains {
            let rows = result.assessments.filter { $0.indicator.domainID == domain.id }
            guard !rows.isEmpty else { continue }
            blocks.append(.heading(level: 3, text: labels.name(domain)))
            blocks.append(.table(domainTable(rows, plan: plan, year: result.year, isFinal: isFinal)))
            if includesCharts {
                for row in rows {
                    if let chart = ChartData(row, language: labels.language, plan: plan) {
                        blocks.append(.chart(chart))
                    }
                }
            }
        }
        if result.assessments.contains(where: { $0.baseline?.isProvisional == true }) {
            blocks.append(body(labels.provisionalFootnote))
        }
        let milestones = result.assessments.compactMap(narrative.milestoneSentence)
        if !milestones.isEmpty {
            blocks.append(.heading(level: 3, text: pick("年度目标", "Milestones")))
            blocks.append(.list(milestones.map { Text($0) }))
        }
        return blocks
    }

    /// 数据缺口: what the report could not judge, by name; in the final evaluation also the
    /// indicators judged on a value older than the target year, and those without a baseline.
    private func gapsSection(_ result: PlanAssessment, isFinal: Bool, sections: inout Sections) -> [Block] {
        let plan = result.plan
        var blocks = [sections.next("数据缺口", "Data gaps")]
        let noData = result.assessments.filter { $0.status == .noData }
        let insufficient = result.assessments.filter { $0.status == .insufficientData }
        let stale = isFinal ? result.assessments.filter(\.isDataGap) : []
        let noBaseline = isFinal ? result.assessments.filter(\.isMissingBaseline) : []
        // With a notes file, an indicator not met or lagging without a note for the year is named:
        // never a silent blank where the reader expects the analysts' words.
        let unexplained = notes.map { notes in
            result.assessments.filter { $0.status.isShortfall && notes.notes(on: .indicator($0.indicator.id), year: result.year).isEmpty }
        } ?? []
        guard !(noData.isEmpty && insufficient.isEmpty && stale.isEmpty && noBaseline.isEmpty && unexplained.isEmpty) else {
            blocks.append(body(pick("所有指标均有可用数据。", "Every indicator has usable data.")))
            return blocks
        }
        var items: [Text] = []
        if !noData.isEmpty {
            let line: String = pick("无数据（\(noData.count)项）：", "No data (\(noData.count)): ") + names(noData)
            items.append(Text(line))
        }
        if !insufficient.isEmpty {
            let line: String = pick("数据不足（\(insufficient.count)项，缺少基线，仅一个年份的数据）：",
                                    "Insufficient data (\(insufficient.count); no baseline and a single year): ") + names(insufficient)
            items.append(Text(line))
        }
        if !stale.isEmpty {
            let list = stale.map { a in
                pick("\(labels.name(a.indicator))（最新为\(a.year ?? 0)年）", "\(labels.name(a.indicator)) (latest \(a.year ?? 0))")
            }.joined(separator: pick("、", ", "))
            let line: String = pick("\(plan.targetYear)年数据暂缺（\(stale.count)项，按最新年份的数据判断）：", "No \(plan.targetYear) value (\(stale.count); judged on the latest): ") + list
            items.append(Text(line))
        }
        if !noBaseline.isEmpty {
            let line: String = pick("缺少基线、无法计算完成程度（\(noBaseline.count)项，是否完成仍按目标判断）：",
                                    "No baseline, so no completion share (\(noBaseline.count); whether the target was met is still judged): ") + names(noBaseline)
            items.append(Text(line))
        }
        if !unexplained.isEmpty {
            let line: String = pick("缺少原因分析（\(unexplained.count)项）：", "No cause or measures written (\(unexplained.count)): ") + names(unexplained)
            items.append(Text(line))
        }
        blocks.append(.list(items))
        return blocks
    }

    /// 数据质量与证据: how complete the region's values are, what the quality review found on
    /// them, and the verdicts whose evidence is weak, with why.
    private func qualitySection(_ result: PlanAssessment, sections: inout Sections) -> [Block] {
        let plan = result.plan
        var blocks = [sections.next("数据质量与证据", "Data quality and evidence")]
        var items: [Text] = []
        if let completeness = result.completeness {
            items.append(Text(pick("\(plan.baselineYear + 1)—\(result.year)年各指标数值的完整率为\(NumberText.percent(completeness))。",
                                   "\(NumberText.percent(completeness)) of the indicators' values of \(plan.baselineYear + 1)–\(result.year) are reported.")))
        }
        // The findings on the values, related indicators first; a long list is cut, and says where the rest is.
        let ordered = QualityFinding.Kind.allCases.flatMap { kind in result.findings.filter { $0.kind == kind } }
        let shown = 20
        items += ordered.prefix(shown).map { Text(pick("［\(labels.findingKind($0.kind))］", "[\(labels.findingKind($0.kind))] ") + $0.message(in: labels.language)) }
        if ordered.count > shown {
            items.append(Text(pick("另有 \(ordered.count - shown) 项，见 plan-track quality。", "\(ordered.count - shown) more: see plan-track quality.")))
        }
        if ordered.isEmpty {
            items.append(Text(pick("数据质量检查（关联指标、跨年变化、地区间离群）没有发现问题。", "The quality checks (related indicators, changes over time, outliers among regions) found nothing.")))
        }
        let graded = result.assessments.compactMap { a in result.evidence(a).map { (a, $0) } }
        let weak = graded.filter { $0.1.grade == .weak }
        if !weak.isEmpty {
            let list = weak.map { a, evidence in
                labels.name(a.indicator) + labels.bracketed(evidence.reasons.map { $0.message.text(in: labels.language) }.joined(separator: pick("；", "; ")))
            }.joined(separator: pick("；", "; "))
            items.append(Text(pick("证据不足的结论（\(weak.count)项）：", "Verdicts on weak evidence (\(weak.count)): ") + list))
        }
        let strong = graded.filter { $0.1.grade == .strong }.count, moderate = graded.filter { $0.1.grade == .moderate }.count
        items.append(Text(pick("证据强度：充分 \(strong) 项，一般 \(moderate) 项，不足 \(weak.count) 项（规则见附：方法说明）。",
                               "Evidence: strong \(strong), moderate \(moderate), weak \(weak.count) (the rule is in the appendix).")))
        blocks.append(.list(items))
        return blocks
    }

    /// The sources, and the notes given with the values, of every value used.
    private func sourcesSection(_ result: PlanAssessment, sections: inout Sections) -> [Block] {
        var blocks = [sections.next("数据来源", "Sources")]
        var sources: [Text] = []
        for assessment in result.assessments {
            let used = assessment.series + (assessment.reference.map { [$0] } ?? [])
            let given = Self.grouped(used.map { ($0.source, $0.year) }, labels.language)
            let notes = Self.grouped(used.map { ($0.note, $0.year) }, labels.language)
            guard !given.isEmpty || !notes.isEmpty else { continue }
            let separator = pick("；", "; ")
            func item(_ entry: (text: String, years: String)) -> String { entry.text + pick("（\(entry.years)）", " (\(entry.years))") }
            var text = given.map(item).joined(separator: separator)
            if !notes.isEmpty {
                text += (text.isEmpty ? "" : separator) + pick("备注：", "notes: ") + notes.map(item).joined(separator: separator)
            }
            sources.append(Text(bold: labels.name(assessment.indicator)) + Text(pick("：", ": ")) + Text(TextNormalization.singleLine(text)))
        }
        if sources.isEmpty {
            blocks.append(body(pick("所用数据未注明来源。", "The data used gives no sources.")))
        } else {
            blocks.append(.list(sources))
        }
        return blocks
    }

    // MARK: - Parts

    private func body(_ text: String) -> Block { .paragraph(Text(text), style: .body) }

    /// The next numbered section's heading: 一、二、… in Chinese, 1. 2. … in English.
    struct Sections {
        let language: Language
        private(set) var number = 0

        init(language: Language) {
            self.language = language
        }

        mutating func next(_ zh: String, _ en: String) -> Block {
            number += 1
            let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
            return .heading(level: 2, text: language == .zh ? "\(numerals[min(number, numerals.count) - 1])、\(zh)" : "\(number). \(en)")
        }
    }

    /// Distinct non-empty texts in first-seen order, each with the years it was given for.
    static func grouped(_ items: [(text: String, year: Int)], _ language: Language) -> [(text: String, years: String)] {
        var order: [String] = []
        var years: [String: [Int]] = [:]
        for item in items where !item.text.isEmpty {
            if years[item.text] == nil { order.append(item.text) }
            years[item.text, default: []].append(item.year)
        }
        return order.map { ($0, NumberText.years(years[$0, default: []], language)) }
    }

    private func countSentence(_ summary: Summary) -> String {
        func part(_ attribute: Attribute) -> String {
            let counts = attribute == .binding ? summary.binding : summary.expected
            let ok = (counts[.achieved] ?? 0) + (counts[.onTrack] ?? 0)
            let short = Status.allCases.filter(\.isShortfall).reduce(0) { $0 + (counts[$1] ?? 0) }
            let unknown = (counts[.noData] ?? 0) + (counts[.insufficientData] ?? 0)
            let total = summary.count(attribute)
            if zh {
                return "\(labels.attribute(attribute))指标\(total)项中，已达标或符合进度\(ok)项，\(attribute == .binding ? "存在风险" : "滞后")\(short)项，无数据或数据不足\(unknown)项"
            }
            return "of the \(total) \(attribute.rawValue) indicators, \(ok) achieved or on track, \(short) \(attribute == .binding ? "at risk" : "lagging"), \(unknown) without enough data"
        }
        let text = part(.binding) + pick("；", "; ") + part(.expected) + pick("。", ".")
        return zh ? text : text.prefix(1).uppercased() + text.dropFirst()
    }

    /// 目标完成情况: the final evaluation's count, targets reached or not, per attribute, and how
    /// many verdicts rest on a value older than the target year.
    private func completionSentence(_ summary: Summary, gaps: Int, targetYear: Int) -> String {
        func part(_ attribute: Attribute) -> String {
            let counts = attribute == .binding ? summary.binding : summary.expected
            let done = counts[.achieved] ?? 0
            let unknown = (counts[.noData] ?? 0) + (counts[.insufficientData] ?? 0)
            let missed = summary.count(attribute) - done - unknown
            return zh ? "\(labels.attribute(attribute))指标\(summary.count(attribute))项，已完成\(done)项，未完成\(missed)项，无数据或数据不足\(unknown)项"
                : "\(attribute.rawValue) indicators (\(summary.count(attribute))): \(done) achieved, \(missed) not achieved, \(unknown) without enough data"
        }
        let stale = gaps == 0 ? "" : pick("其中\(gaps)项\(targetYear)年数据暂缺，按最新年份的数据判断。",
                                          gaps == 1 ? " One has no \(targetYear) value and is judged on its latest." : " \(gaps) have no \(targetYear) value and are judged on their latest.")
        return pick("目标完成情况：", "Targets: ") + part(.binding) + pick("；", "; ") + part(.expected) + pick("。", ".") + stale
    }

    /// The matrix of regions with any value (values and status words), the regions without any
    /// named in a sentence, then the binding indicators at risk, district by district.
    private func regionsSection(_ comparison: RegionComparison) -> [Block] {
        let plan = comparison.plan
        let shown = comparison.regions.filter { $0.region == plan.region || $0.hasValues }
        let silent = comparison.regions.filter { $0.region != plan.region && !$0.hasValues }.map(\.region)
        let byName = Dictionary(comparison.regions.map { ($0.region, $0) }, uniquingKeysWith: { first, _ in first })
        let final = comparison.year >= plan.targetYear
        var blocks: [Block] = [body(final
            ? pick("各地区均按其自身基线评估；单元格为\(comparison.year)年的报告值及是否完成目标，\(comparison.year)年数据暂缺的为最新年份的数值（括号内为年份）。",
                   "Each region is assessed on its own baseline; a cell is its \(comparison.year) value and whether the target was achieved, or where \(comparison.year) is missing its latest value (with its year).")
            : pick("各地区均按其自身基线评估；单元格为不晚于\(comparison.year)年的最新报告值及其状态。",
                   "Each region is assessed on its own baseline; a cell is its latest value reported for \(comparison.year) or earlier, and its status."))]
        let columns = [Table.Column(labels.indicator, .name)] + shown.map { Table.Column(labels.region($0.region, plan: plan), .valueWithStatus) }
        let rows = plan.indicators.enumerated().map { index, indicator -> [String] in
            let name = labels.name(indicator) + (indicator.attribute == .binding ? pick("（约束性）", " (binding)") : "")
            return [name] + shown.map { region in
                let assessment = region.assessments[index]
                let status = labels.status(of: assessment)
                let year = assessment.isDataGap ? assessment.year.map { pick("（\($0)）", " (\($0))") } ?? "" : ""
                return assessment.value.map { NumberText.plain($0) + year + (year.isEmpty || !zh ? " " : "") + status } ?? status
            }
        }
        blocks.append(.table(Table(columns: columns, rows: rows, kind: .regions)))
        // A region judged on its own plan's targets says so: the same row means another target there.
        blocks += shown.compactMap { labels.ownTargetsNote($0.assessments, plan: plan).map(body) }
        if !silent.isEmpty {
            blocks.append(body(pick("未报送数据的地区：\(silent.joined(separator: "、"))。",
                                    "Regions without any value: \(silent.map { labels.region($0, plan: plan) }.joined(separator: ", ")).")))
        }
        let atRisk = comparison.bindingAtRisk.filter { !$0.regions.isEmpty }
        if atRisk.isEmpty {
            blocks.append(body(final ? pick("各地区均没有未完成的约束性指标。", "No region missed a binding target.")
                                     : pick("没有地区存在约束性指标风险。", "No region has a binding indicator at risk.")))
            return blocks
        }
        blocks.append(body(final ? pick("未完成的约束性指标，按地区：", "Binding targets not achieved, by region:")
                                 : pick("存在风险的约束性指标，按地区：", "Binding indicators at risk, by region:")))
        var items: [Text] = []
        for (indicator, regions) in atRisk {
            guard let position = plan.index(of: indicator.id) else { continue }
            let details = regions.compactMap { name -> String? in
                guard let region = byName[name] else { return nil }
                let assessment = region.assessments[position]
                let status = labels.verdict(of: assessment)
                let unit = labels.unit(indicator)
                let value = assessment.value.map { NumberText.plain($0) + (zh || unit == "%" || unit == "‰" ? unit : " " + unit) } ?? "—"
                // In the final evaluation the sentence says they were not achieved; the year is said where it is older.
                if final {
                    let year = assessment.isDataGap ? assessment.year.map { pick("，\($0)年", ", \($0)") } ?? "" : ""
                    return pick("\(name)（\(value)\(year)）", "\(labels.region(name, plan: plan)) (\(value)\(year))")
                }
                return pick("\(name)（\(value)，\(status)）", "\(labels.region(name, plan: plan)) (\(value), \(status))")
            }
            let ending = final ? pick("未完成。", " not achieved.") : pick("存在风险。", " at risk.")
            items.append(Text(bold: labels.name(indicator)) + Text(pick("：", ": ")) + Text(details.joined(separator: pick("、", "; ")) + ending))
        }
        blocks.append(.list(items))
        return blocks
    }

    private func names(_ assessments: [Assessment]) -> String {
        assessments.map { labels.name($0.indicator) }.joined(separator: pick("、", ", "))
    }

    /// Indicators in detail. The final evaluation has no pace needed or projection: the years
    /// they would speak of are over; it shows how far each target was completed instead.
    private func detailTable(_ assessments: [Assessment], plan: Plan, showAttribute: Bool, isFinal: Bool) -> Table {
        let narrative = Narrative(language: labels.language, plan: plan)
        var columns = [Table.Column(labels.indicator, .name)]
        if showAttribute { columns.append(Table.Column(labels.attributeHeader, .text)) }
        columns += [Table.Column(pick("最新值（年份）", "Latest (year)"), .number), Table.Column(pick("目标", "Target"), .text),
                    Table.Column(pick("差距", "Gap"), .number)]
        if isFinal {
            columns += [Table.Column(labels.completionHeader, .number), Table.Column(pick("实际年均进度", "Pace so far"), .number)]
        } else {
            columns += [Table.Column(pick("所需年均进度", "Pace needed"), .number), Table.Column(pick("实际年均进度", "Pace so far"), .number),
                        Table.Column(pick("\(plan.targetYear)年预测", "\(plan.targetYear) projection"), .number)]
        }
        columns.append(Table.Column(labels.statusHeader, .status))
        let rows = assessments.map { a -> [String] in
            let indicator = a.indicator
            var cells = [labels.name(indicator)]
            if showAttribute { cells.append(labels.attribute(indicator.attribute)) }
            let year = a.year.map(String.init) ?? ""
            cells.append(a.value.map { narrative.quantity($0, indicator) + pick("（\(year)）", " (\(year))") } ?? "—")
            cells.append(labels.targetShown(a, plan: plan))
            // A target reached has no gap left: saying so reads better than a negative number.
            cells.append(a.gap.map { $0 <= 0 && a.status == .achieved ? pick("已达到", "met") : NumberText.rounded($0) } ?? "—")
            if isFinal {
                cells.append(labels.completion(of: a) ?? "—")
                cells.append(a.paceSoFar.map { NumberText.rounded($0) } ?? "—")
                cells.append(labels.verdict(of: a))
            } else {
                cells.append(a.paceNeeded.map { NumberText.rounded($0) } ?? "—")
                cells.append(a.paceSoFar.map { NumberText.rounded($0) } ?? "—")
                let few = a.projectionPoints < 3 ? pick("，仅\(a.projectionPoints)点", ", \(a.projectionPoints) values") : ""
                cells.append(a.projected.map { NumberText.rounded($0) + (a.projectedMet == true ? pick("（可达标\(few)）", " (met\(few))") : pick("（难达标\(few)）", " (missed\(few))")) } ?? "—")
                cells.append(labels.status(of: a))
            }
            return cells
        }
        return Table(columns: columns, rows: rows, kind: .detail)
    }

    /// One domain's indicators, a column per year since the baseline: in the final evaluation
    /// with how far each target was completed, and no time elapsed (the whole period has).
    private func domainTable(_ assessments: [Assessment], plan: Plan, year: Int, isFinal: Bool) -> Table {
        let years = Array(stride(from: plan.baselineYear + 1, through: max(year, plan.baselineYear + 1), by: 1))
        var columns = [Table.Column(labels.indicator, .name), Table.Column(labels.unitHeader, .text),
                       Table.Column(labels.baselineHeader(plan.baselineYear), .number), Table.Column(labels.targetHeader(plan.targetYear), .text)]
            + years.map { Table.Column(String($0), .number) }
        columns += isFinal ? [Table.Column(labels.completionHeader, .number)]
                           : [Table.Column(labels.progress, .number), Table.Column(labels.expected, .number)]
        columns.append(Table.Column(labels.statusHeader, .status))
        let rows = assessments.map { a -> [String] in
            let indicator = a.indicator
            var cells = [labels.name(indicator), labels.unit(indicator), labels.baselineShown(a), labels.targetShown(a, plan: plan)]
            for column in years {
                cells.append(a.series.first { $0.year == column }.map { NumberText.plain($0.value) } ?? "—")
            }
            if isFinal {
                cells.append(labels.completion(of: a) ?? "—")
                cells.append(labels.verdict(of: a))
            } else {
                cells.append(a.isMissingBaseline ? labels.completion(of: a) ?? "—" : a.progress.map { NumberText.percent($0) } ?? "—")
                cells.append(a.expectedProgress.map { NumberText.percent($0) } ?? "—")
                cells.append(labels.status(of: a))
            }
            return cells
        }
        return Table(columns: columns, rows: rows, kind: .domain)
    }
}
