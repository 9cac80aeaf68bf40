/// `plan-track status` for the terminal: a summary, then one table per domain.
public struct StatusView: Sendable {
    let labels: Labels
    public let color: Bool
    /// The terminal's width, to cut long names; nil when not a terminal (never cut).
    public let maxWidth: Int?
    /// Tables and counts by lead department (牵头单位) instead of by domain.
    public let byLead: Bool

    public init(language: Language, color: Bool = false, maxWidth: Int? = nil, byLead: Bool = false) {
        self.labels = Labels(language)
        self.color = color
        self.maxWidth = maxWidth
        self.byLead = byLead
    }

    public func render(_ result: PlanAssessment) -> String {
        let plan = result.plan
        var out = ""
        out += style(labels.title(plan, region: labels.region(result.region, plan: plan), year: result.year), .bold) + "\n"
        out += labels.scope(plan, year: result.year) + "\n"
        if let own = labels.ownTargetsNote(result.assessments, plan: plan) { out += own + "\n" }
        out += "\n" + renderSummary(result) + "\n"
        var tables: [(String, TextTable)] = []
        let final = result.year >= plan.targetYear
        if byLead {
            for group in LeadGroup.groups(result.assessments) {
                tables.append((group.lead ?? labels.noLead, table(group.assessments, plan: plan, final: final)))
            }
        } else {
            for domain in plan.domains {
                let rows = result.assessments.filter { $0.indicator.domainID == domain.id }
                guard !rows.isEmpty else { continue }
                tables.append((labels.name(domain), table(rows, plan: plan, final: final)))
            }
        }
        let widths = TextTable.sharedWidths(tables.map(\.1), indent: 2, maxWidth: maxWidth)
        for (heading, table) in tables {
            out += style(heading, .bold) + "\n"
            out += table.render(indent: 2, widths: widths, color: color, peers: plan.indicators.map(labels.name)) + "\n"
        }
        let narrative = Narrative(language: labels.language, plan: plan)
        for assessment in result.assessments {
            let yearOnYear = narrative.yearOnYear(assessment)
            guard !yearOnYear.isEmpty else { continue }
            let separator = labels.language == .zh ? "；" : "; "
            out += labels.name(assessment.indicator) + (labels.language == .zh ? "：" : ": ") + yearOnYear.joined(separator: separator) + "\n"
        }
        for assessment in result.assessments {
            if let milestone = narrative.milestoneSentence(assessment) { out += milestone + "\n" }
        }
        if result.assessments.contains(where: { $0.baseline?.isProvisional == true }) {
            out += labels.provisionalFootnote + "\n"
        }
        if result.assessments.contains(where: \.isDataGap) {
            out += labels.dataGapFootnote(targetYear: plan.targetYear) + "\n"
        } else if result.assessments.contains(where: \.isStale) {
            out += labels.staleFootnote + "\n"
        }
        if !result.warnings.isEmpty {
            out += "\n" + labels.warnings(result.warnings.count) + "\n"
            for warning in result.warnings { out += "  " + warning.text(in: labels.language) + "\n" }
        }
        return maxWidth.map { DisplayWidth.wrap(out, width: $0) } ?? out
    }

    public func renderSummary(_ result: PlanAssessment) -> String {
        let summary = result.summary
        let final = result.year >= result.plan.targetYear
        var out = style(labels.summary, .bold) + "\n"
        for attribute in Attribute.allCases {
            let counts = attribute == .binding ? summary.binding : summary.expected
            let parts = Status.allCases.compactMap { status in
                counts[status].map { "\(labels.statusInCounts(status, final: final)) \($0)" }
            }
            let separator = labels.language == .zh ? "，" : ", "
            let colon = labels.language == .zh ? "：" : ": "
            out += "  " + labels.countLine(attribute, total: summary.count(attribute)) + colon + parts.joined(separator: separator) + "\n"
        }
        let colon = labels.language == .zh ? "：" : ": "
        if summary.bindingAtRisk.isEmpty {
            out += "  " + labels.bindingAtRisk(final: final) + colon + labels.none + "\n"
        } else {
            out += "  " + style(labels.bindingAtRisk(final: final) + (labels.language == .zh ? "：" : ":"), .boldRed) + "\n"
            for assessment in summary.bindingAtRisk {
                let status = labels.verdict(of: assessment) + (assessment.isMissingBaseline ? (labels.language == .zh ? "；" : "; ") + labels.missingBaselineNote : "")
                out += "    - " + style(labels.name(assessment.indicator), .boldRed) + labels.bracketed(status) + "\n"
            }
        }
        if byLead {
            // Each department's counts: 已完成/未完成 in the final evaluation, else on track and lagging.
            out += "  " + labels.byLeadHeading + (labels.language == .zh ? "：" : ":") + "\n"
            for group in LeadGroup.groups(result.assessments) {
                let counts = group.counts
                let parts = final
                    ? [(labels.statusInCounts(.achieved, final: true), counts.achieved), (labels.statusInCounts(.notMet, final: true), counts.shortfall)]
                    : [(labels.statusInCounts(.achieved), counts.achieved), (labels.status(.onTrack, kind: .atLeast(0)), counts.onTrack), (labels.lagging, counts.shortfall)]
                let text = (parts + [(labels.status(.noData, kind: .atLeast(0)), counts.withoutData)]).filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }
                    .joined(separator: labels.language == .zh ? "，" : ", ")
                out += "    " + (group.lead ?? labels.noLead) + labels.bracketed(labels.count(group.assessments.count)) + colon + text + "\n"
            }
        }
        let unknown = result.assessments.filter { $0.status.isUnknown }
        if !unknown.isEmpty {
            out += "  " + labels.noData + colon + "\(unknown.count)" + "\n"
        }
        if let others = labels.otherRegions(result.otherRegions, plan: result.plan) {
            out += "  " + others + "\n"
        }
        return out
    }

    private func table(_ assessments: [Assessment], plan: Plan, final: Bool) -> TextTable {
        // On a narrow terminal the bar goes first, then the level (the status says it), the
        // target as written, the attribute, the unit and the time elapsed; names are cut in the
        // middle last. The final evaluation has no time elapsed or level: whether each target was
        // met is the whole verdict.
        var columns: [TextTable.Column] = [
            .init(labels.indicator, canShrink: true, comfortableWidth: 24, minimumWidth: 11, cutsInMiddle: true),
            .init(labels.unitHeader, dropOrder: 5),
            .init(labels.attributeHeader, dropOrder: 4),
            .init(labels.baselineHeader(plan.baselineYear), .right),
            .init(labels.targetHeader(plan.targetYear), canShrink: true, comfortableWidth: 12, minimumWidth: 10, dropOrder: 3),
            .init(labels.latest, .right),
            .init(labels.year, .right),
            .init("", dropOrder: 1),
            .init(final ? labels.completionHeader : labels.progress, .right),
        ]
        if !final { columns.append(.init(labels.expected, .right, dropOrder: 6)) }
        columns.append(.init(labels.statusHeader))
        if !final { columns.append(.init(labels.levelHeader, dropOrder: 2)) }
        var table = TextTable(columns: columns)
        for assessment in assessments {
            let indicator = assessment.indicator
            let statusStyle = Self.style(for: assessment)
            let progress = final ? labels.completion(of: assessment) : assessment.isMissingBaseline ? labels.completion(of: assessment) : assessment.progress.map(NumberText.percent)
            var row: [TextTable.Cell] = [
                TextTable.Cell(labels.name(indicator), style: assessment.isAtRisk ? .boldRed : nil),
                TextTable.Cell(labels.unit(indicator)),
                TextTable.Cell(labels.attribute(indicator.attribute), style: indicator.attribute == .binding ? .bold : nil),
                TextTable.Cell(labels.baselineShown(assessment)),
                TextTable.Cell(labels.targetShown(assessment, plan: plan)),
                TextTable.Cell(assessment.value.map(NumberText.plain) ?? "—", style: assessment.value == nil ? .dim : nil),
                TextTable.Cell(assessment.year.map { String($0) } ?? "", style: assessment.isStale ? .dim : nil),
                TextTable.Cell(assessment.progress.map { ProgressBar.render(progress: $0, expected: final ? nil : assessment.expectedProgress) } ?? ""),
                TextTable.Cell(progress ?? ""),
            ]
            if !final { row.append(TextTable.Cell(assessment.expectedProgress.map(NumberText.percent) ?? "")) }
            row.append(TextTable.Cell(labels.status(of: assessment), style: statusStyle))
            if !final { row.append(TextTable.Cell(labels.level(assessment.level), style: statusStyle)) }
            table.append(row)
        }
        return table
    }

    static func style(for assessment: Assessment) -> TerminalStyle? {
        switch assessment.level {
        case .ok: .green
        case .warning: .yellow
        case .alert: .boldRed
        case .unknown: .dim
        }
    }

    private func style(_ text: String, _ style: TerminalStyle) -> String {
        color ? style.apply(to: text) : text
    }
}
