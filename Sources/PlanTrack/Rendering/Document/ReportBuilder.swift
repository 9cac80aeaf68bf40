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

    init(language: Language, includesCharts: Bool, comparison: RegionComparison?) {
        self.labels = Labels(language)
        self.includesCharts = includesCharts
        self.comparison = comparison
    }

    private var zh: Bool { labels.language == .zh }
    private func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    func build(_ result: PlanAssessment) -> ReportDocument {
        var blocks: [Block] = []
        let plan = result.plan
        let narrative = Narrative(language: labels.language, targetYear: plan.targetYear)
        let region = labels.region(result.region, plan: plan)
        // From the target year on the report is the plan's final evaluation (终期评估): whether each
        // target was reached, with no projection to a year that has already come.
        let isFinal = result.year >= plan.targetYear
        let title = isFinal
            ? pick("\(plan.name)：\(region)终期评估报告（\(result.year)年）", "\(plan.nameEn): \(region), final evaluation (\(result.year))")
            : pick("\(plan.name)：\(region)\(result.year)年度监测报告", "\(plan.nameEn): \(region), monitoring report \(result.year)")
        blocks.append(.heading(level: 1, text: title))
        blocks.append(body(pick("评估年份：\(result.year)年；基线年：\(plan.baselineYear)年；目标年：\(plan.targetYear)年。每项指标取不晚于\(result.year)年的最新报告值。",
                                "Evaluation year \(result.year); baseline \(plan.baselineYear); target \(plan.targetYear). Each indicator uses its latest value reported for \(result.year) or earlier.")))
        var sections = Sections(language: labels.language)

        // 1. Summary in sentences.
        let summary = result.summary
        blocks.append(sections.next("总体情况", "Summary"))
        blocks.append(body(isFinal ? completionSentence(summary) : countSentence(summary)))
        if let others = labels.otherRegions(result.otherRegions) {
            blocks.append(body(others + pick("。", ".")))
        }
        if summary.bindingAtRisk.isEmpty {
            blocks.append(body(isFinal ? pick("没有未完成的约束性指标。", "No binding target was missed.")
                                       : pick("没有存在风险的约束性指标。", "No binding indicator is at risk.")))
        } else {
            blocks.append(body(isFinal ? pick("未完成的约束性指标：", "Binding targets not achieved:") : pick("存在风险的约束性指标：", "Binding indicators at risk:")))
            blocks.append(.list(summary.bindingAtRisk.map { Text(narrative.sentence($0)) }))
        }

        // 2. Binding indicators first.
        blocks.append(sections.next("约束性指标", "Binding indicators"))
        blocks.append(.table(detailTable(result.assessments.filter { $0.indicator.attribute == .binding }, plan: plan, showAttribute: false, isFinal: isFinal)))

        // 3. At risk or lagging, most serious first.
        blocks.append(sections.next("滞后与存在风险的指标", "Indicators at risk or lagging"))
        let lagging = Summary.bySeverity(result.assessments.filter { $0.status.isShortfall })
        if lagging.isEmpty {
            blocks.append(body(pick("没有滞后的指标。", "No indicator is lagging.")))
        } else {
            blocks.append(body(pick("按严重程度排列：未达标、逆向变化、明显滞后、略有滞后。", "Most serious first: not met, moving away, behind, slightly behind.")))
            blocks.append(.table(detailTable(lagging, plan: plan, showAttribute: true, isFinal: isFinal)))
        }

        // 4. One table per domain, each followed by its indicators' charts.
        blocks.append(sections.next("分领域指标进展", "Indicators by domain"))
        for domain in plan.domains {
            let rows = result.assessments.filter { $0.indicator.domainID == domain.id }
            guard !rows.isEmpty else { continue }
            blocks.append(.heading(level: 3, text: labels.name(domain)))
            blocks.append(.table(domainTable(rows, plan: plan, year: result.year)))
            if includesCharts {
                for row in rows {
                    if let chart = ChartData(row, language: labels.language, baselineYear: plan.baselineYear, targetYear: plan.targetYear) {
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

        if let comparison {
            blocks.append(sections.next("各地区对比", "Regions compared"))
            blocks += regionsSection(comparison)
        }

        // Data gaps.
        blocks.append(sections.next("数据缺口", "Data gaps"))
        let noData = result.assessments.filter { $0.status == .noData }
        let insufficient = result.assessments.filter { $0.status == .insufficientData }
        if noData.isEmpty && insufficient.isEmpty {
            blocks.append(body(pick("所有指标均有可用数据。", "Every indicator has usable data.")))
        } else {
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
            blocks.append(.list(items))
        }

        // Sources, and the notes given with the values.
        blocks.append(sections.next("数据来源", "Sources"))
        var sources: [Text] = []
        for assessment in result.assessments {
            let used = assessment.series + (assessment.reference.map { [$0] } ?? [])
            let given = Self.grouped(used.map { ($0.source, $0.year) })
            let notes = Self.grouped(used.map { ($0.note, $0.year) })
            guard !given.isEmpty || !notes.isEmpty else { continue }
            let separator = pick("；", "; ")
            func item(_ entry: (text: String, years: String)) -> String { entry.text + pick("（\(entry.years)）", " (\(entry.years))") }
            var text = given.map(item).joined(separator: separator)
            if !notes.isEmpty {
                text += (text.isEmpty ? "" : separator) + pick("备注：", "notes: ") + notes.map(item).joined(separator: separator)
            }
            sources.append(Text(bold: labels.name(assessment.indicator)) + Text(pick("：", ": ")) + Text(text))
        }
        if sources.isEmpty {
            blocks.append(body(pick("所用数据未注明来源。", "The data used gives no sources.")))
        } else {
            blocks.append(.list(sources))
        }

        if !result.warnings.isEmpty {
            blocks.append(.heading(level: 2, text: pick("数据提示", "Data warnings")))
            blocks.append(.list(result.warnings.map { Text($0.text(in: labels.language)) }))
        }

        blocks.append(.heading(level: 2, text: pick("附：方法说明", "Appendix: method")))
        blocks.append(.list(MethodNotes(plan: plan, language: labels.language).lines.map { Text($0) }))
        return ReportDocument(title: title, language: labels.language, blocks: blocks)
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
    static func grouped(_ items: [(text: String, year: Int)]) -> [(text: String, years: String)] {
        var order: [String] = []
        var years: [String: [Int]] = [:]
        for item in items where !item.text.isEmpty {
            if years[item.text] == nil { order.append(item.text) }
            years[item.text, default: []].append(item.year)
        }
        return order.map { ($0, years[$0, default: []].map(String.init).joined(separator: "、")) }
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

    /// 目标完成情况: the final evaluation's count, targets reached or not, per attribute.
    private func completionSentence(_ summary: Summary) -> String {
        func part(_ attribute: Attribute) -> String {
            let counts = attribute == .binding ? summary.binding : summary.expected
            let done = counts[.achieved] ?? 0
            let unknown = (counts[.noData] ?? 0) + (counts[.insufficientData] ?? 0)
            let missed = summary.count(attribute) - done - unknown
            return zh ? "\(labels.attribute(attribute))指标\(summary.count(attribute))项，已完成\(done)项，未完成\(missed)项，无数据或数据不足\(unknown)项"
                : "\(attribute.rawValue) indicators (\(summary.count(attribute))): \(done) achieved, \(missed) not achieved, \(unknown) without enough data"
        }
        return pick("目标完成情况：", "Targets: ") + part(.binding) + pick("；", "; ") + part(.expected) + pick("。", ".")
    }

    /// The matrix of regions with any value (values and status words), the regions without any
    /// named in a sentence, then the binding indicators at risk, district by district.
    private func regionsSection(_ comparison: RegionComparison) -> [Block] {
        let plan = comparison.plan
        let shown = comparison.regions.filter { $0.region == plan.region || $0.hasValues }
        let silent = comparison.regions.filter { $0.region != plan.region && !$0.hasValues }.map(\.region)
        let byName = Dictionary(comparison.regions.map { ($0.region, $0) }, uniquingKeysWith: { first, _ in first })
        var blocks: [Block] = [body(pick("各地区均按其自身基线评估；单元格为不晚于\(comparison.year)年的最新报告值及其状态。",
                                         "Each region is assessed on its own baseline; a cell is its latest value reported for \(comparison.year) or earlier, and its status."))]
        let columns = [Table.Column(labels.indicator, .name)] + shown.map { Table.Column(labels.region($0.region, plan: plan), .valueWithStatus) }
        let rows = plan.indicators.enumerated().map { index, indicator -> [String] in
            let name = labels.name(indicator) + (indicator.attribute == .binding ? pick("（约束性）", " (binding)") : "")
            return [name] + shown.map { region in
                let assessment = region.assessments[index]
                let status = labels.status(assessment.status, kind: indicator.target.kind)
                return assessment.value.map { NumberText.plain($0) + " " + status } ?? status
            }
        }
        blocks.append(.table(Table(columns: columns, rows: rows, kind: .regions)))
        if !silent.isEmpty {
            blocks.append(body(pick("未报送数据的地区：\(silent.joined(separator: "、"))。",
                                    "Regions without any value: \(silent.map { labels.region($0, plan: plan) }.joined(separator: ", ")).")))
        }
        let atRisk = comparison.bindingAtRisk.filter { !$0.regions.isEmpty }
        if atRisk.isEmpty {
            blocks.append(body(pick("没有地区存在约束性指标风险。", "No region has a binding indicator at risk.")))
            return blocks
        }
        blocks.append(body(pick("存在风险的约束性指标，按地区：", "Binding indicators at risk, by region:")))
        var items: [Text] = []
        for (indicator, regions) in atRisk {
            guard let position = plan.index(of: indicator.id) else { continue }
            let details = regions.compactMap { name -> String? in
                guard let region = byName[name] else { return nil }
                let assessment = region.assessments[position]
                let status = labels.status(assessment.status, kind: indicator.target.kind)
                let unit = labels.unit(indicator)
                let value = assessment.value.map { NumberText.plain($0) + (zh || unit == "%" || unit == "‰" ? unit : " " + unit) } ?? "—"
                return pick("\(name)（\(value)，\(status)）", "\(labels.region(name, plan: plan)) (\(value), \(status))")
            }
            items.append(Text(bold: labels.name(indicator)) + Text(pick("：", ": ")) + Text(details.joined(separator: pick("、", "; ")) + pick("存在风险。", " at risk.")))
        }
        blocks.append(.list(items))
        return blocks
    }

    private func names(_ assessments: [Assessment]) -> String {
        assessments.map { labels.name($0.indicator) }.joined(separator: pick("、", ", "))
    }

    /// - Parameter isFinal: the final evaluation, which has no projection column.
    private func detailTable(_ assessments: [Assessment], plan: Plan, showAttribute: Bool, isFinal: Bool) -> Table {
        let narrative = Narrative(language: labels.language, targetYear: plan.targetYear)
        var columns = [Table.Column(labels.indicator, .name)]
        if showAttribute { columns.append(Table.Column(labels.attributeHeader, .text)) }
        columns += [Table.Column(pick("最新值（年份）", "Latest (year)"), .number), Table.Column(pick("目标", "Target"), .text),
                    Table.Column(pick("差距", "Gap"), .number), Table.Column(pick("所需年均进度", "Pace needed"), .number),
                    Table.Column(pick("实际年均进度", "Pace so far"), .number)]
        if !isFinal { columns.append(Table.Column(pick("\(plan.targetYear)年预测", "\(plan.targetYear) projection"), .number)) }
        columns.append(Table.Column(labels.statusHeader, .status))
        let rows = assessments.map { a -> [String] in
            let indicator = a.indicator
            var cells = [labels.name(indicator)]
            if showAttribute { cells.append(labels.attribute(indicator.attribute)) }
            let year = a.year.map(String.init) ?? ""
            cells.append(a.value.map { narrative.quantity($0, indicator) + pick("（\(year)）", " (\(year))") } ?? "—")
            cells.append(labels.targetText(indicator))
            // A target reached has no gap left: saying so reads better than a negative number.
            cells.append(a.gap.map { $0 <= 0 && a.status == .achieved ? pick("已达到", "met") : NumberText.rounded($0) } ?? "—")
            cells.append(a.paceNeeded.map { NumberText.rounded($0) } ?? "—")
            cells.append(a.paceSoFar.map { NumberText.rounded($0) } ?? "—")
            if !isFinal {
                let few = a.projectionPoints < 3 ? pick("，仅\(a.projectionPoints)点", ", \(a.projectionPoints) values") : ""
                cells.append(a.projected.map { NumberText.rounded($0) + (a.projectedMet == true ? pick("（可达标\(few)）", " (met\(few))") : pick("（难达标\(few)）", " (missed\(few))")) } ?? "—")
            }
            cells.append(labels.status(a.status, kind: indicator.target.kind))
            return cells
        }
        return Table(columns: columns, rows: rows, kind: .detail)
    }

    private func domainTable(_ assessments: [Assessment], plan: Plan, year: Int) -> Table {
        let years = Array(stride(from: plan.baselineYear + 1, through: max(year, plan.baselineYear + 1), by: 1))
        let columns = [Table.Column(labels.indicator, .name), Table.Column(labels.unitHeader, .text),
                       Table.Column(labels.baselineHeader(plan.baselineYear), .number), Table.Column(labels.targetHeader(plan.targetYear), .text)]
            + years.map { Table.Column(String($0), .number) }
            + [Table.Column(labels.progress, .number), Table.Column(labels.expected, .number), Table.Column(labels.statusHeader, .status)]
        let rows = assessments.map { a -> [String] in
            let indicator = a.indicator
            var cells = [labels.name(indicator), labels.unit(indicator), labels.baselineShown(a), labels.targetText(indicator)]
            for column in years {
                cells.append(a.series.first { $0.year == column }.map { NumberText.plain($0.value) } ?? "—")
            }
            cells.append(a.progress.map { NumberText.percent($0) } ?? "—")
            cells.append(a.expectedProgress.map { NumberText.percent($0) } ?? "—")
            cells.append(labels.status(a.status, kind: indicator.target.kind))
            return cells
        }
        return Table(columns: columns, rows: rows, kind: .domain)
    }
}
