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
        for domain in plan.domains {
            out += labels.name(domain) + "\n"
            var table = TextTable(columns: [
                .init("id"),
                .init(labels.indicator, canShrink: true, minimumWidth: 16, cutsInMiddle: true),
                .init(labels.unitHeader),
                .init(labels.baselineHeader(plan.baselineYear), .right),
                .init(labels.targetHeader(plan.targetYear), canShrink: true, minimumWidth: 10),
                .init(labels.language == .zh ? "解读" : "Read as", canShrink: true, minimumWidth: 10),
                .init(labels.attributeHeader),
            ])
            for indicator in plan.indicators(in: domain) {
                table.append([
                    .init(indicator.id.rawValue), .init(labels.name(indicator)), .init(labels.unit(indicator)),
                    .init(labels.baselineText(indicator)), .init(labels.targetText(indicator)),
                    .init(labels.interpretedTarget(indicator)), .init(labels.attribute(indicator.attribute)),
                ])
            }
            out += table.render(indent: 2, maxWidth: maxWidth) + "\n"
        }
        return out
    }
}
