/// `plan-track check`: one indicator in full, for the terminal or as JSON.
public struct CheckView: Sendable {
    let labels: Labels
    /// The terminal's width, to wrap sentences and notes; nil when not a terminal.
    public let maxWidth: Int?

    public init(language: Language, maxWidth: Int? = nil) {
        self.labels = Labels(language)
        self.maxWidth = maxWidth
    }

    private var zh: Bool { labels.language == .zh }
    private func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    /// - Parameter notes: the analysts' notes on this indicator, of every year (`check --notes`).
    /// - Parameters:
    ///   - evidence: how far the verdict can be trusted (`Evidence`), said under it.
    ///   - findings: the data-quality findings on this indicator in the region, of every year.
    public func render(_ a: Assessment, history: [AssessedYear], plan: Plan, notes: [AnalystNote] = [], evidence: Evidence? = nil, findings: [QualityFinding] = []) -> String {
        let indicator = a.indicator
        var out = labels.name(indicator) + pick("（\(indicator.id)）", " (\(indicator.id))") + "\n"
        var facts: [(String, String)] = [
            (labels.domainHeader, plan.domain(id: indicator.domainID).map(labels.name) ?? indicator.domainID),
            (labels.unitHeader, labels.unit(indicator)),
            (labels.attributeHeader, labels.attribute(indicator.attribute)),
            (pick("地区", "Region"), labels.region(a.region, plan: plan)),
            (pick("基线", "Baseline"), baselineLine(a, plan: plan)),
            (pick("目标", "Target"), "\(labels.targetShown(a, plan: plan))  →  \(labels.interpretedTarget(of: a, plan: plan))"),
        ]
        // A plan without English names gives the Chinese one twice: nothing to show.
        if indicator.nameEn != indicator.name { facts.append((pick("英文名", "Chinese name"), zh ? indicator.nameEn : indicator.name)) }
        if case .stableLow(_, let source) = indicator.target.kind, !source.isEmpty {
            facts.append((pick("上限来源", "Ceiling from"), source))
        }
        for milestone in indicator.milestones {
            let value = Narrative(language: labels.language, plan: plan).quantity(milestone.value, indicator)
            let source = milestone.source.isEmpty ? "" : pick("（\(milestone.source)）", " (\(milestone.source))")
            facts.append((pick("年度目标", "Milestone"), pick("\(milestone.year)年 \(value)", "\(milestone.year): \(value)") + source))
        }
        for note in zh ? indicator.notesZh : indicator.notes { facts.append((pick("说明", "Note"), note)) }
        let labelWidth = facts.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (label, value) in facts {
            // A long note wraps under its own text, not under the labels.
            let line = "  " + DisplayWidth.pad(label, to: labelWidth) + "  " + value
            out += (maxWidth.map { DisplayWidth.wrap(line, width: $0, hanging: labelWidth + 2) } ?? line) + "\n"
        }
        out += "\n"
        if history.isEmpty {
            out += "  " + pick("\(a.evaluationYear)年及以前没有报告值。", "No value reported for \(a.evaluationYear) or earlier.") + "\n"
            return out
        }
        var table = TextTable(columns: [
            .init(labels.year, .right), .init(pick("数值", "Value"), .right), .init(pick("较上次报告", "Change"), .right),
            .init(labels.progress), .init(labels.expected, .right), .init(labels.statusHeader),
        ])
        for row in history {
            table.append([
                .init(String(row.year)), .init(NumberText.plain(row.value)),
                .init(row.change.map { NumberText.signed($0, 2) } ?? "—"),
                .init(row.assessment.progress.map { ProgressBar.render(progress: $0, expected: row.assessment.expectedProgress) + " " + NumberText.percent($0) }
                      ?? (row.assessment.isMissingBaseline ? labels.completion(of: row.assessment) ?? "" : "")),
                .init(row.assessment.expectedProgress.map(NumberText.percent) ?? ""),
                .init(labels.status(of: row.assessment)),
            ])
        }
        out += table.render(indent: 2, maxWidth: maxWidth) + "\n"
        out += wrapped("  " + Narrative(language: labels.language, plan: plan).sentence(a)) + "\n"
        if let needed = a.paceNeeded, let soFar = a.paceSoFar {
            out += "  " + pick("所需年均进度 \(NumberText.rounded(needed))，实际年均进度 \(NumberText.rounded(soFar))", "Pace needed \(NumberText.rounded(needed)) a year, so far \(NumberText.rounded(soFar)) a year") + "\n"
        }
        if let milestone = Narrative(language: labels.language, plan: plan).milestoneSentence(a) {
            out += wrapped("  " + milestone) + "\n"
        }
        if !a.slowYears.isEmpty {
            out += "  " + pick("降幅不足的年份：", "Years that fell by less than the step: ") + NumberText.years(a.slowYears, labels.language) + "\n"
        }
        if let line = Narrative(language: labels.language, plan: plan).whatIf(a) { out += wrapped("  " + line) + "\n" }
        if let evidence {
            let reasons = evidence.reasons.map { $0.message.text(in: labels.language) }.joined(separator: pick("；", "; "))
            out += wrapped("  " + labels.evidenceHeader + pick("：", ": ") + labels.evidence(evidence.grade) + (reasons.isEmpty ? "" : pick("——", " — ") + reasons)) + "\n"
        }
        for finding in findings {
            out += wrapped("  " + pick("数据质量", "Data quality") + "［" + labels.findingKind(finding.kind) + "］" + finding.message.text(in: labels.language)) + "\n"
        }
        if !notes.isEmpty {
            out += "\n  " + pick("原因分析与下一步措施（历年）", "Causes and measures, year by year") + "\n"
            let builder = ReportBuilder(language: labels.language, includesCharts: false, comparison: nil)
            for note in notes {
                let year = pick("\(note.year)年  ", "\(note.year)  ")
                // Each line of the analysts' text under the first, indented past the year.
                let lines = builder.noteText(note).split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() {
                    out += wrapped("    " + (index == 0 ? year : String(repeating: " ", count: DisplayWidth.of(year))) + line) + "\n"
                }
            }
        }
        let plot = TextPlot.render(a, baselineYear: plan.baselineYear, targetYear: plan.targetYear)
        if !plot.isEmpty {
            // No projection in the final evaluation: the P is in the legend only when it is drawn.
            let legend = a.projected == nil ? pick("趋势（o 基线，* 报告值，- 目标）", "Trend (o baseline, * reported, - target)")
                : pick("趋势（o 基线，* 报告值，P \(plan.targetYear)年预测，- 目标）", "Trend (o baseline, * reported, P \(plan.targetYear) projection, - target)")
            out += "\n  " + legend + "\n"
            out += plot.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }
        return out
    }

    private func wrapped(_ line: String) -> String {
        maxWidth.map { DisplayWidth.wrap(line, width: $0, hanging: 2) } ?? line
    }

    private func baselineLine(_ a: Assessment, plan: Plan) -> String {
        guard let baseline = a.baseline else {
            // None of its own: for a district, the plan's value would mislead, as it is not measured from it.
            return a.region == plan.region ? labels.baselineText(a.indicator) : pick("—（本地区无基线）", "— (no baseline for this region)")
        }
        let value = NumberText.plain(baseline.value)
        switch baseline.origin {
        case .plan:
            let approximate = baseline.isApproximate ? pick("（规划写作 \(a.indicator.baseline.text)，按近似值处理）", " (the plan writes \(a.indicator.baseline.text); taken as approximate)") : ""
            return pick("\(value)（\(baseline.year)年）", "\(value) (\(baseline.year))") + approximate
        case .reported: return pick("\(value)（\(baseline.year)年报告值）", "\(value) (reported for \(baseline.year))")
        case .provisional: return pick("\(value)（暂以\(baseline.year)年报告值为基线）", "\(value) (provisional: the earliest reported year, \(baseline.year))")
        }
    }

    package static func json(_ a: Assessment, history: [AssessedYear], plan: Plan, language: Language, evidence: Evidence? = nil, findings: [QualityFinding] = []) -> JSONValue {
        .object([
            ("plan", AssessmentJSON.plan(plan)),
            ("region", .string(a.region)),
            ("year", .int(a.evaluationYear)),
            ("indicator", AssessmentJSON.indicator(a.indicator)),
            ("assessment", AssessmentJSON.assessment(a, plan: plan, evidence: .some(evidence))),
            ("findings", .array(findings.map(QualityJSON.finding))),
            ("history", .array(history.map { row in
                .object([
                    ("year", .int(row.year)),
                    ("value", .number(row.value)),
                    ("change", .optional(row.change)),
                    ("progress", .optional(row.assessment.progress)),
                    ("expectedProgress", .optional(row.assessment.expectedProgress)),
                    ("gap", .optional(row.assessment.gap)),
                    ("status", .string(row.assessment.status.rawValue)),
                    ("level", .string(row.assessment.level.rawValue)),
                ])
            })),
            ("summary", .string(Narrative(language: language, plan: plan).sentence(a))),
        ])
    }
}
