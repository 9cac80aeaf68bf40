/// `plan-track quality` for the terminal: completeness, then the findings region by region.
package struct QualityView: Sendable {
    let labels: Labels
    /// The terminal's width, to wrap; nil when not a terminal.
    let maxWidth: Int?

    package init(language: Language, maxWidth: Int? = nil) {
        labels = Labels(language)
        self.maxWidth = maxWidth
    }

    private var zh: Bool { labels.language == .zh }
    private func pick(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    package func render(_ review: QualityReview) -> String {
        let plan = review.plan
        let separator = pick("，", ", "), colon = pick("：", ": ")
        var out = pick("\(plan.name) · 数据质量 · \(plan.baselineYear + 1)—\(review.year)年", "\(plan.nameEn) · data quality · \(plan.baselineYear + 1)–\(review.year)") + "\n"
        out += pick("检查各地区\(plan.baselineYear + 1)—\(review.year)年的数值：完整率、关联指标、跨年变化、地区间离群。发现的问题只作提示，不改变数值和评估结论。",
                    "The regions' values of \(plan.baselineYear + 1)–\(review.year), checked for completeness, related indicators, changes over time and outliers among the regions. A finding is shown beside a value and never changes it, nor any verdict.") + "\n\n"
        out += pick("完整率", "Completeness") + "\n"
        if let total = review.totalCompleteness { out += "  " + pick("全部", "All") + colon + NumberText.percent(total) + "\n" }
        // Only what is short of complete is named: a list of 100% says nothing.
        let regions = review.regions.compactMap { region in review.completeness(of: region).flatMap { $0 < 1 - 1e-9 ? (region, $0) : nil } }
        out += "  " + pick("不完整的地区", "Regions short of complete") + colon
            + (regions.isEmpty ? labels.none : regions.map { labels.region($0.0, plan: plan) + " " + NumberText.percent($0.1) }.joined(separator: separator)) + "\n"
        let indicators = plan.indicators.compactMap { indicator in review.completeness(of: indicator.id).flatMap { $0 < 1 - 1e-9 ? (indicator, $0) : nil } }
        out += "  " + pick("不完整的指标", "Indicators short of complete") + colon
            + (indicators.isEmpty ? labels.none : indicators.map { labels.name($0.0) + " " + NumberText.percent($0.1) }.joined(separator: separator)) + "\n\n"
        let counts = QualityFinding.Kind.allCases.map { kind in (kind, review.findings.filter { $0.kind == kind }.count) }
        out += pick("发现 \(review.findings.count) 项", "\(review.findings.count) finding\(review.findings.count == 1 ? "" : "s")")
            + (review.findings.isEmpty ? "" : labels.bracketed(counts.filter { $0.1 > 0 }.map { "\(labels.findingKind($0.0)) \($0.1)" }.joined(separator: separator))) + "\n"
        // Grouped once: thousands of regions each looking through every finding would take minutes.
        let byRegion = Dictionary(grouping: review.findings, by: \.region)
        for region in review.regions {
            let found = byRegion[region] ?? []
            guard !found.isEmpty else { continue }
            out += labels.region(region, plan: plan) + "\n"
            // Related indicators first: they are errors by definition; then jumps, outliers, gaps.
            for kind in QualityFinding.Kind.allCases {
                for finding in found where finding.kind == kind {
                    out += "  - [" + labels.findingKind(kind) + "] " + finding.message(in: labels.language) + "\n"
                }
            }
        }
        return maxWidth.map { width in out.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.wrap(String($0), width: width, hanging: $0.hasPrefix("  - ") ? 4 : 2) }.joined(separator: "\n") } ?? out
    }
}
