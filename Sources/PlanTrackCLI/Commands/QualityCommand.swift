import PlanTrack

/// `plan-track quality`: how far the data can be trusted, before a verdict rests on it.
enum QualityCommand {
    static let spec = CommandSpec(
        name: "quality",
        abstract: Message("数据质量：完整率、关联指标、跨年变化、地区间离群。", "Data quality: completeness, related indicators, changes over time, outliers among regions."),
        discussion: Message("""
        检查规划期内（基线年之后至评估年份）各地区的数值，逐地区列出发现的问题。
        发现的问题只作提示，不改变数值和评估结论；阈值见 docs/method.md。
        """, """
        Checks the regions' values of the plan's period (after the baseline year, up to the
        evaluation year) and lists what it finds, region by region. A finding never changes a
        value or a verdict; the thresholds are in docs/method.md.
        """),
        options: DataOptions.all)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandFailure) -> ExitCode {
        let selection = try DataSelection(arguments, console: console)
        let plan = try DataOptions.plan(selection)
        let data = try DataOptions.readData(selection, plan: plan, console: console)
        let assessor = Assessor(plan: plan, data: data)
        let region = try selection.region.map { asked throws(CommandFailure) in
            try DataOptions.region(plan.regionName(for: TextNormalization.trimmed(asked)), plan: plan, data: data)
        }
        let year = try DataOptions.year(selection.year, within: plan.period, plan: plan)
            ?? (region.map { assessor.defaultYear(region: $0) } ?? assessor.comparedRegions(year: nil).year)
        let review = assessor.review(region: region, year: year)
        if selection.format == .json {
            var bytes = QualityJSON.render(review).serializedBytes(indent: 0)
            bytes.append(UInt8(ascii: "\n"))
            console.write(utf8: bytes)
        } else {
            console.write(QualityView(language: selection.language, maxWidth: console.isTerminal ? console.terminalWidth : nil).render(review))
        }
        return .success
    }
}
