/// `plan-track regions` for the terminal: a matrix of indicators (rows, by domain) against
/// regions (columns), each cell the region's latest value and a short status; then per region
/// the counts, and per binding indicator the regions where it is at risk.
public struct RegionsView: Sendable {
    let labels: Labels
    public let color: Bool
    /// The terminal's width: regions that do not fit go to a further block, which repeats the
    /// indicator names. nil when not a terminal: one block, never cut.
    public let maxWidth: Int?
    /// Only the binding indicators.
    public let bindingOnly: Bool

    public init(language: Language, color: Bool = false, maxWidth: Int? = nil, bindingOnly: Bool = false) {
        self.labels = Labels(language)
        self.color = color
        self.maxWidth = maxWidth
        self.bindingOnly = bindingOnly
    }

    public func render(_ comparison: RegionComparison) -> String {
        let plan = comparison.plan
        let zh = labels.language == .zh
        let final = comparison.year >= plan.targetYear
        let stage = final ? (zh ? "\(comparison.year)年终期评估" : "final evaluation \(comparison.year)") : (zh ? "\(comparison.year)年" : "\(comparison.year)")
        var out = style(zh ? "\(plan.name) · 各地区对比 · \(stage)" : "\(plan.nameEn) · regions compared · \(stage)", .bold) + "\n"
        out += labels.scope(plan, year: comparison.year) + "\n\n"
        let blocks = blocks(comparison)
        for (number, block) in blocks.enumerated() {
            if blocks.count > 1, let first = block.first, let last = block.last {
                let from = labels.regionHeading(comparison.regions[first].region, plan: plan), to = labels.regionHeading(comparison.regions[last].region, plan: plan)
                out += style(zh ? "地区 \(number + 1)/\(blocks.count)：\(from)—\(to)" : "Regions \(number + 1)/\(blocks.count): \(from)–\(to)", .bold) + "\n\n"
            }
            out += matrix(comparison, regions: block)
        }
        out += DisplayWidth.wrap(labels.shortStatusLegend(final: final, targetYear: plan.targetYear), width: maxWidth ?? Int.max, hanging: 2) + "\n"
        // Each region judged on its own plan's targets says so: the same cell means another target there.
        for region in comparison.regions {
            if let own = labels.ownTargetsNote(region.assessments, plan: plan) { out += DisplayWidth.wrap(own, width: maxWidth ?? Int.max, hanging: 2) + "\n" }
        }
        out += "\n"
        out += style(zh ? "各地区概况" : "By region", .bold) + "\n"
        out += countsTable(comparison).render(indent: 2, maxWidth: maxWidth, color: color) + "\n"
        out += style(labels.bindingAtRisk(final: final), .bold) + "\n"
        for (indicator, regions) in comparison.bindingAtRisk {
            let names = regions.isEmpty ? labels.none : regions.map { labels.region($0, plan: plan) }.joined(separator: zh ? "、" : ", ")
            out += "  " + labels.name(indicator) + (zh ? "：" : ": ") + names + "\n"
        }
        if !comparison.warnings.isEmpty {
            out += "\n" + labels.warnings(comparison.warnings.count) + "\n"
            for warning in comparison.warnings { out += "  " + warning.text(in: labels.language) + "\n" }
        }
        return maxWidth.map { DisplayWidth.wrap(out, width: $0) } ?? out
    }

    /// The indicators shown, by position in the plan.
    private func rows(_ plan: Plan, in domain: Domain) -> [Int] {
        plan.indicators.indices.filter { plan.indicators[$0].domainID == domain.id && (!bindingOnly || plan.indicators[$0].attribute == .binding) }
    }

    /// The width names are cut to on a terminal before regions go to a further block.
    static let nameWidth = 24

    /// Positions of `comparison.regions`, cut into blocks that each fit the width.
    func blocks(_ comparison: RegionComparison) -> [[Int]] {
        let all = Array(comparison.regions.indices)
        guard let maxWidth else { return [all] }
        let nameWidth = min(Self.nameWidth, comparison.plan.indicators.map { DisplayWidth.of(labels.name($0)) }.max() ?? 0)
        let fixed = 2 + DisplayWidth.of(labels.bindingMark) + 2 + nameWidth
        var blocks: [[Int]] = [], current: [Int] = [], width = fixed
        for region in all {
            let column = 2 + columnWidth(comparison, region: region)
            if !current.isEmpty, width + column > maxWidth {
                blocks.append(current)
                current = []
                width = fixed
            }
            current.append(region)
            width += column
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    private func columnWidth(_ comparison: RegionComparison, region: Int) -> Int {
        let assessment = comparison.regions[region]
        let cells = assessment.assessments.map { DisplayWidth.of(cell($0)) }
        return max(DisplayWidth.of(labels.regionHeading(assessment.region, plan: comparison.plan)), cells.max() ?? 0)
    }

    /// The value and its status in short; in the final evaluation a value from before the target
    /// year is marked `*` (the legend says so).
    func cell(_ assessment: Assessment) -> String {
        guard let value = assessment.value else { return labels.shortStatus(.noData) }
        return NumberText.plain(value) + (assessment.isDataGap ? "*" : "") + " " + labels.shortStatus(assessment.status, final: assessment.isFinal)
    }

    private func matrix(_ comparison: RegionComparison, regions: [Int]) -> String {
        let plan = comparison.plan
        var columns = [TextTable.Column(""), TextTable.Column(labels.indicator, canShrink: true, comfortableWidth: Self.nameWidth, minimumWidth: 12, cutsInMiddle: true)]
        columns += regions.map { TextTable.Column(labels.regionHeading(comparison.regions[$0].region, plan: plan), .right) }
        var tables: [(String, TextTable)] = []
        for domain in plan.domains {
            let indices = rows(plan, in: domain)
            guard !indices.isEmpty else { continue }
            var table = TextTable(columns: columns)
            for index in indices {
                let indicator = plan.indicators[index]
                var row = [TextTable.Cell(indicator.attribute == .binding ? labels.bindingMark : "", style: .bold), TextTable.Cell(labels.name(indicator))]
                row += regions.map { region in
                    let assessment = comparison.regions[region].assessments[index]
                    return TextTable.Cell(cell(assessment), style: StatusView.style(for: assessment))
                }
                table.append(row)
            }
            tables.append((labels.name(domain), table))
        }
        let widths = TextTable.sharedWidths(tables.map(\.1), indent: 2, maxWidth: maxWidth)
        var out = ""
        for (heading, table) in tables {
            out += style(heading, .bold) + "\n" + table.render(indent: 2, widths: widths, color: color, peers: plan.indicators.map(labels.name)) + "\n"
        }
        return out
    }

    /// Per region, how many indicators stand where. In the final evaluation: achieved, not
    /// achieved (and how many of those are binding), without data.
    private func countsTable(_ comparison: RegionComparison) -> TextTable {
        let zh = labels.language == .zh
        let final = comparison.year >= comparison.plan.targetYear
        let headers = final
            ? (zh ? ["地区", "已完成", "未完成", "其中约束性", "无数据"] : ["Region", "Achieved", "Not achieved", "Of them binding", "No data"])
            : (zh ? ["地区", "已达标", "符合进度", "滞后", "存在风险", "无数据"] : ["Region", "Achieved", "On track", "Lagging", "At risk", "No data"])
        var table = TextTable(columns: [TextTable.Column(headers[0])] + headers.dropFirst().map { TextTable.Column($0, .right) })
        for region in comparison.regions {
            let counts = comparison.counts(region)
            let numbers = final ? [counts.achieved, counts.lagging + counts.atRisk, counts.atRisk, counts.withoutData]
                                : [counts.achieved, counts.onTrack, counts.lagging, counts.atRisk, counts.withoutData]
            table.append([TextTable.Cell(labels.region(region.region, plan: comparison.plan))] + numbers.map { TextTable.Cell(String($0)) })
        }
        return table
    }

    private func style(_ text: String, _ style: TerminalStyle) -> String {
        color ? style.apply(to: text) : text
    }
}
