/// `plan-track indicators` for the terminal: the plan's 23 indicators as plan-track reads them.
package struct IndicatorsView: Sendable {
    package let labels: Labels
    package let maxWidth: Int?

    package init(language: Language, maxWidth: Int? = nil) {
        self.labels = Labels(language)
        self.maxWidth = maxWidth
    }

    package func render(_ plan: Plan) -> String {
        var out = labels.planName(plan) + "\n"
        if !plan.source.isEmpty { out += plan.source + "\n" }
        out += "\n"
        // On a narrow terminal the reading and the name are cut first; then the target as the
        // plan writes it goes (its reading stays), then the unit. The id is never cut: it is what
        // `check` takes. All domains share their widths, so their columns line up.
        var tables: [(String, TextTable)] = []
        for domain in plan.domains {
            var table = TextTable(columns: [
                .init("id"),
                .init(labels.indicator, canShrink: true, comfortableWidth: 20, minimumWidth: 16, cutsInMiddle: true),
                .init(labels.unitHeader, dropOrder: 2),
                .init(labels.baselineHeader(plan.baselineYear), .right),
                .init(labels.targetHeader(plan.targetYear), canShrink: true, comfortableWidth: 12, minimumWidth: 10, dropOrder: 1),
                .init(labels.language == .zh ? "解读" : "Read as", canShrink: true, comfortableWidth: 16, minimumWidth: 10),
                .init(labels.attributeHeader),
            ])
            for indicator in plan.indicators(in: domain) {
                table.append([
                    .init(indicator.id.rawValue), .init(labels.name(indicator)), .init(labels.unit(indicator)),
                    .init(labels.baselineText(indicator)), .init(labels.targetText(indicator)),
                    .init(labels.interpretedTarget(indicator, plan: plan)), .init(labels.attribute(indicator.attribute)),
                ])
            }
            tables.append((labels.name(domain), table))
        }
        let widths = TextTable.sharedWidths(tables.map(\.1), indent: 2, maxWidth: maxWidth)
        for (heading, table) in tables {
            out += heading + "\n" + table.render(indent: 2, widths: widths, color: false, peers: plan.indicators.map(labels.name)) + "\n"
        }
        return maxWidth.map { DisplayWidth.wrap(out, width: $0) } ?? out
    }
}
