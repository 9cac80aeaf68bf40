/// The year's progress report (年度监测) in GitHub-flavoured Markdown with pipe tables, so it
/// converts cleanly to .docx with pandoc. Text from data files is escaped with `MarkdownText`.
public struct MarkdownReport: Sendable {
    let labels: Labels
    /// Relative links to each indicator's chart, by indicator id; empty for no charts.
    public let chartLinks: [Indicator.ID: String]
    /// When given, a section comparing the regions follows the tables by domain.
    public let comparison: RegionComparison?

    public init(language: Language, chartLinks: [Indicator.ID: String] = [:], comparison: RegionComparison? = nil) {
        self.labels = Labels(language)
        self.chartLinks = chartLinks
        self.comparison = comparison
    }

    /// The heading of the next numbered section: 一、二、… in Chinese, 1. 2. … in English.
    private func section(_ number: inout Int, _ zh: String, _ en: String) -> String {
        number += 1
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return "## " + pick("\(numerals[min(number, numerals.count) - 1])、\(zh)", "\(number). \(en)") + "\n\n"
    }

    private var zh: Bool { labels.language == .zh }
    private func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }
    private func escaped(_ text: String) -> String { MarkdownText.escape(text) }

    public func render(_ result: PlanAssessment) -> String {
        let plan = result.plan
        let narrative = Narrative(language: labels.language, targetYear: plan.targetYear)
        let region = labels.region(result.region, plan: plan)
        // From the target year on the report is the plan's final evaluation (终期评估): whether each
        // target was reached, with no projection to a year that has already come.
        let isFinal = result.year >= plan.targetYear
        let title = isFinal
            ? pick("\(plan.name)：\(region)终期评估报告（\(result.year)年）", "\(plan.nameEn): \(region), final evaluation (\(result.year))")
            : pick("\(plan.name)：\(region)\(result.year)年度监测报告", "\(plan.nameEn): \(region), monitoring report \(result.year)")
        var out = "# " + escaped(title) + "\n\n"
        out += escaped(pick("评估年份：\(result.year)年；基线年：\(plan.baselineYear)年；目标年：\(plan.targetYear)年。每项指标取不晚于\(result.year)年的最新报告值。",
                      "Evaluation year \(result.year); baseline \(plan.baselineYear); target \(plan.targetYear). Each indicator uses its latest value reported for \(result.year) or earlier.")) + "\n\n"

        // 1. Summary in sentences.
        let summary = result.summary
        var number = 0
        out += section(&number, "总体情况", "Summary")
        out += escaped(isFinal ? completionSentence(summary) : countSentence(summary, result.assessments)) + "\n\n"
        if let others = labels.otherRegions(result.otherRegions) {
            out += escaped(others + pick("。", ".")) + "\n\n"
        }
        if summary.bindingAtRisk.isEmpty {
            out += escaped(isFinal ? pick("没有未完成的约束性指标。", "No binding target was missed.")
                                   : pick("没有存在风险的约束性指标。", "No binding indicator is at risk.")) + "\n\n"
        } else {
            out += escaped(isFinal ? pick("未完成的约束性指标：", "Binding targets not achieved:") : pick("存在风险的约束性指标：", "Binding indicators at risk:")) + "\n\n"
            for assessment in summary.bindingAtRisk { out += "- " + escaped(narrative.sentence(assessment)) + "\n" }
            out += "\n"
        }

        // 2. Binding indicators first.
        out += section(&number, "约束性指标", "Binding indicators")
        out += detailTable(result.assessments.filter { $0.indicator.attribute == .binding }, plan: plan, showAttribute: false, isFinal: isFinal) + "\n"

        // 3. At risk or lagging, most serious first.
        out += section(&number, "滞后与存在风险的指标", "Indicators at risk or lagging")
        let lagging = Summary.bySeverity(result.assessments.filter { $0.status.isShortfall })
        if lagging.isEmpty {
            out += escaped(pick("没有滞后的指标。", "No indicator is lagging.")) + "\n\n"
        } else {
            out += escaped(pick("按严重程度排列：未达标、逆向变化、明显滞后、略有滞后。", "Most serious first: not met, moving away, behind, slightly behind.")) + "\n\n"
            out += detailTable(lagging, plan: plan, showAttribute: true, isFinal: isFinal) + "\n"
        }

        // 4. One table per domain.
        out += section(&number, "分领域指标进展", "Indicators by domain")
        for domain in plan.domains {
            let rows = result.assessments.filter { $0.indicator.domainID == domain.id }
            guard !rows.isEmpty else { continue }
            out += "### " + escaped(labels.name(domain)) + "\n\n"
            out += domainTable(rows, plan: plan, year: result.year) + "\n"
            let charts = rows.compactMap { row in chartLinks[row.indicator.id].map { (row.indicator, $0) } }
            for (indicator, link) in charts {
                out += "![\(escaped(labels.name(indicator)))](\(linkTarget(link)))\n\n"
            }
        }
        if result.assessments.contains(where: { $0.baseline?.isProvisional == true }) {
            out += escaped(labels.provisionalFootnote) + "\n\n"
        }
        let milestones = result.assessments.compactMap(narrative.milestoneSentence)
        if !milestones.isEmpty {
            out += "### " + pick("年度目标", "Milestones") + "\n\n"
            for sentence in milestones { out += "- " + escaped(sentence) + "\n" }
            out += "\n"
        }

        if let comparison {
            out += section(&number, "各地区对比", "Regions compared")
            out += regionsSection(comparison)
        }

        // Data gaps.
        out += section(&number, "数据缺口", "Data gaps")
        let noData = result.assessments.filter { $0.status == .noData }
        let insufficient = result.assessments.filter { $0.status == .insufficientData }
        if noData.isEmpty && insufficient.isEmpty {
            out += escaped(pick("所有指标均有可用数据。", "Every indicator has usable data.")) + "\n\n"
        } else {
            if !noData.isEmpty {
                out += "- " + escaped(pick("无数据（\(noData.count)项）：", "No data (\(noData.count)): ") + names(noData)) + "\n"
            }
            if !insufficient.isEmpty {
                out += "- " + escaped(pick("数据不足（\(insufficient.count)项，缺少基线，仅一个年份的数据）：",
                                     "Insufficient data (\(insufficient.count); no baseline and a single year): ") + names(insufficient)) + "\n"
            }
            out += "\n"
        }

        // Sources, and the notes given with the values.
        out += section(&number, "数据来源", "Sources")
        var anySource = false
        for assessment in result.assessments {
            let used = assessment.series + (assessment.reference.map { [$0] } ?? [])
            let sources = Self.grouped(used.map { ($0.source, $0.year) })
            let notes = Self.grouped(used.map { ($0.note, $0.year) })
            guard !sources.isEmpty || !notes.isEmpty else { continue }
            anySource = true
            let separator = pick("；", "; ")
            func item(_ entry: (text: String, years: String)) -> String { entry.text + pick("（\(entry.years)）", " (\(entry.years))") }
            var text = sources.map(item).joined(separator: separator)
            if !notes.isEmpty {
                text += (text.isEmpty ? "" : separator) + pick("备注：", "notes: ") + notes.map(item).joined(separator: separator)
            }
            out += "- **" + escaped(labels.name(assessment.indicator)) + "**" + pick("：", ": ") + escaped(text) + "\n"
        }
        out += anySource ? "\n" : escaped(pick("所用数据未注明来源。", "The data used gives no sources.")) + "\n\n"

        if !result.warnings.isEmpty {
            out += "## " + pick("数据提示", "Data warnings") + "\n\n"
            for warning in result.warnings { out += "- " + escaped(warning.text(in: labels.language)) + "\n" }
            out += "\n"
        }

        out += "## " + pick("附：方法说明", "Appendix: method") + "\n\n"
        for line in MethodNotes(plan: plan, language: labels.language).lines { out += "- " + escaped(line) + "\n" }
        return out
    }

    // MARK: - Parts

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

    private func countSentence(_ summary: Summary, _ assessments: [Assessment]) -> String {
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
    private func regionsSection(_ comparison: RegionComparison) -> String {
        let plan = comparison.plan
        let shown = comparison.regions.filter { $0.region == plan.region || $0.hasValues }
        let silent = comparison.regions.filter { $0.region != plan.region && !$0.hasValues }.map(\.region)
        let byName = Dictionary(comparison.regions.map { ($0.region, $0) }, uniquingKeysWith: { first, _ in first })
        var out = escaped(pick("各地区均按其自身基线评估；单元格为不晚于\(comparison.year)年的最新报告值及其状态。",
                               "Each region is assessed on its own baseline; a cell is its latest value reported for \(comparison.year) or earlier, and its status.")) + "\n\n"
        out += "| " + ([labels.indicator] + shown.map { labels.region($0.region, plan: plan) }).map(escaped).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: shown.count + 1) + "\n"
        for (index, indicator) in plan.indicators.enumerated() {
            let name = labels.name(indicator) + (indicator.attribute == .binding ? pick("（约束性）", " (binding)") : "")
            let cells = shown.map { region -> String in
                let assessment = region.assessments[index]
                let status = labels.status(assessment.status, kind: indicator.target.kind)
                return assessment.value.map { NumberText.plain($0) + " " + status } ?? status
            }
            out += "| " + ([name] + cells).map(escaped).joined(separator: " | ") + " |\n"
        }
        out += "\n"
        if !silent.isEmpty {
            out += escaped(pick("未报送数据的地区：\(silent.joined(separator: "、"))。",
                                "Regions without any value: \(silent.map { labels.region($0, plan: plan) }.joined(separator: ", ")).")) + "\n\n"
        }
        let atRisk = comparison.bindingAtRisk.filter { !$0.regions.isEmpty }
        if atRisk.isEmpty {
            out += escaped(pick("没有地区存在约束性指标风险。", "No region has a binding indicator at risk.")) + "\n\n"
            return out
        }
        out += escaped(pick("存在风险的约束性指标，按地区：", "Binding indicators at risk, by region:")) + "\n\n"
        for (indicator, regions) in atRisk {
            let position = plan.indicators.firstIndex { $0.id == indicator.id } ?? 0
            let details = regions.compactMap { name -> String? in
                guard let region = byName[name] else { return nil }
                let assessment = region.assessments[position]
                let status = labels.status(assessment.status, kind: indicator.target.kind)
                let unit = labels.unit(indicator)
                let value = assessment.value.map { NumberText.plain($0) + (zh || unit == "%" || unit == "‰" ? unit : " " + unit) } ?? "—"
                return pick("\(name)（\(value)，\(status)）", "\(labels.region(name, plan: plan)) (\(value), \(status))")
            }
            out += "- **" + escaped(labels.name(indicator)) + "**" + pick("：", ": ")
                + escaped(details.joined(separator: pick("、", "; ")) + pick("存在风险。", " at risk.")) + "\n"
        }
        return out + "\n"
    }

    private func names(_ assessments: [Assessment]) -> String {
        assessments.map { labels.name($0.indicator) }.joined(separator: pick("、", ", "))
    }

    /// - Parameter isFinal: the final evaluation, which has no projection column.
    private func detailTable(_ assessments: [Assessment], plan: Plan, showAttribute: Bool, isFinal: Bool) -> String {
        let narrative = Narrative(language: labels.language, targetYear: plan.targetYear)
        var header = [labels.indicator]
        if showAttribute { header.append(labels.attributeHeader) }
        header += [pick("最新值（年份）", "Latest (year)"), pick("目标", "Target"), pick("差距", "Gap"),
                   pick("所需年均进度", "Pace needed"), pick("实际年均进度", "Pace so far")]
        if !isFinal { header.append(pick("\(plan.targetYear)年预测", "\(plan.targetYear) projection")) }
        header.append(labels.statusHeader)
        var right = [false]
        if showAttribute { right.append(false) }
        right += [true, false, true, true, true] + (isFinal ? [] : [true]) + [false]
        var lines = [MarkdownText.header(header.map(escaped), rightAligned: right)]
        for a in assessments {
            let indicator = a.indicator
            var cells = [escaped(labels.name(indicator))]
            if showAttribute { cells.append(escaped(labels.attribute(indicator.attribute))) }
            let year = a.year.map(String.init) ?? ""
            cells.append(a.value.map { escaped(narrative.quantity($0, indicator)) + pick("（\(year)）", " (\(year))") } ?? "—")
            cells.append(escaped(labels.targetText(indicator)))
            // Numbers are written by plan-track, not taken from data: they need no escaping.
            // A target reached has no gap left: saying so reads better than a negative number.
            cells.append(a.gap.map { $0 <= 0 && a.status == .achieved ? pick("已达到", "met") : NumberText.rounded($0) } ?? "—")
            cells.append(a.paceNeeded.map { NumberText.rounded($0) } ?? "—")
            cells.append(a.paceSoFar.map { NumberText.rounded($0) } ?? "—")
            if !isFinal {
                let few = a.projectionPoints < 3 ? pick("，仅\(a.projectionPoints)点", ", \(a.projectionPoints) values") : ""
                cells.append(a.projected.map { NumberText.rounded($0) + (a.projectedMet == true ? pick("（可达标\(few)）", " (met\(few))") : pick("（难达标\(few)）", " (missed\(few))")) } ?? "—")
            }
            cells.append(escaped(labels.status(a.status, kind: indicator.target.kind)))
            lines.append(MarkdownText.row(cells))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func domainTable(_ assessments: [Assessment], plan: Plan, year: Int) -> String {
        let years = Array(stride(from: plan.baselineYear + 1, through: max(year, plan.baselineYear + 1), by: 1))
        let header = [labels.indicator, labels.unitHeader, labels.baselineHeader(plan.baselineYear), labels.targetHeader(plan.targetYear)]
            + years.map { String($0) } + [labels.progress, labels.expected, labels.statusHeader]
        let right = [false, false, true, false] + years.map { _ in true } + [true, true, false]
        var lines = [MarkdownText.header(header.map(escaped), rightAligned: right)]
        for a in assessments {
            let indicator = a.indicator
            var cells = [escaped(labels.name(indicator)), escaped(labels.unit(indicator)), escaped(labels.baselineShown(a)), escaped(labels.targetText(indicator))]
            for column in years {
                cells.append(a.series.first { $0.year == column }.map { NumberText.plain($0.value) } ?? "—")
            }
            cells.append(a.progress.map { NumberText.percent($0) } ?? "—")
            cells.append(a.expectedProgress.map { NumberText.percent($0) } ?? "—")
            cells.append(escaped(labels.status(a.status, kind: indicator.target.kind)))
            lines.append(MarkdownText.row(cells))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A link target; one with spaces or parentheses goes in angle brackets, which CommonMark and pandoc accept.
    private func linkTarget(_ path: String) -> String {
        let escaped = path.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return escaped.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<" + escaped + ">" : escaped
    }
}
